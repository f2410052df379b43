"""Names the small model misses, found from the words around them and from name gazetteers.

Each rule is generic (no name is written here): a title or rank before a capitalised word
("DS Pryce"), a family word before one ("her daughter Will"), a record-style name ("SMITH,
Jane"), a given name from the gazetteer (plus the surname after it), the place inside an
agency's name ("Wigan Council" -> "Wigan") and the distinctive words of a local institution's
name ("Saffron Hill Academy", "The Red Lion"; a gym, salon, church or school by any name word:
"Iron Works Gym"). Ordinary-word names need words that say they are names: "her real first
name, Summer", "a girl called Hope", "Hope said". A business in apposition after its kind ("the
takeaway, the Golden Lotus") or named with '&' ("Snips & Curls") is an institution. Round three: a given name standing alone (a list item, a
table cell, a heading: "- Blessing", "Honey's story") or in the possessive mid sentence; a UK
place that is also a word where the words around it say it is a place ("lived in Street",
"March, Cambridgeshire", "Ripley town centre"); an institution named without a kind word after
"attended", "worked at", "member of" when one of its words is no everyday word. What the
site allows is decided later, by the gate's whole-span allow list, so "Northshire Police" ->
"Northshire" passes as the site's area.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import ClassVar

import regex  # type: ignore[import-untyped]
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact import lexicon
from redact.lexicon import KIN_TITLES
from redact.name_recognizers import (
    AGENCY_WORDS,
    INSTITUTION,
    LOCATION,
    ORGANISATION_PLACE,
    PERSON,
    ROLE_WORDS,
    acronym_plural,
    is_welsh_line,
    is_welsh_word,
    welsh_words,
)
from redact.rule_recognizer import RuleRecognizer

CAP = r"\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{L}(?:(?<=s)['’](?= ))?"  # "Drovers' Hill" too
# Title case only, with the capital inside Mc, Mac and Fitz names ("McAllister").
TITLED_CAP = (
    r"\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+"  # double-barrelled: "Pryce-Jenkins"
    r"|(?:Mc|Mac|Fitz)\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}[\p{Ll}'’\-]*\p{Ll}|\p{Lu}['’]\p{Lu}\p{Ll}+"
)
TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|DI|DCI|DCS|PCSO|Sgt|Insp|Cllr|Rev|Revd|Fr|Sister|Nurse"
    r"|Captain|Colonel|Lieutenant|Corporal|Brigadier|Sergeant|Councillor|Reverend|Pastor|Imam"
    # armed forces ranks, as service welfare records write them
    r"|Capt|Cpt|Maj|Lt|Col|Cpl|LCpl|LCpl|SSgt|WO|WO1|WO2|Pte|Rfn|Spr|Gnr|Tpr|Cdr|Brig|Flt|Sqn"
)
FAMILY = (
    r"daughter|son|sister|brother|mother|father|mum|dad|partner|husband|wife|boyfriend|"
    r"girlfriend|fianc[ée]e?|friend|neighbour|cousin|aunt|uncle|niece|nephew|grandson|"
    r"granddaughter|grandmother|grandfather|grandma|grandad|stepson|stepdaughter|stepfather|"
    r"stepmother|child|baby|colleague|landlord|landlady|employer|ex-partner|ex-husband|ex-wife"
)
# Kinds of local business or place: the name in apposition after one ("the takeaway, the
# Golden Lotus,") or after "called" ("a salon called Curl Up") is an institution.
KIND_WORDS = (
    r"takeaway|salon|shop|restaurant|cafe|café|pub|bar|gym|church|mosque|temple|club|hotel|"
    r"school|nursery|business|firm|company|employer|factory|warehouse|farm|garage|barbers?|"
    r"hairdressers?|supermarket|store"
)
_TITLE_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?:{TITLES})\.? (?P<initial>\p{{Lu}}\.? )?"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)"
)
# Records in capitals: "PC OYELARAN", "DHILLON HARLEEN", "LOMAX GARETH", "DHILLON K",
# "PILKINGTON B (Mrs)": a known surname, then a known given name or an initial.
_CAPS_TITLE_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?:{TITLES.upper()})\.? (?P<name>\p{{Lu}}{{3,}}(?:-\p{{Lu}}{{2,}})?)(?![\p{{L}}])"
)
_CAPS_RECORD = regex.compile(
    r"(?<![\p{L}])(?P<name>(?P<surname>\p{Lu}{3,}(?:-\p{Lu}{2,})?) "
    r"(?:(?P<given>\p{Lu}{3,})|\p{Lu}\.?(?=[ ,;]|$|\n|\()))(?![\p{L}])"
)
# Spaces with at most one line break: a paragraph break ("...an adult child\n\nEvery agency")
# ends the phrase.
_GAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
_FAMILY_NAME = regex.compile(
    rf"(?i:(?<![\p{{L}}])(?:{FAMILY}))(?:[ \t]*,)?{_GAP}(?i:(?:called|named|known\s+as)\s+)?"
    rf"(?P<name>(?:{TITLED_CAP}))(?!\s+(?:{TITLED_CAP}))?"
)
_POSSESSIVE_FAMILY = regex.compile(
    rf"(?P<name>(?:{TITLED_CAP}))['’]s\s+(?i:(?:{FAMILY})s?)(?![\p{{L}}])"
)
_RECORD_NAME = regex.compile(
    r"(?<![\p{L}])(?P<name>\p{Lu}{1,2}['’]?\p{Lu}{2,}(?:[\-]\p{Lu}{2,})?,[ \t]+"
    r"(?:\p{Lu}\p{Ll}+|(?P<caps>\p{Lu}{2,}(?:[\-]\p{Lu}{2,})?)(?![\p{L}])))"
)
# "her real first name, Summer,", "the contact name "will"", "known as Blessing".
_NAME_WORD = regex.compile(
    r"(?<![\p{L}])(?i:(?:first|middle|given|real|birth|maiden|full|contact|user|nick|pet|"
    r"christian|actual|family|last|stage|artist|screen)[ \-]?names?|surnames?"
    r"|(?:under|by|using)\s+the\s+names?)"
    r"(?:\s+(?i:is|was|of|as|throughout|being))?\s*[:,]?\s*"
    rf"(?:(?P<quote>[\"“‘'])\s*)?(?P<name>(?(quote)[\p{{L}}][\p{{L}}'’\-]*"
    rf"(?:\s[\p{{L}}][\p{{L}}'’\-]*(?=[\"”’']))?|(?:{TITLED_CAP})))"
)
_CALLED = regex.compile(
    rf"(?<![\p{{L}}])(?i:called|named|nicknamed|known(?:\s+\p{{Ll}}+){{0,2}}\s+as)\s+[\"“‘']?"
    rf"(?P<name>(?:{TITLED_CAP}))"
)
# A nickname in quotation marks: "known to everyone as 'Dazza'", "went by "Jonno"", "called
# her 'Bex'" (a thing "named 'Bridges'" is no person). The quotes say it is a name even when the
# word is no given name.
_OBJECT = r"him|her|them|me|us|himself|herself|themselves|myself"
# Round four: also "called Jonah 'pip'", "referred to her colleague as 'pip'", "addressed him as",
# "signed off as", "calls herself", and nicknames of two words ("Grandad Tolly").
_QUOTED_NICKNAME = regex.compile(
    r"(?<![\p{L}])(?:(?P<known>(?i:known(?:\s+\p{L}+){0,3}\s+as))"
    r"|(?i:nicknamed|(?:went|goes|going)\s+by)"
    rf"|(?i:call(?:ed|s|ing)?|named)\s+(?:(?i:{_OBJECT})|{TITLED_CAP})"
    rf"|(?i:referred|referring|refers)\s+to\s+(?:(?i:{_OBJECT})|(?i:his|her|their)\s+\p{{Ll}}+)\s+as"
    rf"|(?i:address(?:ed|es|ing)?)\s+(?i:{_OBJECT})\s+as"
    r"|(?i:sign(?:ed|s|ing)?)\s+(?i:off\s+)?(?i:(?:his|her|their)\s+\p{Ll}+\s+)?(?i:as))"
    r"\s+(?P<quote>[\"“‘'])"
    r"(?P<name>\p{L}[\p{L}'’\-]{1,20}(?: \p{L}[\p{L}'’\-]{1,20})?)[\"”’'](?![\p{L}])"
)
NICKNAME_MAX_ZIPF = 4.3  # 'Dazza', 'Bex', 'Tiny'; not 'Mum' or 'Babe'
NO_WORD_ZIPF = 1.5  # a lower-case word in quotes that is no English word is a nickname
# "they called her Tilly-Mo" without quotes: the capitalised word after the pronoun.
_CALLED_OBJECT = regex.compile(
    rf"(?<![\p{{L}}])(?i:call(?:ed|s|ing)?|nicknamed|named)\s+(?i:him|her|them|me|himself|herself|"
    rf"themselves)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<name>{TITLED_CAP}|\p{{Ll}}[\p{{Ll}}'’\-]{{1,20}})"
    r"(?![\p{L}'’\-])"
)
LOWER_CALLED_MAX_ZIPF = 3.5  # 'dont call me pinky'; not 'calls her stupid' or 'called him names'
UNKNOWN_NAME_ZIPF = 2.0  # a word English hardly knows, in a naming phrase, is a name
# Names a phone or an account was saved under: "saved in her phone as sky, Brook and tolu".
_SAVED_AS = regex.compile(
    r"(?<![\p{L}])(?i:saved|stored|listed|labelled|labeled|appears?|appeared|showed\s+up)"
    r"(?:\s+(?i:in|on)\s+(?i:her|his|their|the|my)\s+(?:\p{Ll}+\s+)?(?i:phone|contacts|mobile))?"
    r"\s+(?i:as)\s+(?P<names>[\"“‘']?\p{L}[\p{L}'’\-]{1,20}[\"”’']?"
    r"(?:\s*,\s*[\"“‘']?\p{L}[\p{L}'’\-]{1,20}[\"”’']?){0,4}"
    r"(?:,?\s+(?i:and|or)\s+[\"“‘']?\p{L}[\p{L}'’\-]{1,20}[\"”’']?)?)"
)
# A criminal case is cited by the defendant's name ("R v Morrow", in a URL "r-v-morrow-2024").
_CASE_CITATION = regex.compile(
    rf"(?<![\p{{L}}])R\.?[ \t]+v\.?[ \t]+(?P<name>{TITLED_CAP}(?:[ \-]{TITLED_CAP})?)"
    r"|(?<![\p{L}\d])r-v-(?P<name>\p{Ll}{3,})(?![\p{Ll}])"
)
# A record's field that names a person: "Carer: Siriporn", "Victim: SK", "NAME: LOMAX GARETH".
_RECORD_LABEL = regex.compile(
    r"(?:^(?:[ \t]*[0-9]{1,2}[.)])?|(?<=[ \t]{2})|(?<=\|))[ \t]*"
    r"(?i:name(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{L}+)?|client|"
    r"patient|victim|perp|perpetrator|suspect|"
    r"susp|ip|witness|carer|worker|officer|oic|occupant|subject|contact|nok|next\s+of\s+kin|"
    r"mother|father|child|partner|nominals?|caller|informant|visitor|tenant|driver|holder|"
    r"applicant|referrer|surname|forenames?|first\s+names?|given\s+names?|last\s+name|"
    r"maiden\s+name|alias|aka)(?:[ \t]*[:|]|[ \t]{2,}(?=\S))[ \t]*"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,2}}|\p{{Lu}}{{2,3}}(?![\p{{L}}.])"
    r"|\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2})(?![\p{L}])",
    regex.MULTILINE,
)
RECORD_VALUE_MAX_ZIPF = 4.0  # 'Unknown', 'None', 'Female' are no names
# Acronyms of roles and services that stand where a record names a person ('Carer: HV').
_ROLE_ACRONYMS = frozenset(
    [
        "gp",
        "hv",
        "sw",
        "cpn",
        "asc",
        "pc",
        "dc",
        "ds",
        "di",
        "nhs",
        "n/a",
        "na",
        "tbc",
        "nfa",
        "unk",
    ]
)
# "our Jordan", "my Kayleigh": a given name after a possessive, the way families speak.
_OUR_NAME = regex.compile(rf"(?<![\p{{L}}])(?i:our|my)\s+(?P<name>{TITLED_CAP})(?![\p{{L}}'’\-])")
# Acknowledgements: "With thanks to Ploy", "thank you to Marisol".
_THANKS_TO = regex.compile(
    rf"(?<![\p{{L}}])(?i:thanks|thank\s+you|grateful)\s+(?i:to)\s+(?P<name>{TITLED_CAP})"
    r"(?![\p{L}'’\-])"
)
THANKED_MAX_ZIPF = 3.5
# A professional named after the role, as reports must not: "the CSP manager, Owain Pryce-Jenkins (".
_ROLE_APPOSED = regex.compile(
    r"(?<![\p{L}])(?i:manager|officer|coordinator|co-ordinator|chair|lead|worker|nurse|doctor|"
    r"consultant|clinician|advocate|solicitor|author|practitioner|therapist|counsellor|"
    r"inspector|sergeant|constable|detective|visitor|midwife|teacher|headteacher|caseworker)s?,"
    rf"\s+(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{1,2}})(?=\s*[,(;]|\s+(?:and|who|was|is|said))"
)
# A family word before initials: "PARTNER KM UPSET", "her son JD".
_RELATION_INITIALS = regex.compile(
    rf"(?<![\p{{L}}])(?i:{FAMILY})[ \t]+\(?(?P<name>\p{{Lu}}{{2,3}})(?![\p{{L}}.])"
)
# A place with hyphens: "Wath-upon-Dearne", "Stow-on-the-Wold".
_HYPHENATED_PLACE = regex.compile(
    r"(?<![\p{L}'’\-])\p{Lu}\p{Ll}+(?:-(?:upon|on|in|under|le|by|cum|the|super|\p{Lu}\p{Ll}+))+"
    r"(?![\p{L}'’\-])"
)
# A role's acronym before a surname: "Home visit by FEO Harker".
_ACRONYM_SURNAME = regex.compile(
    rf"(?<![\p{{L}}])\p{{Lu}}{{2,5}}\s+(?P<name>{TITLED_CAP})(?![\p{{L}}'’\-])"
)
# A surname alone in capitals, as logs write it: "Occupant GILLIES, adult with LD".
_CAPS_SURNAME = regex.compile(r"(?<![\p{L}'’])(?P<name>\p{Lu}{4,}(?:-\p{Lu}{2,})?)(?![\p{L}])")
CAPS_ALONE_MAX_ZIPF = 3.0
# Who gave a statement or wrote a letter: "Statement from Ffion Jenkins", "a letter by Ana Roe".
_STATEMENT_FROM = regex.compile(
    r"(?<![\p{L}])(?i:statement|letter|message|email|e-mail|account|tribute|evidence|note|card|"
    r"text|call)s?\s+(?i:from|by|of)\s+"
    rf"(?P<name>(?:{TITLED_CAP}) (?P<surname>{TITLED_CAP}))(?![\p{{L}}'’\-]| \p{{Lu}})"
)
# A web address's path, where a page about a person is named for them ("/appeal/jo-bloggs").
_URL = regex.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]+")
_SLUG_WORD = regex.compile(r"[\p{L}]+")
SLUG_GIVEN_MAX_ZIPF = 4.0
SLUG_SURNAME_MAX_ZIPF = 2.0
_SPEECH = r"said|says|told|wrote|writes|texted|messaged|replied|asked|added|explained"
_SAID = regex.compile(
    rf"(?<![\p{{L}}])(?P<name>(?:{TITLED_CAP}))\s+(?:{_SPEECH})(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?:said|asked|replied|added)\s+(?P<name>(?:{TITLED_CAP}))(?=[\s,.;:!?]|$)"
)
# Apposition: "her friend from work, Tilda, told the review", "the host's son, ezra, translated",
# "Tilda, her neighbour, said", "Tilda, who lived next door, said".
_RELATION = (
    rf"(?<![\p{{L}}])(?i:{FAMILY})s?(?:[ \t]+(?:from|at|of|in)(?:[ \t]+[\p{{L}}'’]+){{1,4}})?"
)
_APPOSED_AFTER = regex.compile(
    rf"{_RELATION},\s+(?P<name>{TITLED_CAP}|\p{{Ll}}[\p{{Ll}}'’\-]{{1,20}})"
    rf"(?=\s*,|\s+(?:{_SPEECH})(?![\p{{L}}]))"
)
# People a review names by what they did for the family: "Noi, the salon owner, had seen him".
OCCUPATIONS = (
    r"owner|manager|landlord|landlady|employer|boss|supervisor|driver|shopkeeper|hairdresser|"
    r"barber|cleaner|childminder|coach|trainer|pastor|imam|priest|vicar|minister|chaplain|"
    r"receptionist|caretaker|warden|bartender|barmaid|publican"
)
_APPOSED_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’])(?P<name>{TITLED_CAP}),\s+"
    rf"(?:(?i:his|her|their|a|an|the)\s+(?:\p{{Ll}}+\s+){{0,3}}?"
    rf"(?:{_RELATION}|(?i:{OCCUPATIONS})(?![\p{{L}}])),"
    rf"|[^,.;:!?\n()]{{1,60}},\s+(?:{_SPEECH})(?![\p{{L}}])"
    rf"|(?:{_SPEECH})(?![\p{{L}}]))"
)
LOWER_NAME_MAX_ZIPF = 3.5  # 'ezra' after 'her son,'; not 'however' or 'aged'
# A real name beside its pseudonym ("Tilda (Marnie)"), and a name in brackets after a family or
# description phrase ("her daughter, aged 9 (Clover)").
_NAME_ALIAS = regex.compile(
    rf"(?<![\p{{L}}'’])(?P<name>{TITLED_CAP})\s+\((?P<alias>{TITLED_CAP})\)"
)
_FAMILY_PAREN = regex.compile(rf"{_RELATION}(?:[ \t,][^()\n]{{0,40}})?\((?P<name>{TITLED_CAP})\)")
SEASONS = frozenset(["spring", "summer", "autumn", "winter"])
_KIND_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?i:{KIND_WORDS})"
    # "the takeaway at the end of the road, the Golden Lotus,": a short place phrase between
    r"(?:[ \t]+(?i:at|on|in|near|by|opposite)(?:[ \t]+\p{Ll}+){1,5})?"
    rf"(?:,\s+the\s+|\s+(?i:called|named)\s+(?:the\s+)?)"
    rf"(?P<name>(?:{CAP})(?:(?: (?:of|and|on|the|&) | |-)(?:{CAP}))*)"
)
# Words of one name are one space apart; a table cell or a line break ends the run.
_CAP_RUN = regex.compile(
    rf"(?<![\p{{L}}'’])(?:{CAP})(?:(?: (?:(?:of|and|on|upon|the|&|de|la|al) )?| & |-)(?:{CAP}))*"
)
_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")

# A segment of a line that stands alone: a heading, a list item, a table cell (the literal view
# blanks the Markdown marks, so cells and items are separated by runs of spaces).
_SEGMENT = regex.compile(r"\S[^\n\t]*?(?=\s{2,}|\t|\n|$)")
# Markdown kept in plain text, and a section number before a heading or a paragraph ("1.",
# "2)", "5.4", "6.2.1.").
_MARKS = r"(?:[#>*+\-|]+\s+)?(?:\d{1,2}(?:\.\d{1,3})+\.?\s+|\d{1,2}[.)]\s+)?[\"“‘(*_]*"
_SEGMENT_NAME = regex.compile(
    rf"^{_MARKS}(?P<name>{TITLED_CAP})[\s\"”’):,.;*_]*$"
    rf"|^{_MARKS}(?P<name>{TITLED_CAP})['’]s\s+\p{{L}}"
)
_MID_POSSESSIVE = regex.compile(rf"(?<![\p{{L}}'’])(?P<name>{TITLED_CAP})['’]s(?![\p{{L}}])")
STANDALONE_NAME_MAX_ZIPF = 4.7  # 'Precious', 'Honey', 'Grace' alone; not 'Faith', 'Will', 'Hope'
_MONTHS_TEXT = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
"""
MONTHS = frozenset(_MONTHS_TEXT.split())
# Proper nouns that are given names in some country but name no person in a report: days,
# festivals, faiths, titles of office, and public bodies' short names ('Monday's meeting',
# 'the Ministry of Justice's guidance', 'Shelter's advice', 'Valentine's Day').
_NOT_PERSONS_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday christmas easter eid ramadan diwali
    valentine islam christ jesus god allah king queen prince princess baby law justice shelter crown
    lady lord
"""
NOT_PERSONS = frozenset(_NOT_PERSONS_TEXT.split())
# Where a family lived or went: the capitalised UK place after these words is a place even when
# it is also an everyday word ("moved to Street"). A month needs stronger words (below).
_PLACE_VERB = regex.compile(
    r"(?<![\p{L}])(?i:lived|lives|living|moved|moving|relocated|grew\s+up|born|raised|settled|"
    r"resident|residing|stayed|staying|returned|fled|rehoused|re-housed|housed)\s+"
    r"(?P<prep>(?i:in|to|at|near|from|back\s+to|back\s+in))\s+"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)(?![\p{{L}}])"
)
# After a place verb, these say where, never when: "moved to March in 2014".
_PLACE_NOT_TIME = regex.compile(r"(?i:to|near|back\s+to)")
# Words that can only mean a place: "March, Cambridgeshire", "Ripley town centre", "the town
# of Diss", "Street, a small town".
_PLACE_STRONG = regex.compile(
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?),\s+(?:\p{{Lu}}\p{{Ll}}+shire|"
    r"(?:a|the)\s+(?:small\s+|large\s+|rural\s+|coastal\s+|seaside\s+|market\s+|former\s+)*"
    r"(?:town|village|hamlet|city))(?![\p{L}])"
    rf"|(?P<name>(?:{TITLED_CAP}))\s+(?:town\s+centre|town\s+center|high\s+street|village\s+hall)"
    rf"|(?<![\p{{L}}])(?i:the\s+(?:market\s+)?(?:town|village|city|hamlet)\s+of)\s+"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)"
    rf"|(?<![\p{{L}}])(?i:the\s+(?:outskirts|edge)\s+of)\s+(?P<name>(?:{TITLED_CAP}))"
    rf"|(?<![\p{{L}}'’])(?P<name>(?:{TITLED_CAP})),\s+near\s+\p{{Lu}}"
    rf"|(?<![\p{{L}}])(?P<county>County (?:{TITLED_CAP}))(?![\p{{L}}])"
)
# A named estate or site, where a family lived: "the Simonbank estate", "Carrow Vale site".
_NAMED_ESTATE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,2}})[ \t]+"
    r"(?:housing\s+|council\s+|caravan\s+|traveller\s+)?(?:estate|site)(?![\p{L}])"
)
# A capitalised word after a locative preposition ("at the home she shared with her son in
# Brindlecombe"): a place when the gazetteer knows it and it is no everyday word, or when it is
# built like an English place name and is no English word at all (villages too small for the
# gazetteer). A line break may fall between the preposition and the place.
_PLACE_WORD = r"\p{Lu}\p{Ll}+(?:-\p{L}+)*"
_LOCATIVE = regex.compile(
    r"(?<![\p{L}])(?i:in|at|near|from|to|outside|around|towards|into|via|above|below|beyond|"
    r"behind|beside|past)(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?P<name>{_PLACE_WORD}(?:(?: (?:upon|on|in|under|by|le|cum))? {_PLACE_WORD}){{0,2}})"
    r"(?![\p{L}\-])"
)
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
    rf"(?<![\p{{L}}'’\-])(?P<name>{_PLACE_WORD})(?:[ \t]+|[ \t]*\n[ \t]*)(?:carers['’]?|carer['’]s|support|foodbank|"
    r"food\s+bank|jobcentre|job\s+centre|housing|refuge|hostel|hospital|surgery|clinic|council|"
    r"police|library|branch|office|team|service|services|group|project|centre|women['’]s|"
    r"community|drop-in|recovery|outreach|practice|depot|plant|site|warehouse|campus|factory|"
    r"yard|works|village)(?![\p{L}_:])"
)
SERVICE_PLACE_MAX_ZIPF = 3.0
# Where someone studied, worked or belonged: the capitalised words after these name a local
# institution even without a kind word ("attended Greyfriars Bramble Hill Learning Trust").
_ATTENDED = regex.compile(
    r"(?<![\p{L}])(?i:attended|attends|attending|(?:worked|works|working|volunteered|volunteers|"
    r"studied|studying|enrolled|placed|employed)\s+(?:at|for|with|by)|(?:member|pupil|student|"
    r"members|pupils|students)\s+(?:of|at))\s+(?:the\s+)?"
    rf"(?P<name>(?:{CAP})(?: (?:of|and|for|the|&) (?:{CAP})| (?:{CAP})){{2,5}})"
)
# A local business named with everyday words and no kind word, where someone worked or shopped
# ("worked at Flour Garden", "bought the phone from Mobile Corner"): two or three capitalised
# words, none a kind-of-body, role or public-service word.
_BUSINESS_AFTER = regex.compile(
    r"(?<![\p{L}])(?i:(?:worked|works|working|employed|volunteered|volunteering|job|shifts?|"
    r"customer|regular|shopped|shopping)\s+at|(?:worked|works|working|drove|drives|driving)"
    r"(?:\s+(?:nights|days|shifts|part-time|full-time))?\s+(?:as\s+an?\s+\p{Ll}+\s+)?for"
    r"|(?:bought|buying|purchased|ordered|collected)"
    r"(?:\s+[\p{Ll}]+){0,4}\s+from)\s+(?:the\s+)?"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{1,2}})(?![\p{{L}}'’\-]| \p{{Lu}}| &)"
)
# A business named before its lower-case kind word ("the Jade Orchid takeaway"): two or more
# capitalised words, so a national chain's one-word name is not taken, and no kind that chains
# mostly own (shop, store, supermarket, hotel).
_NAME_BEFORE_KIND = regex.compile(
    rf"(?<![\p{{L}}])(?i:the)\s+(?P<name>(?:{TITLED_CAP})(?:\s+(?:{TITLED_CAP})){{1,3}})\s+"
    r"(?P<kind>takeaway|salon|restaurant|cafe|café|pub|bar|gym|club|church|chapel|mosque|temple|"
    r"nursery|farm|garage|barbers?|hairdressers?|taxis?|cabs?|bakery|florists?|grill|diner|"
    r"boutique|kitchen|factory|warehouse)(?![\p{L}])"
)
# Kinds only a local business takes: everyday words in its name do not make it a national one.
LOCAL_KINDS = frozenset(
    ["takeaway", "salon", "cafe", "café", "pub", "barber", "barbers", "hairdresser", "hairdressers"]
    + ["taxi", "taxis", "cab", "cabs", "bakery", "florist", "florists", "grill", "diner"]
)
# A pub's name of two nouns joined by 'and' ("at the Hope and Anchor", "the Plough and Harrow"),
# not followed by another capitalised word ("the Crime and Disorder Act").
_NAMED_PUB = regex.compile(
    rf"(?:(?<![\p{{L}}])(?i:at|in|to|from|outside|near|behind)[ \t]+(?i:the)|(?<![\p{{L}}])The)[ \t]+"
    rf"(?P<name>(?P<first>{_PLACE_WORD}) (?:and|&) (?P<second>{_PLACE_WORD}))"
    r"(?![\p{L}'’\-]| \p{Lu}| (?:of|for)\b)"
)
# Last words of national services and charities ('Citizens Advice', 'Jobcentre Plus').
_SERVICE_WORDS_TEXT = """
    advice plus line helpline direct online partnership network project programme scheme agency
    foundation charity association alliance uk trust service services
"""
SERVICE_WORDS = frozenset(_SERVICE_WORDS_TEXT.split())
# Welsh place names are built from a few elements ('Llan-' church, 'Aber-' river mouth, 'Cwm-'
# valley, '-isaf' lower ...); many villages are too small for the gazetteer. A word so built that
# is no English word, given name or surname is a place.
_WELSH_PLACE = regex.compile(
    r"(?<![\p{L}'’\-])(?:(?:Llan|Aber|Cwm|Pont|Bryn|Nant|Caer|Cefn|Blaen|Glan|Rhyd|Maes|Ystrad|"
    r"Coed|Betws|Bettws|Llwyn|Mynydd|Pwll|Porth|Gwaun|Hafod|Pen|Tre|Dol)(?:\p{Ll}{3,}"
    r"(?:-\p{L}+)*|-(?:y|yr|ar|'r)-(?P<after>\p{L}{3,})(?:-\p{L}+)*)"
    r"|\p{Lu}\p{Ll}{2,}(?:-\p{Ll}+)*-(?:fach|fawr|isaf|uchaf|wen|goch|ddu))"
    r"(?![\p{L}'’\-])"
)
WELSH_PLACE_MAX_ZIPF = 1.5
WELSH_ARTICLE_MAX_ZIPF = 3.0
ATTENDED_RARE_ZIPF = 3.0  # one word of the name is no everyday word ('Greyfriars')

# The last word of an agency's name: what comes before it is often the place it serves.
AGENCY_HEADS = frozenset(
    [
        "council",
        "councils",
        "police",
        "constabulary",
        "nhs",
        "trust",
        "board",
        "court",
        "courts",
        "ccg",
        "care",
        "jobcentre",
        "team",
        "service",
        "services",
        "authority",
    ]
)
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
        "synagogue",
        "tabernacle",
        "cathedral",
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
        "farm",
        "farms",
        "ltd",
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
# What kind of school, church or business it is, not which one: 'Special School', 'Hair Salon'.
_DESCRIPTORS = """
    special grammar boarding sunday night driving free local village evangelical
    reformed orthodox anglican roman islamic muslim sikh hindu jewish christian bible independent
    private state comprehensive language dance martial arts fitness sports beauty hair nail
    tanning nursery pre-school forest gospel united elim golf rugby football cricket bowls
    tennis snooker boxing social
"""
# Kinds of local business that end a business's name ("Bluebell Cabs", "Harbour Kitchen"),
# taken as heads only at the end of the name ("Taxi Licensing" is a council service).
BUSINESS_TAIL_HEADS = frozenset(
    [
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
        "pizza",
        "amusements",
        "arcade",
        "arcades",
        "homecare",
        "freight",
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
        "accountants",
        "opticians",
        "joinery",
        "builders",
        "plumbing",
        "roofing",
        "hosiery",
        "textiles",
        "knitwear",
        "engineering",
        "plastics",
        "packaging",
    ]
)
# Tail heads that also end everyday phrases ('Physical Fitness'): the name needs a rarer word.
EVERYDAY_TAIL_HEADS = frozenset(
    ["fitness", "kitchen", "beauty", "wine", "wines", "pizza", "market", "solutions", "arcade"]
    + ["properties", "produce", "dairy", "engineering", "textiles", "packaging"]
)
# Words that come first in a Welsh institution's name: surgery, school, chapel, church, centre.
WELSH_INSTITUTION_PREFIXES = frozenset(["meddygfa", "ysgol", "capel", "eglwys", "canolfan"])
# ... and of churches and mosques named in the language of their congregation.
FOREIGN_INSTITUTION_PREFIXES = frozenset(
    ["église", "eglise", "iglesia", "igreja", "chiesa", "kościół", "parafia", "mosquée"]
)
INSTITUTION_PREFIXES = (
    frozenset(["masjid", "st", "saint"]) | WELSH_INSTITUTION_PREFIXES | FOREIGN_INSTITUTION_PREFIXES
)
_CONNECTORS = frozenset(["of", "on", "upon", "the", "de", "la", "al"])
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
        ]
    )
    | frozenset(_DESCRIPTORS.split())
)
PLACE_MAX_ZIPF = 4.5  # as in name_recognizers: 'Bolton' and 'Hull' yes, 'Reading' no
INSTITUTION_MAX_ZIPF = 4.5
NAMED_PLACE_MAX_ZIPF = 5.5  # 'Iron Works Gym', 'Grace Tabernacle': everyday words, still a name
AMPERSAND_NAME_MAX_ZIPF = 3.5
# Heads that are never part of a public service's name ("Recovery Centre" is; "X Gym" is not).
_NAMED_PLACE_HEADS_TEXT = """
    fellowship ministries assembly club
    gym salon barbers barber cuts tabernacle church chapel mosque masjid temple gurdwara
    synagogue cathedral arms inn tavern pub hotel restaurant takeaway cafe café school academy
    nursery pre-school preschool
"""
NAMED_PLACE_HEADS = frozenset(_NAMED_PLACE_HEADS_TEXT.split())

GIVEN_NAME_MAX_ZIPF = 4.0  # a rarer word that is a known given name is taken as a name
SENTENCE_START_MAX_ZIPF = 4.0  # a commoner first word of a sentence is not a place or name


class ContextNameRecognizer(RuleRecognizer):
    """Rules over the raw text; see the module docstring."""

    SUPPORTED: ClassVar[list[str]] = [PERSON, LOCATION, ORGANISATION_PLACE, INSTITUTION]
    DEFAULT_SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans: list[tuple[str, int, int, str]] = []
        for pattern, why in (
            (_TITLE_NAME, "title before a name"),
            (_FAMILY_NAME, "family word before a name"),
            (_POSSESSIVE_FAMILY, "name before a family word"),
            (_RECORD_NAME, "record-style SURNAME, Given name"),
        ):
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if pattern is _RECORD_NAME and not _record_name(match):
                    continue  # 'MARAC, Dean': an acronym, not a surname in capitals
                if pattern is _TITLE_NAME and _sentence_after_initial(match):
                    continue  # 'for Mr H. Enquiry closed.': the initial ends a sentence
                if text[start:end].endswith(("'s", "’s")):
                    end -= 2
                if _is_name_text(text[start:end]):
                    spans.append((PERSON, start, end, why))
        for pattern, why in (
            (_NAME_WORD, "said to be a name"),
            (_CALLED, "called by a name"),
            (_SAID, "someone speaking"),
        ):
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if text[start:end].endswith(("'s", "’s")):
                    end -= 2
                word = _bare(text[start:end])
                if not _is_name_text(text[start:end]):
                    continue
                if pattern is not _NAME_WORD and lexicon.is_national_word(word):
                    continue  # 'Welsh said' is not a person; 'her real name, Summer' is
                if pattern is _NAME_WORD or (
                    lexicon.is_given_name(word) and word not in _stop_words()
                ):
                    spans.append((PERSON, start, end, why))  # 'Hope said', not 'You said'
        for match in _QUOTED_NICKNAME.finditer(text):
            start, end = match.span("name")
            # "a practice known as 'cuckooing'": only a person's context makes a lower-case
            # non-word a nickname.
            if _is_nickname(text[start:end], person=match.group("known") is None):
                spans.append((PERSON, start, end, "a nickname in quotes"))
        for match in _KIND_NAME.finditer(text):
            start, end = match.span("name")
            words = [_bare(w) for w in _WORD.findall(text[start:end])]
            if words and not all(_generic(w) for w in words):
                spans.append((INSTITUTION, start, end, "name of a business or place"))
        for match in _CAP_RUN.finditer(text):
            spans.extend(_analyse_run(text, match.start(), match.end()))
        spans.extend(_standalone_names(text))
        spans.extend(_places_in_context(text))
        spans.extend(_attended_institutions(text))
        spans.extend(_businesses(text))
        spans.extend(_welsh_places(text))
        spans.extend(_called_without_quotes(text))
        spans.extend(_saved_as_names(text))
        spans.extend(_cited_defendants(text))
        spans.extend(_rare_places(text))
        spans.extend(_named_estates(text))
        spans.extend(_statement_authors(text))
        spans.extend(_capital_records(text))
        spans.extend(_people_by_shape(text))
        spans.extend(_names_in_urls(text))
        spans.extend(_apposed_names(text))
        spans.extend(_bracketed_names(text))
        spans.extend(_locative_places(text))
        spans.extend(_service_places(text))
        spans.extend(_named_before_kind(text))
        spans.extend(_listed_agencies(text))
        spans.extend(_rare_name_pairs(text))
        spans.extend(_names_in_welsh_sentences(text))
        return [
            self._result(entity, start, end, why)
            for entity, start, end, why in spans
            if entity in entities and end > start and not welsh_words(text, start, end)
        ]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _not_a_name(low: str) -> bool:
    """Kind-of-body, role, national, stop, month and not-a-person words."""
    return (
        _generic(low)
        or low in KIN_TITLES
        or low in _stop_words()
        or low in MONTHS
        or low in NOT_PERSONS
        or low in lexicon.HONORIFICS
        or lexicon.is_medicine(low)
    )


def _is_nickname(name: str, *, person: bool) -> bool:
    """What stands in quotes after 'known as', 'called her', 'signed off as' is a nickname when
    it is no everyday word: a capitalised rarer word ('Dazza'), a rare given name, a lower-case
    word that is no English word at all ('bexy'), or two words of which one is so, or a kin title
    and a capitalised word ('Auntie Flo')."""
    words = name.split()
    lowered = [_bare(w) for w in words]
    if any(low in _stop_words() or low in MONTHS or low in NOT_PERSONS for low in lowered):
        return False
    if len(words) == 2:
        if not all(w[0].isupper() for w in words):
            return False
        if lowered[0] in KIN_TITLES and not _generic(lowered[1]):
            return True
        return any(
            not _generic(low) and lexicon.word_zipf(low) < NICKNAME_MAX_ZIPF for low in lowered
        )
    word, low = words[0], lowered[0]
    if _generic(low) or low in KIN_TITLES:
        return False
    zipf = lexicon.word_zipf(low)
    return (
        (word[0].isupper() and zipf < NICKNAME_MAX_ZIPF)
        or (lexicon.is_given_name(low) and zipf < 3.0)
        or (person and zipf < NO_WORD_ZIPF)
    )


def _generic(low: str) -> bool:
    """Kind-of-body, role and public words ('Council', 'Nurse', 'Welsh'): never the name part."""
    return low in GENERIC or lexicon.is_national_word(low)


def _bare(word: str) -> str:
    return str(regex.sub(r"(?:['’]s|['’])$", "", word)).casefold()


def _is_name_text(span: str) -> bool:
    words = [_bare(w) for w in _WORD.findall(span)]
    return bool(words) and not all(w in GENERIC for w in words)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(" \t*_\"'“‘([")
    return not before or before[-1] in ".!?:\n|#>-0123456789"


def _analyse_run(text: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    """One run of capitalised words: an agency, an institution, or names from the gazetteer."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, end)]
    lowered = [_bare(w) for _, _, w in words]
    heads = [i for i, w in enumerate(lowered) if w in INSTITUTION_HEADS or w in AGENCY_HEADS]
    if (
        len(words) > 1
        and lowered[-1] in BUSINESS_TAIL_HEADS
        and not any(w in _CONNECTORS for w in lowered)  # 'Area of Outstanding Natural Beauty'
    ):
        heads.append(len(words) - 1)
    prefix = lowered[0] in INSTITUTION_PREFIXES and len(words) > 1
    mid_the = words[0][2] == "The" and len(words) > 1 and not _sentence_start(text, start)
    if heads or prefix or mid_the:
        institution = (
            prefix
            or mid_the
            or any(
                lowered[i] in INSTITUTION_HEADS or lowered[i] in BUSINESS_TAIL_HEADS for i in heads
            )
        )
        entity = INSTITUTION if institution else ORGANISATION_PLACE
        found = []
        for run_start, run_end in _distinctive_runs(text, words, lowered):
            run_words = [_bare(w) for w in _WORD.findall(text[run_start:run_end])]
            if not run_words:
                continue
            if entity == ORGANISATION_PLACE:
                # 'Wigan Council', not 'Recovery Service': a UK place or a word that is no
                # ordinary English (the same test as the model's organisations).
                keep = all(
                    _place_word(w)
                    or lexicon.word_zipf(lexicon.singular(w)) < 3.0
                    or w in _CONNECTORS
                    for w in run_words
                ) or lexicon.is_uk_place(" ".join(run_words))
                keep = keep or lexicon.is_uk_place(text[run_start:run_end])  # "King's Lynn"
                if not keep:
                    # "the Peckham Safer Neighbourhoods Team": a place leads the service's name.
                    first = _WORD.match(text, run_start)
                    if first is not None and _place_word(_bare(first.group(0))):
                        found.append(
                            (ORGANISATION_PLACE, run_start, first.end(), "a place in a name")
                        )
            else:
                # 'Saffron Hill Academy', not 'Public Health Practice': one less common word.
                # A gym, salon, church or school is named for what it is: any name word counts.
                limit = (
                    NAMED_PLACE_MAX_ZIPF
                    if any(
                        lowered[i] in NAMED_PLACE_HEADS
                        or (
                            lowered[i] in BUSINESS_TAIL_HEADS
                            and lowered[i] not in EVERYDAY_TAIL_HEADS
                        )
                        for i in heads
                    )
                    or prefix
                    else INSTITUTION_MAX_ZIPF
                )
                keep = min(lexicon.word_zipf(w) for w in run_words) < limit
            if keep:
                found.append((entity, run_start, run_end, "distinctive words of an organisation"))
        return found
    # "Snips & Curls": a business name; one of its words is no everyday word.
    if (
        len(words) > 1
        and "&" in text[start:end]
        and not _sentence_start(text, start)
        and min(lexicon.word_zipf(_bare(w)) for _, _, w in words) < AMPERSAND_NAME_MAX_ZIPF
    ):
        return [(INSTITUTION, start, end, "business name with '&'")]
    return _gazetteer_names(text, words)


def _place_word(low: str) -> bool:
    return lexicon.is_uk_place(low) and lexicon.word_zipf(low) < PLACE_MAX_ZIPF


def _distinctive_runs(
    text: str, words: list[tuple[int, int, str]], lowered: list[str]
) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for index, ((start, end, word), low) in enumerate(zip(words, lowered, strict=True)):
        distinctive = (
            not _generic(low)
            and low.removesuffix("s") not in NOT_PERSONS  # 'on Sundays' ('March Town' stays)
            and low not in _CONNECTORS
            and low not in INSTITUTION_PREFIXES
            and not (index == len(words) - 1 and low in BUSINESS_TAIL_HEADS)
            and word[0].isupper()
            and not (word.isupper() and len(word) <= 4)
            and not acronym_plural(word)
            and not (
                index == 0
                and _sentence_start(text, start)
                and lexicon.word_zipf(low) >= SENTENCE_START_MAX_ZIPF
                and not lexicon.is_uk_place(low)
            )
        )
        if distinctive:
            if word.endswith(("'s", "’s")):
                end -= 2
            current = (current[0], end) if current is not None else (start, end)
        elif low in _CONNECTORS and current is not None:
            continue  # "King's Lynn and West Norfolk": keep the run across connectors
        else:
            if current is not None:
                runs.append(current)
            current = None
    if current is not None:
        runs.append(current)
    return runs


def _gazetteer_names(
    text: str, words: list[tuple[int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """Given names from the gazetteer (rare enough not to be ordinary words) and the surname
    that follows one; ordinary-word names (Will, Hope) need a context rule instead."""
    found: list[tuple[str, int, int, str]] = []
    index = 0
    while index < len(words):
        start, _end, word = words[index]
        low = _bare(word)
        if (
            word.isupper()
            or len(low) < 3
            or _generic(low)
            or low in _stop_words()
            or not lexicon.is_given_name(low)
        ):
            index += 1
            continue
        if low in lexicon.country_names() and _MIGRATION_BEFORE.search(
            text, max(0, start - 80), start
        ):
            index += 1
            continue  # 'had come to England from Jamaica': the country, not a person
        rare = lexicon.word_zipf(low) < GIVEN_NAME_MAX_ZIPF
        last = index
        while (
            last + 1 < len(words)
            and not words[last][2].endswith(("'s", "’s"))  # "Edith's Parkinson's disease"
            and not words[last + 1][2].isupper()
            and lexicon.is_surname(_bare(words[last + 1][2]))
            and not _generic(_bare(words[last + 1][2]))
        ):
            last += 1
        if last > index or (
            rare and not (_sentence_start(text, start) and lexicon.word_zipf(low) >= 3.5)
        ):
            stop = words[last][1]
            if words[last][2].endswith(("'s", "’s")):
                stop -= 2
            found.append((PERSON, start, stop, "given name from the gazetteer"))
        index = last + 1
    return found


# A journey or a life before a country's name: "came to England from Jamaica", "born in Chad".
_MIGRATION_BEFORE = regex.compile(
    r"(?i:\b(?:came|come|comes|coming|moved|moving|emigrated|migrated|returned|travelled|"
    r"traveled|arrived|fled|born|raised|grew\s+up|deported|relocated|visited|visiting)\b"
    r"[^.!?\n]{0,40}?\b(?:from|in|to)\s+)$"
)


def _ordinary_name_word(word: str) -> bool:
    """A given name that is no kind-of-body, role, national, stop word or month."""
    low = _bare(word)
    return (
        lexicon.is_given_name(low)
        and not _generic(low)
        and low not in _stop_words()
        and low not in MONTHS
        and low not in NOT_PERSONS
    )


def _standalone_names(text: str) -> list[tuple[str, int, int, str]]:
    """A given name standing alone (a list item, a table cell, a heading: '- Blessing') or
    possessive at the start of one ('Honey's story'), and a possessive given name in mid
    sentence ('at Precious's flat'). Ordinary-word names need this: nothing else says they are
    names."""
    found: list[tuple[str, int, int, str]] = []
    for segment in _SEGMENT.finditer(text):
        match = _SEGMENT_NAME.match(segment.group(0))
        if match is None:
            continue
        word = match.group("name")
        if _ordinary_name_word(word) and lexicon.word_zipf(_bare(word)) < STANDALONE_NAME_MAX_ZIPF:
            start = segment.start() + match.start("name")
            found.append((PERSON, start, start + len(word), "a given name standing alone"))
    for match in _MID_POSSESSIVE.finditer(text):
        start, end = match.span("name")
        if not _sentence_start(text, start) and _ordinary_name_word(match.group("name")):
            found.append((PERSON, start, end, "possessive of a given name"))
    return found


def _places_in_context(text: str) -> list[tuple[str, int, int, str]]:
    """A UK place that is also an everyday word, where the words around it say it is a place."""
    found: list[tuple[str, int, int, str]] = []
    for pattern in (_PLACE_VERB, _PLACE_STRONG):
        for match in pattern.finditer(text):
            for start, end in match.spans("name"):
                name = text[start:end]
                words = name.split()
                # "moved to Reading Borough": the place may be the first word only.
                while words and not lexicon.is_uk_place(" ".join(words)):
                    words.pop()
                if not words:
                    continue
                place = " ".join(words)
                if pattern is _PLACE_VERB:
                    after = text[start + len(place) : start + len(place) + 6]
                    if regex.match(r"\s*\d", after):
                        continue  # "lived in March 2019": a date, not a place
                    if _bare(words[0]) in MONTHS and not _PLACE_NOT_TIME.fullmatch(
                        match.group("prep")
                    ):
                        continue  # "moved in May": a time; "moved to March in 2014": a place
                found.append((LOCATION, start, start + len(place), "a place by its context"))
            if pattern is _PLACE_STRONG:
                for start, end in match.spans("county"):
                    if not _generic(_bare(text[start:end].split(" ")[1])):
                        found.append((LOCATION, start, end, "a county named 'County X'"))
    return found


def _attended_institutions(text: str) -> list[tuple[str, int, int, str]]:
    """The distinctive words of an institution named after 'attended', 'worked at', 'member
    of' without a kind word; one of its words must be no everyday word."""
    found: list[tuple[str, int, int, str]] = []
    for match in _ATTENDED.finditer(text):
        start, end = match.span("name")
        words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, end)]
        lowered = [_bare(w) for _, _, w in words]
        if all(_generic(w) or w in _CONNECTORS for w in lowered):
            continue
        if min(lexicon.word_zipf(w) for w in lowered if w not in _CONNECTORS) >= ATTENDED_RARE_ZIPF:
            continue
        for run_start, run_end in _distinctive_runs(text, words, lowered):
            found.append((INSTITUTION, run_start, run_end, "institution someone attended"))
    return found


def _businesses(text: str) -> list[tuple[str, int, int, str]]:
    """A business named with everyday words after 'worked at' or 'bought ... from'; see
    `_BUSINESS_AFTER`."""
    found: list[tuple[str, int, int, str]] = []
    for match in _BUSINESS_AFTER.finditer(text):
        start, end = match.span("name")
        lowered = [_bare(w) for w in _WORD.findall(text[start:end])]
        if any(
            _generic(w) or w in SERVICE_WORDS or w in MONTHS or w in NOT_PERSONS for w in lowered
        ):
            continue
        found.append((INSTITUTION, start, end, "a business where someone worked or shopped"))
    return found


def _welsh_places(text: str) -> list[tuple[str, int, int, str]]:
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
            if lexicon.word_zipf(after) < WELSH_ARTICLE_MAX_ZIPF and not _generic(after.casefold()):
                found.append(
                    (LOCATION, match.start(), match.end(), "built like a Welsh place name")
                )
            continue
        if (
            lexicon.word_zipf(low) < WELSH_PLACE_MAX_ZIPF
            and lexicon.word_zipf(parts[0]) < WELSH_PLACE_MAX_ZIPF
            and not lexicon.is_given_name(parts[0])
            and not lexicon.is_surname(parts[0])
            and not _generic(parts[0])
        ):
            found.append((LOCATION, match.start(), match.end(), "built like a Welsh place name"))
    return found


def _called_without_quotes(text: str) -> list[tuple[str, int, int, str]]:
    """'they called her Tilly' with no quotes: the capitalised word after the pronoun, when it
    is no everyday word or is a given name ('the GP called her Monday' is neither)."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CALLED_OBJECT.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        low = _bare(word)
        if _not_a_name(low):
            continue
        zipf = lexicon.word_zipf(low)
        if word[0].islower():
            keep = zipf < LOWER_CALLED_MAX_ZIPF and (
                lexicon.is_given_name(low) or zipf < UNKNOWN_NAME_ZIPF
            )
        else:
            keep = zipf < NICKNAME_MAX_ZIPF or (
                lexicon.is_given_name(low) and zipf < STANDALONE_NAME_MAX_ZIPF
            )
        if keep:
            found.append((PERSON, start, end, "called by a name"))
    return found


_TITLED_WORD = regex.compile(rf"(?<![\p{{L}}'’\-])(?:{TITLED_CAP})(?![\p{{L}}'’\-])")
RARE_PLACE_MAX_ZIPF = 2.5  # 'Kidderminster' (2.4) anywhere; 'Tavistock' (2.6) needs a context


def _rare_places(text: str) -> list[tuple[str, int, int, str]]:
    """A UK town English hardly uses as a word, wherever it stands ('Section 5 -
    Kidderminster:'), unless it is also a given name or a surname."""
    found: list[tuple[str, int, int, str]] = []
    for match in _TITLED_WORD.finditer(text):
        word = match.group(0)
        low = _bare(word)
        if (
            lexicon.is_uk_place(low)
            and lexicon.word_zipf(low) < RARE_PLACE_MAX_ZIPF
            and not lexicon.is_given_name(low)
            and not lexicon.is_surname(low)
            and not _not_a_name(low)
        ):
            end = match.end() - (2 if word.endswith(("'s", "’s")) else 0)
            found.append((LOCATION, match.start(), end, "a UK town that is no English word"))
    return found


def _capital_records(text: str) -> list[tuple[str, int, int, str]]:
    """Names in capitals as records write them ('DHILLON HARLEEN', 'DHILLON K', 'PC OYELARAN')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CAPS_RECORD.finditer(text):
        surname = match.group("surname").casefold()
        given = (match.group("given") or "").casefold()
        known = lexicon.is_surname(surname) and lexicon.word_zipf(surname) < CAPS_SURNAME_MAX_ZIPF
        # 'KALNINS E': a word English does not know, then an initial, is a record's name too.
        unknown = not given and len(surname) >= 5 and lexicon.word_zipf(surname) < 1.5
        if (
            (known or unknown)
            and not _generic(surname)
            and (not given or (lexicon.is_given_name(given) and not _generic(given)))
        ):
            found.append((PERSON, *match.span("name"), "a record name in capitals"))
        elif given and _given_then_surname(surname, given):
            found.append((PERSON, *match.span("name"), "a given name and surname in capitals"))
    for match in _CAPS_TITLE_NAME.finditer(text):
        low = match.group("name").casefold()
        if not _generic(low) and (lexicon.is_surname(low) or lexicon.word_zipf(low) < 2.0):
            found.append((PERSON, *match.span("name"), "a title before a name in capitals"))
    return found


CAPS_SURNAME_MAX_ZIPF = 3.5  # 'DHILLON', 'LOMAX'; not 'WHITE' or 'YOUNG' in a log's capitals


def _sentence_after_initial(match: regex.Match[str]) -> bool:
    """'Mr H. Enquiry closed': an initial with a full stop, then one everyday word that is no
    surname, starts the next sentence ('Mr J. Smith' stays a name)."""
    initial, name = match.group("initial"), match.group("name")
    if not initial or "." not in initial or " " in name:
        return False
    low = _bare(name)
    return lexicon.word_zipf(low) >= 3.0 and not lexicon.is_surname(low)


def _given_then_surname(first: str, second: str) -> bool:
    """'PT TAMSIN TREGENZA': in a note written all in capitals, a rarer given name and then a
    surname, or a word English does not know, are a name in the usual order."""
    return (
        lexicon.is_given_name(first)
        and lexicon.word_zipf(first) < CAPS_SURNAME_MAX_ZIPF
        and not _not_a_name(first)
        and not _not_a_name(second)
        and (
            (lexicon.is_surname(second) and lexicon.word_zipf(second) < CAPS_SURNAME_MAX_ZIPF)
            or (len(second) >= 4 and lexicon.word_zipf(second) < 1.5)
        )
    )


def _people_by_shape(text: str) -> list[tuple[str, int, int, str]]:
    """Record fields, family possessives, acknowledgements, role acronyms before surnames and
    surnames in capitals: see the patterns above."""
    found: list[tuple[str, int, int, str]] = []
    for match in _RECORD_LABEL.finditer(text):
        start, end = match.span("name")
        value = match.group("name")
        words = [_bare(w) for w in _WORD.findall(value)]
        if value.isupper() and len(value) <= 3:
            if value.casefold() not in _ROLE_ACRONYMS:
                found.append((PERSON, start, end, "initials in a record's name field"))
            continue
        if any(_not_a_name(w) for w in words):
            continue
        if (
            len(words) == 1
            and lexicon.word_zipf(words[0]) >= RECORD_VALUE_MAX_ZIPF
            and not (lexicon.is_given_name(words[0]))
        ):
            continue
        found.append((PERSON, start, end, "a name in a record's field"))
    for match in _OUR_NAME.finditer(text):
        start, end = match.span("name")
        low = _bare(match.group("name"))
        if _ordinary_name_word(low) and not _sentence_start(text, start):
            found.append((PERSON, start, end, "a family's own name for someone"))
    for match in _THANKS_TO.finditer(text):
        start, end = match.span("name")
        low = _bare(match.group("name"))
        if not _not_a_name(low) and (
            lexicon.is_given_name(low) or lexicon.word_zipf(low) < THANKED_MAX_ZIPF
        ):
            found.append((PERSON, start, end, "someone thanked"))
    for match in _ACRONYM_SURNAME.finditer(text):
        start, end = match.span("name")
        low = _bare(match.group("name"))
        if (
            lexicon.is_surname(low)
            and lexicon.word_zipf(low) < CAPS_SURNAME_MAX_ZIPF
            and not _not_a_name(low)
            and not lexicon.is_uk_place(low)
        ):
            found.append((PERSON, start, end, "a surname after a role's acronym"))
    for match in _ROLE_APPOSED.finditer(text):
        words = [_bare(w) for w in _WORD.findall(match.group("name"))]
        if not any(_not_a_name(w) for w in words):
            found.append((PERSON, *match.span("name"), "a professional named after the role"))
    for match in _RELATION_INITIALS.finditer(text):
        if match.group("name").casefold() not in _ROLE_ACRONYMS:
            found.append((PERSON, *match.span("name"), "initials after a family word"))
    for match in _HYPHENATED_PLACE.finditer(text):
        if lexicon.is_uk_place(match.group(0)):
            found.append((LOCATION, *match.span(), "a UK place with hyphens"))
    for match in _CAPS_SURNAME.finditer(text):
        low = match.group("name").casefold()
        if (
            lexicon.is_surname(low)
            and lexicon.word_zipf(low) < CAPS_ALONE_MAX_ZIPF
            and not _not_a_name(low)
        ):
            found.append((PERSON, *match.span("name"), "a surname in capitals"))
    return found


def _statement_authors(text: str) -> list[tuple[str, int, int, str]]:
    """A full name after 'statement from', 'letter by'...: the surname must be a known one."""
    found: list[tuple[str, int, int, str]] = []
    for match in _STATEMENT_FROM.finditer(text):
        start, end = match.span("name")
        words = [_bare(w) for w in _WORD.findall(text[start:end])]
        if lexicon.is_surname(_bare(match.group("surname"))) and not any(
            _not_a_name(w) for w in words
        ):
            found.append((PERSON, start, end, "the author of a statement or letter"))
    return found


def _record_name(match: regex.Match[str]) -> bool:
    """'SMITH, Jane' and 'ZAJAC, KRZYSZTOF' (both in capitals, as police records write them)
    need a known surname, so 'MARAC, Dean' and 'MARAC, DASH' are no names."""
    surname = _bare(match.group("name").split(",")[0])
    caps = match.group("caps")
    if caps is not None and _generic(_bare(caps)):
        return False
    if lexicon.is_surname(surname):
        return True
    # 'PRYDDERCH, GWILYM': a surname no list knows, and a given name or another word English
    # hardly knows after it.
    given = _bare(caps) if caps is not None else ""
    return (
        len(surname) >= 5
        and lexicon.word_zipf(surname) < 1.5
        and bool(given)
        and (lexicon.is_given_name(given) or lexicon.word_zipf(given) < RARE_FIRST_MAX_ZIPF + 0.5)
    )


def _cited_defendants(text: str) -> list[tuple[str, int, int, str]]:
    """The defendant in a case citation ('R v Morrow'), in text or in a URL slug."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CASE_CITATION.finditer(text):
        for start, end in match.spans("name"):
            if not _not_a_name(_bare(text[start:end])):
                found.append((PERSON, start, end, "a defendant in a case citation"))
    return found


def _names_in_urls(text: str) -> list[tuple[str, int, int, str]]:
    """A given name and a surname run together in a web address's path ('/appeal/jo-bloggs',
    '/tribute/ana_mirek-2023'): a page about a person."""
    found: list[tuple[str, int, int, str]] = []
    for url in _URL.finditer(text):
        path_start = text.find("/", url.start() + 8, url.end())
        if path_start == -1:
            continue
        words = list(_SLUG_WORD.finditer(text, path_start, url.end()))
        for first, second in pairwise(words):
            gap = text[first.end() : second.start()]
            given, family = first.group(0).casefold(), second.group(0).casefold()
            if (
                gap in ("-", "_", ".")
                and len(given) >= 3
                and lexicon.is_given_name(given)
                and lexicon.word_zipf(given) < SLUG_GIVEN_MAX_ZIPF
                and not _not_a_name(given)
                and (
                    lexicon.is_surname(family)
                    or lexicon.word_zipf(family) < SLUG_SURNAME_MAX_ZIPF
                    or (len(family) == 1 and _ends_segment(text, second.end(), url.end()))
                )
                and not _not_a_name(family)
            ):
                found.append((PERSON, first.start(), second.end(), "a name in a web address"))
    return found


def _ends_segment(text: str, position: int, url_end: int) -> bool:
    """Whether a slug word ends its path segment ('/justice-for-ana-d', '/ana-d/'): an initial
    there is a surname's ('ana-d'), not a word cut short."""
    return position >= url_end or text[position] in "/?#"


def _saved_as_names(text: str) -> list[tuple[str, int, int, str]]:
    """The names a phone or account was saved under ('saved as sky, Brook and tolu'): each
    word that is a given name or no English word."""
    found: list[tuple[str, int, int, str]] = []
    for match in _SAVED_AS.finditer(text):
        for word in _WORD.finditer(text, *match.span("names")):
            low = _bare(word.group(0))
            if low in ("and", "or") or _not_a_name(low):
                continue
            if lexicon.is_given_name(low) or lexicon.word_zipf(low) < UNKNOWN_NAME_ZIPF:
                found.append((PERSON, word.start(), word.end(), "a name a phone was saved under"))
    return found


def _apposed_names(text: str) -> list[tuple[str, int, int, str]]:
    """A name between commas after a relationship ('her friend from work, Tilda,'; 'the host's
    son, ezra,' in lower case when the word is a rarer given name) or before one ('Tilda, her
    neighbour,'; 'Tilda, who lived next door, said')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _APPOSED_AFTER.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        low = _bare(word)
        if _not_a_name(low):
            continue
        if word[0].islower():
            keep = lexicon.is_given_name(low) and lexicon.word_zipf(low) < LOWER_NAME_MAX_ZIPF
        else:
            keep = lexicon.is_given_name(low) or lexicon.word_zipf(low) < 3.0
        if keep:
            found.append((PERSON, start, end, "a name beside a relationship"))
    for match in _APPOSED_BEFORE.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        low = _bare(word)
        rare = lexicon.word_zipf(low) < 3.0 and not _not_a_name(low)
        if _ordinary_name_word(word) or rare:
            found.append((PERSON, start, end, "a name beside a relationship or speech"))
    return found


def _bracketed_names(text: str) -> list[tuple[str, int, int, str]]:
    """A given name beside another in brackets ('Tilda (Marnie)': a real name and its
    pseudonym, both reported; the declared one is allowed later), and a given name in brackets
    after a family phrase ('her daughter, aged 9 (Clover)'), season names included."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NAME_ALIAS.finditer(text):
        pair = [match.span("name"), match.span("alias")]
        words = [text[s:e] for s, e in pair]
        if all(
            _ordinary_name_word(w) and lexicon.word_zipf(_bare(w)) < STANDALONE_NAME_MAX_ZIPF
            for w in words
        ):
            found.extend((PERSON, s, e, "a name beside its pseudonym") for s, e in pair)
    for match in _FAMILY_PAREN.finditer(text):
        start, end = match.span("name")
        low = _bare(match.group("name"))
        if lexicon.is_given_name(low) and (
            _ordinary_name_word(low)
            or (low in SEASONS and low not in _stop_words() and low not in GENERIC)
        ):
            found.append((PERSON, start, end, "a name in brackets after a family word"))
    return found


def _named_estates(text: str) -> list[tuple[str, int, int, str]]:
    """A named housing estate or site ('the Simonbank estate'): the words before 'estate'."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NAMED_ESTATE.finditer(text):
        start, end = match.span("name")
        words = [_bare(w) for w in _WORD.findall(text[start:end])]
        if _sentence_start(text, start) and len(words) == 1 and lexicon.is_common_word(words[0]):
            continue  # "Estate agents ..." / "Site visits ..." at a sentence start
        if any(_not_a_name(w) for w in words):
            continue  # 'the Traveller site', 'the Council estate'
        found.append((LOCATION, start, end, "a named estate or site"))
    return found


def _locative_places(text: str) -> list[tuple[str, int, int, str]]:
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
                not _not_a_name(low) and lexicon.word_zipf(low) < LOCATIVE_PLACE_MAX_ZIPF
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
            and not _not_a_name(words[1].casefold())
        ):
            end = start + len(words[0]) + 1 + len(words[1])
            found.append((LOCATION, start, end, "a village named 'Little X', 'Upper X'"))
            continue
        if (
            len(words) >= 2
            and words[1].casefold() in PLACE_KIND_WORDS
            and lexicon.word_zipf(words[0].casefold()) < PLACE_KIND_FIRST_MAX_ZIPF
            and not _not_a_name(words[0].casefold())
        ):
            end = start + len(words[0]) + 1 + len(words[1])
            found.append((LOCATION, start, end, "a place named like a village or district"))
            continue
        word = words[0]
        low = word.casefold()
        if (
            _ENGLISH_PLACE.match(word)
            and lexicon.word_zipf(low) < ENGLISH_PLACE_MAX_ZIPF
            and not _not_a_name(low)
        ):
            found.append((LOCATION, start, start + len(word), "built like an English place name"))
    return found


def _service_places(text: str) -> list[tuple[str, int, int, str]]:
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
        if (known or shaped) and not _not_a_name(low):
            found.append((ORGANISATION_PLACE, start, end, "a place naming a local service"))
    return found


# A review's list of agencies (review.yml): "agencies:" then one indented "- name" per line
# (the analysis view blanks YAML's "-" and ":"; a list at column 0 is indented once blanked).
_AGENCY_LIST = regex.compile(
    r"^agencies[ \t]*:?[ \t]*\n(?P<items>(?:[ \t]+-?[ \t]*[^\s][^\n]*(?:\n|$))+)", regex.M
)
_AGENCY_ITEM = regex.compile(
    r"^[ \t]+-?[ \t]*[\"']?(?P<name>[^\n\"'(]*[^\s\"'(])[ \t]*(?:\([^\n)]*\))?[\"']?[ \t]*$",
    regex.M,
)


# Two capitalised words side by side, on one line: see `_rare_name_pairs`.
_CAPITAL_PAIR = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?=(?P<first>{_PLACE_WORD}) (?P<second>{_PLACE_WORD})(?![\p{{L}}'’\-]))"
)
RARE_FIRST_MAX_ZIPF = 2.0  # 'Hodan' (1.1): a word English hardly knows
RARE_SURNAME_MAX_ZIPF = 3.0  # 'Warsame' (1.5); not 'Hill' or 'Young'


_CAPITALISED = regex.compile(r"(?<![\p{L}'’\-])\p{Lu}[\p{Ll}'’\-]+")
_PLACEHOLDER_LETTER = regex.compile(r"[ \t]+(?:[A-Z]|[0-9]{1,2})(?![\p{L}\p{N}])")
WELSH_NAME_MAX_ZIPF = 3.0  # 'Emrys' (2.0), 'Cilycwm'; not 'Capel' as an English word would be


def _names_in_welsh_sentences(text: str) -> list[tuple[str, int, int, str]]:
    """In a Welsh sentence a capital mid-sentence marks a name, as in English ("priod annwyl y
    diweddar Emrys"): a capitalised word that is no Welsh word (in any mutation), no national
    word and no common English word, away from a sentence's start."""
    found: list[tuple[str, int, int, str]] = []
    for line in regex.finditer(r"[^\n]+", text):
        if not is_welsh_line(line.group(0)):
            continue
        for match in _CAPITALISED.finditer(text, line.start(), line.end()):
            start, end = match.span()
            word = _bare(match.group(0))
            if (
                _sentence_start(text, start)
                or _PLACEHOLDER_LETTER.match(text, end)  # "ym Mhentref A": a mutated placeholder
                or is_welsh_word(word)
                or lexicon.word_zipf(word) >= WELSH_NAME_MAX_ZIPF
                or _not_a_name(word)
            ):
                continue
            found.append((PERSON, start, end, "a name in a Welsh sentence"))
    return found


def _rare_name_pairs(text: str) -> list[tuple[str, int, int, str]]:
    """A word English hardly knows, then a known surname that is no everyday word ('Hodan
    Warsame'), anywhere, a sentence start too: given names from many countries are missing
    from the gazetteer, but their surnames often are not."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CAPITAL_PAIR.finditer(text):
        first, second = _bare(match.group("first")), _bare(match.group("second"))
        if (
            lexicon.word_zipf(first) < RARE_FIRST_MAX_ZIPF
            and lexicon.is_surname(second)
            and lexicon.word_zipf(second) < RARE_SURNAME_MAX_ZIPF
            and not _not_a_name(first)
            and not _not_a_name(second)
            and not lexicon.is_uk_place(first)
        ):
            found.append((PERSON, match.start("first"), match.end("second"), "a rare name pair"))
    return found


def _listed_agencies(text: str) -> list[tuple[str, int, int, str]]:
    """The words of its own in each agency a review lists (not a kind of body, a role, a
    national word or a connector): a business or a local body the site policy does not declare
    ("Nova Freight (employer)", "Peterborough" in "Peterborough City Council"). A public agency
    passes when the site policy lists it."""
    found: list[tuple[str, int, int, str]] = []
    for block in _AGENCY_LIST.finditer(text):
        for item in _AGENCY_ITEM.finditer(text, block.start("items"), block.end("items")):
            run: tuple[int, int] | None = None
            for word in _WORD.finditer(text, *item.span("name")):
                low = _bare(word.group(0))
                joining = low in _CONNECTORS or low in ("and", "&")
                if not _generic(low) and not joining:
                    run = (run[0] if run else word.start(), word.end())
                    continue
                if run is not None and not joining:
                    found.append((INSTITUTION, *run, "an agency the review lists"))
                    run = None
            if run is not None:
                found.append((INSTITUTION, *run, "an agency the review lists"))
    return found


def _named_before_kind(text: str) -> list[tuple[str, int, int, str]]:
    """A business named before its lower-case kind ('the Jade Orchid takeaway')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NAME_BEFORE_KIND.finditer(text):
        start, end = match.span("name")
        words = _WORD.findall(text[start:end])
        if len(words) > 2 and lexicon.is_national_word(words[-1]):
            # 'the Golden Lotus Chinese takeaway': the cuisine is no part of the name
            end = start + text[start:end].rindex(words[-1]) - 1
            words = words[:-1]
        lowered = [_bare(w) for w in words]
        if any(_not_a_name(w) for w in lowered):
            continue  # 'the Polish Catholic church', 'the Sunday club'
        local = match.group("kind").casefold() in LOCAL_KINDS
        if not local and min(lexicon.word_zipf(w) for w in lowered) >= INSTITUTION_MAX_ZIPF:
            continue  # 'the Premier League club'; but 'the Lucky Star takeaway' is local
        found.append((INSTITUTION, start, end, "a business named before its kind"))
    for match in _NAMED_PUB.finditer(text):
        words = [_bare(match.group("first")), _bare(match.group("second"))]
        if not any(_not_a_name(w) or w in SERVICE_WORDS for w in words):
            found.append((INSTITUTION, *match.span("name"), "a pub named 'the X and Y'"))
    return found
