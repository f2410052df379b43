"""A name-list word capitalised alone in mid-sentence (issue 4, fourth session): the one rule
that needs no words around a name that is also an everyday word. Invented rows through the real
gate; every person and place named here is invented or a real place name used as a leak."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from redact.lone_capitals import lone_capitals
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin", "Hope")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a surname that is also a place, where the family lived
        ("She grew up in Walker and she never let anyone forget it.", "Walker"),
        # a given name that is an everyday word, between commas
        ("She met two of her sisters, including Mercy, at the café on Thursdays.", "Mercy"),
        # a small town that is an everyday word, after a preposition
        ("She would go to their mother's in Stone after the baby's jabs.", "Stone"),
        # a wrapped paragraph: the name opens the next line
        ("The farm lies at the head of the valley above\nDent, four miles up the road.", "Dent"),
        # no English word at all, and in no name list
        ("The family asked that the name Prydderch never be used.", "Prydderch"),
        # in a quotation's middle, and in a blockquote
        ("> She said her cousin from Settle would come and get her.", "Settle"),
    ],
)
def test_lone_capitals_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a sentence's start, a quotation's start, a heading, a list item, a table cell
        'The review met twice. Mercy was not discussed. She wrote "Dear sir" at the top.',
        "## Stone and the valley\n\n- Walker\n\n| Date | Progress |\n|---|---|\n| 2021 | Done |",
        # a label or speaker before a colon
        "```text\nCousin: come round\nSis: ok\n```",
        # part of a longer name, after a determiner, before a number or a capital
        "She drove a grey Vauxhall Astra to the Branch office. See Section 47 and Town A.",
        # months, weekdays, festivals, countries, continents, counties, cities abroad, languages
        "She came from Jamaica in March, and on Sunday before Easter moved from Essex.",
        "Her sister lives in Manila; she worked in Milan; she spoke Sylheti, as in Africa.",
        # an eponym, a platform, a very common word, a declared pseudonym
        "She had Parkinson's disease and used Messenger every day; in Key areas Hope said no.",
    ],
)
def test_lone_capitals_leave_public_words(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She grew up in Walker and", [("PERSON", "Walker")]),  # a surname too
        ("a friend in Settle, a town", [("LOCATION", "Settle")]),  # a place only
        ("She went home. Walker was", []),
    ],
)
def test_lone_capitals_entity(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(entity, text[s:e]) for entity, s, e, _ in lone_capitals(text)] == expected
