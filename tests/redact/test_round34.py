"""Round thirty-four (issue 4, fifth session): shapes read in held-out sets 62-65 that also found
identifiers in sets they were not read from (see README, "What carries to unseen sets").
Invented rows through the real gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over, found_over_in_markdown

DECLARED = ("Jodie", "Marisol")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a business named by an everyday word a few words after someone's work or training there
        ("She worked weekend shifts as a kitchen porter at Juniper until 2021.", "Juniper"),
        ("We have moved him to the night team at Ember from Monday.", "Ember"),
        ("He was known to train at Forge with her cousin.", "Forge"),
        # named, then its kind, across a line's wrap; its kind, then the name between commas
        ("She served teas at Thimble, the\ngarden centre on the bypass.", "Thimble"),
        ("They rented a cottage in Lantern, a\nhamlet above the valley.", "Lantern"),
        ("The newsagent's, Sunrise, is on the main road through the town.", "Sunrise"),
        # someone's home by their name
        ("The chair met her twice at Pebble's house, with her mother.", "Pebble"),
        ("```text\nkel: she's at jasmine's tonight dont wait up\n```", "jasmine"),
        # a foreign plate straight after '-registered,'
        ("Vehicle: Bulgarian-registered, CB 1234 KT, uninsured.", "CB 1234 KT"),
        # record fields: dot leaders, initials with stops after a new sentence
        ("```text\n  SURNAME .......... OKONJO\n  FORENAMES ........ GRACE\n```", "OKONJO"),
        ("Index offence: ABH on partner (S47). Victim: R.McD.", "R.McD."),
        # a name in capitals with the person's part; initials after a family word
        ("> Spoke to KOVALENKO (partner) at the door, calm.", "KOVALENKO"),
        ("Pt tearful. Says MIL (RB) reads all her texts.", "RB"),
        # a relation, then any capitalised word between commas
        ("Her cousin's best friend, Comet, told the panel she was scared.", "Comet"),
        # an officer by collar number and surname
        ("Officer: PC 5120 THORNTHWAITE   Recorded: 2021", "THORNTHWAITE"),
        # a street's locality after a wrapped comma, or after 'in'
        ("She moved into Flat 3, 12 Mill Lane,\nPudding, in May 2022.", "Pudding"),
        # a place someone went to: 'at X, where', or after a choir, a funeral, a night out
        ("She led the choir at Lantern, where she met him.", "Lantern"),
        ("She sang in the choir at Living Rock most Sundays.", "Living Rock"),
        # a lower-case given name before an auxiliary, in a message
        ("```text\nSis: stay here tonight. jimmy will sit with the kids\n```", "jimmy"),
    ],
)
def test_round_thirty_four_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    ("text", "target", "entity"),
    [
        # a business named between commas after its kind (the model took it for a person)
        ("Her aunt runs the family's takeaway, Lucky, and she helped.", "Lucky", "INSTITUTION"),
        # a Welsh street after a comma, as an address is signed (the model took only 'Heol')
        ("> -- a neighbour, Bryn Teg, Heol y Dderwen", "Heol y Dderwen", "STREET_ADDRESS"),
        # the locality after a street's 'in' is part of the address (the model took a location)
        ("Lan lived at 22 Cobden Street in Crumble, a flat.", "Crumble", "STREET_ADDRESS"),
    ],
)
def test_round_thirty_four_found_as_what_they_are(
    gate: Gate, text: str, target: str, entity: str
) -> None:
    assert entity in found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a national chain, a festival, a figure; a scheme's and a caller's letters in brackets
        "She worked at Tesco, took shifts at Christmas and the team at Level 3 met in May.",
        "RMP: disclosure to any new partner (DVDS). CALLER: NEIGHBOUR (ANON) on the line.",
        # kin, friends and seasons before a possessive; agencies and roles in brackets
        "```text\nJodie: im at mate's. tea at mum's. see u at summer's end\n```",
        "They met at Mum's house, then at the Children's home on the hill.",
        "The chair spoke to MARAC (partner agencies) and to VICTIM (aged 30) records.",
        # a nationality between commas; a placeholder after 'choir at'; a Welsh line
        "Jodie's husband, Irish-born, aged 46, left the country.",
        "Jodie's friends from the choir at Place of Worship 1 remember her.",
        '"Dyw e ddim yn fy nharo i. Dyna pam does neb yn gweld."',
        # a service's letters visiting; nations and festivals before 'where'
        "Risk:        Low. Plan: HTT visits x3, GP review.",
        "They lived in Wales, where it rained, and met at Christmas, where it snowed.",
        # a Welsh adjective of nationality
        "Roedd Jodie yn fam i ddau o blant ac yn fenyw Gwrdaidd a ddaeth yma fel ffoadur.",
        # a common Ukrainian word opening a quotation ('if')
        '> "Якщо ти мене покинеш, я розповім усім, яка ти мати."',
        # a record's role before the person's part
        "> Visit to Address 1 after a report of raised voices. Tenant (husband) very tired.",
        # a two-word country's adjective; a census religion
        "Jodie, a woman of Sri Lankan heritage, was killed in 2024.",
        "Gurbani: the Sikh scriptures, read at the gurdwara.",
        # a possessive after 'her name' is no quoted name
        "The family chose the English form of her name's meaning.",
        # a Welsh verb opening a sentence before a pseudonym; a Turkish kin word called
        "Roedd hi'n 27 oed. Daeth Jodie yma yn 2021 gyda'i merch.",
        '> "Abla, Jodie yine bütün parayı aldı."',
    ],
)
def test_round_thirty_four_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a role's title before initials; a record's 'Adult' field; a family word, then initials
        # on the next line of a quoted note
        (
            "| When | Who | What |\n|---|---|---|\n| 2022 | Housing | Officer RT places her. |\n",
            "RT",
        ),
        ("| Adult at Risk | |\n|---|---|\n| Adult | GRACE HILL |\n", "GRACE HILL"),
        ("> She attends church. Father\n> (LW) visits when well.\n", "LW"),
        # initials at a table cell's start, doing something; initials spoken to
        ("| Date | Agency | Event |\n|---|---|---|\n| Jan 2020 | GP | TK attends alone. |\n", "TK"),
        ("| Date | Event |\n|---|---|\n| May 2021 | Officers speak to DMW at the door. |\n", "DMW"),
    ],
)
def test_round_thirty_four_forms_in_markdown(
    gate: Gate, tmp_path: Path, text: str, target: str
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


def test_a_month_after_a_streets_in_is_no_locality(gate: Gate) -> None:
    text = "She lived at 4 Elm Road in March, when the calls began."
    assert found_over(gate, text, "4 Elm Road") == ["STREET_ADDRESS"]
    assert found_over(gate, text, "March") == []


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        # agency words around a pseudonym; a title's year between allowed parts
        (
            (
                "## 2. Yr adolygiad / The review\n\n2.1 Dyfed-Powys Police notified the"
                " Partnership of Seren's death in April 2023. The Partnership agreed to review.\n"
            ),
            ("Seren", "Dyfed-Powys Police"),
        ),
        (
            '---\ntitle: "Pearl - Fawdenmere - 2024/g - DHR"\n---\n\n# Pearl\n',
            ("Pearl", "Fawdenmere"),
        ),
        # Welsh words in lower case: a quoted phrase, a title after the pseudonym's colon
        ('She told the nurse, in Welsh, that "mae e\'n fy rheoli i" (he controls me).\n', ()),
        ("# Heulwen: adroddiad trosolwg / overview report\n\n## 1. Cyflwyniad\n", ("Heulwen",)),
        # a verb's -ing form the model ran into a pseudonym
        (
            (
                "## 5 Analysis\n\nOlder men, in\nparticular, are the most frequent victims.\n\n"
                "5.3 **Discharge home.** Discharging Dewi to his mother's home when she had said"
                " that she could not cope was unsafe.\n"
            ),
            ("Dewi",),
        ),
        # a pseudonym and an allowed area in a title, run together by the model
        (
            '---\ntitle: "Heulwen - Gwaun Hywel - 2024/e - DHR"\n---\n\n# Adolygiad\n',
            ("Heulwen", "Gwaun Hywel"),
        ),
        # a possessive before a street's type word ('view')
        (
            (
                "the last eighteen months, in which his care of Heulwen became, in the panel's"
                " view, neglectful and\nthen violent, and in which his own\n"
            ),
            ("Heulwen",),
        ),
        # a service's letters at a table cell's start
        ("| No. | Finding |\n|---|---|\n| 3 | ASB reports about vehicles outside |\n", ()),
    ],
)
def test_round_thirty_four_markdown_rows_block_nothing(
    gate: Gate, tmp_path: Path, text: str, allowed: tuple[str, ...]
) -> None:
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    report = gate.check_paths([path], extra_allow=allowed)
    assert report.errors == []
    assert [f.text for f in report.blocking] == []


def test_a_place_word_before_a_pseudonym_still_blocks(gate: Gate, tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("They moved to New Hope in 2020 and later to Upper Hope.\n", encoding="utf-8")
    assert [f.text for f in gate.check_paths([path], extra_allow=("Hope",)).blocking] == [
        "Upper Hope"
    ]
