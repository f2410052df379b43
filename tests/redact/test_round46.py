"""Round forty-six (issue 4, twelfth session): precision read from the clean reports of sets
0-133. An inline glossary, two or more emphasised terms on one line each with its meaning after
a colon ("**Izzat**: honour (Punjabi). **Seva**: selfless service."), defines vocabulary as a
glossary section does; a term whose meaning describes a person or a place stays a finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.glossary import inline_glossary_terms
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        (
            "**Izzat**: honour (Punjabi). **Seva**: selfless service. **Langar**: a kitchen.",
            {"Izzat", "Seva", "Langar"},
        ),
        (
            "(*Ndakaneta*: I am tired. *Mwari ndibatsirei*: God, help me.)",
            {"Ndakaneta", "Mwari ndibatsirei"},
        ),
        (
            "*Glossary.* **Canjeero:** a Somali flatbread. **Suqaar:** a dish of meat.",
            {"Canjeero", "Suqaar"},
        ),
        # a meaning that describes a person, a place or a nickname
        ("**Zofia**: Ania's sister. **Marek**: her husband, aged 40.", set()),
        ("**Cwmtyllwyd**: the village where they lived. **Bryn**: her nickname.", set()),
        # one term alone is no glossary
        ("**Izzat**: honour (Punjabi).", set()),
    ],
)
def test_inline_glossary_terms(line: str, terms: set[str]) -> None:
    assert inline_glossary_terms(line) == terms


def test_inline_glossary_terms_block_nothing(gate: Gate, tmp_path: Path) -> None:
    text = (
        "The family spoke about izzat and about doing seva at the gurdwara.\n\n"
        "**Izzat**: honour (Punjabi). **Seva**: selfless service.\n"
    )
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_person_an_inline_glossary_describes_still_blocks(gate: Gate, tmp_path: Path) -> None:
    text = "**Zofia**: the victim's sister. **Marek**: her husband.\n\nZofia rang the police.\n"
    assert found_over_in_markdown(gate, text, "Zofia rang", tmp_path)
