"""Round eighteen (issue 4): shapes the twenty-sixth and twenty-seventh held-out corpora showed
the gate missing (read after their one blind run, on round seventeen's code), as categories, on
invented rows through the real gate. Every person, business and place here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import (
    blocking_types,
    found_over,
    found_over_in_markdown,
)

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a speaker named with a family title of another language ('ate', 'kuya', 'tita')
        ("```\nate joy: ok ka lang?\nMarisol: ok lang\n```\n", "joy"),
        ("```\n[19:02] Sis Tariro: where is she tonight\n[19:05] Marisol: home\n```\n", "Tariro"),
        # a user name of mixed case speaking in a chat after a time stamp
        ("```\n[02:14] Tamsin: stop\n[02:14] Wrexo_TTV: bro chill\n```\n", "Wrexo_TTV"),
        # a user name in humps after an account word
        ("His gamertag was GlimmerFoxBlade, and he streamed most nights.", "GlimmerFoxBlade"),
        # a family hub, and a ferry company, by the distinctive word before their kind
        ("| Summer 2020 | Wyebrook Family Hub | attends alone |\n", "Wyebrook"),
        ("Her husband was an engineer on the Redwing Ferries crossings.", "Redwing"),
        # a business named with '&' in apposition after its kind
        (
            "She worked at a salon in the market square, Shine & Go, where clients liked her.",
            "Shine",
        ),
        # a name someone calls out, in quotes
        ('  Service user distressed, calling "Gwilym" (husband says her brother)\n', "Gwilym"),
        ('  Service user distressed, calling "Emrys" through the night\n', "Emrys"),
        # a user name in humps on the line after its account word
        ("His gamertag was\nGlimmerFoxBlade, and he streamed most nights.", "GlimmerFoxBlade"),
    ],
)
def test_round_eighteen_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


def test_a_user_name_speaking_in_a_markdown_chat_is_caught(gate: Gate, tmp_path: Path) -> None:
    text = "Messages:\n\n```\n[02:14] Tamsin: stop\n[02:14] Wrexo_TTV: bro chill\n```\n"
    assert found_over_in_markdown(gate, text, "Wrexo_TTV", tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        # kin speakers with no name, and a platform after an account word
        "```\nkuya: ok ka lang?\nMarisol: ok lang\n```\n",
        "Her account on WhatsApp was the one he checked.",
        # a service hub with no distinctive word, a national ferry word
        "She was referred to the Family Hub and the Early Help Hub.",
        # an ampersand joining ordinary words, no business around it
        "Recommendations on Health & Wellbeing were agreed.",
        # calling out a role or a kin word
        '  Service user distressed, calling "Mum" and "Nurse" through the night\n',
    ],
)
def test_round_eighteen_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
