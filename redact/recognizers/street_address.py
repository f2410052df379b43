"""Street addresses (entity `STREET_ADDRESS`, block).

Royal Mail's thoroughfare conventions: an optional flat/unit ("Flat 3,"), a house number with an
optional letter or range ("12", "12a", "12-14"; in words too, "Twenty-Three"), one to four
capitalised name words and a street type ("Road", "Rd", "Lane", "Close", ...). Without a house number a capitalised name and an
unambiguous street type ("lived on Acacia Road") is still an address; with a type that is also an
everyday word (Court, Park, Hill, View, Way, ...) the name needs a preposition before it
("moved to Elm Park") or a comma ("at Carewell Homecare, Sherwood Rise"), and the courts ("Crown Court", "Family Court") are never streets.
Also: flats in named buildings ("Flat 11, Carrow House, Princess Parade"; "Flat 2, Tŷ Gwydr"
without the building's type, before a comma, a cell's end or the line's), Welsh streets whose
type comes first ("4 Lôn y Felin"), and numbered addresses in capitals ("48 ELM STREET", as
police records print them). A numbered address takes the town or district after it ("5 Ferry
Hythe Close, Pymoor."). Capitalisation matters here: lower-case "road" is prose.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import CASE_SENSITIVE, GatePatternRecognizer

STRONG_TYPES = [
    "Road",
    "Street",
    "Avenue",
    "Lane",
    "Close",
    "Drive",
    "Crescent",
    "Terrace",
    "Gardens",
    "Grove",
    "Mews",
    "Boulevard",
    "Drove",
]
WEAK_TYPES = [
    "Way",
    "Place",
    "Court",
    "Walk",
    "Row",
    "Square",
    "Hill",
    "View",
    "Park",
    "Parade",
    "Rise",
    "Green",
    "Vale",
    "Gate",
    "Wharf",
    "Yard",
    "Hey",
    "Fold",
    "Brow",
    "Croft",
    "Meadow",
    "Meadows",
    "Mead",
    "Glade",
    "Garth",
    "Dene",
    "Chase",
    "Mount",
    "Wynd",
    "Path",
    "Villas",
    "Cottages",
    "Fields",
    "Bank",
    "Steps",
    "Quay",
    "Heights",
    "Approach",
    "Reach",
    "Side",  # "7 Beck Side"
]
ABBREVIATED_TYPES = [
    "Rd",
    "St",
    "Ave",
    "Av",
    "Ln",
    "Cl",
    "Dr",
    "Cres",
    "Gr",
    "Gro",
    "Terr",
    "Ter",
    "Tce",
    "Gdns",
    "Pl",
    "Ct",
    "Sq",
    "Pk",
    "Pde",
]

# Courts are where a review's proceedings happen, not where a family lives.
COURT_NAMES = frozenset(
    [
        "Crown",
        "Family",
        "County",
        "Magistrates",
        "Magistrates'",
        "Magistrates’",
        "High",
        "Youth",
        "Coroner's",
        "Coroner’s",
        "Coroners",
        "Coroners'",
        "Supreme",
        "Appeal",
        "Criminal",
        "Civil",
        "Combined",
        "Sheriff",
    ]
)

# Soap operas named for their street or square: what someone watched, not where they lived.
TELEVISION_STREETS = frozenset(["Coronation Street", "Albert Square", "Brookside Close"])

# Capitalised words that cannot start or be part of a street name in running text.
_NOT_NAME = (
    r"(?:The|A|An|And|Or|Of|In|On|At|To|From|Into|Onto|Near|Off|By|For|With|Her|His|Their|Our|My"
    r"|This|That|These|Those|She|He|They|We|It|When|Where|While|After|Before|During|Mr|Mrs|Ms"
    r"|Miss|Dr|Police|Council|Officer|Adult|Victim|Child)"
)
_LOWER = "a-zâêîôûŵŷàáèéìíòóùúäëïöüç'’"
_WORD = rf"(?!{_NOT_NAME}\b)[A-Z][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[A-Z]?[{_LOWER}]+)?"
_NAME = rf"{_WORD}(?:[ \u00a0]+{_WORD}){{0,3}}"
# One space, not a table's blanked bar: "| Safeguarding | Spring | Green |" is three cells.
_ONE_SPACE = r"[ \u00a0](?![ \u00a0])"
_NAME_IN_CELL = rf"{_WORD}(?:{_ONE_SPACE}{_WORD}){{0,3}}"


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


_STRONG = _alternation(STRONG_TYPES)
_ANY_TYPE = _alternation(STRONG_TYPES + WEAK_TYPES)
_ABBREVIATED = _alternation(ABBREVIATED_TYPES) + r"\.?(?![ \u00a0]+[A-Z][a-z])"
_FLAT = r"(?:(?:Flat|Apartment|Apt\.?|Unit|Room)[ \u00a0]+[0-9]{1,4}[A-Za-z]?,?[ \u00a0]+)"
_HOUSE = r"[0-9]{1,4}[A-Za-z]?(?:[ \u00a0]?[-–][ \u00a0]?[0-9]{1,4}[A-Za-z]?)?,?"
# ... or written in words, as a family's account or a coroner's narrative may: "Twenty-Three
# Heol y Nant", "Seven Acacia Road".
_UNITS = "One|Two|Three|Four|Five|Six|Seven|Eight|Nine"
_NUMBER_IN_WORDS = (
    rf"(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-(?i:{_UNITS}))?|{_UNITS}"
    r"|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen),?"
)
_HOUSE_ANY = rf"(?:{_HOUSE}|{_NUMBER_IN_WORDS})"
# Buildings a flat is in: "Flat 11, Carrow House".
BUILDING_TYPES = [
    "House",
    "Lodge",
    "Tower",
    "Mansions",
    "Buildings",
    "Heights",
    "Cottages",
    "Court",
    "Point",
    "Hall",
    "Flats",
    "Apartments",
    "Block",
]
_BUILDING = rf"{_NAME}[ \u00a0]+{_alternation(BUILDING_TYPES + STRONG_TYPES + WEAK_TYPES)}"
# Welsh streets put the type first: "4 Lôn y Felin", "12 Heol y Parc", "3 Ffordd Glyndŵr".
WELSH_TYPES = [
    "Heol",
    "Lôn",
    "Lon",
    "Ffordd",
    "Stryd",
    "Rhodfa",
    "Cilgant",
    "Clos",
    "Maes",
    "Llwyn",
    "Rhes",
    "Teras",
]
_WELSH_WORD = rf"(?:y|yr|'r|[A-ZÂÊÎÔÛŴŶ][{_LOWER}]+)"
# Addresses typed in capitals, as police records print them: "48 ELM STREET".
_CAPS_TYPES = _alternation([t.upper() for t in STRONG_TYPES + WEAK_TYPES] + ["RD", "ST", "AVE"])
_PREPOSITION = r"(?:on|in|at|to|off|near|along|from|into|onto|via|of|past|opposite|behind)"
_END = r"(?![A-Za-z])"
# The town or district after the street ("5 Ferry Hythe Close, Pymoor."), when the clause ends.
# After a comma (a line may wrap there: "7 Kirk Lane,\nShelf, in August") or 'in' ("19 Cobden
# Terrace in Idle, a flat"), but not a month or season ("4 Elm Road in March, when").
_MONTH_OR_SEASON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
)
_MONTH_OR_SEASON += r"|December|Spring|Summer|Autumn|Winter)\b"
_LOCALITY = (
    rf"(?:(?:,(?:[ \u00a0]+|[ \u00a0]*\n[ \t\u00a0]*)|[ \u00a0]+in[ \u00a0]+(?!{_MONTH_OR_SEASON}))"
    rf"{_WORD}(?:[ \u00a0]+{_WORD})?(?=[ \u00a0]*(?:[.,;:)|]|$)))?"
)
_CAPS_LOCALITY = r"(?:,[ \u00a0]+[A-Z][A-Z'’\-]{2,}(?:[ \u00a0]+[A-Z][A-Z'’\-]{2,})?(?![A-Za-z]))?"


class StreetAddressRecognizer(GatePatternRecognizer):
    """House number + street, named streets with a street type, and plots on a site."""

    ENTITY: ClassVar[str] = "STREET_ADDRESS"
    FLAGS: ClassVar[int] = CASE_SENSITIVE
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Numbered street",
            rf"(?<![A-Za-z0-9.,/£$])(?:{_FLAT})?{_HOUSE_ANY}[ \u00a0]+"
            + rf"(?:The[ \u00a0]+(?:{_NAME}[ \u00a0]+)?|{_NAME}[ \u00a0]+)"
            + rf"(?:{_ANY_TYPE}|{_ABBREVIATED}){_END}{_LOCALITY}",
            0.7,
        ),
        Pattern(
            "Named street (unambiguous type)",
            rf"(?<![A-Za-z0-9]){_NAME}[ \u00a0]+{_STRONG}{_END}",
            0.6,
        ),
        Pattern(
            "Named street (after a preposition)",
            # the preposition may end the line before ("a takeaway on\nSaffron Mead")
            rf"(?<=(?:\b(?i:{_PREPOSITION})|,)(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*))"
            + rf"{_NAME_IN_CELL}{_ONE_SPACE}{_ANY_TYPE}{_END}",
            0.5,
        ),
        Pattern(
            "Flat in a named building",
            rf"(?<![A-Za-z0-9]){_FLAT}{_BUILDING}(?:,?[ \u00a0]+{_NAME}[ \u00a0]+{_ANY_TYPE})?{_END}",
            0.7,
        ),
        Pattern(
            "Welsh street (type first)",
            rf"(?<![A-Za-z0-9.,/£$])(?:{_FLAT})?{_HOUSE_ANY}[ \u00a0]+{_alternation(WELSH_TYPES)}"
            + rf"(?:[ \u00a0]+{_WELSH_WORD}){{1,3}}{_END}{_LOCALITY}",
            0.7,
        ),
        Pattern(
            "Welsh street (type first, after a preposition)",
            # or after a comma, as in an address ("Tŷ Newydd, Heol y Cefn")
            rf"(?<=(?:\b(?i:{_PREPOSITION})|,)[ \u00a0]+){_alternation(WELSH_TYPES)}"
            + rf"(?:[ \u00a0]+{_WELSH_WORD}){{1,3}}{_END}",
            0.6,
        ),
        Pattern(
            "A flat and a house number, then a street named without its type (Flat 2, 14 "
            "Millgate, Thirsk)",
            rf"(?<![A-Za-z0-9]){_FLAT}[0-9]{{1,4}}[A-Za-z]?[ \u00a0]+{_NAME}(?=[ \u00a0]*(?:,|$))",
            0.7,
        ),
        Pattern(
            "A flat in a building named without its type (Flat 2, Tŷ Gwydr)",
            rf"(?<![A-Za-z0-9])(?:Flat|Apartment|Apt\.?)[ \u00a0]+[0-9]{{1,4}}[A-Za-z]?,[ \u00a0]+"
            rf"{_NAME}(?=[ \u00a0]*(?:[,|]|$))",
            0.7,
        ),
        Pattern(
            "A plot on a site (Plot 6, Plot 12A)",
            r"(?<![A-Za-z0-9])Plot[ \u00a0]+[0-9]{1,3}[A-Z]?(?![A-Za-z0-9])",
            0.6,
        ),
        Pattern(
            "A house number and a street in lower case, as a message types it (41 brunswick st, "
            "9 lon y wern); the words between no function word, time or measure ('2 hours on the "
            "road', 'Section 42 enquiries should not close')",
            r"(?<![A-Za-z0-9.,/£$:\-])[0-9]{1,4}[a-z]?[ ](?:(?:(?!(?:the|a|an|on|in|at|of|to|up|"
            r"down|for|and|or|by|from|with|hours?|minutes?|mins?|mg|ml|times?|days?|weeks?|"
            r"months?|years?|miles?|more|other|people|should|would|could|will|not|can|must|did|"
            r"was|were|is|are|be|been|very|so|too|quite|unless|if)\b)[a-z][a-z'’\-]+[ ]){1,3}"
            r"(?:street|st|road|rd|lane|ln|avenue|ave|close|drive|parade|terrace|crescent|grove|"
            r"gardens|gdns|square|mews)"
            r"|(?:lon|lôn|heol|ffordd|stryd|rhodfa)[ ](?:(?:y|yr)[ ])?[a-zŵŷâêîôû]{3,})"
            r"(?![A-Za-z0-9'’\-])",
            0.6,
        ),
        Pattern(
            "A pitch or a berth on a caravan site or a marina (CARAVAN PARK, PITCH 31)",
            # the word first, then the site behind it: a look back from every position is slow
            r"(?<![A-Za-z0-9])(?i:pitch|berth|mooring)"
            r"(?<=(?i:caravan|park|site|marina|moorings|traveller)[^\n]{0,70})"
            r"[ \u00a0]+(?i:no\.?[ \u00a0]*)?[0-9]{1,3}[A-Z]?(?![A-Za-z0-9])",
            0.6,
        ),
        Pattern(
            "Numbered street in capitals",
            rf"(?<![A-Za-z0-9.,/£$]){_HOUSE}[ \u00a0]+(?:[A-Z][A-Z'’\-]+[ \u00a0]+){{1,4}}"
            + rf"{_CAPS_TYPES}{_END}{_CAPS_LOCALITY}",
            0.7,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("address", "live", "street", "road", "reside")

    def invalidate_result(self, pattern_text: str) -> bool:
        """'Crown Court' and 'the Family Court' are courts, not streets; 'Coronation Street'
        alone is the television programme (with a house number it is still an address)."""
        words = pattern_text.split()
        if " ".join(words) in TELEVISION_STREETS:
            return True
        return len(words) >= 2 and words[-1] == "Court" and words[-2] in COURT_NAMES
