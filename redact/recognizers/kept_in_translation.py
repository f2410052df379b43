"""Names a translation keeps: "ramo ce faci? de ce nu raspunzi" / "(ramo what's up? why aren't
you answering)".

Reports quote messages in the language they were written in, with the interpreter's English on
the next line, in brackets. A translator renders every word but names: a word of the message
that comes back unchanged in its translation, and that is no English word, is a name (a
person's, a nickname, a place's), written as the family wrote it, in lower case as often as not.
Nothing else in the message has to look like a name, which is why these were missed.

Both the word in the message and the same word in the translation are reported. Words of any
language that translations keep for what they are (kin words, endearments, brands, platforms)
are left alone.
"""

from __future__ import annotations

import re

from redact import lexicon
from redact.name_recognizers import PERSON
from redact.recognizers._informal import line_bounds
from redact.recognizers.social_media import PLATFORMS

# A word of English this common would be translated as itself ('ok', 'bus'); a name is rarer.
KEPT_WORD_MAX_ZIPF = 3.0
_WORD = re.compile(r"(?<![\w'’@#./\-])([^\W\d_]{3,})(?![\w'’@\-]|\.\w)")
_WHY = "a word the translation keeps: a name"
# The translation: the next line, in brackets (round or square), as interpreters write it.
_TRANSLATION = re.compile(r"\n[ \t>|]*[(\[](?P<body>[^\n()\[\]]{6,})[)\]][ \t.]*(?=\n|$)")


def names_kept_in_translation(text: str) -> list[tuple[str, int, int, str]]:
    """(entity, start, end, why) for each word a bracketed translation keeps from its line."""
    found: list[tuple[str, int, int, str]] = []
    for translation in _TRANSLATION.finditer(text):
        line_start, _ = line_bounds(text, translation.start(), translation.start())
        original = text[line_start : translation.start()]
        if not original.strip() or _TRANSLATION.fullmatch("\n" + original):
            continue
        # the translation's words, each with where it stands, read once
        in_translation: dict[str, list[tuple[int, int]]] = {}
        for word in _WORD.finditer(text, translation.start("body"), translation.end("body")):
            in_translation.setdefault(word.group(1).casefold(), []).append(word.span(1))
        for word in _WORD.finditer(original):
            low = word.group(1).casefold()
            if low in in_translation and _kept_name(low):
                found.append((PERSON, line_start + word.start(1), line_start + word.end(1), _WHY))
                found.extend((PERSON, start, end, _WHY) for start, end in in_translation[low])
    return found


def _kept_name(low: str) -> bool:
    return (
        lexicon.word_zipf(low) < KEPT_WORD_MAX_ZIPF
        and low not in lexicon.KIN_WORDS
        and low not in PLATFORMS
        and not lexicon.is_national_word(low)
        and not lexicon.is_national_brand(low)
    )
