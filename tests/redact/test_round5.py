"""Round five (issue 4): shapes the fourth held-out corpus showed the gate missing or
over-flagging, as categories, on invented rows through the real gate. Every person, reference
and handle here is invented; the towns are real but appear only as bare place names.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact import lexicon
from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate, row_policy

POLICY = row_policy()


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a month's name after 'moved to' is the town, when no year follows it
        ("After a year in shared housing she moved to March in 2016 for work.", "March"),
        # a town after 'above', 'beyond', 'behind'
        ("She grew up on a hill farm above Presteigne and rode to school.", "Presteigne"),
        # a UK town English hardly uses, in a heading, with no preposition
        ("## Part 3 - Bromyard: after the move\n", "Bromyard"),
        ("## Part 3 - Sedgefield: after the move\n", "Sedgefield"),
        # a nickname after 'call me' / 'calls him', in lower case
        ("simran: dont call me bexxa on here he reads it\n", "bexxa"),
        ("In the messages Ruth calls him dewi, the name the village used.", "dewi"),
        # the names a phone's contacts were saved under
        ("In her phone the friends were saved as kemi, Fernley and zuzu.", "kemi"),
        ("In her phone the friends were saved as kemi, Fernley and zuzu.", "zuzu"),
        # the defendant of a case citation, in the link text and in its URL
        (
            "[R v Pellow, sentencing remarks](https://www.example.org/judgments/r-v-pellow-2024)",
            "R v Pellow",
        ),
        ("[remarks](https://www.example.org/judgments/r-v-pellow-2024)", "pellow"),
        # a given name and a surname run together in a web address
        (
            "[an appeal page](https://www.example.org/fundraising/halina-wojtczak)",
            "halina-wojtczak",
        ),
        # a reference after a few words and a colon; a Crown Court case number
        ("Court reference for the hospital order: T20217711.", "T20217711"),
        # a Welsh date of birth
        ("Dyddiad geni: 9 Tachwedd 1968. Mae'r adroddiad llawn yn Saesneg.", "9 Tachwedd 1968"),
        # a real name in a Welsh sentence is still a name
        ("Mae Eluned yn flin iawn ac mae hi wedi mynd.", "Eluned"),
    ],
)
def test_round_five_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target)


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        # a family word at the end of a heading, a capital word opening the next paragraph
        ("### Abuse of a parent by an adult child\n\nEvery agency knew he was volatile.\n", ()),
        # a bilingual Welsh title and a Welsh sentence
        ("# Adolygiad Dynladdiad Domestig / Domestic Homicide Review: Ffion\n", ("Ffion",)),
        (
            'title: "Adolygiad o Farwolaeth yn Gysylltiedig â Cham-drin Domestig: Ffion"\n',
            ("Ffion",),
        ),
        ('> "Mae e\'n dal i fynd. Every time I think it is finished he finds a way."\n', ()),
        # what a child calls a parent, in another language
        ('She told a teacher that "Baba is watching us" and cried.', ()),
        # months after place verbs that say when, not where
        ("She moved in March and again in May 2019.", ()),
        # insults and ordinary words after 'call'
        ("He would call her stupid and call her names in front of the children.", ()),
        # web addresses with ordinary words in the path
        ("See https://www.gov.uk/government/publications/domestic-homicide-review-guidance", ()),
    ],
)
def test_round_five_clean_forms_do_not_block(
    gate: Gate, text: str, allowed: tuple[str, ...]
) -> None:
    report = gate.check_text(text, "t.md", allowed=allowed)
    assert [(f.text, f.recognizer) for f in report.blocking] == []


@pytest.mark.parametrize(
    ("word", "national"),
    [
        ("Welsh", True),  # an ISO 639-1 language
        ("Sylheti", True),  # a smaller language whose name is no given name
        ("Cantonese", True),  # the usual English name ISO spells otherwise
        ("Dai", False),  # an ISO 639-3 language whose name is a given name
        ("Laura", False),  # the same
    ],
)
def test_only_languages_that_are_no_given_names_are_national_words(
    word: str, national: bool
) -> None:
    assert lexicon.is_national_word(word) is national
