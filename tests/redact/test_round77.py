"""Round seventy-seven (issue 4, twenty-first session): read from sets 262-265 (measured blind
with the twentieth session's final code). Recall: a title, an initial and a surname in capitals
('Mr J. TREVASKIS'); a two-letter surname after a title ('"Mrs Ho"', which the placeholder rule
took for 'Mr D'); a name in its own script after 'written in Ge'ez script, was'; a house's name
before 'care home'; a scaffolding firm; a surname alone in a table's column of officers; a
one-word role before a name writing in a record ('Carer Nance notes').
Precision: a people named as a heritage ('Ghanaian (Asante) heritage'); a dish 'called
kūčiukai'; Welsh 'Bob mis Awst' (every August); the Brownies; a month and its year ('03/2021',
'Jun 2022'); a hospital's Emergency Department; 'Owner' in a farm visit note; a month after 'in'
where a person has the month's name; probation's 'COM'; 'Safeguarding: nil.'; Tagalog's commonest
words opening a quotation or a sentence ('Kung', 'Sabi'); a business's kind ('hosiery') learned
from a name the model took for a person's."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.policy import is_placeholder
from redact.recognizers.case_reference import CaseReferenceRecognizer
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```\nContact:    Mr J. TREVASKIS (tenant)   Tel 01632 960517\n```", "TREVASKIS"),
        ('The trust\'s records called her "Mrs Ho", after her late husband.', "Ho"),
        ("Her name at birth, written in Ge'ez script, was ሰላም ተስፋይ. She left at eighteen.", "ሰላም"),
        (
            "We asked what was known at her workplace, Larkspur House care home, where she worked.",
            "Larkspur",
        ),
        ("Her former partner, a scaffolder with Kestrel Access Scaffolding, was 31.", "Kestrel"),
        (
            (
                "| Date | Officer | Entry |\n|---|---|---|\n"
                "| May 2023 | Boswell | Client says the cousin lives on the same street. |"
            ),
            "Boswell",
        ),
        (
            (
                "| Date | Agency | Summary |\n|---|---|---|\n"
                "| Aug 2022 | Home care | Carer Nance notes bruising to her upper arms. |"
            ),
            "Nance",
        ),
        ("The support worker Reilly reported bruising to the office.", "Reilly"),
    ],
)
def test_round_seventy_seven_names_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "She was of Ghanaian (Asante) heritage and went to the Asante association each month.",
        "Her mother made the small biscuits called\nkūčiukai for Christmas Eve.",
        "> Roedd Mam wrth ei bodd gyda'r mynydd. Bob mis Awst bydden ni'n cerdded i fyny.",
        "For twenty years she ran the Brownies in the village hall.",
        "```\nTenancy log   03/2021  Inbound call, tenant rang about arrears.\n```",
        "Note 2 (fraud team, Jun 2022): 14 transfers out in 6 days to third parties.",
        "She attended the Emergency Department of Northshire Hospitals NHS Trust with a cut.",
        (
            "```\nVisit made 10:15. Spoke to owner in yard. Owner has SGC, cabinet seen.\n"
            "Owner's wife present briefly, quiet. Owner declined the leaflet.\n```"
        ),
        (
            "| Date | Agency | Note | By |\n|---|---|---|---|\n"
            "| Aug 2021 | Probation | Home visit. Not present. | COM |"
        ),
        (
            "```\nType: face to face. Accompanied by mother-in-law (stayed in room).\n"
            'History: low mood 4/12, early waking. Says husband\n  "keeps all the money".\n'
            "Plan: sertraline 50mg od. Self-refer Talking Therapies (leaflet). Review 4/52.\n"
            "Safeguarding: nil.\n```"
        ),
    ],
)
def test_round_seventy_seven_clean_rows_block_nothing(
    gate: Gate, text: str, tmp_path: Path
) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a month after 'in', where someone has the month's name
        (
            "Her friend April Trewin rang that night.\n\nIn April on a sheep farm it was usual.",
            "April",
        ),
        # Tagalog's commonest words: 'if' opening a quotation, 'said' opening a sentence
        ('At a party Tala said, "Kung may mangyari sa akin, alam niyo kung sino."', "ung"),
        (
            "> Tala: Ayaw niya na magpadala ako ngayong buwan. Sabi niya kanya daw ang sweldo ko.",
            "Sabi",
        ),
        # a business's kind, learned from a name the model took for a person's
        (
            (
                "She worked for twenty years at Ferrers Hosiery Mill.\n\n"
                "He found work in a foundry and she on the knitting floor of a hosiery mill."
            ),
            "hosiery",
        ),
    ],
)
def test_round_seventy_seven_words_are_not_names_here(
    gate: Gate, text: str, word: str, tmp_path: Path
) -> None:
    found = [found_text for found_text, _ in blocking_found_in_markdown(gate, text, tmp_path)]
    assert not any(found_text == word or found_text.endswith(word) for found_text in found), found


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [("Mr D", True), ("Child AB", True), ("Child A1", True), ("Mrs Ho", False), ("Mr Wu", False)],
)
def test_a_placeholder_s_letters_are_capitals(text: str, placeholder: bool) -> None:
    assert is_placeholder(text) is placeholder


@pytest.mark.parametrize(
    ("text", "reference"),
    [("Log   03/2021  Inbound call", None), ("Ref 4402318/22 was given", "4402318/22")],
)
def test_a_month_and_its_year_is_no_reference(text: str, reference: str | None) -> None:
    results = CaseReferenceRecognizer().analyze(text, ["CASE_REFERENCE"])
    assert [text[r.start : r.end] for r in results] == ([reference] if reference else [])
