"""Round forty-eight (issue 4, twelfth session): precision read from the clean reports of sets
134-137 (each measured blind first). A red/amber/green rating is no name in a text that rates
with two colours or more; a thing's term after 'a pattern known as' is no nickname; a title and
a declared surname the model took for a place is the declared name; the area's name and its
partnership's letters ('Fromsworth CSP') are made of allowed words; 'Cadeirydd' (chair) is a
common Welsh word."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    "text",
    [
        (
            "Status: Green: complete. Amber: under way. Red: not started.\n\n"
            "| Rec. | Owner | Status | Progress |\n|---|---|---|---|\n"
            "| 1 | Adult Services | Amber | Question drafted |\n"
            "| 2 | Police | Green | Done |\n\n"
            "**Recommendation 2 (Amber).** The question is agreed."
        ),
        "She grew agitated in the evening, a pattern known as sundowning.",
        "## Crynodeb\n\nNorthshire Community Safety Partnership. Cadeirydd ac awdur: the chair.",
        "**Recommendation 4.** Northshire CSP to commission training for staff.",
    ],
)
def test_round_forty_eight_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a person named like a rating is still a name where the text rates with one colour
        ("Amber told the panel she was scared. The risk was rated Amber.", "Amber told"),
        # a person after 'known as', with no thing before it
        ("Her partner, known to everyone as shazzy, drank heavily.", "shazzy"),
    ],
)
def test_round_forty_eight_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


def test_a_declared_author_after_a_title_blocks_nothing(gate: Gate) -> None:
    text = "The panel met monthly and Mr Okafor wrote the report."
    assert blocking_found(gate, text, allowed=["Martin Okafor"]) == []
