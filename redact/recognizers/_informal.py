"""Text written the way people text: where a lower-case word may still be a name.

Reports quote text messages, social-media posts and notes ("tell alfie his dad loves him. you
cant hide him from me hope"). There names are written in lower case, so the case rules that keep
ordinary prose quiet ("will", "hope", "summer" are words there) would miss them. This module
finds the window a position sits in (the quotation around it, or a chat line) and says whether
that window reads as informal writing. It works on the raw text alone, so recognizers (which
see no Markdown surfaces) and mention propagation use the same test.
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\W\d_][\w'’]*")
_QUOTE_MARK = re.compile('["“”]')
# Words of texting style: a lower-case "i", "u", dropped apostrophes, kisses.
_TEXTING_TEXT = """
    i u ur im ive id dont cant wont didnt isnt doesnt aint pls plz x xx xxx lol omg ok k ya yeah
    ye gonna wanna cos coz tho thx luv babe hun
"""
_TEXTING = frozenset(_TEXTING_TEXT.split())
# "[22:14] tomek: ..." or "kyle: ..." or "**ada:** ..." (syntax may already be blanked).
SPEAKER_LINE = re.compile(
    r"^[ \t>*_\-]*(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]*)?[*_ ]*"
    r"(?P<name>[^\W\d_][\w'’\-]{1,20})[*_ ]*:[*_ ]*[ \t]+(?=\S)",
    re.MULTILINE,
)
# An e-mail or message header: "from: hodan", "to: sagal".
HEADER_LINE = re.compile(
    r"^[ \t>*_\-]*(?:from|to|cc|sender|recipient)[ \t]*:[ \t]*(?P<name>[^\W\d_][\w'’\-]{1,20})"
    r"[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


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


def is_informal(window: str) -> bool:
    """Three or more words, starting in lower case, in texting style or almost all lower case."""
    words = _WORDS.findall(window)
    if len(words) < 3 or not words[0][0].islower():
        return False
    lowered = [w.casefold().replace("'", "").replace("’", "") for w in words]
    if any(w in _TEXTING for w in lowered):
        return True
    if SPEAKER_LINE.match(window) or re.search(r"[.!?] +[a-z]", window):
        return True
    lower = sum(1 for w in words if w[0].islower())
    return len(words) >= 4 and lower / len(words) >= 0.9


def informal_at(text: str, start: int, end: int, *, whole_line: bool) -> bool:
    """Whether [start, end) sits in informal writing: inside a quotation that is, a chat line's
    lower-case speaker label or message, or (when `whole_line`, e.g. in a block quote, table or
    code) on a line that is."""
    quoted = quote_around(text, start, end)
    if quoted is not None:
        return is_informal(text[quoted[0] : quoted[1]])
    line_start, line_end = line_bounds(text, start, end)
    line = text[line_start:line_end]
    for pattern in (SPEAKER_LINE, HEADER_LINE):
        label = pattern.match(line)
        if label is None:
            continue
        name_start = line_start + label.start("name")
        if name_start <= start and end <= line_start + label.end("name"):
            return label.group("name")[0].islower()
        message = line[label.end() :]
        if pattern is SPEAKER_LINE and message[:1].islower() and is_informal("a " + message):
            return True
    return whole_line and is_informal(line.strip(" \t>*_|-"))
