"""Round forty-five (issue 4, twelfth session): precision read from the clean reports of sets
130-133, and a soft wrap before a year. A condition named in Welsh ('glefyd Alzheimer') is an
eponym, and a word the review shows is an eponym is no name to look for elsewhere; a listed
common Welsh word is no name in an English line ('## Crynodeb (summary in Welsh)'); an acronym a
glossary defines ('HTN hypertension;') is no name anywhere in the text; a line that starts with a
number of four digits or more goes on the sentence before it (no paragraph is numbered so)."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import (
    blocking_found,
    blocking_found_in_markdown,
    found_over,
    found_over_in_markdown,
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a name still blocks after a glossary that defines other letters
        ("Shorthand: BP blood pressure; HTN hypertension.\n\nJT said no to the plan.", "JT"),
        # initials a text gives a person are no defined acronym
        ("The panel met Joan Pryce (JP) in May.\n\nLater JP said no to the plan.", "JP said"),
    ],
)
def test_round_forty_five_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


def test_a_date_of_birth_wrapped_before_its_year_is_caught(gate: Gate, tmp_path: Path) -> None:
    text = (
        "The report records that her partner, a man she met at work, was born on 3 May\n"
        "1990. She met him in the spring and they moved in together soon after.\n"
    )
    assert found_over_in_markdown(gate, text, "1990", tmp_path) == ["DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    "text",
    [
        # a condition named in Welsh, and the same eponym in English elsewhere
        "Roedd gan y fam glefyd Alzheimer.\n\nShe was diagnosed with Alzheimer's disease.",
        # a listed common Welsh word in an English heading
        "## 16. Crynodeb (summary in Welsh)\n\nThe summary follows.",
    ],
)
def test_round_forty_five_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


def test_acronyms_a_glossary_defines_block_nothing_anywhere(gate: Gate, tmp_path: Path) -> None:
    text = (
        "Shorthand: c/o complains of; BP blood pressure; HTN\nhypertension; NDAH National "
        "Domestic Abuse Helpline; TCI to come in\n\n```text\n2016 Q1   GP    c/o headaches. "
        "Repeat x3 -> HTN.\n2018 Q3   PN    HTN review. Gave NDAH number.\n```\n"
    )
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
