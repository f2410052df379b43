"""AGE_OCCUPATION: an age and an occupation in one sentence (a quasi-identifier, warn)."""

from __future__ import annotations

import pytest

from redact.recognizers.age_occupation import AgeOccupationRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = AgeOccupationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 34-year-old nurse", ["34-year-old nurse"]),  # hyphenated age
        ("a 34 year old nurse", ["34 year old nurse"]),  # spaced age
        ("aged 52, a taxi driver", ["aged 52, a taxi driver"]),  # 'aged' first
        ("a taxi driver, aged 52", ["taxi driver, aged 52"]),  # occupation first
        ("Adult B (aged 41) worked as a care worker", ["aged 41) worked as a care worker"]),
        ("the 29-year-old police officer", ["29-year-old police officer"]),  # two-word job
        ("Two nurses, aged 30 and 31", ["nurses, aged 30"]),  # plural occupation
    ],
)
def test_age_and_occupation_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "AGE_OCCUPATION", expected)


@pytest.mark.parametrize(
    "text",
    [
        "a 34-year-old woman",  # an age without an occupation
        "the nurse saw her",  # an occupation without an age
        "She was 34. The nurse saw her.",  # in different sentences
        "aged 34; the nurse called",  # separated by a semicolon
        "aged 34 she moved to Town A and many years later she met the nurse",  # too far apart
        "a 12-week course for drivers",  # 'week', not an age
        "the nursery",  # an occupation word inside another word
    ],
)
def test_near_misses_are_not_age_occupation(text: str) -> None:
    assert found(RECOGNIZER, text) == []
