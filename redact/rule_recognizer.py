"""The shared base of the gate's rule-based name recognizers (model entities, context rules,
informal writing): one score per recognizer, nothing to load, and results that carry the
recognizer's name and the reason they were found (shown in verbose output and benchmarks)."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult


class RuleRecognizer(EntityRecognizer):
    """Subclasses set `SUPPORTED` and a default score, and implement `analyze`."""

    SUPPORTED: ClassVar[list[str]] = []
    DEFAULT_SCORE: ClassVar[float] = 0.7
    name: str

    def __init__(self, score: float | None = None) -> None:
        self.score = self.DEFAULT_SCORE if score is None else score
        super().__init__(supported_entities=list(self.SUPPORTED), name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: the model and the gazetteer are loaded once per process elsewhere."""

    def _result(self, entity: str, start: int, end: int, why: str) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=self.score,
            analysis_explanation=AnalysisExplanation(
                recognizer=self.name, original_score=self.score, textual_explanation=why
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
