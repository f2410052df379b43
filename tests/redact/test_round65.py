"""Round sixty-five (issue 4, seventeenth session): read from the misses and clean findings of
sets 210-213 (measured blind with round 64). Initials, then the role in brackets ('JH (call
handler)'); a name after a Persian title. Precision: another language's pronoun in lower case in
a stretch of its own language ('ele pegou meu cartão'); a Welsh word opening a name in the Welsh
cell of a two-language table; a lower-case word glossed in another script ('mooncakes (月餅)');
a name the model ran into its gloss in brackets ('Brecon Beacons (Bannau Brycheiniog)')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.name_recognizers import foreign_core_word
from tests.redact.gate_rows import (
    blocking_found,
    blocking_found_in_markdown,
    found_over_in_markdown,
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("| 2020-06 | Serwa reports it. | JH (call handler) | Recorded as civil. |", "JH"),
        ("| Aut 2021 | GT (class teacher) | Tomi drew a picture. | DSL spoke to Tomi. |", "GT"),
        ("```\nبانو مهین رضایی\n```", "مهین رضایی"),
    ],
)
def test_round_sixty_five_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun of the message's own language, in lower case
        "```\nMum:   ele pegou meu cartão de novo. não tenho nem pra fralda\n```",
        # lower-case words glossed in their own script
        "They made yum cha (飲茶) and shared mooncakes (月餅) in the garden.",
        "Her mother cooked injera (እንጀራ) every Friday.",
        "The whole family (ቤተሰብ) lived in the town.",
        # role letters before a role in brackets
        "Present: SW (chair), DS public protection, school nurse.",
    ],
)
def test_round_sixty_five_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


@pytest.mark.parametrize(
    ("text", "word", "core"),
    [
        ("Joy:   ele pegou meu cartão de novo. não tenho nem pra fralda", "ele", True),
        # 'cel' is Romanian's; in a Tagalog line it is a name, as 'seni' (Turkish) in English
        ("Maria: sabi ni lorna ate cel ay umalis na kahapon", "cel", False),
        ("Rosa: ate cel oo naman!! text mo lang ako pag nasa bus ka na", "cel", False),
        ("[07:40] seni answer me or i come to the forum", "seni", False),
        ("Ewa: nie wiem co robić, on znowu pije", "nie", True),
        # too few words to tell the stretch's language
        ("Joy:   esquece. ele chegou", "ele", False),
        # capitalised, in a line mostly of its language
        ("Bia: Ela disse que não vem hoje porque está doente", "Ela", True),
        # before a comma, the person written to
        ("Bia: Ela, não vem hoje porque está doente", "Ela", False),
    ],
)
def test_another_languages_core_word_is_no_name_in_its_own_language(
    text: str, word: str, core: bool
) -> None:
    start = text.index(word)
    assert foreign_core_word(text, start, start + len(word)) is core


def test_a_welsh_verb_opening_a_place_span_is_no_part_of_it(gate: Gate) -> None:
    """The model reads 'Roedd Ruby' ('Ruby was') as a building in a two-language row; the
    declared pseudonym after the verb is allowed, and the verb is no name."""
    row = (
        "| Cymraeg | English |\n| --- | --- |\n"
        "| Roedd Ruby yn byw yng Nghaerdydd ers pum mlynedd. Roedd hi'n hoff iawn o'i gwaith. "
        "| Ruby had lived in Cardiff for five years. She loved her work. |\n"
    )
    assert blocking_found(gate, row, allowed=["Ruby", "Cardiff", "Nghaerdydd"]) == []
