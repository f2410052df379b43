"""Round thirty-three (issue 4, fourth session): a lower-case given name doing or saying
something in a message, up to the frequency of 'rocky' (not 'will' or 'mark'). Measured as
rules that carry to unseen sets, not from one set's words. Invented rows through the real gate."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Jodie", "Marisol")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a given name as common as 'rocky' or 'tee', saying or doing something in a message
        ('> The boy told his teacher that "rocky broke the telly again".', "rocky"),
        ("```text\n[21:04] Jodie: tee says she's ok, home by 10\n```", "tee"),
        ("```text\nMarisol: sonny wants the car back tonight. i said no\n```", "sonny"),
        # a business or place named, then said what it is
        ("She did early shifts at Crumbles, a bakery by the bus station.", "Crumbles"),
        ("He joined Anvil, a boxing gym on the ring road, in 2020.", "Anvil"),
        ("She was a member of Lighthouse, a Pentecostal congregation.", "Lighthouse"),
        ("They bought the cottage in Bramble, a village of 400 people.", "Bramble"),
        ("He washed cars at Gleam, a hand car wash off the retail park.", "Gleam"),
        # direct identifiers in shapes sets 58-61 showed: a date of birth as Chinese and Japanese
        # papers write it, a plate after '-plated' on a wrapped line, a plate after its clause
        ("Pt 2: CHAN, M, DOB 1968年3月4日 (from the ID card found at the scene)", "1968年3月4日"),
        ("- He drove a Latvian-plated\n  car, KV 2218, never registered here.", "KV 2218"),
        ("The Polish plate of the van he drove for work, WZ 48KT1, is in the log.", "WZ 48KT1"),
    ],
)
def test_round_thirty_three_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a thing after a determiner, a possessive of a common noun, a word as common as 'will'
        "```text\nJodie: the charity says they can help. the ward's number is on the letter\n```",
        "```text\nMarisol: will says nothing. mark was on the door\n```",
        # the kind word is not the head ('a church volunteer'); a public body; a national chain
        "Overall, a church volunteer said she was fine. Police, a service under strain, agreed.",
        "She shopped at Tesco, a supermarket on the bypass, and at Refuge, a charity.",
        # a list is no apposition
        "Their son lives away. Neighbours, the chapel and the children rang her.",
        # a plate of words is no plate
        "The plate of the matter, as discussed, was not raised again.",
    ],
)
def test_round_thirty_three_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
