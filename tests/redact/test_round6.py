"""Round six (issue 4): shapes the fifth held-out corpus showed the gate missing or
over-flagging, as categories, on invented rows through the real gate. Every person, business,
estate and reference here is invented; towns are real but appear only as bare place names.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate, row_policy

POLICY = row_policy(other=["DASH", "IDVA", "EMIS"])


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a police record's SURNAME, GIVEN all in capitals
        ("IP:   NOWAKOWSKA, KRYSTYNA   (POL)   interpreter requested\n", "NOWAKOWSKA, KRYSTYNA"),
        # a MARAC reference with a word in the middle
        ("The referral recorded the case as NTH/MARAC/22/0913.", "NTH/MARAC/22/0913"),
        # a named estate; a business that ends in Cars or Pharmacy; 'a driver for'
        ("They lived on the Kestrel Rise estate until 2019.", "Kestrel Rise"),
        ("He worked nights as a driver for Harbourside Cars.", "Harbourside Cars"),
        ("The pharmacy, Harbourside Pharmacy, delivered weekly.", "Harbourside"),
        # the author of a statement, in a heading
        ("### 2.4 Statement from Eluned Kowalczyk\n", "Eluned Kowalczyk"),
        # 'known locally as' a given name
        ("Their son (known locally as Wiktor) lives nearby.", "Wiktor"),
        # a place before ', near'
        ("They settled on the site at Penhow, near the coast.", "Penhow"),
        # a date of birth after a line break
        ("her third child, born\n3 January 2019. The health visitor", "3 January 2019"),
        # a speaker in brackets, and a lower-case name that speaks
        ("```\n[Osian] ondine says you were at the club. ti'n meddwl?\n```\n", "ondine"),
        # 'tell X to' in an all lower-case message
        ("```\n  tell zbigniew to stop chatting about me as well\n```\n", "zbigniew"),
        # someone named by what they did for the family
        ("for an hour. Thanh, the salon owner, had seen him before.", "Thanh"),
    ],
)
def test_round_six_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=("Osian",)), target


@pytest.mark.parametrize(
    "text",
    [
        "MARAC, DASH and IDVA were all involved.",  # acronyms in capitals are no record name
        "Estate agents were called. The housing estate was quiet.",  # 'estate' alone
        "She was moved to the Traveller site in 2019.",  # a census word before 'site'
        "The GP practice recorded it in SystmOne and in EMIS.",  # a camel-case record system
        "She was referred to SafeLives and messaged on WhatsApp.",  # camel-case services
        "## Cefndir / Background\n",  # a bilingual heading
        "## 1. Rhagarweiniad / Introduction\n",  # a bilingual numbered heading
        "```\n[Osian] Dwi yn y gwaith. Plis paid.\n```\n",  # a Welsh message
        "However, the owner, had seen him before.",  # a common word before an occupation
        "Everyone says the police said it was fine.",  # ordinary speakers
    ],
)
def test_round_six_clean_forms_do_not_block(gate: Gate, text: str) -> None:
    report = gate.check_text(text, "t.md", allowed=("Osian",))
    assert [(f.text, f.recognizer) for f in report.blocking] == []


def test_a_name_in_both_halves_of_a_bilingual_heading_is_a_name(gate: Gate) -> None:
    """A Welsh heading's words are not names, unless the same word stands in both languages."""
    text = "## 3. Teulu Tegwen / Tegwen's family\n"
    assert found_over(gate, text, "Tegwen")
