"""Rules that find places the small model misses, or cannot tell from everyday words.

A UK place where the words around it say it is a place ("moved to Street", "March,
Cambridgeshire"), a capitalised place after "in", "at", "near", a named estate or site, a word
built like a Welsh or English place name, a UK town English hardly uses as a word, and a place
before a lower-case kind of local service ("Tenbury foodbank"). Places are judged by the place
gazetteer and by how place names are built, not by name lists, so they have their own module.
"""

from __future__ import annotations

from itertools import chain

import regex  # type: ignore[import-untyped]

from redact import gazetteer, lexicon
from redact.context_words import (
    GENERIC,
    MONTHS,
    PLACE_WORD,
    TITLED_CAP,
    WORD,
    bare,
    generic,
    not_a_name,
    sentence_start,
    stop_words,
)
from redact.name_recognizers import LOCATION, ORGANISATION_PLACE, WELSH_FUNCTION_WORDS
from redact.recognizers.street_address import ABBREVIATED_TYPES, STRONG_TYPES, WEAK_TYPES

# Where a family lived or went: the capitalised UK place after these words is a place even when
# it is also an everyday word ("moved to Street"). A month needs stronger words (below).
_PLACE_VERB = regex.compile(
    # (every verb starts with one of these letters: other positions are skipped at once)
    r"(?<![\p{L}])(?=[lmrgbsfhcteLMRGBSFHCTE])(?:(?i:lived|lives|living|moved|moving|relocated|grew\s+up|born|raised|settled|"
    r"resident|residing|stayed|staying|returned|fled|rehoused|re-housed|housed)\s+"
    r"(?P<prep>(?i:in|to|at|near|from|back\s+to|back\s+in))"
    # ... or where someone came from, by way of where they came to: "came to London from May
    # Pen as a teenager", "her family's people came from around Tuam"
    r"|(?i:came|come|comes|coming|travelled|emigrated)"
    rf"(?:\s+(?i:to|over\s+to)\s+(?:the\s+)?(?:{TITLED_CAP})(?:\s+(?:{TITLED_CAP}))?)?"
    r"\s+(?P<prep>(?i:from(?:\s+around|\s+near)?)))\s+"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)(?![\p{{L}}])"
)
# A family's event at a place: "married in Tuam", "a family wedding in Utena", "buried near X".
_EVENT_PLACE = regex.compile(
    r"(?<![\p{L}])(?i:married|wed|wedding|buried|baptised|baptized|christened|funeral)\s+"
    r"(?P<prep>(?i:in|at|near))\s+"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)(?![\p{{L}}])"
)
# After a place verb, these say where, never when: "moved to March in 2014".
_PLACE_NOT_TIME = regex.compile(r"(?i:to|near|back\s+to)")
# Words that can only mean a place: "March, Cambridgeshire", "Ripley town centre", "the town
# of Diss", "Street, a small town".
_PLACE_STRONG = regex.compile(
    # every branch starts with a capital or with one of these letters ('the', 'miles', 'km',
    # 'just', 'a village', 'near', 'outside'): other positions are skipped at once
    r"(?=[\p{Lu}tmkjanoifTMKJANOIF])"
    rf"(?:(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?),\s+(?:\p{{Lu}}\p{{Ll}}+shire|"
    r"(?:a|the)\s+(?:small\s+|large\s+|rural\s+|coastal\s+|seaside\s+|market\s+|former\s+)*"
    r"(?:town|village|hamlet|city))(?![\p{L}])"
    rf"|(?P<name>(?:{TITLED_CAP}))\s+(?:town\s+centre|town\s+center|high\s+street|village\s+hall)"
    rf"|(?<![\p{{L}}])(?i:the\s+(?:market\s+)?(?:town|village|city|hamlet)\s+of)\s+"
    rf"(?P<named>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)"
    rf"|(?<![\p{{L}}])(?i:the\s+(?:outskirts|edge)\s+of)\s+(?P<name>(?:{TITLED_CAP}))"
    rf"|(?<![\p{{L}}'’])(?P<name>(?:{TITLED_CAP})),\s+near\s+\p{{Lu}}"
    rf"|(?<![\p{{L}}])(?P<county>County (?:{TITLED_CAP}))(?![\p{{L}}])"
    # "grew up in Ho, in the Volta Region of Ghana", "from Most, in the north of the Czech
    # Republic": a town, then where it lies in a country (checked apart)
    r"|(?<![\p{L}])(?i:in|from|near)\s+(?P<abroad>\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?),\s+"
    # ... or in a named parish or district: "born in May Pen, in the parish of Clarendon"
    r"(?:in\s+the\s+(?P<province>parish|district|county|province|region|prefecture)\s+of\s+"
    r"\p{Lu}\p{Ll}+"
    # ... or in a part of its country: "born in Buzău, in south-eastern Romania"
    r"|in\s+(?:the\s+)?(?i:north|south|east|west|central)[\p{Ll}\-]*\s+"
    r"(?P<country>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?![\p{L}])"
    r"|(?i:in|near)\s+the\s+"
    r"(?:[\p{L}\-]+\s+){1,3}of\s+(?:the\s+)?(?P<country>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2})"
    # ... or in a named province: "in Vinh, in Nghệ An province"
    r"|in\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}\s+"
    r"(?P<province>province|region|state|oblast|governorate|prefecture)(?![\p{L}]))"
    # "two miles outside March", "just north of Ely", "wintering near March": a distance or a
    # direction from a place ('near' and 'outside' alone are never times).
    r"|(?<![\p{L}])(?:(?i:miles?|kilometres?|km|just|a\s+village|a\s+farm)\s+"
    r"(?i:outside|(?:north|south|east|west)\s+of|from)|(?i:near|outside))\s+"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?))"
)
# A direction from a town after a word of the land: "in the lake country north of Utena" (read
# from the direction, the rarer word; the land's word is checked before it).
_DIRECTION_FROM_TOWN = regex.compile(
    r"(?<![\p{L}])(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-(?:east|west))?[ \t]+of[ \t]+"
    rf"(?P<named>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)"
)
_LAND_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:country|village|villages|town|hills|farm|farmland|coast|district|area)"
    r"[ \t]+$"
)
# A named estate or site, where a family lived: "the Simonbank estate", "Carrow Vale site".
_NAMED_ESTATE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,2}})[ \t]+"
    # ... where someone worked: "on the Coneygre Fold industrial estate"
    r"(?:housing\s+|council\s+|caravan\s+|traveller\s+|industrial\s+|trading\s+|business\s+)?"
    r"(?:estate|site)(?![\p{L}])"
    # ... or a camp someone lived in on the way: "the Hitsats refugee camp"
    r"|(?<![\p{L}'’\-])(?P<name>(?:" + TITLED_CAP + r")(?: (?:" + TITLED_CAP + r")){0,2})[ \t]+"
    r"(?:refugee|displacement|transit|IDP)[ \t]+camp(?![\p{L}])"
)
# A place named in brackets after the kind of place it is: "the village (St Day)", "the estate
# (Penhallow)"; or between commas: "The village, Barnwell, was small enough".
_PLACE_AFTER_KIND = regex.compile(
    r"(?<![\p{L}])(?i:village|hamlet|town|estate|suburb|district|parish|farm)(?:[ \t]*\(|,[ \t]+)"
    rf"(?P<name>(?:St\.?|Saint)?[ \t]*(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,2}})(?:\)|(?=,))"
)
BRACKETED_PLACE_MAX_ZIPF = 3.5
# A place on whose edge someone lived: "in a trailer on the outskirts of Tuam, the fourth of
# eleven children".
_EDGE_OF_PLACE = regex.compile(
    r"(?<![\p{L}])(?i:outskirts|edge|suburbs)[ \t]+of[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)(?![\p{{L}}'’\-])"
)
# A town named as one, where someone was born or lived: "born in Spanish Town", "grew up in
# George Town" (its first word may be a nationality or an everyday word).
_NAMED_TOWN = regex.compile(
    r"(?<![\p{L}])(?i:born|grew[ \t]+up|raised|lived|lives|living|came|comes|moved|fled)"
    r"[ \t]+(?i:in|at|near|from|to)[ \t]+"
    r"(?P<name>\p{Lu}\p{Ll}+[ \t]+(?:Town|City|Bay|Harbour|Springs|Falls|Creek|Heights))"
    r"(?![\p{L}'’\-])"
)
_NOT_A_TOWN_NAME = frozenset(
    ["old", "new", "home", "market", "county", "university", "capital", "inner", "outer", "main"]
)
# A capitalised word after a locative preposition ("at the home she shared with her son in
# Brindlecombe"): a place when the gazetteer knows it and it is no everyday word, or when it is
# built like an English place name and is no English word at all (villages too small for the
# gazetteer). A line break may fall between the preposition and the place.
_LOCATIVE = regex.compile(
    r"(?<![\p{L}])(?i:in|at|near|from|to|outside|around|towards|into|via|above|below|beyond|"
    r"behind|beside|past)(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?P<name>{PLACE_WORD}(?:(?: (?:upon|on|in|under|by|le|cum))? {PLACE_WORD}){{0,2}})"
    r"(?![\p{L}\-])"
)
# What a UK postcode looks like (as UkPostcodeRecognizer's shape, simplified).
_STREET_WORDS = frozenset(STRONG_TYPES + WEAK_TYPES + ABBREVIATED_TYPES)
_POSTCODE_AHEAD = r"(?=[A-Z]{1,2}[0-9][0-9A-Z]?[ \u00a0]?[0-9][A-Z]{2}(?![A-Za-z0-9]))"
# The district of an address, between the street and the postcode: "27 Dorrington Walk,
# Rushey Mead, LE4 7RW".
_PLACE_BEFORE_POSTCODE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,2}}),[ \t]*"
    + _POSTCODE_AHEAD
)
# A word right before a postcode, with no comma ("Osier Parade, March PE15 8TW"): for a town
# named like a month (see `_month_town`).
_WORD_BEFORE_POSTCODE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP}))[ \t]+" + _POSTCODE_AHEAD
)
# A town after a street's line: "2 Fenmere Road, March · Tel 01632 960527".
_TOWN_AFTER_STREET = regex.compile(
    rf"(?<![\p{{L}}])(?:{'|'.join(sorted(STRONG_TYPES, key=len, reverse=True))}),[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP}))(?=[ \t]*(?:[·|,;]|$))",
    regex.MULTILINE,
)
# A house number and a street with no street word, before a district and a postcode: "5 Minster
# Moorgate, Cherry Burton, HU17 7RL".
_NUMBERED_BEFORE_POSTCODE = regex.compile(
    rf"(?<![\p{{L}}\d/.,-])(?P<name>[1-9][0-9]{{0,3}}[A-Za-z]?[ \t]+(?:{TITLED_CAP})"
    rf"(?:[ \t]+(?:{TITLED_CAP})){{0,2}}),[ \t]*\n?[ \t]*"
    rf"(?:(?:{TITLED_CAP})(?:[ \t]+(?:{TITLED_CAP})){{0,2}},[ \t]*\n?[ \t]*)?" + _POSTCODE_AHEAD
)
# A named area of a town: "in the Whitmore Reans area", "the Fenby district" (a line may wrap
# after "the").
_NAMED_AREA = regex.compile(
    rf"(?<![\p{{L}}])(?i:the)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,2}})"
    r"[ \t]+(?:area|district|neighbourhood|suburb|part\s+of\s+(?:the\s+)?(?:town|borough|city|"
    r"county|district))(?![\p{L}])"
)
# A record's field that holds a place: "Area: "Peterborough side"", "Town: Ripley".
_FIELD_PLACE = (
    # ... a record's capitals too: "BIRTHPLACE   : PAISLEY"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?|\p{{Lu}}{{3,}}(?: \p{{Lu}}{{3,}})?)"
    r"(?![\p{L}'’\-])"
)
_PLACE_FIELD = regex.compile(
    # (a form's item letter before the label: "(a) Date and place of birth:  14 August 1991,
    # Chavakachcheri, Sri Lanka")
    r"(?m:^[ \t>*\-|]*(?:[0-9]{1,2}[ \t]+|\([a-z0-9]{1,3}\)[ \t]+)?(?i:area|town|location|locality|"
    r"village|hamlet|parish|district|home\s+town|lives\s+in|place\s+of\s+residence|"
    r"(?:date\s+and\s+)?place\s+of\s+birth|birthplace)[ \t]*[:|][ \t]*[\"“']?"
    r"(?:(?:[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2,4}|[0-9]{1,2}[ \t]+\p{L}+[ \t]+[0-9]{4}),[ \t]*)?)"
    + _FIELD_PLACE
)
# ... and a custody record's place of birth, mid-line after a run of spaces too: "DOB:
# 03/07/1978   POB: PANEVEZYS" (its own pattern: read from its letters, it is quick).
_BIRTHPLACE_SHORT = regex.compile(
    r"(?:POB|P\.O\.B\.?)(?<=(?:^[ \t>*\-|]*|\S[ \t]{2,})(?:POB|P\.O\.B\.?))[ \t]*[:|][ \t]*"
    + _FIELD_PLACE,
    regex.MULTILINE,
)
FIELD_PLACE_MAX_ZIPF = 4.5  # as a place in an organisation's name: 'Peterborough' yes
LOCATIVE_PLACE_MAX_ZIPF = 4.0  # 'Ramsgill', 'Tenbury'; not 'Hope', 'Street' or 'March'
_ENGLISH_PLACE = regex.compile(
    r"^\p{Lu}\p{Ll}{2,}(?:stall|thorpe|thwaite|wick|worth|ley|leigh|field|bury|borough|ford|mouth|"
    r"caster|chester|cester|den|hurst|stead|stow|bridge|combe|holme|dale|cote|cott|by|ham|ton|"
    r"shaw|shawe|hythe|wich|minster|cliffe|cliff|head)$"
)
# The second word of many villages and districts ("Langley Mill", "Hatton Heath"): after a
# locative preposition, with a first word that is no everyday word, the two are a place.
PLACE_KIND_WORDS = frozenset(
    [
        "mill",
        "mills",
        "hill",
        "heath",
        "green",
        "end",
        "common",
        "cross",
        "bridge",
        "moor",
        "vale",
        "wood",
        "bank",
        "bay",
        "marsh",
        "fold",
        "gate",
        "park",
        "row",
        "top",
        "bottom",
        "brook",
        "field",
        "fields",
        "oak",
        "oaks",
        "wells",
    ]
)
# The first word of many villages ("Little Downham", "Upper Slaughter", "Chipping Warden").
_PLACE_PREFIXES_TEXT = """
    little great upper lower nether old new long much high kings king's market castle church
    chipping steeple bishops bishop's temple east west north south
"""
PLACE_PREFIXES = frozenset(_PLACE_PREFIXES_TEXT.split())
# 'Langley' (3.4), 'Burnt' (4.0); not 'Central', 'Business', 'Tower'
PLACE_KIND_FIRST_MAX_ZIPF = 4.3
ENGLISH_PLACE_MAX_ZIPF = 2.5  # 'Wythenshawe' (2.0); not 'Hampton' or 'Ashford' as words
# A place that names a local service, before a lower-case kind of service ("the Ambridge carers'
# support group", "Tenbury foodbank").
_PLACE_BEFORE_SERVICE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{PLACE_WORD})(?:[ \t]+|[ \t]*\n[ \t]*)(?:carers['’]?|carer['’]s|support|foodbank|"
    r"food\s+bank|jobcentre|job\s+centre|housing|refuge|hostel|hospital|surgery|clinic|council|"
    r"police|library|branch|office|team|service|services|group|project|centre|women['’]s|"
    r"community|drop-in|recovery|outreach|practice|depot|plant|site|warehouse|campus|factory|"
    r"yard|works|village|hub|neighbourhood|station|patch|locality|beat)(?![\p{L}_:])"
)
SERVICE_PLACE_MAX_ZIPF = 3.0
# Welsh place names are built from a few elements ('Llan-' church, 'Aber-' river mouth, 'Cwm-'
# valley, '-isaf' lower ...); many villages are too small for the gazetteer. A word so built that
# is no English word, given name or surname is a place.
# The elements Welsh place names are built from (a hill, a valley, a stream, a church...).
WELSH_PLACE_ELEMENTS = (
    "Llan|Aber|Cwm|Pont|Bryn|Nant|Caer|Cefn|Blaen|Glan|Rhyd|Maes|Ystrad|Coed|Betws|Bettws|Llwyn|"
    "Mynydd|Pwll|Porth|Gwaun|Waun|Hafod|Pen|Penrhyn|Tre|Tref|Dol|Pant|Bron|Moel|Tal|Tyn|Plas|"
    "Bwlch|Castell|Craig|Carreg|Gelli|Llys|Ynys|Cae|Bro|Dyffryn|Llyn|Afon|Fferm|Cil|Rhos|Sarn|Rhiw"
)
_WELSH_PLACE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?:(?:{WELSH_PLACE_ELEMENTS})(?:\p{{Ll}}{{3,}}"
    r"(?:-\p{L}+)*|-(?:y|yr|ar|'r)-(?P<after>\p{L}{3,})(?:-\p{L}+)*)"
    r"|\p{Lu}\p{Ll}{2,}(?:-\p{Ll}+)*-(?:fach|fawr|isaf|uchaf|wen|goch|ddu))"
    r"(?![\p{L}'’\-])"
)
WELSH_PLACE_MAX_ZIPF = 1.5
# A Welsh place element as a word of its own before a word English does not know ('Mynydd
# Bychan', 'Cwm Gwyrdd', with the article: 'Coed y Garreg'); 'Bryn Jones' is no place (a surname
# follows).
_WELSH_TWO_WORD_PLACE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?:{WELSH_PLACE_ELEMENTS})[ \t]+(?:(?:y|yr)[ \t]+)?"  # 'Coed y Garreg'
    r"(?P<second>\p{Lu}\p{Ll}{2,})(?![\p{L}'’\-])"
)
WELSH_SECOND_WORD_MAX_ZIPF = 2.0
WELSH_ARTICLE_MAX_ZIPF = 3.0


def places_in_context(text: str) -> list[tuple[str, int, int, str]]:
    """A UK place that is also an everyday word, where the words around it say it is a place."""
    found: list[tuple[str, int, int, str]] = []
    for pattern in (_PLACE_VERB, _EVENT_PLACE, _PLACE_STRONG):
        for match in pattern.finditer(text):
            for start, end in match.spans("name"):
                name = text[start:end]
                words = name.split()
                # "moved to Reading Borough": the place may be the first word only.
                while words and not lexicon.is_uk_place(" ".join(words)):
                    words.pop()
                if not words:
                    if pattern is not _PLACE_STRONG and _no_word_of_english(name):
                        # "grew up in Easterhouse": a place too small for the gazetteer
                        found.append((LOCATION, start, end, "a place someone lived in"))
                    elif pattern is _PLACE_VERB and _country_after(text, end, name):
                        # "born in May Pen, Jamaica": a town, then its country
                        found.append((LOCATION, start, end, "a town someone lived in, abroad"))
                    continue
                place = " ".join(words)
                after = text[start + len(place) : start + len(place) + 6]
                if regex.match(r"\s*\d", after):
                    continue  # "lived in March 2019": a date, not a place
                if (
                    pattern is not _PLACE_STRONG
                    and bare(words[0]) in MONTHS
                    and not _PLACE_NOT_TIME.fullmatch(match.group("prep"))
                ):
                    continue  # "moved in May": a time; "moved to March in 2014": a place
                if pattern is _EVENT_PLACE and lexicon.word_zipf(place.casefold()) >= (
                    LOCATIVE_PLACE_MAX_ZIPF
                ):
                    continue  # "married in Church": the building, however a town is named
                found.append((LOCATION, start, start + len(place), "a place by its context"))
            if pattern is _PLACE_STRONG:
                # "the village of Farmers": named so, a place whether or not the gazetteer knows it
                for start, end in match.spans("named"):
                    words = [bare(w) for w in WORD.findall(text[start:end])]
                    # a capitalised stop word named so is the place: "the village of Back"
                    if words and not any(
                        generic(w) or (not_a_name(w) and w not in stop_words()) for w in words
                    ):
                        found.append((LOCATION, start, end, "a place named as a town or village"))
                for start, end in match.spans("abroad"):
                    country = match.group("country") or ""
                    if (match.group("province") or _names_country(country)) and not (
                        _country_or_nation(bare(text[start:end]))
                    ):
                        # (a language's name may be a town's too: 'Konongo')
                        found.append((LOCATION, start, end, "a town and where in its country"))
                for start, end in match.spans("county"):
                    if not generic(bare(text[start:end].split(" ")[1])):
                        found.append((LOCATION, start, end, "a county named 'County X'"))
    for match in _DIRECTION_FROM_TOWN.finditer(text):
        start, end = match.span("named")
        words = [bare(w) for w in WORD.findall(text[start:end])]
        if (
            _LAND_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
            and words
            and not any(not_a_name(w) for w in words)
            # 'a town north-east of Warsaw': a city this large locates no one
            and text[start:end].casefold() not in gazetteer.load().world_cities
        ):
            found.append((LOCATION, start, end, "a direction from a town"))
    return found


# A country's name of one or two words, checked apart (`_names_country`).
_COUNTRY_WORDS = r"(?P<country>\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?)"
# A town, then its country, after a word of where from or where: "came to the West Midlands
# from May Pen, Jamaica", "born in May Pen, in Clarendon, Jamaica" (a region between).
_TOWN_THEN_COUNTRY = regex.compile(
    # ... or where someone moved: "our family moved down to May Pen, Jamaica"
    r"(?<![\p{L}])(?i:from|in|near|outside|(?<=(?:moved|went|returned|emigrated|relocated|fled|"
    r"back|down|up|out|over)[ \t]+)to)[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)"
    rf",[ \t]+(?:in[ \t]+(?:the[ \t]+)?(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?,[ \t]+"
    # ... or where in the country: "grew up in Vinh, on the north-central coast of Vietnam"
    r"|(?:on|in)[ \t]+the[ \t]+(?:[\p{L}\-]+[ \t]+){0,2}(?i:coast|north|south|east|west|"
    r"centre|center|mountains|hills|outskirts|edge|border|delta)[ \t]+of[ \t]+)?"
    rf"{_COUNTRY_WORDS}(?![\p{{L}}])"
)
_COUNTRY_AFTER = regex.compile(rf",[ \t]+{_COUNTRY_WORDS}")


def _names_country(words: str) -> bool:
    """A country ('Jamaica', also a given name), or a nationality's or language's word that
    starts a country's name ('Czech Republic')."""
    return (
        words.casefold() in lexicon.country_names()
        or lexicon.is_national_word(words)
        or lexicon.is_national_word(words.split()[0])
    )


def _country_after(text: str, end: int, name: str) -> bool:
    """A country's name straight after the place, set off by a comma; the place a town abroad
    (`_town_abroad`)."""
    after = _COUNTRY_AFTER.match(text, end)
    if after is None or not _names_country(after.group("country")):
        return False
    return _town_abroad(name)


def _town_abroad(name: str) -> bool:
    """A town abroad, named before its country: no country, nation or public word, no UK place,
    and no city of half a million or more ('born in Lagos, Nigeria': a place of origin that
    locates no one, left to the city-abroad warning whatever else the name is)."""
    return (
        _could_be_town(name)
        and not lexicon.is_uk_place(name)
        and name.casefold() not in gazetteer.load().world_cities
    )


def _could_be_town(name: str) -> bool:
    """No month alone ('born in May, Poland was'), and no country, nation or public word."""
    words = [bare(w) for w in WORD.findall(name)]
    return not all(w in MONTHS for w in words) and not any(
        _country_or_nation(w) or not_a_name(w) and w not in MONTHS for w in words
    )


def towns_before_countries(text: str) -> list[tuple[str, int, int, str]]:
    """A town abroad named with its country after where someone came from or was born (see
    _TOWN_THEN_COUNTRY); never a UK place, nor a city of half a million or more ('from Karachi,
    Pakistan': a place of origin that locates no one)."""
    found: list[tuple[str, int, int, str]] = []
    for match in _TOWN_THEN_COUNTRY.finditer(text):
        if _names_country(match.group("country")) and _town_abroad(match.group("name")):
            found.append((LOCATION, *match.span("name"), "a town abroad before its country"))
    return found


_UK_NATIONS = frozenset(["england", "wales", "scotland", "britain", "ireland"])


def _country_or_nation(low: str) -> bool:
    return low in GENERIC or low in _UK_NATIONS or low in lexicon.country_names()


# A word this rare is no English word ('Easterhouse' 1.6, 'Tuam' 2.4; 'Harbour' 3.9).
LIVED_PLACE_MAX_ZIPF = 2.5


def _no_word_of_english(name: str) -> bool:
    """Every word rare in English and none a nationality, a country, a city abroad (which
    only warns) or a public word: a place's name where someone lived, not 'Poland' or 'Hull'.
    One of ISO's small languages that English does not know is no nationality here: 'born in
    Konongo' is the town."""
    words = [bare(w) for w in WORD.findall(name)]
    return (
        bool(words)
        and all(
            lexicon.word_zipf(w) < LIVED_PLACE_MAX_ZIPF
            and not not_a_name(w, national=lexicon.word_zipf(w) >= lexicon.UNKNOWN_WORD_ZIPF)
            for w in words
        )
        and not lexicon.is_city_abroad(name.casefold())
        and name.casefold() not in lexicon.country_names()
    )


def welsh_places(text: str) -> list[tuple[str, int, int, str]]:
    """A word built like a Welsh place name that is no English word or person's name."""
    found: list[tuple[str, int, int, str]] = []
    for match in _WELSH_PLACE.finditer(text):
        word = match.group(0)
        low = word.casefold()
        parts = low.split("-")
        after = match.group("after")
        if after:
            # 'Pen-y-Ffridd', 'Cwm-yr-Eglwys': the element, an article and a word that is no
            # common English word; no English word is so built.
            if lexicon.word_zipf(after) < WELSH_ARTICLE_MAX_ZIPF and not generic(after.casefold()):
                found.append(
                    (LOCATION, match.start(), match.end(), "built like a Welsh place name")
                )
            continue
        if (
            lexicon.word_zipf(low) < WELSH_PLACE_MAX_ZIPF
            and lexicon.word_zipf(parts[0]) < WELSH_PLACE_MAX_ZIPF
            and not lexicon.is_given_name(parts[0])
            and not lexicon.is_surname(parts[0])
            and not generic(parts[0])
        ):
            found.append((LOCATION, match.start(), match.end(), "built like a Welsh place name"))
    return found


# A Welsh place after 'in', in its nasal mutation ("yng Nghwmtyllwyd" is Cwmtyllwyd, "ym
# Mhenrhos" Penrhos, "ym Mangor" Bangor): `lexicon.welsh_radicals` gives the place's own letters.
_NASAL_MUTATED = regex.compile(
    r"(?<![\p{L}'’])(?i:yng|ym|yn)[ \t]+(?P<name>(?:Ngh|Nh|Mh|Ng|M|N)\p{Ll}{4,}(?:-\p{L}+)*)"
    r"(?![\p{L}'’\-])"
)


def mutated_welsh_places(text: str) -> list[tuple[str, int, int, str]]:
    """A Welsh place name in its nasal mutation after 'yng', 'ym' or 'yn' (see the pattern)."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NASAL_MUTATED.finditer(text):
        radicals = lexicon.welsh_radicals(match.group("name"))
        if any(radical.casefold() in WELSH_FUNCTION_WORDS for radical in radicals):
            continue  # 'ym Mhentref A': 'in Village A', a placeholder
        if any(
            end - start == len(radical)
            for radical in radicals
            for _, start, end, _ in welsh_places(radical)
        ):
            found.append((LOCATION, *match.span("name"), "a Welsh place name, mutated after 'in'"))
    return found


def welsh_two_word_places(text: str) -> list[tuple[str, int, int, str]]:
    """A Welsh place element, then a word that is no English word or name (see the pattern)."""
    found: list[tuple[str, int, int, str]] = []
    for match in _WELSH_TWO_WORD_PLACE.finditer(text):
        second = match.group("second").casefold()
        if (
            lexicon.word_zipf(second) < WELSH_SECOND_WORD_MAX_ZIPF
            and not lexicon.is_given_name(second)
            and not lexicon.is_surname(second)
            and not not_a_name(second)
        ):
            found.append((LOCATION, *match.span(), "a Welsh place element and its name"))
    return found


_TITLED_WORD = regex.compile(rf"(?<![\p{{L}}'’\-])(?:{TITLED_CAP})(?![\p{{L}}'’\-])")
RARE_PLACE_MAX_ZIPF = 2.5  # 'Kidderminster' (2.4) anywhere; 'Tavistock' (2.6) needs a context


def rare_places(text: str) -> list[tuple[str, int, int, str]]:
    """A UK town English hardly uses as a word, wherever it stands ('Section 5 -
    Kidderminster:'), unless it is also a given name or a surname."""
    found: list[tuple[str, int, int, str]] = []
    for match in _TITLED_WORD.finditer(text):
        word = match.group(0)
        low = bare(word)
        if (
            lexicon.word_zipf(low) < RARE_PLACE_MAX_ZIPF
            and not lexicon.is_given_name(low)
            and not lexicon.is_surname(low)
            and not not_a_name(low)
        ):
            end = match.end() - (2 if word.endswith(("'s", "’s")) else 0)
            if lexicon.is_uk_place(low):
                found.append((LOCATION, match.start(), end, "a UK town that is no English word"))
            elif _mutated_place(word):
                found.append((LOCATION, match.start(), end, "a Welsh mutation of a UK town"))
    return found


def _mutated_place(word: str) -> bool:
    """'ym Mhontarddulais', 'i Fangor': a word English does not know whose unmutated form is a
    UK town that is no everyday word."""
    return lexicon.word_zipf(word.casefold()) < WELSH_PLACE_MAX_ZIPF and any(
        lexicon.is_uk_place(radical) and lexicon.word_zipf(radical.casefold()) < PLACE_WORD_MAX_ZIPF
        for radical in lexicon.welsh_radicals(word)
    )


PLACE_WORD_MAX_ZIPF = 4.0  # as after 'in' or 'at': 'Bangor' yes; 'Bridge' or 'Mold' no


def _month_town(words: list[str]) -> bool:
    """A month's name that is also a UK town ('March'): one in an address is the town."""
    return len(words) == 1 and words[0] in MONTHS and lexicon.is_uk_place(words[0])


# A link's address: a news story's or a page's path often names the town ("/ammanford-man-
# jailed-for-murder"). The host is the site's, not a place.
_LINK_PATH = regex.compile(r"https?://[^\s/)\]>\"']+(?P<path>/[^\s)\]>\"']*)")
_PATH_WORD = regex.compile(r"(?<![a-z])[a-z]{4,}(?![a-z])")
PATH_PLACE_MAX_ZIPF = 3.0  # 'wallsend', 'ammanford'; not 'march' or 'reading'


def places_in_links(text: str) -> list[tuple[str, int, int, str]]:
    """A UK town or village in a link's path, in lower case, that is no common word."""
    found: list[tuple[str, int, int, str]] = []
    for link in _LINK_PATH.finditer(text):
        for word in _PATH_WORD.finditer(text, *link.span("path")):
            low = word.group(0)
            if lexicon.is_uk_place(low) and lexicon.word_zipf(low) < PATH_PLACE_MAX_ZIPF:
                found.append((LOCATION, *word.span(), "a UK place in a link's path"))
    return found


def places_of_addresses(text: str) -> list[tuple[str, int, int, str]]:
    """The district before an address's postcode, a named area of a town, and a record's
    place field (see the patterns above), and a place in a link's path."""
    found: list[tuple[str, int, int, str]] = places_in_links(text)
    for pattern in (_PLACE_BEFORE_POSTCODE, _NAMED_AREA):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            words = [bare(w) for w in WORD.findall(text[start:end])]
            # 'Heath Town', 'Whitmore Reans'; not 'Town Centre' or 'North West'
            if words and not not_a_name(words[0]) and not all(not_a_name(w) for w in words):
                found.append((LOCATION, start, end, "a district of a town"))
            elif pattern is _PLACE_BEFORE_POSTCODE and _month_town(words):
                found.append((LOCATION, start, end, "a town named like a month, before a postcode"))
    for match in [*_TOWN_AFTER_STREET.finditer(text), *_WORD_BEFORE_POSTCODE.finditer(text)]:
        if _month_town([bare(match.group("name"))]):
            found.append(
                (LOCATION, *match.span("name"), "a town named like a month, in an address")
            )
    for match in _NUMBERED_BEFORE_POSTCODE.finditer(text):
        if match.group("name").split()[-1] in _STREET_WORDS:
            continue  # "14 Quarrel Walk": the street address recognizer's own
        found.append((LOCATION, *match.span("name"), "a house number and street before a postcode"))
    for match in chain(_PLACE_FIELD.finditer(text), _BIRTHPLACE_SHORT.finditer(text)):
        start, end = match.span("name")
        words = [bare(w) for w in WORD.findall(text[start:end])]
        if (
            words
            and not any(not_a_name(w) for w in words)
            and (
                lexicon.is_uk_place(" ".join(words))
                or lexicon.is_uk_place(words[0])
                or min(lexicon.word_zipf(w) for w in words) < ENGLISH_PLACE_MAX_ZIPF
            )
            and lexicon.word_zipf(words[0]) < FIELD_PLACE_MAX_ZIPF
        ):
            found.append((LOCATION, start, end, "a place in a record's place field"))
    return found


def named_estates(text: str) -> list[tuple[str, int, int, str]]:
    """A named housing estate or site ('the Simonbank estate'): the words before 'estate'; a
    place in brackets or between commas after its kind ('the village (St Day)', 'The village,
    Barnwell,'); a town named as one where someone lived ('born in Spanish Town')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NAMED_ESTATE.finditer(text):
        start, end = match.span("name")
        words = [bare(w) for w in WORD.findall(text[start:end])]
        if sentence_start(text, start) and len(words) == 1 and lexicon.is_common_word(words[0]):
            continue  # "Estate agents ..." / "Site visits ..." at a sentence start
        if any(not_a_name(w) for w in words):
            continue  # 'the Traveller site', 'the Council estate'
        found.append((LOCATION, start, end, "a named estate or site"))
    for match in _PLACE_AFTER_KIND.finditer(text):
        name = match.group("name").strip()
        words = [bare(w) for w in WORD.findall(name)]
        if (
            name.startswith(("St ", "St. ", "Saint "))
            or lexicon.is_uk_place(name)
            or any(
                lexicon.word_zipf(w) < BRACKETED_PLACE_MAX_ZIPF and not not_a_name(w) for w in words
            )
        ):
            found.append((LOCATION, *match.span("name"), "a place named after its kind"))
    for match in _EDGE_OF_PLACE.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(not_a_name(w) or lexicon.is_national_word(w) for w in words):
            found.append((LOCATION, *match.span("name"), "a place on whose edge someone lived"))
    for match in _NAMED_TOWN.finditer(text):
        first = bare(match.group("name").split()[0])
        if first not in _NOT_A_TOWN_NAME and first not in stop_words():
            found.append(
                (LOCATION, *match.span("name"), "a town named as one, where someone lived")
            )
    return found


# Where someone lived or worked, just before 'in' or 'at' a place ("a nursing home in Wing").
_DWELLING_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:home|house|flat|bungalow|cottage|farm|caravan|salon|pub|shop|caf[eé]|"
    r"takeaway|restaurant|surgery|school|church|chapel|mosque|temple|gurdwara|hostel|factory|"
    r"warehouse|garage|gym|club|newsagent['’]?s?|lives|lived|living)[ \t\n]+$"
)


def locative_places(text: str) -> list[tuple[str, int, int, str]]:
    """A capitalised place after 'in', 'at', 'near', 'from' ...; see `_LOCATIVE`."""
    found: list[tuple[str, int, int, str]] = []
    for match in _LOCATIVE.finditer(text):
        start, end = match.span("name")
        words = text[start:end].split(" ")
        # "in Brindlecombe Road": the place may be the first words only.
        while words and not lexicon.is_uk_place(" ".join(words)):
            words.pop()
        if words:
            place = " ".join(words)
            low = place.casefold()
            if len(words) > 1 or (
                not not_a_name(low)
                and (
                    lexicon.word_zipf(low) < LOCATIVE_PLACE_MAX_ZIPF
                    # "a nursing home in Wing", "her flat in Hope": a place, however common a word
                    or (
                        _DWELLING_BEFORE.search(text, max(0, match.start() - 40), match.start())
                        and low not in MONTHS
                        and low not in lexicon.SEASONS
                        and not lexicon.is_national_word(low)
                    )
                )
            ):
                found.append((LOCATION, start, start + len(place), "a place after 'in', 'at'"))
            continue
        words = text[start:end].split(" ")
        if (
            len(words) >= 2
            and words[0].casefold() in PLACE_PREFIXES
            and (
                (
                    lexicon.is_uk_place(words[1])
                    and lexicon.word_zipf(words[1].casefold()) < PLACE_KIND_FIRST_MAX_ZIPF
                )
                or lexicon.word_zipf(words[1].casefold()) < ENGLISH_PLACE_MAX_ZIPF
            )
            and not not_a_name(words[1].casefold())
        ):
            end = start + len(words[0]) + 1 + len(words[1])
            found.append((LOCATION, start, end, "a village named 'Little X', 'Upper X'"))
            continue
        if (
            len(words) >= 2
            and words[1].casefold() in PLACE_KIND_WORDS
            and lexicon.word_zipf(words[0].casefold()) < PLACE_KIND_FIRST_MAX_ZIPF
            and not not_a_name(words[0].casefold())
        ):
            end = start + len(words[0]) + 1 + len(words[1])
            found.append((LOCATION, start, end, "a place named like a village or district"))
            continue
        word = words[0]
        low = word.casefold()
        if (
            _ENGLISH_PLACE.match(word)
            and lexicon.word_zipf(low) < ENGLISH_PLACE_MAX_ZIPF
            and not not_a_name(low)
        ):
            found.append((LOCATION, start, start + len(word), "built like an English place name"))
        elif _unknown_place(text, start, words):
            # "a hill farm above Pumsaint", "at home in Dasht-e Barchi": words English does not
            # know, after a place word
            end = start + len(" ".join(words))
            found.append((LOCATION, start, end, "unknown words after 'in', 'at'"))
    return found


UNKNOWN_PLACE_MIN_LENGTH = 5
MULTIWORD_UNKNOWN_PLACE_MAX_ZIPF = 2.0


def _unknown_place(text: str, start: int, words: list[str]) -> bool:
    """Whether the words after a locative preposition are all unknown to English and to the
    name lists (no possessive, no gloss after them)."""
    end = start + len(" ".join(words))
    lowered = [part.casefold() for word in words for part in word.split("-") if part]
    # one word English does not know at all ('Pumsaint'); or two or three hardly known
    # ('Dasht-e Barchi')
    limit = lexicon.UNKNOWN_WORD_ZIPF if len(words) == 1 else MULTIWORD_UNKNOWN_PLACE_MAX_ZIPF
    return (
        len(" ".join(words)) >= UNKNOWN_PLACE_MIN_LENGTH
        and not text.startswith(("'", "’"), end)  # "at Kasia's"
        and not _GLOSS_AFTER.match(text, end)  # "at [Cofio / Remembering]"
        and all(
            lexicon.word_zipf(low) < limit
            and not lexicon.is_given_name(low)
            and not lexicon.is_surname(low)
            and not not_a_name(low)
            for low in lowered
            if len(low) > 1  # the 'e' of 'Dasht-e'
        )
    )


_GLOSS_AFTER = regex.compile(r"[ \t]*/[ \t]*\p{Lu}")


def service_places(text: str) -> list[tuple[str, int, int, str]]:
    """A rarer UK place before a lower-case kind of service ('the Ambridge carers' group')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _PLACE_BEFORE_SERVICE.finditer(text):
        start, end = match.span("name")
        low = match.group("name").casefold()
        known = lexicon.is_uk_place(low) and lexicon.word_zipf(low) < SERVICE_PLACE_MAX_ZIPF
        # 'the Shawley depot': a word built like an English place that English does not know.
        shaped = (
            _ENGLISH_PLACE.match(match.group("name")) is not None
            and lexicon.word_zipf(low) < ENGLISH_PLACE_MAX_ZIPF
        )
        if (known or shaped) and not not_a_name(low):
            found.append((ORGANISATION_PLACE, start, end, "a place naming a local service"))
    return found
