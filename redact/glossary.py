"""The terms a review's glossary defines ("- **Pitha:** rice cakes", "| Dai | elder brother |").

A review explains the words of its families' languages, faiths and medicines in a glossary;
those words are vocabulary, not names, wherever the review uses them. A section under a heading
that says it is a glossary counts, and so does a line of two or more emphasised terms each with
its meaning ("**Izzat**: honour. **Seva**: selfless service."); only the term of each entry (a
list item's bold or leading words, a table's first column), never its definition. An entry whose definition says
it is a place or a name ("Cwm-parc: the village where the family lived", "Kuba: her brother's
nickname") is no vocabulary: a glossary is where an author may explain an identifier too. A
definition that is one kind word ("Capel: Chapel", "Kirk: a church") translates a word.
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
# An inline glossary: a paragraph or a bracket with two or more emphasised terms, each with its
# meaning after a colon ("**Izzat**: honour (Punjabi). **Seva**: selfless service.", "(*Ndakaneta*:
# I am tired. *Mwari ndibatsirei*: God, help me.)"). The meaning runs to the next term or the
# paragraph's end.
_INLINE_TERM = re.compile(
    # the term in its emphasis, the colon inside or after it
    r"(?<![*_\w])(?P<mark>\*\*|__|\*|_)(?P<term>[^*_\n]{1,40}?)(?P=mark)?[ \t]*:[ \t]*"
    r"(?:(?P=mark)[ \t]*)?"
    # the meaning, up to the next emphasised term and its colon, or the line's end
    r"(?P<meaning>[^*_\n]{1,120}?)"
    r"(?=[ \t]*(?:\*\*|__|\*|_)[^*_\n]{1,40}?(?:\*\*|__|\*|_)?[ \t]*:|[ \t]*\)?[ \t]*$)",
    re.MULTILINE,
)
# ... whose meaning describes a person ("**Marek**: Ania's husband"), not a word.
_PERSON_CUE = re.compile(
    r"\b(?:victim|perpetrator|aged|sister|brother|mother|father|husband|wife|partner|son|"
    r"daughter|friend|neighbour|cousin|aunt|uncle|niece|nephew|grand\w+|boyfriend|girlfriend)\b"
    r"|\w['’]s\b|\d",
    re.IGNORECASE,
)
INLINE_GLOSSARY_MIN_TERMS = 2
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
            if not _names_a_place_or_person(_rest_of_line(section, m.end()))
        ]
        found.extend(
            m.group("cell")
            for m in _TABLE_ROW.finditer(section)
            if not _names_a_place_or_person(_rest_of_line(section, m.end()))
        )
        for term in found:
            clean = term.strip(" \t*_:").strip()
            if clean and not _DELIMITER.match(clean) and len(clean.split()) <= MAX_TERM_WORDS:
                terms.add(clean)
    return frozenset(terms | inline_glossary_terms(markdown))


def inline_glossary_terms(markdown: str) -> frozenset[str]:
    """The terms of inline glossaries (see `_INLINE_TERM`): two or more on one line."""
    terms: set[str] = set()
    for line in markdown.splitlines():
        entries = list(_INLINE_TERM.finditer(line))
        if len(entries) < INLINE_GLOSSARY_MIN_TERMS:
            continue
        for entry in entries:
            term = entry.group("term").strip(" \t:.")
            meaning = entry.group("meaning")
            if (
                term
                and len(term.split()) <= MAX_TERM_WORDS
                and not _names_a_place_or_person(meaning)
                and not _PERSON_CUE.search(meaning)
            ):
                terms.add(term)
    return frozenset(terms)


# A definition that is only a kind word's translation ("| Capel | Chapel |", "Kirk: a church"):
# the term is that word in another language, not a place's name.
_KIND_WORD_ONLY = re.compile(r"[\s|:*_\-–—]*(?:(?:a|an|the)\s+)?[A-Za-z]+[\s|.*_]*", re.IGNORECASE)


def _names_a_place_or_person(definition: str) -> bool:
    """A glossary entry's definition names a place or a person (`_IDENTIFIER_CUE`), unless it is
    one word's translation."""
    return bool(_IDENTIFIER_CUE.search(definition)) and not _KIND_WORD_ONLY.fullmatch(definition)


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : len(text) if end == -1 else end]
