"""Round fifty-three (issue 4, thirteenth session): precision, read from the clean reports of
sets 150-161 (each measured blind first). A greeting the model takes for a name ("'Helo,
cariad'"); a common word of another language opening a quotation ('"Wszystko w porządku"');
'Levantine' and 'Maghrebi' as forms of a language; the standard words of a Welsh review's
headings ('Cylch Gorchwyl', terms of reference)."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    "text",
    [
        "When the officer rang, she said 'Helo, cariad' and something about the cat.",
        'The neighbour said, in Polish, "Wszystko w porządku", everything is fine.',
        "Her first language was Arabic, in its Levantine form; his was Maghrebi Arabic.",
        "## 2. Cylch Gorchwyl | Terms of Reference\n\nThe panel agreed the terms.",
        "## 6. Lleisiau'r Gweithwyr Proffesiynol | What the Professionals Said",
    ],
)
def test_round_fifty_three_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a name is still a name where it is no greeting and no common word of another language
        ("She said 'Helo, Gwenllian' and put the phone down.", "Gwenllian"),
        ('The neighbour said, in Polish, "Bożena, wszystko w porządku?"', "Bożena"),
    ],
)
def test_round_fifty_three_names_are_still_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


def test_a_name_called_at_a_quotations_start_is_still_caught(gate: Gate) -> None:
    text = "> \"I heard her shouting 'Tomai, ne!' - that's his name in their language.\""
    assert found_over(gate, text, "Tomai")
