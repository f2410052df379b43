"""Round seventy-two (issue 4, nineteenth session): read from sets 242-245 (measured blind with
round 71). The letters a text defines for a found institution ('Marigold House Hospice (MHH)')
stand for it wherever they are written; an initial joined to a surname, as record systems print
a user ('TMorgan', 'HLlewellyn', 'Dr R.Bevan'); a family by its surname in the plural ('the
Lingurars'', 'the Ramsarans''); a mosque's name joined by hyphens ('the Masjid-e-Habibia'); a name, then whose relative it is
in brackets ('Pi Noi (Dao's elder sister)'), or who knew someone by it ('Ploy, as her friends in
England knew her'); a message signed in its own script.
Precision: a verb opening a message with its object after it ('Kiss the children for me'); the
Cornish language's own name ('Kernewek'); an Irish grandmother ('Mamó'); a lower-case rhyme
('roly-poly'); a dictionary word's plural ('aliases')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.propagation import variants
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown

_ACRONYM_DEFINED = (
    "Contributors: the police; Marigold House Hospice\n(MHH), which ran the palliative team.\n\n"
    "MHH has since added a prompt to its template.\n"
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (_ACRONYM_DEFINED, "MHH has"),
        ("```text\nTriage cat:     3 (yellow)            Triage RN: HLlewellyn\n```", "HLlewellyn"),
        ("```text\nEntered:   TMorgan (CPN)\n```", "TMorgan"),
        ("```text\nSeen by:        Dr R.Bevan (ST4)\n```", "R.Bevan"),
        (
            (
                "> Partner Mr LINGURAR has no fixed address.\n\n"
                "The wider family's involvement (the Lingurars' pressure) was not known.\n"
            ),
            "Lingurars",
        ),
        ("She attended the women's circle at the\nMasjid-e-Habibia on Thursdays.", "Habibia"),
        ('pen_portrait_by: "Pi Noi (Dao\'s elder sister), translated from Thai"', "Noi"),
        ("### Ploy, as her friends in England knew her", "Ploy"),
        ("```text\n  เขารู้แล้ว  (he knows now)\n[signed in one message as ศิริพร]\n```", "ศิริพร"),
    ],
)
def test_round_seventy_two_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "```text\nmum:    Thank you my sister. Kiss the children for me.\n```",
        "The Cornish language, Kernewek, was spoken at home.",
        "Her mamó (grandmother) lived with them. Mamó cooked every Sunday.",
        "```text\nmum:  the baby is a proper roly-poly now x\n```",
        "Send an EMail to the team.",
    ],
)
def test_round_seventy_two_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


@pytest.mark.parametrize(
    ("name", "plural", "looked_for"),
    [
        ("Florica Lingurar", "Lingurars", True),
        ("LINGURAR", "LINGURARs", True),
        ("Vera Farkas", "Farkases", True),
        # a dictionary word's plural is the word's: 'aliases'
        ("Mr Alias", "Aliases", False),
        # a given name alone is no family: 'Johns'
        ("John", "Johns", False),
    ],
)
def test_a_surname_s_family_plural_is_looked_for(name: str, plural: str, looked_for: bool) -> None:
    assert (plural in [v.text for v in variants(name, "PERSON")]) is looked_for
