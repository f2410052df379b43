"""Round twenty-nine (issue 4): shapes the forty-eighth and forty-ninth held-out corpora showed
the gate missing or wrongly blocking (read after their one blind run), as categories, on
invented rows through the real gate. Every person, business, street and number here is invented.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin", "Ella")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a note signed with a name and a role, with initials or after a dash
        ("> Next contact Thurs a.m. — Verity, IDVA.", "Verity"),
        ("No further action.\n\nSpring (S.K.), Housing Officer, east patch\n", "Spring"),
        ("No further action.\n\nSpring (S.K.), Housing Officer, east patch\n", "S.K."),
        # a title and initials with stops
        ("Prescriber:  Dr T.W. (practice)\nItem: methadone", "T.W."),
        # a business with a number in its name
        ("she worked as a receptionist at Forge 24 Gym while her papers were", "Forge 24"),
        # a long unknown word in capitals before a record's noun, in a lower-case line
        ("> Client rang from work. Upset. HRYHORCHUK file updated. Ex has", "HRYHORCHUK"),
        # a name given in brackets after 'real name'
        ("Ella, whose real name (Meadow) was printed in the first draft, was", "Meadow"),
        # a name given in answer in a transcript
        ("00:01:02  PC:     What's your name, love?\n00:01:04  FEMALE: Ozioma.\n", "Ozioma"),
        # a pub where someone drank
        ("He had been drinking at the\nLamb and Flag from early evening.", "Lamb and Flag"),
        # a chat's name in quotes
        ('Telegram · chat: "gülten 🌷" · account', "gülten"),
    ],
)
def test_round_twenty_nine_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # an acronym in capitals before a team, and compound names of services
        "She worked with the VAWDASV team; the LIQUIDLOGIC record was closed.",
        # 'his name' before a note in brackets on another line
        "Shane: whats his name\n\n(Senders are shown by pseudonym.)",
        # a public body signing, and a role signing
        "— Police, Housing Officer\n— Chair, Independent Reviewer",
        # dialect words in a time-stamped message
        "```\n[00:06, 1:04]  fine. tell yer mam nowt. dinnae tell me\n```",
    ],
)
def test_round_twenty_nine_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
