"""Round twenty-four (issue 4): shapes the thirty-eighth and thirty-ninth held-out corpora showed
the gate missing or wrongly blocking (read after their one blind run), as categories, on
invented rows through the real gate. Every person, business, number and place here is invented;
the village is real only as a place name to be found.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an initial and a surname with a particle, signing a message
        ("> please only text, do not call. Thank you. R. Al-Hashimi", "Al-Hashimi"),
        ("Signed by J. Pendlebury on behalf of the family.", "Pendlebury"),
        # a surname that is also a kind-of-body word, after a title
        ("A second vehicle belonged to Mr Ward, her uncle.", "Ward"),
        # a plate straight after 'registered'
        ("a black Fiat Punto\nregistered GH 517 RT, which mattered later.", "GH 517 RT"),
        # a handle in brackets leading a chat line
        ("```text\n[kirsty.mcfee.81]  he's back again\n[sister]  tell the police\n```\n", "kirsty"),
        # a record system and its number
        ("The school logged it as CPOMS 48213 but made no referral.", "48213"),
        # a taxi firm and a salon by their kind at the end
        ("He worked as a controller at Aire Valley Star Private Hire.", "Star"),
        ("She worked at Silk & Shimmer Hair Studio until March.", "Shimmer"),
        # a word English does not know after 'above', 'near'
        ("They farmed sheep on a hill farm above Cwrtnewydd.", "Cwrtnewydd"),
        # a quoted nickname after 'call her younger son'
        ('The family call her younger son "Bobo", and records use it.', "Bobo"),
    ],
)
def test_round_twenty_four_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a platform and a charity's safety app
        "They talked on Messenger and Viber; the worker explained the Bright Sky app.",
        # placeholders and roles after a title or an initial
        "Thank you, Madam Chair. See Appendix B. Findings are set out below.",
        # system names with years, and a storm
        "In 2019 Mosaic replaced the old system; STORM 2019 logs were kept for 1000 days.",
        # a possessive after 'at', and a charity the site lists
        "She stayed at Marisol's flat. Referred to Northshire Police in 2020.",
        # 'registered' before a year or a charity number
        "The charity was registered 2019 and registered in England and Wales.",
    ],
)
def test_round_twenty_four_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
