"""UK postcodes (entity `UK_POSTCODE`, block).

Follows the Royal Mail / ONS position rules (as in Presidio's UkPostcodeRecognizer): outward
codes A9, A99, A9A, AA9, AA99, AA9A, inward code 9AA, plus the special GIR 0AA; the letters
allowed at each position are restricted (no Q, V, X first; no C, I, K, M, O, V in the inward
letters). Upper or lower case, with or without the space, never inside a longer token; in
capitals, also with a line break or a wide gap between the two halves, and the outward half
alone as an area ("the WF13 area") or closing an address ("9 Otley Row, LS6,").
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, GatePatternRecognizer
from redact.recognizers.street_address import STRONG_TYPES, WEAK_TYPES

_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_OUTWARD = (
    r"(?:[A-PR-UWYZ][0-9][0-9]?"
    r"|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
)
_STREET_TYPES = "|".join(STRONG_TYPES + WEAK_TYPES)
# ... or a link's encoded space: "?q=BB4+6RW", "BB4%206RW"
_SPACE = r"(?:[ \u00a0+]|%20)?"


class UkPostcodeRecognizer(GatePatternRecognizer):
    """Every valid postcode shape; a postcode alone locates a handful of homes."""

    COUNTRY_CODE = "uk"
    ENTITY: ClassVar[str] = "UK_POSTCODE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "UK postcode",
            NOT_AFTER_ALNUM + rf"(?:GIR{_SPACE}0AA|{_OUTWARD}{_SPACE}{_INWARD})" + NOT_BEFORE_ALNUM,
            0.6,
        ),
        # An address block that wraps between the two halves ("Burnham-on-Sea,\n> TA8\n> 2QW"),
        # or a form that spaces them wide ("PE37  7AB"): in capitals only, so that "section
        # B2\n3rd" is never one.
        Pattern(
            "UK postcode split over two lines or spaced wide",
            NOT_AFTER_ALNUM
            + rf"(?-i:{_OUTWARD}(?:[ \t]*\n[ \t>]*|[ \u00a0]{{2,3}}){_INWARD})"
            + NOT_BEFORE_ALNUM,
            0.6,
        ),
        # The outward half alone names a district of a few thousand homes: "in the WF13 area",
        # or closing an address, "Flat 14, 9 Otley Row, LS6," (in capitals only, so that no
        # road's or paper size's letters, "the A1 road", "on A4 paper", are one).
        Pattern(
            "A postcode's outward half, as an area or closing an address",
            rf"(?<=(?i:the|postcode)[ \u00a0]+)(?-i:{_OUTWARD})(?=[ \u00a0]+(?i:area|district|"
            r"postcode)(?![A-Za-z]))"
            rf"|(?<=(?-i:{_STREET_TYPES}),[ \u00a0]+)(?-i:{_OUTWARD})(?=[ \u00a0]*(?:[,.;)]|$))",
            0.5,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("postcode", "address", "post")
