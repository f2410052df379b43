"""Round fifty (issue 4, thirteenth session): read from the misses and clean findings of sets
146-149 (each measured blind first). A Welsh initial's double letter ('G.Ll.J.'); a date of birth
written year first with dots ('1991. 03. 22.'); a postcode spaced wide; who supplied or minuted a
record, by initials; an action by initials opening a comment; initials a record is said to use
('recorded in the case notes as LR'); a word said to be someone's name ('Ubax is my name at
home'); a quotation's speaker by a word English hardly knows; a town abroad whose name is also a
small language's. Precision: a saint's day is a festival, not a person; 'Bangla' is a language;
'canny' is a dialect word; a family word before a form's field ('grandmother (NOK)')."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("| Nov 2022 | Children's Services | Social worker (H.Rh.W.) visited. |", "H.Rh.W."),
        ("```text\nNOMINAL   VARGA, Jolán   DOB 1987. 11. 04.   Hungarian national\n```", "1987"),
        ("> CF48  3QT", "CF48  3QT"),
        ("<!-- Minutes supplied by TW at the MASH office. Not for publication. -->", "TW"),
        ("<!-- RB to confirm the Tigrinya translation of para 5.2 before sign-off. -->", "RB"),
        ("The outreach worker, recorded in the case notes as RM, saw her twice.", "RM"),
        ('Her aunt said: "Hodan is my name at home. It means a gift."', "Hodan"),
        ('> the chapel and us," Tamsyn told the chair at the first meeting.', "Tamsyn"),
        (
            "She was born in Konongo, in the Ashanti Region of Ghana, and came here in 2012.",
            "Konongo",
        ),
    ],
)
def test_round_fifty_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        "Every St David's Day the house was full, and every St Andrew's Day too.",
        'She asked for "a lady doctor who speaks Bangla". None was available.',
        'In her sister\'s words she was "a canny lass, a grafter, daft as a brush".',
        "Address recorded; lives with grandmother (NOK). Partner HR form sent.",
        "Risk was recorded as HIGH and referred to as MARAC; listed as NFA.",
        "Two of the panel held a Ph.D. from the same university.",
        '"We will look again," the Trust said. "It was late," the panel was told.',
        "Services in Wales, in the south of the United Kingdom, differ.",
    ],
)
def test_round_fifty_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
