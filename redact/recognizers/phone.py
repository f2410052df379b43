"""UK telephone numbers by shape (entity `PHONE_NUMBER`, block).

Shape, not validity: Ofcom's drama ranges (07700 900xxx, 01632 960xxx, 020 7946 0xxx) are
numbers too, and a typo'd number still identifies. The national number is 0 followed by 9 or 10
digits whose first is 1, 2, 3, 5, 7, 8 or 9 (Ofcom's National Telephone Numbering Plan), written
with the usual groupings (Ofcom's "Telephone number presentation"): 0xxxx xxxxxx,
0xxxx xxx xxx, 0xx xxxx xxxx, 0xxx xxx xxxx, run together, with spaces, dashes or dots, the area
code in brackets, or +44 / 0044 with an optional (0). Years, sums of money and case numbers never
start with a trunk 0.

Ofcom keeps some ranges for organisations: 03 (public bodies and charities), 080 (freephone),
084 and 087 (business rate), 09 (premium rate) and 0500. A person's or a household's line is
geographic (01, 02) or a mobile (07), so numbers in those organisational ranges are a separate,
warn-level entity (`SERVICE_PHONE_NUMBER`): a report's support section quotes national helplines,
and a reviewer still sees each one. A site that wants them blocked says so in its policy.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import GatePatternRecognizer

# Digit groups after the trunk 0 (the first group holds the area code or mobile prefix).
# Longest numbers first: the regex takes the first alternative that matches.
GROUPINGS: tuple[tuple[int, ...], ...] = (
    (4, 6),  # 07700 900123, 01632 960001
    (4, 3, 3),  # 07700 900 123, 01632 960 001
    (2, 4, 4),  # 020 7946 0018
    (3, 3, 4),  # 0161 496 0000, 0300 123 4567, 0800 123 4567, 0770 090 0123
    (3, 4, 3),  # 0207 946 001x, 0161 4960 000
    (3, 7),  # 0161 4960000, 0808 1234567
    (2, 8),  # 020 79460018
    (5, 5),  # 016977 12345
    (10,),  # 07700900123
    (4, 5),  # 01632 96000 (ten-digit areas)
    (5, 4),  # 016977 4567
    (3, 6),  # 0800 123456
    (3, 3, 3),  # 0800 123 456
    (9,),  # 0800123456
)
_SEP = r"[ \u00a0.\-]?"


def _national(groups: tuple[int, ...], bracketed: bool) -> str:
    """The number after the trunk 0; `bracketed` closes a bracket after the first group."""
    first, rest = groups[0], groups[1:]
    head = rf"[1235789][0-9]{{{first - 1}}}"
    tail = "".join(rf"{_SEP}[0-9]{{{size}}}" for size in rest)
    if bracketed:
        tail = r"\)[ \u00a0]?" + tail[len(_SEP) :]
    return head + tail


def _phone_regex() -> str:
    plain = "|".join(_national(groups, False) for groups in GROUPINGS)
    bracketed = "|".join(_national(groups, True) for groups in GROUPINGS if len(groups) > 1)
    international = r"(?:\+|00)44[ \u00a0.\-]?(?:\(0\)[ \u00a0.\-]?)?"
    number = rf"(?:{international}|0)(?:{plain})|\(0(?:{bracketed})"
    # Not glued to a word, another digit or a + (e.g. inside a longer number or reference), nor
    # a reference's part after its letters and a dash ("Log: DCP-0387-041122").
    return rf"(?<![A-Za-z0-9+/])(?<![A-Za-z]-)(?:{number})(?![0-9]|[.\-][0-9])"


# A fixed-width log wraps a number onto its next, indented line: "CLI 07700\n      900 562.",
# "new number is 020 7946\n               0718", "0161 496\n 0000", "07700 900\n 562".
_WRAPPED_NUMBER = (
    r"(?<![A-Za-z0-9+/])0[1-9](?:[0-9]{3}[ \t]*\n[ \t>|]*[0-9]{3}[ \u00a0]?[0-9]{3}"
    r"|[0-9][ \u00a0]?[0-9]{4}[ \t]*\n[ \t>|]*[0-9]{4}"
    r"|[0-9]{2}[ \u00a0]?[0-9]{3}[ \t]*\n[ \t>|]*[0-9]{4}"
    r"|[0-9]{3}[ \u00a0]?[0-9]{3}[ \t]*\n[ \t>|]*[0-9]{3})(?![0-9]|[.\-][0-9])"
)


# A mobile's or a geographic number's eleven digits with single spaces anywhere: "07 700 900
# 521", "01134 96 05 87" (spaces only: dots and dashes also join dates and references).
_MOBILE_SPACED_ANYHOW = r"(?<![A-Za-z0-9+/])(?<![0-9] )0 ?[127](?: ?[0-9]){9}(?![0-9]| [0-9])"

# A number said in words, as a statement quotes it: "oh-seven-seven double-oh, nine double-oh,
# five six one" (the trunk's 'oh' or 'zero', then six or more digits' words).
_DIGIT_WORD = (
    r"(?:(?:double|treble)[ \-])?(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine)"
)
_NUMBER_IN_WORDS = (
    rf"(?i)(?<![A-Za-z])(?:oh|zero|nought)(?:[ ,\-]{{1,2}}{_DIGIT_WORD}){{6,10}}(?![A-Za-z])"
)


# The national significant number (after +44, 0044, (0) or the trunk 0) of an organisation's range.
_SERVICE_RANGE = re.compile(r"(?:3|80|84|87|9|500)")


def is_service_number(number: str) -> bool:
    """Whether a UK number is in one of Ofcom's organisational ranges (see the module doc)."""
    digits = re.sub(r"[^0-9]", "", number)
    if number.lstrip().startswith(("+", "00")):
        digits = re.sub(r"^(?:00)?44", "", digits)
    return _SERVICE_RANGE.match(digits.removeprefix("0")) is not None


class PhoneRecognizer(GatePatternRecognizer):
    """UK landlines and mobiles (and personal numbers) in every common presentation."""

    COUNTRY_CODE = "uk"
    ENTITY: ClassVar[str] = "PHONE_NUMBER"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("UK phone number", _phone_regex(), 0.7),
        Pattern("UK phone number split by a log's line wrap", _WRAPPED_NUMBER, 0.7),
        Pattern("UK mobile number spaced anyhow", _MOBILE_SPACED_ANYHOW, 0.7),
        Pattern("UK phone number in words", _NUMBER_IN_WORDS, 0.7),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("phone", "telephone", "mobile", "tel", "call", "number")

    def invalidate_result(self, pattern_text: str) -> bool:
        return is_service_number(pattern_text)


class ServicePhoneRecognizer(PhoneRecognizer):
    """Numbers in Ofcom's organisational ranges: helplines and services, warn only."""

    ENTITY: ClassVar[str] = "SERVICE_PHONE_NUMBER"

    def invalidate_result(self, pattern_text: str) -> bool:
        return not is_service_number(pattern_text)
