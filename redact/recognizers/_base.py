"""The shared base of the gate's pattern recognizers.

Presidio's `PatternRecognizer` reports the whole regex match and, when a regex times out, logs a
warning and skips the pattern. The gate needs two things it does not give:

- a match may include the words that make it an identifier ("DOB: 12/03/1985", "crime number
  NP/12345/21") while the finding covers only the value: a pattern may name a group `value`,
  whose span is reported instead of the whole match;
- fail closed: a timeout raises `RecognizerTimeoutError`, so the text is never passed unchecked.

Subclasses declare `ENTITY`, `PATTERNS` and `CONTEXT` on the class (the constructor can override
each), put checksums in `validate_result`, and may adjust scores per pattern in `score_match`.
Scores are chosen against the engine's threshold (0.3): a shape that is an identifier on its own
scores at least 0.5; a shape that needs a context word scores below 0.3 and is lifted over it by
Presidio's context enhancer (+0.35) when one of `CONTEXT` precedes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import regex  # type: ignore[import-untyped]
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

# A single pattern over one Markdown file should take milliseconds; 10 s means pathological input.
REGEX_TIMEOUT_SECONDS = 10.0
VALUE_GROUP = "value"

CASE_INSENSITIVE = regex.MULTILINE | regex.IGNORECASE | regex.VERSION0
CASE_SENSITIVE = regex.MULTILINE | regex.VERSION0


class RecognizerTimeoutError(RuntimeError):
    """A pattern took too long: the text was not fully checked, so publication must stop."""


class GatePatternRecognizer(PatternRecognizer):
    """A PatternRecognizer that reports the `value` group and raises on regex timeout."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    FLAGS: ClassVar[int] = CASE_INSENSITIVE
    name: str

    def __init__(
        self,
        patterns: Sequence[Pattern] | None = None,
        context: Sequence[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        entity = self.ENTITY if supported_entity is None else supported_entity
        chosen = list(self.PATTERNS if patterns is None else patterns)
        if not entity or not chosen:
            raise ValueError(f"{type(self).__name__} needs an entity name and at least one pattern")
        super().__init__(
            supported_entity=entity,
            patterns=chosen,
            context=list(self.CONTEXT if context is None else context),
            supported_language=supported_language,
            name=type(self).__name__ if name is None else name,
            global_regex_flags=self.FLAGS,
        )
        # Compiled here, per instance: Presidio caches compiled regexes on the (shared) Pattern.
        self._compiled: list[tuple[Pattern, Any]] = [
            (pattern, regex.compile(pattern.regex, flags=self.FLAGS)) for pattern in chosen
        ]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Every pattern over the whole text; the `value` group's span when the pattern has one."""
        results: list[RecognizerResult] = []
        for pattern, compiled in self._compiled:
            try:
                matches = list(compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
            except TimeoutError as error:
                raise RecognizerTimeoutError(
                    f"{self.name}: pattern '{pattern.name}' took longer than "
                    f"{REGEX_TIMEOUT_SECONDS:g} s; the text could not be checked"
                ) from error
            has_value = VALUE_GROUP in compiled.groupindex
            for match in matches:
                start, end = match.span(VALUE_GROUP) if has_value else match.span()
                if start < 0 or start >= end:
                    continue
                score = self.score_match(pattern, text[start:end])
                if score > EntityRecognizer.MIN_SCORE:
                    results.append(self._result(pattern, start, end, score))
        deduplicated: list[RecognizerResult] = EntityRecognizer.remove_duplicates(results)
        return deduplicated

    def score_match(self, pattern: Pattern, value: str) -> float:
        """Presidio's rule: a passed check scores 1.0, a failed one or an invalidation drops it."""
        validation = self.validate_result(value)
        if validation is False or self.invalidate_result(value):
            return float(EntityRecognizer.MIN_SCORE)
        if validation is True:
            return float(EntityRecognizer.MAX_SCORE)
        return float(pattern.score)

    def _result(self, pattern: Pattern, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=pattern.score,
            pattern_name=pattern.name,
            pattern=pattern.regex,
            regex_flags=self.FLAGS,
            textual_explanation=f"Detected by `{self.name}` using pattern `{pattern.name}`",
        )
        explanation.score = score
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


# Boundaries shared by several recognizers: not inside a longer run of letters or digits.
NOT_AFTER_ALNUM = r"(?<![A-Za-z0-9])"
NOT_BEFORE_ALNUM = r"(?![A-Za-z0-9])"
