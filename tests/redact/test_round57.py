"""Round fifty-seven (issue 4, fifteenth session): read from the misses of sets 174-177 and the
clean findings of sets 170-177 (each measured blind first). A known given name before a word no
list and no English knows ('Gareth Prydderch'); the district between a Welsh street and its
postcode; a custody record's run-together date of birth ('30NOV79'); a handle someone is known
by on a platform; a pen portrait's heading in capitals; a town before its parish or district;
initials inside one bracket with a role's letters, in square brackets after them, or after a
co-ordinator; a surname in brackets in a recorded attendance; a case reference of letters and
digits with one slash; a name in its own script said to be a name; a lower-case given name in
the English cell of a message's translation, the message read cell by cell. Precision: a
season before a year, a note's verb opening a clause ('Said "..."'), an acronym glossed after a
colon ('RoSH: risk of serious harm.'), a list's letter ('- G. Recommendations'), and a word of
spoken Welsh in a message ('isho')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('Her neighbour wrote: "Dafydd Trefgarnog never once raised his voice."', "Trefgarnog"),
        ("![A bench for Megan Llwydcoed by the reservoir](images/bench.png)", "Llwydcoed"),
        ("They rented 4 Heol y Bryn, Nine Mile Point, NP11 7HZ, from a cousin.", "Nine Mile Point"),
        ("Custody record:   OKAFOR, JUDE      DOB: 14MAR88", "14MAR88"),
        ("He was known on Instagram as kris.b4nnon to his friends.", "kris.b4nnon"),
        ("## IN MEMORY OF BRONWEN", "BRONWEN"),
        (
            "Delroy was born in Spanish Town, in the parish of St Catherine, in 1961.",
            "Spanish Town",
        ),
        ("The manager (FSW KT) closed the case in May.", "KT"),
        ("Referral made. Advocate allocated (IDVA [RL]).", "RL"),
        ("Seen at home by the crisis team. Care coordinator DW.\n  Depot at first review.", "DW"),
        (
            (
                "The attendance was recorded as: Chair; Dyfed-Powys Police (Gwilliam); Hywel Dda "
                "University Health Board (Prothero)."
            ),
            "Prothero",
        ),
        ("The advocacy service's file (NWAS/4418) records both calls.", "NWAS/4418"),
        ("> His name, ዮሐንስ, was given by his grandmother.", "ዮሐንስ"),
        (
            "| 22:05 | Bia | vou ao mercado com a rafaela | I'm going to the market with rafaela |",
            "rafaela",
        ),
    ],
)
def test_round_fifty_seven_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # a season before a year opens a chronology's row, after a row ending in a role
        (
            "| Spring 2021 | Tells a colleague. | One colleague |\n"
            "| Summer 2021 | Health visitor's review. | Health visitor |"
        ),
        # a note's verb opening a clause, its subject left out
        (
            '  Mum seen alone. Said she is "not allowed" her own bank card.\n'
            "  Said nursery was not needed. Told the nurse she felt safe."
        ),
        # an acronym glossed after a colon, with its small letters spelt too
        "The order has a rehabilitation requirement. RoSH: risk of serious harm.",
        # a list's letters
        "- F. Findings\n- G. Recommendations",
        # a Welsh message: its words are no names, whatever a name list holds
        "```\nChwaer: ti isho i fi ddod draw heno?\n```",
    ],
)
def test_round_fifty_seven_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []
