"""Round sixty-three (issue 4, sixteenth session): read from the misses of sets 202-205 (measured
blind with round 62). A person named with the years of their life; initials in brackets after
a role's letters (an officer's: 'TEO (MB)'); who owns an action, by initials; initials after a
nurse's letters ('SN JK'); a lower-case given name with a Turkish case ending ("yusuf'a"); the
name a phone was saved under, whom it was saved for between ('saved him in her phone as
rhods')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "[^1]: [Morfudd Parry, 1952-2023: a notice from the family](https://www.example.org/n)",
            "Morfudd Parry",
        ),
        ("```\n        still active. Deactivated same day.   - TEO (MB)\n```", "MB"),
        ("> 2. Police to flag the address for priority response. Owner: LC.", "LC"),
        ("<!-- BK: maternity extract; SN JK to confirm which fields must go -->", "JK"),
        ("```\n[Ekim, 09:40] yusuf'a söyleme lütfen, kavga çıkar\n```", "yusuf"),
        ("Her son lived with her (she saved him in her phone as rhods).", "rhods"),
    ],
)
def test_round_sixty_three_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # a law's years, and a service's letters before initials that are a word
        "The review applies the Care Act 2014 (2014-2015 guidance) and the Children Act 1989.",
        "Actions agreed at the meeting; owner: the Chair. The lead: Police.",
        # an English word before an apostrophe
        "It was a long night, and nobody's fault; the rota'd been changed.",
    ],
)
def test_round_sixty_three_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
