"""Round twenty (issue 4): shapes the thirtieth and thirty-first held-out corpora showed the gate
missing or wrongly blocking (read after their one blind run), as categories, on invented rows
through the real gate. Every person, business and place here is invented; the towns are real
only as place names to be found.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a pub named for a king, a bishop or a duke
        ("Regulars at the Bishops Arms said he drank there most nights.", "Bishops"),
        ("She met friends at the Dukes Arms on Fridays.", "Dukes"),
        # a hospital ward's own name, however ordinary the word
        ("She spent a fortnight on Heron Ward before discharge.", "Heron Ward"),
        ("| 4 | Audit discharges from Lantern Ward | Trust | 2025 |\n", "Lantern Ward"),
        # a town that is also a month, by a distance or a direction from it
        ("The caravan stood on a farm about three miles outside March.", "March"),
        ("They rented a bungalow just west of March, near the river.", "March"),
        # a Welsh town after a mutation ('ym', 'o', 'i')
        ("Mam: dere adre o Fangor heno", "Fangor"),
        ("Roedd y teulu yn byw ym Mhenarth ers 2015.", "Mhenarth"),
        # a Welsh place element as a word of its own before its name
        ("She grew up on a smallholding below Moel Eithinog.", "Moel Eithinog"),
        ("the stars over\nMynydd Gwernog", "Mynydd Gwernog"),
        # a found name's given part, in lower case in prose, when it is no English word
        ("CUSTODY: BRIGHTWELL, CALLUM\n\nHis phone saved him as callum only.", "callum"),
        # someone's home by their lower-case name in a quoted message
        ('Her last text read: "i will stay at xiu ying\'s tomorrow."', "xiu ying"),
        ('He wrote: "she is round kasimira\'s again"', "kasimira"),
        # dotted initials with the person's part in brackets
        ("[^2]: Adviser's note of a call with K.T. (client), May 2021.", "K.T."),
    ],
)
def test_round_twenty_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # wards named for what they are for, and ward placeholders
        "She was moved from the Stroke Ward to the Older Adults Ward.",
        "The Acute Medical Ward and the Maternity Ward were both full.",
        "Ward A staff and the Ward Manager spoke to the review.",
        # a month after a distance in time, not in space
        "It was three miles from the house; from March 2019 she stayed away.",
        # a glossary of acronyms is no 'SURNAME, GIVEN' record name
        "Appendix B: glossary (MARAC, DVPN).",
        # a span the model runs across a placeholder and a declared name
        (
            "After the separation he moved to a flat near her parents' home in Village B. Marisol"
            " sent many messages and, on two occasions, drove past the house at night."
        ),
        # a Welsh friend speaking in a transcript
        "```\nffrind: dere draw heno\nMarisol: iawn\n```\n",
        # homes of kin, shops and surgeries
        "She said she was at mum's, then at tesco's, then at the doctor's.",
        "He was registered with a G.P. (surgery) near the estate.",
    ],
)
def test_round_twenty_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []


def test_a_span_across_a_full_stop_still_blocks_an_undeclared_name(gate: Gate) -> None:
    """The sentence test allows a run-together span only when every part is allowed."""
    text = (
        "After the separation he moved to a flat near her parents' home in Village B. Rhodri"
        " sent many messages and, on two occasions, drove past the house at night."
    )
    assert found_over(gate, text, "Rhodri", allowed=DECLARED)


def test_a_town_named_like_a_month_is_not_propagated_to_dates(gate: Gate) -> None:
    """Once 'March' the town is found, its other mentions are found too, but not the month in
    a date."""
    text = (
        "The caravan stood three miles outside March. Her sister also lived in March.\n\n"
        "| March 2019 | Employer | Both start work on the same line |\n"
    )
    report = gate.check_text(text, "t.md", allowed=DECLARED)
    starts = sorted(f.start for f in report.blocking if f.start is not None)
    assert starts == [text.index("March."), text.index("March.", text.index("March.") + 1)]
