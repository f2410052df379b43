"""Round ten (issue 4): shapes the tenth held-out corpus showed the gate missing or
over-flagging, as categories, on invented rows through the real gate. Every person, handle,
club and reference here is invented.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate, row_policy

POLICY = row_policy(places=["Bro Onnen"])
DECLARED = ("Heulwen", "Dewi")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # dense references with six or more digits
        ("The crime report (00417-K-19032023) records the call.", "00417-K-19032023"),
        ("An adult social care referral (ASC/0771932) was made.", "ASC/0771932"),
        ("The care proceedings are PE24P00917.", "PE24P00917"),
        # a club named with a plural possessive
        ("He was one of the men at the Dorrits' Hill Golf Club.", "Dorrits' Hill"),
        # initials in brackets after a family word
        ("Oct-22 DN: Wound improving. Husband (KP) tearful.", "KP"),
        # a record's surname and forenames fields
        ("SURNAME: PELLHAM   FORENAMES: DORRIT ANNE\n", "PELLHAM"),
        ("SURNAME: PELLHAM   FORENAMES: DORRIT ANNE\n", "DORRIT ANNE"),
        # a record-style date of birth
        ("DOB: 14-Mar-1987   PNC ID withheld\n", "14-Mar-1987"),
        # user names: quoted in a note, and speaking in a chat
        ('<!-- check "kesh_b77" before publication -->', "kesh_b77"),
        ("> **kesh_b_northwest**: where do you work?\n", "kesh_b_northwest"),
        # a lower-case given name called at the end of a quoted sentence
        ('She wrote: "Look after the dog, ross. I could not stay."', "ross"),
    ],
)
def test_round_ten_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # Welsh month names and a Welsh placeholder in a Welsh sentence
        "Bu farw Heulwen ym mis Rhagfyr 2022. Cafodd ei lladd gan Dewi yn Ardal A.\n",
        # clubs by their kind only
        "He joined the Golf Club and the Social Club.",
        # short numbers, spans of years and standards are no references (a date only warns)
        "COVID-19 in 2020/21, ISO 9001 and the meeting of 12.03.2021",
        # a quoted ordinary word, and a quoted sum
        'She called it "home" and said "2,500" was owed.',
    ],
)
def test_round_ten_clean_forms_do_not_block(gate: Gate, text: str) -> None:
    report = gate.check_text(text, "t.md", allowed=DECLARED)
    assert [(f.text, f.recognizer) for f in report.blocking] == []
