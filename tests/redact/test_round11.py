"""Round eleven (issue 4): shapes the eleventh held-out corpus showed the gate missing or
over-flagging, as categories, on invented rows through the real gate. Every person, shop,
place and number here is invented (phone numbers are in Ofcom's drama ranges).

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over, row_gate, row_policy

POLICY = row_policy()
DECLARED = ("Ceinwen", "Tobiah")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a given name and a surname in a note written all in capitals
        ("```\nHV VISIT. PT ROWENA TRELASKE SEEN AT HOME.\n```\n", "ROWENA TRELASKE"),
        # a chat speaker written as a name and an initial
        ("```\n[19:02] Ceinwen: see u all thurs\n[19:04] gethin p: cheers x\n```\n", "gethin p"),
        # a lower-case name that says something, in a message
        ("```\nCeinwen: cant come. tobi say no. he angry\n```\n", "tobi"),
        # a kin or faith title before a lower-case name, in a message
        ("```\nCeinwen: shall i ask pastor ezinne to visit u?\n```\n", "ezinne"),
        ("```\nCeinwen: auntie yemisi says come sunday x\n```\n", "yemisi"),
        # a shop named with a kind word at its end
        ("<!-- premises: Haveli Food and Wine, licence pending -->\n", "Haveli"),
        ("He bought vodka at Dunmore Wines most nights.", "Dunmore"),
        ("She worked mornings at Pellow Minimart.", "Pellow"),
        # a village or district named with a kind word, after a locative preposition
        ("She settled first in Hollinsby Mill, where she worked nights.", "Hollinsby Mill"),
        ("They rented a flat at Cradley Heath for a year.", "Cradley Heath"),
        # a person's number and a personal-numbering number still block
        ("Her mobile was 07700 900417.", "07700 900417"),
        ("He gave 0700 090 0417 as his number.", "0700 090 0417"),
    ],
)
def test_round_eleven_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # national helplines and services: organisations' numbers warn, they do not block
        "Call the helpline on 0808 157 0417, or Childline on 0800 1111, at any time.",
        "The service's number is 0300 123 4567 and its office line is 0345 600 0417.",
        # a country that is also a given name, after a journey to or from it
        "Ceinwen's grandmother had come to England from Jamaica in the 1960s.",
        "Tobiah was born in Chad and moved to Georgia as a child.",
        # a bilingual heading: the Welsh half is no name
        "## 1. Introduction / Cyflwyniad\n\nCeinwen died in 2023.\n",
        # everyday words before a shop's kind word, and districts named with everyday words
        "He liked Fine Wines and the Red Wine and Pizza evening.",
        "She led walks in Summer Heath season and in Open Moor weather.",
        # capitals of headings are no names
        "```\nEXECUTIVE SUMMARY AND TERMS OF REFERENCE\nGRACE PERIOD FOR CHRISTIAN UNION\n```\n",
        # a title before an ordinary word, a modal or a stop word, in a message
        "```\nCeinwen: my sister will come. uncle said no. ask pastor about it\n```\n",
    ],
)
def test_round_eleven_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []


def test_an_organisations_number_is_shown_to_the_reviewer(gate: Gate) -> None:
    text = "Call the helpline on 0808 157 0417."
    assert found_over(gate, text, "0808 157 0417", blocking=False) == ["SERVICE_PHONE_NUMBER"]


def test_a_site_can_block_organisations_numbers() -> None:
    strict = row_gate({**POLICY, "severity": {"SERVICE_PHONE_NUMBER": "block"}})
    text = "Call the helpline on 0808 157 0417."
    assert found_over(strict, text, "0808 157 0417") == ["SERVICE_PHONE_NUMBER"]
