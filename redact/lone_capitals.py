"""A name-list word capitalised alone in mid-sentence: "she grew up in Walker and", "two of her
sisters, including Mercy, at the café", "the farm above Dent".

English capitalises a word in mid-sentence for a proper noun. When such a word stands alone (no
capitalised word either side, no determiner before it) and is a given name, a surname or a UK
place of the gazetteer, or no English word at all, it names someone or somewhere. Names that are
everyday words ("Mercy", "Stone", "Walker") are otherwise found only by the words around them;
this rule needs none, so it also finds them where no other rule's words stand.

What it leaves: sentence and line starts, quoted speech, table cells, list items and headings
(the analysis view blanks their syntax to spaces), labels before a colon, Welsh lines; months,
weekdays, festivals, kin, role and kind-of-body words, nationalities, countries, continents,
languages, large cities abroad, counties and nations, platforms, and very common words ("Key",
"Place"). What the site allows (declared pseudonyms, the area, agencies) is decided later by the
gate, as for every rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact import gazetteer, lexicon
from redact.context_words import MONTHS, WEEKDAYS, not_a_name, stop_words
from redact.name_recognizers import LOCATION, PERSON, is_welsh_line
from redact.recognizers._informal import line_bounds
from redact.recognizers.social_media import PLATFORMS

# An everyday word this common is a word even when a name list holds it ('Key', 'Place', 'Will').
LONE_CAPITAL_MAX_ZIPF = 5.0
# No English word at all ('Prydderch', 'Chrystalla'): a name whatever the name lists say.
UNKNOWN_WORD_ZIPF = 1.0

_CAPITALISED = re.compile(r"(?<![\w'’\-@/.#])(?P<word>[A-Z][a-z]{2,})(?:['’]s)?(?![\w@\-'’])")
_WORD_BEFORE = re.compile(r"([\w'’]+)[^\w\n]*$")
# The next word, on this line or the next (a wrapped paragraph).
_WORD_AFTER = re.compile(r"[^\w\n]*\n?[^\w\n]*([\w'’]+)")
_DETERMINERS_TEXT = """
    the a an this that these those his her their our your my its every each no any some which
    what whose
"""
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())
_SKIPPED_BEFORE = " \t*_(["  # emphasis and brackets do not end a sentence
_SENTENCE_ENDS = ".!?:;|#>\u2014\u2013-\"'“‘"  # nor start a name in mid-sentence after them
_CONTINENTS_TEXT = "africa asia europe america americas antarctica oceania australasia"
_CONTINENTS = frozenset(_CONTINENTS_TEXT.split())
_WIDE_AREA_TYPES = frozenset({"Two-tier county", "Country", "Province"})
_PLATFORM_OWNERS = frozenset({"meta"})
_TIME_WORDS = MONTHS | WEEKDAYS
# A rarer word no dictionary holds, after a word of where ('rang every Sunday from Tuam'): a
# place the gazetteer (UK places, large cities abroad) does not know.
_WHERE_WORDS = frozenset(["from", "near", "outside", "in", "to", "at"])
# ... of a word that is also a small language's name, only these ('translated in Konongo' is
# the language)
_FROM_WORDS = frozenset(["from", "near", "outside"])
WHERE_NAME_MAX_ZIPF = 3.0


def lone_capitals(text: str) -> list[tuple[str, int, int, str]]:
    """(entity, start, end, why) for each lone capitalised name-list word; see the docstring."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CAPITALISED.finditer(text):
        word = match.group("word")
        start, end = match.start(), match.start() + len(word)
        if not _in_mid_sentence(text, start) or _labels_something(text, end):
            continue
        low = word.casefold()
        public = _public_word(word, low)
        if public and low not in _minor_language_names():
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if public or not _name_list_word(low):
            # 'my pictures from Konongo': a town that is also the name of a small language, only
            # after 'from', 'near' or 'outside'
            where = _FROM_WORDS if public else _WHERE_WORDS
            if _unknown_after_where(text, start, end, low, before, where):
                found.append((LOCATION, start, end, "a word no dictionary holds, after 'from'"))
            continue
        if before is not None and (
            (before.group(1)[:1].isupper() and before.group(1).casefold() not in _TIME_WORDS)
            or before.group(1).casefold() in _DETERMINERS
        ):
            continue  # 'Harvest Lane', 'the Branch': part of a longer name or a thing (a month
            # or a day before a name is neither: 'In August Sharelle found her')
        after = _WORD_AFTER.match(text, end, min(len(text), end + 40))
        if after is not None and (after.group(1)[:1].isupper() or after.group(1)[:1].isdigit()):
            continue  # 'Vauxhall Astra', 'Section 47', 'Town A'
        line_start, line_end = line_bounds(text, start, end)
        if is_welsh_line(text[line_start:line_end]):
            continue  # Welsh capitalises after its own rules; its names have their own rule
        person = lexicon.is_given_name(low) or lexicon.is_surname(low)
        entity = LOCATION if lexicon.is_uk_place(low) and not person else PERSON
        found.append((entity, start, end, "a name-list word capitalised alone in mid-sentence"))
    return found


def _unknown_after_where(
    text: str,
    start: int,
    end: int,
    low: str,
    before: re.Match[str] | None,
    where: frozenset[str],
) -> bool:
    """See `_WHERE_WORDS`: right after one of `where`, and the sentence's end or a stop word
    after it (a capitalised word or a noun after it makes it part of a name or a kind of
    thing)."""
    if before is None or before.group(1).casefold() not in where:
        return False
    if text[before.end(1) : start] not in (" ", "\n"):
        return False
    if lexicon.word_zipf(low) >= WHERE_NAME_MAX_ZIPF or lexicon.is_dictionary_word(low):
        return False
    after = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    if (
        text[end : end + 1] == " "
        and after is not None
        and after.group(1).casefold() not in stop_words()
    ):
        return False  # 'from Tuam Road', 'in Carnatic music': part of a name, or a kind of thing
    line_start, line_end = line_bounds(text, start, end)
    return not is_welsh_line(text[line_start:line_end]) and not lexicon.is_medicine(low)


def _in_mid_sentence(text: str, start: int) -> bool:
    """Neither a sentence's nor a line's start, nor a quotation's, nor a cell's: the analysis
    view blanks Markdown syntax to spaces, so a gap of two or more spaces is a boundary. A word
    that opens a line continues the sentence only when the line before ends in a lower-case
    letter or a comma with nothing after it (a wrapped paragraph)."""
    i = start - 1
    while i >= 0 and text[i] in _SKIPPED_BEFORE:
        i -= 1
    if i < 0:
        return False
    if text[i] == "\n":
        previous = text[text.rfind("\n", 0, i) + 1 : i]
        if not previous.strip() or previous[-1] in " \t":
            return False  # a blank line, or a table row whose last bar was blanked
        if previous.lstrip().startswith(("```", "~~~")):
            return False
        return previous[-1].islower() or previous[-1] == ","
    gap = text[i + 1 : start]
    if gap.count(" ") + gap.count("\t") >= 2:
        return False
    return not (text[i] in _SENTENCE_ENDS or text[i].isdigit())


def _labels_something(text: str, end: int) -> bool:
    """'Cousin: come round', 'Branch: counter': a label or a speaker, which other rules read."""
    return text[end : end + 1] == ":"


def _name_list_word(low: str) -> bool:
    zipf = lexicon.word_zipf(low)
    if zipf >= LONE_CAPITAL_MAX_ZIPF:
        return False
    return (
        zipf < UNKNOWN_WORD_ZIPF
        or lexicon.is_given_name(low)
        or lexicon.is_surname(low)
        or lexicon.is_uk_place(low)
    )


def _public_word(word: str, low: str) -> bool:
    """Words that name no one and nowhere a family could be found: see the module docstring."""
    return (
        not_a_name(low)  # nationalities, languages and festivals too (context_words.generic)
        or low in WEEKDAYS
        or low in lexicon.KIN_WORDS
        or lexicon.is_national_brand(word)
        or low in lexicon.country_names()
        or low in _CONTINENTS
        or low in _wide_areas()
        or low in _cities_abroad()
        or low in PLATFORMS
        or low in _PLATFORM_OWNERS
        or (
            low in _language_words() and not (lexicon.is_given_name(low) or lexicon.is_surname(low))
        )
        or (low.endswith("ese") and lexicon.word_zipf(low) < UNKNOWN_WORD_ZIPF)  # 'Fuzhounese'
    )


def load_word_lists() -> None:
    """Build the word lists this rule reads (see gate._load_word_lists for why now)."""
    _cities_abroad()
    _wide_areas()
    _language_words()
    _minor_language_names()


@lru_cache(maxsize=1)
def _cities_abroad() -> frozenset[str]:
    """Large cities, capitals and regions abroad ('Manila', 'Milan', 'Sylhet'): where a family
    came from, which the gate reports apart when another rule finds them."""
    return gazetteer.load().world_cities


@lru_cache(maxsize=1)
def _wide_areas() -> frozenset[str]:
    """Counties, nations and the province ('Essex', 'Hampshire'): too wide to find anyone."""
    return frozenset(gazetteer.uk_area_names(_WIDE_AREA_TYPES))


@lru_cache(maxsize=1)
def _minor_language_names() -> frozenset[str]:
    """Names of one word of the small languages of ISO 639-3 (not ISO 639-1, no macrolanguage,
    no language UK families are known to speak): 'Konongo', a language and a town of Ghana."""
    import pycountry

    return (
        frozenset(
            name
            for language in pycountry.languages
            if not hasattr(language, "alpha_2") and getattr(language, "scope", "") != "M"
            for name in [str(language.name).casefold()]
            if name.isalpha() and not lexicon.is_given_name(name)
        )
        - lexicon.LANGUAGE_NAMES
    )


@lru_cache(maxsize=1)
def _language_words() -> frozenset[str]:
    """The words of every language's name (ISO 639-3: 'Sylheti', 'Ndebele')."""
    import pycountry

    return frozenset(
        part.casefold()
        for language in pycountry.languages
        for part in language.name.replace(",", " ").split()
    )
