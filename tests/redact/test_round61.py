"""Round sixty-one (issue 4, sixteenth session): read from the misses and the clean findings of
sets 194-197 (measured blind with round 60). A date of birth after where someone was born ('born
in X, in Y, on the second of February, nineteen eighty-nine'); a list's 'b.' before a date; a
Latvian date; a lower-case given name after Tagalog's person markers ('sabi ni lorna').
Precision: a heritage of two nationalities ('British-Jamaican'); a dictionary word in a service's
name ('Perinatal Mental Health Service'); a street is not read across a table's cells; a clause
of its own after the birthplace ('born in Hull, where on 12 May 2001 ...')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target", "entity"),
    [
        (
            (
                "Selam was born in Mendefera, in the south of Eritrea, on the second of "
                "February, nineteen eighty-nine, the third child."
            ),
            "second of February",
            "DATE_OF_BIRTH",
        ),
        (
            (
                "Nan was born in a two-up two-down on Moor Lane in Ribbleton, on the\n"
                "fourth of August, nineteen forty-five, which made her a peace baby."
            ),
            "fourth of August",
            "DATE_OF_BIRTH",
        ),
        (
            "| Children | Twm, DOB 2016-03-11; Eli, b. 22.08.2019 |\n|---|---|",
            "22.08.2019",
            "DATE_OF_BIRTH",
        ),
        (
            "Her mother's letter begins with the day she was born, 1990. gada 12. maijā, and ends.",
            "1990. gada",
            "DATE_OF_BIRTH",
        ),
        (
            "```\nFriend A  21:02  hinihintay ka namin sa simbahan, sabi ni lorna\n```",
            "lorna",
            "PERSON",
        ),
        ("```\nLorelei:  ha?? si ricky? tumawag ka na sa pulis\n```", "ricky", "PERSON"),
    ],
)
def test_round_sixty_one_forms_are_caught(
    gate: Gate, text: str, target: str, entity: str, tmp_path: Path
) -> None:
    assert entity in found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "Her father was born in Town A to Jamaican parents; she was a British-Jamaican mother of two.",
        "She had been under the care of the Trust's Perinatal Mental Health Service for a year.",
        (
            "| Action | Scope | Owner | Due | Status |\n|---|---|---|---|---|\n"
            "| Add screening questions | Local | Police, Chief Inspector, Safeguarding | Spring "
            "| Green |"
        ),
        "```\nFriend: wag mo sabihin kay mama ha, please\n```",
        "Doedden ni ddim yn deall pam, ond rŵan dw i'n deall.",
    ],
)
def test_round_sixty_one_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_clause_of_its_own_after_the_birthplace_holds_no_date_of_birth(
    gate: Gate, tmp_path: Path
) -> None:
    text = "The review covers 2022. He was born in Hull, where on 12 May 2021 the plant closed."
    assert "DATE_OF_BIRTH" not in found_over_in_markdown(gate, text, "12 May 2021", tmp_path)
