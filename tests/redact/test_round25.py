"""Round twenty-five (issue 4): shapes the fortieth and forty-first held-out corpora showed the
gate missing or wrongly blocking (read after their one blind run), as categories, on invented
rows through the real gate. Every person, business, number and place here is invented.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # two hardly known words after 'in': a district abroad
        ('"she laughed at everything, even at home in Qala-e Nowruzi when"', "Qala-e Nowruzi"),
        # a word English does not know, doing what people do
        ("She was saving for her exams. Wickramatunga took her wages.", "Wickramatunga"),
        # a pub named 'X and Y' after 'at the' and a line break
        ("a regular at the Thursday quiz at the\nOtter and Kettle until she moved", "Otter"),
        # a reference whose digits look like no UK phone number (06...)
        ("```text\nCAD OBX-0611-220917  GRADE 2\n```\n", "OBX-0611-220917"),
        # a bank's name that is also a UK town is the town (read from set 43 after its blind run)
        ('    description: "Her daughter, who lives in Halifax"\n', "Halifax"),
        # a name in Chinese speaking in a chat
        ("```\n[22:47] 丽华: He saw the number.\n[22:48] Marisol: Come now.\n```\n", "丽华"),
    ],
)
def test_round_twenty_five_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # an event called a drive
        'She was a champion at the whist drive, who "could count cards".',
        # a phone number after a reference word stays a phone number
        "The crime ref was given to her on 01632 960274 by text.",
        # record systems and brands doing things
        "Liquidlogic showed nothing and SystmOne said the same.",
    ],
)
def test_round_twenty_five_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert [t for t in blocking_types(gate, text, allowed=DECLARED) if t != "PHONE_NUMBER"] == []
