"""Round two of generalisation (issue 4): shapes the tuning corpus did not show, on invented rows
through the real gate. Every name, business, reference and date here is invented.

A must-block row needs a blocking finding overlapping the marked text; a date row needs any
finding (dates warn by default); a clean row must block nothing.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate

POLICY = {
    "site_area": ["Northshire"],
    "allow": {
        "agencies": ["Northshire Police", "Northshire County Council"],
        "places": ["England", "Wales", "UK", "North West"],
        "other": ["MARAC", "Refuge"],
    },
}


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a nickname in quotes after "known ... as", "went by", "called him/her"
        ("She was known to everyone as 'Dazza'.", "Dazza"),
        ("Her brother went by ‘Kemo’ with friends.", "Kemo"),
        ('His friends called him "Pez" at school.', "Pez"),
        # a local business named with everyday words and no kind word
        ("She worked at Flour Garden for two years.", "Flour Garden"),
        ("She worked at the Copper Ladle on Saturdays.", "Copper Ladle"),
        ("He bought the phone from Mobile Corner in town.", "Mobile Corner"),
        ("She had Saturday shifts at Velvet Thimble.", "Velvet Thimble"),
        # invented villages built like Welsh place names, not in the gazetteer
        ("The family moved from Pentrefechan to the coast.", "Pentrefechan"),
        ("Her mother still lives near Cwmderwen.", "Cwmderwen"),
        ("The farm at Bryncoch-isaf was sold.", "Bryncoch-isaf"),
        # an agency's reference after an account or customer word (a debt collector's letter)
        ("Letter from the bailiffs, account number XK-449102.", "XK-449102"),
        ("The collector's customer ref: QZ7730-11 was quoted.", "QZ7730-11"),
        ("Her tenancy number was TN0045821.", "TN0045821"),
    ],
)
def test_new_shapes_block(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("On Monday 3rd she called the GP.", "Monday 3rd"),  # weekday and day
        ("She called on Tues 14 and again later.", "Tues 14"),
        ("The visit was on the 14th and he left.", "14th"),  # the month is the paragraph's
        ("She was seen on 3rdMarch 2021.", "3rdMarch"),  # ordinal with no space
        ("| 12/03 | GP visit |", "12/03"),  # numeric day and month in a table
    ],
)
def test_new_date_shapes_are_flagged(gate: Gate, text: str, target: str) -> None:
    assert "DATE_EXACT" in found_over(gate, text, target, blocking=False), target


def test_day_and_month_without_year_is_no_birth_date(gate: Gate) -> None:
    # "12/03" has no year: an exact date (warn), never taken for an early date of birth.
    report = gate.check_text("On 12/03 the GP saw her.", "t.md")
    assert not report.blocking
    assert [f.entity_type for f in report.findings] == ["DATE_EXACT"]


@pytest.mark.parametrize(
    "text",
    [
        "He called her 'slag' and 'stupid' in messages.",  # insults are no nicknames
        'He called her "Mum" when drunk.',
        "The project was named 'Bridges' by the council.",  # a thing named, not a person
        "She was known to services as 'high risk'.",
        "She volunteered at Citizens Advice.",  # a national service
        "She worked at Adult Social Care.",
        "She worked at Northshire Police as a call handler.",  # the site's own agency
        "He bought cannabis from Dealer A.",
        "She had a bank account with a high-street bank.",
        "The account number was not recorded.",
        "That was the 3rd time she had called.",  # an ordinal, not a date
        "The house was built in the 19th century.",
        "The Pentecostal church and the Penalty Notice scheme helped.",  # words, not places
        "Treatment options and Pendant alarms were discussed.",
    ],
)
def test_clean_rows_do_not_block(gate: Gate, text: str) -> None:
    assert not gate.check_text(text, "t.md").blocking, text
