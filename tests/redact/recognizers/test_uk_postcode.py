"""UK_POSTCODE: every outward shape, spacing and case; near misses that are not postcodes."""

from __future__ import annotations

import pytest

from redact.recognizers.uk_postcode import UkPostcodeRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = UkPostcodeRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W1 0AX", ["W1 0AX"]),  # A9 9AA
        ("M60 1QD", ["M60 1QD"]),  # A99 9AA
        ("W1A 0AX", ["W1A 0AX"]),  # A9A 9AA
        ("NP7 9ZZ", ["NP7 9ZZ"]),  # AA9 9AA
        ("NP10 8QQ", ["NP10 8QQ"]),  # AA99 9AA
        ("EC1A 1BB", ["EC1A 1BB"]),  # AA9A 9AA
        ("GIR 0AA", ["GIR 0AA"]),  # the special Girobank code
        ("NP108QQ", ["NP108QQ"]),  # no space
        ("ec1a1bb", ["ec1a1bb"]),  # lower case, no space
        ("np10 8qq", ["np10 8qq"]),  # lower case
        ("Address 1, Town A, NP10 8QQ.", ["NP10 8QQ"]),  # in an address line
        ("They moved to (LS98 2XZ) in May.", ["LS98 2XZ"]),  # in brackets
        ("From B99 9ZA to B98 1AB", ["B99 9ZA", "B98 1AB"]),  # two in one sentence
        ("NP10\u00a08QQ", ["NP10\u00a08QQ"]),  # no-break space
        ("PE37  7AB", ["PE37  7AB"]),  # a form's wide gap, in capitals
        ("?q=BB4+6RW&zoom=15", ["BB4+6RW"]),  # a link's encoded space
    ],
)
def test_postcodes_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "UK_POSTCODE", expected)


@pytest.mark.parametrize(
    "text",
    [
        "XNP10 8QQ",  # glued to a letter before: part of a longer token
        "NP10 8QQX",  # glued to a letter after
        "NP10 8CQ",  # C is never an inward letter
        "QA1 1AA",  # Q never starts a postcode
        "np10  8qq",  # two spaces in lower case: words and numbers, not a postcode
        "NP10     8QQ",  # columns of a table, not one postcode
        "AB12 CDE",  # a vehicle registration, not a postcode
        "Section 12 3AA",  # no letter before the district number
        "covid19 and 2021",  # words and years
        "Recommendation 4.",  # a recommendation number
    ],
)
def test_near_misses_are_not_postcodes(text: str) -> None:
    assert found(RECOGNIZER, text) == []
