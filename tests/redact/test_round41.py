"""Round forty-one (issue 4, eleventh session): shapes that name someone in any report, read from
the misses of sets 110-117 and the clean reports of sets 114-121 (each measured blind first): a
faith title before a name, in English or Welsh ('Parch.', 'Canon', 'Rabbi'); a health care
assistant's initials in a note; a client ID and a reference with a one-letter part; a town where
a family married or was buried; a Welsh place named 'Sarn X'; a name called at the start of a
quoted message in any letters; a police rank's initials in brackets; a surname before marriage;
dates of birth in other languages' month names or in Roman numerals. And words of the family's
own language in a quoted message, which name no one, nor a title that is a noun ('Father
Christmas') or ends a sentence, nor a kin title or a section's letter before a declared
pseudonym ('Auntie Joy', '### B. Lily'), nor the English half of a bilingual heading, common
Welsh words or a transcript's interpreter ('INT')."""

from __future__ import annotations

import pytest

from redact import lexicon
from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a faith title, in English or Welsh, before a name
        ("The funeral was led by Parch. Emrys Llywelyn at the chapel.", "Emrys Llywelyn"),
        ("Canon Pritchard visited her twice that winter.", "Pritchard"),
        ("The family were supported by Rabbi Feldman.", "Feldman"),
        ("Her mother called Father Tadhg that night.", "Tadhg"),
        # a health care assistant's initials in a practice's note
        ("```text\n--/11/2020  New patient check, HCA LW\n```", "LW"),
        # a client ID in a table; a reference whose middle part is one letter
        ("| Field | Value |\n|---|---|\n| Client ID | 4471A |", "4471A"),
        ("Her file NDAS/C/20914 was closed in March.", "NDAS/C/20914"),
        # where a family married or held a wedding
        ("Her grandmother had been married in Tuam.", "Tuam"),
        ("They met at a family wedding in Utena in 2019.", "Utena"),
        # a Welsh place named with 'Sarn' (a causeway)
        ("> **Newyddion Capel Seion, Sarn Mellteyrn**", "Sarn Mellteyrn"),
        # a nickname that is a word in another language, in an English message
        ("```text\n[19:02] K: tell zubi i said hi lol\n```", "zubi"),
        # a name called at the start of a quoted message, in any letters, with no speaker label
        ("> **Mihai:** anuța, puiule, unde ești? (where are you?)", "anuța"),
        ("Her sister's message:\n\n> gracinha, estás bem? liga-me quando puderes", "gracinha"),
        # a police rank and the officer's initials in brackets; a surname before marriage
        ("Present: Chair (DI, Public Protection); Police DS (JK); IDVA 2;", "JK"),
        ("Aged 64, a retired school secretary (née Gwenallt).", "Gwenallt"),
        # dates of birth as papers from abroad write them
        ("He lived there (d.o.b. 22.VII.1975) with her.", "22.VII.1975"),
        ('Her date of birth is given as "nascida em 9 de maio de 1995".', "9 de maio de 1995"),
        ("Data urodzenia: 14 lutego 1988.", "14 lutego 1988"),
    ],
)
def test_round_forty_one_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # words of the family's own language in a quoted message
        "```text\n[08:10] V: saudade da minha mãe\n```",
        "```text\n[08:11] V: il a pris ma paie encore\n```",
        "```text\n[08:12] V: zice ca daca plec ma suna la politie\n```",
        # a noun title before a common word; a building, not a town, after 'married in'
        "He dressed as Father Christmas for the children every December.",
        "They were married in Church in 1998 and moved north.",
        # a word of the message's own language at its start; a rank before an abuse's letters
        "> querida, you know there are people who help.",
        "PC (DA) attended and recorded the incident.",
    ],
)
def test_round_forty_one_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


@pytest.mark.parametrize(
    ("word", "foreign"),
    [
        ("saudade", True),  # Portuguese
        ("paie", True),  # French
        ("kumain", True),  # Filipino
        ("ali", False),  # a given name, whatever else it is
        ("kowalczyk", False),  # a surname
        ("hello", False),  # English
    ],
)
def test_foreign_words_are_no_names_and_no_english(word: str, foreign: bool) -> None:
    assert lexicon.is_foreign_word(word) is foreign


@pytest.mark.parametrize(
    ("text", "declared"),
    [
        # what the family calls a declared pseudonym
        ("Everyone on the street knew her as Auntie Joy.", ["Joy"]),
        ("A neighbour, known to the children as Ayi Lin, called round.", ["Lin"]),
        # a section's letter before a declared name, its paragraphs numbered with the letter
        ("### B. Lily\n\nB.1 Lily was born in northern Vietnam.", ["Lily"]),
    ],
)
def test_a_declared_pseudonym_with_a_kin_title_or_a_section_letter(
    gate: Gate, text: str, declared: list[str]
) -> None:
    assert blocking_found(gate, text, allowed=declared) == []


@pytest.mark.parametrize(
    "text",
    [
        # a bilingual heading's English half; common Welsh words
        "### 6.1 Rheolaeth drwy orfodaeth a hunanladdiad / Coercive control and suicide",
        "| **5. Pentref bach.** Mewn pentref lle mae pawb yn nabod pawb. | **5. A village.** |",
        # a transcript's interpreter
        (
            "```text\n19:03:40  INT     The caller says her son is not well.\n"
            "19:04:01  INT     She says no. He is shouting.\n```"
        ),
    ],
)
def test_round_forty_one_bilingual_and_transcript_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
