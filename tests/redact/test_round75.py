"""Round seventy-five (issue 4, twentieth session): read from sets 254-257 (measured blind with
round 74). Who countersigned a form or was on duty ('Countersigned: TB', 'Officer on duty:
G.P.'); one initial opening a quoted note ('"R. wants days'); a Welsh place joined by its article
('Glyn-y-Wern'); a log's dashed reference whose digits look like a phone number
('DCP-0387-041122'); a household by its surname ('The Dhillon household'); a chat export titled
after a dash ('chat export - hugo'); a message's sender in its own script ('[WhatsApp, 21:47]
رشا:'); a place on whose edge someone lived ('the outskirts of Tuam'); an industrial estate;
initials before a role in lower case in a list of those present ('- RB, detective constable').
Precision: a note's verb opening its clause ('Said Ivy had been up', 'Said Mum "cries"'); a
Welsh month glossed ('Tachwedd (November)'); a record's label explained in quotes ('"IP" is
Rose'); a date before its time of day ('04/11/22 08:52')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```\nSigned:        R.McK.   Social Worker\nCountersigned: TB   Team Manager\n```", "TB"),
        ("```\nSite: CAE GLAS (22 pitches)          Officer on duty: G.P.\n```", "G.P."),
        ('The line manager\'s note read "R. wants days, says home is difficult".', "R."),
        ("Address (shared):   Flat 2, 17 Stryd y Bont, Glyn-y-Wern, NP4 6DQ", "Glyn-y-Wern"),
        ("```\nLog:       DCP-0387-041122    Opened: 04/11/22 08:52\n```", "DCP-0387-041122"),
        ("## 6. The Dhillon household: what the phone showed\n\nPolice recovered it.", "Dhillon"),
        ('```text chat export - hugo (saved as "S")\nS: You know what happens.\n```', "hugo"),
        (
            "```text\n[WhatsApp, 21:47] رشا: He says the judge will give him the children.\n```",
            "رشا",
        ),
        ("She was born in a trailer on the outskirts of Tuam, the fourth of eleven.", "Tuam"),
        ("She checked quality at a plant on the Coneygre Fold industrial estate.", "Coneygre"),
        (
            "Present:\n\n- JK, social worker (chair)\n- RB, detective constable, public protection",
            "RB",
        ),
    ],
)
def test_round_seventy_five_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "Tachwedd (November)\nThe chair visited at four in the afternoon. Said she was tired.",
        (
            'Child A drew the house with two doors. "One door is for us to go out." Said Mum\n'
            '"cries when she cooks".'
        ),
        "```\nOpened: 04/11/22 08:52\n06/03 08:15 visit; 14/07 21:30 call\n```",
        # a post countersigns a form: no one's initials
        "```\nSigned: key worker    Countersigned: SPO\n```",
        "The Royal family sent a message. The Traveller family was supported.",
    ],
)
def test_round_seventy_five_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_record_label_explained_in_quotes_is_no_name(gate: Gate, tmp_path: Path) -> None:
    """'"IP" is Rose': the label is the record's (an injured party), the name after it a name."""
    text = 'The review has removed names. "IP" is Rose; "MALE" is Victor.'
    found = [
        found_text for found_text, _recognizer in blocking_found_in_markdown(gate, text, tmp_path)
    ]
    assert "Rose" in found
    assert "IP" not in found
