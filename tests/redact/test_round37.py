"""Round thirty-seven (issue 4, eighth session): shapes that name someone or somewhere in any
report, not one set's wording: initials that keep a Gaelic surname's prefix, the names most
pubs share, an alias in quotes, a letter's address block in capitals, "known ... as" with a
longer gap or a two-letter name, a parent's title or a kiss around a lower-case name; and
languages ISO lists with a gloss. Invented rows through the real gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact import lexicon
from redact.gate import Gate
from redact.table_columns import worker_column_initials
from tests.redact.gate_rows import blocking_found, found_over, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # initials that keep a Gaelic surname's prefix, with stops, without, or with an apostrophe
        ("```text\nHome visit, son present. Plan agreed. B.McK\n```", "B.McK"),
        ("> Advised to ring 101 if he returns. — D.O'C", "D.O'C"),
        ("| 04/22 | District nurse | Dressing changed, no concerns. RMacL |", "RMacL"),
        # the names most pubs share, after "the"
        ("He drank most evenings at the Black Swan and came home after closing.", "Black Swan"),
        ("> she met him at the Fleece on a Friday, the quiz night", "Fleece"),
        ("Friends from the Malt Shovel darts team gave statements.", "Malt Shovel"),
        # an alias in quotes on a nominal record
        ('```text\nKOVAC, Marek (alias "TOMO") - DOB 02/03/1988 - NFA\n```', "TOMO"),
        # "known ... as" with four words between, and a two-letter name
        ("She was known to everyone in the club as Mo, and never missed a match.", "Mo"),
        # a letter's address block in capitals: the Gaelic surname after the given name
        ("> PRIVATE AND CONFIDENTIAL\n> MR DARREN McKIE\n> 4 Quarry Row\n", "McKIE"),
        # a lower-case name after a parent's title, or signing off with a kiss in any language
        ("```text\nSon:  daddy sunny please dont shout at mummy again\n```", "sunny"),
        ("```text\nMam:  paid â phoeni, dwi'n iawn. caru ti, gwenno x\n```", "gwenno"),
        # a postcode an address block wraps between its halves, in a quotation too
        ("It was posted to the family home at 14 Tern Close,\nLS12\n6QB.", "6QB"),
        ("> Flat 1, 3 Mill Road,\n> Kirkby,\n> L32\n> 8UA.\n", "L32"),
        # a professional in minutes by initials and agency; who wrote a log entry, after a dash
        ("> SD (IDVA): victim engaged, wants an occupation order.", "SD"),
        ("> BW (Housing): sanctuary scheme offered.", "BW"),
        (
            "```text\nDay 2  Bruise to the left arm. Body map done. -- Faye (senior carer)\n```",
            "Faye",
        ),
        ("```text\nDay 4  Spoke Welsh to staff. Not understood. -- GW\n```", "GW"),
        ("> Plan: discuss with GP. — DN Pritchard-Evans\n", "Pritchard-Evans"),
        # an alias in capitals without quotes
        ("```text\nMale DOYLE, CONOR aka SKIDS - intox, aggressive\n```", "SKIDS"),
        # a record's name in capitals after 'Pt:', or surname first with a saint's given name
        (
            "```text\nTelephone consultation   GP 1\nPt: DENNIS ASHWORTH    DOB 04.02.1950\n```",
            "ASHWORTH",
        ),
        ("```text\nName: KELLAWAY, FRANCIS PAUL    CRN: X771203\n```", "KELLAWAY"),
        # initials after a probation officer's letters; a town named like a month in an address
        ("```text\n08/07/2022  PO KR  Home visit to proposed release address\n```", "KR"),
        ("```text\nAddress:     Flat 2, 7 Willow Parade, March PE15 9AB\n```", "March"),
        ("> **Station Road Surgery**\n> 4 Station Road, March · Tel 01632 960111\n", "March"),
        # a named part of the borough
        ("They lived in the Thornleigh part of the borough from 2018.", "Thornleigh"),
        # initials stating, visiting or guarded at a note's clause start
        ('```text\n2022-08  Welfare meeting. Notes: RB states wife "is leaving".\n```', "RB"),
        ("```text\nDay 6: FT visited, refused to leave at 20:00.\n```", "FT"),
        ('> "Home visit. PB guarded, declined depot."', "PB"),
        # a chat's first word before a pronoun or texting; a nickname told something; 'miss u'
        ("```text\nMum:  linda pls ring me back when ur home\nSis: ok\n```", "linda"),
        ("```text\n[21:02] kez: dont tell tommo nowt about tonight\n```", "tommo"),
        (
            'She wrote to her friend: "sorry I didnt come sat. he says no. miss u kayla xx".',
            "kayla",
        ),
    ],
)
def test_round_thirty_seven_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # 'the Crown' is the court or the prosecution; a pub's word starting a longer name
        "He was sentenced at the Crown Court; the Crown Prosecution Service did not appeal.",
        "The Railway Station car park and the Bell Tower are on every tourist map.",
        # a language and its people, as ISO names them with a gloss or a qualifier
        "They were Goan Catholics who spoke Konkani at home and Swahili at work in Mombasa.",
        "She grew up in a Goan Catholic family and worshipped with other Goan women.",
        # a postcode's shape split over lines in lower case; an offence's descriptor in brackets
        "The plan is in section b2\n3rd floor meeting notes.",
        "```text\nOFFENCE: ASSAULT OCCASIONING ABH (DOMESTIC)\n```",
        # a dash before a summary word or a kin word; an e-mail's reply mark
        "It was over by the spring. — Summary\n",
        "```text\nFrom: IDVA 1\nSubject: RE: Tenant query - possible DA?\n```",
        # a record's words for a detained person or a form, at a clause's start
        "```text\nCustody. DP states he was at home. DASH to be completed by OIC.\n```",
        # a month that is a town's name, in time; communities named for a regiment or a ship
        "She died in March. The inquest opened in May; the report is Appendix B, March 2025.",
        "She came from a Gurkha family and of the Windrush generation; at Tihar she lit lamps.",
        # Wales's national helpline and the active offer, in Welsh and in English
        "Llinell Gymorth Byw Heb Ofn / Live Fear Free Helpline: 0808 80 10 800.",
        "The active offer (*y Cynnig Rhagweithiol*) was not made. Cafcass Cymru took part.",
        # capitals after a title that are no name
        "```text\nSEEN BY DR ON CALL. MR ATTENDED WITH MRS FOR REVIEW.\n```",
    ],
)
def test_round_thirty_seven_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


def test_a_parents_title_before_a_word_of_another_language_names_no_one(gate: Gate) -> None:
    text = "```text\nLumi: mama lui zice ca e vina mea (his mother says it is my fault)\n```"
    assert not found_over(gate, text, "lui", allowed=("Lumi",))  # Romanian 'his mother'


@pytest.mark.parametrize(
    ("word", "national"),
    [
        ("konkani", True),  # 'Konkani (macrolanguage)': ISO's gloss is not part of the name
        ("swahili", True),  # 'Swahili (macrolanguage)'
        ("goan", True),  # the qualifier of 'Goan Konkani'
        ("mari", False),  # a macrolanguage that is also a given name
        ("slave", False),  # a macrolanguage that is an everyday word
        ("francis", False),  # a given name, not 'franci' + 's' guessed from France
        ("sami", False),  # a given name before a language
        ("ghani", False),  # a surname, not 'Ghana' + 'i'
        ("moldovan", True),  # a nationality that is also a surname
        ("nigerians", True),
    ],
)
def test_language_names_iso_glosses(word: str, national: bool) -> None:
    assert lexicon.is_national_word(word) is national


_LOG = (
    "| Date | Entry | By |\n"
    "|---|---|---|\n"
    "| Nov 2022 | Crying in form time. | {cell} |\n"
    "| Dec 2022 | Passed to DSL. | DSL |\n"
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("RW", ["RW"]),  # a worker's initials
        ("J. T.", ["J. T."]),  # with stops and a space
        ("TM (K.McG.)", ["K.McG."]),  # a role's letters, then the initials in brackets
        ("SW1 / PO", []),  # numbered roles and a role's letters
        ("AO", []),  # an attendance officer
        ("PE teacher", []),  # a subject, then a role
        ("Mrs Hale (DSL)", []),  # a titled name is the recognizers' to find
        ("OK", []),  # a word in capitals
    ],
)
def test_initials_in_a_column_of_who_did_each_row(cell: str, expected: list[str]) -> None:
    text = _LOG.format(cell=cell)
    found = [text[start:end] for _entity, start, end, _why in worker_column_initials(text)]
    assert found == expected


@pytest.mark.parametrize(
    "table",
    [
        "> | Seen by | Note |\n> |---|---|\n> | SKD | Breathless |\n",  # in a quotation
        "Date | Worker\n--- | ---\nMarch | SKD\n",  # a table without outer pipes
    ],
)
def test_a_worker_column_in_any_table_shape(table: str) -> None:
    assert [table[s:e] for _t, s, e, _w in worker_column_initials(table)] == ["SKD"]


def test_a_column_of_who_did_each_row_blocks_through_the_gate(gate: Gate, tmp_path: Path) -> None:
    assert found_over_in_markdown(gate, _LOG.format(cell="RW"), "RW", tmp_path) == ["PERSON"]
    # the same letters in a column of something else are left to the recognizers
    other = "| Date | Code |\n|---|---|\n| Nov 2022 | RW |\n"
    assert not found_over_in_markdown(gate, other, "RW", tmp_path)


def test_a_taken_by_column_is_a_column_of_who_did_each_row() -> None:
    table = "| Date logged | Taken by | Description |\n|---|---|---|\n| 17/09/2020 | DW | Hole |\n"
    assert [table[s:e] for _t, s, e, _w in worker_column_initials(table)] == ["DW"]


def test_a_commenters_full_name_in_bold_labels_a_chat(gate: Gate, tmp_path: Path) -> None:
    comments = (
        "Comments under the post:\n\n"
        "> **Shona Baird**: leave her be, she is not well\n>\n"
        "> **Dean Walsh**: mind yer own kirsty. ask her where she was\n"
    )
    assert found_over_in_markdown(gate, comments, "kirsty", tmp_path) == ["PERSON"]
