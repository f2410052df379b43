"""Context through a real AnalyzerEngine (spaCy lemmas): context words lift a finding's score,
and the recognizers work together on one paragraph."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from tests.redact.recognizers.helpers import THRESHOLD


def _score(results: list[RecognizerResult], text: str, entity: str, value: str) -> float | None:
    start = text.index(value)
    for result in results:
        if (result.entity_type, result.start, result.end) == (entity, start, start + len(value)):
            return float(result.score)
    return None


@pytest.mark.parametrize(
    ("with_context", "without_context", "entity", "value"),
    [
        ("Her postcode was NP10 8QQ.", "It was NP10 8QQ.", "UK_POSTCODE", "NP10 8QQ"),
        ("The car was K123 ABC.", "It was K123 ABC.", "UK_VEHICLE_REGISTRATION", "K123 ABC"),
        (
            "Her mobile phone was 07700 900123.",
            "It was 07700 900123.",
            "PHONE_NUMBER",
            "07700 900123",
        ),
        (
            "Her National Insurance number JG 10 37 29 B",
            "It was JG 10 37 29 B",
            "UK_NINO",
            "JG 10 37 29 B",
        ),
        (
            "Her email was jane.doe@example.org",
            "It was jane.doe@example.org",
            "EMAIL_ADDRESS",
            "jane.doe@example.org",
        ),
        ("Her Facebook account @jane_doe99", "It was @jane_doe99", "SOCIAL_MEDIA", "@jane_doe99"),
        (
            "The address was 12 Acacia Road",
            "It was 12 Acacia Road",
            "STREET_ADDRESS",
            "12 Acacia Road",
        ),
    ],
)
def test_context_words_raise_the_score(
    analyzer: AnalyzerEngine, with_context: str, without_context: str, entity: str, value: str
) -> None:
    boosted = _score(analyzer.analyze(with_context, language="en"), with_context, entity, value)
    plain = _score(analyzer.analyze(without_context, language="en"), without_context, entity, value)
    assert plain is not None and boosted is not None
    assert boosted > plain >= THRESHOLD


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Her NHS number 628 194 8212 was wrong.", "UK_NHS", "628 194 8212"),  # fails checksum
        ("Adult A (DOB: 12/03/1985) lived alone.", "DATE_OF_BIRTH", "12/03/1985"),
        ("The crime number was 4512398.", "CASE_REFERENCE", "4512398"),
        ("The vehicle registration 1234 AB was seen.", "UK_VEHICLE_REGISTRATION", "1234 AB"),
    ],
)
def test_findings_that_need_context_are_found_with_it(
    analyzer: AnalyzerEngine, text: str, entity: str, value: str
) -> None:
    assert _score(analyzer.analyze(text, language="en"), text, entity, value) is not None


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("The figure was 628 194 8212.", "UK_NHS"),  # fails checksum, no NHS context
        ("On 12/03/1985 she moved.", "DATE_OF_BIRTH"),  # a date, no birth word
        ("The total was 4,512,398.", "CASE_REFERENCE"),  # a sum, written with separators
        ("Team 1234 AB met.", "UK_VEHICLE_REGISTRATION"),  # dateless shape, no plate word
    ],
)
def test_the_same_values_without_context_are_not_found(
    analyzer: AnalyzerEngine, text: str, entity: str
) -> None:
    assert [r for r in analyzer.analyze(text, language="en") if r.entity_type == entity] == []


def test_one_paragraph_with_every_kind_of_identifier(analyzer: AnalyzerEngine) -> None:
    text = (
        "Adult A (DOB: 12/03/1985), a 34-year-old nurse, lived at Flat 3, 12 Acacia Road, "
        "NP10 8QQ. Her NHS number was 628 194 8211 and her NI number JG 10 37 29 B. She used "
        "07700 900123, jane.doe@example.org and facebook.com/jane.smith88. Her car, AB12 CDE, "
        "was seen on 3 May 2019 (crime number NP/12345/21)."
    )
    found = {(r.entity_type, text[r.start : r.end]) for r in analyzer.analyze(text, language="en")}
    assert found >= {
        ("DATE_OF_BIRTH", "12/03/1985"),
        ("DATE_EXACT", "12/03/1985"),
        ("AGE_OCCUPATION", "34-year-old nurse"),
        ("STREET_ADDRESS", "Flat 3, 12 Acacia Road"),
        ("UK_POSTCODE", "NP10 8QQ"),
        ("UK_NHS", "628 194 8211"),
        ("UK_NINO", "JG 10 37 29 B"),
        ("PHONE_NUMBER", "07700 900123"),
        ("EMAIL_ADDRESS", "jane.doe@example.org"),
        ("SOCIAL_MEDIA", "facebook.com/jane.smith88"),
        ("UK_VEHICLE_REGISTRATION", "AB12 CDE"),
        ("DATE_EXACT", "3 May 2019"),
        ("CASE_REFERENCE", "NP/12345/21"),
    }
