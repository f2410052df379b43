"""Round thirty-five (issue 4, sixth session): a title with one letter must be declared, and
public words that blocked clean reports of held-out sets 68 and 69. Invented rows through the
real gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.context_places import places_in_context
from redact.gate import Gate
from tests.redact.gate_rows import found_over, found_over_in_markdown

DECLARED = ("Heulwen", "Carwyn", "Mr D", "Professor Kwabena Owusu-Ansah")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an e-mail's display name, as an extract or its HTML writes it
        ("> **From:** Dean Trelawney &lt;d.trelawney@example.org&gt;", "Dean Trelawney"),
        # a foreign plate before its country's plates, after a comma
        ("He sat in his car (BX-52-TQ, French plates) watching the door.", "BX-52-TQ"),
        # a named area, with a line's wrap after 'the'
        ("She lived in a flat, in the\nMarrow Fold area of the town.", "Marrow Fold"),
        # initials: after a role's letters, before them, after a plural role, with stops
        ("```text\nPN (RK) - c/o headaches, wt 44kg\n```", "RK"),
        ("> Pt (EF) attends with husband, who answers most questions.", "EF"),
        ("| Oct | Said mum cried all night | LB (TA) | DSL informed |", "LB"),
        ("| Autumn | Care agency | Carers MW and TJ note he was short with her |", "TJ"),
        ("```text\nEmergency contact: daughter (S.) 01632 960111\n```", "S."),
        ("```text\nCONTACT NOTE\nChild: A.D.   DOB: 2016-07-30   Yr 2\n```", "A.D."),
        # a business's name in brackets after its kind, or after a clause of where
        ("### 4.3 The salon (Shimmer)\n\n4.3.1 The owner gave a statement.", "Shimmer"),
        (
            "He stopped going to the takeaway where he worked, the Lucky Lantern, in May.",
            "Lucky Lantern",
        ),
        # a name glossed as a nickname in brackets, a note's writer, a family by its surname
        ("- His friend Dusty (a nickname he has had since the pits) lived nearby.", "Dusty"),
        ('| Autumn 2021 | "Fell in garden" | RTW by Fern: "says clumsy, laughed it off" |', "Fern"),
        ("- The Quigleys were known to the council's enforcement team.", "Quigleys"),
        # a place after a home's or a workplace's 'in', however common a word; a place before
        # a local team's kind
        ("They met at her flat in Hope most Sundays.", "Hope"),
        ("| Briefing | Northshire Police (Penzance neighbourhood team) | Done |", "Penzance"),
        # a given name ending a chat message or its sentence, or called before 'answer'
        (
            "```text\nNora: hes after messaging me 40 times maggie. says hell come\nSis: ok x\n```",
            "maggie",
        ),
        ("```text\nRuth: stay with us tonight lukas\nRuth: pls x\n```", "lukas"),
        ("```text\nmr k:   where r u\nmr k:   ira answer\n```", "ira"),
        # a name called alone, or before a comma, at a message's start, in any language
        ("```text\nShirin:  na. manush kita koibo\nSister:  rumi\nSister:  ?\n```", "rumi"),
        ("```text\nyawa: he says he can send the ticket\nsena: kofi??\n```", "kofi"),
        ("```text\nSister:  tunde, ṣé o ti sọ fún pastor?\n```", "tunde"),
        # someone told or asked by a given name that is an everyday word
        ("```text\n[21:15] unknown: tell Rose I said hello\n```", "Rose"),
        # a date of birth said in words, in a tribute or a transcript's answer
        ("> Mum was born on the second of May, nineteen forty-two, in a house.", "second of May"),
        (
            (
                "```text\n23:46:47  PC 4471: Date of birth?\n23:46:50  MALE:  Ninth of June, nineteen"
                " eighty.\n```"
            ),
            "Ninth of June",
        ),
        # initials after a numbered placeholder, or after who saw someone
        ("It was screened by Social Worker 1 (AK) as not meeting the threshold.", "AK"),
        ("```text\nSeen by CPN JT and STR worker.\n```", "JT"),
        ("```text\nPlan: review at 6-8 weeks.\nSeen by HV R.McL.\n```", "R.McL."),
        # a name, then the placeholder the report gives it
        ("```text\nChild 1: Chloe (Child A)   DOB 5/3/09\n```", "Chloe"),
        # a handle someone posted as; an initial with a surname in capitals; initials before a
        # date of birth in brackets; a building, then its kind
        ("  description: her former boyfriend, who posted as kb_ropeworks", "kb_ropeworks"),
        ("```text\nTime: 02:14   Crew: C. TREVASKIS (Paramedic) / EMT\n```", "C. TREVASKIS"),
        ("> **Subject:** RE: Refuge referral - MT (DOB and address as below)", "MT"),
        ("They lived on the ninth floor of Heron House, a council tower block.", "Heron House"),
        # a chat whose speakers are one letter each
        ("```\nA: then come to mine. conor will fetch you in the van\nB: ok x\n```", "conor"),
    ],
)
def test_round_thirty_five_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a title and one letter that no declared name starts with: a real surname's initial
        ("Husband answered for both. Mrs P in kitchen, did not speak.", "Mrs P"),
        ("Her husband and carer, Mr W. in the GP record, declined.", "Mr W"),
        ("Visit completed with son present. Mrs N. says she is happy.", "Mrs N"),
        ("> Ms B attended the clinic alone on 3 May.", "Ms B"),
    ],
)
def test_an_undeclared_title_and_letter_blocks(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # declared ('Mr D'), or the first letter of a declared name ('Heulwen', 'Carwyn')
        "Mrs H and Mr C met the GP; Mr D did not attend.",
        "Mr D. said that Mrs H. was tired.",
        # nationalities no suffix makes from a country's name, and a festival
        "The project will be evaluated with Syrian,\n   Afghan and Kurdish women.",
        "Her friend and neighbour, Kosovan Albanian, gave a statement.",
        "She was saving to bring her mother over for Tết in February.",
        # a list of placeholders after a kind of body is no business's name
        (
            "The review found careful recording by the school, the ED and Housing Officer 1, and"
            " gaps elsewhere."
        ),
        # one word in quotes after a comma is no one called by name
        'She was recorded as "quiet, shy". Appointments were booked by him.',
        # abbreviations written with stops, and role letters in brackets
        "The U.K. and E.U. rules apply; N.B. the D.O.B. field was blank at 9 a.m.",
        "The GP (PN) and the HV (SW) met the DSL (TA) at school.",
        # a month, a season, a nation after a home's 'in'
        "They moved into the house in March and stayed at home in Spring; a school in Wales.",
        # a message's last word after a word that takes an object is no one called
        "```text\nFriend 1: love the nails pics 😍 which salon?\nSister: the one by the station x\n```",
        "```text\nFriend 1: the garden is covered in ivy.\nSister: lol x\n```",
        # told a day, asked a service, rang a charity, told a kin word
        "She was told Monday; she asked Social Services; he rang Refuge and told Mum.",
        # a date in words after another clause; a camera, a role and a placeholder by name
        "She was born in Town B and on the second of May, 2020 she moved to Town A.",
        "The van was logged by ANPR; she was seen by GP and HV; reviewed by DSL.",
        "The Victim (Adult A) and the School Nurse (Person B) met Police (Officer 1).",
        # a role's letters before an age; a house by its kind alone
        "The GP (age 60) and the IDVA (aged 41) went by bus; she posted as well.",
        "She left by 9.30am and posted as usual; the rota goes by rota.v2 now.",
        # a record's label is no speaker; a kin word is no name
        "```text\nRisks: strangulation, threats to kill\nConcern: flinching, tired\n```",
        "## Appendix A: glossary\n\nDASH: a risk checklist.",
        "```text\nFriend 1: akka, he took the card again\n```",
        # a deadline is no note's writer; bodies and services are no family
        "The action plan is to be agreed by March: the panel will check it.",
        "The Carers Trust, the Samaritans and the Victims Commissioner were consulted.",
        # one-letter speakers: a clinical note, an endearment, a Welsh message
        "```\nM: 3x penetrating wounds L chest/abdo, defensive wounds both forearms\n```",
        "```\nM: babes you need to tell the police\nK: i cant\n```",
        "```\n21:14  R: ble wyt ti\n21:15  R: ateb y ffôn\n```",
        # a declared chair's surname after a title, across a line's wrap
        (
            "The chair was Professor Kwabena Owusu-Ansah. Neither has worked for any agency. Professor"
            "\nOwusu-Ansah has chaired reviews for other partnerships since 2017."
        ),
    ],
)
def test_round_thirty_five_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    report = gate.check_text(text, "t.md", allowed=DECLARED)
    assert not report.errors
    assert not report.blocking, [(f.text, f.recognizer) for f in report.blocking]


@pytest.mark.parametrize(
    ("declared", "text", "blocks"),
    [
        (("Adult B",), "Mr B spoke to the GP.", False),  # a placeholder gives its own letter
        (("Adult B",), "Mr A spoke to the GP.", True),  # not its word's
        (("Sean Murphy",), "Mr M spoke to the GP.", False),
        ((), "Mr M spoke to the GP.", True),  # a loose draft declares nothing
    ],
)
def test_the_letters_a_declared_name_gives(
    gate: Gate, declared: tuple[str, ...], text: str, blocks: bool
) -> None:
    assert bool(gate.check_text(text, "t.md", allowed=declared).blocking) is blocks


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where someone lived: a name no English word or gazetteer has is a place
        ("Her former partner grew up in Drumvallie and moved south in 2009.", "Drumvallie"),
        ("They moved to Ballymorran in 2012.", "Ballymorran"),
        # not a country, a nationality, a city abroad or a placeholder
        ("She lived in Poland until 2010.", None),
        ("He grew up in Lagos and moved to Town A.", None),
    ],
)
def test_where_someone_lived_is_a_place(text: str, place: str | None) -> None:
    found = {text[start:end] for _, start, end, _ in places_in_context(text)}
    assert found == ({place} if place else set())


def test_initials_arrested_in_a_table_cell(gate: Gate, tmp_path: Path) -> None:
    text = (
        "| Date | Agency | Contact |\n|---|---|---|\n| Apr 2021 | Police | JH arrested at home |\n"
    )
    assert found_over_in_markdown(gate, text, "JH", tmp_path)


def test_a_service_after_initials_and_and_is_no_one(gate: Gate) -> None:
    """'Seen by CPN AK and STR worker': AK is someone; STR (support, time, recovery) is a role."""
    text = "```text\nSeen by CPN AK and STR worker.\n```"
    assert found_over(gate, text, "AK", allowed=DECLARED)
    assert not found_over(gate, text, "STR", allowed=DECLARED)
