"""Round fifty-six (issue 4, fourteenth session): read from the misses of sets 170-173 (each
measured blind first, with round 55). Two workers' initials joined by a slash after 'seen by'
('Seen by JT/MB'); initials in brackets after a learning mentor's role, with a surname's two
letters ('DSL (M.Ra.)') or one letter before a hyphen ('Learning mentor (J-PO)'). A nurse's
registration in brackets ('the nurse (RGN)') is no one's initials."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("New birth visit (day 12). Seen by JT/MB.", "JT"),
        ("New birth visit (day 12). Seen by JT/MB.", "MB"),
        ("| Spr 1, wk 5 | DSL (M.Ra.) | Mum came in asking why she cannot collect. |", "M.Ra."),
        ("| Sum 1, wk 3 | Learning mentor (J-PO) | Hiding under the table. |", "J-PO"),
    ],
)
def test_round_fifty_six_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # two roles joined by a slash after 'seen by'
        "Seen by HV/SW together at the clinic.",
        # a scheme's letters after a role, and a role's own letters in brackets
        "The mentor (DSL) and the nurse (RGN) met at the school.",
    ],
)
def test_round_fifty_six_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
