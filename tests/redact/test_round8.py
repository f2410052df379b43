"""Round eight (issue 4): shapes the eighth held-out corpus showed the gate missing or
over-flagging, as categories, on invented rows through the real gate. Every person, handle and
hospital here is invented; towns are real but appear only as bare place names.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate, row_policy

POLICY = row_policy(agencies=["Metropolitan Police Service"])
DECLARED = ("Ellie", "Robin", "Heulwen")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a place leading a service's name, the rest everyday words
        ("Training for the Ormskirk Safer Neighbourhoods Team and officers.", "Ormskirk"),
        # a handle a few words after 'account'
        ("Her account at the time was kellz.x. By May they were messaging.", "kellz.x"),
        # a lower-case speaker in a chat with a named one
        ("Ellie: i cant come tonight mum says revise\nkez: so ur mum matters more. fine\n", "kez"),
        # a hospital named for a person
        ("### 4.2 Queen Thessaly Hospital\n", "Thessaly"),
        # a name in a record table's field
        ("| Holder | CADWALADR RHYDIAN |\n", "CADWALADR RHYDIAN"),
        # an armed forces rank before a surname
        ("<!-- Check with Capt Whitmore (Unit Welfare Officer) first. -->", "Whitmore"),
        # a place built like an English place name after 'moved to'
        ("In 2019 she moved to Hartshawe with the children.", "Hartshawe"),
    ],
)
def test_round_eight_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        "Had Robin been recognised as a victim, he would have had help.",  # 'Had' opens it
        "# Crynodeb Gweithredol / Executive Summary: Heulwen\n",  # a bilingual title
        "The Metropolitan Police Service trained its Safer Neighbourhoods Teams.",  # no place
        "### 4.2 The District General Hospital\n",  # a hospital by its kind only
    ],
)
def test_round_eight_clean_forms_do_not_block(gate: Gate, text: str) -> None:
    report = gate.check_text(text, "t.md", allowed=DECLARED)
    assert [(f.text, f.recognizer) for f in report.blocking] == []
