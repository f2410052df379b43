"""Round fifty-one (issue 4, thirteenth session): read from the misses of sets 150-153 (each
measured blind first). A postcode in a link's query ('?q=BB4+6RW'); the writer's initials after
a log's column of the time of day; initials with their role in a meeting's list of who was
there; initials with a Central European capital ('M.Ď.'); a surname a Welsh mutation of an
allowed term would hide ('PC 2291 Nash' beside 'DASH'); a town abroad in a named province; a rare
word opening a heading before a colon or 'in her own words'; an initial and a surname in
brackets; a name in brackets in its own script."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The map at [the house](https://maps.example.org/search?q=LA9+4QT&zoom=15).", "LA9+4QT"),
        ("See https://maps.example.org/?q=LS6%202DF for the route.", "LS6%202DF"),
        ("```text\nMar 22  PM  KD    Client tearful, asking for her sister.\n```", "KD"),
        ("The minutes open with who attended.\nPresent:   GW (Team Manager, CSC) - chair", "GW"),
        ("The call was interpreted (Ł.K.) over the telephone.", "Ł.K."),
        ("The officer who attended, PC 4410 Nash, completed the DASH.", "Nash"),
        ("Thu grew up in Cam Lo, in Quảng Trị province, the eldest of three.", "Cam Lo"),
        ("| 2 | Agree a protocol | Head of Housing (R. Ingleby) | Month 6 |", "R. Ingleby"),
        ("## 2. Yordanos (ዮርዳኖስ)", "ዮርዳኖስ"),
        ("    description: her brother, aged 31 (ሃብቶም in the family's letter)", "ሃብቶም"),
    ],
)
def test_round_fifty_one_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Intro.\n\n## 3. Ruairidh: the family's account\n\nText.\n", "Ruairidh"),
        ("Intro.\n\n## Part 6. Tharsini in her own words\n\nText.\n", "Tharsini"),
    ],
)
def test_round_fifty_one_headings_are_caught(
    gate: Gate, tmp_path: Path, text: str, target: str
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\n## 4. Safeguarding: the findings\n\n## Glossary: terms used\n",
        "Intro.\n\n## 5. Chronology and the agencies\n\nText.\n",
        "She spoke Tigrinya (ትግርኛ) at home, and the family (ቤተሰብ) met at Eid (عيد).",
        "The refuge is in Town A, in the North West region.",
        "Present:   DSL (apologies), CSC (chair) and MARAC (minutes)",
        "The plan was reviewed (AM) and again (PM) each day.",
    ],
)
def test_round_fifty_one_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
