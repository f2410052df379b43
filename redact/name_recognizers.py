"""Recognizers for names of people and places that come from the spaCy model's entities.

Presidio's own SpacyRecognizer reports organisations whole; a DHR leaks a place through the
organisation's name ("Wigan Council", "Royal Bolton Hospital"), so organisation and facility
names are decomposed here: the words that only say what kind of body it is are dropped and the
rest is reported as a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from redact import lexicon
from redact.policy import is_placeholder
from redact.recognizers._informal import cell_bounds, line_bounds
from redact.recognizers.social_media import PLATFORMS
from redact.rule_recognizer import RuleRecognizer

PERSON = "PERSON"
LOCATION = "LOCATION"
ORGANISATION_PLACE = "ORGANISATION_PLACE"
INSTITUTION = "INSTITUTION"
# A large city abroad named as a place ('grew up in Kraków'): the gate reports it apart, to warn.
CITY_ABROAD = "CITY_ABROAD"

# Words that say what kind of body an organisation is, not where it is.
_AGENCY_WORDS = """
    council councils borough county city metropolitan district parish town police constabulary
    force hospital hospitals nhs foundation trust university teaching royal general infirmary
    health healthcare care board integrated clinical commissioning group groups primary secondary
    school schools academy college high junior infant infants nursery surgery surgeries medical
    centre center practice partnership partnerships community communities safety housing
    association homes home services service social adult adults children child children's mental
    fire rescue ambulance probation court courts crown magistrates' magistrates prison prisons
    department dept office ministry agency authority authorities unit team clinic clinics
    pharmacy church mosque temple gurdwara synagogue chapel united limited ltd plc company
    services' trust's council's police's centre's and of the for & a an in on at to with
    domestic abuse violence victims victim support women's aid men's family families
    safeguarding multi-agency risk assessment conference north south east west northern southern
    eastern western central greater upper lower new old jobcentre neighbourhood neighbourhoods
    liaison helpline helplines
    policing safer
"""
AGENCY_WORDS = frozenset(_AGENCY_WORDS.split())
# Words that name a role or a kind of thing, never a person: "the District Nurse", "Carer"; and
# what children call a parent or grandparent, also in languages UK families speak ("Baba").
_ROLE_WORDS = """
    nurse nurses worker workers officer officers carer carers chair panel member members doctor gp
    practitioner advocate manager managers lead head director detective constable sergeant
    inspector superintendent paramedic consultant psychiatrist psychologist therapist counsellor
    teacher coordinator co-ordinator navigator visitor midwife health-visitor author reviewer
    district community specialist senior junior independent victim perpetrator adult child son
    daughter mother father brother sister partner husband wife friend neighbour report review
    reviews recommendation recommendations milestones target scope action outcome appendix
    tenant occupant caller informant resident suspect landlord landlady witness patient client
    owner householder
    locksmith electrician handyman plasterer coroner coroners prophet female male colleague
    mentor mentors supervisor supervisee crew
"""
ROLE_WORDS = frozenset(_ROLE_WORDS.split()) | lexicon.KIN_WORDS
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-])*")  # letters of any language
_GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# A Greek or Cyrillic word called out this common is a word, not a name: not 'Мама' (5.1) or
# 'Бабуся' (4.4); 'Оксанко' (0) is a name called.
OTHER_SCRIPT_MAX_ZIPF = 4.0
# A word the model tags alone this common is a function word ('Якщо', 'if': 6.3); names are
# rarer ('Сергій' 5.3, 'Вікторія' 4.4).
OTHER_SCRIPT_WORD_ZIPF = 5.5
_WELSH_CLITIC = re.compile(r"^[A-Za-z]{1,4}['’]r$")
# A UK place name inside an organisation's name is taken as a place unless it is an everyday
# word ("Reading", "March", "Street"); "Bolton" and "Hull" are rarer than this.
PLACE_MAX_ZIPF = 4.5


class SpacyEntityRecognizer(RuleRecognizer):
    """Turns the model's PERSON/GPE/LOC/FAC/ORG entities into gate entities."""

    SUPPORTED: ClassVar[list[str]] = [PERSON, LOCATION, ORGANISATION_PLACE]
    LABELS: ClassVar[dict[str, str]] = {
        "PERSON": PERSON,
        "GPE": LOCATION,
        "LOC": LOCATION,
        "FAC": LOCATION,
    }
    name: str

    DEFAULT_SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.entities is None:
            raise RuntimeError(
                "SpacyEntityRecognizer needs the model's analysis; refusing to guess"
            )
        results: list[RecognizerResult] = []
        saints_days = [match.span() for match in _SAINTS_DAY.finditer(text)]
        # The Doc's own entities, with spaCy's labels (Presidio's mapping renames and drops some).
        for ent in nlp_artifacts.entities:
            label = ent.label_
            if label in self.LABELS:
                span_start, span_end = _trim(text, ent.start_char, ent.end_char)
                sentence_break = text.find(". ", span_start, span_end)
                if label == "PERSON" and sentence_break != -1:
                    span_end = sentence_break  # "Appendix C. Information": two sentences
                span_start = _after_leading_words_of_no_name(
                    text, span_start, span_end, person=label == "PERSON"
                )
                span_start = _after_saints_day(text, span_start, span_end, saints_days)
                entity = self.LABELS[label]
                for start, end in _name_pieces(text, span_start, span_end, entity):
                    if (
                        welsh_words(text, start, end)
                        or glossed_in_english(text, start, end)
                        or acronym_defined(text, start, end)
                    ):
                        continue  # "Adolygiad o Farwolaeth": Welsh words, not names
                    if entity == PERSON and _placeholder_letter(text, start, end):
                        continue  # "Mr H": the letter anonymised reports put for a name
                    if entity == PERSON and _glued_to_placeholder(text, start, end):
                        continue  # "Via Interpreter 1": a word, then a placeholder's word
                    if entity == PERSON and _NUMBERED_PART.fullmatch(text, start, end):
                        continue  # "KPE 2": a report's numbered part, in capitals
                    if entity == PERSON and _note_verb_opener(text, start, end):
                        continue  # 'Said "my husband handles the money"': a note's verb
                    if entity == PERSON and _imperative_opener(text, start, end):
                        continue  # 'Kiss the children for me.': a verb, its object after
                    if entity == PERSON and _quantifier_of(text, start, end):
                        continue  # 'None of the services': a quantity, not a person
                    if entity == PERSON and _common_noun_after_article(text, start, end):
                        continue  # 'The Order was breached': a court's order, not a person
                    if _foreign_opener(text, start, end) or _foreign_word_opener(text, start, end):
                        continue  # "Rasa: Taip. Stovėjo ...": a capital of another language
                    if entity == PERSON and _greeting_or_foreign_word(text, start, end):
                        continue  # "'Helo, cariad'", '"Wszystko w porządku"': no one's name
                    if entity == PERSON and _title_case_words(text, start, end):
                        continue  # "## Contact with Helplines and Charities"
                    named_place = _after_the(text, start)
                    if (
                        end > start
                        and (
                            _plausible(entity, text[start:end], _opens_clause(text, start))
                            or (named_place and _plausible(LOCATION, text[start:end]))
                            or (
                                named_place
                                and entity == PERSON
                                and _everyday_words(text[start:end])
                                # 'the Gypsy and Traveller Liaison Service': an ethnicity, no
                                # pub; 'the Landlord': a role, as the report names it
                                and not all(
                                    lexicon.is_national_word(w) or w.casefold() in ROLE_WORDS
                                    for w in _WORD.findall(text[start:end])
                                )
                            )
                        )
                    ):
                        results.append(self._result(entity, start, end, f"spaCy entity {label}"))
            elif label == "ORG":
                results.extend(self._places_in_organisation(text, ent.start_char, ent.end_char))
        return [r for r in results if r.entity_type in entities]

    def _places_in_organisation(self, text: str, start: int, end: int) -> list[RecognizerResult]:
        """'Wigan Council' -> 'Wigan'; 'Royal Bolton Hospital' -> 'Bolton'; not a public
        instrument named for where it was made ('Edinburgh Postnatal Depression Scale')."""
        words = _WORD.findall(text, start, end)
        if words[-1:] and words[-1].casefold() in _INSTRUMENT_HEADS:
            return []
        if len(words) == 1 and words[0].casefold() in lexicon.KIN_WORDS:
            return []  # 'Hooyo cried': mother, in Somali ('Hooyo Women's Centre' is a place)
        runs: list[tuple[int, int]] = []
        current: tuple[int, int] | None = None
        for match in _WORD.finditer(text, start, end):
            word = re.sub(r"(?:'s|’s|'|’)$", "", match.group(0))
            is_name_word = (
                word[0].isupper()
                # 'Tenho de pedir dinheiro': a sentence of another language, no organisation
                and not _foreign_word_opener(text, match.start(), match.end())
                and not _WELSH_CLITIC.match(word)
                and not _brand_word(word)
                and word.casefold() not in AGENCY_WORDS
                and not lexicon.is_national_word(word)
                and not lexicon.is_medicine(word)  # "Mirtazapine prescribed"
                and (
                    (lexicon.is_uk_place(word) and lexicon.word_zipf(word) < PLACE_MAX_ZIPF)
                    or lexicon.word_zipf(lexicon.singular(word)) < 2.0
                )
            )
            acronym = (word.isupper() and len(word) <= 5) or acronym_plural(word)
            if is_name_word and not acronym:
                gap = text[current[1] : match.start()] if current is not None else ""
                if (
                    current is not None
                    and gap.strip() == ""
                    and not _CELL_GAP.search(gap)
                    and "\n" not in gap  # a line break the view kept: two lines apart
                ):
                    current = (current[0], match.end())
                else:
                    if current is not None:
                        runs.append(current)
                    current = (match.start(), match.end())
            else:
                if current is not None:
                    runs.append(current)
                current = None
        if current is not None:
            runs.append(current)
        return [
            self._result(ORGANISATION_PLACE, s, e, "spaCy entity ORG")
            for s, e in runs
            # "Adolygiad Dynladdiad Domestig": a Welsh title; "Iaith / Language": a gloss
            if not welsh_words(text, s, e)
            and not glossed_in_english(text, s, e)
            and not acronym_defined(text, s, e)
        ]


# Lower-case words that belong inside names of people and places ("Ashby de la Zouch",
# "Newcastle upon Tyne", "Ali bin Hamad", "Seumas Mac an t-Saoir").
_NAME_PARTICLES_TEXT = """
    of upon on in under by de la le du di da dos das van von der den ter al el bin bint ibn ap ab
    an y the and & st
"""
NAME_PARTICLES = frozenset(_NAME_PARTICLES_TEXT.split())
_TOKEN = re.compile(r"\S+")


# Two spaces or a bar between words: the edge of a table cell or a list item in the view.
_CELL_GAP = re.compile(r"[ \t]{2,}|\|")
# ... a closing quotation mark after the stop too: 'to go out." Said Mum'
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n#>|*][\"”’')]?\s*[\"“‘(]?)$")


def _name_pieces(text: str, start: int, end: int, entity: str) -> list[tuple[int, int]]:
    """Split the model's span at ordinary lower-case words, which no name holds ("Susan rang
    Adult Social Care" -> "Susan", "Adult Social Care"; "Gethin she" -> "Gethin"; a number stays
    with its word, so "March 2025" is still judged whole), and drop a
    common word that opens a sentence before a name ("Closing Hope" -> "Hope")."""
    pieces: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for match in _TOKEN.finditer(text, start, end):
        word = match.group(0).strip("\"'“”‘’()[],.;:!?*_")
        if (
            current is not None
            and (
                _CELL_GAP.search(text, current[1], match.start())
                # a line break the view kept is no wrapped sentence's: "Rhodri ap Iorwerth / Awdur
                # / Author: ...", two lines that stand apart
                or "\n" in text[current[1] : match.start()]
            )
        ):
            pieces.append(current)  # "Partnership | Field": the view blanks a table's bars
            current = None
        if current is not None and entity != PERSON and match.group(0).startswith(("(", "[")):
            # "Brecon Beacons (Bannau Brycheiniog)": a place, then its gloss ("Shorty (Dionne)"
            # is one person, judged whole)
            pieces.append(current)
            current = None
        if match.group(0) in ("/", "|", "·", "•"):  # "Dr Ayo Brooks · Report author: ..."
            if current is not None:
                pieces.append(current)
            current = None  # "Crynodeb Gweithredol / Executive": two languages, two pieces;
            continue  # "Cafcass | Quillerby": two table cells
        if (
            any(c.isalpha() for c in word)
            and not any(c.isupper() for c in word)
            and word.casefold() not in NAME_PARTICLES
        ):
            if current is not None:
                pieces.append(current)
            current = None
            continue
        current = (current[0], match.end()) if current is not None else match.span()
    if current is not None:
        pieces.append(current)
    trimmed = [_trim_particles(text, *_trim(text, s, e)) for s, e in pieces]
    if entity == PERSON:
        trimmed = [_without_sentence_opener(text, s, e) for s, e in trimmed]
        if len(trimmed) > 1:
            # The model ran across a cell or a clause: a piece that is one everyday word opening
            # a cell or sentence ("| Field live on ...") is no name on its own.
            trimmed = [(s, e) for s, e in trimmed if not _lone_opener(text, s, e)]
    return [(s, e) for s, e in trimmed if e > s]


# A report's own numbered parts in capitals: "KPE 2" (key practice episode), "TOR 4", "KLOE 3".
_NUMBERED_PART = re.compile(r"[A-Z]{2,5} [0-9]{1,2}")
FOREIGN_LINE_MAX_ENGLISH = 0.34  # of a line's words, English ones, at most (not 'Ji sakė')
_SPEAKER_LABEL = re.compile(r"^[ \t>*\-]*[^\s:]{1,30}:[ \t]+")
_LINE_WORD = re.compile(r"[^\W\d_]{2,}")


def _greeting_or_foreign_word(text: str, start: int, end: int) -> bool:
    """One word that is a greeting ('Helo'), or a common word of a language families write in
    opening a quotation ('"Wszystko w porządku"'; elsewhere, or called before a comma, such a
    word may be a name the word lists do not know: 'Elin', 'Tomai')."""
    words = _WORD.findall(text[start:end])
    if len(words) != 1:
        return False
    # ... not one called by it: "'Tomai, ne!'" is someone's name
    quoted = text[max(0, start - 1) : start] in ('"', "“", "'", "‘")
    called = text.startswith(",", end)
    return words[0].casefold() in lexicon.GREETINGS or (
        quoted and not called and lexicon.is_foreign_word(words[0])
    )


def _foreign_opener(text: str, start: int, end: int) -> bool:
    """One word opening a sentence, a message or a quotation in a line of another language,
    no given name, surname or UK place: the capital is the sentence's, not a name's."""
    word = text[start:end]
    quoted = start > 0 and text[start - 1] in "\"“'‘"
    if " " in word or not (_opens_clause(text, start) or quoted):
        return False
    if text[end : end + 1] in ",!?":
        return False  # "Hiwet, kemey aleki?": the person written to
    low = word.casefold()
    if lexicon.is_given_name(low) or lexicon.is_surname(low) or lexicon.is_uk_place(low):
        return False
    line_start, line_end = line_bounds(text, start, end)
    return _mostly_foreign(_LINE_WORD.findall(text[line_start:line_end]), _english_word)


def _foreign_word_opener(text: str, start: int, end: int) -> bool:
    """A common word of another language opening a sentence, a message or a table's cell
    ('Tenho de pedir dinheiro'), read more closely than a line: in its cell (the next cell may
    hold the English translation), without a message's speaker, and with the other language's
    commonest words counted as its own ('que', 'para'). A word the lists do not know
    ('Kasienka przepraszam') is no such word: it may be a name."""
    word = text[start:end]
    if not lexicon.is_foreign_word(word) or not _opens_clause(text, start):
        return False
    if lexicon.could_be_inflected_name(word):
        return False  # 'Dariaus mašinoj mano pasas': Darius's car
    if text[end : end + 1] in ",!?:":
        return False  # the person written to, or who writes
    return _cell_mostly_foreign(text, start, end)


def foreign_core_word(text: str, start: int, end: int) -> bool:
    """One word that is a pronoun, article or conjunction of another language ('Elle', 'Eu',
    'nie'), in a stretch of that language (its table cell or its quotation; a message without
    its speaker), not before a comma or a colon, where it would be the person written to or who
    writes; or one of that language's common words, no name, opening a sentence of it ('Sabi
    niya...', Tagalog for 'he said'; 'Wala.'). Name lists hold many such words; there they are
    no one's name, whichever rule took them."""
    word = text[start:end]
    # in capitals, a worker's initials ('Paramedic JA')
    if not word.isalpha() or word.isupper():
        return False
    if text[end : end + 1] in (",", "!", "?", ":"):
        return False
    if not lexicon.is_foreign_core_word(word):
        sentence = _SENTENCE_OPENED.match(text, start)
        return (
            word.istitle()
            and (lexicon.is_foreign_function_word(word) or lexicon.is_foreign_word(word))
            and _opens_clause(text, start)
            and sentence is not None
            # the sentence it opens, not its gloss: "Sabi niya pribado daw kami. (He says ...)"
            and _mostly_foreign(_LINE_WORD.findall(sentence.group(0)), _english_not_foreign_word)
        )
    if word.islower():
        # in lower case it may be a name in a message of another language than the word's
        # ('ate cel' in Tagalog; 'cel' is Romanian): only in a stretch of its own language,
        # and not before a kin word, where it is whom the kin word honours ('kamu didi')
        following = _WORD.match(text, end + 1)
        if following and following.group(0).casefold() in lexicon.KIN_WORDS:
            return False
        return _in_its_language(word, _cell_words(text, start, end))
    if not word.istitle():
        return False
    quoted = _QUOTATION_OPENED.match(text, start)
    return _cell_mostly_foreign(text, start, end) or (
        quoted is not None
        and _mostly_foreign(_LINE_WORD.findall(quoted.group(0)), _english_not_foreign_word)
    )


# A sentence a word opens, to its end, a bracket or the line's end.
_SENTENCE_OPENED = re.compile(r"[^.!?()\[\]\n]{1,200}")
# A quotation the word opens, to its close on the same line: '"Kung may mangyari sa akin..."'
_QUOTATION_OPENED = re.compile(r"(?<=[\"“])[^\"”\n]{1,200}(?=[\"”])")


def _in_its_language(word: str, words: list[str]) -> bool:
    """Three other words or more, whose likeliest language (`lexicon.likeliest_language`) is
    one `word` is core in: 'ele pegou meu cartão de novo' is Portuguese; 'ate cel oo naman' is
    Tagalog, not Romanian; 'seni answer me' is English."""
    others = [w for w in words if w.casefold() != word.casefold()]
    if len(others) < 3:
        return False
    return lexicon.likeliest_language(others) in lexicon.core_word_languages(word)


def _cell_words(text: str, start: int, end: int) -> list[str]:
    """The words of the table cell that holds [start, end) ('| Tenho de pedir ... | I have to
    ask ... |'), a message's speaker left out."""
    segment_start, segment_end = cell_bounds(text, *line_bounds(text, start, end), start, end)
    segment = _SPEAKER_LABEL.sub("", text[segment_start:segment_end], count=1)
    return list(_LINE_WORD.findall(segment))


def _cell_mostly_foreign(text: str, start: int, end: int) -> bool:
    """The cell that holds [start, end) (`_cell_words`) is mostly another language's words, its
    commonest words counted as its own ('que', 'para')."""
    return _mostly_foreign(_cell_words(text, start, end), _english_not_foreign_word)


def _english_word(word: str) -> bool:
    return lexicon.is_common_word(word) or lexicon.is_dictionary_word(word)


def _english_not_foreign_word(word: str) -> bool:
    """'para', 'que', 'eu': words of another language that English lists hold too are its own."""
    return _english_word(word) and not (
        lexicon.is_foreign_word(word) or lexicon.is_foreign_function_word(word)
    )


def _mostly_foreign(words: list[str], english: Callable[[str], bool]) -> bool:
    """Three words or more, and few of them English (`FOREIGN_LINE_MAX_ENGLISH`)."""
    if len(words) < 3:
        return False
    return sum(1 for w in words if english(w)) <= FOREIGN_LINE_MAX_ENGLISH * len(words)


def _opens_clause(text: str, start: int) -> bool:
    """Whether `start` opens a sentence, a line or a table's cell (where any word has a capital)."""
    return bool(
        _SENTENCE_END.search(text, max(0, start - 8), start)
        or _CELL_GAP.fullmatch(text, max(0, start - 2), start)
    )


def _lone_opener(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return (
        " " not in word
        and _opens_clause(text, start)
        and lexicon.word_zipf(word) >= 4.0
        and not lexicon.is_given_name(word)
    )


# Words only Welsh has, frequent in any Welsh sentence, and the words of a Welsh review's
# title ("Adolygiad Dynladdiad Domestig"); two on one line make it Welsh.
_WELSH_FUNCTION_TEXT = """
    yn yr mae mae'r ei eu hwn hon hyn oedd roedd wedi ddim nid ond neu â ag gyda ym yng ôl iddi
    iddo nhw mewn dros trwy gan o'r i'r a'r wrth rhwng cyn pan hefyd bydd ydy ydw dw rwy ac am
    chi fy dy ein eich e'n hi'n fe'n i'n ti'n dwi dych mynd fynd iawn dal eto nawr rŵan efo hefo
    achos felly byth erioed diolch ar y annwyl diweddar priod pawb bawb
    bod isio eisiau moyn gweld wybod gwybod dweud ddweud gallu allu efallai rhywun pobl bobl beth
    sut pwy ble chdi yma yno dyma dyna heddiw ddoe yfory cael gael gwneud wneud dod ddod fydd ydi
    paid yw teulu enw ystyr dewis dewisodd saesneg ateb ffôn ffon neges negeseuon
    daeth aeth doedd doedden roedden gwnaeth byddai gallai dylai oedden alla allai galla fedra
    mewn dydd llun mercher iau gwener sadwrn sul rheoli stori heno isho isie yna wedyn
    adolygiad adolygiadau dynladdiad domestig cam-drin marwolaeth farwolaeth cysylltiedig
    datganiad tystiolaeth
    gysylltiedig partneriaeth diogelwch cymunedol crynodeb gweithredol adroddiad trosolwg cynllun
    gweithredu argymhellion
    mis ionawr chwefror mawrth ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr
    pentref mawr mwy gair geiriau plant plentyn cartref gwaith iechyd cymuned gwasanaeth
    gwasanaethau blynedd blynyddoedd amser bywyd hanes heb popeth neb hiraeth calon llais
    cadeirydd awdur
    cylch gorchwyl gweithwyr proffesiynol lleisiau lleisiau'r canfyddiadau gwersi ymarfer allweddol
    cronoleg dadansoddiad casgliadau asiantaethau asiantaeth
"""
WELSH_FUNCTION_WORDS = frozenset(_WELSH_FUNCTION_TEXT.split())
_WELSH_PLACE_START = re.compile(
    r"^(?:Llan|Aber|Cwm|Pont|Bryn|Nant|Caer|Cefn|Blaen|Glan|Rhyd|Maes|Ystrad|Coed|Betws|Pen|Tre)"
)


@lru_cache(maxsize=256)
def is_welsh_line(line: str) -> bool:
    """Two Welsh function words, or a bilingual heading or title ("Cefndir / Background").
    Cached: every span on a line asks about the same line."""
    return has_welsh_function_words(line) or is_bilingual_heading(line)


def welsh_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The Welsh line that holds [start, end), or its Welsh table cell in a row of two languages
    ('| Roedd Ruby yn 39 oed. | Ruby was 39. |'); None when neither is Welsh."""
    line_start, line_end = line_bounds(text, start, end)
    if is_welsh_line(text[line_start:line_end]):
        return line_start, line_end
    cell_start, cell_end = cell_bounds(text, line_start, line_end, start, end)
    if (cell_start, cell_end) != (line_start, line_end) and is_welsh_line(
        text[cell_start:cell_end]
    ):
        return cell_start, cell_end
    return None


def in_welsh_line(text: str, start: int, end: int) -> bool:
    """Whether the line that holds [start, end), or its table cell, is Welsh (`welsh_bounds`)."""
    return welsh_bounds(text, start, end) is not None


def has_welsh_function_words(line: str) -> bool:
    """Two Welsh function words: Welsh prose (or a bilingual heading's Welsh half)."""
    tokens = set(re.findall(r"[\w'’]+", line.casefold().replace("’", "'")))
    return len(tokens & WELSH_FUNCTION_WORDS) >= 2


_KIN_OF = re.compile(r"(?P<kin>[^\W\d_]+(?:-in-law)?)[ \t]+of[ \t]+(?=[^\W\d_a-z])")


def _after_leading_words_of_no_name(text: str, start: int, end: int, *, person: bool) -> int:
    """Where the name starts in a person span the model opened with a word of no name: a kin
    word and 'of' ("Husband of Rose"), a note's verb ("Said Ivy had been up"), a
    festival ("after Christmas Maud seemed"), or in a Welsh line a Welsh word or kin word
    ("Roedd Marisol", "Gŵr Marisol" = Marisol's husband). A place's span only when a given name
    is left ("Roedd Ruby yn byw", read as a building; not "Gwasanaeth Prawf", the Probation
    Service, whose first word is its own)."""
    kin_of = _KIN_OF.match(text, start, end)
    if kin_of and kin_of.group("kin").casefold() in ROLE_WORDS:
        start = kin_of.end()  # "Husband of Rose and her carer": whose husband, not a name
    opener = _WORD.match(text, start, end)
    if (
        opener is not None
        and opener.end() < end
        and opener.group(0).casefold() in NOTE_VERBS
        and _opens_clause(text, start)
    ):
        # a note's verb opening its clause: "Said Ivy had been up since three", "Said Mum
        # 'cries when she cooks'" (who said it is left out)
        start = end - len(text[opener.end() : end].lstrip())
    welsh = in_welsh_line(text, start, end)
    words = list(_WORD.finditer(text, start, end))
    name_start = start
    for word, following in pairwise(words):
        low = word.group(0).casefold()
        if not (
            low in lexicon.FESTIVALS
            or (welsh and (is_welsh_word(low) or low in lexicon.KIN_WORDS))
            or _opening_verb(low)
        ):
            break
        name_start = following.start()
    if person or name_start == start:
        return name_start
    first = _WORD.match(text, name_start)
    return name_start if first and lexicon.is_given_name(first.group(0)) else start


GERUND_MIN_ZIPF = 2.5  # 'discharging' (3.0); lists hold 'Manning' and 'Browning' as surnames


def _opening_verb(low: str) -> bool:
    """A verb's -ing form opening the span ("Discharging Dewi to his mother's home"): no name
    part, unless name lists hold it ('Manning', 'Browning')."""
    return (
        low.endswith("ing")
        and lexicon.word_zipf(low) >= GERUND_MIN_ZIPF
        and not lexicon.is_given_name(low)
        and not lexicon.is_surname(low)
    )


@lru_cache(maxsize=65536)  # called for each lower-case word of a message: words repeat
def is_welsh_word(word: str) -> bool:
    """A frequent Welsh word, as written or in a mutation ('Bartneriaeth' for Partneriaeth)."""
    low = word.casefold().replace("’", "'")
    return (
        low in WELSH_FUNCTION_WORDS
        or any(
            radical.casefold() in WELSH_FUNCTION_WORDS for radical in lexicon.welsh_radicals(low)
        )
        # past forms of Welsh verbs: "Dewiswyd" (was chosen), "Lladdwyd", "Dewisodd" (chose)
        or (len(low) >= 6 and low.endswith(("wyd", "odd")) and lexicon.word_zipf(low) < 1.0)
        # adjectives, of nationality above all: "Pwylaidd" (Polish), "Gwrdaidd" (Kurdish)
        or (len(low) >= 7 and low.endswith("aidd"))
    )


def is_bilingual_heading(line: str) -> bool:
    """A heading, title or label given in two languages: "Cefndir / Background",
    "Nodyn cynnwys / Content note: ..."."""
    return _bilingual_end(line) > 0


@lru_cache(maxsize=256)
def _bilingual_end(line: str) -> int:
    """Where the two-language part of a line ends: the whole line for a heading or title, the
    label for a line that starts with one ("Argymhelliad 1 / Recommendation 1. North Wales
    Police ..."), 0 when the line has none."""
    if _HEADING_OR_TITLE.match(line) and (" / " in line or " | " in line):
        return len(line)  # "## Beth sydd angen newid | What needs to change" too
    if " / " not in line:
        return 0
    if _bilingual_table_header(line):
        return len(line)
    label = _BILINGUAL_LABEL.match(line)
    return label.end() if label is not None else 0


BILINGUAL_HEADER_CELL_MAX_WORDS = 9  # "Asiantaeth neu wasanaeth / Agency or service" (7)


def _bilingual_table_header(line: str) -> bool:
    """A table's header row in two languages: "| Cam gweithredu / Action | Canlyniad / Outcome |"."""
    # The view may have blanked the bars: cells are then apart by runs of spaces.
    cells = [cell for cell in re.split(r"[ \t]*\|[ \t]*|[ \t]{2,}", line.strip()) if cell]
    if len(cells) < 2 or " / " not in cells[0]:
        return False
    # every cell a short bilingual title, or short titles beside a bilingual first one
    # ("| Argymhelliad / Recommendation | Scope | Action |"); not a row of events whose cells
    # gloss a word ("| Mawrth / March 2019 | ... | Eluned (ganwyd / born ...) sees Dr X |")
    return all(
        " / " in cell and len(cell.split()) <= BILINGUAL_HEADER_CELL_MAX_WORDS for cell in cells
    ) or all(len(cell.split()) <= 4 and cell[:1].isupper() for cell in cells[1:])


_HEADING_OR_TITLE = re.compile(r"^\s*(?:#{1,6}\s|title\s*:)|^\s{2,}\S")
_BILINGUAL_LABEL = re.compile(
    r"^[ \t>*_\-]*(?:[0-9]+(?:\.[0-9]+)*\.?[ \t]+[*_]*)?"  # "5.1 **Medi 2022 / September 2022.**"
    r"[^/\n:.|]{1,60}? / [^/\n:.|]{1,60}?[*_]*[:.](?=[*_]*(?:\s|$))"
)
_WELSH_MONTH_BEFORE = re.compile(r"(?<![\w'’])mis\s+$", re.IGNORECASE)
# "Bob mis Awst", "bob dydd Sadwrn": Welsh 'bob' (every) before a time, not a man called Bob.
_WELSH_EVERY = re.compile(
    r"(?:bob|pob)\s+(?:mis|dydd|nos|noson|wythnos|blwyddyn|bore|prynhawn|tro|amser|awr|haf|"
    r"gaeaf|penwythnos|dim|un|math)(?![\w'’])",
    re.IGNORECASE,
)
# Welsh prepositions of place: the capitalised word after one is a place ("yn Llithfaen").
_WELSH_LOCATIVE = re.compile(r"(?<![\w'’])(?:yn|ym|yng|i|o|ger|ar|gyda)\s+$", re.IGNORECASE)


def _title_case_line(line: str) -> bool:
    """Most words of the line capitalised: a title or heading, where capitals mark no name."""
    words = _WORD.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_GLOSS_AFTER = re.compile(r"[ \t]*/[ \t]*([^\W\d_]+)")
_GLOSS_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*/[ \t]*$")
_LABEL_START = re.compile(r"[\s#>*_\-\d.()]*")  # heading marks, numbering, bold
_TIME_GLOSS_AFTER = re.compile(r"[ \t]*\(([^\W\d_]+)\)")
_TIME_NAMES = lexicon.MONTH_NAMES | lexicon.WEEKDAYS | lexicon.SEASONS
GLOSS_MIN_ZIPF = 3.5  # 'Language', 'Family', 'Background': an everyday English word


def glossed_in_english(text: str, start: int, end: int) -> bool:
    """A one-word label given with its English next to it ('Iaith / Language', 'Family /
    Teulu'): a translation, not a name. The English word must be an everyday word and no name
    or place ('Caerdydd / Cardiff' stays a place)."""
    if not re.fullmatch(r"[^\W\d_][\w'’\-]*", text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    after = _GLOSS_AFTER.match(text, end)
    before = _GLOSS_BEFORE.search(text, max(line_start, start - 40), start)
    bracketed = _TIME_GLOSS_AFTER.match(text, end)
    if bracketed is not None and _LABEL_START.fullmatch(text, line_start, start):
        # a diary's month in Welsh, glossed: "Tachwedd (November)" (only a time's name: "Gwyn
        # (father)" is a person and his relation)
        return bracketed.group(1).casefold() in _TIME_NAMES
    if after is not None and _LABEL_START.fullmatch(text, line_start, start):
        gloss = after.group(1)  # "7.4 **Iaith / Language.**", not "Bywyd yn Gwynfe / Life"
    elif before is not None and _LABEL_START.fullmatch(text, line_start, before.start()):
        gloss = before.group(1)  # "Language / Iaith:"
    else:
        return False
    low = gloss.casefold()
    return (
        lexicon.word_zipf(low) >= GLOSS_MIN_ZIPF
        and not lexicon.is_given_name(low)
        and not lexicon.is_surname(low)
        and not lexicon.is_uk_place(low)
    )


_INITIALS_ONLY = re.compile(r"[A-Z]{2,3}(?:-[A-Z]{1,2})?")


def welsh_words(text: str, start: int, end: int) -> bool:
    """Whether the span sits in a Welsh line (or a table's Welsh cell) and every word of it is a
    Welsh word rather than a name: a Welsh function word ("Mae"), or, in a title or at a
    sentence start, a word English does not know that is no given name, surname, UK place or
    Welsh-built place name ("Adolygiad", "Farwolaeth", "Domestig"). Mid-sentence a capital marks
    a name in Welsh as in English ("Mae Gwenllian yn flin")."""
    bounds = welsh_bounds(text, start, end)
    if bounds is None:
        return False
    line_start, line_end = bounds
    line = text[line_start:line_end]
    if _INITIALS_ONLY.fullmatch(text, start, end) and not has_welsh_function_words(line):
        return False  # 'Surgery / DMJ' reads like a bilingual label; its initials are no Welsh
    # The first word in any script ("yn Київ" has no ASCII word to look up).
    first = next(iter(re.findall(r"[^\W\d_][\w'’\-]*", text[start:end])), "")
    if (
        _WELSH_LOCATIVE.search(text, max(line_start, start - 8), start)
        and text[start].isupper()
        and first.casefold() not in WELSH_FUNCTION_WORDS
    ):
        return False  # "Y bwthyn yn Llithfaen": a place after a Welsh preposition
    if _WELSH_MONTH_BEFORE.search(text, max(line_start, start - 6), start):
        return True  # "ym mis Mai": Welsh for May, not a person called Mai
    if end - start == 3 and _WELSH_EVERY.match(text, start):
        return True  # "Bob mis Awst": every August
    bilingual_end = _bilingual_end(line)
    bilingual = bilingual_end > 0
    # "## 1. Introduction / Cyflwyniad", "Nodyn cynnwys / Content note:": words of a heading
    # or a label, where capitals mark no name.
    title_like = start - line_start < bilingual_end or _title_case_line(line)
    for word in _WORD.findall(text[start:end]):
        low = word.casefold().replace("’", "'")
        if is_welsh_word(low):
            continue  # "Mae", and "Bartneriaeth" (Partneriaeth after 'y')
        if bilingual and all(
            re.search(rf"\b{re.escape(word)}\b", half) for half in re.split(r" [/|] ", line)
        ):
            return False  # the same word in both languages is a name: "Teulu Gwenllian / ..."
        if bilingual and _bilingual_table_header(line):
            continue  # the words of a two-language table header name columns, not people
        if (
            not (title_like or _SENTENCE_END.search(text, max(0, start - 8), start))
            or lexicon.word_zipf(low) >= 1.0
            or lexicon.is_given_name(low)
            or lexicon.is_surname(low)
            or lexicon.is_uk_place(low)
            or (_WELSH_PLACE_START.match(word) and not bilingual)
        ):
            return False
    return True


def _trim_particles(text: str, start: int, end: int) -> tuple[int, int]:
    words = list(_TOKEN.finditer(text, start, end))
    while words and words[0].group(0).casefold() in NAME_PARTICLES:
        words.pop(0)
    while words and words[-1].group(0).casefold() in NAME_PARTICLES:
        words.pop()
    return (words[0].start(), words[-1].end()) if words else (start, start)


def _without_sentence_opener(text: str, start: int, end: int) -> tuple[int, int]:
    words = list(_TOKEN.finditer(text, start, end))
    if len(words) < 2 or not _SENTENCE_END.search(text, max(0, start - 8), start):
        return start, end
    first = words[0].group(0).strip("\"'“‘(*_")
    if first.casefold() in WELSH_FUNCTION_WORDS and in_welsh_line(text, start, end):
        return words[1].start(), end  # "Mae Emyr yn flin": 'Mae' is Welsh for 'is'
    if (
        first.casefold().rstrip(".") not in lexicon.HONORIFICS
        and lexicon.is_common_word(first)
        and lexicon.word_zipf(first) >= 4.0
        and not lexicon.is_given_name(first)
        and not lexicon.is_surname(first)
    ):
        return words[1].start(), end
    return start, end


_CAMEL = re.compile(r"^(?P<head>[A-Z][a-z]+)(?P<tail>[A-Z][a-z]{2,})$")
_NAME_PREFIXES = frozenset(["mc", "mac", "de", "la", "le", "van", "von", "fitz", "di", "da", "du"])


def _brand_word(word: str) -> bool:
    """A product or service named in camel case ("SystmOne", "SafeLives", "WhatsApp"): the
    second part is an everyday word. "McDonald" and "DeShawn" are names."""
    match = _CAMEL.match(word)
    return (
        match is not None
        and match.group("head").casefold() not in _NAME_PREFIXES
        and lexicon.word_zipf(match.group("tail")) >= BRAND_TAIL_MIN_ZIPF
    )


BRAND_TAIL_MIN_ZIPF = 3.5


_BEFORE_BRACKET = re.compile(r"((?:[^\W\d_][\w'’\-]*[ \t]+){1,8})\($")


def acronym_defined(text: str, start: int, end: int, *, any_case: bool = False) -> bool:
    """'Offender Assessment System (OASys)': a bracketed word whose capitals spell the initials
    of the words before the bracket is the acronym being defined, not a name. With `any_case`
    the words in lower case count too ('Call handler (CH)', a role's own letters)."""
    capitals = "".join(c for c in text[start:end] if c.isupper()).casefold()
    if len(capitals) < 2 or text[end : end + 1] != ")":
        return False
    before = _BEFORE_BRACKET.search(text, max(0, start - 120), start)
    if before is None:
        return False
    words = before.group(1).split()
    initials = "".join(w[0] for w in words if any_case or w[0].isupper()).casefold()
    return initials.endswith(capitals)


# A glossary's entry, an acronym and then its expansion up to a semicolon, a comma or the line's
# end: "BP blood pressure; HTN hypertension; NDAH National Domestic Abuse Helpline;".
_GLOSSED_ACRONYM = re.compile(
    r"(?:^|(?<=[;,|(])|(?<=\.[ \t]))[ \t]*(?P<acronym>[A-Z][A-Za-z]{1,6})"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+[–—-][ \t]+|\s+)"
    r"(?P<words>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,6})[ \t]*(?=[;,)]|\.(?!\w)|$)",
    re.MULTILINE,
)
_BRACKETED_ACRONYM = re.compile(r"\((?P<acronym>[A-Z][A-Za-z]{1,6})\)")


def defined_acronyms(text: str) -> frozenset[str]:
    """Acronyms the text defines, in brackets after their words ('... Helpline (NDAH)') or in a
    glossary's entry before them ('HTN hypertension;'): no name anywhere in that text."""
    defined = set()
    for match in _BRACKETED_ACRONYM.finditer(text):
        start, end = match.span("acronym")
        acronym = match.group("acronym")
        before = _BEFORE_BRACKET.search(text, max(0, start - 120), start)
        if before is None:
            continue
        if acronym_defined(text, start, end):
            capitalised = [w for w in before.group(1).split() if w[0].isupper()]
            if not _names_someone(capitalised[-len(acronym) :]):
                defined.add(acronym)
        elif (
            # a plural spelt by words in lower case: "six key lines of enquiry (KLOEs)"
            acronym.endswith("s")
            and len(acronym) >= 4
            and acronym[:-1].isupper()
            and acronym_defined(text, start, end, any_case=True)
        ):
            defined.update((acronym, acronym[:-1]))
    for match in _GLOSSED_ACRONYM.finditer(text):
        acronym = match.group("acronym")
        capitals = "".join(c for c in acronym if c.isupper()).casefold()
        words = match.group("words").casefold().split()
        if len(capitals) < 2:
            continue
        # ... its small letters too: 'RoSH: risk of serious harm.'
        spelt = "".join(w[0] for w in words) in (capitals, acronym.casefold())
        # 'HTN hypertension': one word holding the letters in order, from its first
        contracted = len(words) == 1 and re.fullmatch(".*".join(capitals), words[0]) is not None
        if (spelt or (contracted and words[0][0] == capitals[0])) and not _names_someone(words):
            defined.add(acronym)
    return frozenset(defined)


# A red/amber/green status, as action plans rate progress: a table's cell ("| Amber |"), a
# legend's entry ("Amber: under way") or a bracket ("Recommendation 2 (Amber)"); a table's bars
# may stand as spaces in the analysed text. A chat's speaker "Amber:" in such a text is taken
# for a rating too; the name is still found wherever another rule finds it and propagation
# then finds every mention.
_RAG_STATUS = re.compile(
    r"(?:(?<=\|)|(?<=[ \t]{2})|(?<=^)|(?<=\()|(?<=[;,]))[ \t]*(?P<colour>Red|Amber|Green)"
    # ... a key's entry too: 'RAG key: Red — not started; Amber — started, on track'
    r"(?=[ \t]*(?:\([^()\n]{0,20}\)[ \t]*)?(?:\||[ \t]{2}|$)|[ \t]*[:—–]|\))",
    re.MULTILINE,
)
RAG_MIN_COLOURS = 2


def rag_statuses(text: str) -> list[tuple[int, int]]:
    """Where 'Red', 'Amber' or 'Green' is a status, in a text that rates with two of them or
    more: no person's name ('Amber', a given name, is also the middle rating)."""
    found = [(m.group("colour"), m.span("colour")) for m in _RAG_STATUS.finditer(text)]
    if len({colour for colour, _ in found}) < RAG_MIN_COLOURS:
        return []
    return [span for _, span in found]


_NAME_SURNAME_MAX_ZIPF = 4.5  # 'Paterson' (3.4) names someone; 'Blood' (5.1) is a word


def _names_someone(words: list[str]) -> bool:
    """Whether the words an acronym stands for hold a given name or a surname ('John Paterson
    (JP)' gives a person's initials, which stay a name elsewhere in the text)."""
    return any(
        lexicon.is_given_name(low)
        or (lexicon.is_surname(low) and lexicon.word_zipf(low) < _NAME_SURNAME_MAX_ZIPF)
        for low in (w.casefold().strip("'’") for w in words)
    )


def acronym_plural(word: str) -> bool:
    """'IDVAs', 'GPs', 'MARACs': the plural of an acronym, never a name."""
    return len(word) >= 3 and word.endswith("s") and word[:-1].isupper()


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _placeholder_letter(text: str, start: int, end: int) -> bool:
    """A lone capital letter after a placeholder's word ('Mr H', 'Adult A', 'Appendix C')."""
    letter = text[start:end]
    if len(letter) != 1 or not letter.isupper():
        return False
    if text[end : end + 1] in (".", ")") and _LINE_OPENING.search(text, max(0, start - 12), start):
        return True  # '- G. Recommendations', '(b) ...': a list's letter, not an initial
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and is_placeholder(f"{before.group(1)} {letter}")


_PLACEHOLDER_MARK = re.compile(r"[ \t]+([0-9]{1,3}|[A-Z])(?![\w'’])")
GLUED_WORD_MIN_ZIPF = 4.0  # 'Via' (5.0), which name lists hold too


def _glued_to_placeholder(text: str, start: int, end: int) -> bool:
    """The model's span ends in a placeholder's word whose number or letter follows it, after
    everyday words only: "Via Interpreter 1", "Then Officer A"."""
    mark = _PLACEHOLDER_MARK.match(text, end)
    words = _WORD.findall(text[start:end])
    return (
        mark is not None
        and len(words) > 1
        and is_placeholder(f"{words[-1]} {mark.group(1)}")
        and all(lexicon.word_zipf(w) >= GLUED_WORD_MIN_ZIPF for w in words[:-1])
    )


# Verbs a note opens a clause with, its subject left out: 'Said she is "not allowed" her card'.
NOTE_VERBS = frozenset(["said", "told", "asked", "stated", "reported", "disclosed", "denied"])
_AFTER_NOTE_VERB = re.compile(r"[ \t]+[\"“‘'a-z]")


def _note_verb_opener(text: str, start: int, end: int) -> bool:
    """A verb of saying opening a clause, then a word in lower case or a quotation: no name
    ('Said' is one elsewhere)."""
    return (
        text[start:end].casefold() in NOTE_VERBS
        and _opens_clause(text, start)
        and _AFTER_NOTE_VERB.match(text, end) is not None
    )


# What follows a verb opening a sentence as its object: 'Kiss the children', 'Tell my mum'.
_OBJECT_AFTER = re.compile(r"[ \t]+(?:the|my|your|his|her|our|their|them|him|me|us)[ \t]")
IMPERATIVE_MIN_ZIPF = 4.0


def _imperative_opener(text: str, start: int, end: int) -> bool:
    """An everyday word of the dictionary opening a clause with an object after it: a verb told
    ('Kiss the children for me'), not a name ('Kiss', a surname, is one elsewhere)."""
    word = text[start:end]
    return (
        " " not in word
        and _opens_clause(text, start)
        and lexicon.word_zipf(word) >= IMPERATIVE_MIN_ZIPF
        and lexicon.is_dictionary_word(word.casefold())
        and _OBJECT_AFTER.match(text, end) is not None
    )


# What a named scale, test or method ends with: no local organisation.
_INSTRUMENT_HEADS = frozenset(
    ["scale", "score", "questionnaire", "inventory", "index", "criteria", "checklist", "tool"]
    + ["test", "method", "model", "protocol", "framework", "classification"]
)
_OF_AFTER = re.compile(r"[ \t]+of[ \t]")


def _quantifier_of(text: str, start: int, end: int) -> bool:
    """A stop word before 'of' ('None of', 'Both of', 'Many of'): a quantity."""
    return text[start:end].casefold() in STOP_WORDS and _OF_AFTER.match(text, end) is not None


# Nothing but a list's marks or a bracket since the line's start.
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t>*\-+(]*$")


def _national_phrases(words: list[str]) -> bool:
    """The words are nationality, language and country words and phrases, one after another
    ('Sri Lankan Tamil' = 'Sri Lankan' + 'Tamil')."""
    index = 0
    while index < len(words):
        if index + 1 < len(words) and lexicon.is_national_word(
            f"{words[index]} {words[index + 1]}"
        ):
            index += 2
        elif lexicon.is_national_word(words[index]):
            index += 1
        else:
            return False
    return True


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Aa]n?)[ \t]+$")
ARTICLE_NOUN_MIN_ZIPF = 4.5  # 'Order' (5.4); not 'Hendersons'


def _common_noun_after_article(text: str, start: int, end: int) -> bool:
    """One everyday word, no given name, right after an article: 'the Order', 'an Order'."""
    word = text[start:end]
    return (
        _WORD.fullmatch(word) is not None
        and _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
        and lexicon.word_zipf(word) >= ARTICLE_NOUN_MIN_ZIPF
        and not lexicon.is_given_name(word)
    )


def _plausible(entity: str, span: str, opener: bool = False) -> bool:
    """Drop what the small model tags by mistake: role words, table headings, lower case,
    camel-case product names; a rare dictionary word opening a sentence or a cell
    ('Refresher training', 'Apnoeic, pulseless')."""
    words = _WORD.findall(span)
    if not words or all(_brand_word(w) for w in words):
        return False
    if any(_WELSH_CLITIC.match(w) for w in words):
        return False  # "Mae'r", "i'r", "o'r": Welsh words with the article, never a name
    if all(
        w.casefold() in WELSH_FUNCTION_WORDS
        and not lexicon.is_given_name(w.casefold())
        and not lexicon.is_surname(w.casefold())
        for w in words
    ):
        return False  # "## 16. Crynodeb (summary in Welsh)": a common Welsh word, in any line
    if all(
        w.casefold() in ROLE_WORDS
        or w.casefold() in AGENCY_WORDS
        or lexicon.is_national_word(w)
        or lexicon.is_medicine(w)
        or w.casefold() in lexicon.FAITH_MEMBERS
        for w in words
    ):
        return False
    if len(words) > 1 and _national_phrases(words):
        return False  # "Sri Lankan heritage", "Sri Lankan Tamil"
    if _NOT_A_NAME_TOKEN.search(span):
        return False  # "C3" (a call category), "Anonymised": a code or a verb's form
    month_year = _MONTH_YEAR.fullmatch(span)
    if month_year and any(
        month.startswith(month_year.group(1).casefold()) for month in lexicon.MONTH_NAMES
    ):
        return False  # "Jun 2022": a month (the short form a given name too) and its year
    if all(w.casefold() in RECORD_SHORTHAND for w in words):
        return False  # "ETOH", "MoCA", "Subj:": a record's shorthand
    if all(w.isupper() and _caps_everyday_word(w) for w in words) and (
        len(words) > 1 or len(words[0]) >= CAPS_WORD_MIN_LENGTH
    ):
        return False  # "MALE VOICE SHOUTING IN BACKGROUND": a log line; "CONTINGENCY": a heading
    if all(w.casefold() in lexicon.KIN_WORDS for w in words):
        return False  # 'Aabo shouted and Hooyo cried': father and mother, in Somali
    if all(
        _GREEK_OR_CYRILLIC.match(w)
        and lexicon.greek_or_cyrillic_zipf(w.casefold()) >= OTHER_SCRIPT_WORD_ZIPF
        for w in words
    ):
        return False  # "Якщо ти мене покинеш": 'if', a common word, opening a quotation
    if entity == PERSON:
        if any(w.casefold() in PLATFORMS for w in words) and _everyday_or_platform(words):
            return False  # "Facebook Messenger": an app, not a person
        # "Narcotics Anonymous", "Strategic Housing": every word everyday English and none a
        # known given name or surname is no person's name.
        # ("The Eel and Anchor" is kept by the caller: 'the' before it makes it a named place.)
        if _everyday_words(span, rare_words=opener):
            return False
        return any(w[0].isupper() for w in words)
    # A place: a known UK place, or a word that is not ordinary English.
    if lexicon.is_uk_place(span):
        return True
    if any(lexicon.is_uk_place(w) and not lexicon.is_common_word(w) for w in words):
        return True
    return any(not lexicon.is_common_word(w) for w in words if w[0].isupper())


_RUN_BEFORE = re.compile(r"(?:\b[Tt]he|[A-Z][A-Za-z'’\-]*|and|of|&)\s+$")


def _after_the(text: str, start: int) -> bool:
    """Whether the capitalised words before `start` begin with 'the' ('the Fox and Kettle')."""
    position = start
    for _ in range(6):
        match = _RUN_BEFORE.search(text, max(0, position - 40), position)
        if match is None:
            return False
        if match.group(0).split()[0] in ("the", "The"):
            return True
        position = match.start()
    return False


def _everyday_or_platform(words: list[str]) -> bool:
    """Each word a platform's name or an everyday word that is no given name."""
    return all(
        w.casefold() in PLATFORMS or (lexicon.is_common_word(w) and not lexicon.is_given_name(w))
        for w in words
    )


# Clinical and record shorthand the model takes for a name.
_RECORD_SHORTHAND_TEXT = (
    "subj etoh moca cv obs hx dx rx tx sx pmh nad nkda gcs sats bmi ecg ekg nsr rag med meds"
)
RECORD_SHORTHAND = frozenset(_RECORD_SHORTHAND_TEXT.split())


def _caps_everyday_word(word: str) -> bool:
    """A word in capitals that is a common English word and no given name, nor a surname
    English writes less often than the word ('MALE' is both)."""
    low = word.casefold()
    return (
        lexicon.is_common_word(low)
        and not lexicon.is_given_name(low)
        and (not lexicon.is_surname(low) or lexicon.word_zipf(low) >= CAPS_WORD_NOT_SURNAME_ZIPF)
    )


CAPS_WORD_NOT_SURNAME_ZIPF = 4.5
CAPS_WORD_MIN_LENGTH = 3  # one word in capitals: a heading's or a rating's ('CONTINGENCY', 'RED')


# A token with letters and digits ("C3", "B12"), or a word made with -ise/-ize ("Anonymised",
# "Prioritised"): no part of a person's name.
_MONTH_YEAR = re.compile(r"([^\W\d_]{3,9})\.?[ \t]+(?:19|20)[0-9]{2}")
_NOT_A_NAME_TOKEN = re.compile(
    r"\b(?:[A-Za-z]+[\-/]?[0-9]+|[0-9]+[A-Za-z]+)[A-Za-z0-9]*\b|\b[A-Za-z]{3,}i[sz](?:ed|ing|ation)\b"
)


def _title_case_words(text: str, start: int, end: int) -> bool:
    """Words of a line in title case that are English words, or plurals of them, and no known
    name or place: capitals there mark a heading, not a person ('Helplines', 'Refresher')."""
    line_start, line_end = line_bounds(text, start, end)
    if not _title_case_line(text[line_start:line_end]):
        return False
    return all(
        (
            lexicon.word_zipf(w) >= TITLE_WORD_MIN_ZIPF
            or lexicon.word_zipf(lexicon.singular(w)) >= TITLE_WORD_MIN_ZIPF
        )
        and not lexicon.is_given_name(w)
        and not lexicon.is_surname(w)
        and not lexicon.is_uk_place(w)
        for w in _WORD.findall(text[start:end])
    )


TITLE_WORD_MIN_ZIPF = 2.5  # 'helpline' (2.9), 'refresher'; not 'Kowalczyk'


def _everyday_words(span: str, *, rare_words: bool = False) -> bool:
    """Every word ordinary English (common, or with `rare_words` in the dictionary however rare:
    'Refresher'), none a known given name or surname, none in capitals. A surname that is the
    plural of an everyday word ('Bridges', 'Banks') counts as the word."""
    return all(
        (lexicon.is_common_word(w) or (rare_words and lexicon.is_dictionary_word(w)))
        and not lexicon.is_given_name(w)
        and (not lexicon.is_surname(w) or _plural_of_everyday_word(w))
        and not w.isupper()
        for w in _WORD.findall(span)
        if w.casefold() not in ("and", "of", "the", "&")
    )


def _plural_of_everyday_word(word: str) -> bool:
    low = word.casefold()
    return (
        low.endswith("s")
        and lexicon.word_zipf(low[:-1]) >= PLURAL_BASE_MIN_ZIPF
        and not lexicon.is_given_name(low[:-1])
    )


PLURAL_BASE_MIN_ZIPF = 4.0


# A saint's day is a festival, never a person: "every St David's Day Heather made Welsh cakes"
# (the model runs the day into the name after it: "s Day Angus").
_SAINTS_DAY = re.compile(r"(?<![^\W\d_])St\.?[ \t]+[A-Z][a-z]+['’]s[ \t]+Day(?![^\W\d_])")


def _after_saints_day(text: str, start: int, end: int, saints_days: list[tuple[int, int]]) -> int:
    """Where a span starts once a saint's day in it, and all before it, is left out."""
    for day_start, day_end in saints_days:
        if day_start < end and start < day_end:
            start = day_end
            while start < len(text) and text[start] in " \t":
                start += 1
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding punctuation, a leading 'the' and a trailing possessive from a span (a
    span across table cells or a YAML key is split into pieces by `_name_pieces`)."""
    cut = text.rfind(": ", start, end)
    if cut != -1:
        start = cut + 2  # "independent_chair: Dr A B" in YAML: the value only
    while start < end and not text[start].isalpha():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    lowered = text[start:end].lower()
    if lowered.startswith("the "):
        start += 4
    for suffix in ("'s", "’s"):
        if text[start:end].endswith(suffix):
            end -= 2
    return start, end
