"""The terms a review's glossary defines ("- **Pitha:** rice cakes", "| Dai | elder brother |").

A review explains the words of its families' languages, faiths and medicines in a glossary;
those words are vocabulary, not names, wherever the review uses them. Only a section under a
heading that says it is a glossary counts, and only the term of each entry (a list item's bold
or leading words, a table's first column), never its definition. An entry whose definition says
it is a place or a name ("Cwm-parc: the village where the family lived", "Kuba: her brother's
nickname") is no vocabulary: a glossary is where an author may explain an identifier too.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]{0,3}(?P<marks>#{1,6})[ \t]+(?P<title>[^\n]*)$", re.MULTILINE)
_GLOSSARY_TITLE = re.compile(
    r"glossary|geirfa|terms[ \t]+used|terminology|abbreviations|definitions", re.IGNORECASE
)
# "- **Pitha:** rice cakes", "- **Pabrinex**: an injection", "**Dai** – elder brother",
# "- Shatkora: a citrus fruit"
_LIST_TERM = re.compile(
    r"^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)(?P<bold>[^*_\n]{1,40}?)[:.]?(?:\*\*|__)"
    r"|^[ \t>]*[-*+][ \t]+(?P<plain>[^:\n–—|]{1,40}?)[ \t]*[:–—][ \t]",
    re.MULTILINE,
)
_TABLE_ROW = re.compile(r"^[ \t>]*\|[ \t]*(?P<cell>[^|\n]{1,60}?)[ \t]*\|", re.MULTILINE)
# A definition that names a place or a person, not a word.
_IDENTIFIER_CUE = re.compile(
    r"\b(?:village|town|hamlet|farm|street|road|lane|estate|district|area|suburb|school|surgery|"
    r"pub|caf[eé]|shop|church|chapel|mosque|temple|where|lived|lives|home|house|address|"
    r"nickname|name|named|called|known)\b",
    re.IGNORECASE,
)
_DELIMITER = re.compile(r"^[ \t:*\-]*$")
MAX_TERM_WORDS = 4


def glossary_terms(markdown: str) -> frozenset[str]:
    """Every term defined in the text's glossary sections."""
    terms: set[str] = set()
    headings = list(_HEADING.finditer(markdown))
    for index, heading in enumerate(headings):
        if not _GLOSSARY_TITLE.search(heading.group("title")):
            continue
        level = len(heading.group("marks"))
        end = len(markdown)
        for later in headings[index + 1 :]:
            if len(later.group("marks")) <= level:
                end = later.start()
                break
        section = markdown[heading.end() : end]
        found = [
            m.group("bold") or m.group("plain")
            for m in _LIST_TERM.finditer(section)
            if not _IDENTIFIER_CUE.search(_rest_of_line(section, m.end()))
        ]
        found.extend(
            m.group("cell")
            for m in _TABLE_ROW.finditer(section)
            if not _IDENTIFIER_CUE.search(_rest_of_line(section, m.end()))
        )
        for term in found:
            clean = term.strip(" \t*_:").strip()
            if clean and not _DELIMITER.match(clean) and len(clean.split()) <= MAX_TERM_WORDS:
                terms.add(clean)
    return frozenset(terms)


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : len(text) if end == -1 else end]
