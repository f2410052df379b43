"""UK National Insurance numbers (entity `UK_NINO`, block).

Format per HMRC's National Insurance Manual (NIM39110): two prefix letters, six digits, a suffix
A-D. Neither prefix letter is D, F, I, Q, U or V; the second is not O; the prefixes BG, GB, KN,
NK, NT, TN and ZZ are never issued. Written with spaces between the pairs or run together.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, GatePatternRecognizer

_SEP = r"[ \u00a0]?"


class UkNinoRecognizer(GatePatternRecognizer):
    """A National Insurance number identifies one person for life."""

    COUNTRY_CODE = "uk"
    ENTITY: ClassVar[str] = "UK_NINO"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "UK NINO",
            NOT_AFTER_ALNUM
            + r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            + rf"{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}{_SEP}[A-D]"
            + NOT_BEFORE_ALNUM,
            0.7,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("insurance", "nino", "ni")
