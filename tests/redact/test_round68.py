"""Round sixty-eight (issue 4, seventeenth session): read from the misses and clean findings of
sets 222-225 (measured blind with round 67). Initials signing a line after a dash, a role's
letters before or after them ('typed from diary — KM', '— BO, CC', '- RMN KT'). Precision: a
script's name is a language's word ('Cyrillic', 'Gurmukhi'); kin words and endearments called
in Ukrainian or Russian ('Мамо,', 'Доню,'); Tagalog's words for mother and father ('Nanay');
the review's own letters and an empty field are no initials ('- DHR', '- NIL')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```\n  0930  Entries checked.        all entries typed from diary — KM\n```", "KM"),
        ("```\nPlan: depot discussion with consultant; review 1/52.      — BO, CC\n```", "BO"),
        ("```\n  Liaison referral made. Partner in waiting room.     - RMN KT\n```", "KT"),
    ],
)
def test_round_sixty_eight_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "Where messages are quoted in Ukrainian, the words are written in Cyrillic; some in Latin.",
        "Her father's letters were in Gurmukhi and Devanagari.",
        "```\nМама:   Доню, поговори з кимось.\nДочка:  Мамо, у нас все добре.\n```",
        'She sent a box home every Christmas "with something special for Nanay".',
        "```\nVEHICLE SEIZED/SEARCHED - NIL\n```",
    ],
)
def test_round_sixty_eight_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
