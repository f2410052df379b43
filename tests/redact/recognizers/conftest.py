"""Shared fixtures for the recognizer tables: one real AnalyzerEngine per session."""

from __future__ import annotations

import pytest
import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider

from redact.recognizers import all_recognizers
from tests.redact.recognizers.helpers import MODEL, THRESHOLD


@pytest.fixture(scope="session")
def analyzer() -> AnalyzerEngine:
    """Real Presidio over the real spaCy model, with only our pattern recognizers."""
    if not spacy.util.is_package(MODEL):  # never let Presidio try to download it
        pytest.fail(f"the spaCy model package {MODEL} is not installed")
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": MODEL}],
        }
    )
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in all_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=provider.create_engine(),
        supported_languages=["en"],
        default_score_threshold=THRESHOLD,
    )
