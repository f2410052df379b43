"""Round thirty-two (issue 4): shapes the fifty-fourth and fifty-fifth held-out corpora showed
the gate missing or wrongly blocking (read after their one blind run), as categories, on
invented rows through the real gate. Every person, business, street and number here is invented.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a pub named 'X and Y' where someone was
        ("> The last time I saw her was at the Mitre and Lantern on my birthday.", "Lantern"),
        # a team someone played for
        ("Rui played darts for the Harbour Gulls at a pub on the front.", "Harbour Gulls"),
        # initials after a rank, and after a record's word for the person
        ("| +1 day 10:00 | Attended by PC RQ. Female seen alone. |", "RQ"),
        ("> Resident BKH returned home today with both children.", "BKH"),
        # initials someone is given
        ("Initials on the note are K.V. |", "K.V."),
        # a handle in a message export's header
        ("```\n  From: tariq.m_412   Type: TEXT\n```", "tariq.m_412"),
        # a name with a date of birth in brackets
        ("| Spring 2022 | Zinnia (DOB 04/05/2009) disclosed to the school nurse |", "Zinnia"),
        # a chat sender not in the phone's contacts
        ("```\n~ Tendai: Sisters, our daughter is back.\n~ Mercy: amen\n```", "Tendai"),
    ],
)
def test_round_thirty_two_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # public bodies joined by 'and', weekdays, and a decade after 'from'
        "She met the Police and Crime Commissioner at the Saturday and Sunday markets.",
        "Police records from the 1980s were found. He had a conviction from the 1990s.",
        # a record's labels after the word for the person
        "| Victim DOB | on file |\n| Victim NHS | checked |",
    ],
)
def test_round_thirty_two_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
