"""Round thirty (issue 4): shapes the fiftieth and fifty-first held-out corpora showed the gate
missing or wrongly blocking (read after their one blind run), as categories, on invented rows
through the real gate. Every person, business, street and number here is invented.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a rarer word in capitals after a rank
        ("Occurrence  TB/21/036652        Attending  PC TREWHELLA", "TREWHELLA"),
        # a name with the person's part in brackets
        ("21:42  Caller Bryony (neighbour, two doors down) reports shouting", "Bryony"),
        # a name in a hashtag of grief or protest
        ("> nobody asked u anything in ur own language. #justiceforparveen", "parveen"),
        # a name glossed as a name
        ("Poppet, a name her own father had given her, stuck.", "Poppet"),
        # a church's dedication to a place
        ("She went to Mass at Our Lady of Trevose every week.", "Trevose"),
        # two initials doing something in a note
        ("Making Safeguarding Personal: KR lacks capacity re care and support.", "KR"),
        # a quoted name someone is remembered by
        ('Her brothers remember her as "tillz", who sang.', "tillz"),
        # a record's name in capitals with Mc, surname first
        ("Detained person: McQUILLAN, DESMOND    PNC ID: 19/884213K", "McQUILLAN"),
        # a lower-case name called at the start of a kin speaker's message
        ("```\n[20:41] Aunt Clem: jojo you home safe?\n```", "jojo"),
        # a court claim's reference
        ("County Court hearing: claim Q3XT72L9 listed for May", "Q3XT72L9"),
        # a title and initials with a hyphenated pair
        ("Client: Mrs K. B-T.   Ref CA/LMK/22/30917", "K. B-T."),
    ],
)
def test_round_thirty_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a title written twice, and acronyms that state things in notes
        "Emailed the neighbourhood team (PCSO PCSO only) to explain.",
        "Note: CP is not indicated. NI was checked. IT has been told.",
        # a role with its part in brackets, and a record label after a name
        "The Chair (neighbour of no one) agreed. Mother (Adult B) attended.",
        # 'a name' after an everyday word
        "Housing, a name for many services, was not involved.",
    ],
)
def test_round_thirty_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
