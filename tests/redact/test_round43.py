"""Round forty-three (issue 4, twelfth session): shapes read from the misses of sets 126-129 (each
measured blind first): a town abroad smaller than half a million people blocks as a town here
does (a larger city, a capital or a region abroad only warns); quoted names a text says are
someone's ('"kasia" is Zofia', 'Navneet is "nav"'); initials before a role after a comma or in
brackets; a reference with a scheme's letters before it or in a link's folder; a business named
straight after its kind in lower case; an officer's lettered collar number; a fixed-width log's
writers after a month in brackets, a time of day or two at once; a call handler's initials."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a town abroad of fewer than half a million people
        ("Bushra grew up in Mardan and came to England on a spouse visa.", "Mardan"),
        # ... and a region's small town of the same name
        ("She was born in Tulcea and came to England in 2016.", "Tulcea"),
        ("Her father was born in Nnewi, the eldest of five.", "Nnewi"),
        # quoted names a text says are someone's
        ('In the messages "marysia" is Agnieszka and "tomek" is Piotr.', "marysia"),
        ('"duda" is the name the cousins used for Rafał.', "duda"),
        ('"Serhat" is the name of Dilan\'s brother.', "Serhat"),
        (
            '"gogo" was the name Rudo called her grandmother; "baba" the name she called him.',
            "gogo",
        ),
        ('In the family chat, Simran is "simmi"; her aunt is "guddi".', "simmi"),
        ('In the family chat, Simran is "simmi"; her aunt is "guddi".', "guddi"),
        # ... and the same name elsewhere in the review, in a message
        ('Kiran is "bittu".\n\n> **Simran:** bittu ne phone kita?', "bittu ne"),
        # initials before a role, after a comma or in brackets
        ("```text\n  Advice given on safety planning.        RT, Midwife\n```", "RT"),
        ("The advocate, recorded as JN (IDVA), met her twice.", "JN"),
        # a reference with a scheme's and an area's letters before it
        ("The case was heard under reference MARAC KBF 22/031.", "MARAC KBF 22/031"),
        # a reference as a link's folder
        ("See [the letter](https://files.example.org/review/HS-3318204/letter.pdf).", "HS-3318204"),
        # a business named straight after its kind in lower case
        ("amanhã no café Pastelaria Bragança? levo os papéis", "Pastelaria Bragança"),
        # an officer's lettered collar number
        ("Units: PC 2918WY attended with a colleague.", "PC 2918WY"),
        # a fixed-width log's writers
        ("```text\n[Feb]  TW  Home visit. Tenant at home.\n```", "TW"),
        ("```text\nWk 3 PM NR      Client tearful at the door.\n```", "NR"),
        ("```text\nWk 2 Mon AM  GB/TR  08:10-08:40  Meds prompted.\n```", "TR"),
        ("```text\nWk 2 Tue AM  GB  08:30-09:00  Client quiet.\n```", "GB"),
        # a call handler's initials
        ("```text\nCall received 21:02:11   Handler: CH/PL\n```", "PL"),
        ("```text\n23:40  INTERPRETER REQUESTED (TIGRINYA). OP: KJ\n```", "KJ"),
    ],
)
def test_round_forty_three_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # a large city abroad, a capital or a region is a place of origin (it warns, and blocks
        # nothing)
        "She grew up in Kraków and moved to England at twenty.",
        "Her family came from Praia in the 1990s.",
        "Her parents came from Sylhet in the 1970s.",
        # a word's meaning, not a person's name
        '"Cymraeg" is Welsh, and "Duw" is God.',
        'The answer she gave was "no".',
        'Her manager was "protective" and her sister was "coping".',
        # roles after a comma; a role's acronym in brackets
        "GP, HV and SW attended the strategy meeting.",
        # a review's public label after its scheme's letters; a year of guidance
        "The library lists it as reference DHR 2023/b.",
        # an emergency medical dispatcher's letters are a role
        "```text\nHandler:   EMD\nEMD:    Ambulance service, what has happened?\n```",
        # a kind of business before an everyday event
        "The school Christmas Fair and the church Harvest Supper went ahead.",
        "| 7 | June 2022 | Bail breach at the gym | Rearrested; bailed again |",
        # a month in brackets leads a log's line
        "```text\n[Jan]  Home visit. Tenant at home with children.\n[Dec]  Review.\n```",
    ],
)
def test_round_forty_three_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
