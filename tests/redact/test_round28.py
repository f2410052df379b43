"""Round twenty-eight (issue 4): shapes the forty-sixth and forty-seventh held-out corpora showed
the gate missing or wrongly blocking (read after their one blind run), as categories, on
invented rows through the real gate. Every person, business, street and number here is invented.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin", "Eirlys")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # initials in a carer's notes, after a role, and as who did something
        ("```text\nTues AM  QT v. sleepy, not eaten.\nThurs AM QT crying. I stayed.\n```", "QT"),
        ("| Sept 2022 | Emotional wellbeing | Form tutor (MW) | Tearful |\n", "MW"),
        ("| Oct 2022 | DSL action | DSL (RHJ) | Spoke with her. |\n", "RHJ"),
        ('- Entry, summer 2023: "TN reported on time. Agitated."', "TN"),
        ('"YB told me at carpet time that Baba shouted."', "YB"),
        # a short name after a kin title
        ('## "Aunt Bo": a pen portrait', "Bo"),
        # a name called at a message's start, then a question or a request
        ("```text\n[22:47] Tomas: sparky where r u\n[22:51] Tomas: answer me.\n```", "sparky"),
        ("```text\nDilan:  dimples can u cover me sat\nFriend: ok\n```", "dimples"),
        # a lower-case given name doing something in a message
        ("```text\nim scared. idris has the gun out in the kitchen\n```", "idris"),
        # a place named as a village, whatever the word
        ("a sheep farm above the village of Shepherds, and", "Shepherds"),
        # a reference with three lettered groups
        ("Mr H held a shotgun certificate, QC/FAC/S/20571, and a firearm", "QC/FAC/S/20571"),
        # a house where someone worked
        ("She worked nights as a senior carer at Wrenmoor House, where she was", "Wrenmoor"),
    ],
)
def test_round_twenty_eight_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # letters of roles and notes, not initials; acronyms defined in brackets
        '"MIL says no. SU attended with mother. GP said fine. The DWP IMR says so."',
        "The Designated Safeguarding Lead (DSL) was told. The Health Visitor (HV) visited.",
        # greetings and endearments opening a message
        "```text\nA: hiya where r u\nB: babe can u ring\nA: sorry can u call\n```",
        # a language glossing a name, then the language everywhere
        (
            "Eirlys's mother chose her name, Welsh for snowdrop. The report is in Welsh and "
            "English. Welsh speakers were offered services in Welsh."
        ),
        # a workplace house named with an everyday word
        "She worked for years at Companies House.",
    ],
)
def test_round_twenty_eight_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
