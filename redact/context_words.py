"""The word shapes, word lists and word tests that the context rules share.

People, places and institutions are each found by their own module (`context_people`,
`context_places`, `context_institutions`), but all of them judge a capitalised word the same
way: its shape (`CAP`, `TITLED_CAP`, `PLACE_WORD`, `WORD`), whether it is a kind-of-body, role,
month or not-a-person word that is never a name's own part (`generic`, `not_a_name`), and
whether it starts a sentence. Kept here, once, so that the rule modules agree on them and
none has to import another's helpers for them.
"""

from __future__ import annotations

from functools import lru_cache

import regex  # type: ignore[import-untyped]

from redact import lexicon
from redact.lexicon import KIN_TITLES
from redact.name_recognizers import AGENCY_WORDS, ROLE_WORDS

CAP = r"\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{L}(?:(?<=s)['’](?= ))?"  # "Drovers' Hill" too
# Title case only, with the capital inside Mc, Mac and Fitz names ("McAllister").
# One group, so that what follows it in a pattern follows every form ("{TITLED_CAP} {TITLED_CAP}").
TITLED_CAP = (
    r"(?:\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+"  # double-barrelled: "Pryce-Jenkins"
    r"|(?:Mc|Mac|Fitz)\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}[\p{Ll}'’\-]*\p{Ll}|\p{Lu}['’]\p{Lu}\p{Ll}+)"
)
WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")
_MONTH_SHORT_FORMS_TEXT = "jan feb mar apr jun jul aug sep sept oct nov dec"
MONTHS = lexicon.MONTH_NAMES | frozenset(_MONTH_SHORT_FORMS_TEXT.split())
# Proper nouns that are given names in some country but name no person in a report: days,
# festivals, faiths, titles of office, and public bodies' short names ('Monday's meeting',
# 'the Ministry of Justice's guidance', 'Shelter's advice', 'the Met's', 'Valentine's Day').
WEEKDAYS = lexicon.WEEKDAYS
_NOT_PERSONS_TEXT = """
    christmas easter eid ramadan diwali
    valentine islam christ jesus god allah king queen prince princess baby law justice shelter crown
    lady lord met prophet imam sheikh pastor apostle deacon reverend vicar rabbi
    deus dios dieu dio gott bog boże bozhe khuda bhagwan ishwar waheguru
"""
NOT_PERSONS = WEEKDAYS | frozenset(_NOT_PERSONS_TEXT.split())
PLACE_WORD = r"\p{Lu}\p{Ll}+(?:-\p{L}+)*"
# Kinds of local place that locate a family: the words before them name the place.
INSTITUTION_HEADS = frozenset(
    [
        # a hospital is often named for a person or a saint ("Queen Adelaide Hospital")
        "hospital",
        "hospitals",
        "infirmary",
        "hospice",
        "hall",
        "fellowship",
        "ministries",
        "assembly",
        "lodge",
        "manor",
        "school",
        "academy",
        "college",
        "nursery",
        "pre-school",
        "preschool",
        "surgery",
        "practice",
        "centre",
        "center",
        "clinic",
        "church",
        "chapel",
        "mosque",
        "masjid",
        "temple",
        "gurdwara",
        "parish",
        "mandir",
        "vihara",
        "cemevi",
        "synagogue",
        "tabernacle",
        "mission",  # 'Fenside Gypsy Gospel Mission'
        "society",  # a congregation: 'Calvary Twi Methodist Society'
        "association",  # 'Riverside Kurdish Community Association'
        "cathedral",
        "choir",
        "chorus",
        "orchestra",
        "colliery",
        "steelworks",
        "brickworks",
        "arms",
        "inn",
        "tavern",
        "rest",
        "hotel",
        "pub",
        "bar",
        "club",
        "gym",
        "leisure",
        "takeaway",
        "restaurant",
        "cafe",
        "café",
        "salon",
        "barbers",
        "barber",
        "cuts",
        "nails",  # a nail bar: 'Lotus Nails'
        "farm",
        "farms",
        "ltd",
        "bros",  # "Boswell Bros Scrap and Salvage"
        "chaplaincy",  # "Holy Ghost Igbo Chaplaincy"
        "limited",
        "plc",
        "llp",
        "logistics",
        "staffing",
        "recruitment",
        "foods",
        "growers",
        "wash",
        "garage",
        "motors",
        "store",
        "stores",
        "supermarket",
        "factory",
        "warehouse",
        "estate",
        "park",
    ]
)
# Kinds of local business that end a business's name ("Bluebell Cabs", "Harbour Kitchen"),
# taken as heads only at the end of the name ("Taxi Licensing" is a council service).
BUSINESS_TAIL_HEADS = frozenset(
    [
        "abc",  # an amateur boxing club: "Dockside ABC"
        "taxis",
        "taxi",
        "cabs",
        "cab",
        "fitness",
        "kitchen",
        "bakery",
        "bakers",
        "grill",
        "diner",
        "nails",
        "spa",  # "Lotus Nails & Spa"
        "beauty",
        "boutique",
        "florist",
        "florists",
        "cars",
        "pharmacy",
        "chemist",
        "chemists",
        "wine",
        "wines",
        "mart",
        "minimart",
        "newsagent",
        "newsagents",
        "butchers",
        "tandoori",
        "kebabs",
        "studio",  # 'Black Sparrow Tattoo Studio'
        "parlour",
        "pizza",
        "amusements",
        "arcade",
        "arcades",
        "homecare",
        "freight",
        "ferries",
        "shipping",
        "haulage",
        "market",
        "solutions",
        "lettings",
        "properties",
        "poultry",
        "meats",
        "dairy",
        "dairies",
        "produce",
        "packers",
        "seafoods",
        "seafood",
        "fisheries",
        "solicitors",
        "hire",  # 'Calder Star Private Hire'
        "studio",  # 'Crown & Glory Hair Studio'
        "studios",
        "accountants",
        "opticians",
        "joinery",
        "builders",
        "plumbing",
        "roofing",
        "scaffolding",  # 'Kestrel Access Scaffolding'
        "circle",  # a women's group: 'Sukoon Ladies Circle'
        "landscaping",
        "glazing",
        "removals",
        "hosiery",
        "textiles",
        "knitwear",
        "engineering",
        "plastics",
        "packaging",
        "deli",  # 'Pipacs Deli'
        "ballroom",  # 'Palladium Ballroom'
        "parcels",  # 'Kestrel Parcels'
        "valet",  # 'Spotless Hand Car Valet'
        "livery",  # 'Greenacre Livery'
    ]
)
# What kind of school, church or business it is, not which one: 'Special School', 'Hair Salon'.
_DESCRIPTORS = """
    special grammar boarding sunday night driving free local village evangelical
    reformed orthodox anglican roman islamic muslim sikh hindu jewish christian bible independent
    private state comprehensive language dance martial arts fitness sports beauty hair nail
    tanning nursery pre-school forest gospel united elim golf rugby football cricket bowls
    tennis snooker boxing social welfare cultural heritage friendship women women's residents
    residents' advice
"""
GENERIC = (
    AGENCY_WORDS
    | ROLE_WORDS
    | INSTITUTION_HEADS
    | frozenset(
        [
            "primary",
            "infant",
            "junior",
            "secondary",
            "catholic",
            "c",
            "of",
            "e",
            "church",
            "england",
            "methodist",
            "baptist",
            "pentecostal",
            "community",
            "medical",
            "health",
            "learning",
            "adult",
            "leisure",
            "family",
            "sixth",
            "form",
            "hand",
            "car",
            "day",
            "care",
            "residential",
            "nursing",
            "home",
            "homes",
            "house",
            "unit",
            "ward",
            "jobcentre",
            "plus",
            # a hospital's departments: "the Emergency Department of ... Hospitals NHS Trust"
            "emergency",
            "accident",
            "urgent",
            "outpatient",
            "outpatients",
            "maternity",
        ]
    )
    | frozenset(_DESCRIPTORS.split())
    | lexicon.FAITH_MEMBERS
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def not_a_name(low: str, *, national: bool = True) -> bool:
    """Kind-of-body, role, national (unless told not to read them), stop, month and
    not-a-person words."""
    return (
        low in GENERIC
        or (national and lexicon.is_national_word(low))
        or low in KIN_TITLES
        or low in stop_words()
        or low in MONTHS
        or low in NOT_PERSONS
        or low in lexicon.HONORIFICS
        or lexicon.is_medicine(low)
    )


def generic(low: str) -> bool:
    """Kind-of-body, role and public words ('Council', 'Nurse', 'Welsh'): never the name part."""
    return low in GENERIC or lexicon.is_national_word(low)


_POSSESSIVE_END = regex.compile(r"(?:['’]s|['’])$")


def bare(word: str) -> str:
    """The word case-folded, without a possessive ending ("Okoye's" -> "okoye")."""
    if not word.endswith(("'", "’", "s")):
        return word.casefold()  # most words: no regex call (this runs for every word)
    return str(_POSSESSIVE_END.sub("", word)).casefold()


def sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(" \t*_\"'“‘([")
    return not before or before[-1] in ".!?:\n|#>-0123456789"
