"""NHS numbers (entity `UK_NHS`, block).

Ten digits written 3-3-4 (spaces or dashes) or run together, with the modulus-11 check digit of
the NHS Data Dictionary ("NHS Number"): weights 10..2 over the first nine digits, check digit =
11 - (sum mod 11), 11 -> 0, 10 -> invalid. A number that passes the check is reported anywhere;
a number in NHS context ("NHS number 123 456 7890") is reported even when the check fails
(a mistyped NHS number still identifies): fail closed.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import GatePatternRecognizer

_NUMBER = r"[0-9]{3}(?P<sep>[ \u00a0-]?)[0-9]{3}(?P=sep)[0-9]{4}"
_DIGIT_BOUNDS = (r"(?<![0-9][ -]?)", r"(?![ -]?[0-9])")


def nhs_checksum_ok(value: str) -> bool:
    """The modulus-11 check of the NHS Data Dictionary on the ten digits of `value`."""
    digits = [int(ch) for ch in value if ch.isdigit()]
    if len(digits) != 10:
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


class UkNhsRecognizer(GatePatternRecognizer):
    """NHS numbers by checksum anywhere, and by shape alone after the words 'NHS number'."""

    COUNTRY_CODE = "uk"
    ENTITY: ClassVar[str] = "UK_NHS"
    CONTEXT_PATTERN = "NHS number in context"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("NHS number (checksum)", _DIGIT_BOUNDS[0] + _NUMBER + _DIGIT_BOUNDS[1], 0.5),
        Pattern(
            CONTEXT_PATTERN,
            r"(?<![A-Za-z])NHS(?:\s+(?:number|no\.?|num\.?|#))?[\s:#.\-]{0,4}"
            + rf"(?P<value>{_NUMBER}){_DIGIT_BOUNDS[1]}",
            0.5,
        ),
        # "NHS no:         520 416\n                 2259": a record that wraps its value puts the
        # number's last group on the next line (the same check applies).
        Pattern(
            CONTEXT_PATTERN,
            r"(?<![A-Za-z])NHS(?:\s+(?:number|no\.?|num\.?|#))?[ \t:#.\-]{0,24}"
            + r"(?P<value>[0-9]{3}[ \u00a0]?[0-9]{3}[ \t]*\n[ \t>|]*[0-9]{4})"
            + _DIGIT_BOUNDS[1],
            0.5,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("nhs", "health")

    def validate_result(self, pattern_text: str) -> bool:
        return nhs_checksum_ok(pattern_text)

    def score_match(self, pattern: Pattern, value: str) -> float:
        """In NHS context a failed checksum lowers the score but keeps the finding."""
        if pattern.name == self.CONTEXT_PATTERN and not self.validate_result(value):
            return float(pattern.score)
        return super().score_match(pattern, value)
