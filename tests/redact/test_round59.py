"""Round fifty-nine (issue 4, fifteenth session): read from the misses of sets 182-185 (measured
blind with round 58) and the clean findings of sets 178-185. Two workers' initials joined by a
slash in brackets after a role; initials, a comma and a role between dashes; a meeting's table
of who was present; a name in brackets after a speaker's agency in minutes; a user name before
the platform it is on; an Albanian date; a town in a part of its country or a direction from a
town abroad; a relative's lower-case given name in a message. Precision: a public scale named
for a city; a quantity before 'of'; a month after a time's preposition; a nationality a name
list also holds; a long paragraph with a word spelt like texting; a common word in quoted
edited speech; a festival's eve; another language's commonest word opening its message; a
common word in brackets after an agency; two agencies' letters joined by a slash."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import (
    blocking_found_in_markdown,
    found_over_in_markdown,
    row_gate,
    row_policy,
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The ambulance crew (paramedics RD/LK) arrived eleven minutes later.", "RD"),
        ("The ambulance crew (paramedics RD/LK) arrived eleven minutes later.", "LK"),
        ("16:15  Home visit, CPN (TW/BN). Husband opened the door.", "TW"),
        ("Referrer: school    Allocated: EWO (GS/PJ)", "PJ"),
        ('The CPN wrote in her first note — KB, CPN — "Mum very low".', "KB"),
        ("| Present | Role |\n|---|---|\n| RM | Investigating officer |\n| TLS | Employee |", "RM"),
        ("IDVA (Fenwick): she is not sleeping and is frightened to go to work.", "Fenwick"),
        ("The account he named, misskay_88 on TikTok, posted about her.", "misskay_88"),
        ("Date of birth: 3 korrik 1988 (as she wrote it).", "3 korrik 1988"),
        ("He grew up in Dusetos, a village in the lake country east of Zarasai.", "Zarasai"),
        ("Amira was born in Bahawalnagar, in southern Punjab, and moved to Leeds.", "Bahawalnagar"),
        (
            (
                "> pls come fix the lock he broke it again. i am scared. call my\n"
                "> daughter mina 07700 900461 she speak english."
            ),
            "mina",
        ),
    ],
)
def test_round_fifty_nine_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "| Term | Meaning |\n|---|---|\n| EPDS | Edinburgh Postnatal Depression Scale |",
        "11.2 None of the services that saw the couple offered contact with a priest.",
        "The partnership (CSP/LSAB) agreed the terms of reference.",
        "Housing (Reception): no contact recorded.",
    ],
)
def test_round_fifty_nine_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a month after a time's preposition, before a name
        ("Her sister says that in January Ivy told her about the loan.", "January"),
        # a nationality a name list holds too
        ("Her husband, British Somali, was in his thirties.", "British"),
        # a word spelt like texting, in a paragraph
        (
            (
                "Faith told the panel that Mercy kept every fast and every feast of the church "
                "year. She fasted through the fifty-five days before Fasika, the Ethiopian Easter, "
                "and broke the fast with doro wat and injera she had spent two days preparing, and "
                "at the New Year she dressed the children in white."
            ),
            "doro",
        ),
        # a common word in quoted edited speech
        ('She said: "We believed that prayer and patience would fix it."', "patience"),
        # a festival's eve
        ("| Term | Meaning |\n|---|---|\n| Wigilia | The Polish Christmas Eve supper |", "Eve"),
        # another language's commonest word opening its message
        ("```\n[06:15] Vaiva: kas nutiko? ar vėl gėrė?\n```", "kas"),
        # Mandarin in pinyin, its syllables no nicknames
        ("```\n[Tue 00:53] Lily: ruguo wo zou, ta hui dai nüer hui guo.\n```", "ruguo"),
        # a chair's name, then a middle dot and the next label
        ("Independent Chair: Dr Ayo Brooks · Report author: Jen Hallam", "Report"),
    ],
)
def test_round_fifty_nine_words_are_no_names(
    gate: Gate, text: str, word: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, word, tmp_path) == []


def test_a_welsh_body_allowed_by_its_name_is_allowed_in_any_mutation(tmp_path: Path) -> None:
    """'i Fwrdd Iechyd ...' (to the Health Board) is the allowed 'Bwrdd Iechyd ...' mutated."""
    gate = row_gate(row_policy(agencies=["Bwrdd Iechyd Prifysgol Glanwern"]))
    text = "Mae'r adolygiad yn gwneud argymhelliad i Fwrdd Iechyd Prifysgol Glanwern ac i'r heddlu."
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
    unlisted = "Mae'r adolygiad yn gwneud argymhelliad i Fwrdd Iechyd Prifysgol Trefdraeth hefyd."
    assert blocking_found_in_markdown(gate, unlisted, tmp_path) != []
