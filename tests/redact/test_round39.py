"""Round thirty-nine (issue 4, tenth session): shapes that name someone in any report, read
from the misses of blind sets 102-105: a two-letter surname after a title, a worker column of
carers or a role, a fixed-width log's column of writers, initials defined after a surname and
its initial, a letter signed with one initial, a sender before a message's time, the user names
of a conversation's two ends, a neighbourhood team's place, a pub 'X and Y' after other
prepositions, a Cantonese nickname before the rest of its sentence, who sent a message, a
writer's name before their role after a sign-off. Invented rows through the real gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a two-letter surname after a title
        ("She was seen by Dr Wu at the walk-in centre.", "Wu"),
        ("```text\n14/03/2022  Telephone consultation  Dr Ho\n```", "Ho"),
        # a fixed-width log's column of who wrote each entry, with letters a record also uses
        ("```text\nMar 23 wk 2  TB  Seen at office. Calm.\nApr 23 wk 1  SP  Covering.\n```", "SP"),
        ("```text\nMar 23 wk 2  TB  Seen at office. Calm.\n```", "TB"),
        # initials defined after a surname and its given name's initial
        ("```text\nReview   Dr K Prothero (KP)\nPlan agreed by KP.\n```", "Plan agreed by KP"),
        # a letter or message signed with one initial
        ('> "Please look after the cat for me. I love you all. — R."', "R"),
        ('> "Tell Nan not to worry, I\'m fine now. D x"', "D"),
        # an export's sender before the time, in lower case
        ("```text\nbazza   Thu 22:15   im outside\n```", "bazza"),
        ("```text\nmagsy 07:02   dont answer the door\n```", "magsy"),
        # the user names of a conversation's two ends
        ("Messenger: thread between tomek.w_22 and kinga.rosa", "kinga.rosa"),
        ("```text\nfrom: lee.h_99   to: shaz.bee\n```", "shaz.bee"),
        # the place a neighbourhood team is named for
        ("Officers of the Crowthorpe Neighbourhood Policing Team visited twice.", "Crowthorpe"),
        ("  - Eastmoor Police (Lindleyhurst Safer Neighbourhood Team)\n", "Lindleyhurst"),
        # a pub named 'X and Y' after other prepositions of place
        ("The fight happened in the yard behind the Plough and Harrow.", "Plough and Harrow"),
        # a Cantonese nickname before the rest of its sentence
        ("```text\nMum: 阿輝今晚又飲酒。\n```", "阿輝"),
        # who sent a message
        ("<!-- Note from Carol 03/05: the timeline needs her dates. -->", "Carol"),
        # a writer's name, then their role after a comma, under a sign-off
        ("> Yours sincerely,\n> Gwenda Price-Rowlands, Attendance Officer\n", "Gwenda"),
        ("> Yn gywir,\n> Iolo Maelor, Swyddog Tai\n", "Iolo Maelor"),
        # a tattoo studio's name
        ("He worked cash-in-hand at the Red Kite Tattoo Studio most weekends.", "Kite"),
        # a lower-case word no English knows, called by someone
        ("Her cousin, whom she called jurek in every message, drove her.", "jurek"),
        # the first word of a stamped message with no speaker label, written to someone
        ("```text\n21:40  dazz answer ur phone\n```", "dazz"),
        # a family by a surname no list knows, doing something
        ('Neighbours said "the Trefors kept to themselves" on the lane.', "Trefors"),
        # a record entry's bracketed header, then who wrote it
        ("```text\n[Visit 2 | home visit | Oct 2022] LM\nMum well.\n```", "LM"),
    ],
)
def test_round_thirty_nine_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    ("table", "target"),
    [
        # a column of carers: 'SP' among other carers' initials
        (
            "| Visit | Carers | Notes |\n|---|---|---|\n| Mon | JM, KB | ok |\n| Tue | SP | ok |\n",
            "SP",
        ),
        # a role's column holds its worker's initials
        ("| Review | Risk | IDVA |\n|---|---|---|\n| 1 | High | TN |\n", "TN"),
    ],
)
def test_a_worker_columns_initials(gate: Gate, tmp_path: Path, table: str, target: str) -> None:
    assert found_over_in_markdown(gate, table, target, tmp_path) == ["PERSON"]


def test_letters_a_record_uses_as_a_word_alone_in_a_column_are_left(
    gate: Gate, tmp_path: Path
) -> None:
    # 'MH' alone (mental health) is no initials: no other initials stand in the column
    table = "| Referral | By |\n|---|---|\n| Crisis team | MH |\n"
    assert found_over_in_markdown(gate, table, "MH", tmp_path) == []


@pytest.mark.parametrize(
    "text",
    [
        # a two-letter word after a title that is a stop word or a common word
        "The Sister In charge agreed. Mr De would not be a name.",
        # a log's field labels in capitals before values
        "```text\nNationality   British       POB  ENGLAND\n```",
        # times and versions between 'from' and 'to'
        "The clinic ran from 10.30am to 11.45am, between v1.2 and v2.0 of the form.",
        # a neighbourhood team of the town centre, or of a compass point
        "Officers of the Town Centre Neighbourhood Team and the North Neighbourhood Team.",
        # a scheme 'X and Y' before its noun
        "Staff were trained under the Safe and Well referral route of the Ask and Act framework.",
        # a Chinese word that starts with '阿' (Argentina)
        "```text\nDad: 佢去咗阿根廷。\n```",
        # a message from an agency
        "A message from Children's Services reached the school on Monday.",
        # a front matter's tags; words a family plural is not
        "---\ntags: [DHR, Northshire, 2023]\n---\n\n# Review\n",
        "After the war the Poles were welcomed; the Horses were sold.",
        # a lower-case English word after 'called'; a stamped message's first word
        "She called round and then called tesco about the order.",
        "```text\n21:40  come home now\n21:42  ok fine\n```",
        # a lower-case word that is an English word before a time
        "```text\ntill 23:00. Caller says the man left.\n```",
    ],
)
def test_round_thirty_nine_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
