"""Round forty-two (issue 4, eleventh session): shapes that name someone in any report, read from
the misses of sets 118-125 (each measured blind first): a worker's initials in brackets after
the last word of a longer role, or with a double-barrelled surname's letter; initials a text
says are someone's; a name called at a message's start after an arrowed header; a Welsh place
with its article ('Coed y Garreg'); a resident's or a patient's ID; a baby's date of birth some
words after 'born'; Amharic courtesy titles; a two-word role before a surname; a meeting's
attendees; a place of birth after its date; initials 'initialled' or signing for a service; a
message's start after its sender and time, or opening a quotation."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a worker's initials after the last word of a longer role
        ("Designated Safeguarding Person (HW) recorded one of these calls.", "HW"),
        ("Action:   Discussed with Named Midwife for Safeguarding (HS).", "HS"),
        ("| 3 | Amend the policy | Service Manager (LJ-W) | Complete |", "LJ-W"),
        ("```text\nTriage: LK-T (RN)\n```", "LK-T"),
        # initials a text says are someone's
        ("The call handler, identified as JT-W in the log, kept her on the line.", "JT-W"),
        ("It was handled by a call handler identified in the log by the initials AW.", "AW"),
        # a name called at the start of a message after an arrowed header
        ("```text\nKamala → Meena:  selvi, ivar ippa romba maari irukkaar.\n```", "selvi"),
        # a Welsh place with its article
        ("> **Place of death:** woodland at Coed y Garreg, above the village", "Coed y Garreg"),
        # a resident's ID
        ("Resident: Room 14    Resident ID: MH-R-2291", "MH-R-2291"),
        # a baby's date of birth, some words after 'born'
        ("Baby M was born at the Trust's maternity unit on 17/05/2022.", "17/05/2022"),
        # an Amharic courtesy title
        ('She was listed under her name, including as "W/ro Meseret".', "Meseret"),
        # read from sets 122-125: a two-word role before a surname; a meeting's attendees
        ("Health Visitor Pritchard saw Laila six times.", "Pritchard"),
        ("> Present: Haigh (Chair), Whitlock (IDVA), Mistry (Children's Services)", "Mistry"),
        # a place of birth after its date; initials a text says are someone's or signs with
        ("```text\n5  Date and place of birth: 03/08/1948, Yeovil\n```", "Yeovil"),
        ("Noted by the coordinator, initialled DMo, and none was passed on.", "DMo"),
        ("A dispatcher whose initials, JT, appear on the log took the call.", "JT"),
        ("```text\n      Per PO (A.M.) - case to MAPPA level 1\n```", "A.M."),
        ("Signed for the service: LW, IDVA Team Leader", "LW"),
        # a name called at a message's start after its sender and time, or opening a quotation
        ("```text\nFilipa  20:14  nês, estás bem? a mãe pergunta por ti\n```", "nês"),
        ('She wrote: "patou, ozali wapi? Nazali na mawa mingi."', "patou"),
    ],
)
def test_round_forty_two_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # a team's or a role's acronym after its name
        "The Adult Safeguarding (AS) team met on the Tuesday.",
        "The Case Manager (CM) chaired the meeting.",
        # a date after 'born' in another clause is an exact date, not a birth
        "She was born in the north and on 3 May 2019 she moved south.",
        # a member of staff by number; a role's team; agencies in a list of who was there; a
        # quotation opening with a word
        "Staff member 12 was on shift that night.",
        "The Social Worker Team met on Mondays.",
        "> Present: Health IDVA, Housing Options, Probation (apologies)",
        "| 3 | Add to training | Principal Social Worker | Guidance updated | Dec 2025 |",
        'He said "lovely, thanks" and left.',
    ],
)
def test_round_forty_two_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
