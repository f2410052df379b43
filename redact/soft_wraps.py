"""A paragraph's soft line breaks read as the spaces they are.

Authors wrap prose at 80 to 100 columns, and Markdown renders such a break as a space. Rules that
read words in a row with spaces between them ("on the Ravenscliffe estate", "our gudiya,", "at
March Jobcentre") miss the phrase whenever the wrap falls inside it, and rules that read a line's
start take a wrapped line's first word for the start of a message ("sister sang at every
funeral"). The gate's recognizers therefore read a copy of the analysis view in which each soft
wrap inside prose is a space: the same length, so every offset holds, and read once, so it costs
nothing (reading both the lines as written and the joined copy cost a fifth of the gate's speed).

A line break counts as a wrap only where a reader sees one sentence go on: in a paragraph, a
quotation, a list item, a footnote or a comment (never a table, a code block, a heading, YAML or
a new list item or numbered paragraph, whose lines stand on their own), after a line long enough
to have been wrapped and not ending a label (":"), where this line is no speaker's line
("Friend 1: ...", a message of its own), the next one is none either unless this one stops
mid-sentence ("Her / brother said: ..."), and both are in the same language (a bilingual
report's Welsh and English sentences are read apart; a Welsh sentence wrapped goes on).
"""

from __future__ import annotations

import re

from redact.findings import Surface
from redact.markdown_scan import AnalysisView
from redact.name_recognizers import has_welsh_function_words, is_bilingual_heading

# A line this long was wrapped by its author; shorter lines are a record's fields or a poem's.
WRAPPED_LINE_MIN_CHARS = 40
_PROSE = frozenset(
    {
        Surface.PARAGRAPH,
        Surface.BLOCKQUOTE,
        Surface.LIST,
        Surface.FOOTNOTE,
        Surface.HTML_COMMENT,
    }
)
# The next line as written starts a list item or a numbered paragraph: no sentence going on (a
# year or a number of four digits or more goes on one: "born on 3 May / 1990. She").
_NEW_ITEM = re.compile(r"[ \t>]*(?:[-*+]|[0-9]{1,3}[.)]|[0-9]+(?:\.[0-9]+)+\.?)[ \t]")
_SPEAKER = re.compile(r"[^\n:]{1,30}:[ \t]")


def unwrapped(view: AnalysisView) -> str:
    """The view's literal text with every soft wrap in prose made a space (same length)."""
    text = view.literal
    chars: list[str] | None = None
    newline = text.find("\n")
    while newline != -1:
        if _soft_wrap(view, text, newline):
            if chars is None:
                chars = list(text)
            chars[newline] = " "
        newline = text.find("\n", newline + 1)
    return text if chars is None else "".join(chars)


def _soft_wrap(view: AnalysisView, text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].strip()
    if len(line) < WRAPPED_LINE_MIN_CHARS or line.endswith(":"):
        return False
    next_end = text.find("\n", newline + 1)
    following = text[newline + 1 : len(text) if next_end == -1 else next_end]
    next_line = following.lstrip(" \t")
    if not next_line[:1].isalnum():
        return False  # a blank line, a marker left in place, punctuation: not a sentence going on
    if _NEW_ITEM.match(view.original, newline + 1):
        return False
    next_start = newline + 1 + len(following) - len(next_line)
    last = line_start + len(text[line_start:newline].rstrip()) - 1
    return (
        view.surface_at(last) in _PROSE
        and view.surface_at(next_start) in _PROSE
        and _SPEAKER.match(line) is None
        # the next line speaks, unless this one stops mid-sentence ('Her / brother said: "..."')
        and (_SPEAKER.match(next_line) is None or line[-1].isalpha() or line[-1] == ",")
        # a Welsh sentence goes on in Welsh ('aeth hi i / Fangor'); a line in the other language
        # is a bilingual report's other version, and a heading in both stands alone
        and not is_bilingual_heading(line)
        and not is_bilingual_heading(next_line)
        and has_welsh_function_words(line) == has_welsh_function_words(next_line)
    )
