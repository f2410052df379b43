"""Round thirty-one (issue 4): shapes the fifty-second and fifty-third held-out corpora showed the
gate missing or wrongly blocking (read after their one blind run), as categories, on invented
rows through the real gate. Every person, business, street and number here is invented.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin", "Daina")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a speaker with an emoji before the colon
        ("```\nPeggy 🍓:  u ok hun?\nDaina:  yeah\nPeggy 🍓:  come to mine x\n```", "Peggy"),
        # a capitalised name after 'known ... as'
        ("Her youngest daughter, aged 17, known to everyone as Pixie.", "Pixie"),
        # a professional named by their team
        ("and Wrenna of the rural crime team, both in the autumn of 2022.", "Wrenna"),
        # a business someone ran
        ("They ran the Silver Anchor for thirty years. Their son", "Silver Anchor"),
        # initials signing a note at the end of its line
        ("Action: letter 1 sent. Refer EWO if no improvement. (QH)\n", "QH"),
        ("> DA service. ZF\n", "ZF"),
        # a vet's initials in a record's field
        ("Vet:     KLW MRCVS", "KLW"),
        # a Welsh street after a preposition, with no house number
        ("Pawprints Pet Supplies on Heol y Gelli. She worked", "Heol y Gelli"),
        # an amateur boxing club by its initials
        ("He still trained at Quayside ABC, where he helped", "Quayside"),
        # a police exhibit's reference
        ("Police exhibit KLM/12, recovered from a kitchen drawer", "KLM/12"),
        # a person with another name in brackets
        ("| Perpetrator | Husband, Obiora (known as Emeka in church) |", "Obiora"),
        # whom a voice assistant was told to call
        ('she said "Alexa, call Ndip", using the contact name', "Ndip"),
        # a married name
        ("who lives elsewhere in England (married name Chowdury)", "Chowdury"),
    ],
)
def test_round_thirty_one_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a bold heading that opens with an everyday word before 'of the ... service'
        "7.3 **Closure of the recovery service case.** The panel noted it.",
        # what someone ran on a weekday, and an account on a platform
        "She ran the Saturday breakfast club and ran the Instagram account.",
        # an officer's code with a number
        "Seen by: CTN1, CTN2. Officer: PO2\n",
    ],
)
def test_round_thirty_one_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
