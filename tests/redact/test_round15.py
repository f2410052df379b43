"""Round fifteen (issue 4): shapes the eighteenth and nineteenth held-out corpora showed the
gate missing or over-flagging, as categories, on invented rows through the real gate. Every
person, business, place, handle and reference here is invented.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over, row_gate, row_policy

POLICY = row_policy()
DECLARED = ("Heulwen", "Iolo", "Seren")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a birth date after a birth word in another language, day. month. year
        ('The agency gives her as "Lenka, nar. 7. 9. 1999" in its record.', "7. 9. 1999"),
        ("Zapis: ur. 14.02.1987 w Lublinie.", "14.02.1987"),
        # a user name a few words after a platform's short name
        (
            "Marcus:  add me on insta if you like, kelfitz_builds, its mostly kitchens\n",
            "kelfitz_builds",
        ),
        # a business named after its kind and a short place phrase
        (
            "The owner of the takeaway at the end of the road, the Jade Pagoda, called 999.",
            "Jade Pagoda",
        ),
        # a Welsh street type written first
        ("| 3 | Address | 7 Rhes y Felin |\n", "7 Rhes y Felin"),
        # hospitals and firms by their last word
        ("She was taken to Marrowby Infirmary that night.", "Marrowby"),
        ("He instructed Oduya & Partners Solicitors in May.", "Oduya"),
        # a prefix and a five-digit number
        ("Labour provider record FLS-40218 lists his shifts.", "FLS-40218"),
        # a foreign number plate in brackets after the vehicle (the twenty-first corpus's only
        # category looked at: a registration it missed blind)
        ("His car, a Bulgarian-registered Skoda (PB 7731 KM), was found.", "PB 7731 KM"),
    ],
)
def test_round_fifteen_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a table header in two languages, and a numbered bold label in two languages
        (
            "| Argymhelliad / Recommendation | Cam gweithredu / Action | Canlyniad / Outcome |\n"
            "|---|---|---|\n| 1 | Train staff | Done |\n"
        ),
        "5.1 **Medi 2022 / September 2022.** Heulwen asked Iolo to leave.\n",
        # Welsh sentences with everyday Welsh words
        "> Dwi isio i bobl wybod bod hi wedi trio bob dim.\n",
        "1.2 *Dewisodd teulu Heulwen yr enw. Ystyr yr enw yw golau'r haul.*\n",
        # a year after MARAC, and a bracket after a vehicle that holds no plate
        "The MARAC 2023 review found the car (see section 4 A) had been sold.",
        # an in-law written short in a clinical note
        '> "Attends with MIL. Low mood. Declines talking therapy."\n',
    ],
)
def test_round_fifteen_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
