"""Round nine (issue 4): shapes the ninth held-out corpus showed the gate missing or
over-flagging, as categories, on invented rows through the real gate. Every person, street and
reference here is invented; towns are real but appear only as bare place names.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate, row_policy

POLICY = row_policy(places=["Maes Hebog"])
DECLARED = ("Seren", "Ilze")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # initials after a family word in a log written in capitals
        ("STATES VERBAL ARGUMENT ONLY, PARTNER RV UPSET.\n", "RV"),
        # a UK town written with hyphens, alone in a list
        ("  - Stow-on-the-Wold\n", "Stow-on-the-Wold"),
        # a professional named after the role; a double-barrelled surname
        ("Contact: the CSP manager, Olesya Ruddock-Vane (by email).", "Olesya Ruddock-Vane"),
        # a record's SURNAME and initial, the surname no English word
        ("One (VILKS L, DOB withheld) states argument with neighbour.", "VILKS L"),
        # 'tell X' in a chat message that is otherwise capitalised
        ("Ilze: Marek said he will ask\nIlze: Don't tell laimonis I asked\n", "laimonis"),
        # a flat and a house number on 'Steps'
        (
            "The letter gave the flat, Flat 3, 14 Hawthorne Steps, and her name.",
            "14 Hawthorne Steps",
        ),
    ],
)
def test_round_nine_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a Welsh sentence opening a quotation
        "> \"Roedd Seren yn llawn bywyd. Roedd hi'n canu drwy'r amser.\"\n",
        # a finding made only of allowed names
        "The Maes Hebog MARAC coordinator received it.",
        # a date after a word in capitals is a date, not a reference
        "ATTENDED ON 12/03/2021 AT 22:10, WORDS OF ADVICE\n",
    ],
)
def test_round_nine_clean_forms_do_not_block(gate: Gate, text: str) -> None:
    report = gate.check_text(text, "t.md", allowed=DECLARED)
    assert [(f.text, f.recognizer) for f in report.blocking] == []


def test_allowed_names_never_cover_an_unallowed_word(gate: Gate) -> None:
    """'Seren' is declared; 'Seren Ruddock' is still a name (whole-span, word by word)."""
    assert found_over(gate, "Seren Ruddock moved away.", "Ruddock", allowed=DECLARED)
