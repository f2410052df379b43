"""Round fifty-eight (issue 4, fifteenth session): read from the misses of sets 178-181 (each
measured blind first, with round 57). A business named after two phrases of where it stands
('a café on the high street in the next town called the Cup and Saucer'), a car wash by name; a
given name with its age in brackets; a name as a circle uses it ('Cat to her friends'); an
initial before a surname no list knows; a lower-case nickname that happens to name one of ISO's
small languages; a quoted nickname English hardly knows; initials in brackets after an
abbreviated rank ('Insp. (GH)'); two workers' initials joined by a slash before what a note says
of them; initials signing a line after a slash; a place or an employer in a record's capital
fields; a lettered reference with letters last; a Lithuanian date; a town after 'born in' that
shares a small language's name, and where someone's family came from. Precision: two roles
joined by a slash, an agency after a slash, a country after the town abroad."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            (
                "On Fridays she helped at a café on the square in the old town called the\n"
                "Teapot and Saucer, for no wages."
            ),
            "Teapot and Saucer",
        ),
        ("The permit was in a drawer at his car wash, Shine Bright Hand Valet, where", "Shine"),
        ("Children:     Hope (12) and brother (9) - both at the academy", "Hope"),
        ("She was a care worker and a singer; Bee to her friends.", "Bee"),
        ("Her husband (registered at court as K. Ramanathan) did not attend.", "K. Ramanathan"),
        ("Her elder son (known at home as kutto) was present.", "kutto"),
        ('  Seen in the bedroom. She calls him "kuttan" throughout.', "kuttan"),
        ("REVIEW       : Insp. (KL) -- DVPN not authorised", "KL"),
        ("  Discussed with the duty senior. Actions: PW/GH aware.", "PW"),
        ("```\n  Notes reviewed and agreed.               SPO / RT\n```", "RT"),
        ("```\n  Enquiry recorded.                 Practice / DRJ\n```", "DRJ"),
        (
            "```\nBIRTHPLACE   : GREENOCK\nEMPLOYER     : Hilltop Access Scaffolding\n```",
            "GREENOCK",
        ),
        ("```\nBIRTHPLACE   : GREENOCK\nEMPLOYER     : Hilltop Access Scaffolding\n```", "Hilltop"),
        ("The licence was suspended (KRT/0558/HM) after a complaint.", "KRT/0558/HM"),
        ("Her date of birth on the form, 1979 m. gegužės 14 d., was correct.", "1979"),
        ("Abena was born in Konongo, the eldest of three.", "Konongo"),
        (
            "Her mother's people came from around Ballinrobe, and went back each summer.",
            "Ballinrobe",
        ),
    ],
)
def test_round_fifty_eight_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # two roles joined by a slash before what the note says of them
        "Discussed at the meeting. HV/SW aware of the plan.",
        # an agency after a slash at a cell's end
        "| Agency | Owner |\n|---|---|\n| Police / CPS | Lead officer |",
    ],
)
def test_round_fifty_eight_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_country_after_a_town_abroad_is_no_person(gate: Gate, tmp_path: Path) -> None:
    """The town where a relative lives blocks; the country after it, also a given name, does
    not."""
    text = "Her grandmother still lives outside Montego Bay, Jamaica, and rings weekly."
    assert found_over_in_markdown(gate, text, "Montego Bay", tmp_path)
    assert not found_over_in_markdown(gate, text, "Jamaica", tmp_path)
