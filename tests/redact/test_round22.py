"""Round twenty-two (issue 4): shapes the thirty-fourth and thirty-fifth held-out corpora showed
the gate missing or wrongly blocking (read after their one blind run), as categories, on
invented rows through the real gate. Every person, business, street and number here is
invented; the towns are real only as place names to be found.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a rank, a collar number, then the surname
        ("Officer: PC 2291 Hebblethwaite\n00:00:09  PC:  Right, what's happened?", "Hebble"),
        # an initial and a surname run together in a web address
        ("[policy](https://intranet.example.com/people/kpendlebury/policy.pdf)", "kpendlebury"),
        # a chapel's vestry named in Welsh
        ("The elders met the chair at Festri Bethesda in the spring.", "Bethesda"),
        # a date of birth written year first with dots
        ("| Date of birth | 1987.11.23 |\n", "1987.11.23"),
        # a foreign plate in brackets on the next line after the vehicle
        ("stopped driving a Slovak-registered van\n(BA-731) with no insurance.", "BA-731"),
        # a kin title and a name with no quotes, after 'knew her as'
        ("> I knew her as Auntie Tsitsi. She was a lovely woman.", "Tsitsi"),
        ('Her colleagues knew her as "Sparrow". Nobody else did.', "Sparrow"),
        # the district between a street and the postcode, and elsewhere in the review
        (
            (
                "Address: 14 Quarrel Walk, Thurnby Lodge, LE5 2QT\n\n"
                "![Tamsin at the Thurnby Lodge fair, supplied by the family](fair.png)"
            ),
            "Thurnby Lodge fair",
        ),
        # a named area of a town, and a record's place field
        ("She lived in a shared house in the Heath Town area with two others.", "Heath Town"),
        ('Caller:  female, declined surname.\nArea:    "Peterborough side"\n', "Peterborough"),
        # a Welsh farm named with an element and an article
        ("3.1 The farm, Bryn-y-Gwenith, had been in the family for generations.", "Bryn-y"),
        # a single initial speaking in a note
        ('Discussion: R. says boyfriend "checks her phone", turns up at college.', "R."),
        # a town named like a month, 'near' it
        ("The family wintered near March and worked the fairs in summer.", "March"),
        # a business of brothers
        ("He ran a scrap business, Pettigrew Bros Scrap and Salvage, for years.", "Pettigrew"),
    ],
)
def test_round_twenty_two_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # national brands, apps and record systems
        "Later she was delivering for Deliveroo and Uber Eats.",
        "He took out loans (Klarna and Clearpay) in her name.",
        "Records were drawn from SystmOne, Liquidlogic and Niche.",
        # a heading in title case: the capitals mark no person, here or where it recurs
        "## 4. Contact with Helplines and Charities\n\nShe sought help from helplines.",
        # placeholders and public areas in the new place rules
        "Area: North West\nTown: Town A\n",
        "In the Northshire area and the service area, referrals rose.",
        # initials of placeholders and plans
        "Adult A. said she was fine. Plan B. was agreed.",
        # a month near a year, and an ordinary word in a web address
        "It was near March 2020 when the plan changed.",
        "See https://www.example.org/news/safeguarding/annualreport/overview for more.",
    ],
)
def test_round_twenty_two_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
