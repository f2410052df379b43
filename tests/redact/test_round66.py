"""Round sixty-six (issue 4, seventeenth session): read from the misses of sets 214-217
(measured blind with round 65). A name, then how it is written in its script ('her name for the
worker in Arabic, هبة عثمان', 'In our writing it is نازدار'); a name given 'as' in its script;
a name called with Arabic's vocative particle ('يا هبة'); Hungarian numeric dates with spaces
('1988. 07. 23.'); a business before 'depot', and a deli, a ballroom or a parcels firm by
name."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("She wrote her name for the worker in Arabic, هبة عثمان عبد الرحمن, and smiled.", "هبة"),
        ("> My sister's name was Nazdar. In our writing it is نازدار.", "نازدار"),
        ('Gujarati, gave her name as ભાનુબેન, with the word "ba", mother.', "ભાનુબેન"),
        ("> الله يرحمك يا هبة، كنتِ نور البيت", "هبة"),
        ("She gave her date of birth as 1988. 07. 23. at registration.", "1988. 07. 23."),
        ("Ana worked nights at the Kestrel Parcels depot, scanning and sorting.", "Kestrel"),
        ("She shopped at the Pipacs Deli on Fridays.", "Pipacs"),
    ],
)
def test_round_sixty_six_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # God and a kin word after the vocative particle
        "> يا الله، يا أمي، ساعديني",
        # a language named with no name before it; a phrase in a script after 'in Arabic'
        "The leaflet said, in Arabic, أنتِ لستِ وحدك (you are not alone).",
        # a section's number with spaces is no date
        "See section 12. 07. 23 of the policy.",
    ],
)
def test_round_sixty_six_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
