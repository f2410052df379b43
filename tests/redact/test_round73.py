"""Round seventy-three (issue 4, twentieth session): read from sets 246-249 (measured blind with
the session's starting code). One initial after a family word ('her sister, D., rang 999',
'Sister M. present'); a nickname after 'a street name' ('by a street name, "Ghost"') or with
'the' inside its quotes ('called her "the Admiral"'); workers' initials two or three together in
brackets ('(BC, NA)'); who pasted a note ('pasted from SystmOne by JM'); a record's number as a
link's folder ('/cases/0093317/'); a house number in words ('Twenty-Three Heol y Nant'); a flat
in a building named without its type ('Flat 2, Tŷ Gwydr'); a congregation or community body
named a society or an association ('Calvary Twi Methodist Society').
Precision: a kin word and 'of' before a name ('Husband of Rose'); the Sabbath; a Brazilian
child's words for its parents ('Papai', 'Mamãe'); the Welsh 'Beth' (what) in a heading whose
languages a bar parts; a glossary's term whose definition is one kind word ('| Capel | Chapel |')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.glossary import glossary_terms
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("On 14 March, at 22:41, Simone's sister, D., rang 999.", "D."),
        ("Her passport was kept by her mother-in-law, K., in a locked cupboard.", "K."),
        (
            "```text\nDay 45  Home visit.\n        Sister M. present. Spoke in front of family.\n```",
            "M.",
        ),
        (
            'He was known on the estate by a street name, "Ghost", which appears in two entries.',
            "Ghost",
        ),
        ('He was known on the estate by the street name "Tiny", a joke about his height.', "Tiny"),
        ('The lads there called her "the Admiral". They shut the factory.', "Admiral"),
        ("The visit was made jointly by two practitioners\n(BC, NA), who recorded it.", "BC"),
        ("Two members of the team met Miriam the next day (LP, DM). Their note records it.", "DM"),
        ("<!-- HV notes pasted from SystmOne by JM; remove before publication -->", "JM"),
        (
            "The plan was kept on the drive ([TAF plan](https://csc.example.org/cases/0093317/taf)).",
            "0093317",
        ),
        ("4.2 Usual address: Twenty-Three Heol y Nant, Ynysmaerdy.", "Heol y Nant"),
        ("They moved to Forty-One Lôn y Felin in 2019.", "Forty-One"),
        (
            "| From | House | Town |\n|---|---|---|\n| 2021 | Flat 2, Tŷ Gwydr | Abercynon |",
            "Gwydr",
        ),
        (
            "She sang in the choir of the Calvary Twi Methodist Society, which meets on Sundays.",
            "Calvary",
        ),
    ],
)
def test_round_seventy_three_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "Their faith was Presbyterian, and they kept the Sabbath strictly all their lives.",
        'The child told a key worker that "Papai shouts at Mamãe".',
        "### 6. Beth sydd angen newid | What needs to change\n\nThe panel agreed six changes.",
        "### Geirfa | Glossary\n\n| Welsh | English |\n|---|---|\n| Capel | Chapel |\n",
        # a placeholder's letter ending a sentence is no initial after a family word
        "The worker spoke to Child B. The panel then met.",
        # a role's and an agency's letters in one bracket are no one's initials
        "The strategy meeting (DSL, NHS) agreed the plan.",
    ],
)
def test_round_seventy_three_clean_rows_block_nothing(
    gate: Gate, text: str, tmp_path: Path
) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_kin_word_and_of_before_a_declared_name_is_no_finding(gate: Gate, tmp_path: Path) -> None:
    """The model's 'Husband of Rose' is whose husband: the name left is the declared one."""
    text = "Alasdair, Husband of Rose and her carer, aged 84, looked after her."
    found = blocking_found_in_markdown(gate, text, tmp_path)
    assert not any("Husband" in text_found for text_found, _recognizer in found), found


@pytest.mark.parametrize(
    ("glossary", "term", "vocabulary"),
    [
        ("### Glossary\n\n| Welsh | English |\n|---|---|\n| Capel | Chapel |\n", "Capel", True),
        ("### Glossary\n\n- **Kirk:** a church\n", "Kirk", True),
        # a definition that says where someone lived still names a place
        ("### Glossary\n\n- **Cwm-parc:** the village where the family lived\n", "Cwm-parc", False),
        (
            "### Glossary\n\n| Term | Meaning |\n|---|---|\n| Soar | the chapel she attended |\n",
            "Soar",
            False,
        ),
    ],
)
def test_a_glossary_term_defined_by_one_kind_word_is_vocabulary(
    glossary: str, term: str, vocabulary: bool
) -> None:
    assert (term in glossary_terms(glossary)) is vocabulary
