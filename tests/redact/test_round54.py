"""Round fifty-four (issue 4, fourteenth session): read from the misses of sets 158-165 (each
measured blind first). Initials after a rank's or a role's letters and a slash ('PS 2290/KM',
'HCA/JB'); undotted initials after a title ('(Dr AH)'); a name as a record gives it ('(Summer in
the coroner's papers)', 'known as A.M. in the school's records'); a name between dashes before
the pseudonym; one of a group named between commas ('One of them, Autumn, told'); a pen
portrait's heading ('## 3. Who Loveday was'); a place in a place's
hyphenated shape ('Praze-an-Beeble'); a town abroad before its country after 'from' or with a
region between; a care home, a car wash and a pub named by a number of things; a local place
named for its town, whole where the town alone is allowed; a pitch on a caravan park; a given name or an unknown word opening a sentence before a verb
('Ibrahim was interviewed'); a kin word owning a business ('Hooyo's Kitchen'). Precision:
a table's cell before 'Limited' is no company; a plural of an English word is no unknown
actor ('Handovers took place'); a mentor is a role; kin words in Portuguese, Somali and
Tigrinya."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import (
    blocking_found,
    blocking_found_in_markdown,
    found_over,
    found_over_in_markdown,
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chronology compiled from the Niche extract supplied by OIC DS/RW.", "RW"),
        ('- 2104 — PS 2290/KM review: "victim denies, NFA."', "KM"),
        ("2017 Aug  HCA/JB     BP check. Bruise to forearm noted.", "JB"),
        ("I asked the worker (her initials on the system are ASC/SH) if she went.", "SH"),
        ("2017 Mar  (Dr AH)  Insomnia 3/12. Works shifts.", "AH"),
        ("Nov 2021  CT (Mrs KH, Y4 Kestrels): pupil quiet after half term.", "KH"),
        ('    description: "her daughter, 19 (Summer in the coroner\'s papers)"', "Summer"),
        ('    description: "their daughter (April in the police summary of evidence)"', "April"),
        ("Child R, now known as A.M. in the school's records, lives with her aunt.", "A.M."),
        ("A private hire driver (known as Sunday on the taxi rank), he was 56.", "Sunday"),
        ("Bhavnaben — Meera — is remembered by her neighbours as kind.", "Bhavnaben"),
        ('One of them, "Shaky", told the panel he had assumed it was a joke.', "Shaky"),
        ("Her friends knew. One of them, Autumn, told the review she never complained.", "Autumn"),
        ("They stopped at Praze-an-Beeble every autumn for the potato picking.", "Praze-an-Beeble"),
        ("Her family came to the West Midlands from May Pen, Jamaica, in the 1960s.", "May Pen"),
        ("Marcia was born in May Pen, in Clarendon, Jamaica, and came here at nine.", "May Pen"),
        ("IMR 3 came from Carn View Care Home, which the company runs.", "Carn View"),
        ("He worked at Supreme Hand Car Wash, paid in cash.", "Supreme"),
        ("She worked behind the bar at The Three Crowns on Fridays.", "Three Crowns"),
        # the site's area is allowed; a local place named for it is not
        ("She was a member of the Northshire Chinese Evangelical Church.", "Evangelical Church"),
        ("MOTHER. AT WHEAL JENNY CARAVAN PARK, PITCH 31. NFA.", "PITCH 31"),
        ("The coroner recorded suicide. Ibrahim was interviewed by the police.", "Ibrahim"),
        ("Tekle is also how the victim was named in the letter.", "Tekle"),
        # a kin word that owns a business names it, though a kin word is no name
        ("She worked for four years at Hooyo's Kitchen, a Somali restaurant.", "Hooyo"),
    ],
)
def test_round_fifty_four_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # two roles joined by a slash, and a department's letters (a rank with a collar number
        # names an officer since round sixty: test_round60)
        "The PC/PCSO team and the HV/SW pair met; DS/DI cover was arranged.",
        "The sergeant attended; the A/E department was busy.",
        # capitals after a title in capitals
        "DR AND MRS were printed on the card; MR AND MRS on the envelope.",
        # a role or kin word in the record's brackets
        "(Mum in the police statement) said she had not seen him.",
        # a review's title with dashes
        'title: "Safeguarding Adults Review – Learning – Overview Report"',
        # a hyphenated phrase that is no place
        "Her Mother-in-law and a Jack-in-the-box were in the photograph.",
        # a country, not a town, before a country; a city so large it locates no one
        "She came from Poland, Europe, in 2005; he came from Karachi, Pakistan.",
        # one of a group, by a role or a kin word
        "One of them, Mum, told the review; one of the officers, Sergeant, said so.",
        # the site's area and its agencies, as the site allows them; a place named for the area
        # with only an agency's words ('Northshire College' may be an agency of the review)
        "Northshire Police and Northshire County Council met; Northshire College sent a report.",
        # a placeholder before a kind of place is a placeholder still
        "The children went to Town A Primary School; he prayed at Town B Mosque.",
        # a football pitch, no caravan site
        "He trained on pitch 2 at the leisure centre on Saturdays.",
    ],
)
def test_round_fifty_four_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("## 3. Who Loveday was\n\nShe was the eldest of five.\n", "Loveday"),
        ("### Remembering Kathleen\n\nShe sang in the choir.\n", "Kathleen"),
        ("## In memory of Cynthia\n\nShe kept bees.\n", "Cynthia"),
    ],
)
def test_a_name_in_a_pen_portraits_heading_is_caught(
    gate: Gate, tmp_path: Path, text: str, target: str
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "## 4. Who the Panel were\n\nThe panel met six times.\n",
        "## Who Mum was\n\nHer children wrote this.\n",
    ],
)
def test_a_pen_portraits_heading_without_a_name_blocks_nothing(
    gate: Gate, tmp_path: Path, text: str
) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


@pytest.mark.parametrize(
    "text",
    [
        "| Factor | Notes |\n|---|---|\n| Perpetuating | Limited insight. Unemployment. |",
        "Contact was arranged informally. Handovers took place at a service station.",
        'His grandmother described the Learning Mentor as "an angel".',
        "Dad took Mum's phone because she was talking to Avó (his grandmother).",
        "```text\nSister:  selam haftey. how are you\n```",
        # a language's name or a kin word opening a sentence
        "Pahari-Pothwari is not a written language. Hooyo was there for me.",
    ],
)
def test_round_fifty_four_precision_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
