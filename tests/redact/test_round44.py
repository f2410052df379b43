"""Round forty-four (issue 4, twelfth session): shapes read from the misses of sets 130-133 (each
measured blind first): a name after a greeting that opens a message, in English or another
language ('labas vaidute,'), and the greeting itself is no name; a name called with Vietnamese
'ơi'; a name asked after in a message ('where are you elsie answer'); a paramedic's or a
technician's initials; a log's writer before an entry's kind in capitals; a Welsh place in its
nasal mutation after 'in' ('yng Nghwmtyllwyd')."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a name after a greeting that opens a message
        ("> **Egle:** labas rasute, ar viskas gerai? supervisor asked", "rasute"),
        ("> **Mum:** hola mari, ¿cómo estás?", "mari"),
        # a name called with Vietnamese 'ơi'
        ("> **Lan:** thuỳ ơi, ăn cơm chưa? u look tired", "thuỳ"),
        # ... a given name written without its accents too ('minh', not 'mình', 'dear')
        ("> **Lan:** minh ơi, về nhà đi", "minh"),
        # a name asked after in a message
        ('> "where are you rhian answer the phone or I am coming round"', "rhian"),
        # a paramedic's initials; a log's writer before an entry's kind in capitals
        ("```text\nCrew:           Paramedic RB / EMT 2\n```", "RB"),
        ("```text\n2021-04     DLW    SIGN-UP   Joint tenancy signed.\n```", "DLW"),
        # a Welsh place in its nasal mutation after 'in'
        ("> Cafodd hi ei geni yng Nghwmbedwyr ar fferm.", "Nghwmbedwyr"),
        ("Roedd y teulu yn byw ym Mhenrhosgoch.", "Mhenrhosgoch"),
    ],
)
def test_round_forty_four_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # a greeting is no name, nor what it greets when that is no name
        "> **Sister:** labas, ar viskas gerai?",
        "> **Sister:** hello, how are you?",
        "> **Sister:** hi there, are you ok",
        # 'you' before everyday words and endearments
        "> **Sister:** are you home? you there? love you babe!",
        # a kin word or an exclamation called with 'ơi'
        "> **Hoa:** chị ơi, em sợ lắm.",
        # 'in Village A', a placeholder, in its mutation
        "Roedd hi yn byw ym Mhentref A gyda'i gŵr.",
        # a field's value in capitals is no entry's kind
        "```text\nPOB  LITHUANIA\n```",
    ],
)
def test_round_forty_four_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
