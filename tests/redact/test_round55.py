"""Round fifty-five (issue 4, fourteenth session): read from the misses and clean findings of
sets 166-169 (each measured blind first, with round 54). A house number and a street in lower
case, as a message types it ('41 brunswick st', '9 lon y wern'); a name as a record gives it
without a determiner or on a roll ('(G.P. in police statements)', '(Star on the school roll)'); a
parish by name. Precision: a sentence of another language the model takes for an organisation
('Tenho de pedir dinheiro'), and a line's language read by its table cell (a translation in the
next cell is English) and without its speaker, with the commonest words of the families'
languages counted as theirs ('que', 'para')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Kinga, 23:50: jeśli coś się stanie przyjedź na 41 brunswick st i weź ole",
            "41 brunswick st",
        ),
        ("Tala, 23:40: kung may mangyari, nasa 14 marine parade ako.", "14 marine parade"),
        ("Mam, 21:30   if I dont answer tomorrow send someone to 9 lon y wern", "9 lon y wern"),
        ("| Son | Rhodri (G.P. in police statements) | Yes, by video |", "G.P."),
        ('    description: "their daughter, 6 (Star on the school roll)"', "Star"),
        (
            "She was a member of the Cornerstone of Grace Parish, a Pentecostal church.",
            "Cornerstone",
        ),
    ],
)
def test_round_fifty_five_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # numbers before words that are no street
        "It took 2 hours on the road; Section 42 enquiries should not close early.",
        "He was prescribed 50 mg st at night; 16 was close to the limit.",
        "CONVICTIONS      1  drink drive 2019",
        "The review's address is /reviews/2024-03-joy-stawlingford/ on the site.",
        # a role or a public word where a record's name would stand
        "(Police in their statements) and (Mum in the police statement) agreed.",
    ],
)
def test_round_fifty_five_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    from tests.redact.gate_rows import blocking_found

    assert blocking_found(gate, text) == []


def test_a_portuguese_dialogue_and_its_translation_table_block_no_word(
    gate: Gate, tmp_path: Path
) -> None:
    text = (
        "```\n"
        "Ana:  Mana, ele voltou a esconder o cartão. Tenho de pedir dinheiro para o pão.\n"
        "Bia:  Outra vez? E o teu ordenado? Fala com alguém.\n"
        "```\n\n"
        "| Portuguese | English |\n|---|---|\n"
        "| Tenho de pedir dinheiro para o pão. | I have to ask for money for bread. |\n"
        "| Outra vez? E o teu ordenado? | Again? And your wages? |\n"
        "| Fala com alguém. | Talk to someone. |\n"
    )
    found = {t for t, _ in blocking_found_in_markdown(gate, text, tmp_path)}
    assert not found & {"Tenho", "Outra", "Fala", "Mana", "mana"}, found


def test_a_name_opening_a_foreign_line_is_still_caught(gate: Gate, tmp_path: Path) -> None:
    text = "```\nKasia:  Tomek jest w domu, znowu pił. nie mogę rozmawiać\n```\n"
    found = {t for t, _ in blocking_found_in_markdown(gate, text, tmp_path)}
    assert "Tomek" in found, found
