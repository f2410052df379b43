"""Round thirty-five (issue 4, sixth session): a title with one letter must be declared, and
public words that blocked clean reports of held-out sets 68 and 69. Invented rows through the
real gate."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import found_over

DECLARED = ("Heulwen", "Carwyn", "Mr D", "Professor Kwabena Owusu-Ansah")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a title and one letter that no declared name starts with: a real surname's initial
        ("Husband answered for both. Mrs P in kitchen, did not speak.", "Mrs P"),
        ("Her husband and carer, Mr W. in the GP record, declined.", "Mr W"),
        ("Visit completed with son present. Mrs N. says she is happy.", "Mrs N"),
        ("> Ms B attended the clinic alone on 3 May.", "Ms B"),
    ],
)
def test_an_undeclared_title_and_letter_blocks(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # declared ('Mr D'), or the first letter of a declared name ('Heulwen', 'Carwyn')
        "Mrs H and Mr C met the GP; Mr D did not attend.",
        "Mr D. said that Mrs H. was tired.",
        # nationalities no suffix makes from a country's name, and a festival
        "The project will be evaluated with Syrian,\n   Afghan and Kurdish women.",
        "Her friend and neighbour, Kosovan Albanian, gave a statement.",
        "She was saving to bring her mother over for Tết in February.",
        # a list of placeholders after a kind of body is no business's name
        (
            "The review found careful recording by the school, the ED and Housing Officer 1, and"
            " gaps elsewhere."
        ),
        # one word in quotes after a comma is no one called by name
        'She was recorded as "quiet, shy". Appointments were booked by him.',
        # a declared chair's surname after a title, across a line's wrap
        (
            "The chair was Professor Kwabena Owusu-Ansah. Neither has worked for any agency. Professor"
            "\nOwusu-Ansah has chaired reviews for other partnerships since 2017."
        ),
    ],
)
def test_round_thirty_five_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    report = gate.check_text(text, "t.md", allowed=DECLARED)
    assert not report.errors
    assert not report.blocking, [(f.text, f.recognizer) for f in report.blocking]


@pytest.mark.parametrize(
    ("declared", "text", "blocks"),
    [
        (("Adult B",), "Mr B spoke to the GP.", False),  # a placeholder gives its own letter
        (("Adult B",), "Mr A spoke to the GP.", True),  # not its word's
        (("Sean Murphy",), "Mr M spoke to the GP.", False),
        ((), "Mr M spoke to the GP.", True),  # a loose draft declares nothing
    ],
)
def test_the_letters_a_declared_name_gives(
    gate: Gate, declared: tuple[str, ...], text: str, blocks: bool
) -> None:
    assert bool(gate.check_text(text, "t.md", allowed=declared).blocking) is blocks
