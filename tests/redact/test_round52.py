"""Round fifty-two (issue 4, thirteenth session): read from the misses of sets 154-157 (each
measured blind first). A current number plate in lower case with its space ('ma19 kfo'); a mobile
number spaced anyhow ('07 700 900 521'); a message header's parties joined by '<->'; a
counsellor's initials after their label; a name in brackets before its date of birth; a quoted
word someone is to their friends; a town abroad before its country's name ('born in May Pen,
Jamaica'), the country also a given name; a named refugee camp; a tattoo studio named before
its kind."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("She left before police arrived, driving off in a blue Corsa, yk21 fxa.", "yk21 fxa"),
        ("He rang her once from 07 700 900 318, which the panel has seen.", "07 700 900 318"),
        ("```text\n[Messenger]  Shona <-> dell\n[21:03] dell: where are you\n```", "dell:"),
        ("```text\nCounsellor: RW\nSession 4. Pupil quiet.\n```", "RW"),
        ("Child 1 (Willow, DOB 2nd May 2018) was asleep upstairs.", "Willow"),
        ("Aged 19, an apprentice mechanic ('kazzy' to his friends), he lived at home.", "kazzy"),
        ("Nadine was born in May Pen, Jamaica, and came to England at nine.", "May Pen"),
        ("She spent three years in the Kakuma refugee camp, where she married.", "Kakuma"),
        ("He was often at Inkwell Dynasty, a tattoo studio near her salon.", "Inkwell"),
    ],
)
def test_round_fifty_two_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # lower case words and numbers that are no plate
        "He said no10 and no more; covid19 and flu were both in the house.",
        "The ward is am12 the new one; see pm21 saw the notes.",
        # dates and references with dots or dashes are no mobile number
        "Seen on 07.03.2021 145 minutes after the call; ref 07-700-900-52.",
        # a placeholder or a country before a country
        "She lived in Town A, England, and he was born in Poland, Europe.",
        # a month alone before a country is a time
        "She was born in May, Poland's spring, and came here at nine.",
        # a camp that is no place someone lived
        "The children went to the Summer holiday camp run by the council.",
    ],
)
def test_round_fifty_two_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
