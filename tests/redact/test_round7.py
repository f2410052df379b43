"""Round seven (issue 4): shapes the sixth and seventh held-out corpora showed the gate missing,
as categories, on invented rows through the real gate. Every person, reference and business
here is invented; counties and towns appear only as bare place names.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing.
"""

from __future__ import annotations

import pytest

from redact import lexicon
from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate, row_policy

POLICY = row_policy(other=["IDVA", "Adult A"])


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # numbers of six or more digits: accounts, intelligence logs, cards, case files
        ("INTEL  58130277461  GRADE B2\n", "58130277461"),
        ("The card ending 5521-0937-4410-2286 was used.", "5521-0937-4410-2286"),
        ("Her social care file, LCS 4418203, was closed.", "LCS 4418203"),
        ("crime 7730419/22 was filed", "7730419/22"),
        # Mc and Mac names after a title; a title, an initial and a surname
        ("<!-- Mrs McTavish asked not to be named -->", "McTavish"),
        ("Seen by Mr K. Tolliver on the ward.", "Tolliver"),
        # records that write names in capitals
        ("Client: FOTHERGILL B (Mrs)   NHS No: withheld\n", "FOTHERGILL B"),
        ("Victim: NK (HCA)   Perp: ENTWISTLE ISOLDE DOB withheld\n", "ENTWISTLE ISOLDE"),
        ("Victim: NK (HCA)   Perp: ENTWISTLE ISOLDE DOB withheld\n", "NK"),
        ("PC ORMEROD attended at 02:10.", "ORMEROD"),
        ("Address believed cuckooed. Occupant DUCKWORTH, adult with LD.", "DUCKWORTH"),
        ("Home visit by FEO Kenyon. Cabinet bolted.", "Kenyon"),
        ("Visit 19:45  Carer: Nuala\n", "Nuala"),
        # a family's own name for someone; someone thanked
        ('> "She was soft with the grandkids, especially our Bryony."', "Bryony"),
        ("*With thanks to Ludmila and to the women of the drop-in.*", "Ludmila"),
        # an Irish county
        ("Her family came from County Leitrim in the 1980s.", "County Leitrim"),
        # a chapel or fellowship by name
        ("She sang at Kingdom Life Fellowship every week.", "Kingdom Life"),
    ],
)
def test_round_seven_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        "In 2019-2021 the service saw 2019/20 figures rise.",  # spans of years
        "She called the Samaritans on 116 123 that night.",  # a European helpline
        "The IDVAs and the GPs were not told.",  # plural acronyms
        "Name: Unknown\nCarer: HV\nClient: Adult A\n",  # record fields without a name
        "She prayed to Our Lady on Sundays.",  # a title of faith, and days
        "Messages on Facebook Messenger were read by the panel.",  # an app, not a person
        "Brackley County Council and County Hall",  # 'County' before a council word
        "NOTE: POLICE ATTENDED AND WORDS OF ADVICE GIVEN\n",  # a log's capitals
    ],
)
def test_round_seven_clean_forms_do_not_block(gate: Gate, text: str) -> None:
    report = gate.check_text(text, "t.md", allowed=("Brackley",))
    assert [(f.text, f.recognizer) for f in report.blocking] == []


@pytest.mark.parametrize(
    ("word", "national"),
    [
        ("Jordanian", True),  # a nationality
        ("Jordan", False),  # a country that is more often a person in a review
        ("Mayo", False),  # a small language named like a county
        ("Sylheti", True),  # a community language
    ],
)
def test_national_words(word: str, national: bool) -> None:
    assert lexicon.is_national_word(word) is national
