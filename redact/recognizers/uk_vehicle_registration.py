"""UK vehicle registration marks (entity `UK_VEHICLE_REGISTRATION`, block).

DVLA formats (INF104 "Vehicle registration numbers and number plates"):
- current, since 2001: two area letters, two-digit age identifier, three letters: AB51 ABC;
- prefix, 1983-2001: year letter, 1-3 digits, three letters: A123 BCD;
- suffix, 1963-1983: three letters, 1-3 digits, year letter: ABC 123D;
- dateless, before 1963: 1-3 letters and 1-4 digits either way round (ABC 123, 1234 AB), and
  foreign plates (B 47 VSL): reported only straight after a registration word ("registration",
  "reg", "VRM", "plates", "a BG-registered Audi", "a Latvian-plated car,", "the plate of
  the van he drove,"), in brackets a few words after a vehicle
  ("a Romanian-registered Volkswagen (CT 45 MRB)"), or before its country's plates in brackets
  ("KD-4471 (LATVIAN PLATES)", "AQ-47-XR, Portuguese plates"), or straight after "-registered,"
  ("Romanian-registered, CJ 07 RXB"),
  because on its own such a mark looks like any reference.
Upper case (plates are written in capitals), and the current format in lower case too, run
together or with its space and an age identifier DVLA issues ('ma19 kfo'); I and Q excluded
where DVLA never issues them. Three-letter groups that are common English words in
capitals ("AND", "THE") are not taken as the letters of a prefix or suffix mark.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import (
    CASE_SENSITIVE,
    NOT_AFTER_ALNUM,
    NOT_BEFORE_ALNUM,
    GatePatternRecognizer,
)

_SEP = r"[ \u00a0]?"
_CONTEXT_WORDS = (
    r"(?:(?<![A-Za-z])(?i:registration(?:\s+(?:number|no\.?|mark|plate))?|reg(?:\.|\s+(?:number|no\.?|mark))?"
    r"|VRM|VRN|(?:number\s+|licen[cs]e\s+)?plates?|index\s+number)"
    # "a BG-REGISTERED AUDI CA 2291 BT": a country's registration and the make (and model) first
    # "a Lithuanian-plated car, HZE 417": -plated as -registered, and a line may wrap there
    # "Vehicle: Romanian-registered, CJ 07 RXB": or with no make at all
    r"|(?i:-registered|-plated)(?:(?:[ \u00a0]+|[ \u00a0]*\n[ \t\u00a0]*)(?:[A-Z][A-Za-z\-]+(?:[ \u00a0]+[A-Z][A-Za-z\-]+)?"
    r"|(?:car|van|vehicle|lorry|truck|motorbike|motorcycle|pick-up|taxi|minibus)))?"
    # "the Hungarian plate of the van he drove for work, AE KT-417": the mark after the clause
    r"|(?<![A-Za-z])(?i:plates?)[ \u00a0]+of[ \u00a0]+(?i:the|his|her|their|a|an)"
    r"(?:[ \u00a0]+[A-Za-z'’]+){1,7}?(?=,)"
    # "a Fiat Tipo registered FG 482 KT"
    r"|(?<![A-Za-z\-])(?i:registered)(?=[ \u00a0]+[A-Z0-9]{1,4}[ \u00a0\-][A-Z0-9])"
    # "a van registered in Turkey, 34 FTR 592", "registered in Poland as WX 12345"
    r"|(?<![A-Za-z])(?i:registered)[ \u00a0]+in[ \u00a0]+[A-Z][A-Za-z\-]+"
    r"(?:[ \u00a0]+[A-Z][A-Za-z\-]+)?(?:,?[ \u00a0]+as)?)"
)
# Any country's mark: 1-3 groups of capitals and digits holding both (1234 AB, ABC 123, B 47 VSL),
# four characters at least ('plate 4B' is a figure of a report, not a mark).
_ANY_MARK = (
    r"(?P<value>(?=[A-Z0-9 \u00a0-]*[0-9])(?=[A-Z0-9 \u00a0-]*[A-Z])"
    r"(?=(?:[ \u00a0-]?[A-Z0-9]){4})"
    r"[A-Z0-9]{1,5}(?:[ \u00a0-][A-Z0-9]{1,5}){0,2})"
)
# Capitalised words, and Acts cited by section ("S2 PHA": s.2 Protection from Harassment Act),
# that a prefix/suffix pattern would otherwise take as the three letters.
COMMON_WORDS = frozenset(
    [
        "AND",
        "ARE",
        "BUT",
        "CAN",
        "FOR",
        "GOT",
        "HAD",
        "HAS",
        "HER",
        "HIM",
        "HIS",
        "HOW",
        "ITS",
        "LET",
        "MAY",
        "NEW",
        "NOT",
        "NOW",
        "OLD",
        "ONE",
        "OUR",
        "OUT",
        "SAW",
        "SAY",
        "SEE",
        "SHE",
        "THE",
        "TOO",
        "TWO",
        "WAS",
        "WAY",
        "WHO",
        "WHY",
        "YES",
        "YET",
        "YOU",
        "ALL",
        "ANY",
        "DAY",
        "GET",
        "PUT",
        "USE",
        "AGE",
        "PHA",
        "POA",
        "SOA",
        "CJA",
        "MHA",
        "MCA",
        "FLA",
        "DAA",
        "PCA",
    ]
)


# Two-letter words that could open a lower-case mark ('no10 and'), and the three-letter ones
# that could close it.
_LOWER_TWO_LETTER_WORDS = (
    "(?:no|so|go|do|to|he|me|we|my|by|up|on|of|or|an|as|at|be|if|in|is|it|us|am|pm|ok|oh|ah"
    "|eh|uh|hi|ya|yo)[0-9]"
)
_LOWER_THREE_LETTER_WORDS = "(?:" + "|".join(sorted(w.lower() for w in COMMON_WORDS)) + ")"


class UkVehicleRegistrationRecognizer(GatePatternRecognizer):
    """Number plates in the current, prefix and suffix formats; dateless ones with context."""

    COUNTRY_CODE = "uk"
    ENTITY: ClassVar[str] = "UK_VEHICLE_REGISTRATION"
    FLAGS: ClassVar[int] = CASE_SENSITIVE
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Registration (current)",
            # a hyphen may stand for the space ("FX68-KDO")
            NOT_AFTER_ALNUM
            + r"[A-HJ-PR-Y][A-HJ-PR-Y][0-9]{2}[ \u00a0\-]?[A-HJ-PR-Z]{3}"
            + NOT_BEFORE_ALNUM,
            0.6,
        ),
        Pattern(
            # run together: with a space ('ab12 cde') lower case is prose
            "Registration (current, in lower case, as a message types it: 'lx21kzt')",
            r"(?<![A-Za-z0-9])[a-hj-pr-y]{2}[0-9]{2}[a-hj-pr-z]{3}(?![A-Za-z0-9])",
            0.5,
        ),
        Pattern(
            # ... and with its space ('a silver Astra, ma19 kfo'), where the age identifier is one
            # DVLA issues (01-25, 51-75) and neither group is a word ('no10 and')
            "Registration (current, in lower case with its space)",
            r"(?<![A-Za-z0-9])(?!"
            + _LOWER_TWO_LETTER_WORDS
            + r")[a-hj-pr-y]{2}"
            + r"(?:0[1-9]|1[0-9]|2[0-5]|5[1-9]|6[0-9]|7[0-5])[ \u00a0]"
            + r"(?!"
            + _LOWER_THREE_LETTER_WORDS
            + r"(?![a-z]))[a-hj-pr-z]{3}(?![A-Za-z0-9])",
            0.5,
        ),
        Pattern(
            "Registration (prefix)",
            NOT_AFTER_ALNUM
            + rf"[A-HJ-NPR-TV-Y][1-9][0-9]{{0,2}}{_SEP}[A-HJ-PR-Y][A-HJ-PR-Z]{{2}}"
            + NOT_BEFORE_ALNUM,
            0.5,
        ),
        Pattern(
            "Registration (suffix)",
            NOT_AFTER_ALNUM
            + rf"[A-HJ-PR-Z]{{3}}{_SEP}[1-9][0-9]{{0,2}}{_SEP}[A-HJ-NPR-TV-Y]"
            + NOT_BEFORE_ALNUM,
            0.5,
        ),
        Pattern(
            "Registration (dateless, after a registration word)",
            # "VRM (victim) 482 BTK": a short aside in brackets may stand between them
            rf"{_CONTEXT_WORDS}(?:[ \u00a0]*\([^()\n]{{1,24}}\))?[\s:#.,(\-]{{0,4}}"
            + _ANY_MARK
            # not the start of a longer mark ('K123 ABC' is a prefix mark, not 'K123')
            + r"(?![ \u00a0]?[A-Z0-9])",
            0.6,
        ),
        Pattern(
            "Registration (any country's, before its country's plates in brackets)",
            # "VEH OUTSIDE KD-4471 (LATVIAN PLATES)", "KD 4471 (Polish registration)", "(AQ-47-XR,
            # Portuguese plates)"
            r"(?<![A-Za-z0-9])"
            + _ANY_MARK
            + r"(?:[ \u00a0]*\(|,[ \u00a0]+)(?i:[A-Za-z\-]+[ \u00a0]+)?"
            + r"(?i:plates?|registration|reg|registered)(?![A-Za-z])",
            0.6,
        ),
        Pattern(
            "Registration (any country's, in brackets after a vehicle)",
            # "a Romanian-registered Volkswagen (CT 45 MRB)", "his van (B 47 VSL)"
            r"(?<![A-Za-z])(?i:registered|car|van|vehicle|motorbike|motorcycle|lorry|taxi)"
            + r"(?:[^\n.()]|\n(?![ \t]*\n)){0,40}\([ \u00a0]*"
            + r"(?P<value>(?=[A-Z0-9 \u00a0-]*[0-9])(?=[A-Z0-9 \u00a0-]*[A-Z])"
            + r"[A-Z0-9]{1,4}(?:[ \u00a0-][A-Z0-9]{1,4}){1,2})[ \u00a0]*\)",
            0.6,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("registration", "reg", "vehicle", "car", "vrm", "plate")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop a mark whose only letter group is a common word: 'THE 12' is not a plate."""
        letters = "".join(ch if ch.isalpha() else " " for ch in pattern_text).split()
        return any(group in COMMON_WORDS for group in letters) and not _is_current(pattern_text)


def _is_current(text: str) -> bool:
    compact = text.replace(" ", "").replace("\u00a0", "").replace("-", "")
    return len(compact) == 7 and compact[:2].isalpha() and compact[2:4].isdigit()
