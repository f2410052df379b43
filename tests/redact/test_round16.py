"""Round sixteen (issue 4): shapes the twentieth and twenty-first held-out corpora showed the
gate missing or over-flagging (read after their one blind run), as categories, on invented rows
through the real gate. Every person, business and place here is invented.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over, row_gate, row_policy

POLICY = row_policy()
DECLARED = ("Heulwen", "Ceinwen")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a capital mid-sentence in Welsh marks a name, as in English
        ("> 12 Mai 1948, priod annwyl y diweddar Gwilym, mam dyner i dri.\n", "Gwilym"),
        # a pub 'The X and Y' opening a sentence
        ("The Lobster and Anchor on the seafront was his local.", "Lobster and Anchor"),
        # a takeaway's name before its cuisine and kind
        ("It was the Jade Garden Chinese takeaway on the corner.", "Jade Garden"),
        # a rarer given name a voice command rings, in quotes
        ('```\nMon 19:40   "alexa ring desmond"   -> Calling...no answer\n```\n', "desmond"),
        # a place built like an English place name before 'village'
        ("Pickup: staff gate. Drop: Brackenhead village.", "Brackenhead"),
        # a mill's name before its trade
        ("She worked the machines at Talbot Hosiery until it closed.", "Talbot"),
    ],
)
def test_round_sixteen_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a placeholder's letter ending a sentence, and a part of the report
        "> carer's assessment for Mr H. Enquiry closed.\"\n",
        "See Appendix C. Information sharing was poor.",
        # a declared single-word pseudonym with a title
        "Staff called her Mrs Ceinwen because she came in smiling.",
        # a mutated Welsh placeholder, a Welsh verb form, a two-language table header
        "Lladdwyd Heulwen gan ei mab yn ei chartref ym Mhentref A yn 2023.\n",
        "description: Dewiswyd gan ei merch; ystyr yr enw yw heulwen\n",
        "| Argymhelliad / Recommendation | Scope | Action | Lead agency |\n|---|---|---|---|\n",
    ],
)
def test_round_sixteen_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
