"""Round four (issue 4): the model's over-long spans, eponyms, and references in new shapes, on
invented rows through the real gate. Every name, reference and handle here is invented.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.eponyms import eponym_spans
from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate, row_policy

POLICY = row_policy(agencies=["Adult Social Care"], other=["Clare's Law"])


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a reference after a few words and 'was'
        ("The bailiff's reference for Adult B was KTR-40917733.", "KTR-40917733"),
        ("case file NWDP-DHR-21-04 - notes of the panel", "NWDP-DHR-21-04"),  # 'case file'
        # a user name in a club's member page
        ("[her running club page](https://www.example.org/members/tq_harlen04)", "tq_harlen04"),
        # a titled name before a condition is a person, not an eponym
        ("Mrs Ulverby's disease had been diagnosed in 2019.", "Ulverby"),
        # a given name before a condition is a person, not an eponym
        ("Her father Teodor's disease meant he needed care.", "Teodor"),
        # the name is kept when the model's span runs on into a verb
        ("At the hospital Marisol Quennell rang the ward twice.", "Marisol Quennell"),
    ],
)
def test_round_four_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target)


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        # eponymous conditions and laws name no person
        ("Rosa's Parkinson's disease had progressed; Parkinson's made her fall.", ("Rosa",)),
        ("He was diagnosed with Huntington's disease and later Bell's palsy.", ()),
        ("A Clare's Law disclosure was made.", ()),
        # the model's span ran a declared name into a pronoun or a verb
        ("After she left, Gethwyn she started a college course.", ("Gethwyn",)),
        ("On Monday Susanna rang Adult Social Care about the bruises.", ("Susanna",)),
        # a common word opening a sentence before a declared name
        ("Closing Faith's case was agreed at the meeting.", ("Faith",)),
        # a child's birth year says no more than an age
        ("Their daughter was born in 2016 and started school in 2020.", ()),
        # COVID-19 and ICD-10 are no references
        ("During COVID-19 the GP recorded ICD-10 codes.", ()),
    ],
)
def test_round_four_clean_forms_do_not_block(
    gate: Gate, text: str, allowed: tuple[str, ...]
) -> None:
    report = gate.check_text(text, "t.md", allowed=allowed)
    assert [(f.entity_type, f.recognizer) for f in report.blocking] == []


@pytest.mark.parametrize(
    ("text", "eponyms"),
    [
        ("Down syndrome", ["Down"]),  # a condition straight after the name
        ("Crohn's disease", ["Crohn"]),  # through a possessive
        ("Clare's Law", ["Clare"]),  # a law named after a person
        ("Okafor Law", []),  # a firm of solicitors, not an eponym
        ("Edith's disease", []),  # a given name: a person's illness
        ("Mr Ulverby's disease", []),  # a titled name: a person's illness
        ("Parkinson's disease. Her Parkinson's was worse.", ["Parkinson", "Parkinson"]),
    ],
)
def test_eponym_spans(text: str, eponyms: list[str]) -> None:
    assert [text[s:e] for s, e in eponym_spans(text)] == eponyms


@pytest.mark.parametrize(
    ("area", "is_place"),
    [
        ("Tameside", True),  # a metropolitan district
        ("Ceredigion", True),  # a Welsh principal area
        ("Sir Gaerfyrddin", True),  # the Welsh name ISO gives beside the English one
        ("Bracknell Forest", True),  # a unitary authority of two words
        ("Norfolk", False),  # a two-tier county is wide enough to leave to the site policy
        ("Scotland", False),  # a nation
    ],
)
def test_local_authority_areas_are_places(area: str, is_place: bool) -> None:
    from redact import lexicon

    assert lexicon.is_uk_place(area) is is_place


def test_a_title_opening_a_sentence_stays_with_the_name(gate: Gate) -> None:
    """'Ms' is a common word at a sentence start, but it belongs to the name after it."""
    text = "The nurse called. Ms Quarrendon was not at home."
    report = gate.check_text(text, "t.md")
    assert "Ms Quarrendon" in [f.text for f in report.blocking if f.entity_type == "PERSON"]
