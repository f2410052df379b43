"""Round sixty-four (issue 4, seventeenth session): read from the misses of sets 206-209
(measured blind with round 63). A given name that is also an everyday word, alone between
commas after someone's role ('a colleague, Sunday, had driven'); a Persian name before 'jan' in
Persian script; a hospital ward in a record's field, in a table too; who did what, by initials
closing the entry ('Logged (RT).'); who said a quotation, after a dash ('> — Patience,
neighbour'); a town abroad said to be on its country's coast."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("He said that a colleague, Sunday, had driven him home from the station.", "Sunday"),
        ("Dilan's neighbour, April, gave a statement to the police.", "April"),
        ("```\nShirin: پریسا جان، امشب بیا پیش ما\n```", "پریسا"),
        ("| Field | Value |\n| --- | --- |\n| Ward | Larkspur Ward |", "Larkspur Ward"),
        ("Ward: Foxglove", "Foxglove"),
        ("> Referral received from the pharmacy. Logged (RT). Client unknown to service.", "RT"),
        ("Mam's partner pushed her. DSL informed same day (AJ).", "AJ"),
        ('> "She was a proud woman."\n>\n> — Patience, neighbour', "Patience"),
        ("Linh grew up in Thanh Chuong, on the north-central coast of Vietnam.", "Thanh Chuong"),
    ],
)
def test_round_sixty_four_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation in brackets after the same verbs; a role's letters
        "The school was to be informed (DSL). The criminal case was closed (NFA).",
        # a kin word before 'jan' in Persian script ('mum dear')
        "```\nمامان جان، کجا هستی؟\n```",
        # a dash before a word that is no name, and a table's label with a word in its cell
        '> "It was the right call."\n>\n> — Review panel, 2024',
        "| Agency | Finding |\n| --- | --- |\n| School | Attendance |\n| Ward | Yes |",
        # a city abroad of half a million or more only warns
        "She was born in Rasht, on the Caspian coast of Iran, and trained as a nurse.",
    ],
)
def test_round_sixty_four_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
