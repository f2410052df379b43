"""Rules that find people the small model misses, from the words around a name.

A title or rank ("DS Pryce"), a family word ("her daughter Will"), a record's name ("SMITH,
Jane", "DHILLON K", "Carer: Siriporn"), a nickname in quotes, a name in apposition or beside
speech, a statement's author, a defendant in a case citation, a name in a web address's path,
in a Welsh sentence or in a rare given name and surname pair, and given names from the
gazetteer. A person needs tests of its own (given names, surnames, and everyday words such as
"Hope" that only a naming phrase makes a name), so these rules live apart from places and
institutions. The record pass (`people_by_shape`) also takes UK places written with hyphens.
"""

from __future__ import annotations

from itertools import pairwise

import regex  # type: ignore[import-untyped]

from redact import lexicon
from redact.context_words import (
    GENERIC,
    MONTHS,
    NOT_PERSONS,
    PLACE_WORD,
    TITLED_CAP,
    WORD,
    bare,
    generic,
    not_a_name,
    sentence_start,
    stop_words,
)
from redact.lexicon import KIN_TITLES
from redact.name_recognizers import (
    LOCATION,
    NOTE_VERBS,
    OTHER_SCRIPT_MAX_ZIPF,
    PERSON,
    RECORD_SHORTHAND,
    ROLE_WORDS,
    acronym_defined,
    in_welsh_line,
    is_welsh_line,
    is_welsh_word,
)
from redact.propagation import dated_month, fold
from redact.recognizers._informal import PINYIN_SYLLABLE, PINYIN_WORD
from redact.recognizers.person_initials import ABBREVIATIONS

TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|DI|DCI|DCS|PCSO|Sgt|Insp|Cllr|Rev|Revd|Fr|Sister|Nurse"
    r"|Captain|Colonel|Lieutenant|Corporal|Brigadier|Sergeant|Councillor|Reverend|Pastor|Imam"
    # faith titles, in English and Welsh ('Parch.' is the Welsh 'Revd')
    r"|Father|Canon|Rabbi|Sheikh|Shaykh|Bishop|Deacon|Parch|Parchedig|Giani|Pandit|Maulana"
    # Amharic courtesy titles: 'W/ro' (Mrs), 'W/rt' or 'W/t' (Miss), 'Ato' (Mr)
    r"|W/ro|W/rt|W/t|Ato"
    # armed forces ranks, as service welfare records write them
    r"|Capt|Cpt|Maj|Lt|Col|Cpl|LCpl|LCpl|SSgt|WO|WO1|WO2|Pte|Rfn|Spr|Gnr|Tpr|Cdr|Brig|Flt|Sqn"
)
FAMILY = (
    r"daughter|son|sister|brother|mother|father|mum|dad|partner|husband|wife|boyfriend|"
    r"girlfriend|fianc[ée]e?|friend|neighbour|cousin|aunt|uncle|niece|nephew|grandson|"
    r"granddaughter|grandmother|grandfather|grandma|grandad|stepson|stepdaughter|stepfather|"
    r"stepmother|child|baby|colleague|landlord|landlady|employer|ex-partner|ex-husband|ex-wife|"
    r"auntie|aunty|nan|nana|nanny|gran|granny|grandpa|granda|host|flatmate|housemate|lodger"
)
TITLE_NAME = regex.compile(
    # a space, or up to three where a quotation's line wrapped ('Dr / > Lloyd-Pritchard')
    rf"(?<![\p{{L}}])(?:{TITLES})\.?[ \t]{{1,3}}(?:[0-9]{{2,5}} )?(?P<initial>\p{{Lu}}\.? )?"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?|\p{{Lu}}\p{{Ll}}(?![\p{{L}}'’\-]))"
)
# Titles that are also everyday nouns ('Father Christmas', 'a Canon Law degree'): the word after
# them is a name only when it is a known name or no common word.
NOUN_TITLES = frozenset(["father", "canon", "bishop", "deacon"])
NOUN_TITLE_NAME_MAX_ZIPF = 3.5
# Titles written out as words: with a full stop after them, a sentence ends ('speak to the
# Sheikh. But the Sheikh is his friend'); 'Dr.' or 'Parch.' is an abbreviation.
WORD_TITLES = NOUN_TITLES | frozenset(
    [
        "rabbi",
        "sheikh",
        "shaykh",
        "imam",
        "pastor",
        "reverend",
        "sister",
        "nurse",
        "captain",
        "colonel",
        "lieutenant",
        "corporal",
        "brigadier",
        "sergeant",
        "councillor",
        "giani",
        "pandit",
        "maulana",
        "parchedig",
    ]
)


def not_a_title_here(title: str, name: str) -> bool:
    """Whether a title's match is no title and name: a title written as a word that ends a
    sentence, or a noun title before a common word ('Father Figure'; not 'Father Tadhg',
    'Canon Pritchard')."""
    word = title.rstrip(".").casefold()
    if title.endswith(".") and word in WORD_TITLES:
        return True
    if word not in NOUN_TITLES:
        return False
    first = name.split()[0].casefold()
    known_name = lexicon.is_given_name(first) or lexicon.is_surname(first)
    return not_a_name(first) or (
        not known_name and lexicon.word_zipf(first) >= NOUN_TITLE_NAME_MAX_ZIPF
    )


# A two-word role used as a title before a surname: "Health Visitor Pritchard", "Social Worker
# Adeyemi", "Staff Nurse Kowalska".
ROLE_TITLE_NAME = regex.compile(
    r"(?<![\p{L}])(?:Health|Social|Support|Key|Family|Youth|Staff|Charge|School|District|Community|"
    r"Police|Practice|Ward)[ \t]+(?:Visitor|Worker|Nurse|Officer|Constable|Sister|Manager) "
    # one space: a table's next cell is no name ("| Social Worker | Guidance updated |"), nor a
    # date ("| Social Worker | June 2025")
    rf"(?P<name>{TITLED_CAP})(?![\p{{L}}])(?![ \t]+[0-9])"
    # ... or a one-word role, in any case, before a name writing in a record: "Carer Nance notes
    # bruising", "support worker Reilly reported"
    r"|(?<![\p{L}])(?i:carer|paramedic|therapist|practitioner|advocate|midwife|"
    r"(?:support|key|social|care|youth|family)[ \t]+worker|health[ \t]+visitor)[ \t]+"
    rf"(?P<name>{TITLED_CAP})[ \t]+(?=(?:notes|noted|reports|reported|records|recorded|observes|"
    r"observed|writes|wrote|raises|raised|finds|found|visits|visited|documents|documented)"
    r"(?![\p{L}]))"
)
# A surname before marriage: "née Herne", "(nee Gwenallt)".
MAIDEN_NAME = regex.compile(
    # ... or said to be one: "her maiden name Ward appears on the form"
    rf"(?<![\p{{L}}])(?i:n[ée]e|maiden[ \t]+name(?:[ \t]+(?:was|is))?,?)[ \t]+(?P<name>{TITLED_CAP})"
    r"(?![\p{L}])"
)
SHORT_SURNAME_MAX_ZIPF = 5.0  # 'Dr Ng', 'Mr Wu', 'Mrs Ho'; not 'Mr De' or 'Dr Oh'


def short_titled_name(span: str) -> bool:
    """A two-letter word after a title is a name when it is a known name that is no stop word
    and no commoner word ('Dr Ng', 'Ms Yu'; not 'Sister In', 'Mr De')."""
    low = span.casefold()
    return (
        (lexicon.is_surname(low) or lexicon.is_given_name(low))
        and low not in stop_words()
        and lexicon.word_zipf(low) < SHORT_SURNAME_MAX_ZIPF
    )


# Records in capitals: "PC OYELARAN", "DHILLON HARLEEN", "LOMAX GARETH", "DHILLON K",
# "PILKINGTON B (Mrs)": a known surname, then a known given name or an initial.
# A letter's address block in capitals: "MR GARETH McCLURE" (a given name, then the surname).
_CAPS_TITLE_NAME = regex.compile(
    # the title in capitals or not: "MR GARETH McCLURE", "Male tnt Mr DUNMORE says"
    # ... an initial between: "Contact: Mr J. TREVASKIS (tenant)"
    rf"(?<![\p{{L}}])(?:{TITLES.upper()}|{TITLES})\.? (?:\p{{Lu}}\.? )?(?P<name>(?P<first>(?:Mc|Mac)?\p{{Lu}}{{3,}}"
    rf"(?:-\p{{Lu}}{{2,}})?)(?![\p{{L}}])(?: (?:Mc|Mac)?\p{{Lu}}{{3,}}(?:-\p{{Lu}}{{2,}})?(?![\p{{L}}]))?)"
)
_TITLE_WORD = regex.compile(rf"(?i:{TITLES})")
_CAPS_RECORD = regex.compile(
    r"(?<![\p{L}])(?P<name>(?P<surname>\p{Lu}{3,}(?:-\p{Lu}{2,})?) "
    r"(?:(?P<given>\p{Lu}{3,})|\p{Lu}\.?(?=[ ,;]|$|\n|\()))(?![\p{L}])"
)
# Spaces with at most one line break: a paragraph break ("...an adult child\n\nEvery agency")
# ends the phrase.
_GAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
FAMILY_NAME = regex.compile(
    # (not across a table's blanked bar: "| Partner, child | Green |" is two cells)
    rf"(?i:(?<![\p{{L}}])(?:{FAMILY}))(?:[ \t]*,)?(?![ \t]{{3}}){_GAP}"
    r"(?i:(?:called|named|known\s+as)\s+)?"
    rf"(?P<name>(?:{TITLED_CAP}))(?!\s+(?:{TITLED_CAP}))?"
)
POSSESSIVE_FAMILY = regex.compile(
    rf"(?P<name>(?:{TITLED_CAP}))['’]s\s+(?i:(?:{FAMILY})s?)(?![\p{{L}}])"
)
RECORD_NAME = regex.compile(
    r"(?<![\p{L}])(?P<name>\p{Lu}{1,2}['’]?\p{Lu}{2,}(?:[\-]\p{Lu}{2,})?,[ \t]+"
    r"(?:\p{Lu}\p{Ll}+|(?P<caps>\p{Lu}{2,}(?:[\-]\p{Lu}{2,})?)(?![\p{L}])))"
)
# "her real first name, Summer,", "the contact name "will"", "known as Blessing".
NAME_WORD = regex.compile(
    r"(?<![\p{L}])(?i:(?:first|middle|given|real|birth|maiden|married|full|contact|user|nick|pet|"
    r"christian|actual|family|last|stage|artist|screen|display|former|previous|original)"
    r"[ \-]?names?|surnames?"
    r"|(?:under|by|using)\s+the\s+names?|(?:his|her|their)\s+name"
    # "my mum's name was marie"
    r"|(?:my|your|\p{L}+['’]s)\s+name\s+(?:is|was)(?=\s)|(?:contact|chat)(?=\s*:\s*[\"“']))"
    # "real name (Summer)": a bracket only on the same line
    r"(?:\s+(?i:is|was|of|as|throughout|being))?(?:[ \t]*\([ \t]*|\s*[:,]?\s*)"
    # (not a possessive: "her name's meaning")
    rf"(?:(?P<quote>[\"“‘'])(?![sS]\b)\s*)?(?P<name>(?(quote)[\p{{L}}][\p{{L}}'’\-]*"
    rf"(?:\s[\p{{L}}][\p{{L}}'’\-]*(?=[\"”’']))?|(?:{TITLED_CAP}"
    # "lists his name as RAJ KUMARAN"; "his nickname dariukas" (a word English does not know)
    r"|\p{Lu}{2,}(?: \p{Lu}{2,})?(?![\p{L}])|\p{Ll}[\p{Ll}'’\-]+)))"
)
# A word the text says is a name: '"Ubax is my name at home"', "Bex was her pet name".
NAME_IS_NAME = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})[ \t]+(?:is|was)[ \t]+(?:my|her|his|their|our)"
    r"(?:[ \t]+\p{Ll}+){0,2}?[ \t]+name(?![\p{L}])"
)
CALLED = regex.compile(
    rf"(?<![\p{{L}}])(?i:called|named|nicknamed|known(?:\s+\p{{Ll}}+){{0,5}}\s+as"
    rf"|knew\s+(?:him|her|them|{TITLED_CAP})\s+as)\s+[\"“‘']?"
    # 'known ... as shani'; a two-letter name too ('known to everyone as Mo')
    rf"(?P<name>(?:{TITLED_CAP})|\p{{Lu}}\p{{Ll}}|\p{{Ll}}[\p{{Ll}}'’\-]{{2,}})(?![\p{{L}}])"
)
# A nickname in quotation marks: "known to everyone as 'Dazza'", "went by "Jonno"", "called
# her 'Bex'" (a thing "named 'Bridges'" is no person). The quotes say it is a name even when the
# word is no given name.
_OBJECT = r"him|her|them|me|us|himself|herself|themselves|myself"
# Round four: also "called Jonah 'pip'", "referred to her colleague as 'pip'", "addressed him as",
# "signed off as", "calls herself", and nicknames of two words ("Grandad Tolly").
QUOTED_NICKNAME = regex.compile(
    # ('known in the family and on the street as "Happy"': up to eight words between)
    r"(?<![\p{L}])(?:(?P<known>(?i:known(?:\s+\p{L}+){0,8}\s+as|knew\s+(?:him|her|them)\s+as))"
    # 'Friends knew Craig as "Tank"'
    rf"|knew\s+{TITLED_CAP}\s+as"
    r"|(?i:nicknamed|alias|a\.?k\.?a\.?|(?:went|goes|going)\s+by)"
    # ... or 'known on the estate by a street name, "Ghost"', 'the street name "Tiny"'
    r"|(?i:(?:a|the|his|her|their)\s+(?:street|gang|stage|ring|nick|pet)[ \-]?name,?)"
    # ... or passive: 'Jory was still called "Skipper" in the pub'
    r"|(?i:(?:was|were|had\s+been)(?:\s+(?:still|always|only|also|often|usually))?"
    r"\s+called)"
    rf"|(?i:call(?:ed|s|ing)?|named)\s+(?:(?i:{_OBJECT})|{TITLED_CAP})"
    # "the family call her younger son 'Kutty'": a kin word and up to one word before it
    rf"|(?i:call(?:ed|s|ing)?)\s+(?i:his|her|their|the)\s+(?:\p{{Ll}}+\s+)?(?i:{FAMILY})"
    rf"|(?i:referred|referring|refers)\s+to\s+(?:(?i:{_OBJECT})|(?i:his|her|their)\s+\p{{Ll}}+)\s+as"
    rf"|(?i:address(?:ed|es|ing)?|remember(?:ed|s)?)\s+(?i:{_OBJECT})\s+as"
    r"|(?i:sign(?:ed|s|ing)?)\s+(?i:off\s+)?(?i:(?:his|her|their)\s+\p{Ll}+\s+)?(?i:as))"
    r"\s+(?P<quote>[\"“‘'])"
    # ... "the" before a capital inside the quotes too: 'called her "the Admiral"'
    r"(?:(?i:the)[ \t]+(?=\p{Lu}))?"
    r"(?P<name>\p{L}[\p{L}'’\-]{1,20}(?: \p{L}[\p{L}'’\-]{1,20})?)[\"”’'](?![\p{L}])"
    # ... or a quoted word someone is to the people around them: "('dovis' to his friends)",
    # '"dawidek" to his grandmother'
    r"|(?P<quote>[\"“‘'])(?P<name>\p{L}[\p{L}'’\-]{1,20})[\"”’'][ \t]+to[ \t]+"
    r"(?i:his|her|their)[ \t]+(?i:friends|mates|family|colleagues|workmates|brothers|sisters)"
    r"(?![\p{L}])"
    # ... or, after a pause, to a relative or in the messages: 'grandson, aged 23; "dawidek" to
    # his grandmother', 'former partner; "meks" in the messages quoted' (not what someone sang
    # to her daughter, nor 'The word "izzat" in the messages')
    rf"|(?<=[,;:(][ \t]*)(?P<quote>\")(?P<name>\p{{L}}[\p{{L}}'’\-]{{1,20}})\"[ \t]+to[ \t]+"
    rf"(?i:his|her|their)[ \t]+(?i:{FAMILY})(?![\p{{L}}])"
    r"|(?<=[,;:(][ \t]*)(?P<quote>\")(?P<name>\p{L}[\p{L}'’\-]{1,20})\"[ \t]+in[ \t]+"
    r"(?:(?i:the|his|her|their)[ \t]+)?(?i:messages|texts|chats|letters|emails|e-mails)(?![\p{L}])"
    # ... or what someone was to the people around them: 'To friends and neighbours he was "Den"'
    r"|(?<![\p{L}])(?i:to)[ \t]+(?:(?i:his|her|their)[ \t]+)?(?i:friends|mates|family|"
    r"neighbours|colleagues|workmates)(?:[ \t]+(?i:and)[ \t]+\p{Ll}+)?,?[ \t]+(?i:he|she|they)"
    r"[ \t]+(?i:was|were|is)[ \t]+(?P<quote>[\"“‘'])(?P<name>\p{L}[\p{L}'’\-]{1,20})[\"”’']"
    r"(?![\p{L}])"
)
# An unquoted nickname, where the text says who uses it: "called bin at home and by his
# friends", "called Titch by the family".
_CALLED_BY_CIRCLE = regex.compile(
    r"(?<![\p{L}])(?i:called|calls|call)[ \t]+(?P<quote>[\"“‘'])?(?P<name>\p{L}[\p{L}'’\-]{1,20})"
    r"(?(quote)[\"”’'])[ \t]+(?i:at[ \t]+home|by[ \t]+(?:(?:his|her|their|the|all)[ \t]+)?"
    r"(?:friends|mates|family|siblings|brothers|sisters|cousins|classmates)|by[ \t]+"
    r"(?:everyone|everybody|all))(?![\p{L}])"
)
CALLED_GIVEN_MAX_ZIPF = 4.5  # 'bin' (4.2) as a given name; not 'fat' (4.9), which name lists hold
CALLED_WORD_MAX_ZIPF = 3.0  # a word English hardly writes: 'called Titch'
NICKNAME_MAX_ZIPF = 4.3  # 'Dazza', 'Bex', 'Tiny'; not 'Mum' or 'Babe'
EVERYDAY_NICKNAME_MAX_ZIPF = 4.7  # 'Sparks' (3.8), 'Tiny' (4.6), 'Biscuit'; not 'Home' or 'Boss'
NO_WORD_ZIPF = 2.0  # a lower-case word in quotes that English hardly knows is a nickname ("podi")
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
    # ... whom or what: "she saved him in her phone as rhods"
    r"(?:\s+(?i:him|her|them|his\s+number|her\s+number))?"
    # ... on whose phone: "saved on Nasrin's phone as"
    r"(?:\s+(?i:in|on)\s+(?:(?i:her|his|their|the|my)|\p{Lu}\p{Ll}+['’]s)\s+(?:\p{Ll}+\s+)?"
    r"(?i:phone|contacts|mobile))?"
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
    # a line's or a cell's start, a wide gap, or a note's new sentence ("(S47). Victim: L.McK.")
    r"(?:^(?:[ \t]*[0-9]{1,2}[.)])?|(?<=[ \t]{2})|(?<=\|)|(?<=[.;][ \t]))[ \t]*"
    r"(?i:name(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{L}+)?|client|"
    r"patient|pt|victim|perp|perpetrator|suspect|"
    r"susp|ip|witness|carer|worker|officer|oic|occupant|subject|contact|nok|next\s+of\s+kin|"
    r"mother|father|child|partner|nominals?|caller|informant|visitor|tenant|driver|holder|"
    r"applicant|referrer|surname|forenames?|first\s+names?|given\s+names?|last\s+name|"
    r"maiden\s+name|alias|aka|detained\s+person|dp|arrested\s+person|vet|prescriber|clinician|"
    r"dentist|pharmacist|logged\s+by|recorded\s+by|seen\s+by|entered\s+by|adult|"
    # who signed a form ("Countersigned: TB   Team Manager") or was on duty ("Officer on duty:
    # G.P.")
    r"officer\s+on\s+duty|on\s+duty|duty\s+officer|"
    r"signed|countersigned|signed\s+by|countersigned\s+by|authori[sz]ed\s+by|approved\s+by|"
    r"completed\s+by|"
    r"adult\s+at\s+risk|person\s+at\s+risk|service\s+user|young\s+person|resident|pupil|student)"
    # a colon, a cell's bar, a run of dots ("SURNAME ........ FARAH") or a wide gap
    r"(?:[ \t]*[:|]|[ \t]*\.{3,}|[ \t]{2,}(?=\S))[ \t]*"
    # ... after an officer's rank and collar number: "Completed by:    PC 2975SE  AK"
    r"(?:(?:PC|DC|DS|PS|Sgt|PCSO)[ \t]+[0-9]{2,5}[A-Z]{0,2}[ \t]+(?=\p{Lu}{2,3}(?![\p{L}.0-9])))?"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,2}}|\p{{Lu}}{{2,3}}(?![\p{{L}}.0-9])"
    # initials with stops: "Victim: L.McK.", "Carer: J. R."
    r"|\p{Lu}\.(?:[ \t]?(?:Ma?c)?\p{Lu}\.){1,2}"
    # "RAJENDRAN, Thayalini": the surname in capitals, the given name after it
    rf"|(?:Ma?c)?\p{{Lu}}{{3,}},[ \t]+(?:{TITLED_CAP})(?![\p{{L}}0-9])"
    # "McGILVRAY, STUART": a record's capitals keep Mc and Mac small, and put the surname first
    r"|(?:Ma?c)?\p{Lu}{3,}(?:(?:[ \-]|,[ \t]+(?!(?:DOB|NHS|NI|PNC|CRN|URN|TEL|REF|AGE)\b))"
    r"\p{Lu}{2,}){0,2})(?![\p{L}0-9])",
    regex.MULTILINE,
)
_REPLY_MARKS = frozenset(["re", "fw", "fwd"])
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
        "dsl",  # a school's safeguarding lead: "Countersigned: DSL"
        "ddsl",
    ]
)
# "our Jordan", "my Kayleigh": a given name after a possessive, the way families speak.
_OUR_NAME = regex.compile(rf"(?<![\p{{L}}])(?i:our|my)\s+(?P<name>{TITLED_CAP})(?![\p{{L}}'’\-])")
# A short name after a kin title, too short for the title rules: "Aunt Vi", "Uncle Al".
_KIN_SHORT_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?i:{'|'.join(sorted(KIN_TITLES, key=len, reverse=True))})"
    r"[ \t]+(?P<name>\p{Lu}\p{Ll})(?![\p{L}'’\-])"
)
# ... and in lower case, a word English hardly knows ("our Elin, our lini."), before a pause.
_OUR_LOWER_NAME = regex.compile(
    r"(?<![\p{L}])(?i:our|my)[ \t]+(?P<name>\p{Ll}{3,})(?=[ \t]*(?:[,.!?;:\"”’)]|$))"
)
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
# ... or by one name or initials between commas, then what they did: "Her manager, Summer, asks
# him to leave", "The liaison officer, TH, recognised", or ending a sentence: "the
# Partnership's coordinator, Bastable." (a kin word's too: "Spoke to father, Vu."; a declared
# pseudonym there is the gate's to allow).
_ROLE_APPOSED_ONE = regex.compile(
    r"(?<![\p{L}])(?i:manager|officer|coordinator|co-ordinator|worker|nurse|doctor|advocate|"
    r"teacher|headteacher|caseworker|midwife|visitor|sergeant|constable|supervisor|keyworker|"
    r"landlord|landlady|boss|colleague|employer|solicitor|chair|pastor|imam|vicar|father|mother|"
    r"brother|sister|son|daughter|husband|wife|partner|friend|neighbour|cousin|"
    # ... a role's letters: "the TA, Hope, records"
    r"(?-i:TA|HCA|DSL|SENCO|HV|SW|IDVA|ISVA|PCSO|CPN|GP))s?,[ \t\n]+"
    rf"(?P<name>{TITLED_CAP}(?:-{TITLED_CAP})?|\p{{Lu}}\p{{Ll}}|\p{{Lu}}{{2,3}})"
    r"(?:,[ \t\n]+(?=\p{Ll})|(?=[.;](?:\s|$)))"
)
# A family word before initials: "PARTNER KM UPSET", "her son JD".
_RELATION_INITIALS = regex.compile(
    rf"(?<![\p{{L}}])(?i:{FAMILY})[ \t]+\(?(?P<name>\p{{Lu}}{{2,3}})(?![\p{{L}}.])"
)
# ... or one initial with its stop, between commas or before a word in lower case: "her
# sister, D., rang 999", "her mother-in-law, K., in a locked cupboard", "Sister M. present" (not
# a placeholder's letter ending a sentence: "spoke to Child B. The ...").
_RELATION_ONE_INITIAL = regex.compile(
    r"(?<![\p{L}])(?i:daughter|son|sister|brother|mother|father|mum|dad|partner|husband|wife|"
    r"boyfriend|girlfriend|friend|neighbour|cousin|aunt|auntie|aunty|uncle|niece|nephew|grandson|"
    r"granddaughter|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother|colleague|"
    r"landlord|landlady|ex-partner|ex-husband|ex-wife|nan|gran|flatmate|housemate|lodger)"
    r"(?:-in-law)?(?:,[ \t]+|[ \t]+)(?P<name>\p{Lu}\.)(?=,|[ \t]+\p{Ll})"
)
# Two or three workers' initials together in brackets: "seen by two practitioners (BC, NA)",
# "met Miriam the next day (LP, DM)".
_BRACKETED_INITIALS_PAIR = regex.compile(
    r"\((?P<first>\p{Lu}{2,3}),[ \t]+(?P<second>\p{Lu}{2,3})(?:,[ \t]+(?P<third>\p{Lu}{2,3}))?\)"
)
# ... or a given name in capitals in brackets, as a record prints it: "Caller: husband (EMYR)".
_RELATION_CAPS_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?i:{FAMILY})[ \t]+\((?P<name>\p{{Lu}}{{4,}})\)"
)
# A quoted word said to be someone's name for a person: '"Bun" was his private name for her'.
_PERSON_REFERENCE = (
    r"(?:(?i:her|him|them|(?:his|her|their)[ \t]+\p{Ll}+)"
    r"|\p{Lu}\p{Ll}+(?:['’]s[ \t]+\p{Ll}+)?)"  # 'Kamal', "Hana's brother"
)
_QUOTED_NAME_FOR = regex.compile(
    r"[\"“‘'](?P<name>\p{L}[\p{L}'’\-]{0,30})[\"”’'],?[ \t]+(?:"
    r"(?i:was|is|had\s+been|became)[ \t]+"
    rf"(?:(?:[^.\n]{{0,30}}?[ \t])?(?i:(?:pet|private|nick|special|family)[ \-]?)?(?i:name)[ \t]+"
    rf"for[ \t]+{_PERSON_REFERENCE}"
    # '"Pim" is the nickname Mali used'
    r"|(?i:the|her|his|their|a)[ \t]+(?i:nickname|nick-name|pet[ \t]+name|family[ \t]+name)"
    # '"Bawer" is the name of Hana's brother'; '"kasia" is Zofia, "anka" is Ania'
    rf"|(?i:the[ \t]+name[ \t]+of)[ \t]+{_PERSON_REFERENCE}"
    r"|(?P<target>\p{Lu}\p{Ll}+)(?=[,;.)]|[ \t]+and[ \t]|[ \t]*$))"
    # '"nafo" is the name the sisters used for Amna'; '"heniu" the name she called him'
    rf"|(?:(?i:was|is)[ \t]+)?(?i:the)[ \t]+(?i:name)[ \t]+(?:[^.\n;]{{0,30}}?[ \t])?"
    rf"(?i:used[ \t]+for|called|gave|had[ \t]+for|uses[ \t]+for|calls)[ \t]+{_PERSON_REFERENCE})"
    r"(?![\p{L}])",
    regex.MULTILINE,
)
# ... or the other way round: 'Navneet is "nav"; her mother is "pinky"'.
_NAMED_AS_QUOTED = regex.compile(
    r"(?<![\p{L}])(?:\p{Lu}\p{Ll}+|(?i:his|her|their)[ \t]+\p{Ll}+)[ \t]+(?i:is|was)[ \t]+"
    r"[\"“‘'](?P<name>\p{L}[\p{L}'’\-]{0,30})[\"”’'](?=[,;.)]|[ \t]+and[ \t]|[ \t]*$)",
    regex.MULTILINE,
)
# One initial speaking in a note: "Discussion: K. says boyfriend...", "and J. said" (not after a
# placeholder's word: "Adult A. said" is the report's own letter).
_INITIAL_SPEAKING = regex.compile(
    # ... or opening a quoted note: '"R. wants days, says home is difficult"'
    r"(?:(?<=^[ \t>*\-]*)|(?<=[:;.][ \t]+)|(?<=[ \t]\p{Ll}{1,20}[ \t]+)|(?<=[\"“]))"
    r"(?P<name>\p{Lu}\.)[ \t]+(?:says|said|reports|reported|told|tells|states|stated|disclosed|"
    r"explained|denies|denied|admits|admitted|agreed|asked|became|was|is|wants|wanted|needs|"
    r"needed)(?![\p{L}])",
    regex.MULTILINE,
)
# Initials in a note, by a role or as who did something: "Form tutor (MW)", "DSL (EHP)",
# "VL v. sleepy", "ZB told me at carpet time". Mac and Mc keep their small letters ("SMacR").
_INITIALS = r"\p{Lu}(?:\p{Lu}|Ma?c\p{Lu}){1,3}"
# ... with a double-barrelled surname's second letter: "Service Manager (LJ-W)", "LK-T (RN)".
_HYPHENED_INITIALS = rf"{_INITIALS}(?:-\p{{Lu}}{{1,2}})?"
_SLASHED_ROLES = (
    r"DS|DC|DI|DCI|DCS|PS|PC|PCSO|Sgt|Insp|OIC|HCA|ASC|CSC|CPN|HV|SW|RN|RMN|RGN|GP|IDVA|ISVA|DN|"
    r"OT|PN|TL|SPO|PO|OM|KW|CC|SN|ANP|HCSW"
)
# ... and family and early-help workers' letters, which a note writes beside initials too.
_BRACKET_ROLES = rf"{_SLASHED_ROLES}|FSW|EHW|SSW|PSW|FLO"
_ROLE_THEN_INITIALS = regex.compile(
    # every branch starts a word with a letter: other positions are skipped at once
    r"(?<![\p{L}])(?=\p{L})(?:"
    r"(?i:tutor|teacher|lead|leader|nurse|worker|officer|manager|visitor|midwife|paramedic|"
    r"doctor|keyworker|carer|practitioner|advocate|therapist|senco|dsl|dn|hv|sw|idva|isva|pn|rn|"
    r"hca|pt|patient|client|pupil|child|pc|pcso|dc|ds|di|dci|sgt|ps|insp|cpn|gp|ot|po|mentor)"
    # ... a numbered placeholder's too: "Social Worker 1 (AK)", "Drug and Alcohol Worker 1 (DP)";
    # initials with stops too: "Per PO (A.M.)", a surname's two letters "DSL (M.Ra.)", one
    # letter before a hyphen "Learning mentor (J-PO)"; after an abbreviation's stop "Insp. (GH)"
    rf"\.?(?:[ \t]+[0-9]{{1,2}})?[ \t]*\((?P<name>{_HYPHENED_INITIALS}|\p{{Lu}}-\p{{Lu}}{{1,2}}"
    r"|\p{Lu}\.(?:\p{Lu}\p{Ll}?\.){1,2})\)"
    # ... or a family word, two or three letters: "Says MIL (KM) 'checks everything'" (not a
    # scheme's letters: "partner (DVDS)")
    r"|(?<![\p{L}])(?i:mil|fil|sil|bil|mum|dad|(?:mother|father|sister|brother)(?:-in-law)?|"
    r"partner|ex-partner|son|daughter|friend|neighbour|boyfriend|girlfriend|husband|wife)"
    # ... spaced too: "Appl attended w/ sister (R K G)"
    r"\s*\((?P<name>\p{Lu}{2,3}|\p{Lu}\.(?:\p{Lu}\.){0,2}|\p{Lu}(?: \p{Lu}){1,2})\)"
    # ... or a record's word for someone, two or three letters: "Male (JM) agitated"
    r"|(?<![\p{L}])(?i:male|female|caller|tenant)\s*\((?P<name>\p{Lu}{2,3})\)"
    # ... or a role's title before them, no brackets: "Officer SK places Dilan in refuge"
    # (in lower case too after another word, one space apart: "Social worker RMJ"; not a
    # table's next cell, "| Social worker | CIN stepped down |")
    r"|(?<=\p{L} )(?:officer|worker|nurse|midwife|teacher|visitor|keyworker|tutor|advocate|"
    r"paramedic|technician) (?P<name>\p{Lu}{2,3})(?![\p{L}.'’\-]| \p{Lu}{2,})"
    r"|(?<![\p{L}])(?:Officer|Worker|Nurse|Midwife|Teacher|Visitor|Keyworker|Tutor|Advocate|"
    r"Paramedic|Technician|"
    r"IDVA|ISVA|PC|PCSO|DC|DS|Sgt|Carer|SW|HV|CPN|DN|OT|RN|RM|SN|PN|PO|OM|HCA|HCSW|CSW|ANP|ENP|EMT|"
    r"ECA)s?"
    r"[ \t]+(?P<name>\p{Lu}{2,3})"
    r"(?![\p{L}.'’\-]| \p{Lu}{2,})"  # not a line in capitals: 'HV NEW BIRTH VISIT'
    # ... or who saw someone, by a role's letters and initials: "Seen by CPN AK", "Seen by HV
    # R.McL."
    # ... a form's "Seen by:" too, a service's letters between: "Seen by:   OHA HD"
    r"|(?<![\p{L}])(?i:seen|assessed|reviewed|visited|triaged|logged|recorded|entered|signed)"
    r"[ \t]+by:?[ \t]+(?:(?:Dr|Nurse|\p{Lu}{2,4})[ \t]+)?"
    rf"(?P<name>\p{{Lu}}{{2,3}}|\p{{Lu}}\.(?:[ \t]?(?:Ma?c)?\p{{Lu}}\.){{1,2}})(?![\p{{L}}\p{{N}}'’\-])"
    # ... or who put a note together: "HV notes pasted from SystmOne by JM"
    r"|(?<![\p{L}])(?i:pasted|copied|typed|drafted|minuted|redacted)(?:[ \t]+[\p{L}'’]+){0,3}?"
    r"[ \t]+by[ \t]+(?P<name>\p{Lu}{2,3})(?![\p{L}\p{N}'’.\-])"
    # ... or initials before a role's letters in brackets: "| JG (TA) | DSL informed |"
    rf"|(?<![\p{{L}}.])(?P<name>{_HYPHENED_INITIALS})[ \t]*\((?i:ta|lsa|hlta|tutor|teacher|dsl|ddsl|"
    r"senco|hv|sw|pn|rn|hca|dn|ot|cpn|gp|pc|pcso|sgt|ewo|fso|lm|idva|isva|midwife|nurse|cc|rmn|"
    r"rgn|sn|tl|tm|spo)\)"
    # ... or before a role's letters after a slash, where a ward's note is signed: "AB/RMN"
    rf"|(?<![\p{{L}}.])(?P<name>{_HYPHENED_INITIALS})/(?:RMN|RGN|RN|SN|HCA|CPN|SW|HV|DN|OT|IDVA|"
    r"ISVA|KW|CC)(?![\p{L}])"
    # ... or before a role after a comma, where a note is signed: "... interpreter.    HP, Midwife"
    rf"|(?<![\p{{L}}.])(?P<name>{_HYPHENED_INITIALS}),[ \t]+"
    # ... a list of those present too, the role in lower case: "- RB, detective constable, public
    # protection unit"
    r"(?i:(?:senior|principal|lead|named|specialist|designated)[ \t]+)?(?:(?i:midwife|nurse|"
    r"health[ \t]+visitor|social[ \t]+worker|keyworker|key[ \t]+worker|support[ \t]+worker|"
    r"family[ \t]+support[ \t]+worker|detective[ \t]+(?:constable|sergeant|inspector)|"
    r"police[ \t]+officer|probation[ \t]+officer|housing[ \t]+officer)|IDVA|ISVA|HV|SW|CPN|DSL)"
    r"(?=[ \t]*(?:\n|$|\||\(|,|[—–])|[ \t]{2,})"  # ... or between dashes: "her first note — DW, CPN —"
    # ... or after a rank's or a role's letters and a slash, a collar number between or not, as
    # a police log or a practice's system signs an entry: "OIC DS/RW", "PS 2290/KM", "HCA/JB",
    # "her initials on the system are ASC/SH" (not a second role: "PC/PCSO", "HV/SW")
    # ... or in square brackets after them, or inside one bracket with them: "IDVA allocated
    # (IDVA [SE])", "the supervisor (FSW AP) agreed"
    rf"|(?<![\p{{L}}/])(?:{_BRACKET_ROLES})(?:(?:[ \t]+[0-9]{{3,5}})?/"
    rf"(?!(?:{_SLASHED_ROLES})(?![\p{{L}}]))(?P<name>{_HYPHENED_INITIALS})(?![\p{{L}}/])"
    r"|[ \t]*\[(?P<name>\p{Lu}{2,3})\]"
    rf"|(?<=\((?:{_BRACKET_ROLES}))[ \t]+(?P<name>\p{{Lu}}{{2,3}})\))"
    # ... or after a co-ordinator, as a crisis team's note ends: "Care coordinator GT."
    r"|(?<![\p{L}])(?=[Cc]o)(?i:coordinator|co-ordinator)[ \t]+(?P<name>\p{Lu}{2,3})"
    r"(?=[.,;)]|[ \t]*(?:\n|$))"
    r")"
)
# Initials said to be so ("worker's initials KP left in the headers"), or whose note it is ("JW's
# note of an 'anxious' wife was not escalated"; the gate asks that they be no word's or role's).
_INITIALS_NAMED = regex.compile(
    r"(?<![\p{L}])(?i:initials)(?:[ \t]+(?i:are|were|of|as))?[ \t]+(?P<name>\p{Lu}{2,3})"
    r"(?![\p{L}\p{N}'’.\-])"
    r"|(?<![\p{L}\p{N}.\-])(?P<name>\p{Lu}{2,3})['’]s[ \t]+(?i:notes?|entry|entries|record|records|"
    r"assessment|visit|report|referral|email|e-mail|call)(?![\p{L}])"
)
# Where a clause of a note starts: a line, a stop, a colon or a quotation mark.
# ... or a spaced dash after a note's date ("Early Feb - CH rang"), or what someone says
# ("Client says SM took her card").
_NOTE_CLAUSE_START = (
    r"(?:(?<=^[ \t>*\-]*)|(?<=[.;:][ \t]+)|(?<=[\"“][ \t]*)|(?<=[ \t][\-–—][ \t]+)"
    r"|(?<=(?<![\p{L}])(?i:says|said|reports|reported|states|stated)[ \t]+))"
)
_INITIALS_ACTING = regex.compile(
    # ... or after a note's day and time of day ("Tues AM  VL v. sleepy")
    # ... or a table's cell, whose bars the analysis view blanks ("| GP | OA attends alone |")
    rf"(?:{_NOTE_CLAUSE_START}|(?<=^[ \t>*\-]*\p{{L}}{{3,5}}[ \t]+\p{{L}}{{2}}[ \t]+)|(?<=[ \t]{{3}}))"
    rf"(?P<name>{_INITIALS})[ \t]+(?:says|said|told|tells|reported|reports|disclosed|discloses|"
    r"stated|crying|cried|tearful|upset|agitated|denied|denies|refused|declined|v\.|very|"
    r"presented|presents|attended|attends|arrived|arrives|seen|known|spoke|speaks|rang|phoned|"
    r"registers|registered|arrested|charged|cautioned|bailed|interviewed|states|visited|advised|"
    r"guarded|calm|withdrawn|reluctant|outside|took|takes|pushed|grabbed|hit|threatened|"
    r"shouted|kicked|slapped|left|returned|came|to[ \t]+be[ \t]+given)"
    r"(?![\p{L}])"
    # ... or spoken to: "officers speak to AMF on the doorstep"
    r"|(?<=(?<![\p{L}])(?i:speak|speaks|spoke|spoken|speaking)[ \t]+(?i:to|with)[ \t]+)"
    rf"(?P<name>{_INITIALS})(?![\p{{L}}'’\-])",
    regex.MULTILINE,
)
# Records' words for a detained person, quality assurance, the officer in the case and forms, that
# stand where a note's subject does ('DP states', 'QA asked', 'DASH to be completed').
_NOT_ACTING_INITIALS = frozenset(["dp", "qa", "oic", "dvpn", "dvpo", "dash", "susp", "ip", "rp"])
# A note signed with a name and a role: "— Faith, IDVA.", "Autumn (A.L.), Housing Officer".
_SIGNED_WITH_ROLE = regex.compile(
    r"(?:(?<=^[ \t>*\-]*)|(?<=[—–][ \t]*))"
    rf"(?P<name>{TITLED_CAP})(?:[ \t]+\((?P<initials>(?:\p{{Lu}}\.){{1,3}})\))?,[ \t]+"
    r"(?:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})[ \t]+){0,2}(?i:idva|isva|officer|worker|visitor|nurse|"
    r"advocate|manager|coordinator|co-ordinator|practitioner|midwife|caseworker|keyworker|gp|"
    r"sw|hv|dn)(?![\p{L}])",
    regex.MULTILINE,
)
# A title and two or three initials with stops: "Prescriber: Dr H.M." (anonymised reports put one
# letter: "Mr H").
_TITLE_INITIALS = regex.compile(
    rf"(?<![\p{{L}}])(?:{TITLES})\.?[ \t]+"
    rf"(?P<name>\p{{Lu}}\.(?:[ \t]?\p{{Lu}}(?:-\p{{Lu}})?\.){{1,2}})(?![\p{{L}}])"
)
# Titles written before a worker's or a relative's initials ('(Dr AH)', 'Nurse KB'); the gate
# reads them too, where a title before one letter is a placeholder ('Mr A') and before two or
# three is no one's placeholder.
INITIALS_TITLES = r"Dr|Mr|Mrs|Ms|Miss|Mx|Nurse|Sister|Cllr"
# ... or undotted, two or three capitals after a title in its own case: "(Dr AH)  Insomnia",
# "CT (Mrs KH, Y4)"; not a line in capitals ("DR AND MRS")
_TITLE_CAPITAL_INITIALS = regex.compile(
    rf"(?<![\p{{L}}])(?:{INITIALS_TITLES})\.?[ \t]+"
    r"(?P<name>\p{Lu}{2,3})(?![\p{L}\-'’]|\.\p{L})"
)
# A name as a record gives it, in brackets or after 'known as': "(Summer in the coroner's
# papers)", "(April in the police summary of evidence)", "now known as A.M. in the school's
# records", "known as Sunday on the taxi rank", "(G.P. in police statements)", "(Star on the
# school roll)". The record says it is a name, whatever the word.
_NAME_IN_RECORDS = regex.compile(
    rf"(?:\(|(?<![\p{{L}}])(?i:known[ \t]+as)[ \t]+)"
    rf"(?P<name>(?:{TITLED_CAP})|\p{{Lu}}\.(?:[ \t]?\p{{Lu}}\.){{1,2}})"
    r"[ \t]+(?:in|on)[ \t]+(?:(?:the|her|his|their)[ \t]+)?(?:[\p{L}'’\-]+[ \t]+){0,4}?"
    r"(?:records?|papers|notes|summary|files?|logs?|minutes|statements?|referrals?|evidence|"
    r"chronology|system|letters?|documents|rank|roll|register)(?![\p{L}])"
)
# One of a group, named between commas before what they told or wrote: "One of them, Autumn,
# told the review", "One of them, "Shaky", told the panel", "one of the carers, Joy, who".
_ONE_OF_THEM_NAMED = regex.compile(
    r"(?<![\p{L}])(?i:one|another)[ \t]+of[ \t]+(?:them|her|his|their|the)(?:[ \t]+[\p{Ll}’']+){0,3},"
    rf"[ \t]+[\"“‘']?(?P<name>{TITLED_CAP})[\"”’']?,[ \t]+"
    r"(?:told|tells|said|says|described|recalled|remembered|explained|wrote|who)(?![\p{L}])"
)
# A name as a circle uses it: "Cat to her friends", "Sunday to his congregation", "Bex to
# everyone at work".
_NAME_TO_THEM = regex.compile(
    rf"(?:(?<=[;:,(\"“][ \t]*)|(?<=^[ \t>*\-]*))(?P<name>{TITLED_CAP})[ \t]+to[ \t]+"
    r"(?:(?i:her|his|their)[ \t]+(?:\p{Ll}+[ \t]+)?(?i:friends|family|congregation|colleagues|"
    r"mates|workmates|teammates|neighbours|church|community|customers|regulars|class|crew)"
    r"|everyone(?:[ \t]+(?:at|in|on)[ \t]+\p{Ll}+)?)(?![\p{L}])",
    regex.MULTILINE,
)
# A real name set between dashes before the pseudonym: "Bhavnaben — Meera — is remembered".
_NAME_DASHED_BEFORE_NAME = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})[ \t]+[—–][ \t]+(?:{TITLED_CAP})[ \t]+[—–][ \t]"
)
NAME_DASHED_MAX_ZIPF = 2.5  # 'Bhavnaben'; not a title's 'Review – Maud –'
# An e-mail's display name: "From: Dean Ashby <d.ashby@example.org>" (as HTML writes it too).
_NAME_BEFORE_EMAIL = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,3}})[\"”]?[ \t]*"
    r"(?:<|&lt;)[ \t]*(?:mailto:)?[^\s@<>&]+@"
)
# An e-mail address spelled from a name ('memory.marufu@example.org'): the name it spells, where
# the text writes it out ('Memory Marufu (Tsitsi)'), is someone's, when one of its words is rare
# ('safeguarding.hub@' spells a team).
_EMAIL_OF_NAME = regex.compile(
    r"(?<![\p{L}\p{N}._%+\-])(?P<first>\p{Ll}{2,})[._](?P<last>\p{Ll}{2,})[0-9]{0,4}@[\p{L}\p{N}\-]+\."
)
EMAIL_NAME_MAX_ZIPF = 3.0
# A title and one letter ('Mrs P', 'Mr W.'): the way reports anonymise someone, and the way a
# draft shortens a real surname. The gate lets it through only when the review declares it, or a
# name it declares starts with the letter.
TITLE_ONE_LETTER = regex.compile(
    r"(?<![\p{L}])(?P<name>(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+\p{Lu})(?!\.[ \t]?\p{Lu}\.)\.?"
    r"(?![\p{L}\p{N}'’\-])"
)
# A name given in answer, in a transcript: "PC: What's your name, love?" / "FEMALE: Esperance."
_NAME_ANSWERED = regex.compile(
    r"(?i:what['’]?s\s+your\s+name|your\s+name\?|name\s+please)[^\n]*\n[^\n]{0,40}?:[ \t]+"
    rf"(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)[ \t]*[.!]?[ \t]*$",
    regex.MULTILINE,
)
# Someone named with their part in brackets: "Caller Dawn (neighbour, two doors down)", "Spoke
# to BERHANE (husband) at door".
_NAME_THEN_PART = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP}|(?:Ma?c)?\p{{Lu}}{{3,}})[ \t]+\((?i:neighbour|friend|sister|brother|mother|"
    r"father|mum|dad|cousin|aunt|uncle|niece|nephew|daughter|son|partner|ex-partner|boyfriend|"
    r"girlfriend|husband|wife|colleague|flatmate|housemate|landlord|landlady|employer|manager|"
    r"known[ \t]+as|also[ \t]+known[ \t]+as|aka|n[eé]e|dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|aged)"
    r"(?![\p{L}])"
)
# A name set off by a comma, then whose relative someone is or their age: "a call from
# Precious, Adeola's daughter, who rang 999", "| Nahom, aged 2, not in nursery |".
_NAME_THEN_KIN_OR_AGE = regex.compile(
    # (read from the comma, the name looked back for: quick, as commas are fewer than words)
    rf",(?<=(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP}),)[ \t]+(?:(?:her|his|their|{TITLED_CAP}['’]s)[ \t]+"
    r"(?:daughter|son|sister|brother|mother|father|mum|dad|niece|nephew|cousin|aunt|uncle|"
    r"granddaughter|grandson|grandmother|grandfather|partner|husband|wife|friend|neighbour)"
    r"|aged[ \t]+[0-9]{1,2})(?![\p{L}\p{N}])"
)
# A person named with the years of their life: "[Morfudd Parry, 1952-2023: a notice from the
# family]", "Ivy Marsh (1938–2024)".
_NAME_WITH_LIFE_YEARS = regex.compile(
    # (read from the comma or the bracket, the name looked back for)
    rf"[,(](?<=(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP}(?:[ \t]{TITLED_CAP}){{1,2}})(?:,|[ \t]*\())"
    r"[ \t]*(?:19|20)[0-9]{2}[ \t]*[-–—][ \t]*(?:19|20)[0-9]{2}(?![0-9])"
)
# A role's letters, then someone's initials in brackets: "Authorised: TM (AH)", "- TEO (MB)".
_ROLE_LETTERS_THEN_INITIALS = regex.compile(
    r"(?<![\p{L}])(?P<role>\p{Lu}{2,4})[ \t]*\((?P<name>\p{Lu}{2,3})\)"
)
# Who owns an action, by initials: "Owner: LC."
_OWNER_INITIALS = regex.compile(
    r":(?<=(?<![\p{L}])(?i:owner|action[ \t]+owner|lead)[ \t]*:)[ \t]*"  # read from the colon
    r"(?P<name>\p{Lu}{2,3})(?![\p{L}'’\-])"
)
# Who did what, by initials in brackets closing the entry: "Logged (RT).", "DSL informed same
# day (AJ).", "23:06  Visit (GW)." (read from the bracket).
_ACTED_INITIALS = regex.compile(
    r"\((?<=(?<![\p{L}])(?:[Ll]ogged|[Ii]nformed|[Nn]oted|[Rr]ecorded|[Aa]ctioned|[Vv]isit|"
    r"[Vv]isited|[Ss]een|[Tt]riaged|[Rr]eviewed|[Cc]ompleted|[Ss]ent|[Ee]mailed|[Pp]honed|"
    r"[Cc]alled|[Dd]ocumented|[Cc]losed|[Uu]pdated|[Dd]iscussed|[Cc]hecked)"
    r"(?:[ \t]+\p{Ll}+){0,3}[ \t]+\()(?P<name>\p{Lu}{2,3})\)(?=[ \t]*(?:[.;]|$))",
    regex.MULTILINE,
)
# Initials, then the role in brackets: "JH (call handler)", "GT (class teacher)", "RW (band 6)"
# (read from the bracket).
_INITIALS_THEN_ROLE = regex.compile(
    r"\((?<=(?<![\p{L}\p{N}/.\-])(?P<name>\p{Lu}{2,3})[ \t]+\()"
    r"(?:call[ \t]handler|class[ \t]teacher|form[ \t]tutor|teacher|headteacher|DSL|IDVA|ISVA|"
    r"EMT|paramedic|nurse|midwife|health[ \t]visitor|social[ \t]worker|key[ \t]?worker|"
    r"support[ \t]worker|caseworker|housing[ \t]officer|officer|PC|DC|PCSO|GP|manager|"
    r"supervisor|interpreter"
    # ... or a nurse's or a midwife's pay band: "Booking MW: RW (band 6)"
    r"|(?i:band)[ \t]*[2-9][a-d]?)\)"
)
# An officer by rank, collar number and surname, as police logs print them: "PC 4471 BLISS".
_RANK_NUMBER_NAME = regex.compile(
    # a collar number may carry its borough's letters ("PC 2291NE SUTHERLAND")
    r"(?<![\p{L}])(?:PC|PS|DC|DS|DI|DCI|Sgt|SGT|Insp|PCSO|SC)[ \t]+[0-9]{2,5}(?:[A-Z]{1,2})?[ \t]+"
    rf"(?P<name>{TITLED_CAP}|\p{{Lu}}{{3,}}(?:-\p{{Lu}}{{2,}})?)(?![\p{{L}}'’\-])"
)
# A professional named by their team: "Lark of the rural crime team".
_NAME_OF_TEAM = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})[ \t]+of[ \t]+the[ \t]+(?:\p{{Ll}}+[ \t]+){{0,3}}"
    r"(?:team|unit|service|department|squad|hub)(?![\p{L}])"
)
TEAM_NAME_MAX_ZIPF = 3.5  # "Lark" (3.1); not "Closure" (4.1)
COLLAR_SURNAME_MAX_ZIPF = 5.0  # "Smith" (4.9); not "States" (5.5), which name lists also hold
# Initials after a rank or a record's word for the person: "Attended by PC JT", "Resident AAH".
_RANK_INITIALS = regex.compile(
    r"(?<![\p{L}])(?:PC|DC|DS|DI|DCI|PS|Sgt|PCSO|Dr|Mr|Mrs|Ms|Miss|YP|(?i:resident|client|patient|"
    r"pupil|tenant|victim|subject|service[ \t]+user|perp|perpetrator|suspect|young[ \t]+person))"
    r"[ \t]+(?P<name>\p{Lu}{2,3}(?![\p{L}0-9]|\.\p{L})|\p{Lu}\.(?:\p{Lu}\.){1,2}(?![\p{L}])"
    # ... a double-barrelled surname's: "HoY (Mr D-H)"
    r"|\p{Lu}-\p{Lu}(?![\p{L}\-]))"
)
# Initials someone is given: "Initials on the note are D.W."
_INITIALS_GIVEN = regex.compile(
    r"(?<![\p{L}])(?i:initials)(?:[ \t]+\p{Ll}+){0,4}[ \t]+(?i:are|were|was|read)[ \t]+"
    r"(?P<name>(?:\p{Lu}\.){2,3})"
)
# Whom a voice assistant was told to call: '"Alexa, call Bih"'.
_ASSISTANT_CALL = regex.compile(
    r"(?<![\p{L}])(?i:alexa|siri|ok[ \t]+google|hey[ \t]+google),?[ \t]+"
    rf"(?i:call|ring|phone|text|message|video[ \t]+call)[ \t]+(?P<name>{TITLED_CAP})(?![\p{{L}}])"
)
# Initials signing a note at the end of its line: "Refer EWO if no improvement. (TH)",
# "> DA service. KF".
# ... and before the writer's role letters: "Plan: review at next drop-in. LB SN".
# ... or inside the quotation of the note, or after a dash: 'Advised GP. TH".', '... list. – TW'.
_INITIALS_SIGNING = regex.compile(
    # ... after a quotation's close too: '"It's grand, it's mine." SMP'
    r"(?<=[.!][\"”’']?[ \t]+|[.!][ \t]+[\-–—][ \t]*)\(?(?P<name>\p{Lu}{2,3})\)?(?:[ \t]+\p{Lu}{2,4})?"
    # ... with the date after a comma: "... conflict of interest. SP, 23/11/21."
    r"(?:,[ \t]*[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4})?"
    r"(?:[\"”][.,;]?(?=\s)|['’]?[.)]?[ \t]*$)",
    regex.MULTILINE,
)
# A relative the review names by a letter and a dash: "her uncle, P—, and", "called D— in any
# account" (not after a capitalised word: "Appendix A—", "Plan B— a move").
_LETTER_DASH = regex.compile(
    r"(?<![\p{L}\p{N}'’.\-])(?!I—)(?P<name>\p{Lu})—(?=[ \t]*[,.;:)]|[ \t]+\p{Ll})"
)
_CAPITALISED_WORD_BEFORE = regex.compile(r"\p{Lu}\p{L}*[ \t]+$")
# An initial joined to a surname, as record systems print a user: "Triage RN: HLlewellyn",
# "Entered: TMorgan (CPN)", "Seen by: Dr R.Bevan (ST4)".
_INITIAL_JOINED_SURNAME = regex.compile(
    r"(?<![\p{L}\p{N}.'’\-])(?P<name>\p{Lu}\.?(?P<surname>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?))"
    r"(?![\p{L}\p{N}'’\-]|\.\p{L})"
)
JOINED_SURNAME_MAX_ZIPF = 4.5  # 'Morgan' (4.4); not 'Mail' in 'EMail' (5.4)
# A name, then whose relative it is in brackets: "Pi Noi (Dao's elder sister)", "Kannan (her
# brother)"; a declared pseudonym so described is let through by the gate.
_NAME_THEN_KIN = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP})){{0,2}})[ \t]*\("
    # ... one letter's too, and more after the kin word: "Paris (T's cousin, Y2)"
    r"(?:\p{Lu}\p{Ll}*['’]s|(?i:her|his|their))[ \t]+(?:(?i:elder|older|younger|eldest|youngest|"
    rf"late|twin|half|step|big|little)[ \t]+)?(?i:{FAMILY})(?:,[^()\n]{{1,20}})?\)"
)
# A name, then who knew someone by it: "Ploy, as her friends in England knew her".
_NAME_AS_KNOWN = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP}),[ \t]+as[ \t]+(?:her|his|their)[ \t]+"
    r"[^\n.,]{0,40}?(?<![\p{L}])knew[ \t]+(?:her|him|them)(?![\p{L}])"
)
# A post held by the initials after it: "Head of Safeguarding Adults (JK)", "Director of
# Children's Services (AB-W)" (not the post's own letters: 'Head of Service (HoS)').
_POST_THEN_INITIALS = regex.compile(
    r"(?<![\p{L}])(?:Head|Director|Assistant[ \t]+Director|Deputy[ \t]+Director|Chief[ \t]+Officer)"
    r"[ \t]+(?:of|for)[ \t]+(?:(?:\p{Lu}[\p{L}'’\-]*|and|&)[ \t]+){1,5}"
    rf"\((?P<name>{_HYPHENED_INITIALS})\)"
)
# Who wrote a log entry, after a dash at its end: "Body map done. -- Joy (senior carer)",
# "Not understood. -- GM", "discuss with GP. — DN Bevan-Thomas".
_DASH_SIGNATURE = regex.compile(
    r"(?<=[.!?\"”'’)][ \t]+(?:--|[\-–—])[ \t]*)"
    r"(?:(?:DN|HV|SW|RN|SN|CPN|OT|PC|DC|DS|GP|Dr|Nurse|Carer)\.?[ \t]+)?"
    rf"(?P<name>\p{{Lu}}{{2,3}}|(?:{TITLED_CAP})(?:-(?:{TITLED_CAP}))?)"
    r"(?:[ \t]+\([^()\n]{2,30}\))?[ \t]*$",
    regex.MULTILINE,
)
# An officer by rank and collar number, which names one officer as a name does: "Attended by
# PC 5123", "PC 4417EW" (with the force's or station's letters).
_COLLAR_NUMBER = regex.compile(
    r"(?<![\p{L}])(?P<name>(?:PC|PCSO|DC|DS|PS|Sgt|SC)[ \t]+[0-9]{3,5}\p{Lu}{0,3})(?![\p{L}\p{N}])"
)
# A letter or message signed with one initial, after a dash or before kisses, ending the
# quote: 'I am not mad. — S."', 'Give the dogs a cuddle from me. J x"'.
_LETTER_SIGNATURE = regex.compile(
    # the letter first, what stands before it checked after (quick: tried at capitals only)
    r"(?P<name>\p{Lu})(?:(?<=[.!?\"”'’][ \t]+(?:--|[–—])[ \t]*\p{Lu})\.?"
    r"|(?<=[.!?,][ \t]+\p{Lu})[ \t]+x{1,4})(?=[ \t\"”'’*]*$)",
    regex.MULTILINE,
)
# Who sent a message: "<!-- Message from Dawn 12/02 -->", "voicemail from Desmond" (a given
# name alone: "a call from Children's Services" is an agency).
_MESSAGE_FROM = regex.compile(
    # 'from' first, the word for a message checked before it (see `_MESSAGE_WORD_BEFORE`)
    rf"(?<![\p{{L}}])from[ \t]+(?P<name>{TITLED_CAP})(?![\p{{L}}'’\-])(?![ \t]+\p{{Lu}})"
)
_MESSAGE_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:messages?|texts?|e-?mails?|calls?|voicemails?|letters?|notes?|replies|reply|"
    r"comments?)[ \t]+\Z"
)
# A family by a surname no list knows, in the plural, doing something: "the Prydderchs kept
# themselves to themselves" (see `_FAMILY_PLURAL` for known surnames).
_FAMILY_PLURAL_ACTING = regex.compile(
    r"(?<![\p{L}])(?i:the)[ \t]+(?P<name>\p{Lu}\p{Ll}{2,}s)(?=[ \t]+(?:were|had|kept|lived|"
    r"moved|have|are|did|said|never|always|would|all|both|themselves|came|went|left|own|ran|"
    r"owned|family|household|next)(?![\p{L}]))"
)
# A household or a family by its surname: "## 6. The Dhillon household: what Jasmeet's phone
# showed", "the Khan family".
_SURNAME_HOUSEHOLD = regex.compile(
    r"(?<![\p{L}])(?i:the)[ \t]+(?P<name>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?)[ \t]+"
    r"(?i:household|family)(?![\p{L}'’\-])"
)
# An alias in capitals on a record, without quotes: "WARD, PATRICK aka DUSTY".
_ALIAS_CAPS = regex.compile(
    r"(?<![\p{L}])(?i:aka|a\.k\.a\.?|alias)[ \t]+(?P<name>\p{Lu}{3,})(?![\p{L}'’\-])"
)
# A record's field for a nickname: 'Nickname/AKA: "TANK"', 'AKA: "Pepper"'. The field says
# it is a name, whatever the word.
_NICKNAME_FIELD = regex.compile(
    r"(?<![\p{L}])(?i:nicknames?|aka|a\.k\.a\.?|alias(?:es)?)"
    r"(?:[ \t]*/[ \t]*(?i:aka|alias|nickname))?[ \t]*:[ \t]*[\"“']?"
    r"(?P<name>\p{Lu}[\p{L}'’\-]+)(?![\p{L}])"
)
# The parties of a court case: "Re: HOXHAJ v KOLAMI", "Dumitrescu v Demir".
_CASE_PARTIES = regex.compile(
    r"(?<![\p{L}])(?P<name>\p{Lu}[\p{L}'’\-]+)[ \t]+v\.?[ \t]+(?P<other>\p{Lu}[\p{L}'’\-]+)"
    r"(?![\p{L}])"
)
_CROWN = frozenset(["r", "regina", "rex", "crown", "dpp"])
# A name given as someone's real, first, English or family name: "her English name, Crystal",
# "the real first name, Comfort, is not used", "(family name Moradi)". The phrase says it is a
# name, even an everyday word's.
_NAME_GIVEN_AS = regex.compile(
    r"(?<![\p{L}])(?i:real|first|given|english|christian|birth|full|pet|middle|family|legal|"
    r"maiden|own)[ \t]+(?i:name|nickname|surname)(?:,|:|[ \t]+(?i:is|was))?[ \t]+[\"“]?"
    rf"(?P<name>{TITLED_CAP}(?:[ \t]+{TITLED_CAP})?)(?![\p{{L}}])"
)
_NO_ENTRY = frozenset(["none", "nil", "unknown", "n/a", "na", "not"])
# A name with an honorific of respect or kinship after it, as South Asian, Persian, Turkish and
# Tamil families speak: "Gurmail ji", "Faith jan", "Aslam sahib", "Kili akka".
_HONORIFIC_AFTER = regex.compile(
    rf"(?<![\p{{L}}])(?P<name>{TITLED_CAP})[ \t]+(?:jan|joon|ji|jee|bhai|bhaiya|didi|apa|apu|"
    r"baji|akka|anna|sahib|saab|khala|chacha|aunty|auntie|abla|teyze)(?![\p{L}])"
)
# ... and in Persian or Urdu script: "پریسا جان،" (Parisa jan), "زبیدہ بیگم" (Zubaida Begum),
# not a kin word's "مامان جان" (mum dear); or whose relative someone is: "مہوش کی امی" (Mahwish's
# mother).
_PERSIAN_HONORIFIC_AFTER = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<name>\p{Arabic}{2,})(?:[ \t]+|\u200c)"
    r"(?:جان|جون|بیگم|صاحب|صاحبہ|(?:کی|کا|کے)[ \t]+(?:امی|ابو|بہن|بھائی|بیٹی|بیٹا|ماں|باپ|شوہر|"
    r"بیوی|خالہ|نانی|دادی))(?![\p{L}\p{M}])"
)
# ... or after a Persian title: "بانو مهین رضایی" (Mrs Mahin Rezaei), not "خانم دکتر" (Ms Doctor).
_PERSIAN_TITLED_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?:آقای|خانم|بانو)[ \t]+"
    r"(?P<name>\p{Arabic}{2,}(?:[ \t]+\p{Arabic}{2,})?)(?![\p{L}\p{M}])"
)
# ... or called with Arabic's vocative particle: "يا هبة" (O Hiba), not "يا الله" (O God) nor a
# kin word or an endearment ("يا أمي", "يا حبيبتي").
_ARABIC_VOCATIVE = regex.compile(
    r"(?<![\p{L}\p{M}])يا[ \t]+(?P<name>\p{Arabic}{2,})(?![\p{L}\p{M}])"
)
# ... or called at a message's start, after its label, before Arabic script's comma: "Sister:
# روبینہ، فون اٹھاؤ" (Rubina, pick up the phone).
_CALLED_BEFORE_ARABIC_COMMA = regex.compile(r"(?<=:[ \t]+)(?P<name>\p{Arabic}{2,})(?=[ \t]*،)")
_ARABIC_CALLED_WORDS = frozenset(
    [
        "الله",
        "رب",
        "ربي",
        "حبيبي",
        "حبيبتي",
        "حبيبة",
        "أمي",
        "امي",
        "أبي",
        "ابي",
        "بنتي",
        "ابني",
        "أخي",
        "اخي",
        "أختي",
        "اختي",
        "حياتي",
        "عمري",
        "قلبي",
        "روحي",
        "عيني",
        "جماعة",
        "شباب",
        "بنات",
        "خالتي",
        "عمتي",
        "ستي",
        "جدتي",
        "جدي",
        "ماما",
        "بابا",
        "اخوان",
        "ناس",
    ]
)
# Urdu's pronouns before a possessive: "اس کی امی" (his mother), "میری بہن" (my sister).
_URDU_PRONOUNS = frozenset(
    [
        "اس",
        "ان",
        "میری",
        "میرا",
        "میرے",
        "تمہاری",
        "تمہارا",
        "تمہارے",
        "تیری",
        "تیرا",
        "آپ",
        "ہماری",
        "ہمارا",
        "جس",
        "کس",
        "وہ",
        "یہ",
    ]
)
# Urdu's (and Persian's) kin words and endearments, called at a message's start: "امی، فون
# اٹھاؤ" (Mum, ...), "داداش،" (brother).
_URDU_KIN_WORDS = frozenset(
    [
        "امی",
        "ابو",
        "ابا",
        "اماں",
        "آپا",
        "باجی",
        "بھائی",
        "بہن",
        "بیٹا",
        "بیٹی",
        "ماں",
        "نانی",
        "نانا",
        "دادی",
        "دادا",
        "خالہ",
        "ماموں",
        "چاچا",
        "پھوپھو",
        "جان",
        "جانو",
        "بچے",
        "داداش",
        "آبجی",
    ]
)
_PERSIAN_ROLE_WORDS = frozenset(["دکتر", "مهندس", "پرستار", "معلم", "وکیل", "پلیس"])
_PERSIAN_KIN_WORDS = frozenset(
    [
        "مامان",
        "بابا",
        "مادر",
        "پدر",
        "خواهر",
        "برادر",
        "عزیز",
        "عزیزم",
        "خاله",
        "عمه",
        "دایی",
        "عمو",
        "مادربزرگ",
        "پدربزرگ",
        "دختر",
        "پسر",
        "خانم",
        "آقا",
        "بچه",
        "دل",
    ]
)
# The rules above for Persian, Urdu and Arabic script, each with the words that are no name there.
_ARABIC_SCRIPT_RULES = (
    (
        _PERSIAN_HONORIFIC_AFTER,
        _PERSIAN_KIN_WORDS | _URDU_PRONOUNS,  # before 'jan' or 'کی امی'
        "a name with an honorific after it",
    ),
    (_ARABIC_VOCATIVE, _ARABIC_CALLED_WORDS, "a name called in Arabic"),
    (
        _CALLED_BEFORE_ARABIC_COMMA,
        _ARABIC_CALLED_WORDS | _PERSIAN_KIN_WORDS | _URDU_PRONOUNS | _URDU_KIN_WORDS,
        "a name called at a message's start",
    ),
    (
        _PERSIAN_TITLED_NAME,
        _PERSIAN_KIN_WORDS | _PERSIAN_ROLE_WORDS,
        "a name after a Persian title",
    ),
)
# A known given name in Arabic script after "my" kin word: "أختي هبة كانت" (my sister Hiba
# was); the name lists know Arabic-script names.
_ARABIC_KIN_THEN_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?:أختي|اختي|أخي|اخي|زوجي|زوجتي|ابني|بنتي|ابنتي|خالتي|عمتي|خالي|عمي|"
    r"صديقتي|صديقي|جدتي|جدي)[ \t]+(?P<name>\p{Arabic}{2,})(?![\p{L}\p{M}])"
)
# ... or standing in an English line, as a chat's subject or after its label: "Brother: عمران was
# there again", "Chat: هبة درويش" (read from the Arabic letters, rare in a report).
_ARABIC_IN_ENGLISH = regex.compile(
    r"(?<=[A-Za-z][:,]?[ \t]+|^[ \t]*)(?P<name>\p{Arabic}{2,}(?:[ \t]+\p{Arabic}{2,})?)"
    r"(?![\p{L}\p{M}])(?=[ \t]+[A-Za-z]|[ \t]*[^\s\p{Arabic}]*[ \t]*$)",
    regex.MULTILINE,
)
# A name in Gurmukhi called with "son" or "daughter" after it: "ਗੁਰਲੀਨ ਪੁੱਤ," (Gurleen, child).
_GURMUKHI_CALLED_CHILD = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<name>\p{Gurmukhi}{2,})[ \t]+(?:ਪੁੱਤ|ਪੁੱਤਰ|ਪੁੱਤਰਾ|ਬੇਟਾ|ਬੇਟੀ|ਧੀਏ)"
    r"(?![\p{L}\p{M}])"
)
_GURMUKHI_KIN_WORDS = frozenset(
    ["ਮੇਰਾ", "ਮੇਰੀ", "ਮੇਰੇ", "ਤੇਰਾ", "ਤੇਰੀ", "ਸਾਡਾ", "ਸਾਡੀ", "ਉਹਦਾ", "ਉਹਦੀ", "ਵਾਹਿਗੁਰੂ", "ਬਾਬਾ"]
)
HONOURED_NAME_MAX_ZIPF = 5.0  # 'Faith' (4.6) may be honoured; 'Sorry', 'Please' (5.5+) are words
# A letter's reference of its writer's and typist's initials: "Ref: JP/kh".
_LETTER_REF_INITIALS = regex.compile(
    r"(?<![\p{L}/])(?:(?i:ref|our[ \t]+ref|your[ \t]+ref)[ \t]*:?[ \t]*)?"
    r"(?P<name>\p{Lu}{2,3})/(?P<typist>\p{Ll}{2,3})(?![\p{L}/])"
)
# A message or letter signed with initials alone on its last line: "> KH" (a line before a
# blank one or the end; not a heading of more lines: "RMP" over a risk plan).
_INITIALS_LINE = regex.compile(
    r"^[ \t>]*(?P<name>\p{Lu}{2,3})[ \t]*(?=\n[ \t>]*(?:\n|\Z|`{3,}|~{3,})|\Z)",
    regex.MULTILINE,
)
# A note initialled: "The note is initialled DJH".
_INITIALLED = regex.compile(
    r"(?<![\p{L}])(?i:initialled|initialed|signed[ \t]+off[ \t]+by|countersigned[ \t]+by)"
    r"[ \t\n]+(?P<name>\p{Lu}{2,3})(?![\p{L}'’\-])"
)
_DOTTED_INITIALS = r"\p{Lu}\.(?:[ \t]?(?:Ma?c)?\p{Lu}\.){1,2}"
# Who wrote a note, after a role's label: "Offender Manager: CR", "Triage Nurse: K.McL.".
_ROLE_LABEL_INITIALS = regex.compile(
    r"(?<![\p{L}])(?i:manager|nurse|officer|worker|practitioner|clinician|author|assessor|"
    r"keyworker|midwife|visitor|doctor|therapist|advocate|mentor|supervisor|coordinator|"
    r"adviser|advisor|caseworker|crew|operator|handler|dispatcher|key[ \t]+worker|counsell?or|"
    r"psychologist|"
    r"completed[ \t]+by|recorded[ \t]+by|seen[ \t]+by|signed|staff|perpetrator|suspect|"
    r"(?-i:SW|HV|CPN|IDVA|PS|PC|DC|DS|Sgt|OP))"
    # ... after a colon, a record's or a table's wide gap ("Crew      DF", "| Key worker | DW |"),
    # or a dash ("SW – RB")
    r"(?:[ \t]*:[ \t]*|[ \t]{2,}|[ \t]+[–—-][ \t]+)"
    # initials, hyphenated ones ("J-O"), or a given name and an initial ("Jo A.")
    rf"(?P<name>\p{{Lu}}{{2,3}}|{_DOTTED_INITIALS}|\p{{Lu}}-\p{{Lu}}|\p{{Lu}}\p{{Ll}}{{1,10}}[ \t]\p{{Lu}}\.)"
    # ... then the line's end, a separator, a wide gap, a stop, or the role in brackets or a
    # second writer after a slash: "Signed: KP (SC)", "Crew: SR / KP"
    r"(?=[ \t]*$|[ \t]*[,;|/]|[ \t]{2,}|\.[ \t]|\.?[\"”'’]|[ \t]+\([^()\n]{2,20}\))",
    regex.MULTILINE,
)
# A second writer after a slash: "Crew: AW (paramedic) / DN (EMT)".
_SLASH_INITIALS = regex.compile(
    r"(?:[ \t]+\([^()\n]{2,20}\))?[ \t]*/[ \t]*(?P<name>\p{Lu}{2,3})(?![\p{L}.'’\-])"
)
# Who added or signed a note, without a colon: "Added by AJ.", "The case notes, signed RB,".
_ADDED_BY = regex.compile(
    r"(?<![\p{L}])(?i:added|written|updated|actioned|closed|opened|supplied|provided|prepared|"
    r"compiled|typed|minuted|drafted)[ \t]+by[ \t]+"
    r"(?P<name>\p{Lu}{2,3})(?![\p{L}'’\-]|\.\p{L})"
    r"|(?<=,[ \t]*)(?i:signed|initialled)[ \t]+(?P<name>\p{Lu}{2,3})(?=,)"
)
# A call log's operator after the time: "21:42 KLD  FEMALE CALLER V DISTRESSED".
_OPERATOR_AFTER_TIME = regex.compile(
    r"^[ \t>]*\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]+(?P<name>\p{Lu}{2,3})(?=[ \t]{2,}\S)",
    regex.MULTILINE,
)
# A fixed-width log's column of who wrote each entry, after the entry's date: "Feb 22 wk 1  JW
# Induction.", "02/11/22  HV  GP 2" (a role's letters, left out by the writer check).
# ... one space after a time of day ("Wk 1 PM LP      Husband tearful"), two writers ("LJ/KW"),
# then the entry's words, not a field's value ('POB  LITHUANIA'), or its time ("BM  08:30"),
_LOG_COLUMN_INITIALS = regex.compile(
    # ... or the time of day in its own column ("Jun 22  PM  RP    Client distressed")
    r"^[ \t>]*(?P<date>\S+(?:[ \t]\S+){0,4})(?:[ \t]{2,}[AP]M)?(?:[ \t]{2,}|(?<=[ \t][AP]M)[ \t])"
    r"(?P<name>\p{Lu}{2,3})(?:/(?P<second>\p{Lu}{2,3}))?"
    # ... or an entry's kind in capitals, then its words ("KJW    SIGN-UP   Joint tenancy")
    r"(?=[ \t]{2,}(?:\p{L}\p{Ll}|\d{1,2}[:.]\d{2}|\p{Lu}[\p{Lu}\-]+[ \t]{2,}\p{L}))",
    regex.MULTILINE,
)
# A record entry's bracketed header, then who wrote it: "[Contact 1 | new birth visit | Aug
# 2021] RT".
_HEADER_THEN_INITIALS = regex.compile(
    r"^[ \t>]*\[[^\]\n]{3,60}\][ \t]+(?P<name>\p{Lu}{2,3})[ \t]*$", regex.MULTILINE
)
# Initials in brackets, the role before them read apart (a pattern led by the bracket is quick):
# "Paramedic (TK)", "Call handler: CH (LW)", "EMD (EWD)".
_BRACKETED_INITIALS = regex.compile(r"\((?P<name>\p{Lu}{2,3}(?:-\p{Lu}{1,2})?)\)")
# ... or two workers', joined by a slash, a role's word in the bracket or not: "CPN (HB/LM)",
# "EWO (MF/DK)", "the ambulance crew (paramedics JT/AK)".
_BRACKETED_INITIAL_PAIR = regex.compile(
    r"\((?:(?P<inner>\p{Ll}+)[ \t]+)?(?P<first>\p{Lu}{2,3})/(?P<second>\p{Lu}{2,3})\)"
)
# ... or a radio call sign: "NW27 (KM)"
_ROLE_BEFORE_BRACKET = regex.compile(
    r"(?<![\p{L}\d])(?P<role>[\p{L}\-]+|(?P<call_sign>\p{Lu}{1,3}\d{1,3}))[ \t]*\Z"
)
_MORE_ROLES = frozenset(
    [
        "paramedic",
        "handler",
        "adviser",
        "advisor",
        "clinician",
        "coordinator",
        "co-ordinator",
        "assistant",
        "receptionist",
        "technician",
        "psychiatrist",
        "consultant",
        "sergeant",
        "constable",
        "inspector",
        "supervisor",
        "dispatcher",
        "operator",
        "call-taker",
        "warden",
        "volunteer",
        "caseworker",
        "crew",
        # the last word of a longer role: "Designated Safeguarding Person (HW)", "Named Midwife
        # for Safeguarding (HS)", "Service Manager (LJ-W)"
        "person",
        "safeguarding",
        "manager",
    ]
)
_ROLE_LETTERS = frozenset(
    [
        "CH",
        "EMD",
        "PS",
        "PC",
        "ECA",
        "ECP",
        "EMT",
        "OT",
        "PO",
        "SN",
        "MW",
        "RM",
        "AMHP",
        "CSW",
        "KW",
        "FLO",
        "OIC",
        "CPN",
        "GP",
        "TL",
        "TM",
        "SPO",
        "EWO",
    ]
)


def _role_bracket_initials(text: str) -> list[tuple[str, int, int, str]]:
    """A role (see `_MORE_ROLES`, `_ROLE_LETTERS`), then its worker's initials in brackets; not
    the role's own acronym ("Call handler (CH)")."""
    found = []
    for match in _BRACKETED_INITIALS.finditer(text):
        start, end = match.span("name")
        before = _ROLE_BEFORE_BRACKET.search(text, max(0, match.start() - 30), match.start())
        if before is None:
            continue
        role = before.group("role")
        if (
            (role.casefold() in _MORE_ROLES or role in _ROLE_LETTERS or before.group("call_sign"))
            and _writer_named(text, start, end)
            # a call sign's vehicle, not its crew: 'NW27 (RRV)'
            and not (before.group("call_sign") and match.group("name").casefold() in _NOT_INITIALS)
            and not acronym_defined(text, start, end, any_case=True)
        ):
            found.append((PERSON, start, end, "a role, then its worker's initials"))
    for match in _BRACKETED_INITIAL_PAIR.finditer(text):
        before = _ROLE_BEFORE_BRACKET.search(text, max(0, match.start() - 30), match.start())
        roles = [match.group("inner") or ""] + ([before.group("role")] if before else [])
        pair = [match.span("first"), match.span("second")]
        if any(_role_word(role) for role in roles) and _initials_pair(text, pair):
            found.extend((PERSON, s, e, "a role, then two workers' initials") for s, e in pair)
    return found


def _role_word(word: str) -> bool:
    """A role's word or letters before or in a bracket of initials ('CPN', 'paramedics')."""
    low = word.casefold()
    return low.removesuffix("s") in _MORE_ROLES or word in _ROLE_LETTERS


# A meeting's list of who was there: "Present: Haigh (Chair, West Yorkshire Police), Whitlock
# (IDVA), Mistry (Children's Services)".
_ATTENDANCE_LINE = regex.compile(
    r"(?m:^[ \t>*\-|]*(?i:present|attendees|attending|in[ \t]+attendance|apologies)[ \t]*:[^\n]*)"
)
_WORD_BEFORE_BRACKET = regex.compile(rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})[ \t]*\(")
# ... or initials: "Present:   AB (Care Coordinator, CMHT) - chair"
_INITIALS_BEFORE_BRACKET = regex.compile(
    r"(?<![\p{L}'’\-])(?P<name>\p{Lu}{2,3}(?:-\p{Lu}{1,2})?)[ \t]*\((?=[^()\n]*\p{Ll})"
)
# ... or a sentence that records it, agencies first: "The attendance was recorded as: Chair;
# Gwent Police (Probert); Aneurin Bevan University Health Board (Llewellyn)".
_ATTENDANCE_RECORDED = regex.compile(
    r"(?i:attendance|attendees|present)[^\n:]{0,60}:(?P<list>[^\n]*)"
)
_BRACKETED_WORD = regex.compile(rf"\((?P<name>{TITLED_CAP})\)")
# ... or minutes that give each speaker's agency, then the name in brackets: "IDVA (Tennant): V
# is exhausted", "Police (Probert): no further reports".
SPEAKER_AGENCY_NAME_MAX_ZIPF = 3.0
_SPEAKER_AGENCY_NAME = regex.compile(
    r"^[ \t>*\-]*(?:[\p{L}'’&\-]+[ \t]+){0,3}?[\p{L}'’\-]+[ \t]*"
    rf"\((?P<name>{TITLED_CAP})\)[ \t]*:",
    regex.MULTILINE,
)


def _attendee_surnames(text: str) -> list[tuple[str, int, int, str]]:
    """A word with its role or agency in brackets, in a meeting's list of who was there, or in
    brackets after an agency in a recorded attendance or before what a speaker said; not an
    agency's or a role's word ('Probation (apologies)', 'Housing (Reception):')."""
    found = []
    for line in _ATTENDANCE_LINE.finditer(text):
        for match in _WORD_BEFORE_BRACKET.finditer(text, *line.span()):
            word = bare(match.group("name"))
            if not not_a_name(word) and not lexicon.is_national_word(word):
                found.append((PERSON, *match.span("name"), "a name in a list of who was there"))
        for match in _INITIALS_BEFORE_BRACKET.finditer(text, *line.span()):
            # a title's letters in capitals before a role are initials: "DR (Chair, ...)"
            if match.group("name") in ("DR", "MR", "MS") or _writer_named(
                text, *match.span("name")
            ):
                found.append((PERSON, *match.span("name"), "initials in a list of who was there"))
    for match in _SPEAKER_AGENCY_NAME.finditer(text):
        word = bare(match.group("name"))
        if (
            not not_a_name(word)
            and not _role_or_kin_word(word)
            and (
                lexicon.is_surname(word)
                or lexicon.is_given_name(word)
                or lexicon.word_zipf(word) < SPEAKER_AGENCY_NAME_MAX_ZIPF
            )
        ):
            found.append(
                (PERSON, *match.span("name"), "a name in brackets after a speaker's agency")
            )
    for line in _ATTENDANCE_RECORDED.finditer(text):
        for match in _BRACKETED_WORD.finditer(text, *line.span("list")):
            word = bare(match.group("name"))
            if not not_a_name(word) and not lexicon.is_national_word(word):
                found.append((PERSON, *match.span("name"), "a name in a list of who was there"))
    return found


# A given name with its age between commas or in a list: "Sibling: Faith, 7, same school",
# "her husband, Hywel, aged 82," (a declared pseudonym is then allowed as usual).
_NAME_WITH_AGE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP}),[ \t]+(?:aged[ \t]+)?\d{{1,2}}"
    r"(?:[ \t]*(?:yrs?|years?))?(?=[ \t]*(?:,|\)|;|$|and(?![\p{L}])))"
    # ... or with a date of birth, in brackets: "Child 2 (Sky, DOB 14th August 2019)"
    rf"|(?<=\()(?P<name>{TITLED_CAP}),[ \t]+(?i:dob|d\.o\.b\.?|born|date[ \t]+of[ \t]+birth)(?![\p{{L}}])"
    # ... or its age in brackets, in a household's list: "Children:  Mercy (15) and brother (11)"
    rf"|(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})[ \t]+\((?:aged[ \t]+)?\d{{1,2}}\)",
    regex.MULTILINE,
)
# A given name with the person's job in brackets: "To: Rich (Day Shift Manager, Chilled)",
# "-- Joy (senior carer)".
_GIVEN_THEN_JOB = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})[ \t]+\((?:[\p{{L}}\-]+[ \t]+){{0,3}}"
    r"(?i:manager|supervisor|worker|officer|nurse|teacher|carer|keyworker|adviser|advisor|lead|"
    r"owner|boss|receptionist|assistant|coordinator|volunteer)(?![\p{L}])"
)
# A given name between commas, then what they told: "One of them, Autumn, told the review".
_GIVEN_THEN_TOLD = regex.compile(
    rf",[ \t]+(?P<name>{TITLED_CAP}),[ \t]+(?:told|said|says|recalled|explained|described|"
    r"remembered|thought|believed|added|wrote)(?![\p{L}])"
)
# Whose word a record entry rests on: "Referred husband to GP. Per GW.", "copied per JT".
_PER_INITIALS = regex.compile(r"(?<![\p{L}])(?i:per)[ \t]+(?P<name>\p{Lu}{2})(?![\p{L}])")
# Initials a text says are someone's: "identified in the log by the initials AW", "identified as
# JT-W in the log".
_NAMED_BY_INITIALS = regex.compile(
    r"(?<![\p{L}])(?i:(?:by[ \t]+)?(?:the|their|his|her)[ \t]+initials|whose[ \t]+initials,?|"
    r"identified[ \t]+as|signed[ \t]+as|logged[ \t]+as|initialled"
    # "recorded in the case notes as LR", "identified in the record only as EMJ"
    r"|(?:recorded|referred[ \t]+to|named|listed|shown|identified)"
    r"(?:[ \t]+in[ \t]+the(?:[ \t]+\p{Ll}+){1,3})?"
    r"[ \t]+as)[ \t]+"
    r"(?P<name>\p{Lu}{2,3}(?:-\p{Lu}{1,2})?|\p{Lu}{2}\p{Ll})(?![\p{L}'’\-])"
)
# Who signed for a service, by initials: "Signed for the service: LW, IDVA Team Leader".
_SIGNED_FIELD = regex.compile(
    r"(?<![\p{L}])(?i:signed(?:[ \t]+for[^:\n]{0,30})?|approved[ \t]+by|authorised[ \t]+by)"
    r"[ \t]*:[ \t]*(?P<name>\p{Lu}{2,3})(?![\p{L}'’\-])"
)
# Who is to do an action, opening a minute's action or sentence: "Actions: KT to refer",
# "MW to update CSC" (a role's or an agency's letters are left: "HV to visit").
_ACTION_INITIALS = regex.compile(
    # the initials first; what opens the action before them is checked apart (`_ACTION_OPENS`)
    r"(?<![\p{L}])(?P<name>\p{Lu}{2,3})[ \t]+to[ \t]+"
    r"(?:refer|contact|update|speak|check|chase|send|arrange|visit|follow|share|liaise|complete|"
    r"confirm|book|call|ring|discuss|review|escalate|make|request|seek|email|write|ask|offer|"
    r"provide|convene|invite|flag|add|circulate|support|attend)(?![\p{L}])"
)
# ... or a comment's start: "<!-- KH to confirm the translation -->"
_ACTION_OPENS = regex.compile(
    r"(?:^[ \t]*|[.;:|][ \t]+|(?i:actions?)[ \t]*:?[ \t]*|<!--[ \t]*)\Z", regex.MULTILINE
)
# A call log's own words where an operator's initials stand: the system, the reporting person,
# a time zone, a vehicle, a transcript's interpreter ('INT').
_LOG_CODES = frozenset(
    ["sys", "utc", "gmt", "bst", "rp", "veh", "pc", "oic", "cad", "upd", "ops", "int", "interp"]
)
# A MARAC minute's victim and perpetrator by initials and age: "V: RK (38). P: SM (41).",
# "V KJP 22 / P JN 24".
_MINUTE_PARTIES = regex.compile(
    r"(?<![\p{L}])(?:V|P|Victim|Perp|Perpetrator|Subject)[ \t]*:?[ \t]+"
    r"(?P<name>\p{Lu}{2,3})[ \t]+\(?\d{1,2}\)?(?![\d:/])"
)
# A message's sign-off, then the writer's name or initials ending the line: "Regards, HB",
# "Many thanks,\nKeeley".
_SIGNED_OFF = regex.compile(
    r"(?<![\p{L}])(?i:regards|kind[ \t]+regards|best[ \t]+wishes|many[ \t]+thanks|thanks|"
    r"cheers|yours[ \t]+sincerely|yours[ \t]+faithfully|diolch|cofion|cofion[ \t]+gorau|"
    r"yn[ \t]+gywir)"
    r"[ \t]*,?[ \t]*(?:\n[ \t>]*)?"
    rf"(?P<name>\p{{Lu}}{{2,3}}|{_DOTTED_INITIALS}|{TITLED_CAP}(?:[ \t]+{TITLED_CAP})?)"
    # the end of the line, or the writer's role after a comma: "Rhian Pugh-Morgan, Education
    # Welfare Officer"
    r"[ \t]*(?:$|(?=,[ \t]+\p{Lu}))",
    regex.MULTILINE,
)
# A name glossed as a name: "Bunny, a name her own father had given her", "Dusty (a nickname
# he has had since the pits)".
_NAME_GLOSSED = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})(?:,[ \t\n]+|[ \t]*\()(?:a|the|her|his|their)[ \t]+"
    # (not a saint's feast: "on Holy Saturday, her name day")
    r"(?:\p{Ll}+[ \t]+)?(?:name|nickname|pet[ \t]+name)(?![\p{L}]|[ \t]+day)"
)
# A name, then the placeholder the report gives it: "Child 1: Chloe (Child A)", "Dean (Mr B)".
_NAME_THEN_PLACEHOLDER = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP}(?: {TITLED_CAP})?)[ \t]*\((?P<placeholder>"
    r"(?i:child|adult|person|victim|perpetrator|subject|mr|mrs|ms|miss|partner|sibling|son|"
    r"daughter|mother|father|friend|relative)[ \t]+(?:[A-Z]|[0-9]{1,2}))\)"
)
# A placeholder, then the name it stands for between commas: "2.3 Child 1, Ho-yin, attended".
_PLACEHOLDER_THEN_NAME = regex.compile(
    r"(?<![\p{L}])(?:Child|Adult|Sibling|Son|Daughter|Victim|Perpetrator|Friend|Relative)[ \t]+"
    rf"(?:[A-Z]|[0-9]{{1,2}}),[ \t]+(?P<name>{TITLED_CAP}(?:-\p{{Ll}}+)?),"
    # ... or a title's letter, then the name in brackets: "Mr P (Emrys) answered"
    rf"|(?<![\p{{L}}])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+\p{{Lu}}\.?[ \t]+\((?P<name>{TITLED_CAP})\)"
)
# Someone told, asked or rung by their given name: "tell Rose I said hello", "ask Will".
_TOLD_NAME = regex.compile(
    r"(?<![\p{L}])(?i:tell|tells|told|ask|asks|asked|text|texts|texted|ring|rings|rang|phone|"
    rf"phones|phoned|message|messaged)[ \t]+(?P<name>{TITLED_CAP})(?![\p{{L}}'’\-])"
)
# A family by its surname in the plural: "The Maughans were known to the council".
_FAMILY_PLURAL = regex.compile(
    r"(?<![\p{L}])(?i:the)[ \t]+(?P<name>\p{Lu}\p{Ll}{2,}s)(?![\p{L}'’\-])"
)
FAMILY_SURNAME_MAX_ZIPF = 3.5  # 'Maughan' (2.0), 'Patel'; not 'Price' or 'Wells' (4.3 and more)
# Who wrote a note, before what they wrote: "RTW by Fern: "says clumsy"", "Logged by Kit:".
_BY_NAME_COLON = regex.compile(
    rf"(?<![\p{{L}}])(?i:by)[ \t]+(?P<name>{TITLED_CAP}(?: {TITLED_CAP})?)[ \t]*:(?=[ \t]*[\"“'‘\p{{L}}])"
)
# A name in a hashtag of grief or protest: "#justiceforshabnam", "#RIPKaz".
_HASHTAG_NAME = regex.compile(
    r"#(?i:justicefor|rip|restinpeace|forever|inmemoryof|remembering|flyhigh)(?P<name>\p{L}{3,})"
)
# A church by its dedication: "Mass at Our Lady of Kernow".
_OUR_LADY = regex.compile(
    rf"(?<![\p{{L}}])Our[ \t]+Lady[ \t]+(?:(?:Star|Queen)[ \t]+)?of[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{TITLED_CAP}(?:[ \t]+{TITLED_CAP})?)(?![\p{{L}}])"
)
# Two initials doing something in a note: "BR lacks capacity", "TK has moved out".
_TWO_INITIALS_STATE = regex.compile(
    _NOTE_CLAUSE_START
    + r"(?P<name>\p{Lu}{2})[ \t]+(?:lacks|has|had|lives|lived|is|was|remains|appears|appeared|"
    r"continues|moved|left|returned|declined|unable)(?![\p{L}])",
    regex.MULTILINE,
)
# A form's fields in capitals, after a family word: 'Child DOB', 'Mother NHS'.
_FORM_FIELDS = frozenset(["dob", "nhs", "nino", "nok", "age", "imr"])
# Letters that are roles, agencies, kin ('MIL' mother-in-law) or notes' words ('SU' service
# user, 'IMR'), not someone's initials.
_NOT_INITIALS = frozenset(
    [
        "dhr",  # the review itself, as a title ends: "Wanjiru - Garrowdale - 2023/e - DHR"
        "cin",  # a child in need plan: "CIN stepped down"
        "dardr",
        "com",  # probation's community offender manager: "Home visit. | COM |"
        "pom",  # ... and its prison offender manager
        "nil",  # a record's field left empty: "VEHICLE SEIZED/SEARCHED - NIL"
        "log",  # a record's kind, as its heading ends: "BRIGHTWATER HOME CARE - CALL LOG"
        "ecg",  # a heart trace, as a paramedic's note records it ('ECG NSR.')
        "ekg",
        "rrv",  # an ambulance service's vehicles: rapid response, double-crewed
        "dca",
        "rn",
        "rgn",  # a nurse's registration: general, mental health
        "rmn",
        "emt",  # an ambulance crew's technician and emergency care practitioner
        "ecp",
        "emd",  # an emergency medical dispatcher
        "hca",
        "pn",
        "anp",
        "acp",
        "cmht",
        "yot",
        "nps",
        "crc",
        "iom",
        "ppu",
        "cid",
        "anpr",
        "rui",
        "gp",
        "dn",
        "hv",
        "sw",
        "pc",
        "dc",
        "ds",
        "di",
        "ot",
        "ed",
        "ae",
        "ta",
        "po",
        "cm",
        "kw",
        "sp",
        "dv",
        "da",
        "mh",
        "uk",
        "eu",
        "it",
        "tv",
        "ok",
        "am",
        "pm",
        "nb",
        "ps",
        "cps",
        "asb",
        "htt",
        "anon",
        "dwp",
        "nhs",
        "csc",
        "asc",
        "edt",
        "dsl",
        "cpn",
        "mht",
        "idva",
        "isva",
        "marac",
        "mash",
        "imr",
        "mil",
        "fil",
        "sil",
        "bil",
        "su",
        "yp",
        "cyp",
        "pt",
        "hcp",
        "ni",
        "cp",
        "ss",
        "ld",
        "lt",
        "hr",
        "pr",
        "ai",
        "ip",
        "id",
        "ie",
        "eg",
        "no",
        "dob",
        "pp",  # a probation practitioner, the officer in the case, a family liaison officer
        "oic",
        "flo",
        "pob",  # a record's place of birth and criminal records office number
        "cro",
        "dod",
        "nok",
        "pnc",
        "crn",
        "urn",
        "ref",
        "tel",
        "age",
    ]
)
# Who a message went to, in lower case as a phone saves it: "message from Hodan to sahra".
_MESSAGE_TO = regex.compile(
    r"(?<![\p{L}])(?i:message|messages|text|texts|email|e-mail|voice\s*note|voicemail|dm|dms)"
    r"[ \t]+(?:(?i:from)[ \t]+\S+[ \t]+)?(?i:to)[ \t]+(?P<name>\p{Ll}[\p{Ll}'’\-]+)(?![\p{L}])"
)
# A note in an HTML comment signed at its end: "... before publication - Elin -->".
_COMMENT_SIGNED = regex.compile(
    rf"[\-–—][ \t]*(?P<name>(?:{TITLED_CAP})(?: (?:{TITLED_CAP}))?)[ \t]*-->"
)
# One initial and a surname where a letter or message is signed: "Thank you. H. Al-Khatib".
_INITIAL_SURNAME = regex.compile(
    r"(?:(?<=^[ \t>*\-]*)|(?<=[.!?,:;][ \t]+)|(?<=[ \t](?i:by|from|to|and|with)[ \t]+)"
    # ... or a table cell's start (its bar blanked: "| K. Barnes, MARAC Coordinator |")
    r"|(?<=[ \t]{3}))"
    r"(?P<name>\p{Lu}\.[ \t]?(?P<particle>(?:Al|El|Abu|Bin|Ben|Van|De|Mc|Mac|O)['’\-]?)?"
    # a surname in title case, or in a record's capitals: "Crew: C. TREVASKIS (Paramedic)"
    r"(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{4,}(?:-\p{Lu}{2,})?))(?![\p{L}'’])",
    regex.MULTILINE,
)


def _section_letter(text: str, start: int) -> bool:
    """Whether the capital at `start` opens a line and numbers a section: its paragraphs are
    numbered with the same letter elsewhere ("B.1", "B.2")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t>*#-"):
        return False
    letter = regex.escape(text[start])
    return regex.search(rf"(?m)^[ \t>*#\-]*{letter}\.[0-9]", text) is not None


# A lower-case name with an endearment or respect after it: "dariush jan", "ravi ji".
_NAME_ENDEARED = regex.compile(
    r"(?<![\p{L}'’\-])(?P<name>\p{Ll}{3,})[ \t]+(?:jan|joon|jaan|ji|jee|sahib|saab|bhai|bhaiya|"
    r"baji|akka|anna|didi|abla|abi)(?![\p{L}])"
)
# A lower-case given name after Tagalog's person markers: "sabi ni lorna" (Lorna said), "si
# ricky?", "para kay paolo" (Welsh 'ni', 'we', is no marker: see people_by_shape).
_TAGALOG_PERSON_MARKER = regex.compile(
    r"(?<![\p{L}'’\-])(?:si|ni|kay|sina|nina|kina)[ \t]+(?P<name>\p{Ll}{3,})(?![\p{L}'’])"
)
LOWER_MARKED_NAME_MAX_ZIPF = 4.5  # 'jun', 'ricky' (3.9); not 'baby' or 'you', which lists hold
# A lower-case given name with a Turkish case ending after an apostrophe, as Turkish writes a
# name's: "yusuf'a söyleme" (don't tell Yusuf), "elif'i okuldan".
_TURKISH_SUFFIXED_NAME = regex.compile(
    # (not Arabic's "raji'un", nor Welsh's "wedi'i": see people_by_shape; read from the
    # apostrophe, the name looked back for)
    r"['’](?<=(?<![\p{L}'’\-])(?P<name>\p{Ll}{3,})['’])(?:y?[ıiuü]|y?[ae]|[dt][ae]|[dt][ae]n|n?[ıi]n|"
    r"y?l[ae]|yl[ae])(?![\p{L}'’])"
)
# A name called at the start of a quote: '"Mbuyi, we all knew.', or quoted alone: '"Rhod," he
# wanted everyone to call him'.
_QUOTED_VOCATIVE = regex.compile(r"[\"“](?P<name>\p{Lu}\p{Ll}{2,}),(?:[\"”])?[ \t]")
QUOTED_VOCATIVE_MAX_ZIPF = 4.0  # 'Peggy, I am so tired' (3.6); not 'Grace, ...' (4.3)
# Scottish and Irish Gaelic call someone with 'a' and soften the name's first letter: "A Pheigi,
# tha mi cho sgìth" (Peigi), "a Sheumais" (Seumas).
_GAELIC_VOCATIVE = regex.compile(
    r"(?<![\p{L}'’])[Aa][ \t]+(?P<name>[BCDFGMPST]h\p{Ll}{2,})(?=[,!?])"
)
GAELIC_VOCATIVE_MAX_ZIPF = 2.0
# A chat export titled with the contact's name: 'WhatsApp chat export: "shno gyan"'.
_CHAT_TITLE = regex.compile(
    r"(?<![\p{L}])(?i:chat[ \t]+export|chat[ \t]+with|conversation[ \t]+with)[ \t]*:?[ \t]*"
    r"[\"“](?P<name>\p{L}[\p{L}'’\-]*(?:[ \t]\p{L}[\p{L}'’\-]*){0,2})[\"”]"
    # ... or after a dash, ending its line or before a bracket: "```text chat export - hugo
    # (saved as "S")"
    r"|(?<![\p{L}])(?i:chat[ \t]+export)[ \t]+[\-–—][ \t]+(?P<name>\p{L}[\p{L}'’\-]*)"
    r"(?=[ \t]*(?:\(|$))",
    regex.MULTILINE,
)
CHAT_TITLE_WORD_MAX_ZIPF = 3.0
# Who said a quotation, after a dash on its own line, then their part: "> — Patience,
# neighbour" (read from the dash).
_QUOTE_ATTRIBUTION = regex.compile(
    r"(?m)(?<=^[ \t>]*)[—–][ \t]*(?P<name>\p{Lu}\p{Ll}{2,}),[ \t]+(?=\p{Ll})"
)
# The second of two people by their initials: "Carers DH and ZB note ...".
_AND_INITIALS = regex.compile(
    # ... or after a slash, where two sign together: "Seen by JT/MB"
    r"(?:[ \t]+(?:and|&)[ \t]+|/)(?P<name>\p{Lu}{2,3})(?![\p{L}'’\-/]|\.\p{L})"
    # not a service's letters before its kind: "Seen by CPN AK and STR worker"
    r"(?![ \t]+(?i:workers?|team|service|nurses?|officers?|practitioners?)(?![\p{L}]))"
)
# Initials signing a note's line after a slash, alone or after the writer's role or service:
# "Tenant accompanied by daughter.   / TP", "Countersigned      SPO / AB", "logged / JK |".
_SLASH_SIGNED_LINE = regex.compile(
    r"(?<=[ \t])/[ \t]*(?P<name>\p{Lu}{2,3}(?:-\p{Lu}{1,2})?)(?=[ \t]*(?:\||\n|$))"
)
# ... or after a dash closing a line, a role's letters before or after them: "typed from
# diary — KM", "review 1/52.   — BO, CC", "Partner in waiting room.   - RMN KT" (read from the
# dash).
_DASH_SIGNED_LINE = regex.compile(
    r"[—–\-](?<=\S[ \t]+[—–\-])[ \t]*(?:\p{Lu}{2,4}[ \t]+)?(?P<name>\p{Lu}{2,3})"
    r"(?:,[ \t]*\p{Lu}{2,4})?[ \t]*$",
    regex.MULTILINE,
)
# Rules whose match is someone's initials unless the letters are a role's or a word's.
_PLAIN_INITIALS_RULES = (
    (_ACTED_INITIALS, "initials by what they did or do"),
    (_INITIALS_THEN_ROLE, "initials by what they did or do"),
    (_OWNER_INITIALS, "who owns an action, by initials"),
    (_DASH_SIGNED_LINE, "initials signing a line after a dash"),
)
# Two workers' initials joined by a slash, then what a note says of them: "Actions: LT/GH aware",
# "JB/KM to review" (not two roles: "HV/SW aware").
_SLASHED_PAIR_NOTED = regex.compile(
    r"(?<![\p{L}/])(?P<first>\p{Lu}{2,3})/(?P<second>\p{Lu}{2,3})[ \t]+"
    r"(?i:aware|informed|notified|updated|agreed|present|to[ \t]+(?:action|review|follow|"
    r"liaise|contact|complete|discuss|update|visit))(?![\p{L}])"
)
# Two dotted words as a user name, the second a name: "her last post, on lhenlhen.santos, was"
# (read from the dot, the words looked back for; not a file's or an asset's 'wasm.unknown').
_DOTTED_NAME_HANDLE = regex.compile(
    r"\.(?P<second>\p{Ll}{4,}+)(?<=(?<![\p{L}\p{N}_.@/\\\-])(?P<name>\p{Ll}{4,}\.\p{Ll}{4,}))"
    r"(?![\p{L}\p{N}_@/\-]|\.\p{L})"
)
# Someone's initials in brackets after their given name: "Yaw (KOA) arrested", "| Catrin (LJ) |"
# (not a worker's role: "Gareth (FSW)", "Chiamaka Eze (SCW)").
_GIVEN_THEN_INITIALS = regex.compile(
    r"(?<![\p{L}'’\-])(?P<given>\p{Lu}\p{Ll}+)[ \t]+\((?P<name>\p{Lu}{2,3})\)"
)
# Ideation and harm, as a mental-health note pairs them: suicidal, homicidal, self-harm.
_RISK_LETTERS = frozenset(["si", "hi", "dsh"])
# Initials joined by slashes wherever a note puts them: "The family hub worker, JH/TB",
# "signed GM/EP", "(JL/MB)", "AW/CB/AS", "SN/LW" (a role's letters beside them stay).
_SLASHED_INITIALS = regex.compile(
    r"(?<![\p{L}\p{N}/.'’\-])\p{Lu}{2,3}(?:/\p{Lu}{2,3})+(?![\p{L}\p{N}/'’\-]|\.\p{L})"
)
# Dotted initials with the person's part in brackets: "file note, G.P. (client)".
_INITIALS_THEN_PART = regex.compile(
    r"(?<![\p{L}.])(?P<name>\p{Lu}\.(?:[ ]?\p{Lu}\.){1,2})[ \t]*\((?i:client|victim|deceased|"
    r"mother|father|son|daughter|perpetrator|alleged perpetrator|subject|patient|tenant|applicant|"
    r"complainant|suspect|partner|ex-partner|husband|wife|defendant|witness)\)"
    # ... or undotted, before a date of birth or an address in brackets: "referral - MT (DOB and
    # address as below)"
    r"|(?<![\p{L}.])(?P<name>\p{Lu}{2,3})[ \t]*\((?i:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|aged|age)"
    r"(?![\p{L}])"
)
# A professional in minutes by initials and the agency or role in brackets: "KM (IDVA):",
# "RH (Housing)", "JP (CSC)".
_MINUTED_AGENCIES_TEXT = """
    housing police probation education school health refuge outreach chair idva isva csc asc
    cmht dsl hv gp ppu mash yot nps crc cpn midwife midwifery nurse dwp iom
"""
_MINUTED_AGENCIES = frozenset(_MINUTED_AGENCIES_TEXT.split())
_INITIALS_AGENCY = regex.compile(
    r"(?<![\p{L}.])(?P<name>\p{Lu}{2,3})[ \t]+\((?P<role>[\p{L}'’ \-]{2,40})\)"
)
# Someone's home named by their lower-case name in a message: "sleeping at mei fong's".
_AT_SOMEONES = regex.compile(
    r"(?<![\p{L}])(?:at|round|to|from)[ \t]+(?P<name>\p{Ll}+(?:[ \t]\p{Ll}+)?)['’]s(?![\p{L}])"
)
# A place with hyphens: "Wath-upon-Dearne", "Stow-on-the-Wold".
_HYPHENATED_PLACE = regex.compile(
    # ... a Welsh one's article too: "Glyn-y-Wern", "Bryn-yr-Eos"
    r"(?<![\p{L}'’\-])\p{Lu}\p{Ll}+(?:-(?P<joint>upon|on|in|under|le|la|de|by|cum|the|super|juxta|an|en|"
    r"y|yr)"
    r"|-\p{Lu}\p{Ll}+)+(?![\p{L}'’\-])"
)
# A first word this common makes a hyphenated phrase no place: 'Mother-in-Law', 'Jack-in-the-Box'.
HYPHENATED_PLACE_FIRST_MAX_ZIPF = 4.5
# A role's acronym before a surname: "Home visit by FEO Harker".
_ACRONYM_SURNAME = regex.compile(
    rf"(?<![\p{{L}}])\p{{Lu}}{{2,5}}\s+(?P<name>{TITLED_CAP})(?![\p{{L}}'’\-])"
)
# A surname alone in capitals, as logs write it: "Occupant GILLIES, adult with LD".
_CAPS_SURNAME = regex.compile(r"(?<![\p{L}'’])(?P<name>\p{Lu}{4,}(?:-\p{Lu}{2,})?)(?![\p{L}])")
CAPS_ALONE_MAX_ZIPF = 3.0
# A Gaelic surname by its prefix, alone in prose: "MacLeod's army service". The capital after
# "Mac"/"Mc" is the mark; "Macmillan nurse" has none. Not a brand ("McDonald's"), not a word
# run on ("MacBook"), not an eponym, a test or a court's term ("McKenzie friend").
_MAC_SURNAME = regex.compile(
    r"(?<![\p{L}'’\-])(?P<name>(?:Mac|Mc)(?P<rest>\p{Lu}\p{Ll}{2,})(?:-\p{Lu}\p{Ll}+)?)"
    r"(?P<possessive>['’]s)?(?![\p{L}\-])"
    r"(?![ \t]+(?i:friends?|test|tests|manoeuvre|point|sign|criteria|principles?|report|review|"
    r"inquiry|disease|syndrome)(?![\p{L}]))"
)
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
# A document's or a picture's file name ('mackay_final_v6.docx', 'IMG_nana-joy.jpg').
_FILE_NAME = regex.compile(
    r"(?<![\p{L}\d_.\-])(?P<stem>[\p{L}\d][\p{L}\d_.\-]{0,80}?)"
    r"\.(?i:docx?|pdf|odt|rtf|txt|png|jpe?g|gif|heic|webp|mp4|mov|m4a|mp3|xlsx?|csv|pptx?|eml|msg)"
    r"(?![\p{L}\d])"
)
FILE_NAME_WORD_MAX_ZIPF = 3.5  # a surname: 'mackay' (3.4); never 'final', 'draft' or 'notes'
FILE_NAME_GIVEN_MAX_ZIPF = 3.0  # a given name only: 'ffion'; not 'domino' (3.4), also a word
_SPEECH = r"said|says|told|wrote|writes|texted|messaged|replied|asked|added|explained"
SAID = regex.compile(
    rf"(?<![\p{{L}}])(?P<name>(?:{TITLED_CAP}))\s+(?:{_SPEECH})(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?:said|asked|replied|added)\s+(?P<name>(?:{TITLED_CAP}))(?=[\s,.;:!?]|$)"
)
# Apposition: "her friend from work, Tilda, told the review", "the host's son, ezra, translated",
# "Tilda, her neighbour, said", "Tilda, who lived next door, said".
_RELATION = (
    rf"(?<![\p{{L}}])(?i:{FAMILY})s?(?:[ \t]+(?:from|at|of|in)(?:[ \t]+[\p{{L}}'’]+){{1,4}})?"
)
# People a review names by what they did for the family: "Noi, the salon owner, had seen him".
OCCUPATIONS = (
    r"owner|manager|landlord|landlady|employer|boss|supervisor|driver|shopkeeper|hairdresser|"
    r"barber|cleaner|childminder|coach|trainer|pastor|imam|priest|vicar|minister|chaplain|"
    r"receptionist|caretaker|warden|bartender|barmaid|publican"
)
# ... or after what they were to someone: "Her ESOL tutor at Brookfield Adult Learning Centre,
# Faith, noticed", "a co-worker, Summer, who interpreted".
_APPOSED_AFTER = regex.compile(
    rf"(?:{_RELATION}|(?<![\p{{L}}])(?i:{OCCUPATIONS}|tutor|teacher|co-worker|coworker|workmate)"
    r"(?:[ \t]+(?:from|at|of|in)(?:[ \t]+[\p{L}'’]+){1,4})?)"
    rf",\s+(?P<name>{TITLED_CAP}|\p{{Ll}}[\p{{Ll}}'’\-]{{1,20}})"
    rf"(?=\s*,|\s+(?:{_SPEECH})(?![\p{{L}}]))"
)
_APPOSED_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’])(?P<name>{TITLED_CAP}),\s+"
    rf"(?:(?i:his|her|their|a|an|the)\s+(?:\p{{Ll}}+\s+){{0,3}}?"
    rf"(?:{_RELATION}|(?i:{OCCUPATIONS})(?![\p{{L}}])),"
    rf"|[^,.;:!?\n()]{{1,60}},\s+(?:{_SPEECH})(?![\p{{L}}])"
    rf"|(?:{_SPEECH})(?![\p{{L}}]))"
)
# Months and seasons, which are names only where the words around say so ('Her host, April,').
_TIME_WORDS = MONTHS | lexicon.SEASONS
# A lower-case given name: 'ezra' after 'her son,', 'mei' (3.4), 'kasia'; not 'however', 'aged'
# or 'jo' (4.0), which is also a word.
LOWER_NAME_MAX_ZIPF = 3.5
# A real name beside its pseudonym ("Tilda (Marnie)"), and a name in brackets after a family or
# description phrase ("her daughter, aged 9 (Clover)").
_NAME_ALIAS = regex.compile(
    rf"(?<![\p{{L}}'’])(?P<name>{TITLED_CAP})\s+\((?P<alias>{TITLED_CAP})\)"
)
_FAMILY_PAREN = regex.compile(rf"{_RELATION}(?:[ \t,][^()\n]{{0,40}})?\((?P<name>{TITLED_CAP})\)")

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

GIVEN_NAME_MAX_ZIPF = 4.0  # a rarer word that is a known given name is taken as a name


def _person_like(word: str) -> bool:
    """A capitalised word a quoted name is said to be: a given name or no English word ('"kasia"
    is Zofia'), not a meaning ('"Cymraeg" is Welsh', '"Duw" is God')."""
    low = word.casefold()
    return not generic(low) and (
        lexicon.is_given_name(low) or lexicon.word_zipf(low) < UNKNOWN_NAME_ZIPF
    )


def is_nickname(name: str, *, person: bool) -> bool:
    """What stands in quotes after 'known as', 'called her', 'signed off as' is a nickname when
    it is no everyday word: a capitalised rarer word ('Dazza'), a rare given name, a lower-case
    word that is no English word at all ('bexy'), or two words of which one is so, or a kin title
    and a capitalised word ('Auntie Flo')."""
    words = name.split()
    lowered = [bare(w) for w in words]
    if any(low in stop_words() or low in MONTHS or low in NOT_PERSONS for low in lowered):
        return False
    if len(words) == 2:
        if not all(w[0].isupper() for w in words):
            return False
        if lowered[0] in KIN_TITLES and not generic(lowered[1]):
            return True
        if person and lexicon.is_given_name(lowered[1]) and not generic(lowered[1]):
            return True  # 'called him "Big Mo"': a word, then a given name
        return any(
            not generic(low) and lexicon.word_zipf(low) < NICKNAME_MAX_ZIPF for low in lowered
        )
    word, low = words[0], lowered[0]
    if generic(low) or low in KIN_TITLES or low in lexicon.ENDEARMENTS:
        return False
    zipf = lexicon.word_zipf(low)
    return (
        (word[0].isupper() and zipf < NICKNAME_MAX_ZIPF)
        # an everyday word capitalised in quotes is a name too ('Biscuit', 'Sparks', 'Moth')
        or (word[0].isupper() and word[1:].islower() and zipf < EVERYDAY_NICKNAME_MAX_ZIPF)
        or (lexicon.is_given_name(low) and zipf < 3.0)
        or (person and zipf < NO_WORD_ZIPF)
    )


def _names_an_email_spells(text: str) -> list[tuple[str, int, int, str]]:
    """'Memory Marufu', where 'memory.marufu@example.org' is in the text (see the pattern)."""
    found: list[tuple[str, int, int, str]] = []
    if "@" not in text:
        return found
    for match in _EMAIL_OF_NAME.finditer(text):
        parts = (match.group("first"), match.group("last"))
        if (
            parts[0] == parts[1]
            or any(not_a_name(part) for part in parts)
            or all(lexicon.word_zipf(part) >= EMAIL_NAME_MAX_ZIPF for part in parts)
        ):
            continue
        written = regex.compile(
            rf"(?<![\p{{L}}'’\-])(?i:{parts[0]})[ \t]+(?i:{parts[1]})(?![\p{{L}}\-])"
        )
        for name in written.finditer(text):
            if all(word[0].isupper() for word in name.group().split()):
                found.append((PERSON, *name.span(), "a name an e-mail address spells"))
    return found


def is_name_text(span: str) -> bool:
    """Whether a span has a word that may name someone: not only public words ('Kosovan
    Albanian', 'Housing Officer'); a season or nationality that is a given name ('Summer') may,
    unless English uses it far more as a word ('British', 'Muslim', which name lists hold too)."""
    words = WORD.findall(span)
    return bool(words) and not all(
        bare(w) in GENERIC or (national_as_written(w) and not _national_given_name(bare(w)))
        for w in words
    )


NATIONAL_NAME_MAX_ZIPF = 4.5  # 'Jordan' (4.4) may be someone; 'British' (5.2) is not


def _national_given_name(low: str) -> bool:
    return lexicon.is_given_name(low) and (
        low in lexicon.SEASONS or lexicon.word_zipf(low) < NATIONAL_NAME_MAX_ZIPF
    )


def national_as_written(word: str) -> bool:
    """A national or language word, unless written in lower case and unknown to English: no
    one writes a language's name so ('hitu', one of ISO's small languages, is a nickname)."""
    low = bare(word)
    if word.islower() and lexicon.word_zipf(low) < lexicon.UNKNOWN_WORD_ZIPF:
        return False
    return lexicon.is_national_word(low)


_NEXT_WORD = regex.compile(rf"[ \t]+(?P<word>{TITLED_CAP})(?![\p{{L}}])")


def surname_after(text: str, end: int) -> int:
    """Where a name found by its context ends once a known surname after it is taken in ('her
    friend Haf Rowlands'); `end` itself when the next word is no surname."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return end
    low = bare(match.group("word"))
    if (
        lexicon.is_surname(low)
        and not generic(low)
        and not not_a_name(low)
        and low not in stop_words()
    ):
        word_end: int = match.end("word")
        return word_end - (2 if match.group("word").endswith(("'s", "’s")) else 0)
    return end


def everyday_words_only(span: str) -> bool:
    """Every word an everyday English word and none a given name or surname ('Contact')."""
    return all(
        lexicon.is_common_word(w) and not lexicon.is_given_name(w) and not lexicon.is_surname(w)
        for w in (bare(word) for word in WORD.findall(span))
    )


def titled_surname(span: str) -> bool:
    """After a title, a known surname that is also a kind-of-body word is the surname: 'Mr
    Ward', 'Mrs Hall' (never a role: 'Madam Chair')."""
    words = [bare(w) for w in WORD.findall(span)]
    return len(words) == 1 and lexicon.is_surname(words[0]) and words[0] not in ROLE_WORDS


def written_like_a_name(span: str) -> bool:
    """A name word in lower case or in capitals must look like one: a lower-case word English
    hardly knows or a rarer given name ('dariukas'; not 'was'), and capitals with a vowel that
    are no stop words ('RAJ KUMARAN'; not 'NOT KNOWN')."""
    words = [bare(w) for w in WORD.findall(span)]
    if span[:1].islower():
        return all(_lower_case_name(w) for w in words)
    if span.isupper():
        return all(
            w not in stop_words() and not generic(w) and regex.search(r"[aeiouy]", w) for w in words
        )
    return True


def _marked_given_name(low: str) -> bool:
    """A lower-case given name a language's grammar marks as one (a person marker, a case ending
    after an apostrophe), no kin word and no everyday word ('baby', 'you')."""
    return (
        lexicon.is_given_name(low)
        and low not in lexicon.KIN_WORDS
        and lexicon.word_zipf(low) < LOWER_MARKED_NAME_MAX_ZIPF
    )


def _lower_case_name(low: str) -> bool:
    """A lower-case word English hardly knows, or a rarer given name; a language's name that
    English does not know either may still be one ('known at home as hitu': a language of
    Maluku, as thousands of ISO's small languages share names with people and towns)."""
    if low in lexicon.KIN_WORDS:
        return False
    zipf = lexicon.word_zipf(low)
    if not_a_name(low, national=zipf >= lexicon.UNKNOWN_WORD_ZIPF):
        return False
    return zipf < UNKNOWN_NAME_ZIPF or (lexicon.is_given_name(low) and zipf < LOWER_NAME_MAX_ZIPF)


def gazetteer_names(
    text: str, words: list[tuple[int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """Given names from the gazetteer (rare enough not to be ordinary words) and the surname
    that follows one; ordinary-word names (Will, Hope) need a context rule instead."""
    found: list[tuple[str, int, int, str]] = []
    index = 0
    while index < len(words):
        start, _end, word = words[index]
        low = bare(word)
        if (
            word.isupper()
            or len(low) < 3
            or generic(low)
            or low in stop_words()
            or low in NOT_PERSONS  # 'the Imam', 'the Prophet', 'Valentine's Day'
            or low in RECORD_SHORTHAND  # 'Med r/v. Adherence good.'
            or not lexicon.is_given_name(low)
            or _ADJECTIVE_COMPOUND.search(low)
            or dated_month(text, start, start + len(word))  # '| Jun 2024 |'
            or (low in MONTHS and _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 20), start))
            or (low in NOTE_VERBS and sentence_start(text, start))  # 'Said Ivy had been up'
        ):
            index += 1
            continue  # 'in January Ivy told her': a time, then a name
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
            and lexicon.is_surname(bare(words[last + 1][2]))
            and not generic(bare(words[last + 1][2]))
            and not _short_function_word(bare(words[last + 1][2]))  # "Ivy As Carer" (a heading)
        ):
            last += 1
        if last > index or (
            rare and not (sentence_start(text, start) and lexicon.word_zipf(low) >= 3.5)
        ):
            stop = words[last][1]
            if words[last][2].endswith(("'s", "’s")):
                stop -= 2
            found.append((PERSON, start, stop, "given name from the gazetteer"))
        index = last + 1
    return found


# A compound adjective, not a double-barrelled name: 'a Roma-led group', 'Lagos-born'.
_ADJECTIVE_COMPOUND = regex.compile(
    r"-(?:led|run|based|born|owned|speaking|style|funded|specific|focused|centred|friendly)$"
)


def _short_function_word(low: str) -> bool:
    return len(low) <= 3 and low in stop_words()


# A journey or a life before a country's name: "came to England from Jamaica", "born in Chad".
_TIME_PREPOSITION_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:in|on|by|since|until|till|from|during|early|late|mid|last|next"
    # ... or part of a month: "In the first week of April Blessing rang"
    r"|(?:week|weekend|end|start|beginning|middle|rest)[ \t]+of)[ \t]+$"
)
_MIGRATION_BEFORE = regex.compile(
    r"(?i:\b(?:came|come|comes|coming|moved|moving|emigrated|migrated|returned|travelled|"
    r"traveled|arrived|fled|born|raised|grew\s+up|deported|relocated|visited|visiting|lives|"
    r"lived|living)\b"
    r"[^.!?\n]{0,40}?\b(?:from|in|to|outside|near))\s+"
    # ... or after the town there, set off by a comma: "still lives outside Spanish Town, Jamaica"
    r"(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s+)?$"
)


def _ordinary_name_word(word: str) -> bool:
    """A given name that is no kind-of-body, role, national, stop word or month."""
    low = bare(word)
    return (
        lexicon.is_given_name(low)
        and not generic(low)
        and low not in stop_words()
        and low not in MONTHS
        and low not in NOT_PERSONS
    )


# A heading that opens with someone's name, as reports title a person's own section: "## 3.
# Murchadh: the family's account", "## Tharsi in her own words", "### 5.4 Ivie and the
# family's warnings" (the analysed text blanks a heading's hashes: the line starts with three
# spaces or more; a glossary's 'Gurbani: the Sikh scriptures' does not).
_HEADING_NAME = regex.compile(
    rf"^[ \t]{{3,}}(?:(?:Part|Section|Chapter)[ \t]+)?(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?[ \t]+)?"
    rf"(?P<name>{TITLED_CAP})"
    # ... then a title's phrase, not a record's field ('Referrer: GP', 'Subj: RE: ...')
    r"(?=:[ \t]+(?:the|a|an|her|his|their|my|our|what|how|why|in)[ \t]"
    r"|[ \t]+in[ \t]+(?:her|his|their)[ \t]+own[ \t]+words|[ \t]+and[ \t]+the[ \t])"
    r"[^\n]{0,60}$",
    regex.MULTILINE,
)
HEADING_NAME_MAX_ZIPF = 2.5  # 'Murchadh', 'Tharsi'; not 'Safeguarding' or 'Glossary'
# A pen portrait's heading: "## 3. Who Loveday was", "### Remembering Kathleen", "## In memory of
# Cynthia" (the analysis view blanks the heading's marks to spaces).
_PORTRAIT_HEADING = regex.compile(
    r"^[ \t]{2,}(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?i:who|remembering|in[ \t]+memory[ \t]+of)[ \t]+"
    rf"(?P<name>{TITLED_CAP}|(?P<caps>\p{{Lu}}{{2,}}))(?:[ \t]+(?i:was|is))?[ \t]*$",
    regex.MULTILINE,
)
# An initial and a surname in brackets after a role: "Head of Housing Options (J. Fairbank)".
_INITIAL_SURNAME_BRACKETED = regex.compile(rf"\((?P<name>\p{{Lu}}\.[ \t]?(?:{TITLED_CAP}))\)")


def _rare_name_word(word: str, max_zipf: float) -> bool:
    """A word English hardly uses and its dictionary lacks, and no public word: a name where a
    name's shape stands ('Murchadh: the family's account', 'Bhavnaben — Meera —')."""
    return (
        lexicon.word_zipf(word) < max_zipf
        and not lexicon.is_dictionary_word(word)
        and not not_a_name(word)
    )


def headed_names(text: str) -> list[tuple[str, int, int, str]]:
    """A rare word opening a heading before a colon or 'in her own words', and an initial and a
    surname in brackets (see the patterns above)."""
    found: list[tuple[str, int, int, str]] = []
    for match in _HEADING_NAME.finditer(text):
        word = bare(match.group("name"))
        if (
            _rare_name_word(word, HEADING_NAME_MAX_ZIPF)
            and not lexicon.is_national_word(word)
            and not is_welsh_word(word)
        ):
            found.append((PERSON, *match.span("name"), "a name opening a heading"))
    for match in _INITIAL_SURNAME_BRACKETED.finditer(text):
        surname = bare(match.group("name").split(".")[-1].strip())
        if not not_a_name(surname) and not lexicon.is_national_word(surname):
            found.append((PERSON, *match.span("name"), "an initial and a surname in brackets"))
    for match in _PORTRAIT_HEADING.finditer(text):
        word = bare(match.group("name"))
        if match.group("caps") and (not_a_name(word) or not lexicon.is_given_name(word)):
            continue  # a heading in capitals: only a given name ('IN MEMORY OF LORRAINE')
        if not _role_or_kin_word(word):
            found.append((PERSON, *match.span("name"), "a name in a pen portrait's heading"))
    return found


def standalone_names(text: str) -> list[tuple[str, int, int, str]]:
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
        if _ordinary_name_word(word) and lexicon.word_zipf(bare(word)) < STANDALONE_NAME_MAX_ZIPF:
            start = segment.start() + match.start("name")
            found.append((PERSON, start, start + len(word), "a given name standing alone"))
    for match in _MID_POSSESSIVE.finditer(text):
        start, end = match.span("name")
        if not sentence_start(text, start) and _ordinary_name_word(match.group("name")):
            found.append((PERSON, start, end, "possessive of a given name"))
    return found


def called_without_quotes(text: str) -> list[tuple[str, int, int, str]]:
    """'they called her Tilly' with no quotes: the capitalised word after the pronoun, when it
    is no everyday word or is a given name ('the GP called her Monday' is neither)."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CALLED_OBJECT.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        low = bare(word)
        if not_a_name(low):
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


# Someone doing something to someone: "Ranasinghe took her wages", "Okonkwo hit her".
_ACTOR = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})[ \t]+(?:took|hit|punched|slapped|grabbed|kicked|"
    r"pushed|threatened|followed|controlled|attacked|strangled|choked|stabbed|killed|shouted|"
    r"screamed|rang|phoned|texted|messaged|drove|visited|said|says|told|wrote|asked)(?![\p{L}])"
)
UNKNOWN_ACTOR_MIN_LENGTH = 5


def unknown_actors(text: str) -> list[tuple[str, int, int, str]]:
    """A capitalised word English does not know, doing what people do ('Ranasinghe took her
    wages'): a person the model missed, whatever the language of the name."""
    found: list[tuple[str, int, int, str]] = []
    for match in _ACTOR.finditer(text):
        low = bare(match.group("name"))
        if (
            len(low) >= UNKNOWN_ACTOR_MIN_LENGTH
            and lexicon.word_zipf(low) < UNKNOWN_NAME_ZIPF
            # a plural of a word English knows: 'Handovers took place at a car park'
            and lexicon.word_zipf(lexicon.singular(low)) < UNKNOWN_NAME_ZIPF
            and not not_a_name(low)
            and not lexicon.is_national_brand(low)
        ):
            found.append((PERSON, *match.span("name"), "an unknown word doing what people do"))
    return found


# A name opening a sentence before what people do or are: "Ibrahim was interviewed by the
# police", "Tekle is also how the victim was named" (the model tags most such names; not all).
_SENTENCE_SUBJECT = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})[ \t]+(?:was|is|had|has|did|does|would|could|"
    r"will|went|came|left|moved|lived|worked|died|said|says|told|tells|rang|called|texted|"
    r"described|explained|recalled|remembered|wanted|asked|agreed|attended|became|arrived|"
    r"returned|refused|denied|admitted|reported|disclosed|never|also|then)(?![\p{L}])"
)
# A given name this common is also a word a sentence may open with ('Grace', 'Will', 'Rose').
SENTENCE_SUBJECT_MAX_ZIPF = 4.0
# A word this rare is a name whatever the name lists say ('Tekle').
SENTENCE_SUBJECT_UNKNOWN_ZIPF = 1.5


def sentence_subjects(text: str) -> list[tuple[str, int, int, str]]:
    """A given name, or a word English does not know, opening a sentence before a verb of what
    people do or are (see _SENTENCE_SUBJECT); never a place, a role, a kin or a public word."""
    found: list[tuple[str, int, int, str]] = []
    for match in _SENTENCE_SUBJECT.finditer(text):
        start, end = match.span("name")
        low = bare(match.group("name"))
        if not sentence_start(text, start) or len(low) < 3:
            continue
        zipf = lexicon.word_zipf(low)
        name_like = (lexicon.is_given_name(low) and zipf < SENTENCE_SUBJECT_MAX_ZIPF) or (
            zipf < SENTENCE_SUBJECT_UNKNOWN_ZIPF and not lexicon.is_dictionary_word(low)
        )
        if (
            name_like
            and not not_a_name(low)
            and not _role_or_kin_word(low)
            # 'Pahari-Pothwari is not a written language': a language's name, in parts too
            and not any(lexicon.is_national_word(part) for part in low.split("-"))
            and not lexicon.is_national_brand(low)
            and not lexicon.is_uk_place(low)
            and low not in lexicon.country_names()
        ):
            found.append((PERSON, start, end, "a name opening a sentence before a verb"))
    return found


# Someone's home by their name: "met her twice at Summer's flat", "stayed at Goose's house".
_NAMED_HOME = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{TITLED_CAP})['’]s[ \t]+"
    r"(?:flat|house|home|place|bedsit|caravan|bungalow|maisonette|bedroom|address)(?![\p{L}])"
)


# What friends call each other, which name lists also hold as given names ('Máté', 'Pál').
_FRIEND_WORDS = frozenset(["mate", "pal", "bro", "lad"])


def _given_name_at_home(name: str) -> bool:
    """'at hope's', 'round jack's': one word, a given name however common, is someone's home
    (not 'at mum's', 'at mate's', 'at summer's end')."""
    low = name.casefold()
    return (
        " " not in low
        and lexicon.is_given_name(low)
        and not (
            low in stop_words()
            or not_a_name(low)
            or low in lexicon.KIN_WORDS
            or low in _FRIEND_WORDS
        )
    )


def homes_by_name(text: str) -> list[tuple[str, int, int, str]]:
    """'at mei fong's', 'round kasia's': lower-case words before a possessive that are given
    names English seldom writes, or no English words (never 'at mum's' or 'at tesco's');
    and a capitalised word before a possessive and a home's noun ('Summer's flat'), unless it
    is a kin, role or public word ('Mum's house', 'the Children's home')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NAMED_HOME.finditer(text):
        low = match.group("name").casefold()
        if not (
            (not_a_name(low) and low not in lexicon.SEASONS)  # no season has a flat
            or low in lexicon.KIN_WORDS
            or low in lexicon.country_names()
            or lexicon.is_national_brand(match.group("name"))
        ):
            found.append((PERSON, *match.span("name"), "someone's home by their name"))
    for match in _AT_SOMEONES.finditer(text):
        words = list(WORD.finditer(match.group("name")))
        while words and not _lower_case_name(words[0].group(0)):
            words = words[1:]
        if words and all(_lower_case_name(w.group(0)) for w in words):
            start = match.start("name") + words[0].start()
            found.append((PERSON, start, match.end("name"), "someone's home by their name"))
        elif _given_name_at_home(match.group("name")):
            found.append((PERSON, *match.span("name"), "someone's home by their name"))
    return found


def capital_records(text: str) -> list[tuple[str, int, int, str]]:
    """Names in capitals as records write them ('DHILLON HARLEEN', 'DHILLON K', 'PC OYELARAN')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CAPS_RECORD.finditer(text, overlapped=True):
        surname = match.group("surname").casefold()
        given = (match.group("given") or "").casefold()
        known = lexicon.is_surname(surname) and lexicon.word_zipf(surname) < CAPS_SURNAME_MAX_ZIPF
        # 'KALNINS E': a word English does not know, then an initial, is a record's name too.
        unknown = not given and len(surname) >= 5 and lexicon.word_zipf(surname) < 1.5
        if (
            (known or unknown)
            and not generic(surname)
            and (not given or (lexicon.is_given_name(given) and not generic(given)))
        ):
            found.append((PERSON, *match.span("name"), "a record name in capitals"))
        elif given and _given_then_surname(surname, given):
            found.append((PERSON, *match.span("name"), "a given name and surname in capitals"))
    for match in _CAPS_TITLE_NAME.finditer(text):
        low = match.group("first").casefold()
        if (
            not not_a_name(low)
            and not _TITLE_WORD.fullmatch(low)  # 'PCSO PCSO Yeo': the title written twice
            and (
                lexicon.is_surname(low)
                or lexicon.word_zipf(low) < CAPS_TITLED_MAX_ZIPF
                # 'MR GARETH McCLURE': a given name no everyday word, first of a letter's address
                or (lexicon.is_given_name(low) and lexicon.word_zipf(low) < GIVEN_NAME_MAX_ZIPF)
            )
        ):
            found.append((PERSON, *match.span("name"), "a title before a name in capitals"))
    return found


CAPS_SURNAME_MAX_ZIPF = 3.5  # 'DHILLON', 'LOMAX'; not 'WHITE' or 'YOUNG' in a log's capitals
CAPS_TITLED_MAX_ZIPF = 2.5  # 'PC KITTO' (2.0); not 'PC ATTENDED' or 'DR SAID'


def sentence_after_initial(match: regex.Match[str]) -> bool:
    """'Mr H. Enquiry closed': an initial with a full stop, then one everyday word that is no
    surname, starts the next sentence ('Mr J. Smith' stays a name)."""
    initial, name = match.group("initial"), match.group("name")
    if not initial or "." not in initial or " " in name:
        return False
    low = bare(name)
    return lexicon.word_zipf(low) >= 3.0 and not lexicon.is_surname(low)


def _given_then_surname(first: str, second: str) -> bool:
    """'PT TAMSIN TREGENZA': in a note written all in capitals, a rarer given name and then a
    surname, or a word English does not know, are a name in the usual order."""
    return (
        lexicon.is_given_name(first)
        and lexicon.word_zipf(first) < CAPS_SURNAME_MAX_ZIPF
        and not not_a_name(first)
        and not not_a_name(second)
        and (
            (lexicon.is_surname(second) and lexicon.word_zipf(second) < CAPS_SURNAME_MAX_ZIPF)
            or (len(second) >= 4 and lexicon.word_zipf(second) < 1.5)
        )
    )


def _everyday_given_name(low: str) -> bool:
    """A given name that is also an everyday word ('Sunday', 'Will', 'June'): a name when it
    stands alone between commas after someone's role ('a colleague, Sunday, had driven')."""
    return lexicon.is_given_name(low) and low not in lexicon.KIN_WORDS


def _role_or_kin_word(low: str) -> bool:
    """A stop word, a role or a kin title: what stands where a name would, and is none."""
    return low in stop_words() or low in ROLE_WORDS or low in KIN_TITLES


def people_by_shape(text: str) -> list[tuple[str, int, int, str]]:
    """Record fields, family possessives, acknowledgements, role acronyms before surnames and
    surnames in capitals: see the patterns above."""
    found: list[tuple[str, int, int, str]] = []
    for match in _RECORD_LABEL.finditer(text):
        start, end = match.span("name")
        value = match.group("name")
        words = [bare(w) for w in WORD.findall(value)]
        if value.isupper() and len(value) <= 3:
            # not 'Subject: RE: ...', an e-mail's reply mark
            # nor a role's letters, as a form is countersigned by a post: "Countersigned: SPO"
            if not _role_letters(value.casefold()) and value.casefold() not in _REPLY_MARKS:
                found.append((PERSON, start, end, "initials in a record's name field"))
            continue
        # a record's name in capitals, surname first, is a name whatever one of its words is
        # elsewhere ('TILNEY, FRANCIS JOHN': 'Francis' is also a saint's)
        caps_record = value.isupper() and "," in value and len(words) >= 2
        if any(not_a_name(w) for w in words) and not (
            caps_record and not all(not_a_name(w) for w in words)
        ):
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
        low = bare(match.group("name"))
        # a given name, or a word English does not know at all ('my Krisztike', a diminutive)
        unknown = (
            not lexicon.is_dictionary_word(low)
            and lexicon.word_zipf(low) < UNKNOWN_NAME_ZIPF
            and not not_a_name(low)
            and not lexicon.is_national_brand(low)
        )
        if (_ordinary_name_word(low) or unknown) and not sentence_start(text, start):
            found.append((PERSON, start, end, "a family's own name for someone"))
    for match in _KIN_SHORT_NAME.finditer(text):
        if match.group("name").casefold() not in stop_words():
            found.append((PERSON, *match.span("name"), "a short name after a kin title"))
    for match in _OUR_LOWER_NAME.finditer(text):
        low = match.group("name")
        if (
            lexicon.word_zipf(low) < UNKNOWN_NAME_ZIPF
            and not not_a_name(low)
            and low not in lexicon.KIN_WORDS
        ):
            found.append((PERSON, *match.span("name"), "a family's own name for someone"))
    for match in _THANKS_TO.finditer(text):
        start, end = match.span("name")
        low = bare(match.group("name"))
        if not not_a_name(low) and (
            lexicon.is_given_name(low) or lexicon.word_zipf(low) < THANKED_MAX_ZIPF
        ):
            found.append((PERSON, start, end, "someone thanked"))
    for match in _ACRONYM_SURNAME.finditer(text):
        start, end = match.span("name")
        low = bare(match.group("name"))
        if (
            lexicon.is_surname(low)
            and lexicon.word_zipf(low) < CAPS_SURNAME_MAX_ZIPF
            and not not_a_name(low)
            and not lexicon.is_uk_place(low)
        ):
            found.append((PERSON, start, end, "a surname after a role's acronym"))
    for match in _ROLE_APPOSED.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(not_a_name(w) for w in words):
            found.append((PERSON, *match.span("name"), "a professional named after the role"))
    for match in _ROLE_APPOSED_ONE.finditer(text):
        start, end = match.span("name")
        low = bare(match.group("name"))
        if match.group("name").isupper():
            if _writer_named(text, start, end):
                found.append((PERSON, start, end, "initials after the role"))
        elif (
            (not not_a_name(low) or low in lexicon.SEASONS or _everyday_given_name(low))
            and not _role_or_kin_word(low)
            and not any(
                lexicon.is_national_word(part) and part not in lexicon.SEASONS
                for part in low.split("-")
            )
        ):
            # between commas after a role, a season's word is a name: 'manager, Summer, asks'
            # (not 'husband, Irish-born, aged 46')
            found.append((PERSON, start, end, "a professional named after the role"))
    for match in _QUOTED_NAME_FOR.finditer(text):
        target = match.group("target")
        quoted = match.group("name")
        if quoted.isupper() and not letters_not_a_word(quoted.casefold()):
            continue  # a record's label, explained: '"IP" is Rose; "MALE" is Victor'
        if not not_a_name(bare(quoted)) and (not target or _person_like(target)):
            found.append((PERSON, *match.span("name"), "a quoted name someone had for a person"))
    for match in _NAMED_AS_QUOTED.finditer(text):
        low = bare(match.group("name"))
        if (
            not not_a_name(low)
            and lexicon.word_zipf(low) < NICKNAME_MAX_ZIPF
            # a given name or no English word: not 'Sam was "protective"'
            and (lexicon.is_given_name(low) or lexicon.word_zipf(low) < UNKNOWN_NAME_ZIPF)
        ):
            found.append((PERSON, *match.span("name"), "a quoted name someone is"))
    for match in _TAGALOG_PERSON_MARKER.finditer(text):
        if _marked_given_name(match.group("name")) and not in_welsh_line(text, *match.span()):
            found.append((PERSON, *match.span("name"), "a name after a Tagalog person marker"))
    for match in _TURKISH_SUFFIXED_NAME.finditer(text):
        low = match.group("name")
        if _marked_given_name(low) and not is_welsh_word(low):  # "Neges wedi'i dileu": Welsh
            found.append((PERSON, *match.span("name"), "a name with a Turkish case ending"))
    for match in _NAME_ENDEARED.finditer(text):
        if _lower_case_name(match.group("name")):
            found.append((PERSON, *match.span("name"), "a name with an endearment after it"))
    for match in _QUOTE_ATTRIBUTION.finditer(text):
        low = bare(match.group("name"))
        if low not in lexicon.KIN_WORDS and (
            lexicon.is_given_name(low) or not not_a_name(low) and lexicon.is_unknown_word(low)
        ):
            found.append((PERSON, *match.span("name"), "who said a quotation"))
    for match in _QUOTED_VOCATIVE.finditer(text):
        low = bare(match.group("name"))
        if (
            not not_a_name(low)
            and low not in lexicon.KIN_WORDS
            and low not in lexicon.ENDEARMENTS  # '"Sis, how are you?"'
            and (
                lexicon.word_zipf(low) < UNKNOWN_NAME_ZIPF
                or (
                    lexicon.is_given_name(low) and lexicon.word_zipf(low) < QUOTED_VOCATIVE_MAX_ZIPF
                )
            )
        ):
            found.append((PERSON, *match.span("name"), "a name called at the start of a quote"))
    for match in _GAELIC_VOCATIVE.finditer(text):
        if lexicon.word_zipf(match.group("name")) < GAELIC_VOCATIVE_MAX_ZIPF:
            found.append((PERSON, *match.span("name"), "a name called in Gaelic"))
    for match in _SURNAME_HOUSEHOLD.finditer(text):
        parts = [bare(part) for part in match.group("name").split("-")]
        if all(lexicon.is_surname(p) and not not_a_name(p) and not generic(p) for p in parts):
            found.append((PERSON, *match.span("name"), "a household by its surname"))
    for match in _CHAT_TITLE.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(not_a_name(w) for w in words) and any(
            lexicon.word_zipf(w) < CHAT_TITLE_WORD_MAX_ZIPF or lexicon.is_given_name(w)
            for w in words
        ):
            found.append((PERSON, *match.span("name"), "the name a chat is exported under"))
    for match in _MESSAGE_TO.finditer(text):
        if _lower_case_name(bare(match.group("name"))):
            found.append((PERSON, *match.span("name"), "who a message went to"))
    for match in _COMMENT_SIGNED.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(not_a_name(w) for w in words):
            found.append((PERSON, *match.span("name"), "a note's author signing a comment"))
    for match in _INITIAL_SURNAME.finditer(text):
        if _section_letter(text, match.start("name")):
            continue  # "### B. Lily" above "B.1 Lily was born ...": a section's letter
        surname = bare(WORD.findall(match.group("name"))[-1]).rsplit("-", 1)[-1]
        if not not_a_name(surname) and (
            match.group("particle")  # 'H. Al-Khatib', 'J. McAllister'
            or lexicon.is_surname(surname)
            or lexicon.word_zipf(surname) < UNKNOWN_NAME_ZIPF
        ):
            found.append((PERSON, *match.span("name"), "an initial and a surname"))
    for match in _INITIAL_SPEAKING.finditer(text):
        found.append((PERSON, *match.span("name"), "an initial speaking in a note"))
    for pattern, why in (
        (_NAME_THEN_PART, "a name with the person's part in brackets"),
        (_NAME_GLOSSED, "a name glossed as a name"),
        (_BY_NAME_COLON, "a note's writer before what they wrote"),
    ):
        for match in pattern.finditer(text):
            low = bare(match.group("name"))
            if pattern is _BY_NAME_COLON and (
                low in MONTHS or low in lexicon.SEASONS or not_a_name(low)
            ):
                continue  # 'written by March:', a deadline
            if match.group("name").isupper() and (
                low in _NOT_INITIALS or lexicon.word_zipf(low) >= CAPS_ALONE_MAX_ZIPF
            ):
                continue  # 'MARAC (partner ...', 'VICTIM (aged 34)': letters or a word
            if pattern is _NAME_THEN_PART and _everyday_not_given(low):
                continue  # '| Phone (mother) |': how a contact was made, and with whom
            if not _role_or_kin_word(low) and not generic(low):
                found.append((PERSON, *match.span("name"), why))
    for match in _NAME_WITH_LIFE_YEARS.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(generic(w) or not_a_name(w) or _role_or_kin_word(w) for w in words):
            found.append((PERSON, *match.span("name"), "a name with the years of a life"))
    for match in _ROLE_LETTERS_THEN_INITIALS.finditer(text):
        role, low = match.group("role").casefold(), match.group("name").casefold()
        if (
            (_role_letters(role) or role in COLUMN_ROLES or _officer_letters(role))
            and not _role_letters(low)
            and letters_not_a_word(low)
            and not acronym_defined(text, *match.span("name"))
        ):
            found.append(
                (PERSON, *match.span("name"), "initials in brackets after a role's letters")
            )
    for pattern, why in _PLAIN_INITIALS_RULES:
        for match in pattern.finditer(text):
            low = match.group("name").casefold()
            if not _role_letters(low) and letters_not_a_word(low):
                found.append((PERSON, *match.span("name"), why))
    for match in _NAME_THEN_KIN_OR_AGE.finditer(text):
        low = bare(match.group("name"))
        if (
            (lexicon.is_given_name(low) or lexicon.is_unknown_word(low))
            and not not_a_name(low)
            and not _role_or_kin_word(low)
        ):
            found.append((PERSON, *match.span("name"), "a name, then whose relative or how old"))
    for match in _PLACEHOLDER_THEN_NAME.finditer(text):
        low = bare(match.group("name"))
        if not (
            generic(low) or not_a_name(low) or _role_or_kin_word(low) or _everyday_not_given(low)
        ):
            found.append(
                (PERSON, *match.span("name"), "a placeholder, then the name it stands for")
            )
    for match in _NAME_THEN_PLACEHOLDER.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(generic(w) or not_a_name(w) or _role_or_kin_word(w) for w in words):
            found.append((PERSON, *match.span("name"), "a name, then its placeholder"))
    for match in _TOLD_NAME.finditer(text):
        low = bare(match.group("name"))
        if (
            lexicon.is_given_name(low)
            and low not in MONTHS
            and low not in lexicon.SEASONS
            and not not_a_name(low)
            and not generic(low)
            and not _role_or_kin_word(low)
        ):
            found.append((PERSON, *match.span("name"), "someone told or asked by name"))
    for match in _FAMILY_PLURAL.finditer(text):
        stem = match.group("name")[:-1].casefold()
        if (
            lexicon.is_surname(stem)
            and lexicon.word_zipf(stem) < FAMILY_SURNAME_MAX_ZIPF
            and lexicon.word_zipf(stem + "s") < FAMILY_SURNAME_MAX_ZIPF
            and not not_a_name(stem)
            and not generic(stem)
            and not lexicon.is_national_word(stem + "s")
        ):
            found.append((PERSON, *match.span("name"), "a family by its surname"))
    for match in _RANK_NUMBER_NAME.finditer(text):
        low = match.group("name").casefold()
        # a surname, or no everyday word: not 'PC 4471 ARRIVED' or 'PC 4471 States'
        zipf = lexicon.word_zipf(low)
        if not not_a_name(low) and (
            (lexicon.is_surname(low) and zipf < COLLAR_SURNAME_MAX_ZIPF)
            or zipf < TEAM_NAME_MAX_ZIPF
        ):
            found.append((PERSON, *match.span("name"), "an officer by collar number and name"))
    for pattern, why in (
        (_NAME_OF_TEAM, "a professional named by their team"),
        (_ASSISTANT_CALL, "whom a voice assistant was told to call"),
    ):
        for match in pattern.finditer(text):
            low = bare(match.group("name"))
            if (
                not not_a_name(low)
                and low not in ROLE_WORDS
                # 'Lark of the rural crime team', not '**Closure of the recovery service case'
                and (lexicon.is_given_name(low) or lexicon.word_zipf(low) < TEAM_NAME_MAX_ZIPF)
                and not sentence_start(text, match.start("name"))
            ):
                found.append((PERSON, *match.span("name"), why))
    for pattern, why in (
        (_RANK_INITIALS, "initials after a rank or a record's word"),
        (_TWO_INITIALS_STATE, "initials doing something in a note"),
    ):
        for match in pattern.finditer(text):
            letters = match.group("name").replace(".", "").replace("-", "").casefold()
            if letters_not_a_word(letters):
                found.append((PERSON, *match.span("name"), why))
    for match in _INITIALS_GIVEN.finditer(text):
        found.append((PERSON, *match.span("name"), "initials someone is given"))
    for match in _HASHTAG_NAME.finditer(text):
        found.append((PERSON, *match.span("name"), "a name in a hashtag"))
    for match in _OUR_LADY.finditer(text):
        if not any(generic(bare(w)) for w in WORD.findall(match.group("name"))):
            found.append((LOCATION, *match.span("name"), "a church's dedication to a place"))
    for match in _NAME_ANSWERED.finditer(text):
        if not any(not_a_name(bare(w)) for w in WORD.findall(match.group("name"))):
            found.append((PERSON, *match.span("name"), "a name given in answer"))
    for match in _TITLE_INITIALS.finditer(text):
        found.append((PERSON, *match.span("name"), "a title and initials"))
    for match in _NAME_BEFORE_EMAIL.finditer(text):
        if is_name_text(match.group("name")):
            found.append((PERSON, *match.span("name"), "a name before an e-mail address"))
    found.extend(_names_an_email_spells(text))
    for match in _CALLED_BY_CIRCLE.finditer(text):
        name = match.group("name")
        low = bare(name)
        zipf = lexicon.word_zipf(low)
        if not_a_name(low) or _role_or_kin_word(low):
            continue
        if (
            zipf < CALLED_WORD_MAX_ZIPF
            or (lexicon.is_given_name(low) and zipf < CALLED_GIVEN_MAX_ZIPF)
            # quoted or capitalised, what everyone calls him: 'called "Mouse" by everyone'
            or ((match.group("quote") or name[0].isupper()) and is_nickname(name, person=True))
        ):
            found.append((PERSON, *match.span("name"), "a name someone is called at home"))
    for match in TITLE_ONE_LETTER.finditer(text):
        # a placeholder when the review declares it (the gate decides): 'Mrs P' for Mrs Patel
        found.append((PERSON, *match.span("name"), "a title and one letter"))
    for match in _SIGNED_WITH_ROLE.finditer(text):
        low = bare(match.group("name"))
        if _role_or_kin_word(low):
            continue
        # a public word signs no note, unless initials follow it ('Autumn (A.L.), Officer'), nor
        # an everyday one: '| Face-to-face, GP |', '| Telephone, GP |' are kinds of contact
        if match.group("initials") or not (generic(low) or _everyday_words_joined(low)):
            found.append((PERSON, *match.span("name"), "a note signed with a name and a role"))
            if match.group("initials"):
                found.append((PERSON, *match.span("initials"), "initials signing a note"))
    for pattern, why in (
        (_ROLE_THEN_INITIALS, "initials after a role"),
        (_TITLE_CAPITAL_INITIALS, "initials after a title"),
        (_INITIALS_ACTING, "initials doing something in a note"),
        (_INITIALS_SIGNING, "initials signing a note"),
        (_POST_THEN_INITIALS, "initials after a post"),
    ):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if pattern is _INITIALS_SIGNING and not _writer_named(text, start, end):
                continue  # '... ALLEGATIONS. NOT SEEN': a word
            letters = match.group("name").casefold()
            if pattern is _INITIALS_ACTING and letters in _NOT_ACTING_INITIALS:
                continue  # 'DP states', 'DASH to be completed': a record's subject or form
            if letters not in _NOT_INITIALS and not acronym_defined(text, start, end):
                found.append((PERSON, start, end, why))
            if pattern is _ROLE_THEN_INITIALS:
                more = _AND_INITIALS.match(text, end)  # "Carers DH and ZB"
                if more and more.group("name").casefold() not in _NOT_INITIALS:
                    found.append((PERSON, *more.span("name"), why))
    for pattern, why in (
        (_NAME_THEN_KIN, "a name, then whose relative it is"),
        (_NAME_AS_KNOWN, "a name, then who knew someone by it"),
    ):
        for match in pattern.finditer(text):
            words = [bare(w) for w in WORD.findall(match.group("name"))]
            if not any(not_a_name(w) or _role_or_kin_word(w) for w in words):
                found.append((PERSON, *match.span("name"), why))
    for match in _INITIAL_JOINED_SURNAME.finditer(text):
        surname = match.group("surname")
        # without the initial's stop ('TMorgan') a capital and a Title-case word run together may
        # be a brand's ('EMail'): the surname must be no everyday word
        undotted = "." not in match.group("name")
        if undotted and lexicon.word_zipf(surname) >= JOINED_SURNAME_MAX_ZIPF:
            continue
        if lexicon.is_surname(surname) and not generic(bare(surname)):
            found.append((PERSON, *match.span("name"), "an initial joined to a surname"))
    for match in _SLASH_SIGNED_LINE.finditer(text):
        low = match.group("name").casefold().replace("-", "")
        if not _role_letters(low) and ("-" in match.group("name") or letters_not_a_word(low)):
            found.append((PERSON, *match.span("name"), "initials signing a line after a slash"))
    found.extend(_slashed_initials(text))
    found.extend(
        (PERSON, *match.span("name"), "a letter and a dash for someone's name")
        for match in _LETTER_DASH.finditer(text)
        if not _CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    )
    for match in _DOTTED_NAME_HANDLE.finditer(text):
        second = match.group("second")
        if lexicon.is_surname(second) or lexicon.is_given_name(second):
            found.append((PERSON, *match.span("name"), "a user name of two words, one a name"))
    for match in _GIVEN_THEN_INITIALS.finditer(text):
        given, low = match.group("given").casefold(), match.group("name").casefold()
        if (
            lexicon.is_given_name(given)
            and not not_a_name(given)
            and not _role_letters(low)
            and not (len(low) == 3 and low.endswith("w"))  # a worker's letters: 'FSW', 'SCW'
            and letters_not_a_word(low)
            and not acronym_defined(text, *match.span("name"))
        ):
            found.append((PERSON, *match.span("name"), "initials in brackets after a name"))
    for match in _SLASHED_PAIR_NOTED.finditer(text):
        pair = [match.span("first"), match.span("second")]
        if _initials_pair(text, pair):
            found.extend(
                (PERSON, start, end, "initials joined by a slash in a note") for start, end in pair
            )
    found.extend(_log_column_initials(text))
    found.extend(_role_bracket_initials(text))
    found.extend(_attendee_surnames(text))
    found.extend(
        (PERSON, *match.span("name"), "a message signed with one initial")
        for match in _LETTER_SIGNATURE.finditer(text)
    )
    found.extend(
        (PERSON, *match.span("name"), "an officer's collar number")
        for match in _COLLAR_NUMBER.finditer(text)
    )
    # the shape says it is a name, whatever the word ('Summer', 'Sunday'), unless a role, a kin
    # word or a public word that is no given name stands there ('(Police in their statements)')
    for pattern, why in (
        (_NAME_IN_RECORDS, "a name as a record gives it"),
        (_ONE_OF_THEM_NAMED, "one of a group, named"),
        (_NAME_TO_THEM, "a name as a circle uses it"),
    ):
        for match in pattern.finditer(text):
            word = bare(match.group("name"))
            if not _role_or_kin_word(word) and not (
                generic(word) and not lexicon.is_given_name(word)
            ):
                found.append((PERSON, *match.span("name"), why))
    for match in _NAME_DASHED_BEFORE_NAME.finditer(text):
        if _rare_name_word(bare(match.group("name")), NAME_DASHED_MAX_ZIPF):
            found.append((PERSON, *match.span("name"), "a name between dashes before another"))
    for match in [
        *_NAME_WITH_AGE.finditer(text),
        *_GIVEN_THEN_JOB.finditer(text),
        *_GIVEN_THEN_TOLD.finditer(text),
    ]:
        low = match.group("name").casefold()
        if lexicon.is_given_name(low) and not not_a_name(low) and not lexicon.is_national_word(low):
            found.append((PERSON, *match.span("name"), "a given name with its age, job or words"))
    for match in _FAMILY_PLURAL_ACTING.finditer(text):
        stem = match.group("name")[:-1].casefold()
        if (
            not lexicon.is_dictionary_word(stem)
            and lexicon.word_zipf(stem) < FAMILY_SURNAME_MAX_ZIPF
            and not not_a_name(stem)
            and not lexicon.is_national_word(stem + "s")
        ):
            found.append((PERSON, *match.span("name"), "a family by a surname, doing something"))
    for match in _MESSAGE_FROM.finditer(text):
        low = match.group("name").casefold()
        if (
            _MESSAGE_WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            and lexicon.is_given_name(low)
            and not not_a_name(low)
            and not lexicon.is_national_word(low)
        ):
            found.append((PERSON, *match.span("name"), "who sent a message"))
    for pattern, why in (
        (_ROLE_LABEL_INITIALS, "initials after a role's label"),
        (_SIGNED_OFF, "who signed off a message"),
        (_INITIALLED, "initials that signed a note"),
        (_DASH_SIGNATURE, "who wrote a log entry, after a dash"),
        (_ADDED_BY, "who added or signed a note"),
        (_OPERATOR_AFTER_TIME, "a call log's operator"),
        (_HEADER_THEN_INITIALS, "who wrote a record entry, after its header"),
        (_PER_INITIALS, "whose word a record entry rests on"),
        (_NAMED_BY_INITIALS, "initials a text says are someone's"),
        (_SIGNED_FIELD, "who signed for a service"),
        (_INITIALS_LINE, "initials alone on a line, signing"),
        (_ACTION_INITIALS, "who is to do an action"),
        (_MINUTE_PARTIES, "a minute's party by initials and age"),
    ):
        for match in pattern.finditer(text):
            if pattern is _ROLE_LABEL_INITIALS:
                # "Handler: CH/RM": the second letters a writer's even after a role's
                more = _SLASH_INITIALS.match(text, match.end("name"))
                if more and _writer_named(text, *more.span("name")):
                    found.append((PERSON, *more.span("name"), why))
            if not _writer_named(text, *match.span("name")):
                continue
            if pattern is _ACTION_INITIALS and not _ACTION_OPENS.search(
                text, max(0, match.start() - 20), match.start()
            ):
                continue  # mid-sentence: 'asked HV to visit' names no one doing it
            letters = match.group("name").casefold()
            if (pattern is _ADDED_BY and letters in _NOT_ACTING_INITIALS) or (
                pattern is _OPERATOR_AFTER_TIME and letters in _LOG_CODES
            ):
                continue  # 'updated by OIC': a record's word for the officer in the case
            found.append((PERSON, *match.span("name"), why))
    for match in _INITIALS_THEN_PART.finditer(text):
        if match.group("name").casefold() not in _NOT_INITIALS:  # not 'GP (age 40)'
            found.append(
                (PERSON, *match.span("name"), "initials with the person's part in brackets")
            )
    for match in _NICKNAME_FIELD.finditer(text):
        low = bare(match.group("name"))
        if low not in stop_words() and low not in NOT_PERSONS and low not in _NO_ENTRY:
            found.append((PERSON, *match.span("name"), "a record's nickname field"))
    for match in _NAME_GIVEN_AS.finditer(text):
        words = [bare(w) for w in WORD.findall(match.group("name"))]
        if not any(not_a_name(w) or w in stop_words() or w in MONTHS for w in words):
            found.append((PERSON, *match.span("name"), "a name given as someone's name"))
    for match in _HONORIFIC_AFTER.finditer(text):
        low = bare(match.group("name"))
        if not (
            not_a_name(low)
            or low in lexicon.KIN_WORDS
            or low in stop_words()
            or lexicon.word_zipf(low) >= HONOURED_NAME_MAX_ZIPF
        ):
            found.append((PERSON, *match.span("name"), "a name with an honorific after it"))
    for pattern, not_names, why in _ARABIC_SCRIPT_RULES:
        for match in pattern.finditer(text):
            if match.group("name").split()[0] not in not_names:  # its first word
                found.append((PERSON, *match.span("name"), why))
    for pattern, why in (
        (_ARABIC_KIN_THEN_NAME, "a name in Arabic after a kin word"),
        (_ARABIC_IN_ENGLISH, "a name in Arabic in an English line"),
    ):
        for match in pattern.finditer(text):
            if lexicon.is_given_name(match.group("name").split()[0]):
                found.append((PERSON, *match.span("name"), why))
    for match in _FIELD_IN_OTHER_SCRIPT.finditer(text):
        found.append((PERSON, *match.span("name"), "a record's name field in its own script"))
    for match in _GURMUKHI_CALLED_CHILD.finditer(text):
        if match.group("name") not in _GURMUKHI_KIN_WORDS:
            found.append((PERSON, *match.span("name"), "a name in Gurmukhi called as a child"))
    for match in _LETTER_REF_INITIALS.finditer(text):
        if letters_not_a_word(match.group("name").casefold()):
            found.append((PERSON, *match.span("name"), "a letter's reference initials"))
            found.append((PERSON, *match.span("typist"), "a letter's reference initials"))
    for match in _CASE_PARTIES.finditer(text):
        for group in ("name", "other"):
            low = bare(match.group(group))
            if low not in _CROWN and not generic(low) and not not_a_name(low):
                found.append((PERSON, *match.span(group), "a party to a court case"))
    for match in _ALIAS_CAPS.finditer(text):
        if is_nickname(match.group("name").capitalize(), person=True):
            found.append((PERSON, *match.span("name"), "an alias in capitals"))
    for match in _INITIALS_AGENCY.finditer(text):
        role = [bare(w) for w in WORD.findall(match.group("role"))]
        if (
            _writer_named(text, *match.span("name"))
            and all(generic(w) or w in _NOT_INITIALS or w in _ROLE_ACRONYMS for w in role)
            # an agency or a role, not a descriptor ('ABH (DOMESTIC)')
            and any(w in _MINUTED_AGENCIES for w in role)
        ):
            found.append((PERSON, *match.span("name"), "initials with an agency in brackets"))
    for match in _RELATION_INITIALS.finditer(text):
        letters = match.group("name").casefold()
        # not a word of a line in capitals: 'PARTNER HAS THROWN'
        if (
            letters not in _ROLE_ACRONYMS
            and letters not in stop_words()
            # 'Child DOB', 'partner HR': a form's field or a record's letters; 'Mum (KW)' in
            # brackets is someone's initials
            and letters not in _FORM_FIELDS
            and (text[match.start("name") - 1] == "(" or letters not in _NOT_INITIALS)
        ):
            found.append((PERSON, *match.span("name"), "initials after a family word"))
    found.extend(
        (PERSON, *match.span("name"), "an initial after a family word")
        for match in _RELATION_ONE_INITIAL.finditer(text)
    )
    for match in _INITIALS_NAMED.finditer(text):
        letters = match.group("name").casefold()
        if (
            letters_not_a_word(letters)
            and not _role_letters(letters)
            and not acronym_defined(text, *match.span("name"))
        ):
            found.append((PERSON, *match.span("name"), "initials said to be so, or owning a note"))
    found.extend(_bracketed_initials_pair(text))
    for match in _RELATION_CAPS_NAME.finditer(text):
        low = match.group("name").casefold()
        if lexicon.is_given_name(low) and not not_a_name(low):
            found.append((PERSON, *match.span("name"), "a name in capitals after a family word"))
    for match in _HYPHENATED_PLACE.finditer(text):
        if lexicon.is_uk_place(match.group(0)):
            found.append((LOCATION, *match.span(), "a UK place with hyphens"))
        elif match.captures("joint"):
            # 'Praze-an-Beeble', 'Ashby-de-la-Zouch': a place's shape, joined words and a
            # capitalised last word, whether or not the gazetteer knows it
            first, _, rest = match.group(0).partition("-")
            last = rest.rsplit("-", 1)[-1]
            if (
                last[:1].isupper()
                and lexicon.word_zipf(first.casefold()) < HYPHENATED_PLACE_FIRST_MAX_ZIPF
                and not _role_or_kin_word(first.casefold())
            ):
                found.append((LOCATION, *match.span(), "a place named in a place's shape"))
    for match in _MAC_SURNAME.finditer(text):
        whole = match.group(0).casefold()
        if not (
            lexicon.is_national_brand(whole)
            or lexicon.is_national_brand(bare(whole))
            or lexicon.word_zipf(match.group("rest").casefold()) >= 3.5
        ):
            found.append((PERSON, *match.span("name"), "a Gaelic surname by its Mac or Mc"))
    for match in _CAPS_SURNAME.finditer(text):
        if _unknown_capitals_in_prose(text, *match.span("name")):
            found.append((PERSON, *match.span("name"), "an unknown word in capitals in prose"))
    for match in _CAPS_SURNAME.finditer(text):
        low = match.group("name").casefold()
        if (
            lexicon.is_surname(low)
            and lexicon.word_zipf(low) < CAPS_ALONE_MAX_ZIPF
            and not not_a_name(low)
        ):
            found.append((PERSON, *match.span("name"), "a surname in capitals"))
    return found


_INITIALS_SHAPE = regex.compile(rf"\p{{Lu}}{{2,3}}|{_DOTTED_INITIALS}|\p{{Lu}}-\p{{Lu}}")
# A given name and the initial of a surname: "Jo A." signs as a name does.
_GIVEN_AND_INITIAL = regex.compile(r"(?P<given>\p{Lu}\p{Ll}{1,10})[ \t]\p{Lu}\.")
WRITER_WORD_MAX_ZIPF = 4.0  # 'Team' and 'Housing' sign no note
WRITER_LETTERS_MAX_ZIPF = 4.5  # nor 'YES', 'NO' or 'OK' ('CR' is 3.99, 'HB' 3.33)


_SLASHED_ROLE_LETTERS = frozenset(_SLASHED_ROLES.casefold().split("|"))


def _bracketed_initials_pair(text: str) -> list[tuple[str, int, int, str]]:
    """Initials in a bracket of two or three (`_BRACKETED_INITIALS_PAIR`): a role's letters may
    stand beside them ('(JB, HV)': JB, a health visitor), but no agency's or abbreviation's
    ('(DCI, CPS)'), and the text must not define them."""
    found: list[tuple[str, int, int, str]] = []
    for match in _BRACKETED_INITIALS_PAIR.finditer(text):
        groups = [g for g in ("first", "second", "third") if match.group(g)]
        lows = [match.group(g).casefold() for g in groups]
        if any(low in _MINUTED_AGENCIES and not _role_letters(low) for low in lows):
            continue
        if not all(_role_letters(low) or letters_not_a_word(low) for low in lows):
            continue
        found.extend(
            (PERSON, *match.span(group), "initials of workers together in brackets")
            for group, low in zip(groups, lows, strict=True)
            if not _role_letters(low) and not acronym_defined(text, *match.span(group))
        )
    return found


def _role_letters(low: str) -> bool:
    """A role's letters ('hv', 'sw', 'idva'), as notes join them by a slash."""
    return low in _SLASHED_ROLE_LETTERS or low in _ROLE_ACRONYMS


EVERYDAY_WORD_MIN_ZIPF = 4.5  # 'phone' (5.3); 'Dawn' (4.3) is a given name anyway
COMMON_WORD_MIN_ZIPF = 4.0  # 'telephone' (4.4), no surname either


def _everyday_words_joined(low: str) -> bool:
    """Everyday words no given name list holds, alone or joined by hyphens ('telephone',
    'face-to-face')."""
    return all(_everyday_not_given(part) or part in stop_words() for part in low.split("-"))


def _everyday_not_given(low: str) -> bool:
    """A common English word no given name list holds ('phone', 'visit'), or a rarer one no
    surname list holds either ('telephone')."""
    zipf = lexicon.word_zipf(low)
    return not lexicon.is_given_name(low) and (
        zipf >= EVERYDAY_WORD_MIN_ZIPF
        or (zipf >= COMMON_WORD_MIN_ZIPF and not lexicon.is_surname(low))
    )


def _officer_letters(low: str) -> bool:
    """An officer's letters, as services abbreviate the role: 'teo', 'spo', 'ewo'."""
    return len(low) in (3, 4) and low.endswith("o")


def _slashed_initials(text: str) -> list[tuple[str, int, int, str]]:
    """Each set of letters in a slashed group that is no role's letters and no abbreviation;
    none of a group that holds a record's or a service's letters ('PNC/PND', 'MPS/CPS')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _SLASHED_INITIALS.finditer(text):
        spans: list[tuple[int, int]] = []
        position = match.start()
        for part in match.group(0).split("/"):
            spans.append((position, position + len(part)))
            position += len(part) + 1
        lows = [text[start:end].casefold() for start, end in spans]
        if any(
            (low in _NOT_INITIALS and not _role_letters(low))
            or low.upper() in ABBREVIATIONS
            or low in _RISK_LETTERS
            for low in lows
        ):
            continue  # 'PNC/PND', 'No SI/HI expressed': a record's or a clinic's letters
        found.extend(
            (PERSON, start, end, "initials joined by slashes")
            for (start, end), low in zip(spans, lows, strict=True)
            if not _role_letters(low) and letters_not_a_word(low)
        )
    return found


def _initials_pair(text: str, pair: list[tuple[int, int]]) -> bool:
    """Two sets of letters joined by a slash that are two workers' initials: no role's letters
    either side ('HV/SW'), and one side no abbreviation ('LT' may be one, 'LT/GH')."""
    letters = [text[start:end].casefold() for start, end in pair]
    return not any(_role_letters(low) for low in letters) and any(
        letters_not_a_word(low) for low in letters
    )


def letters_not_a_word(letters: str) -> bool:
    """Capital letters (case-folded, no stops) that are no role's letters, no abbreviation
    ('U.K.') and no word in capitals ('DID', 'YES'): someone's initials."""
    return (
        letters not in _NOT_INITIALS
        and letters.upper() not in ABBREVIATIONS
        and lexicon.word_zipf(letters) < WRITER_LETTERS_MAX_ZIPF
    )


LOG_DATE_MAX_LENGTH = 25
# The letters of roles a record's column of writers holds (besides those `letters_not_a_word`
# knows): a team manager, an admin officer, a senior nurse, an education welfare officer.
COLUMN_ROLES = frozenset(
    ["tm", "ao", "sn", "swa", "ews", "ewo", "sm", "dm", "hod", "hoy", "sendco"]
)


def _log_column_initials(text: str) -> list[tuple[str, int, int, str]]:
    """The writers' initials of a fixed-width log, with letters a record also uses as a word
    ('SP') taken when another writer's initials stand in the same log."""
    column = [
        (match.start(group), match.end(group))
        for match in _LOG_COLUMN_INITIALS.finditer(text)
        # the entry's date or time leads the line ('Feb 22 wk 1', '[Jan]'; not a YAML line's
        # 'tags')
        if _log_date(match.group("date"))
        for group in ("name", "second")
        if match.group(group) and match.group(group).casefold() not in _LOG_CODES | COLUMN_ROLES
    ]
    writers = [_writer_named(text, start, end) for start, end in column]
    if not any(writers):
        return []
    return [
        (PERSON, start, end, "a log's column of who wrote each entry")
        for (start, end), writer in zip(column, writers, strict=True)
        if writer or ambiguous_initials(text[start:end].casefold())
    ]


def _log_date(date: str) -> bool:
    """A log entry's date, week or time: short, with a digit or a month ('[Jan]')."""
    return len(date) <= LOG_DATE_MAX_LENGTH and (
        any(c.isdigit() for c in date) or any(w.casefold() in MONTHS for w in WORD.findall(date))
    )


# Letters a record uses for a thing as often as someone's initials: 'SP' (a support plan),
# 'MH' (mental health), 'HR', 'DV', 'ED', 'MS' (not a role's letters: 'TA', 'PO', 'TM', 'KW').
_AMBIGUOUS_LETTERS = frozenset(
    ["sp", "mh", "hr", "pr", "ps", "ld", "lt", "ss", "cp", "dv", "da", "ed", "ai", "ms"]
)


def ambiguous_initials(letters: str) -> bool:
    """Letters that are someone's initials only among other initials of the same column or
    log (see `_AMBIGUOUS_LETTERS`)."""
    return letters in _AMBIGUOUS_LETTERS


def _writer_named(text: str, start: int, end: int) -> bool:
    """Initials or a name where a note names its writer, not a role's letters or a word."""
    words = [bare(w) for w in WORD.findall(text[start:end])]
    letters = "".join(words).replace(".", "").replace(" ", "").replace("-", "")
    if _INITIALS_SHAPE.fullmatch(text, start, end):
        return letters not in _ROLE_ACRONYMS and letters_not_a_word(letters)
    given = _GIVEN_AND_INITIAL.fullmatch(text, start, end)
    if given is not None:
        return _writer_named(text, *given.span("given"))
    return not any(not_a_name(w) or _role_or_kin_word(w) for w in words) and (
        lexicon.is_given_name(words[0]) or lexicon.word_zipf(words[0]) < WRITER_WORD_MAX_ZIPF
    )


UNKNOWN_CAPITALS_MIN_LENGTH = 6  # 'SHEVCHUK'; acronyms are mostly shorter ('MARAC', 'NSPCC')
UNKNOWN_CAPITALS_MAX_ZIPF = 1.5
COMPOUND_PART_MIN_ZIPF = 3.0
_RECORD_NOUN_AFTER = regex.compile(
    r"['’]?s?[ \t]+(?i:file|files|record|records|case|notes|account|household|family|home|"
    r"address|flat|house)(?![\p{L}])"
)
_CONSONANT_RUN = regex.compile(r"[^aeiouy]{4,}")


def _pronounceable(low: str) -> bool:
    """A name has vowels enough and no run of four consonants ('HMICFRS', 'HMPPS' have)."""
    vowels = sum(c in "aeiouy" for c in low)
    return vowels >= 0.25 * len(low) and _CONSONANT_RUN.search(low) is None


def _unknown_capitals_in_prose(text: str, start: int, end: int) -> bool:
    """'SHEVCHUK file updated': in a line written in lower case, a long word in capitals that
    English does not know, before a record's noun, is a surname as records print it."""
    word = text[start:end]
    if len(word) < UNKNOWN_CAPITALS_MIN_LENGTH or "-" in word:
        return False
    low = word.casefold()
    if lexicon.word_zipf(low) >= UNKNOWN_CAPITALS_MAX_ZIPF or not _pronounceable(low):
        return False
    if any(
        lexicon.word_zipf(low[:cut]) >= COMPOUND_PART_MIN_ZIPF
        and lexicon.word_zipf(low[cut:]) >= COMPOUND_PART_MIN_ZIPF
        for cut in range(3, len(low) - 2)
    ):
        return False  # 'SAFELIVES', 'LIQUIDLOGIC': two English words run together
    if not _RECORD_NOUN_AFTER.match(text, end):
        return False  # 'the VAWDASV team': an acronym; 'SHEVCHUK file updated': a family's file
    # the line around it, at most 200 characters each way (a line may be a whole export)
    line_start = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)
    line_end = text.find("\n", end, end + 200)
    line = text[line_start : line_end if line_end != -1 else min(len(text), end + 200)]
    letters = [c for c in line if c.isalpha()]
    return sum(c.islower() for c in letters) > 0.6 * len(letters)


def statement_authors(text: str) -> list[tuple[str, int, int, str]]:
    """A full name after 'statement from', 'letter by'...: the surname must be a known one."""
    found: list[tuple[str, int, int, str]] = []
    for match in _STATEMENT_FROM.finditer(text):
        start, end = match.span("name")
        words = [bare(w) for w in WORD.findall(text[start:end])]
        if lexicon.is_surname(bare(match.group("surname"))) and not any(
            not_a_name(w) for w in words
        ):
            found.append((PERSON, start, end, "the author of a statement or letter"))
    return found


def record_name(match: regex.Match[str]) -> bool:
    """'SMITH, Jane' and 'ZAJAC, KRZYSZTOF' (both in capitals, as police records write them)
    need a known surname, so 'MARAC, Dean' and 'MARAC, DASH' are no names."""
    surname = bare(match.group("name").split(",")[0])
    caps = match.group("caps")
    if caps is not None and (generic(bare(caps)) or not regex.search(r"[AEIOUY]", caps)):
        return False  # 'MARAC, DASH'; 'MARAC, DVPN': an acronym without a vowel is no name
    if generic(surname):
        return False
    if lexicon.is_surname(surname):
        return True
    # 'PRYDDERCH, GWILYM': a surname no list knows, and a given name or another word English
    # hardly knows after it.
    # 'SATTERTHWAITE, GWENDOLINE': a rarer word, and a given name that is no everyday word.
    given = bare(caps) if caps is not None else ""
    surname_zipf = lexicon.word_zipf(surname)
    return (
        len(surname) >= 5
        and bool(given)
        and (
            (
                surname_zipf < 1.5
                and (
                    lexicon.is_given_name(given)
                    or lexicon.word_zipf(given) < RARE_FIRST_MAX_ZIPF + 0.5
                )
            )
            or (
                surname_zipf < RECORD_SURNAME_MAX_ZIPF
                and lexicon.is_given_name(given)
                and lexicon.word_zipf(given) < RECORD_GIVEN_MAX_ZIPF
            )
        )
    )


RECORD_SURNAME_MAX_ZIPF = 2.5  # 'Satterthwaite' (1.9); not 'Marsh' or 'Booth' as words
RECORD_GIVEN_MAX_ZIPF = 4.0  # 'Gwendoline' (2.2), 'Dorothy' (3.8); not 'Grace' or 'Will'


def cited_defendants(text: str) -> list[tuple[str, int, int, str]]:
    """The defendant in a case citation ('R v Morrow'), in text or in a URL slug."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CASE_CITATION.finditer(text):
        for start, end in match.spans("name"):
            if not not_a_name(bare(text[start:end])):
                found.append((PERSON, start, end, "a defendant in a case citation"))
    return found


def names_in_urls(text: str) -> list[tuple[str, int, int, str]]:
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
                and not not_a_name(given)
                and (
                    lexicon.is_surname(family)
                    or lexicon.word_zipf(family) < SLUG_SURNAME_MAX_ZIPF
                    or (len(family) == 1 and _ends_segment(text, second.end(), url.end()))
                )
                and not not_a_name(family)
            ):
                found.append((PERSON, first.start(), second.end(), "a name in a web address"))
        for segment in _PATH_SEGMENT.finditer(text, path_start, url.end()):
            if _joined_name(segment.group("word").casefold()):
                found.append((PERSON, *segment.span("word"), "a name run together in an address"))
    return found


# A path segment of letters only: "/people/dwhitlock/", "/u/janedoe".
_PATH_SEGMENT = regex.compile(r"(?<=/)(?P<word>\p{L}{6,24})(?=[/?#]|$|[^\p{L}\d._\-])")
JOINED_NAME_PART_MAX_ZIPF = 3.5


def _joined_name(word: str) -> bool:
    """An initial and a surname, or a given name and a surname, run together ('dwhitlock',
    'janedoe'), in a word English does not know."""
    if lexicon.word_zipf(word) >= UNKNOWN_NAME_ZIPF:
        return False

    def surname(part: str) -> bool:
        return (
            len(part) >= 4
            and lexicon.is_surname(part)
            and lexicon.word_zipf(part) < JOINED_NAME_PART_MAX_ZIPF
            and not not_a_name(part)
        )

    if surname(word[1:]):
        return True
    return any(
        lexicon.is_given_name(word[:cut])
        and lexicon.word_zipf(word[:cut]) < JOINED_NAME_PART_MAX_ZIPF + 0.5
        and surname(word[cut:])
        for cut in range(3, len(word) - 3)
    )


def names_in_file_names(text: str) -> list[tuple[str, int, int, str]]:
    """A given name or surname among the words of a file name ('mackay_dardr_final_v6.docx'):
    files are often named for the family."""
    found: list[tuple[str, int, int, str]] = []
    for match in _FILE_NAME.finditer(text):
        for word in _SLUG_WORD.finditer(text, *match.span("stem")):
            low = word.group(0).casefold()
            zipf = lexicon.word_zipf(low)
            if (
                len(low) >= 3
                and (
                    (lexicon.is_surname(low) and zipf < FILE_NAME_WORD_MAX_ZIPF)
                    or (lexicon.is_given_name(low) and zipf < FILE_NAME_GIVEN_MAX_ZIPF)
                    # 'Teodorescu_final.docx': a capitalised word English does not know
                    or (word.group(0)[0].isupper() and len(low) >= 5 and zipf < UNKNOWN_NAME_ZIPF)
                )
                and not not_a_name(low)
            ):
                found.append((PERSON, word.start(), word.end(), "a name in a file name"))
    return found


def _ends_segment(text: str, position: int, url_end: int) -> bool:
    """Whether a slug word ends its path segment ('/justice-for-ana-d', '/ana-d/'): an initial
    there is a surname's ('ana-d'), not a word cut short."""
    return position >= url_end or text[position] in "/?#"


def saved_as_names(text: str) -> list[tuple[str, int, int, str]]:
    """The names a phone or account was saved under ('saved as sky, Brook and tolu'): each
    word that is a given name or no English word."""
    found: list[tuple[str, int, int, str]] = []
    for match in _SAVED_AS.finditer(text):
        for word in WORD.finditer(text, *match.span("names")):
            low = bare(word.group(0))
            if low in ("and", "or") or not_a_name(low):
                continue
            if lexicon.is_given_name(low) or lexicon.word_zipf(low) < UNKNOWN_NAME_ZIPF:
                found.append((PERSON, word.start(), word.end(), "a name a phone was saved under"))
    return found


def apposed_names(text: str) -> list[tuple[str, int, int, str]]:
    """A name between commas after a relationship ('her friend from work, Tilda,'; 'the host's
    son, ezra,' in lower case when the word is a rarer given name) or before one ('Tilda, her
    neighbour,'; 'Tilda, who lived next door, said')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _APPOSED_AFTER.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        low = bare(word)
        # 'Her host, April, told the review': a month or season between commas is the name
        named_for_time = word[0].isupper() and text.startswith(",", end) and low in _TIME_WORDS
        if not_a_name(low) and not named_for_time:
            continue
        if word[0].islower():
            keep = lexicon.is_given_name(low) and lexicon.word_zipf(low) < LOWER_NAME_MAX_ZIPF
        else:
            # 'her best friend, Star, told the panel': between two commas any capitalised word
            # that is not a kin, role or public word is the name
            keep = (
                lexicon.is_given_name(low)
                or lexicon.word_zipf(low) < 3.0
                or (
                    text.startswith(",", end)
                    and "-" not in low  # 'her husband, Irish-born,'
                    and low not in lexicon.KIN_WORDS
                )
            )
        if keep:
            found.append((PERSON, start, end, "a name beside a relationship"))
    for match in _APPOSED_BEFORE.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        low = bare(word)
        rare = lexicon.word_zipf(low) < 3.0 and not not_a_name(low)
        if _ordinary_name_word(word) or rare:
            found.append((PERSON, start, end, "a name beside a relationship or speech"))
    return found


def bracketed_names(text: str) -> list[tuple[str, int, int, str]]:
    """A given name beside another in brackets ('Tilda (Marnie)': a real name and its
    pseudonym, both reported; the declared one is allowed later), and a given name in brackets
    after a family phrase ('her daughter, aged 9 (Clover)'), season names included."""
    found: list[tuple[str, int, int, str]] = []
    for match in _NAME_ALIAS.finditer(text):
        pair = [match.span("name"), match.span("alias")]
        words = [text[s:e] for s, e in pair]
        if all(
            _ordinary_name_word(w) and lexicon.word_zipf(bare(w)) < STANDALONE_NAME_MAX_ZIPF
            for w in words
        ):
            found.extend((PERSON, s, e, "a name beside its pseudonym") for s, e in pair)
    for match in _FAMILY_PAREN.finditer(text):
        start, end = match.span("name")
        low = bare(match.group("name"))
        if lexicon.is_given_name(low) and (
            _ordinary_name_word(low)
            or (low in lexicon.SEASONS and low not in stop_words() and low not in GENERIC)
        ):
            found.append((PERSON, start, end, "a name in brackets after a family word"))
    return found


# Two capitalised words side by side, on one line: see `rare_name_pairs`.
_CAPITAL_PAIR = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?=(?P<first>{PLACE_WORD}) (?P<second>{PLACE_WORD})(?![\p{{L}}'’\-]))"
)
RARE_FIRST_MAX_ZIPF = 2.0  # 'Hodan' (1.1): a word English hardly knows
RARE_SURNAME_MAX_ZIPF = 3.0  # 'Warsame' (1.5); not 'Hill' or 'Young'
KNOWN_FIRST_MAX_ZIPF = 4.0  # 'Gareth' (3.5); not 'Will' or 'Grace', which open phrases


_CAPITALISED = regex.compile(r"(?<![\p{L}'’\-])\p{Lu}[\p{Ll}'’\-]+")
_PLACEHOLDER_LETTER = regex.compile(r"[ \t]+(?:[A-Z]|[0-9]{1,2})(?![\p{L}\p{N}])")
WELSH_NAME_MAX_ZIPF = 3.0  # 'Emrys' (2.0), 'Cilycwm'; not 'Capel' as an English word would be


def names_in_welsh_sentences(text: str) -> list[tuple[str, int, int, str]]:
    """In a Welsh sentence a capital mid-sentence marks a name, as in English ("priod annwyl y
    diweddar Emrys"): a capitalised word that is no Welsh word (in any mutation), no national
    word and no common English word, away from a sentence's start."""
    found: list[tuple[str, int, int, str]] = []
    for line in regex.finditer(r"[^\n]+", text):
        if not is_welsh_line(line.group(0)):
            continue
        for match in _CAPITALISED.finditer(text, line.start(), line.end()):
            start, end = match.span()
            word = bare(match.group(0))
            if (
                sentence_start(text, start)
                or text[max(0, start - 4) : start].rstrip().endswith("/")  # "... / Coercive
                # control": a bilingual line's English half starts there
                or _PLACEHOLDER_LETTER.match(text, end)  # "ym Mhentref A": a mutated placeholder
                or is_welsh_word(word)
                or lexicon.word_zipf(word) >= WELSH_NAME_MAX_ZIPF
                or not_a_name(word)
            ):
                continue
            found.append((PERSON, start, end, "a name in a Welsh sentence"))
    return found


# A name someone calls out, in quotes: 'calling "Gwilym"', 'crying for "Maisie"'.
_CALLED_OUT = regex.compile(
    r"(?<![\p{L}])(?i:calling(?:[ \t]+out)?|shouting|screaming|crying|asking)"
    rf"(?:[ \t]+(?i:for))?[ \t]+[\"“'‘](?P<name>{TITLED_CAP})[\"”'’]"
)


CALLED_OUT_MAX_ZIPF = 3.0  # a name the gazetteer lacks ('Emrys', 2.0); not 'Help' or 'Stop'


def called_out_names(text: str) -> list[tuple[str, int, int, str]]:
    """A given name, or a word English hardly knows, called out in quotes (see `_CALLED_OUT`);
    never a kin word or a role ('calling "Mum"', '"Nurse"')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CALLED_OUT.finditer(text):
        word = bare(match.group("name"))
        if not_a_name(word) or word in lexicon.KIN_WORDS:
            continue
        if (
            lexicon.is_given_name(word) and lexicon.word_zipf(word) < GIVEN_NAME_MAX_ZIPF
        ) or lexicon.word_zipf(word) < CALLED_OUT_MAX_ZIPF:
            found.append((PERSON, *match.span("name"), "a name called out"))
    return found


# Chinese names are two or three characters: a nickname with the prefix 阿 ("阿玲"; not the kin
# words 阿姨, 阿婆 ...), or a name standing alone in English text ("signed by his brother,
# 陳志明.").
_HAN_NICKNAME = regex.compile(r"(?<![\p{Han}])(?P<name>阿\p{Han})(?P<more>\p{Han})?")
# ... or '老' (old) or '小' (little) before a common surname, as friends call each other:
# "老周会看我的手机" (Old Zhou will look at my phone), "小王". Not before a character that makes
# the pair a word ('老师' teacher, '小时' hour: none of these is a surname).
_HAN_SURNAME_NICKNAME = regex.compile(
    r"(?<![\p{Han}])(?P<name>[老小][王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫朱胡郭何林罗羅郑鄭梁谢謝"
    r"宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭董袁潘蒋蔣蔡杜叶葉程苏蘇魏吕呂丁沈姚卢盧崔钟鍾谭譚陆陸汪廖"
    r"贾賈夏韦韋邹鄒孟熊秦邱薛闫阎閻段雷侯龙龍史陶黎贺賀顾顧郝龚龔邵严嚴覃戴莫孔汤湯])"
)
# A name in pinyin, lower case, inside a Chinese sentence, its punctuation or characters beside
# it: "jingjing，你可以报警", "谢谢你，xiaoling。" (two syllables or more, no English word).
_PINYIN_IN_HAN = regex.compile(
    r"(?<=[，。、：！？\p{Han}][ \t]?)(?P<name>[a-z]{4,14})(?![\p{L}])"
    r"|(?<![\p{L}])(?P<name>[a-z]{4,14})(?=[ \t]?[，。、！？\p{Han}])"
)
_HAN_CHARACTER = regex.compile(r"\p{Han}")
# Second characters of words and loan names that start with '阿' ('阿根廷' Argentina, '阿拉伯'
# Arabic, '阿富汗', '阿斯匹林' aspirin, '阿們' amen): before more characters, no nickname.
_HAN_LOAN_SECOND = frozenset("根拉富斯爾尔里姆森聯联曼塞比米德巴基克蘭兰們们門门莫布蒙波羅罗爾")
_HAN_KIN = frozenset(
    [
        "阿姨",
        "阿婆",
        "阿公",
        "阿爸",
        "阿妈",
        "阿媽",
        "阿嫲",
        "阿爷",
        "阿爺",
        "阿哥",
        "阿姐",
        "阿弟",
        "阿妹",
        "阿叔",
        "阿伯",
    ]
)
_HAN_IN_ENGLISH = regex.compile(
    r"(?<=^|[ \t(\"“'‘])(?P<name>\p{Han}{2,3})(?=[.,;:)\"”'’]|[ \t]+[A-Za-z]|[ \t]*$)",
    regex.MULTILINE,
)
_SPEAKS_ENGLISH = regex.compile(r":[ \t]+[A-Za-z]")
# A chat's speaker named in Chinese before a message in Chinese ("**陳美玲:** 我好攰"), and a
# name after an account's label ("账号 Account: 王晓雨"); kin words speak too ('妈妈:', '老公:').
# (Both read from the characters, rare in a report, and look back.)
_HAN_SPEAKER = regex.compile(
    r"(?<=^(?:[ \t>*_\-]|\[[^\]\n]{0,30}\])*)(?P<name>\p{Han}{2,4})(?:\*\*|__)?[ \t]*[:：]"
    r"(?:\*\*|__)?[ \t]*(?=\p{Han})",
    regex.MULTILINE,
)
_HAN_AFTER_LABEL = regex.compile(
    r"(?<=(?<![\p{L}])(?:(?i:account|name|user[ \t]?name|contact|sender|profile)|姓名|名字|账号|"
    r"帳號|用户名)[ \t]*[:：][ \t]*)(?P<name>\p{Han}{2,4})(?![\p{Han}])"
)
# ... and one called at the start of a message, before a Chinese comma: "晓燕，你还好吗？".
_HAN_VOCATIVE = regex.compile(
    r"(?<=(?:^|[:：][ \t]*|[ \t]{2,})(?:\*\*|__)?)(?P<name>\p{Han}{2,3})(?=[，,])", regex.MULTILINE
)
_HAN_KIN_CHARACTERS = frozenset("妈媽爸姐哥弟妹叔伯姨婆公爷爺嫲舅姑奶老家我你他她")
# Pronouns and particles no name holds: '我没事，' (I'm fine), '你走了，' (you left).
_HAN_FUNCTION_CHARACTERS = frozenset("我你他她们們的了是不没沒有在这這那就也都很吗嗎呢吧啊")
# A form's labels, which stand where a speaker does: name, account, address, date, time, phone.
_HAN_LABELS = frozenset(
    ["姓名", "名字", "账号", "帳號", "用户名", "地址", "日期", "时间", "時間", "电话", "電話"]
)
# Kin words and endearments Ukrainian and Russian call people by ("Мамо," mum; "Доню,"
# daughter): no name before a comma (`_NON_LATIN_VOCATIVE`).
_CYRILLIC_KIN_CALLED = frozenset(
    [
        "мамо",
        "мама",
        "мамочко",
        "мамуль",
        "мамуля",
        "тато",
        "татку",
        "тату",
        "папа",
        "доню",
        "донечко",
        "доченька",
        "дочка",
        "сину",
        "синку",
        "синочку",
        "сынок",
        "бабусю",
        "бабуся",
        "бабушка",
        "діду",
        "дідусю",
        "дедушка",
        "сестро",
        "сестра",
        "брат",
        "сестричко",
        "брате",
        "братику",
        "кохана",
        "коханий",
        "любий",
        "люба",
        "сонечко",
        "солнышко",
    ]
)
# A Greek or Cyrillic capitalised word called before a comma ("Оксанко, приїжджай").
_NON_LATIN_VOCATIVE = regex.compile(
    r"(?<![\p{L}])(?P<name>[\p{Greek}\p{Cyrillic}&&\p{Lu}][\p{Greek}\p{Cyrillic}&&\p{Ll}]{2,})(?=,)",
    regex.V1,
)


# A name in its own script in brackets, after the name or where a description says it is
# written so: "Selam (መሰረት)", "her husband, aged 39 (ዮናስ ተስፋዬ in the family's letter)"; one to
# three words of a script that is not Latin (Ge'ez, Bengali, Arabic, Devanagari...).
_OTHER_SCRIPT_WORD = r"[^\p{Latin}\p{Common}\p{Inherited}\s()][^\p{Latin}\p{Common}\s()]*"
# Led by the bracket, which is quick; the word before it is read apart (`_word_before`).
_OTHER_SCRIPT_BRACKETED = regex.compile(
    rf"\((?P<name>{_OTHER_SCRIPT_WORD}(?:[ \t]{_OTHER_SCRIPT_WORD}){{0,2}})"
    # ... not a word's gloss: "*selam* (ሰላም) means peace"
    r"(?=\)(?![ \t]+(?:means|meaning|is[ \t]+the[ \t]+word))|[ \t]+(?:in|on|as)[ \t])"
)

# ... or said to be a name: "Her name, ፍረወይኒ, means", "she was called 阿玲 at home".
_OTHER_SCRIPT_NAMED = regex.compile(
    # ... in its script said: "begins with her name in Tamil script, கலைச்செல்வி, and"
    # ... or a message signed with it: "[signed in one message as ศิริพร]"
    r"(?<![\p{L}])(?:(?i:name|named|called)(?:[ \t]+(?i:in)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?i:script))?)?"
    r"|(?i:signed)(?:[ \t]+\p{Ll}+){0,4}[ \t]+(?i:as))"
    r"[,:]?[ \t]+(?:(?i:is|was|as)[ \t]+)?"
    # ... "her name is written as ਹਰਲੀਨ ਕੌਰ"
    r"(?:(?i:written|spelt|spelled)[ \t]+(?i:as)[ \t]+)?[\"“‘']?"
    rf"(?P<name>{_OTHER_SCRIPT_WORD}(?:[ \t]{_OTHER_SCRIPT_WORD}){{0,2}})"
)
# A Sikh name in Gurmukhi or Devanagari, its given name before Kaur or Singh: "ਸੁਰਜੀਤ ਕੌਰ".
_KAUR_OR_SINGH = regex.compile(
    r"(?P<name>[\p{Gurmukhi}\p{Devanagari}]+[ \t]+(?:ਕੌਰ|ਸਿੰਘ|कौर|सिंह))(?![\p{Gurmukhi}\p{Devanagari}])"
)
# ... or a name, then how it is written in a script: "She wrote her name for the worker in
# Arabic, هبة عثمان", "My sister's name was Nazdar. In our writing it is نازدار."
_OTHER_SCRIPT_WRITTEN = regex.compile(
    r"(?<![\p{L}])(?i:name)[^\n]{0,100}?(?<![\p{L}])(?i:in)[ \t]+"
    # ... "in her mother's script": கீர்த்தனா
    r"(?:(?i:our|her|his|their)[ \t]+(?:(?i:own)[ \t]+|\p{Ll}+['’]s[ \t]+)?"
    r"(?i:writing|script|alphabet|letters)"
    # ... "written in Ge'ez script, was ሰላም ተስፋይ"
    r"|\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:[ \t]+(?i:script))?)[\"”’']?"
    r"(?:,?[ \t]+(?i:it[ \t]+)?(?i:is|was)|[,:])[ \t]+[\"“‘']?"
    rf"(?P<name>{_OTHER_SCRIPT_WORD}(?:[ \t]{_OTHER_SCRIPT_WORD}){{0,3}})"
)
# ... or in a record's alias or name field: "Alias   : শাহিদা বেগম" (read from the word, the
# label looked back for).
_FIELD_IN_OTHER_SCRIPT = regex.compile(
    r"(?<=^[ \t>]*(?i:alias|aka|a\.k\.a\.|also[ \t]+known[ \t]+as|known[ \t]+as|nickname|"
    r"(?:full[ \t]+|given[ \t]+|first[ \t]+)?name)[ \t]*:[ \t]*)"
    rf"(?P<name>{_OTHER_SCRIPT_WORD}(?:[ \t]{_OTHER_SCRIPT_WORD}){{0,3}})",
    regex.MULTILINE,
)
# A message's sender in its own script, before the colon, after the message's time in brackets:
# "[WhatsApp, 21:47] رشا: He says the judge here ..." (Chinese has its own rule; a kin word is
# whom a message comes from, not a name: "[21:40] Мама:").
_OTHER_SCRIPT_SPEAKER = regex.compile(
    r"^[ \t>]*\[[^\]\n]{1,40}\][ \t]*"
    rf"(?P<name>{_OTHER_SCRIPT_WORD}(?:[ \t]{_OTHER_SCRIPT_WORD})?)[ \t]*:[ \t]",
    regex.MULTILINE,
)
# A message or a letter signed in its own script after a dash, alone on its line: "> — نازدار".
_OTHER_SCRIPT_SIGNATURE = regex.compile(
    rf"^[ \t>]*[—–][ \t]*(?P<name>{_OTHER_SCRIPT_WORD}(?:[ \t]{_OTHER_SCRIPT_WORD})?)[ \t]*$",
    regex.MULTILINE,
)


# A place written in its own script where an English sentence says someone lived or came from:
# "Malar grew up in the north of Sri Lanka, in யாழ்ப்பாணம், the youngest of four".
_OTHER_SCRIPT_PLACE = regex.compile(
    rf"(?P<name>{_OTHER_SCRIPT_WORD}(?:[ \t]{_OTHER_SCRIPT_WORD}){{0,2}})"
    r"(?<=(?<![\p{L}])(?i:grew[ \t]+up|born|raised|lived|lives|living|came|comes|fled|moved|"
    r"village|town|city|district)[^.\n]{0,60}?(?<![\p{L}])(?i:in|from|of|near)[ \t]+"
    rf"{_OTHER_SCRIPT_WORD}(?:[ \t]{_OTHER_SCRIPT_WORD}){{0,2}})"
)
_NON_LATIN_LETTER = regex.compile(r"[^\p{Latin}\p{Common}\p{Inherited}]")


def _kin_in_other_script(low: str) -> bool:
    """A kin word in Cyrillic, Arabic, Persian or Gurmukhi script ('мама', 'сестра')."""
    return (
        low in _CYRILLIC_KIN_CALLED
        or low in _PERSIAN_KIN_WORDS
        or low in _ARABIC_CALLED_WORDS
        or low in _GURMUKHI_KIN_WORDS
    )


def _han_gloss(text: str, start: int, end: int) -> bool:
    """Chinese characters closing a bracket after an English word that is no name nor kin: the
    word's gloss ('dumplings (饺子)', 'filial piety (孝顺)'); after a name or a kin word they are
    the person's name ('Xiaoyan (晓燕)', 'his brother (陳志明)')."""
    if text[end : end + 1] not in (")", "）"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    bracket = max(text.rfind("(", line_start, start), text.rfind("（", line_start, start))
    if bracket < 0 or ")" in text[bracket:start]:
        return False
    before = _word_before(text, bracket)
    low = bare(before)
    if not low or _role_or_kin_word(low):
        return False
    if before[:1].islower():
        return True  # 'cha (飲茶)': a lower-case word, glossed (a name before is capitalised)
    return not lexicon.is_given_name(low) and (
        lexicon.is_national_word(low) or lexicon.is_common_word(low)
    )


def _word_before(text: str, bracket: int) -> str:
    """The word (letters and digits, its hyphens and apostrophes too: 'Wing-yan') just before a
    bracket, spaces between; '' when none."""
    end = bracket
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        start -= 1
    return text[start:end].strip("-'’")


def names_in_other_scripts(text: str) -> list[tuple[str, int, int, str]]:
    """Names written in Chinese characters, Greek or Cyrillic, or in brackets in any script but
    Latin (see the patterns above); a chat message that is only a short Chinese word ('谢谢') is
    no name, nor a language's or a thing's word glossed in its own script ('Tigrinya (ትግርኛ)',
    'the family (ቤተሰብ)')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _OTHER_SCRIPT_BRACKETED.finditer(text):
        written = _word_before(text, match.start())
        before = bare(written)
        if (
            before
            and (
                not (
                    lexicon.is_national_word(before)
                    or lexicon.is_common_word(before)
                    or lexicon.is_dictionary_word(before)
                    # 'mooncakes (月餅)': a lower-case word, glossed; a name before is capitalised
                    or (written[:1].islower() and not lexicon.is_given_name(before))
                )
                or before.isdigit()
            )
        ):
            found.append((PERSON, *match.span("name"), "a name in brackets in its own script"))
    for match in _OTHER_SCRIPT_SPEAKER.finditer(text):
        sender = match.group("name")
        if not _HAN_CHARACTER.search(sender) and not _kin_in_other_script(sender.casefold()):
            found.append((PERSON, *match.span("name"), "a message's sender in its own script"))
    for pattern in (
        _OTHER_SCRIPT_NAMED,
        _OTHER_SCRIPT_WRITTEN,
        _OTHER_SCRIPT_SIGNATURE,
        _KAUR_OR_SINGH,
    ):
        found.extend(
            (PERSON, *match.span("name"), "a name in its own script")
            for match in pattern.finditer(text)
        )
    if _NON_LATIN_LETTER.search(text) is not None:  # (most reviews have none: skip the scan)
        found.extend(
            (LOCATION, *match.span("name"), "a place in its own script, where someone lived")
            for match in _OTHER_SCRIPT_PLACE.finditer(text)
        )
    for match in _HAN_NICKNAME.finditer(text):
        # '阿強飲咗好多': a nickname before the rest of its sentence, unless a longer word
        if match.group("name") not in _HAN_KIN and not (
            match.group("more") and match.group("name")[1] in _HAN_LOAN_SECOND
        ):
            found.append((PERSON, *match.span("name"), "a Chinese nickname ('阿' and a name)"))
    for match in _HAN_SURNAME_NICKNAME.finditer(text):
        found.append(
            (PERSON, *match.span("name"), "a Chinese nickname ('老' or '小' and a surname)")
        )
    han = _HAN_CHARACTER.search(text) is not None  # (most reviews have none: skip the scan)
    for match in _PINYIN_IN_HAN.finditer(text) if han else ():
        word = match.group("name")
        if (
            PINYIN_WORD.fullmatch(word)
            and not PINYIN_SYLLABLE.fullmatch(word)
            and not lexicon.is_common_word(word)
            and not lexicon.is_dictionary_word(word)
        ):
            found.append((PERSON, *match.span("name"), "a name in pinyin in a Chinese sentence"))
    for match in _HAN_IN_ENGLISH.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start - 80, 0) : match.start()]
        if _han_gloss(text, *match.span("name")):
            continue  # 'mooncakes (月饼)', 'Mandarin (Putonghua, 普通话)': a word glossed
        if regex.search(r"[A-Za-z]{3,}[^:\n]*$", before):  # English words before, not a label
            found.append((PERSON, *match.span("name"), "a name in Chinese in English text"))
        elif _SPEAKS_ENGLISH.match(text, match.end()):  # "[22:47] 秀英: He saw the number."
            found.append((PERSON, *match.span("name"), "a name in Chinese speaking in a chat"))
    for pattern in (_HAN_SPEAKER, _HAN_AFTER_LABEL, _HAN_VOCATIVE):
        found.extend(
            (PERSON, *match.span("name"), "a name in Chinese as a speaker or an account")
            for match in pattern.finditer(text)
            if not set(match.group("name")) <= _HAN_KIN_CHARACTERS
            and not set(match.group("name")) & _HAN_FUNCTION_CHARACTERS
            and match.group("name") not in _HAN_LABELS
        )
    for match in _NON_LATIN_VOCATIVE.finditer(text):
        called = match.group("name").casefold()
        if (
            lexicon.greek_or_cyrillic_zipf(called) < OTHER_SCRIPT_MAX_ZIPF
            and called not in _CYRILLIC_KIN_CALLED
        ):
            found.append((PERSON, *match.span("name"), "a name called in Greek or Cyrillic"))
    return found


def accented_names(text: str) -> list[tuple[str, int, int, str]]:
    """A capitalised word written with letters English does not use ('Zsófia', 'Ştefan',
    'Jiří'), away from a sentence's start, that English hardly knows: a name from another
    language (a Welsh line has its own rule, as Welsh words take accents too)."""
    found: list[tuple[str, int, int, str]] = []
    for line in regex.finditer(r"[^\n]+", text):
        if not any(ord(char) > 127 for char in line.group(0)) or is_welsh_line(line.group(0)):
            continue
        for match in _CAPITALISED.finditer(text, line.start(), line.end()):
            start, end = match.span()
            word = bare(match.group(0))
            if (
                len(word) >= 3  # not a particle of a name ('Ní', 'Tŷ')
                and any(ord(char) > 127 and char.isalpha() for char in word)
                # at a sentence's start only before an English word: "Phương knew, the
                # customers knew" (not 'Được rồi', a sentence of another language)
                and (not sentence_start(text, start) or _english_word_after(text, end))
                and lexicon.word_zipf(word) < ACCENTED_NAME_MAX_ZIPF
                and not not_a_name(word)
                and _foreign_spelling_of_no_word(word)
            ):
                if match.group(0).endswith(("'s", "’s")):
                    end -= 2  # the name, not its possessive
                found.append((PERSON, start, end, "a name in another language's letters"))
    return found


ACCENTED_NAME_MAX_ZIPF = 2.0  # 'Zsófia' (0); not 'Café' or 'Naïve'
_NEXT_LOWER_WORD = regex.compile(r"[ \t]+(?P<word>\p{Ll}{3,})(?![\p{L}])")  # not 'da', 'na'
ENGLISH_NEXT_MIN_ZIPF = 4.0


def _english_word_after(text: str, end: int) -> bool:
    """The word after `end` is a common English word ('knew', 'said', 'was')."""
    match = _NEXT_LOWER_WORD.match(text, end)
    return match is not None and (
        lexicon.is_dictionary_word(match.group("word"))
        and lexicon.word_zipf(match.group("word")) >= ENGLISH_NEXT_MIN_ZIPF
    )


FOLDED_WORD_MIN_ZIPF = 2.5  # without its accents, a brand or a word: 'Škoda' (skoda 2.6)


def _foreign_spelling_of_no_word(word: str) -> bool:
    """Without its accents the word is no English word or brand ('Škoda'), unless it is then a
    known name ('Zoë', 'Chloé')."""
    plain = fold(word)
    return (
        lexicon.word_zipf(plain) < FOLDED_WORD_MIN_ZIPF
        or lexicon.is_given_name(plain)
        or lexicon.is_surname(plain)
    )


# An initial, then a surname no list and no English knows: "listed at court as R. Senthilkumar";
# after a word in lower case or a bracket, not a placeholder's letter ending a sentence ("in
# Village A. Heulwen's workplace") nor a heading's numbering ("### B. Nazdar").
_INITIAL_THEN_WORD = regex.compile(
    r"(?:(?<=(?<![\p{L}'’\-])\p{Ll}+[ \t]+)|(?<=[(\[\"“:,;][ \t]*))"
    rf"\p{{Lu}}\.[ \t]?(?P<surname>{TITLED_CAP})(?![\p{{L}}'’\-])"
)
INITIAL_SURNAME_MIN_LENGTH = 4


def rare_name_pairs(text: str) -> list[tuple[str, int, int, str]]:
    """A word English hardly knows, then a known surname that is no everyday word ('Hodan
    Warsame'), anywhere, a sentence start too: given names from many countries are missing
    from the gazetteer, but their surnames often are not. And the mirror: a known given name,
    then a word no list and no English knows ('Gareth Prydderch'), as the model reads a name
    in quotes for a title. And a given name, a season's too, before a surname English does not
    know ('Summer Haddon')."""
    found: list[tuple[str, int, int, str]] = []
    for match in _CAPITAL_PAIR.finditer(text):
        first, second = bare(match.group("first")), bare(match.group("second"))
        if not_a_name(second) or lexicon.is_uk_place(first):
            continue
        if not_a_name(first, national=False) or (
            lexicon.is_national_word(first) and first not in lexicon.SEASONS
        ):
            continue
        if _given_then_rare_surname(first, second):
            found.append(
                (PERSON, match.start("first"), match.end("second"), "a name, then a surname")
            )
        elif first in lexicon.SEASONS:
            continue
        elif (
            lexicon.word_zipf(first) < RARE_FIRST_MAX_ZIPF
            and lexicon.is_surname(second)
            and lexicon.word_zipf(second) < RARE_SURNAME_MAX_ZIPF
        ):
            found.append((PERSON, match.start("first"), match.end("second"), "a rare name pair"))
        elif _known_given_then_unknown_word(first, second) and not in_welsh_line(
            text, *match.span()
        ):  # 'Gorchymyn Atal Stelcian': Welsh words the lists do not know
            found.append(
                (PERSON, match.start("first"), match.end("second"), "a name, then no word")
            )
    for match in _INITIAL_THEN_WORD.finditer(text):
        surname = bare(match.group("surname"))
        if (
            len(surname) >= INITIAL_SURNAME_MIN_LENGTH
            and lexicon.is_unknown_word(surname)
            and not not_a_name(surname)
            and not lexicon.is_uk_place(surname)
            and not is_welsh_word(surname)
        ):
            found.append((PERSON, *match.span(), "an initial, then no word"))
    return found


def _given_then_rare_surname(first: str, second: str) -> bool:
    """A given name, a season's too ('Summer'; not 'Hi' or 'La', which open phrases), then a
    surname English does not know ('Haddon'): the model misses the pair in a note."""
    return (
        lexicon.is_given_name(first)
        and (first in lexicon.SEASONS or lexicon.word_zipf(first) < KNOWN_FIRST_MAX_ZIPF)
        and lexicon.is_surname(second)
        and lexicon.word_zipf(second) < RARE_SURNAME_MAX_ZIPF
        and not lexicon.is_dictionary_word(second)
        and not lexicon.is_uk_place(second)
    )


def _known_given_then_unknown_word(first: str, second: str) -> bool:
    return (
        lexicon.is_given_name(first)
        and lexicon.word_zipf(first) < KNOWN_FIRST_MAX_ZIPF
        and lexicon.is_unknown_word(second)
        and not lexicon.is_given_name(second)
        and not lexicon.is_uk_place(second)
        and not lexicon.is_foreign_function_word(second)
    )
