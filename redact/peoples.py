"""Peoples a review names as someone's heritage, not a person: "Ghanaian (Asante) heritage".

A people's name is often a surname too (Asante, Fante), so the surname lists and the model take
it for a person, and mention propagation would then flag it everywhere ("the Asante
association"). The review's own wording decides, not a list of peoples: a capitalised word in
brackets after a nationality and before a heritage ("Nigerian (Igbo) heritage"), or before
"heritage", "descent" or "ancestry" after "of" ("of Asante descent"), or "the X people". The
gate still blocks the word quoted as a name or after a title ('calls him only "Asante"').
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from redact import lexicon

_WORD = r"\p{Lu}\p{Ll}+"
_PEOPLE = regex.compile(
    # (a heritage after the bracket: "Poland (Kacper)" is where a son lives, and his name)
    rf"(?<![\p{{L}}'’\-])(?P<nationality>{_WORD})[ \t]+\((?P<name>{_WORD})\)[ \t]+"
    r"(?i:heritage|descent|ancestry|origin|background|people|community)(?![\p{L}])"
    rf"|(?<![\p{{L}}])(?i:of)[ \t]+(?P<name>{_WORD})[ \t]+(?i:heritage|descent|ancestry)(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?i:the)[ \t]+(?P<name>{_WORD})[ \t]+people(?![\p{{L}}])"
)


def people_names(text: str) -> set[str]:
    """The words `text` shows to be the name of a people (see the module's docstring)."""
    found: set[str] = set()
    for match in _PEOPLE.finditer(text):
        nationality = match.group("nationality")
        if nationality is not None and not lexicon.is_national_word(nationality):
            continue  # "Selam (Tesfay)": a name, then another
        found.add(match.group("name"))
    return found
