"""The gate's name techniques, each on short invented sentences through the real gate.

Every name, place and institution here is invented. A row that is caught must produce a blocking
finding overlapping the marked text; a clean row must not block at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate, load_gate
from redact.policy import parse_policy

POLICY = {
    "site_area": ["Northshire"],
    "allow": {
        "agencies": ["Northshire Police", "Northshire County Council"],
        "places": ["England", "Wales", "UK", "North West"],
        "other": ["MARAC", "Refuge", "Clare's Law", "Appendix C"],
    },
}


@pytest.fixture(scope="module")
def gate() -> Gate:
    return Gate(parse_policy(POLICY, "test policy"), use_cache=False)


def _blocked(gate: Gate, text: str, target: str, allowed: tuple[str, ...] = ()) -> bool:
    start = text.index(target)
    end = start + len(target)
    report = gate.check_text(text, "t.md", allowed=allowed)
    return any(
        f.start is not None and f.end is not None and f.start < end and start < f.end
        for f in report.blocking
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # titles and ranks before a surname the model may miss
        ("The statement was taken by DS Quenby Harrowgate at the station.", "Quenby Harrowgate"),
        ("She told Mrs Trevanna that she was frightened.", "Trevanna"),
        ("Cllr Ottoline Fairweather chaired the meeting.", "Ottoline Fairweather"),
        # a family word before an ordinary-word name
        ("She lived with her daughter Summer and two dogs.", "Summer"),
        ("Her son, Will, was at school that day.", "Will"),
        # record-style names in capitals
        ("The custody record reads NOWICKI, Tomasz and nothing else.", "NOWICKI, Tomasz"),
        # agency decomposition: the town in an agency's name
        ("Wigan Council Housing Options refused the application.", "Wigan"),
        ("She attended Bolton NHS Foundation Trust twice.", "Bolton"),
        # institutions: schools, pubs, workplaces
        ("The children attended Quillfield Primary School until 2019.", "Quillfield"),
        ("They met at The Gorsedd Arms most Fridays.", "Gorsedd"),
        ("He worked shifts at Brackenmoor Logistics in the evenings.", "Brackenmoor"),
        ("Later that night they drank at The Wheatsheaf with friends.", "Wheatsheaf"),
        # a gazetteer given name the model did not tag, and its surname
        ("Bronisława Kowalczyk called the helpline.", "Kowalczyk"),
    ],
)
def test_hard_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert _blocked(gate, text, target), target


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("Northshire Police and Northshire County Council shared information.", ()),
        ("Police Officer A attended; the GP and IDVA 1 were informed.", ()),
        ("She applied under Clare's Law; the case went to MARAC.", ()),
        ("She was a Welsh speaker of Polish and Nigerian heritage, White British on records.", ()),
        (
            "The Recovery Service and the Public Health team reviewed the Strategic Housing Board.",
            (),
        ),
        ("Ms Okoye wrote the report.", ("Rachel Okoye",)),  # part of a declared chair's name
        ("Summer 2020: the family moved within England.", ()),
        ("Mr C and Adult B met School B staff; see Appendix C.", ()),
        ("He will call at 10.30am on Monday, which was Refuge's advice.", ()),
    ],
)
def test_clean_forms_do_not_block(gate: Gate, text: str, allowed: tuple[str, ...]) -> None:
    report = gate.check_text(text, "t.md", allowed=allowed)
    assert not report.blocking, [
        (f.entity_type, f.recognizer, f.start, f.end) for f in report.blocking
    ]


def test_propagation_finds_other_mentions(tmp_path: Path) -> None:
    """A name found once ("Mrs Trevanna") is found where the model would not look again."""
    gate = load_gate(None, use_cache=False)
    text = "Mrs Trevanna attended.\n\n```\ntrevanna said no\n```\n\nTREVANNA did not reply.\n"
    report = gate.check_text(text, "t.md")
    starts = {f.start for f in report.blocking}
    for target in ("trevanna said", "TREVANNA did"):
        assert text.index(target) in starts, target


REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("review_in_decision", "blocks"),
    [
        ("same", False),  # the decision is for this review: the exact text passes
        ("another-review", True),  # scoped: a decision for another review changes nothing here
    ],
)
def test_not_identifiers_is_scoped_to_one_review(
    tmp_path: Path, review_in_decision: str, blocks: bool
) -> None:
    import shutil

    import yaml

    sample = min(
        p for p in (REPO / "content" / "reviews").iterdir() if (p / "review.yml").is_file()
    )
    review = tmp_path / sample.name
    shutil.copytree(sample, review)
    with (review / "overview-report.md").open("a", encoding="utf-8") as handle:
        handle.write("\nThe family kept a horse called Bramblewick Tansy at livery.\n")
    policy = yaml.safe_load((REPO / "site_config" / "policy.yml").read_text(encoding="utf-8"))
    policy.pop("themes_vocabulary", None)
    policy["not_identifiers"] = [
        {
            "text": "Bramblewick Tansy",
            "review": sample.name if review_in_decision == "same" else review_in_decision,
            "reason": "a horse's show name, agreed with the family",
        }
    ]
    gate = Gate(parse_policy(policy, "test policy"), use_cache=False)
    report = gate.check_paths([review])
    text = (review / "overview-report.md").read_text(encoding="utf-8")
    start = text.index("Bramblewick Tansy")
    hit = [
        f
        for f in report.blocking
        if f.start is not None and f.end is not None and f.start < start + 17 and start < f.end
    ]
    assert bool(hit) is blocks
