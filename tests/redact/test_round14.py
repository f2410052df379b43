"""Round fourteen (issue 4): shapes the sixteenth and seventeenth held-out corpora showed the
gate missing or over-flagging, as categories, on invented rows through the real gate. Every
person, business, place and date here is invented.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over, row_gate, row_policy

POLICY = row_policy(places=["Porth Gwennol"], other=["Partneriaeth Diogelwch Cymunedol"])
DECLARED = ("Heulwen", "Ceinwen", "Tobiah")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # dates of birth: a short dotted date, a Welsh ordinal, the same date in another calendar
        ("Customer: MRS ADA QUILLAN    DOB 7.3.41\n", "7.3.41"),
        ("Review in 4/52. DOB 21ain Mawrth 1996 (entered in Welsh).", "21ain Mawrth 1996"),
        ("CLIENT: RAI, SUNITA     DOB: 2 May 1990 (BS 2047/01/19)\n", "2047/01/19"),
        # a blocking place inside a warning's span is still reported
        ("description: Tobiah's husband, a farmer at Brockleton, aged 58.\n", "Brockleton"),
        # a title written out in full before a surname
        ("### 4.3 Contact with the welfare officer, Captain Harlow-Venn\n", "Harlow-Venn"),
        # a church named in the language of its congregation
        ("She worshipped at Église Évangélique Le Rocher every Sunday.", "Évangélique Le Rocher"),
        # a business ending in a kind word
        ("He worked nights at Saltmarsh Seafoods on the dock.", "Saltmarsh"),
        # a name called at the start of a message, after a numbered stand-in for the speaker
        ("> **Friend 1:** zivile listen to me, there are people who help\n", "zivile"),
    ],
)
def test_round_fourteen_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a declared place and a declared body, mutated after Welsh words
        "Roedd Heulwen yn byw ym Mhorth Gwennol gyda'i mam.\n",
        "Mae fersiwn Gymraeg ar gael gan y Bartneriaeth Diogelwch Cymunedol.\n",
        # kin words in other languages, texting words, numbered labels that are no speakers
        "```\nCeinwen: didi he took my phone again\nFriend: wyd tonight\n```\n",
        "- Lesson 4: best interests decisions need more than the carer's view.\n",
        # a dotted section number is no date without a birth word
        "See section 9.4.44 of the guidance.",
    ],
)
def test_round_fourteen_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
