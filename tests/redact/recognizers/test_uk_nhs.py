"""UK_NHS: modulus-11 NHS numbers anywhere; a failing number only in NHS context (fail closed).

The numbers are invented; those marked "valid" were generated to pass the check digit.
"""

from __future__ import annotations

import pytest

from redact.recognizers.uk_nhs import UkNhsRecognizer, nhs_checksum_ok
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = UkNhsRecognizer()


def _independent_check(number: str) -> bool:
    """The NHS Data Dictionary rule, written out separately from the recognizer's."""
    weights = [10, 9, 8, 7, 6, 5, 4, 3, 2]
    remainder = sum(int(number[i]) * weights[i] for i in range(9)) % 11
    check = (11 - remainder) % 11
    return check != 10 and check == int(number[9])


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("6281948211", True),  # invented, valid
        ("1860913903", True),  # invented, valid
        ("9960308243", True),  # invented, valid
        ("0830166130", True),  # invented, valid, check digit 0 (11 - 11)
        ("6281948212", False),  # last digit changed
        ("1234567890", False),  # check digit would be 10: never issued
        ("186091390", False),  # nine digits
    ],
)
def test_checksum(number: str, valid: bool) -> None:
    assert nhs_checksum_ok(number) is valid
    if len(number) == 10:
        assert _independent_check(number) is valid


@pytest.mark.parametrize(
    ("text", "expected", "score"),
    [
        ("628 194 8211", ["628 194 8211"], 1.0),  # 3-3-4 with spaces
        ("6281948211", ["6281948211"], 1.0),  # run together
        ("628-194-8211", ["628-194-8211"], 1.0),  # dashes
        ("The ref was 186 091 3903.", ["186 091 3903"], 1.0),  # valid, no context: still found
        ("NHS number 628 194 8212", ["628 194 8212"], 0.5),  # fails checksum, in context
        ("NHS No: 628-194-8212.", ["628-194-8212"], 0.5),  # abbreviated context
        ("nhs number: 6281948212", ["6281948212"], 0.5),  # lower-case context
        ("NHS number 996 030 8243", ["996 030 8243"], 1.0),  # valid in context: full score
    ],
)
def test_nhs_numbers_are_found(text: str, expected: list[str], score: float) -> None:
    assert found(RECOGNIZER, text) == spans(text, "UK_NHS", expected)
    results = RECOGNIZER.analyze(text, entities=["UK_NHS"], nlp_artifacts=None)
    assert [r.score for r in results] == [score]


@pytest.mark.parametrize(
    "text",
    [
        "628 194 8212",  # fails the checksum, no NHS context
        "Account 1234567890",  # ten digits that can never be an NHS number
        "628 194 82110",  # eleven digits in the last group
        "07700 900123",  # a mobile number (5-6 grouping)
        "020 7946 0018",  # a London number (3-4-4)
        "628 1948 211",  # 3-4-3 is not how NHS numbers are written
        "628 194-8211",  # mixed separators
        "1628 194 8211",  # a longer number
    ],
)
def test_near_misses_are_not_nhs_numbers(text: str) -> None:
    assert found(RECOGNIZER, text) == []
