"""Round seventy (issue 4, eighteenth session): read from the misses and clean findings of sets
234-237 (measured blind with round 69). A Welsh sentence wrapped goes on ('aeth hi i / Fangor');
a title wrapped in a quotation ('Dr / > Lloyd-Pritchard'); a name in Arabic after a kin word
or in an English line; a record's alias in its own script; a name in Gurmukhi called as a child;
'in her mother's script': a name; a role's letters before a name ('the TA, Hope,'); 'called him
"Big Mo"'; an initial and a surname opening a table cell; a lower-case name beside a kin word of
another language ('my yiayia despina'); a rare word after 'from' ('from Tuam'); a file's
reference with slashes. Precision: a declared name as Welsh mutates it ('i Fryn', 'gan Lyn');
an allowed agency's letters ('WYP'); an allowed body's document title ('NORTHSHIRE MARAC -
MINUTES'); a bilingual label's line apart from the next; 'Telephone (mother rang)'."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import (
    blocking_found,
    blocking_found_in_markdown,
    found_over_in_markdown,
    row_gate,
    row_policy,
)

_WELSH_WRAPPED = (
    "Ni chafodd unrhyw asiantaeth wybod bod hi yn cael ei cham-drin. Ond roedd arwyddion: aeth"
    " hi i\nFangor ddwywaith yn 2022 gyda chleisiau na chafodd eu hesbonio, a dywedodd wrth ei\n"
)
_QUOTE_WRAPPED = (
    "> She went to the GP in 2022 and 2023, many times, for headaches and not sleeping. Dr\n"
    "> Lloyd-Pritchard gave her tablets. Nobody asked her about home.\n"
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (_WELSH_WRAPPED, "Fangor"),
        (_QUOTE_WRAPPED, "Lloyd-Pritchard"),
        ("> أختي هبة كانت تضحك حتى في المخيم.", "هبة"),
        ("```\nBrother: عمران was there again. he won't let her\n```", "عمران"),
        ("```\nDOB     : 03.07.1979\nAlias   : শাহিদা বেগম\n```", "শাহিদা"),
        ("```\n[06:12] Maa: ਗੁਰਲੀਨ ਪੁੱਤ, ਠੀਕ ਹੈਂ?\n```", "ਗੁਰਲੀਨ"),
        (
            (
                'Her sister asked that the name be used nowhere except "in her mother\'s script":'
                " கீர்த்தனா. The panel records the request."
            ),
            "கீர்த்தனா",
        ),
        ("In the autumn the TA, Hope, records Mai at pick-up with a bruised cheek.", "Hope"),
        ('In 2019 she married him. Everybody called him "Big Mo", even the aunties.', "Big Mo"),
        (
            (
                "| No | Action | Owner |\n|---|---|---|\n| 3 | Report overdue actions |"
                " K. Barnes, MARAC Coordinator |\n"
            ),
            "K. Barnes",
        ),
        ("```\n  i swear on my yiayia despina i will never let u go\n```", "despina"),
        ("She rang her mother every Sunday from Tuam. Her brother answered.", "Tuam"),
        ("Checked against the signed statement (file PCSP/DARDR/21-03).", "PCSP/DARDR/21-03"),
    ],
)
def test_round_seventy_forms_are_caught(gate: Gate, text: str, target: str, tmp_path: Path) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # a kin word, then a verb; 'my mother' then a word
        "> أختي كانت تضحك حتى في المخيم.",
        # a kin word in Gurmukhi before 'child'
        "```\n[06:12] Maa: ਮੇਰਾ ਪੁੱਤ, ਠੀਕ ਹੈਂ?\n```",
        # a contact's kind before the party in brackets
        "```\nMar 2023  Telephone (mother rang)         Health Visitor 2\n```",
        # a bilingual title in Welsh and English stays on its line
        (
            "Cadeirydd Annibynnol / Independent Chair: Northshire Police\n"
            "Awdur / Author: Northshire County Council\n"
        ),
    ],
)
def test_round_seventy_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


@pytest.mark.parametrize(
    ("text", "declared"),
    [
        ('Readers will also see "i Fryn" and "gan Lyn" in the Welsh text.', ["Bryn", "Glyn"]),
        ("Diolch i Fryn ac i Haf am eu gonestrwydd.", ["Bryn", "Haf"]),
    ],
)
def test_a_declared_name_as_welsh_mutates_it_is_allowed(
    gate: Gate, text: str, declared: list[str]
) -> None:
    assert blocking_found(gate, text, allowed=declared) == []


def test_a_mutated_form_without_the_mutating_word_still_blocks(gate: Gate) -> None:
    # 'Lyn' alone, no 'gan' or 'i' before it: someone else, not 'Glyn' mutated
    assert blocking_found(gate, "Lyn told the panel she had seen it.", allowed=["Glyn"]) != []


def test_an_allowed_agency_s_letters_and_its_document_title_are_allowed() -> None:
    gate = row_gate(row_policy(agencies=["West Yorkshire Police"]))
    text = (
        "NORTHSHIRE MARAC - MINUTES (EXTRACT)\n\nCase 4 of 16. Referring agency: WYP. Owner: WYP\n"
    )
    assert blocking_found(gate, text) == []
