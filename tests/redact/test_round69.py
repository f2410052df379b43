"""Round sixty-nine (issue 4, seventeenth session): read from the misses of sets 226-229
(measured blind with round 68). A title's placeholder letter, then the name in brackets ('Mr P
(Emrys) answered'); initials before a pay band ('RW (band 6)'); the name a contact was saved
under on a named person's phone; an Urdu name before 'Begum' or whose relative someone is
('مہوش کی امی'); the usual pub names in Welsh ('the Llew Coch'). Precision: Slovak's and
Czech's words for mum and dad are kin words ('Mami, on je zase tu')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```\nAM call. Mr P (Emrys) answered. Client in bed.\n```", "Emrys"),
        ("```\nBooking MW: RW (band 6)\n```", "RW"),
        ('The screenshots show the contact saved on Nasrin\'s phone as "awat".', "awat"),
        ("> Namaz-e-janaza for زبیدہ بیگم will be at the mosque.", "زبیدہ"),
        ("> (مہوش کی امی)", "مہوش"),
        ("He went to the Llew Coch on a Friday for an hour.", "Llew Coch"),
        # a hyphenated given name before its characters: no lower-case word glossed
        ("The form gives her name as Tsang Wing-yan (曾詠欣) and her date of birth.", "曾詠欣"),
    ],
)
def test_round_sixty_nine_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # a pay band after a role, no initials; whose phone, with no name saved
        "```\nAM call. Staff nurse (band 5) attended. Client in bed.\n```",
        "The number was saved on the family's phone as well.",
        "```\nMum:    Mami, on je zase tu a ja neviem čo robiť.\n```",
        # a pronoun before a possessive in Urdu: 'his mother'
        "> (اس کی امی)",
    ],
)
def test_round_sixty_nine_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
