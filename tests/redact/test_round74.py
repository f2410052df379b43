"""Round seventy-four (issue 4, twentieth session): read from sets 250-253 (measured blind with
round 73). A name after what someone was to the family ('Her ESOL tutor at Brookfield Adult
Learning Centre, Faith, noticed'); initials signing a note after a quotation's close, said to be
initials ('initials KP'), owning a note ("JW's note"), after a role in lower case ('Social worker
RMJ'); a name, then whose relative it is with more in the bracket ('Paris (T's cousin, Y2)'); a
nickname to a relative ('"dawidek" to his grandmother'), in the messages ('"meks" in the
messages'), or what someone was to friends ('To friends and neighbours he was "Den"'); a former
name in quotes; a name after an aunt's word in Caribbean English or Romanian ('tanty joyce'); a
nail bar ('Lotus Nails'); a one-letter part of a dashed reference ('KTL-M-0962'); a postcode's
outward half as an area ('the WF13 area') or closing an address ('9 Otley Row, LS6,'); a usual
pub's name after a line break ('the\\nNag's Head'); a village between commas after its kind ('The
village, Barnwell,'); a phone number wrapped after its second group ('020 7946\\n 0718').
Precision: kinds of contact in a table ('| Face-to-face, GP |'); an ambulance crew."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Ayesha's ESOL tutor at Brookfield Adult Learning Centre, Faith, noticed the bandage.",
            "Faith",
        ),
        ("```text\n06/02  Accepted at viewing. \"It's grand, it's mine.\" SMP\n```", "SMP"),
        ("<!-- YJS notes pasted in; worker's initials KP left in the headers. -->", "KP"),
        ('JW\'s note of an "anxious" wife was not escalated.', "JW"),
        (
            "```text\nPresent:   Sgt Pritchard, Gwent Police\n           Social worker RMJ\n```",
            "RMJ",
        ),
        (
            '| Sept 2022 | Class teacher | Paris (T\'s cousin, Y2) says "uncle was outside". |',
            "Paris",
        ),
        ('description: Zofia\'s grandson, aged 23; "dawidek" to his grandmother.', "dawidek"),
        ('description: her former partner; "meks" in the messages quoted.', "meks"),
        ('To friends and neighbours he was "Den", a man who would do anything for anybody.', "Den"),
        ('The group\'s former name, "Rehoboth Women", was not used.', "Rehoboth"),
        ("> mum says dont tell tanty joyce or grandma cos they will worry", "joyce"),
        (
            "She was taken to Oundlebrook, where she was put to work in Lotus Nails on Sheaf Street.",
            "Lotus",
        ),
        ("| May 2022 | MARAC | Case heard (KTL-M-0962). Actions: safety plan. |", "KTL-M-0962"),
        ("The couple lived in Lauren's rented house in the WF13 area.", "WF13"),
        ("> She was found at her home at\n> Flat 14, 9 Otley Row, LS6, by her partner.", "LS6"),
        ("He waited in the car park of the\nNag's Head where she met friends on Fridays.", "Nag"),
        ("The village, Barnwell, was small enough that the postman noticed.", "Barnwell"),
        ("```\nFunmi: new number is 020 7946\n               0718 only use that one\n```", "0718"),
    ],
)
def test_round_seventy_four_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "| Contact type | Total |\n|---|---|\n| Face-to-face, GP | 14 |\n| Telephone, GP | 21 |\n",
        '| Ambulance Service | Crew noted bruising "consistent with fall". |',
        # a road's and a paper's letters are no postcode's half
        "They drove up the A1 road and printed the leaflet on A4 paper.",
        # a role's letters signing after a quotation are no one's initials
        'The note ends "seen alone." GP',
        # a song sung to a daughter, a word in the messages, an MP's letter, a table's next cell
        'She was proud of being able to sing "Dacw \'Nghariad" to her daughter.',
        'The word "izzat" in the messages shows how honour was used.',
        "Letters from MPs and councillors. The MP's letter was the clearest.",
        "| Contact | Social worker | CIN stepped down. |",
    ],
)
def test_round_seventy_four_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
