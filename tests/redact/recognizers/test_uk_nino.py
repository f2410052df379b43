"""UK_NINO: National Insurance numbers with and without spaces; invalid prefixes and suffixes."""

from __future__ import annotations

import pytest

from redact.recognizers.uk_nino import UkNinoRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = UkNinoRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JG 10 37 29 B", ["JG 10 37 29 B"]),  # pairs separated by spaces
        ("JG103729B", ["JG103729B"]),  # run together
        ("jg103729b", ["jg103729b"]),  # lower case
        ("JG 103729 B", ["JG 103729 B"]),  # digits as one block
        ("NI number: AB 12 34 56 C.", ["AB 12 34 56 C"]),  # in a sentence
        ("Her NINO was TR 47 12 09 D", ["TR 47 12 09 D"]),  # suffix D
        ("NA123456A", ["NA123456A"]),  # N then A is a valid prefix
    ],
)
def test_ninos_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "UK_NINO", expected)


@pytest.mark.parametrize(
    "text",
    [
        "QQ 12 34 56 C",  # Q is never a prefix letter (HMRC's specimen prefix)
        "DA 12 34 56 C",  # D first
        "AF 12 34 56 C",  # F second
        "AO 12 34 56 C",  # O never second
        "GB 12 34 56 A",  # GB is never issued
        "BG123456A",  # BG is never issued
        "NK123456A",  # NK is never issued
        "TN 12 34 56 B",  # TN is never issued
        "ZZ123456A",  # ZZ is never issued
        "JG 10 37 29 E",  # suffix beyond D
        "JG 10 37 29",  # no suffix
        "JG1037295B",  # seven digits
        "XJG103729B",  # inside a longer token
    ],
)
def test_near_misses_are_not_ninos(text: str) -> None:
    assert found(RECOGNIZER, text) == []
