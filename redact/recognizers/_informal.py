"""Text written the way people text: where a lower-case word may still be a name.

Reports quote text messages, social-media posts and notes ("tell alfie his dad loves him. you
cant hide him from me hope"). There names are written in lower case, so the case rules that keep
ordinary prose quiet ("will", "hope", "summer" are words there) would miss them. This module
finds the window a position sits in (the quotation around it, or a chat line) and says whether
that window reads as informal writing. It works on the raw text alone, so recognizers (which
see no Markdown surfaces) and mention propagation use the same test.

Two strengths of evidence. `is_informal` is the strict test (the window starts in lower case).
`reads_as_texting` also accepts a window that starts with a capital when it shows texting style
in words of two letters or more ("U think ur safe", "Dont tell his mum", "Sorry I'm late. radka
can keep the shop"); it is used where the window is already a message (after a chat speaker
label, after a chat export's time stamp, inside a quotation). A bare line counts with a capital
only for a texting word written in lower case ("ur", "dont"); single letters never count there,
so "Child X" or "(i)" in prose does not make a line informal. `texting_at` is stronger still
(used for words no dictionary knows): a lower-case window must also show texting style.
"""

from __future__ import annotations

import re

from redact import lexicon
from redact.recognizers._dates import MONTH_NAME

# Mandarin written in pinyin without its tone marks: one to three syllables a word; j, q and x
# only before i or u, and only some finals with no initial ('an', 'er'; not 'u' alone).
_PINYIN_SYLLABLE = (
    r"(?:[jqx](?:iang|iong|ian|iao|ing|ie|in|iu|ia|i|uan|ue|un|u)"
    r"|(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|"
    r"ua|uo|ui|üe|er|a|o|e|i|u|ü)"
    r"|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)"
)
PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,3}}")
PINYIN_SYLLABLE = re.compile(_PINYIN_SYLLABLE)

_WORDS = re.compile(r"[^\W\d_][\w'’]*")
_QUOTE_MARK = re.compile('["“”„«»]')  # Polish and German open with „, French with «
_ENUMERATOR = re.compile(
    r"^[ \t>*_|\-]*(?:\((?:[ivx]{1,4}|[a-z])\)|(?:[ivx]{1,4}|[a-z])[.)])[ \t]+"
)
_TEXTING_WORD = re.compile(r"(?<![\w'’])[a-z]+(?![\w'’])")
# Words of texting style: a lower-case "i", "u", dropped apostrophes, kisses.
_TEXTING_TEXT = """
    i u ur im ive id dont cant wont didnt isnt doesnt aint pls plz x xx xxx lol omg ok k ya yeah
    ye gonna wanna cos coz tho thx luv babe hun
"""
_TEXTING = frozenset(_TEXTING_TEXT.split())
# Texting words that are never ordinary prose, even written with a capital ("Dont", "Ur"):
# the relaxed test counts only these (not "i", "u", "x", nor "id", "wont", "ye", "cos", "hun").
_PLAIN_TEXTING_TEXT = """
    ur urs im ive dont cant didnt isnt doesnt wasnt werent havent hasnt wouldnt couldnt shouldnt
    aint youre theyre thats whats hes shes pls plz lol lmao omg gonna wanna gotta dunno coz cuz
    tho thx luv innit tmrw tbh idk wat wot yh yeh ppl
"""
PLAIN_TEXTING = frozenset(_PLAIN_TEXTING_TEXT.split())
# Abbreviations after which a lower-case word is no new sentence ("approx. two", "etc. and").
_ABBREVIATIONS_TEXT = (
    "etc approx para paras vs cf incl esp viz ref refs fig vol no nos pp ch sec st mr mrs ms dr"
)
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_SENTENCE_BREAK = re.compile(r"(?P<before>[^\W\d_]+)[.!?]+[ \t]+(?P<after>[a-z]{2,})\b")
# A chat export's time stamp, with an optional day and date before it: "[22:14]",
# "Mon 06/03 23:12", "[06/03/2023, 23:12:05]", "06/03/2023, 23:12 -", "9:05 pm". A bare "4.12"
# is a paragraph number, not a time: a dotted time needs brackets, a date or a day.
_DAY = r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+"
# Numeric dates, and dates with a month's name as exports write them ("12 Mar 2023 07:12",
# "Mar 2023 07:12", "Mar 12, 2023 07:12").
_DATE = (
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}-\d{1,2}-\d{2,4}"
    rf"|\d{{1,2}}[ \t]+{MONTH_NAME}\.?(?:[ \t]+\d{{4}})?|{MONTH_NAME}\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?"
    rf"|{MONTH_NAME}\.?[ \t]+\d{{4}}),?[ \t]+"
)
_AM_PM = r"(?:[ \t]*(?i:[ap]\.?m\b\.?))?"
_TIME_ANY = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?" + _AM_PM
_TIME_COLON = r"\d{1,2}:\d{2}(?::\d{2})?" + _AM_PM
_STAMP = (
    rf"(?:(?:\[(?:{_DAY})?(?:{_DATE})?{_TIME_ANY}(?:,[ \t]*\d{{1,2}}:\d{{2}})?\]|(?:{_DAY})?{_DATE}{_TIME_ANY}|{_DAY}{_TIME_ANY}"
    rf"|{_TIME_COLON})(?:[ \t]*[-–—](?=[ \t]))?[ \t]*)"
)
CHAT_STAMP = _STAMP  # for rules of other modules that read chat lines
STAMP_PREFIX = re.compile(r"^[ \t>*_|\-]*" + _STAMP + r"(?=\S)")
# "[22:14] tomek: ..." or "kyle: ..." or "**ada:** ..." or "[Gethin] ..." or "ross d: ..." (a
# name and an initial) or "**Bonnie Fraser**: ..." (syntax may already be blanked).
_NUMBERED_KIN = (
    "sister|brother|daughter|son|mother|father|friend|cousin|aunt|uncle|niece|nephew|"
    "neighbour|colleague|partner|relative"
)
SPEAKER_LINE = re.compile(
    r"^[ \t>*_\-~]*" + _STAMP + r"?[*_ ]*(?P<open>\[)?"
    # (a kin word with a review's number after it: "[Sister 1, 21:41]", "[Sister 4]")
    rf"(?P<kin>(?=(?i:{_NUMBERED_KIN})[ \t]\d{{1,2}}(?!\d)))?"
    r"(?P<name>[^\W\d_][\w'’\-]{0,20})(?P<initial>[ \t][^\W\d_]\.?)?"
    # a commenter's full name in bold, as exports of comments print it: "**Bonnie Fraser**:"
    # (bold's stars are blanked to spaces in the analysis view)
    r"(?:[ \t](?:Mc|Mac|O['’])?[A-Z][\w'’\-]{1,20}(?=[ \t]{2,}:|\*\*:|__:))?"
    # ... its number, then the message's time: "**Sister 2, 22:32:**"
    rf"(?(kin)[ \t]\d{{1,2}}(?:,[ \t]*{_TIME_ANY})?)"
    # ... or a word on where or who they are in brackets: "Brother (abroad):"
    r"(?:[ \t]\([a-z][a-z ]{1,20}\))?"
    # "Cherry 🍒:  u ok hun?": an emoji may stand between the name and the colon
    r"(?:[ \t]*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+)?"
    r"(?(open)\]|[*_ ]*:)[*_ ]*[ \t]+(?=\S)",
    re.MULTILINE,
)
# A speaker named with a kin or faith title: "[21:05] Auntie Bev: ...", "Anti Gwenllian: ...",
# "ate joy: ..." (Welsh 'anti' and Tagalog 'ate' only here: in prose they are 'anti-social' and
# the past of 'eat').
_SPEAKER_KIN_TITLES = "|".join(
    sorted(
        lexicon.KIN_TITLES
        | lexicon.FAITH_AND_FAMILY_TITLES
        | {"anti", "yncl", "modryb", "ewythr", "ate", "kuya", "tita", "tito", "lola", "lolo"}
        | {"papa", "mama", "baba", "mum", "dad"},
        key=len,
        reverse=True,
    )
)
KIN_SPEAKER_LINE = re.compile(
    r"^[ \t>*_\-]*" + _STAMP + rf"?[*_ ]*(?i:{_SPEAKER_KIN_TITLES})[ \t]+"
    r"(?P<name>[^\W\d_][\w'’\-]{1,20})[*_ ]*:[*_ ]*[ \t]+(?=\S)",
    re.MULTILINE,
)
# An e-mail or message header: "from: hodan", "to: sagal".
HEADER_LINE = re.compile(
    r"^[ \t>*_\-]*(?:from|to|cc|sender|recipient)[ \t]*:[ \t]*(?P<name>[^\W\d_][\w'’\-]{1,20})"
    r"[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# Labels of records and forms, not speakers: their text is no chat message.
_RECORD_LABELS_TEXT = """
    note notes re subject date time to from cc bcc sent received addr address dob name ref tel
    mob mobile phone email markers status action outcome source type risk summary comment
    comments answer question q a reply update http https www
    one two three four five six seven eight nine ten eleven twelve part section chapter
"""
RECORD_LABELS = frozenset(_RECORD_LABELS_TEXT.split())
_CHAT_RUN = 40  # speaker lines looked at around a message, each way
# A sender of a few words after a time stamp (the message follows the colon).
_LOOSE_LABEL = re.compile(r"[*_ ]*[^\W\d_][\w'’ ()\-]{0,30}?[*_ ]*:[*_ ]*[ \t]+(?=\S)")


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines around [start, end) up to a blank line (a quotation may wrap)."""
    before = [text.rfind("\n\n", 0, start), text.rfind("\n \n", 0, start)]
    after = [i for i in (text.find("\n\n", end), text.find("\n \n", end)) if i != -1]
    return max(before) + 1, min(after) if after else len(text)


def quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation (in the same paragraph) that holds [start, end), without its marks."""
    first, last = paragraph_bounds(text, start, end)
    if last - first > 5000:
        first, last = line_bounds(text, start, end)
    marks = [m.start() for m in _QUOTE_MARK.finditer(text, first, last)]
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening < start and end <= closing:
            return opening + 1, closing
    return None


def stamp_length(line: str) -> int:
    """How many characters of `line` are a chat export's time stamp (0 when none)."""
    match = STAMP_PREFIX.match(line)
    return 0 if match is None else match.end()


def is_informal(window: str) -> bool:
    """Three or more words, starting in lower case, in texting style or almost all lower case
    (a list's numbering, "(i)", "a.", is not where the window starts)."""
    words = _WORDS.findall(_ENUMERATOR.sub("", window, count=1))
    if len(words) < 3 or not words[0][0].islower():
        return False
    lowered = [w.casefold().replace("'", "").replace("’", "") for w in words]
    if any(w in _TEXTING for w in lowered):
        return True
    if SPEAKER_LINE.match(window) or re.search(r"[.!?] +[a-z]", window):
        return True
    lower = sum(1 for w in words if w[0].islower())
    return len(words) >= 4 and lower / len(words) >= 0.9


def lower_sentence_start(window: str) -> bool:
    """A sentence that starts in lower case ("I'm going. jas can keep it"), not after an
    abbreviation ("approx. two", "e.g. the")."""
    for match in _SENTENCE_BREAK.finditer(window):
        before = match.group("before")
        if len(before) < 2 or before.casefold() in ABBREVIATIONS:
            continue
        if match.start() > 0 and window[match.start() - 1] == ".":
            continue
        return True
    return False


def reads_as_texting(window: str) -> bool:
    """The strict test, or three or more words with a texting word of two letters or more
    (any case) or a sentence starting in lower case."""
    if is_informal(window):
        return True
    words = _WORDS.findall(window)
    if len(words) < 3:
        return False
    if any(w.casefold() in PLAIN_TEXTING for w in words):
        return True
    return lower_sentence_start(window)


TEXTING_LINE_MAX_WORDS = 40  # a message; a longer line is a paragraph ('... doro wat and injera')


def _texting_word_as_written(window: str) -> bool:
    """Three or more words, one a texting word of two letters or more written in lower case
    ("U think ur safe"): a line of prose never has one, whatever its capitals, unless it is a
    paragraph long, where a word of another language may be spelt so ('doro wat', a stew)."""
    words = _WORDS.findall(window)
    return 3 <= len(words) <= TEXTING_LINE_MAX_WORDS and any(w in PLAIN_TEXTING for w in words)


def texting_evidence(window: str) -> bool:
    """Stronger than `is_informal` (which a wrapped line of prose can pass): a texting word as
    written (a lone "i", "u" or "x" not numbering a list, "(i)"), or a sentence in lower case."""
    for match in _TEXTING_WORD.finditer(window):
        word = match.group(0)
        if word in PLAIN_TEXTING or (word in _TEXTING and len(word) > 1):
            return True
        if word in _TEXTING:
            around = window[max(match.start() - 1, 0) : match.end() + 1]
            if not re.search(r"[().]", around):
                return True
    return lower_sentence_start(window)


def message_span(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The message that holds [start, end): the quotation around it, or the line (after a
    chat speaker label or time stamp); and whether the line is a chat line (a speaker label
    that is no record label ("Note:"), or a time stamp)."""
    quoted = quote_around(text, start, end)
    if quoted is not None:
        return quoted[0], quoted[1], False
    line_start, line_end = line_bounds(text, start, end)
    line = text[line_start:line_end]
    label = SPEAKER_LINE.match(line)
    if label is not None and line_start + label.end() <= start:
        chat = label.group("name").casefold() not in RECORD_LABELS
        return line_start + label.end(), line_end, chat
    stamp = stamp_length(line)
    if stamp and line_start + stamp <= start:
        loose = _LOOSE_LABEL.match(line, stamp)
        if loose is not None and line_start + loose.end() <= start:
            stamp = loose.end()
        return line_start + stamp, line_end, True
    indent = len(line) - len(line.lstrip(" \t"))
    if indent >= 2 and _under_sender(text, line_start):
        return line_start + indent, line_end, True
    return line_start, line_end, False


# A message export's sender line, its message indented below it: "from: @andri_c_27" /
# "  shan answer me".
_SENDER_LINE = re.compile(r"[ \t>*_\-]*(?:from|sender)[ \t]*:[ \t]*\S[^\n]*", re.IGNORECASE)
SENDER_MAX_LINES = 12


def _under_sender(text: str, line_start: int) -> bool:
    """The indented line at `line_start` is a message under a sender line (`_SENDER_LINE`), with
    only indented lines between."""
    end = line_start - 1
    for _ in range(SENDER_MAX_LINES):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _SENDER_LINE.fullmatch(line):
            return True
        if not line.startswith((" ", "\t")) or not line.strip():
            return False
        end = start - 1
    return False


# A table's bar, which the analysis view blanks: three spaces or more, or the bar itself ("| 21:40
# | Luana | vou sair com a josi | I'm going out with josi |").
TABLE_GAP = re.compile(r"[ \t]{3,}|\|")


def cell_bounds(text: str, first: int, last: int, start: int, end: int) -> tuple[int, int]:
    """The table cell within [first, last) that holds [start, end): from the gap before it to the
    gap after it (`TABLE_GAP`), or [first, last) itself where there is none."""
    gaps = list(TABLE_GAP.finditer(text, first, last))
    cell_start = max([gap.end() for gap in gaps if gap.end() <= start], default=first)
    cell_end = min([gap.start() for gap in gaps if gap.start() >= end], default=last)
    return cell_start, cell_end


def message_cell(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of the message (`message_span`) that holds [start, end): on a time-stamped row, its
    table cell, so that a message and its translation in the next cell are read apart. (Elsewhere
    the same gap may be where the view joined a quotation's wrapped lines.)"""
    first, last, _chat = message_span(text, start, end)
    line_start, line_end = line_bounds(text, start, end)
    if not stamp_length(text[line_start:line_end]):
        return first, last
    return cell_bounds(text, first, last, start, end)


def texting_at(text: str, start: int, end: int) -> bool:
    """The message holding [start, end) shows texting style (`texting_evidence`), or sits on a
    chat line whose speaker label is in lower case or next to a message that shows it."""
    first, last, _chat = message_span(text, start, end)
    if texting_evidence(text[first:last]):
        return True
    line_start, line_end = line_bounds(text, start, end)
    label = SPEAKER_LINE.match(text[line_start:line_end])
    if label is None or label.group("name").casefold() in RECORD_LABELS:
        return False
    if label.group("name")[0].islower():
        return True
    return any(texting_evidence(m) for m in _chat_run(text, line_start))


def _chat_run(text: str, line_start: int) -> list[str]:
    """The messages of the speaker lines next to the line at `line_start` (itself included)."""
    messages: list[str] = []
    for step in (-1, 1):
        position = line_start
        for _ in range(_CHAT_RUN):
            if step < 0:
                if position == 0:
                    break
                begin = text.rfind("\n", 0, position - 1) + 1
                end = position - 1
            else:
                end = text.find("\n", position)
                end = len(text) if end == -1 else end
                begin = position
            label = SPEAKER_LINE.match(text, begin, end) if begin < end else None
            if label is None or label.group("name").casefold() in RECORD_LABELS:
                break
            if begin != line_start or step > 0:
                messages.append(text[label.end() : end])
            position = begin if step < 0 else end + 1
            if position > len(text):
                break
    return messages


def informal_at(text: str, start: int, end: int, *, whole_line: bool) -> bool:
    """Whether [start, end) sits in informal writing: inside a quotation that is, a chat line's
    lower-case speaker label or message (a message in texting style, or one of a chat where a
    message is), a chat export's line after its time stamp, or (when `whole_line`, e.g. in a
    block quote, table or code) on a line that is."""
    quoted = quote_around(text, start, end)
    if quoted is not None:
        return reads_as_texting(text[quoted[0] : quoted[1]])
    line_start, line_end = line_bounds(text, start, end)
    line = text[line_start:line_end]
    for pattern in (SPEAKER_LINE, HEADER_LINE):
        label = pattern.match(line)
        if label is None:
            continue
        name_start = line_start + label.start("name")
        if name_start <= start and end <= line_start + label.end("name"):
            return label.group("name")[0].islower()
        if pattern is not SPEAKER_LINE:
            continue
        message = line[label.end() :]
        if message[:1].islower() and is_informal("a " + message):
            return True
        if label.group("name").casefold() not in RECORD_LABELS and (
            reads_as_texting(message)
            or any(reads_as_texting(m) for m in _chat_run(text, line_start))
        ):
            return True
    stamp = stamp_length(line)
    if stamp and line_start + stamp <= start:
        message = line[stamp:]
        label = _LOOSE_LABEL.match(message)  # "Unknown number: ...", "Kasia's mum: ..."
        if label is not None and line_start + stamp + label.end() <= start:
            message = message[label.end() :]
        # ... or a table's row: the sender's cell, then the message's, then its translation's
        return reads_as_texting(message) or any(
            reads_as_texting(cell.strip()) for cell in TABLE_GAP.split(message)
        )
    if not whole_line:
        return False
    bare = line.strip(" \t>*_|-")
    return is_informal(bare) or _texting_word_as_written(bare)
