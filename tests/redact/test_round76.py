"""Round seventy-six (issue 4, twentieth session): read from sets 258-261 (measured blind with
round 75). An officer's initials after the rank and collar number in a form's field
('Completed by:    PC 2975SE  AK').
Precision: a condition's possessive where the review names the condition ("Parkinson's and
memory services"); a French mother's word before a declared name ('Maman Blessing'); a saint's
feast before 'her name day' ('Holy Saturday'); a triage colour in the table cell after a family
word ('| Partner, child | Green |'); an acronym's plural spelt by words in lower case ('six key
lines of enquiry (KLOEs)')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```\nCompleted by:    PC 2975SE  AK\nSupervisor:      DS, duty\n```", "AK"),
    ],
)
def test_round_seventy_six_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "She kept the festivals: the blessing of the Easter basket on Holy Saturday, her name day.",
        (
            "| Date | Reason | With | Triage | DA |\n|---|---|---|---|---|\n"
            "| Nov 2021 | Wrist sprain | Partner, child | Green | Not asked |"
        ),
        (
            "The panel agreed six key lines of enquiry (KLOEs):\n\n| KLOE | Question |\n|---|---|\n"
            "| 1 | What did agencies know? |"
        ),
    ],
)
def test_round_seventy_six_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_french_mother_s_word_before_a_declared_name_is_no_finding(
    gate: Gate, tmp_path: Path
) -> None:
    """'Maman Blessing': the children's word for their mother, then her declared pseudonym."""
    text = 'Grace said: "Maman Blessing was a mother to all of us who came alone."'
    found = [
        found_text for found_text, _recognizer in blocking_found_in_markdown(gate, text, tmp_path)
    ]
    assert not any("Maman" in found_text for found_text in found), found


def test_a_condition_s_possessive_in_another_file_of_the_review_is_no_finding(
    gate: Gate, tmp_path: Path
) -> None:
    """The review writes "Parkinson's disease"; its action plan's "Parkinson's and memory
    services" is the condition's possessive, not a person's."""
    review = tmp_path / "review"
    review.mkdir()
    # one review (its files judged together), declared by an invented corpus's review.yml
    corpus_review = next(Path(__file__).parents[1].glob("corpus_heldout259/clean/02-*/review.yml"))
    (review / "review.yml").write_text(corpus_review.read_text(encoding="utf-8"), encoding="utf-8")
    (review / "overview-report.md").write_text(
        "The woman had Parkinson's disease and, from 2022, Parkinson's disease dementia.\n",
        encoding="utf-8",
    )
    (review / "action-plan.md").write_text(
        "| Action | Scope | Outcome | Lead |\n|---|---|---|---|\n"
        "| 5. Seeing the cared-for person alone | Local | Standard in Parkinson's and memory"
        " services | Integrated Care Board |\n",
        encoding="utf-8",
    )
    report = gate.check_paths([review])
    assert not report.errors, report.errors
    assert [f.text for f in report.blocking if "Parkinson" in (f.text or "")] == []
