"""Round twenty-seven (issue 4): shapes the forty-fourth and forty-fifth held-out corpora showed
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
        # a title, a given name and a surname, all in capitals
        ("The assessment records her as MRS ORLAITH PENWERRIS, NHS number", "PENWERRIS"),
        ("OFFICERS ATTENDED. MALE DERMOT QUILLANE DOB 05/03/1951 CALM", "DERMOT"),
        # a Gaelic surname alone, by its prefix, and possessive
        ("asking about his weapons. MacKinnon's army service record was not known.", "MacKinnon"),
        ("asking about his weapons. MacPhail's army service record was not known.", "MacPhail"),
        # a handle with a hyphen in a URL's path
        ("[recordings](https://video.example.com/@rhoswen-delyn).", "@rhoswen-delyn"),
        # a plate after a registration word and an aside in brackets
        ("> Associated VRM (victim) 517 KTP (foreign - EE). 41 paired reads", "517 KTP"),
        # a street after a preposition at the end of the line before
        ("a flat above a takeaway on\nBramble Mead. The bar opened", "Bramble Mead"),
        ("They moved to Thistle Garth in 2019.", "Thistle"),
        # a family's own name for someone, in lower case
        ('> "We called her our Nesta, our nessi. She sang."', "nessi"),
    ],
)
def test_round_twenty_seven_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # an acronym defined in brackets after its words
        "Probation's Offender Assessment System (OASys) assessment rated his risk as medium.",
        "The Multi-Agency Tasking and Co-ordination (MATAC) process was not used.",
        # a kind word opening a heading of everyday words
        "**Hospital Attendances.** Two injuries, both explained as falls.",
        "## School Holidays\n\nThe children stayed with their grandmother.",
        # a lower-case noun after a determiner, speaking
        'Her mother and her flatmate said that her laugh "could be heard from the car park".',
        # a Gaelic-prefixed word that is a brand, a run-on word, or a court's term
        "He ate at McDonald's, used a MacBook and had a McKenzie friend in court.",
        # a national project, a record label and a Welsh youth movement
        "Staff were trained with the Pathfinder toolkit. She loved Motown and the Urdd.",
        # 'our' before an everyday lower-case word
        "It was our fault, my mistake, our responsibility.",
    ],
)
def test_round_twenty_seven_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
