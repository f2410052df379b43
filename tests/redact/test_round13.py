"""Round thirteen (issue 4): shapes the fourteenth and fifteenth held-out corpora showed the gate
missing or over-flagging, as categories, on invented rows through the real gate. Every person,
business, place and reference here is invented.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over, row_gate, row_policy

POLICY = row_policy()
DECLARED = ("Heulwen", "Emyr", "Ceinwen")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a numbered record field that names a person, in capitals, with a surname no list knows
        ("```\n1. Name of deceased:     TREMAYNE-VOSE, ROWENA\n```\n", "TREMAYNE-VOSE"),
        ("```\n2. Name of deceased:     PENWITHICK, GWENNOL\n```\n", "PENWITHICK, GWENNOL"),
        # numbers after the kind of document they belong to
        ("```\nName:  WITHERS, DEAN      Prison no: B2291QK\n```\n", "B2291QK"),
        ("The taxi was seized (private hire, plate number PH-2291).", "PH-2291"),
        ("His shotgun certificate, SGC 40127/NY, was renewed.", "SGC 40127/NY"),
        ("The case was heard at VT MARAC 084 in May.", "VT MARAC 084"),
        # businesses ending in a kind word
        ("He rented the flat from Harbourlight Lettings.", "Harbourlight"),
        ("She worked nights at Fellgate Poultry.", "Fellgate"),
        # a plot on a site
        ("The family lived on Plot 9 at the site for six years.", "Plot 9"),
        # someone saying who is calling, in lower case, in a quoted voicemail
        ('> "Hi, um, it\'s ilke, sorry, can you call me back."\n', "ilke"),
    ],
)
def test_round_thirteen_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a Welsh month after 'mis'
        "Lladdwyd Heulwen gan ei gŵr, Emyr, yn eu cartref ym mis Mai 2024. Roedd hi'n 57 oed.\n",
        # a call category and a verb's form in a table
        "| ePCR | Call category: C3 |\n|---|---|\n| 5 | Anonymised case study shared |\n",
        # Welsh words for grandparents
        "Ceinwen spent Sundays with Nain and Taid on the farm.",
        # a language named in an organisation's name by the model
        "She spoke Sylheti at home and at the Sylheti women's group.",
        # ordinary words after 'it's' in quotes
        "She said \"it's fine, it's okay, it's summer now.\"",
    ],
)
def test_round_thirteen_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
