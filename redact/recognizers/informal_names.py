"""Names in text messages and chat logs, written in lower case (entities PERSON and LOCATION).

Quoted messages are where a review most often leaks a first name in lower case: "[22:14] tomek:
where are you kasia", "> ada: if emeka sees the car", "from: hodan / to: sagal", "the blue door
on harland street". The model, trained on edited text, misses all of them. The rules, each only
inside informal writing (see `_informal`) unless said otherwise:

- a chat line's speaker label or a message header's sender/recipient that is a known given name
  or no English word ("tomek:", "to: sagal"); an ordinary word ("will:") must label at least two
  lines, as speakers do, or sit in a chat where another speaker is named;
- a lower-case known given name that is no ordinary English word ("kasia", "emeka"), also at the
  start of a sentence inside a quoted message that is otherwise edited text ('"He found the
  form. zofia says he will die"');
- a lower-case nickname no dictionary knows ("see u tmrw dazzo"): letters only, three or more,
  not a texting word, a stretched word ("pleaseee"), a derived or run-together English word
  ("rurality"), a thing after a determiner ("the zorbly parcel") or an acronym the text writes
  in capitals, and only in a message that shows texting style (`_informal.texting_at`);
- both of the above only in a message that is mostly English, with English words either side (a
  message in another language is full of words English does not know);
- a lower-case given name that is also an ordinary word ("will", "summer") where the words
  around make it a person: the object of tell/ask/text/ring/phone ("tell summer daddy says
  hi"), or the end of "with" after a person or a verb of being or seeing ("saw u with will.");
- a given name, no very common word, ending a chat message or its sentence after three words or
  more said to the person ("hes after messaging me 40 times maggie."), and a given name or a word
  of no English called alone or before a comma at a message's start, in any language ("Sister:
  moni", "lara, ṣé o ti sọ fún pastor?");
- a lower-case street ("harland street") whose name is no ordinary English word.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from redact import lexicon
from redact.name_recognizers import ROLE_WORDS, in_welsh_line, is_welsh_word
from redact.recognizers._dates import MONTH_NAME
from redact.recognizers._informal import (
    _WORDS,
    ABBREVIATIONS,
    HEADER_LINE,
    KIN_SPEAKER_LINE,
    PINYIN_WORD,
    PLAIN_TEXTING,
    RECORD_LABELS,
    SPEAKER_LINE,
    STAMP_PREFIX,
    informal_at,
    line_bounds,
    message_cell,
    message_span,
    quote_around,
    texting_at,
)
from redact.recognizers.kept_in_translation import names_kept_in_translation
from redact.rule_recognizer import RuleRecognizer

PERSON = "PERSON"
LOCATION = "LOCATION"
NAME_MAX_ZIPF = 3.0  # "kasia" (2.2) is no English word; "hope" (5.4) is
UNKNOWN_LABEL_ZIPF = 2.0  # a label that is no word at all ("hodan") is a name
CAPITAL_SPEAKER_MAX_ZIPF = 5.5  # 'Summer' (4.9) speaking in a chat; not 'Will' (6.0)
KIN_SPEAKER_MAX_ZIPF = 4.5  # after a kin title, a word no given name list knows; not 'Abuse' (4.7)
NICKNAME_MAX_ZIPF = 1.5  # below every texting word wordfreq knows ("tmrw" 1.8, "innit" 2.7)
ENGLISH_WORD_ZIPF = 3.0
ENGLISH_SHARE = 0.6  # of the other words in a message, for an unknown word to be a nickname
NEIGHBOUR_ZIPF = 2.0  # the words either side of a nickname are words (not more of a phrase)
COMPOUND_PART_ZIPF = 3.5  # "chemsex": two common words run together
# Endings of derived English words, and what to put back on the stem ("lambed" -> "lamb").
_SUFFIXES = (
    ("ing", "e"),
    ("ed", "e"),
    ("er", "e"),
    ("ers", "e"),
    ("ity", "e"),
    ("ness", ""),
    ("ment", ""),
    ("ly", ""),
    ("ish", ""),
    ("ism", ""),
    ("ist", ""),
    ("able", "e"),
    ("ful", ""),
    ("less", ""),
    ("es", ""),
    ("s", ""),
)
NOT_SPEAKERS = RECORD_LABELS
_MONTH = re.compile(MONTH_NAME)
# Texting and slang spellings wordfreq does not know (below NICKNAME_MAX_ZIPF).
_SLANG_TEXT = """
    tmoz tomoz tomoro smthing sumthing evrything anyfin hunni hunnie sorri wya hru ttyl frfr
    bredren mandem wagwan wasteman ennit bezzie misus babez luvv sum1 l8r plss soz sozz yh
    whatevs wyd hmu hbu wbu smh ngl tbf omw btw irl imo fyi
    yer ye yous youse nowt owt summat masel dinnae cannae wee canny bairn bairns hinny marra howay
    gadgie divvent mebbes
"""
_SLANG = frozenset(_SLANG_TEXT.split())
# Who a message is to or about without naming them (kin words, see `lexicon.KIN_WORDS`, and
# endearments, also in languages UK families often text in), months, days and when ("ring
# soon"), a record's empty field ("Safeguarding: nil."): never a name.
_NOT_NAMES_TEXT = """
    ma pa bro brother sis sister son
    akka apa apu didi bhai bhaiya behen abla ate kuya sisi amai
    daughter cousin cuz
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    soon later tonight tomorrow today now again back asap
    nil
    habibti jaanu kochanie skarbie kotku canim mpenzi
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split()) | lexicon.KIN_WORDS | lexicon.ENDEARMENTS
# Modal verbs are stop words but cannot be the object of a verb: "tell will" names someone.
_DETERMINERS_TEXT = "the a an my your ur yr his her our their its this that these those some any no"
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())
# 'for the whole barangay': after an article, a word a name list holds is a thing
_ARTICLES = frozenset(["the", "a", "an", "whole", "entire", "every", "each"])
_MODALS_TEXT = "will would can could may might must shall should"
_MODALS = frozenset(_MODALS_TEXT.split())
# a lower-case word, not one joined to another by a slash ('chest/abdo')
_LOWER_WORD = re.compile(r"(?<![\w'’\-/])[a-z][a-z'’]{2,}(?![\w\-/])")
# 'he send hoi-yan back to hk': a Cantonese or Mandarin given name of two syllables, joined as
# its owner writes it, in lower case; both halves given names that English rarely writes.
_LOWER_HYPHENED = re.compile(
    r"(?<![\w'’\-/@.])(?P<first>[a-z]{2,})-(?P<second>[a-z]{2,})(?![\w\-/@])"
)
HYPHENED_PART_MAX_ZIPF = 4.0  # 'hoi' (2.9), 'ling' (3.5); not 'wing' (4.6) or 'mary' (4.8)
_STREET_TYPES = (
    "street|road|lane|avenue|close|drive|crescent|terrace|gardens|grove|way|rise|court|walk|"
    "row|place|square|mews|parade|view|hill|"
    # and as messages shorten them: "ashby rd", "sitwell st"
    "rd|st|ave|ln|cres|terr|tce|gdns"
)
_A_DRIVE = re.compile(r"\b(?:the|a)\s+[a-z'’]+\s+drive$")
_LOWER_STREET = re.compile(rf"(?<![\w'’\-])(?P<name>[a-z][a-z'’]{{2,}})\s+(?:{_STREET_TYPES})\b")
# "tell summer ...", "ask yiota who ...", "get dan to ...", "bring ross": the person a message is
# passed to or asks for.
_ADDRESSEE = re.compile(
    r"(?<![\w'’])(?:tell|tells|telling|told|ask|asks|asking|asked|text|texts|texting|texted|"
    r"ring|rings|ringing|rang|phone|phones|phoning|phoned|bring|brings|bringing|brought"
    # "i'll get dan to pick u up": someone asked to do something
    r"|(?:get|gets|got|getting)(?=[ \t]+[a-z]{3,}[ \t]+to[ \t]))[ \t]+(?P<name>[a-z]{3,})\b(?!['’\-])"
)
# "is craig drinking again", "is lee still coming to ur work?": whom a message asks after.
_ASKED_AFTER = re.compile(
    r"(?<![\w'’])(?:is|was|isnt|wasnt|has|hasnt)[ \t]+(?P<name>[a-z]{3,})[ \t]+"
    r"(?:still[ \t]+)?[a-z]{2,}ing\b"
)
# "saw u with will.": "with" a person at the end of a clause, after a person or being/seeing.
_COMPANION = re.compile(
    r"(?<![\w'’])(?:u|you|ya|her|him|them|me|us|i|im|hes|shes|was|were|is|am|are|be|been|out|"
    r"saw|seen|see|sees|seeing|stay|staying|stayed|go|going|went|gone|off|home|round|over|talking|"
    r"living|lives|moved)[ \t]+with[ \t]+(?P<name>[a-z]{3,})(?=[ \t]*(?:[.,!?;:)]|$))",
    re.MULTILINE,
)
# "gwenno says you were at the pub": a lower-case word that speaks or knows is a person.
_SPEAKER_IN_TEXT = re.compile(
    r"(?<![\w'’])(?P<name>[a-z]{3,})[ \t]+(?:says|say|said|told|thinks|thought|knows|knew|wants|"
    r"texted|rang|saw|reckons)\b"
)
SPEAKER_NAME_MAX_ZIPF = 3.0
# "idris has the gun out", "tee says she's fine": a lower-case given name doing or saying
# something, in a message. (Not the possessive: "the ward's concern", "the charity's volunteer".)
_GIVEN_NAME_ACTING = re.compile(
    r"(?<![\w'’])(?P<name>[a-z]{3,})[ \t]+(?:has|had|is|was|took|takes|keeps|kept|"
    r"wont|won't|cant|can't|hit|hits|grabbed|pushed|threatened|came|went|left|locked|smashed|"
    r"says|said|told|wants|wanted|knows|knew|thinks|thought|needs|loves|hates|gets|got|goes|"
    r"comes|isn't|isnt|wasn't|wasnt|rang|texted|saw|broke|kicked|punched|slapped|followed|drove|"
    r"shouted|screamed|will|did|does|didnt|didn't|doesnt|doesn't|can|could|would)\b"
)

ACTING_NAME_MAX_ZIPF = 4.5  # 'rocky' (4.2), 'tee' (3.8); not 'will' or 'mark' (5.0 and more)
QUOTED_WORD_NAME_MAX_ZIPF = 3.5  # in edited speech quoted, a word this common is the word
# "her flatmate said": after these the word is a common noun, whatever its rarity ('my' and
# 'our' may come before a name: "our gwen said").
_ARTICLES_AND_POSSESSIVES = frozenset(
    ["her", "his", "their", "your", "its", "the", "a", "an", "every", "each", "any", "no"]
)
# A speaker a report has replaced by a numbered stand-in: "> **Friend 1:** ...".
_NUMBERED_SPEAKER = re.compile(
    r"^[ \t>*_\-]*[*_ ]*[A-Z][a-z]+[ \t][0-9]{1,2}[*_ ]*:[*_ ]*[ \t]+(?=\S)", re.MULTILINE
)
# A chat line's time stamp, at the start of any line.
_STAMPED_LINE = re.compile(STAMP_PREFIX.pattern, re.MULTILINE)
# The first word of a message, in lower case, before more words: "jurga listen to me".
_MESSAGE_OPENER = re.compile(r"(?P<name>[a-z]{3,})(?=,?[ \t]+[A-Za-z'’]+)")
_ADDRESSED_NEXT = re.compile(
    r",?[ \t]+(?:he|she|u|ur|pls|plz|please|ok|im|its|dont|hes|shes|are|r|where|wer)\b"
)
OPENER_ADDRESSED_MAX_ZIPF = 4.3  # 'des' (4.25), 'linda' (4.1); not 'dawn' (4.4) or 'will'

# "Hello, it's celle, sorry", "this is ezra here": someone saying who is calling or writing.
_SELF_NAMED = re.compile(
    r"(?<![\w'’])(?:it['’]?s|it[ \t]+is|this[ \t]+is)[ \t]+(?:(?:um|uh|er|erm),?[ \t]+)?"
    r"(?P<name>[a-z]{3,})(?=[ \t]*[,.!?]|[ \t]+(?:here|calling|speaking)\b)"
)
# A parent called by title and name, as children in many families do ("daddy ike", "mama bisi");
# not "mum" or "dad", which lead into prose ("mum rose to leave").
_PARENT_TITLES = frozenset(["daddy", "mummy", "mama", "papa", "baba"])
# "i ask pastor bright", "auntie flo says": a kin or faith title before a lower-case name.
TITLED_NAME_MAX_ZIPF = 5.0  # 'bright' (4.6), 'grace'; not 'said' (6.0) after 'uncle'
# Kin titles of other languages that stand before a name in messages: Tagalog "ate len", "kuya
# jun"; Shona "sisi nyasha"; Vietnamese "cô ivy"; Hindi and Urdu "didi", "baji", "khala".
_OTHER_KIN_TITLES = frozenset(
    [
        "ate",
        "kuya",
        "tita",
        "tito",
        "lola",
        "lolo",
        "sisi",
        "mukoma",
        "tete",
        "didi",
        "bhai",
        "bhaiya",
        "baji",
        "apa",
        "apu",
        "khala",
        "mausi",
        "masi",
        "chacha",
        "chachi",
        "bua",
        "cô",
        "chú",
        "chị",
        "dì",
        "bác",
        "abti",
        "eedo",
    ]
)
RELATIVE_NAME_MAX_ZIPF = 3.5  # 'pinky' (3.4) after 'daughter'; not 'chose' (4.6)
_RELATIVE_LOWER = re.compile(
    r"(?<![\w'’])(?:daughter|son|sister|brother|cousin|niece|nephew|wife|husband|friend|"
    r"neighbour|gf|bf)[ \t]+(?P<name>[a-z]{3,})(?![\w'’])"
)
_TITLED_LOWER = re.compile(
    r"(?<![\w'’])(?P<title>"
    + "|".join(
        sorted(
            lexicon.KIN_TITLES
            | lexicon.FAITH_AND_FAMILY_TITLES
            | _PARENT_TITLES
            | _OTHER_KIN_TITLES,
            key=len,
            reverse=True,
        )
    )
    + r")[ \t]+(?P<name>[a-z]{3,})\b(?!['’\-])"
)
# "Dear kenelm" (a letter's mail merge), "rest easy ottilie", "RIP benny": a lower-case name after
# a salutation or the words that mourn someone.
_SALUTED = re.compile(
    r"(?<![\w'’])(?i:dear|rip|r\.i\.p\.?|rest[ \t]+easy|rest[ \t]+in[ \t]+peace|fly[ \t]+high"
    r"|sleep[ \t]+tight|miss[ \t]+(?:you|u|ya))[ \t,]+(?P<name>[a-z]{3,})\b(?!['’\-])"
)
# "... Love benjy", "cheers kaz x", "caru ti, beth x": a lower-case name signing off a message.
_SIGN_OFF = re.compile(
    r"(?:(?<![\w'’])(?i:love|luv|lots[ \t]+of[ \t]+love|cheers|thanks|ta)[ \t,]+"
    # "caru ti, beth x": a name after a comma, then kisses, ends a message in any language
    r"|,[ \t]+(?=[a-z]{3,}[ \t]+x+[.!]?[ \t]*$))"
    r"(?P<name>[a-z]{3,})[ \t]*x*[.!]?[ \t]*$",
    re.MULTILINE,
)
# "Look after your mother's roses, phil.": a lower-case given name called at the end of a
# sentence, inside a quotation.
_VOCATIVE = re.compile(r",[ \t]+(?P<name>[a-z]{3,})(?=[.!?]|[ \t]*[\"”])")
# "hes after messaging me 40 times maggie.": a given name ending a chat message or its sentence,
# after words said to the person named (not after a word that takes an object: 'in ivy', 'the holly').
_MESSAGE_FINAL = re.compile(
    r"(?<![\w'’\-/@#])(?P<name>[a-z]{3,})(?=[.!?]+(?:[ \t]|$)|[ \t]*(?:x+)?[ \t]*$)",
    re.MULTILINE,
)
FINAL_NAME_MAX_ZIPF = 3.9  # 'maggie' (3.8); not 'holly' or 'ruby' (3.9) or 'sunny' (4.1)
_NOT_BEFORE_FINAL_NAME_TEXT = """
    the a an my your ur his her our their its this that of in on at to for with from by into onto
    some any no which what whose every each
"""
_NOT_BEFORE_FINAL_NAME = frozenset(_NOT_BEFORE_FINAL_NAME_TEXT.split())
FINAL_NAME_MIN_WORDS_BEFORE = 3  # words said to the person first: not 'ok lang' (Tagalog 'only')
# 'tell tay to stop': a rarer given name needs no texting style around it; 'told little' does.
RARE_ADDRESSEE_MAX_ZIPF = 3.5
ADDRESSEE_NICKNAME_MAX_ZIPF = 2.5  # 'tell robbo nowt' (2.4), 'tell brookie' (1.8) in a chat
_SENTENCE_END = re.compile(r"(?P<word>[^\W\d_]+)[.!?]+[\s\"“”'’]*$")


class InformalNameRecognizer(RuleRecognizer):
    """See the module docstring."""

    SUPPORTED: ClassVar[list[str]] = [PERSON, LOCATION]
    DEFAULT_SCORE = 0.6

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans: list[tuple[str, int, int, str]] = []
        spans.extend(_speakers(text))
        spans.extend(_called_at_message_start(text))
        spans.extend(
            (PERSON, *match.span("name"), "a name called with Vietnamese 'ơi'")
            for match in _CALLED_WITH_OI.finditer(text)
            if match.group("name").casefold() not in _VIETNAMESE_KIN
        )
        spans.extend(_tagalog_marked_names(text))
        spans.extend(_lower_words(text))
        spans.extend(_in_context(text))
        spans.extend(_asked_after(text))
        spans.extend(names_kept_in_translation(text))
        for match in _LOWER_STREET.finditer(text):
            if _A_DRIVE.search(text, max(0, match.start() - 4), match.end()):
                continue  # "a champion at the whist drive": an event, not a street
            word = re.sub(r"['’]s?$", "", match.group("name"))  # "in the panel's view"
            if lexicon.word_zipf(word) < NAME_MAX_ZIPF and informal_at(
                text, match.start(), match.end(), whole_line=True
            ):
                spans.append((LOCATION, match.start(), match.end(), "lower-case street"))
        return [
            self._result(entity, start, end, why)
            for entity, start, end, why in spans
            if entity in entities
            and not (entity == PERSON and _in_foreign_message(text, start, end))
        ]


def _in_foreign_message(text: str, start: int, end: int) -> bool:
    """A common word of another language (see `lexicon.is_foreign_word`) in a message with
    another word that is no English word: 'saudade da minha mãe', 'il a pris ma paie' (a
    nickname that happens to be a word elsewhere, in an English message, stays a name)."""
    if not lexicon.is_foreign_word(text[start:end]):
        return False
    first, last, _chat = message_span(text, start, end)
    return any(
        lexicon.word_zipf(other.group(0).casefold()) < ENGLISH_WORD_ZIPF
        for other in _WORDS.finditer(text, first, last)
        if not start <= other.start() < end
    )


_GOD_BEFORE = re.compile(r"(?<![\w'’])(?i:allah|khuda|rabb?)[ \t]+$")


def _lower_words(text: str) -> list[tuple[str, int, int, str]]:
    """Lower-case given names and nicknames (see the module docstring)."""
    found = []
    given_names = lexicon.given_names()
    for match in _LOWER_WORD.finditer(text):
        word = match.group(0)
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        start, end = match.start(), match.start() + len(word)
        zipf = lexicon.word_zipf(word)
        if word in _NOT_NAMES or word in _SLANG or word in PLAIN_TEXTING or is_welsh_word(word):
            continue  # 'mae e'n fy rheoli i': a Welsh word, in any mutation
        if word in given_names and zipf < NAME_MAX_ZIPF and not lexicon.is_national_word(word):
            if (
                not _mostly_english(text, start, end, word)
                or _pinyin_message(text, start, end)
                or _after_determiner(text, start, _ARTICLES)
            ):
                continue  # ('ruguo wo zou': a pinyin syllable a name list holds)
            if informal_at(text, start, end, whole_line=True):
                found.append((PERSON, start, end, "lower-case name"))
            elif _starts_quoted_sentence(text, start, end):
                found.append((PERSON, start, end, "lower-case name starting a quoted sentence"))
        elif (
            zipf < NICKNAME_MAX_ZIPF
            and _nickname_shape(text, start, end, word)
            and not _after_determiner(text, start)
            and informal_at(text, start, end, whole_line=True)
            and texting_at(text, start, end)
            and _mostly_english(text, start, end, word)
            # 'ti isho i fi ddod draw?': a word of Welsh as spoken, which no list spells so
            and not in_welsh_line(text, start, end)
            # 'wo bu zhidao hai neng zuo shenme': Mandarin in pinyin, its short syllables
            # English-looking enough to pass for a message in English
            and not _pinyin_message(text, start, end)
            # 'Allah rahem kare' (God have mercy): a blessing's word, after God's name
            and _GOD_BEFORE.search(text, max(0, start - 8), start) is None
        ):
            found.append((PERSON, start, end, "lower-case word no dictionary knows"))
    for match in _LOWER_HYPHENED.finditer(text):
        parts = match.group("first", "second")
        if (
            parts[0][1:] != parts[1][1:]  # not a rhyme: 'roly-poly', 'hoity-toity'
            and all(
                part in given_names and lexicon.word_zipf(part) < HYPHENED_PART_MAX_ZIPF
                for part in parts
            )
            and informal_at(text, *match.span(), whole_line=True)
            and _mostly_english(text, *match.span(), match.group())
        ):
            found.append((PERSON, *match.span(), "lower-case name of two syllables"))
    return found


PINYIN_SHARE = 0.8
PINYIN_MIN_WORDS = 5


def _pinyin_message(text: str, start: int, end: int) -> bool:
    """Nearly every word of the message is pinyin ('ruguo wo zou, ta hui dai nüer hui guo'); a
    line of English has words pinyin cannot spell ('the', 'go', 'with')."""
    first, last, _chat = message_span(text, start, end)
    words = [m.group(0).casefold() for m in _WORDS.finditer(text, first, last)]
    if len(words) < PINYIN_MIN_WORDS:
        return False
    pinyin = sum(1 for w in words if PINYIN_WORD.fullmatch(w))
    return pinyin / len(words) >= PINYIN_SHARE


FOREIGN_SHARE = 0.5  # of a message's other words, words English does not use


def _function_word_opening(text: str, start: int, end: int, word: str) -> bool:
    """One of another language's commonest words opening a message in that language ('kas
    nutiko? linas vėl gėrė?': Lithuanian 'what'), whatever a name list says; not before a comma,
    where it is the person written to ('ana, ...')."""
    if text.startswith(",", end) or not lexicon.is_foreign_function_word(word):
        return False
    first, last, _chat = message_span(text, start, end)
    others = [
        m.group(0).casefold()
        for m in _WORDS.finditer(text, first, last)
        if not start <= m.start() < end
    ]
    foreign = [lexicon.word_zipf(w) < ENGLISH_WORD_ZIPF for w in others]
    return len(others) >= 2 and sum(foreign) / len(others) >= FOREIGN_SHARE


# Someone asked after by name in a message: "where are you elsie answer the phone", "you ok
# kasia?" (the name before a question's end or a plea to answer).
_ADDRESSED_AFTER_YOU = re.compile(
    r"(?<![\w'’])(?:you|u|yuh|yu|ya)[ \t]+"
    r"(?:(?:ok|okay|alright|awright|aight|there|home|safe|up)[ \t]*,?[ \t]+)?"
    r"(?P<name>[^\W\d_A-Z][\w'’\-]{1,20})"
    r"(?=[ \t]*[?!]|[ \t]+(?:answer|pick|pls|please|plz|call|ring|text)(?![\w'’]))"
)


def _asked_after(text: str) -> list[tuple[str, int, int, str]]:
    """A given name or a word of no language after 'you' in a message (see the pattern)."""
    return [
        (PERSON, *match.span("name"), "asked after by name in a message")
        for match in _ADDRESSED_AFTER_YOU.finditer(text)
        if _named_by_phrase(
            match.group("name"), UNKNOWN_LABEL_ZIPF, given_max_zipf=FINAL_NAME_MAX_ZIPF
        )
        and not _no_name_in_a_message(match.group("name"))
        and not lexicon.is_foreign_word(match.group("name"))
        and informal_at(text, *match.span("name"), whole_line=True)
        # 'booliska u sheeg!': Somali 'u' (to), no 'you'
        and _mostly_english(text, *match.span("name"), match.group("name"))
    ]


def _in_context(text: str) -> list[tuple[str, int, int, str]]:
    """Given names that are ordinary words, where the words around make them a person."""
    found = []
    for pattern, why in (
        (_ADDRESSEE, "told or asked"),
        (_COMPANION, "with someone"),
        (_ASKED_AFTER, "asked after"),
    ):
        for match in pattern.finditer(text):
            word = match.group("name")
            start, end = match.span("name")
            if word in _NOT_NAMES or word in _SLANG or (word in STOP_WORDS and word not in _MODALS):
                continue
            zipf = lexicon.word_zipf(word)
            if not lexicon.is_given_name(word):
                # "Don't tell laimonis I asked": a word no dictionary knows, in a chat message.
                if (
                    zipf < ADDRESSEE_NICKNAME_MAX_ZIPF
                    and word not in _SLANG
                    and _in_chat_line(text, start)
                ):
                    found.append((PERSON, start, end, f"lower-case name ({why})"))
                continue
            rare = zipf < RARE_ADDRESSEE_MAX_ZIPF
            if (
                informal_at(text, start, end, whole_line=True)
                and (message_span(text, start, end)[2] or texting_at(text, start, end) or rare)
            ) or (
                rare and (_in_chat_line(text, start) or quote_around(text, start, end) is not None)
            ):
                found.append((PERSON, start, end, f"lower-case name ({why})"))
    for match in _VOCATIVE.finditer(text):
        word = match.group("name")
        start, end = match.span("name")
        quoted = quote_around(text, start, end)
        if (
            lexicon.is_given_name(word)
            and word not in _NOT_NAMES
            and word not in STOP_WORDS
            and word not in _SLANG
            and not lexicon.is_national_word(word)
            and quoted is not None
            # someone is called after words said to them, not after one word ('"quiet, shy"')
            and len(_WORDS.findall(text[quoted[0] : match.start()])) >= 2
        ):
            found.append((PERSON, start, end, "lower-case name (called by name)"))
    for match in _MESSAGE_FINAL.finditer(text):
        word = match.group("name")
        start, end = match.span("name")
        # every sentence of prose ends in a word: the word lists first, the message after (a
        # given name only: no English word is so rare that it names someone here)
        if is_welsh_word(word) or not _named_by_phrase(
            word, 0.0, given_max_zipf=FINAL_NAME_MAX_ZIPF
        ):
            continue
        message_start, _end, chat = message_span(text, start, end)
        before = text[message_start:start].split()
        if (
            chat
            and len(before) >= FINAL_NAME_MIN_WORDS_BEFORE
            and before[-1].casefold() not in _NOT_BEFORE_FINAL_NAME
            and texting_at(text, start, end)
            and _mostly_english(text, start, end, word)
        ):
            found.append((PERSON, start, end, "lower-case name ending a message"))
    for match in _SELF_NAMED.finditer(text):
        start, end = match.span("name")
        if _named_by_phrase(match.group("name"), NAME_MAX_ZIPF) and (
            quote_around(text, start, end) is not None
            or informal_at(text, start, end, whole_line=True)
        ):
            found.append((PERSON, start, end, "lower-case name saying who is calling"))
    for pattern, why in ((_SIGN_OFF, "signing off"), (_SALUTED, "after a salutation")):
        for match in pattern.finditer(text):
            if _named_by_phrase(match.group("name"), NAME_MAX_ZIPF):
                found.append((PERSON, *match.span("name"), f"lower-case name {why}"))
    for match in _TITLED_LOWER.finditer(text):
        start, end = match.span("name")
        if (
            match.group("title").casefold() not in _OTHER_KIN_TITLES
            and _named_by_phrase(match.group("name"), NICKNAME_MAX_ZIPF)
            and informal_at(text, start, end, whole_line=True)
            # "mama lui zice" is Romanian for "his mother says": a parent's title only in English
            and (
                match.group("title").casefold() not in _PARENT_TITLES
                or _mostly_english(text, start, end, match.group("name"))
            )
        ) or (
            # another language's kin title before a given name: 'ate len', 'cô ivy'
            match.group("title").casefold() in _OTHER_KIN_TITLES
            and lexicon.is_given_name(match.group("name"))
            and _named_by_phrase(match.group("name"), NICKNAME_MAX_ZIPF)
            # 'ate' is English too: in a message only ('ate len', not 'she ate lunch')
            and (
                match.group("title").casefold() != "ate"
                or informal_at(text, start, end, whole_line=True)
            )
        ):
            found.append((PERSON, start, end, "lower-case name after a kin or faith title"))
    for match in _RELATIVE_LOWER.finditer(text):
        # 'my daughter pinky 07700 900593': a relative, then her given name, in a message
        start, end = match.span("name")
        if (
            lexicon.is_given_name(match.group("name"))
            # a rarer given name: not a verb a name list holds ('her sister chose')
            and _named_by_phrase(
                match.group("name"), NICKNAME_MAX_ZIPF, given_max_zipf=RELATIVE_NAME_MAX_ZIPF
            )
            and informal_at(text, start, end, whole_line=True)
        ):
            found.append((PERSON, start, end, "lower-case name after a relative"))
    for match in _GIVEN_NAME_ACTING.finditer(text):
        word = match.group("name")
        start, end = match.span("name")
        if (
            lexicon.is_given_name(word)
            and lexicon.word_zipf(word) < ACTING_NAME_MAX_ZIPF
            and not _no_name_in_a_message(word)
            and not _after_determiner(text, start, _ARTICLES_AND_POSSESSIVES)
            and not in_welsh_line(text, start, end)  # 'Dyna pam does'
            # in a message, or in words quoted from someone ('"rocky hit mummy's phone"'); in a
            # quotation of edited speech, no common English word ('"prayer and patience would
            # fix it"')
            and (
                informal_at(text, start, end, whole_line=True)
                or (
                    quote_around(text, start, end) is not None
                    and not (
                        lexicon.is_dictionary_word(word)
                        and lexicon.word_zipf(word) >= QUOTED_WORD_NAME_MAX_ZIPF
                    )
                )
            )
        ):
            found.append((PERSON, start, end, "lower-case given name (someone acting)"))
    for match in _SPEAKER_IN_TEXT.finditer(text):
        word = match.group("name")
        start, end = match.span("name")
        if (
            _no_name_in_a_message(word)  # "carer said that ...": a role speaking
            or lexicon.word_zipf(word) >= SPEAKER_NAME_MAX_ZIPF
            or lexicon.is_national_word(word)
            or _after_determiner(text, start, _ARTICLES_AND_POSSESSIVES)
        ):
            continue
        if informal_at(text, start, end, whole_line=True):
            found.append((PERSON, start, end, "lower-case name (someone speaking)"))
    return found


def _named_by_phrase(
    word: str, unknown_max_zipf: float, *, given_max_zipf: float = TITLED_NAME_MAX_ZIPF
) -> bool:
    """A lower-case word that a naming phrase ('it's x', 'pastor x', a message's first word)
    makes a name: a given name that is no very common word, or a word English hardly knows;
    never a kin word, a stop word, a modal, texting or a national word."""
    zipf = lexicon.word_zipf(word)
    return (
        (
            (lexicon.is_given_name(word) and zipf < given_max_zipf)
            # a rare word of the dictionary is a word, not a name ('bilberries')
            or (zipf < unknown_max_zipf and not lexicon.is_dictionary_word(word))
        )
        and word not in _NOT_NAMES
        and word not in STOP_WORDS
        and word not in _MODALS
        and word not in _SLANG
        and word not in PLAIN_TEXTING
        and not lexicon.is_national_word(word)
    )


STAMP_MAX_LENGTH = 80  # a time stamp with its date and day is shorter; a line may be a whole export


def _in_chat_line(text: str, start: int) -> bool:
    """Whether `start` is in the message of a chat line ("Ilze: Don't tell edgars I asked")."""
    line_start, line_end = line_bounds(text, start, start)
    label = SPEAKER_LINE.match(text, line_start)
    if label is not None and label.end() <= start:
        return True
    # a time-stamped message with no name ("[00:06, 1:04]  tell robbo nowt")
    stamp = STAMP_PREFIX.match(text[line_start : min(line_end, line_start + STAMP_MAX_LENGTH)])
    return stamp is not None and line_start + stamp.end() <= start


def _nickname_shape(text: str, start: int, end: int, word: str) -> bool:
    """Could be a nickname: letters with a vowel, not texting, stretched, repeated or an
    acronym written in capitals elsewhere, and not part of an address, handle or file name."""
    if not word.isascii() or not word.isalpha() or not re.search("[aeiouy]", word):
        return False
    if word in PLAIN_TEXTING or word in _SLANG or re.fullmatch(r"([a-z]{1,3})\1+[a-z]?", word):
        return False
    if _derived(word):
        return False
    for squeezed in {re.sub(r"(.)\1+$", r"\1", word), re.sub(r"(.)\1{2,}", r"\1", word)}:
        if squeezed != word and lexicon.word_zipf(squeezed) >= NICKNAME_MAX_ZIPF:
            return False
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2]
    if before in "@#/\\.:=" or after[:1] in "@/\\" or re.match(r"[.:_][A-Za-z0-9]", after):
        return False
    return re.search(rf"\b{word.upper()}\b", text) is None


def _mostly_english(text: str, start: int, end: int, word: str) -> bool:
    """The message around is mostly English words and so are the word's neighbours (a
    nickname is the odd word out; a phrase in another language is a run of unknown words)."""
    first, last = message_cell(text, start, end)
    words = [(m.start(), m.group(0).casefold()) for m in _WORDS.finditer(text, first, last)]
    others = [w for w in words if w[1] != word]
    if len(others) < 2:
        return False
    english = [lexicon.word_zipf(w) >= ENGLISH_WORD_ZIPF for _, w in others]
    if sum(english) / len(others) < ENGLISH_SHARE:
        return False
    before = [w for at, w in words if at < start][-1:]
    after = [w for at, w in words if at >= end][:1]
    # a kin word of any language stands before a name ('my yiayia despina')
    return all(lexicon.word_zipf(w) >= NEIGHBOUR_ZIPF for w in after) and all(
        lexicon.word_zipf(w) >= NEIGHBOUR_ZIPF or w in lexicon.KIN_WORDS for w in before
    )


def _no_name_in_a_message(word: str) -> bool:
    """Kin words and endearments, stop words, texting shorthand, slang and roles: a message
    uses them for no one."""
    return (
        word in _NOT_NAMES
        or word in STOP_WORDS
        or word in PLAIN_TEXTING
        or word in _SLANG
        or word in ROLE_WORDS
    )


def _after_determiner(text: str, start: int, determiners: frozenset[str] = _DETERMINERS) -> bool:
    """'the vinted parcel', 'my insta': a thing, not a person."""
    previous = re.search(r"([A-Za-z]+)[ \t]+$", text[max(start - 20, 0) : start])
    return previous is not None and previous.group(1).casefold() in determiners


def _derived(word: str) -> bool:
    """An English word with an ending ("lambed", "rurality", "incomer") or two run together
    ("chemsex"), which dictionaries miss but no parent uses as a name."""
    for suffix, restore in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            for candidate in (stem, stem + restore, stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                if candidate and lexicon.word_zipf(candidate) >= ENGLISH_WORD_ZIPF:
                    return True
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if min(lexicon.word_zipf(head), lexicon.word_zipf(tail)) >= COMPOUND_PART_ZIPF:
            return True
    return False


def _starts_quoted_sentence(text: str, start: int, end: int) -> bool:
    """The word starts a sentence (not the first) inside a quotation."""
    quoted = quote_around(text, start, end)
    if quoted is None:
        return False
    ending = _SENTENCE_END.search(text, quoted[0], start)
    return ending is not None and ending.group("word").casefold() not in ABBREVIATIONS


# "[22:47] K: comfy where r u", "pinky can u cover me sat": a message that opens with a word
# and then asks the reader something calls the reader by that word.
_CALLED_THEN_ASKED = re.compile(
    r"(?P<name>[^\W\d_A-Z]{3,})[ \t,]+(?:where|can|could|r|are|u|you|pls|please|plz|answer|pick|call|"
    r"ring|wya|hru|wyd|hmu|why|wat|what)(?![\w'’])"
)
# ... or alone, or before a comma, in any language: "Sister:  moni", "sena: edem??", "Sister:
# lara, ṣé o ti sọ fún pastor?"
_CALLED_ALONE = re.compile(
    r"(?P<name>[^\W\d_A-Z]{3,})(?:[ \t]*[?!.]*[ \t]*$|,[ \t]+)", re.MULTILINE
)
# The first line of a quoted message with no speaker's label ("> gracinha, estás bem?"), or
# after a bold note of who sent it ("> **From her sister-in-law:** rojo neredesin?"; the
# analysis view blanks the quote's mark and the stars, so the line starts with spaces: a
# paragraph or a file's name does not).
_QUOTED_MESSAGE_START = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t>]+(?:[*_]*[ \t]*[^\W\d_][^:\n]{0,60}:[*_ \t]*[ \t])?(?=[^\W\d_A-Z])"
)
# A message's sender and recipient with an arrow, as a header ("[WhatsApp] Mummy -> Precious")
# or as a message's label ("Kamala → Meena:  selvi, ...").
_ARROW_PARTIES = (
    r"^[ \t>*]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?P<sender>[^\W\d_][\w'’\-]*)[ \t]*(?:<->|->|→|↔|=>)[ \t]*"
    r"(?P<recipient>[^\W\d_][\w'’\-]*)[ \t]*"
)
_ARROW_LABEL = re.compile(_ARROW_PARTIES + r":[ \t]+(?=\S)", re.MULTILINE)
# A message export's sender and time before the message ("Filipa  20:14  nês, estás bem?"), and
# a quotation's first word ('"patou, ozali wapi?'): where a message starts too.
_SENDER_THEN_TIME = (
    r"^[ \t>*_\-~]*(?P<name>[^\W\d_][\w'’\-]{1,20})[ \t]+"
    r"(?:\[?(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t,]+)?\[?\d{1,2}[:.]\d{2}"
)
_TIMED_LABEL = re.compile(_SENDER_THEN_TIME + r"\]?[ \t]+", re.MULTILINE)
_QUOTATION_START = re.compile(r"(?:^|(?<=[ \t(]))[\"“](?=[^\W\d_A-Z])", re.MULTILINE)
# A message after a bracketed header of when or from whom, with no speaker's label: "[21:47]
# inesīt, kur tu esi?", "[unknown number, 11:02]  abee, ...", "[acct 3]  dacīt please".
_BRACKETED_HEADER = re.compile(
    r"^[ \t>*_\-~]*\[[^\[\]\n]{1,40}\][ \t]+(?=[^\W\d_A-Z])", re.MULTILINE
)
# A name called with the Vietnamese vocative 'ơi' after it ("bống ơi, ăn cơm chưa?"); not a kin
# word or pronoun called so ("chị ơi", "con ơi", "trời ơi").
_CALLED_WITH_OI = re.compile(r"(?<![\w'’])(?P<name>[^\W\d_]{2,})[ \t]+ơi(?![\w'’])")
_VIETNAMESE_KIN_TEXT = """
    anh chị chi em con mẹ me má ma ba bố bo bà ông ong cô co chú chu bác bac dì di cậu cau mợ
    thím cháu bạn ban cưng vợ chồng mình người nguoi trời troi ôi oi ối hỡi
"""
_VIETNAMESE_KIN = frozenset(_VIETNAMESE_KIN_TEXT.split())
# Tagalog marks a person's name with 'si', 'ni' or 'kay' ("pero si bong alam nya lahat", "pati
# si cess pinaalis nya"), in a line that is Tagalog (two of its function words or more); not a
# kin word or pronoun so marked ("si ate", "kay mama"). Short words other languages share ('sa',
# 'na', 'po', 'pero', 'ako', 'din') are left out of the count: "si" is also Romanian and Spanish.
_TAGALOG_PERSON_MARKER = re.compile(
    r"(?<![\w'’])(?i:si|ni|kay|sina|nina|kina)[ \t]+(?P<name>[^\W\d_]{2,})(?![\w'’])"
)
_TAGALOG_WORDS_TEXT = """
    ang ng mga nya niya siya ikaw kami tayo sila naman lang hindi wala kasi talaga yung yun dito
    doon ito iyan alam gusto ayaw sabi pati lahat
"""
_TAGALOG_WORDS = frozenset(_TAGALOG_WORDS_TEXT.split())
_TAGALOG_KIN_TEXT = """
    ate kuya nanay tatay inay itay lola lolo tita tito mama papa ma pa anak bunso mahal
    tanga ako ikaw siya
"""
_TAGALOG_KIN = frozenset(_TAGALOG_KIN_TEXT.split()) | _TAGALOG_WORDS | {"sa", "na", "ko", "mo"}
TAGALOG_LINE_MIN_WORDS = 2


def _tagalog_marked_names(text: str) -> list[tuple[str, int, int, str]]:
    found = []
    for match in _TAGALOG_PERSON_MARKER.finditer(text):
        name = match.group("name")
        if name.casefold() in _TAGALOG_KIN or (
            not lexicon.is_given_name(name) and lexicon.word_zipf(name) >= NAME_MAX_ZIPF
        ):
            continue  # 'si ate', 'si boss': a kin word or an English word for someone
        line = text[slice(*line_bounds(text, match.start(), match.end()))]
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", line)]
        if sum(w in _TAGALOG_WORDS for w in words) >= TAGALOG_LINE_MIN_WORDS:
            found.append((PERSON, *match.span("name"), "a name after Tagalog 'si', 'ni' or 'kay'"))
    return found


_GREETING = re.compile(r"(?P<greeting>[^\W\d_]+)[ \t]*[,!]?[ \t]+")
_INTERJECTIONS = frozenset(
    [
        "hiya",
        "heya",
        "oi",
        "oy",
        "ey",
        "wey",
        "ffs",
        "jeez",
        "bruh",
        "erm",
        "aye",
        "ahh",
        "argh",
        "ugh",
        # a voice assistant, spoken to by name: '"alexa ring desmond"'
        "alexa",
        "siri",
        "cortana",
    ]
)
CALLED_NAME_MAX_ZIPF = 3.7  # 'pinky' (3.4), 'comfy' (3.6); not 'oi' (3.7) or 'come' (6.2)
CALLED_GIVEN_NAME_MAX_ZIPF = FINAL_NAME_MAX_ZIPF  # a given name: 'ira' (3.8)


def _called_at_message_start(text: str) -> list[tuple[str, int, int, str]]:
    found = []
    labels = [
        *SPEAKER_LINE.finditer(text),
        *KIN_SPEAKER_LINE.finditer(text),
        *_QUOTED_MESSAGE_START.finditer(text),
        *_ARROW_LABEL.finditer(text),
        *_TIMED_LABEL.finditer(text),
        *_QUOTATION_START.finditer(text),
        *_BRACKETED_HEADER.finditer(text),
    ]
    starts = [(line, line.end()) for line in labels]
    # ... and after a greeting that opens the message: "labas vaidute, ar viskas gerai?"
    starts += [
        (line, greeting.end())
        for line, start in starts
        if (greeting := _GREETING.match(text, start))
        and greeting.group("greeting").casefold() in lexicon.GREETINGS
    ]
    for line, start in starts:
        match = _CALLED_THEN_ASKED.match(text, start)
        alone = None if match else _CALLED_ALONE.match(text, start)
        if alone is not None and (
            lexicon.is_given_name(alone.group("name"))
            or lexicon.word_zipf(alone.group("name")) < NICKNAME_MAX_ZIPF
        ):
            match = alone  # alone or before a comma: only a given name or no word of English
        if match is None:
            continue
        word = match.group("name")
        if not word.islower() or (line.re is _QUOTATION_START and _derived(word)):
            continue  # 'Мама', letters with no case ('他不喜欢'); a quoted word's form ('"domestics')
        if _function_word_opening(text, *match.span("name"), word):
            continue
        if not (
            _no_name_in_a_message(word)
            or word in _INTERJECTIONS
            or word in lexicon.GREETINGS
            or is_welsh_word(word)
            or in_welsh_line(text, *match.span())
            or lexicon.is_national_word(word)
            or lexicon.is_foreign_word(word)  # 'querida, ...': a word of the message's language
            or lexicon.word_zipf(word)
            >= (CALLED_GIVEN_NAME_MAX_ZIPF if lexicon.is_given_name(word) else CALLED_NAME_MAX_ZIPF)
        ):
            found.append((PERSON, *match.span("name"), "a name called at a message's start"))
    return found


def _speakers(text: str) -> list[tuple[str, int, int, str]]:
    all_labels = [
        m for m in SPEAKER_LINE.finditer(text) if m.group("name").casefold() not in NOT_SPEAKERS
    ]
    labels = [m for m in all_labels if m.group("name")[0].islower()]
    counts = Counter(m.group("name") for m in all_labels)
    named_labels = {
        m.group("name").casefold() for m in all_labels if _names_someone(m.group("name"))
    }

    def in_chat_with(label: str) -> bool:
        """The label speaks twice, or beside another speaker who is named."""
        return counts[label] >= 2 or bool(named_labels - {label.casefold()})

    found = []
    for match in labels:
        label = match.group("name")
        if (
            label in NOT_SPEAKERS
            or "_" in label
            or any(c.isdigit() for c in label)  # "v5:", a draft's version
            or lexicon.is_national_word(label)
        ):
            continue
        zipf = lexicon.word_zipf(label)
        in_chat = in_chat_with(label)
        # In a chat with a named speaker, a label that is no everyday word names the other one
        # ("Ellie: ..." / "ry: ...").
        named = (
            lexicon.is_given_name(label)
            or zipf < UNKNOWN_LABEL_ZIPF
            or (in_chat and zipf < NAME_MAX_ZIPF)
        )
        if named and label not in _NOT_NAMES and (zipf < NAME_MAX_ZIPF or in_chat):
            end = match.end("initial") if match.group("initial") else match.end("name")
            found.append((PERSON, match.start("name"), end, "speaker in a chat"))
    for match in all_labels:
        # "[Mar 2023 07:15] Autumn: ...": a capitalised given name speaking in a chat, though it
        # is also an everyday word the model passes over ('Summer', 'Autumn').
        label = match.group("name")
        low = label.casefold()
        if (
            label.istitle()  # not a record's abbreviation ('PC:', 'SUSP:')
            and not (match.group("open") and _MONTH.fullmatch(label))  # a log's '[Jan]'
            and in_chat_with(label)
            and lexicon.is_given_name(low)
            and low not in _NOT_NAMES
            and low not in STOP_WORDS
            and low not in NOT_SPEAKERS
            and (low in lexicon.SEASONS or not lexicon.is_national_word(low))
            and lexicon.word_zipf(low) < CAPITAL_SPEAKER_MAX_ZIPF
        ):
            found.append((PERSON, match.start("name"), match.end("name"), "speaker in a chat"))
    for match in KIN_SPEAKER_LINE.finditer(text):
        # "Auntie Bev: ...", "Anti Gwenllian: ...": the word after a kin title names the speaker;
        # "Elder Abuse: ..." is a heading's label.
        name = match.group("name")
        low = name.casefold()
        # 'Tita Baby: ...': a word of endearment, written with its capital after a kin title,
        # is what the family calls her
        endearment = low in lexicon.ENDEARMENTS and name[0].isupper()
        if (endearment or low not in _NOT_NAMES | NOT_SPEAKERS) and (
            lexicon.is_given_name(low) or lexicon.word_zipf(low) < KIN_SPEAKER_MAX_ZIPF
        ):
            found.append((PERSON, *match.span("name"), "speaker named with a kin title"))
    numbered = list(_NUMBERED_SPEAKER.finditer(text))
    # "23:14  kace answer ur phone": a message after its time stamp, with no speaker label
    stamped = list(_STAMPED_LINE.finditer(text))
    for match in [*all_labels, *numbered, *stamped]:
        # "Friend 1: jurga listen to me": a name called at the start of a message.
        called = _MESSAGE_OPENER.match(text, match.end())
        if called is None:
            continue
        word = called.group("name")
        # "desi he is not eating", "des pls bring back my card": before a pronoun or texting,
        # the first word is the person written to, up to commoner given names
        addressed = _ADDRESSED_NEXT.match(text, called.end("name")) is not None
        given_max = OPENER_ADDRESSED_MAX_ZIPF if addressed else NAME_MAX_ZIPF
        if (
            _named_by_phrase(word, UNKNOWN_LABEL_ZIPF, given_max_zipf=given_max)
            and _nickname_shape(text, *called.span("name"), word)
            and not _function_word_opening(text, *called.span("name"), word)
            # in pinyin, only the person written to, before a comma ('xiaoming, ni zai nali')
            and (
                text.startswith(",", called.end("name"))
                or not _pinyin_message(text, *called.span("name"))
            )
            and not is_welsh_word(word)  # '# Heulwen: adroddiad trosolwg': a Welsh title
            and word not in lexicon.GREETINGS  # 'labas vaidute': 'hello'
        ):
            found.append((PERSON, *called.span("name"), "a name called at a message's start"))
    found.extend(_arrow_header_names(text))
    for match in _LABEL_BEFORE_TIME.finditer(text):
        # "tams   Wed 19:02   hes parked up", "kasia 23:41": an export's sender before the time
        label = match.group("name")
        if (
            label.islower()
            and label not in _NOT_NAMES | STOP_WORDS | NOT_SPEAKERS
            and not lexicon.is_national_word(label)
            and lexicon.word_zipf(label) < NAME_MAX_ZIPF
        ):
            found.append((PERSON, *match.span("name"), "a message's sender before its time"))
    for match in HEADER_LINE.finditer(text):
        label = match.group("name")
        if label.casefold() in NOT_SPEAKERS:
            continue
        if lexicon.is_given_name(label) or lexicon.word_zipf(label) < NAME_MAX_ZIPF:
            found.append((PERSON, match.start("name"), match.end("name"), "message header"))
    return found


# A message export's sender, then the day and time with no colon between: "tams   Wed 19:02".
_LABEL_BEFORE_TIME = re.compile(_SENDER_THEN_TIME + r"(?![\d/])", re.MULTILINE)
# A message's header with an arrow from its sender to whom it went: "[WhatsApp] Mummy ->
# Precious", "Cai → Seren:". Any word there names someone unless it is a kin word or a role.
_ARROW_HEADER = re.compile(_ARROW_PARTIES + r"(?::|$)", re.MULTILINE)


def _arrow_header_names(text: str) -> list[tuple[str, int, int, str]]:
    """The sender and the recipient of each arrowed header (see `_ARROW_HEADER`)."""
    found = []
    for match in _ARROW_HEADER.finditer(text):
        for group in ("sender", "recipient"):
            low = match.group(group).casefold()
            if low in _NOT_NAMES or low in STOP_WORDS or low in NOT_SPEAKERS or low in ROLE_WORDS:
                continue
            found.append((PERSON, *match.span(group), "a message's sender or recipient"))
    return found


def _names_someone(label: str) -> bool:
    """A speaker label that is a person's name (any case): a given name or no English word."""
    low = label.casefold()
    if low in _NOT_NAMES or low in STOP_WORDS or "_" in low or lexicon.is_national_word(low):
        return False
    return lexicon.is_given_name(low) or lexicon.word_zipf(low) < UNKNOWN_LABEL_ZIPF
