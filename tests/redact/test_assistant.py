"""`redact suggest` and `redact apply` on an invented review, with the real gate (spaCy and
Presidio) and the real anonymizer. Every name, street and number here is invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from redact.assistant.apply import ApplyError, apply_decisions, at_sentence_start, shaped
from redact.assistant.commands import apply_command, suggest_command
from redact.assistant.decisions import (
    DECISIONS_FILE_NAME,
    Decision,
    DecisionsError,
    Mention,
    read_decisions,
    write_decisions,
)
from redact.assistant.suggest import (
    SuggestError,
    group_people,
    name_words,
    resolve_review_dir,
    suggest,
)
from redact.gate import Gate, load_gate

REPO = Path(__file__).resolve().parents[2]
POLICY = REPO / "site_config" / "policy.yml"

REVIEW_YML = """\
label: DHR
reference: 2024/b
pseudonyms:
  - refers_to: victim
    name: Alba
  - refers_to: perpetrator
    name: Corin
independent_chair: Rowan Fairweather
author: Rowan Fairweather
csp: Northshire Community Safety Partnership
region: North West
police_force_area: Northshire Police
month_of_death: "2021-05"
dates:
  commissioned: 2021-08-01
  qa_approved: 2022-10-03
  published: 2023-01-16
status: published
case_category: intimate-partner-homicide
victim:
  age_band: 35-44
  sex: female
agencies: [Northshire Police]
themes: [coercive-control]
fictional: true
"""

OVERVIEW = """\
# Overview report

## Introduction

Marigold Quennell was the victim. Marigold lived with her partner, Tobias Venning, at 14 Brackenmoor Lane.

MARIGOLD's family said she was kind. Ms Quennell had two children.

Tobias Venning was convicted of murder. Venning had a history of violence.

The GP, Dr Ilsa Parmenter, saw Marigold twice. Dr Parmenter did not ask about abuse.

Marigold's phone number was 07700 900461.

marigold told her friend she was scared.
"""

SUMMARY = """\
# Executive summary

Marigold Quennell died in May 2021. Tobias Venning was her partner.
"""

PLAN = """\
# Action plan

| Recommendation | Lead agency |
| --- | --- |
| Share risk information between agencies | Northshire Police |
"""

# Every word of the invented identifiers: none may survive a round trip, in any case.
IDENTIFYING_WORDS = [
    "Marigold",
    "Quennell",
    "Tobias",
    "Venning",
    "Ilsa",
    "Parmenter",
    "Brackenmoor",
    "07700",
    "900461",
]


def write_fixture(root: Path) -> Path:
    review = root / "content" / "reviews" / "alba-2024"
    review.mkdir(parents=True)
    (review / "review.yml").write_text(REVIEW_YML, "utf-8")
    (review / "overview-report.md").write_text(OVERVIEW, "utf-8")
    (review / "executive-summary.md").write_text(SUMMARY, "utf-8")
    (review / "action-plan.md").write_text(PLAN, "utf-8")
    return review


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def leftovers(folder: Path) -> list[str]:
    """Identifying words still in any Markdown file of `folder` (any case)."""
    found = []
    for path in folder.glob("*.md"):
        text = path.read_text("utf-8")
        found += [w for w in IDENTIFYING_WORDS if re.search(re.escape(w), text, re.IGNORECASE)]
    return found


@pytest.fixture(scope="module")
def gate() -> Gate:
    return load_gate(POLICY, use_cache=False)


@pytest.fixture
def review(tmp_path: Path) -> Path:
    return write_fixture(tmp_path)


# --- suggest ---------------------------------------------------------------------------------


def test_suggest_groups_variants_and_proposes_replacements(review: Path, gate: Gate) -> None:
    decisions, report = suggest(review, gate)
    by_text = {e.text: e for e in decisions.entities}

    victim = by_text["Marigold Quennell"]
    assert set(victim.variants) == {
        "Marigold Quennell",
        "Marigold",
        "MARIGOLD",
        "Ms Quennell",
        "marigold",
    }
    assert (victim.replacement, victim.refers_to) == ("Alba", "victim")
    perpetrator = by_text["Tobias Venning"]
    assert set(perpetrator.variants) == {"Tobias Venning", "Venning"}
    assert (perpetrator.replacement, perpetrator.refers_to) == ("Corin", "perpetrator")
    gp = by_text["Ilsa Parmenter"]
    assert gp.replacement == "the GP"
    assert {m.text for m in gp.mentions} == {"Dr Ilsa Parmenter", "Dr Parmenter"}  # title taken
    assert by_text["14 Brackenmoor Lane"].replacement == "the family home"
    assert by_text["07700 900461"].replacement == "[removed]"
    # Every blocking finding is a mention of exactly one entity.
    mentions = [(m.file, m.line, m.column) for e in decisions.entities for m in e.mentions]
    assert len(mentions) == len(set(mentions))
    assert len(report.blocking) == sum(
        len(e.mentions) for e in decisions.entities if e.decision is Decision.REPLACE
    )
    assert set(decisions.sources) == {
        "review.yml",
        "overview-report.md",
        "executive-summary.md",
        "action-plan.md",
    }


def test_the_most_frequent_person_is_a_low_confidence_victim_when_nothing_says_more(
    tmp_path: Path, gate: Gate
) -> None:
    review = write_fixture(tmp_path)
    (review / "overview-report.md").write_text(
        "# Overview report\n\nPerpetua Hollingbrook moved to Northshire in 2015. "
        "Perpetua Hollingbrook worked in a shop. Perpetua liked gardening.\n",
        "utf-8",
    )
    (review / "executive-summary.md").write_text("# Executive summary\n\nA short summary.\n")
    decisions, _ = suggest(review, gate)
    (person,) = [e for e in decisions.entities if e.type == "PERSON"]
    assert (person.replacement, person.confidence) == ("Alba", "low")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jane Smith", ("jane", "smith")),
        ("Ms Smith's", ("smith",)),  # courtesy title and possessive dropped
        ("JANE SMITH", ("jane", "smith")),  # any case
        ("Dr Ilsa Parmenter", ("ilsa", "parmenter")),  # professional title dropped
        ("Anne-Marie Jones", ("anne", "marie", "jones")),  # hyphenated first name
        ("jane’s", ("jane",)),  # curly apostrophe
    ],
)
def test_name_words(text: str, words: tuple[str, ...]) -> None:
    assert name_words(text) == words


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        # full name, first name, title + surname, capitals, lower case: one person
        (
            ["Jane Smith", "Jane", "Ms Smith", "JANE SMITH", "jane", "Jane's"],
            [{"Jane Smith", "Jane", "Ms Smith", "JANE SMITH", "jane", "Jane's"}],
        ),
        # a surname shared by two people found in full joins neither
        (
            ["Jane Smith", "John Smith", "Mr Smith", "John"],
            [{"Jane Smith"}, {"John Smith", "John"}, {"Mr Smith"}],
        ),
        # a longer form of the same name is the same person
        (["Anne Marie Jones", "Anne Jones", "Anne"], [{"Anne Marie Jones", "Anne Jones", "Anne"}]),
    ],
)
def test_group_people(forms: list[str], expected: list[set[str]]) -> None:
    mentions = [Mention("a.md", 1, i, i, i + 1, form, "paragraph") for i, form in enumerate(forms)]
    groups = group_people(mentions)
    assert sorted(sorted(m.text for m in g.mentions) for g in groups) == sorted(
        sorted(group) for group in expected
    )


def test_suggest_refuses_a_folder_without_review_metadata(tmp_path: Path) -> None:
    with pytest.raises(SuggestError, match="not inside a review folder"):
        resolve_review_dir(tmp_path)


# --- decisions file --------------------------------------------------------------------------


def test_decisions_file_round_trips_and_explains_its_fields(review: Path, gate: Gate) -> None:
    decisions, _ = suggest(review, gate)
    path = review / DECISIONS_FILE_NAME
    write_decisions(decisions, path)
    text = path.read_text("utf-8")
    for word in ("decision", "replacement", "refers_to", "reason", "PRIVATE"):
        assert f"#   {word}" in text or word in text.split("\n", 3)[0]
    again = read_decisions(path)
    assert [(e.id, e.text, e.replacement, e.decision) for e in again.entities] == [
        (e.id, e.text, e.replacement, e.decision) for e in decisions.entities
    ]
    assert again.sources == decisions.sources


def test_a_decisions_file_must_be_private(tmp_path: Path, review: Path, gate: Gate) -> None:
    decisions, _ = suggest(review, gate)
    with pytest.raises(DecisionsError, match=r"\.private\.yml"):
        write_decisions(decisions, tmp_path / "decisions.yml")


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        # not-an-identifier without a reason
        ({"id": "E1", "decision": "not-an-identifier", "reason": ""}, "needs a reason"),
        # replace with nothing to write
        ({"id": "E1", "decision": "replace", "replacement": ""}, "replacement is empty"),
        # a decision that does not exist
        ({"id": "E1", "decision": "delete"}, "replace, keep or not-an-identifier"),
        # an unknown role
        ({"id": "E1", "decision": "replace", "refers_to": "aunt"}, "refers_to must be"),
    ],
)
def test_bad_decisions_are_named(tmp_path: Path, entry: dict[str, object], problem: str) -> None:
    path = tmp_path / "d.private.yml"
    data = {"version": 1, "review": "x", "sources": {}, "entities": [entry]}
    path.write_text(yaml.safe_dump(data), "utf-8")
    with pytest.raises(DecisionsError, match=problem) as error:
        read_decisions(path)
    assert "E1" in str(error.value)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "d.private.yml"
    path.write_text("version: 1\nentities:\n  - id: [E1\n", "utf-8")
    with pytest.raises(DecisionsError, match="line"):
        read_decisions(path)


# --- apply -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("replacement", "text", "original", "expected"),
    [
        ("Lynne", "JANE's coat", "JANE's", "LYNNE's"),  # capitals and possessive kept
        ("Lynne", "Jane’s coat", "Jane’s", "Lynne’s"),  # curly possessive
        ("Lynne", "saw jane today", "jane", "Lynne"),  # a proper name stays capitalised
        ("the GP", "Dr Smith said", "Dr Smith", "The GP"),  # sentence start
        ("the GP", "then Dr Smith said", "Dr Smith", "the GP"),  # mid-sentence
        ("the family home", "It was. 14 Any Road", "14 Any Road", "The family home"),  # after .
        ("the GP", "| Dr Smith |", "Dr Smith", "The GP"),  # a table cell
        ("the GP", "1.2 Dr Smith saw", "Dr Smith", "The GP"),  # a numbered paragraph
        ("[removed]", "07700 900461", "07700 900461", "[removed]"),  # placeholders keep shape
    ],
)
def test_shaped(replacement: str, text: str, original: str, expected: str) -> None:
    assert shaped(replacement, original, text, text.index(original)) == expected


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Jane", 0, True),  # start of the file
        ("## Jane", 3, True),  # heading
        ("- Jane", 2, True),  # list item
        ("> Jane", 2, True),  # quotation
        ("He said. Jane", 9, True),  # after a full stop
        ("He saw Jane", 7, False),  # mid-sentence
        ("He saw **Jane", 9, False),  # emphasis mid-sentence
    ],
)
def test_at_sentence_start(text: str, start: int, expected: bool) -> None:
    assert at_sentence_start(text, start) is expected


def test_round_trip_to_a_copy(tmp_path: Path, review: Path, gate: Gate) -> None:
    before = snapshot(review)
    findings_before = gate.check_paths([review])
    decisions, _ = suggest(review, gate)

    result = apply_decisions(review, decisions, gate)

    assert snapshot(review) == before  # the original is untouched
    assert result.target == tmp_path / "redacted" / "alba-2024"
    assert leftovers(result.target) == []
    assert result.report is not None and result.report.ok, result.report
    assert result.report.blocking == []
    text = (result.target / "overview-report.md").read_text("utf-8")
    assert "ALBA's family" in text  # capitals and possessive kept
    assert "Alba's phone number was [removed]." in text
    assert "The GP saw Alba twice. The GP did not ask" in text  # no "Dr the GP", no repetition
    assert "at the family home." in text
    assert "Corin was convicted of murder. Corin had" in text
    # review.yml is copied as it is (its dates are for a person to decide).
    assert (result.target / "review.yml").read_bytes() == before["review.yml"]
    counts = {c.entity.text: c.count for c in result.changes}
    assert counts["Marigold Quennell"] == 8
    assert len(findings_before.blocking) >= 16  # 5 people/places/numbers, 16 mentions


def test_in_place_keeps_a_backup_outside_content(tmp_path: Path, review: Path, gate: Gate) -> None:
    before = snapshot(review)
    decisions, _ = suggest(review, gate)
    result = apply_decisions(review, decisions, gate, in_place=True)

    assert result.backup is not None
    assert result.backup.parent == tmp_path / ".redact-backups"
    assert not result.backup.is_relative_to(tmp_path / "content")
    assert snapshot(result.backup) == before
    assert leftovers(review) == []
    assert result.report is not None and result.report.ok


def test_apply_refuses_when_a_source_changed_since_suggest(
    tmp_path: Path, review: Path, gate: Gate
) -> None:
    decisions, _ = suggest(review, gate)
    (review / "executive-summary.md").write_text(SUMMARY + "\nOne more line.\n", "utf-8")
    before = snapshot(review)
    with pytest.raises(ApplyError, match="executive-summary.md has changed"):
        apply_decisions(review, decisions, gate)
    assert snapshot(review) == before
    assert not (tmp_path / "redacted").exists()


def test_apply_refuses_to_overwrite_an_earlier_copy(
    tmp_path: Path, review: Path, gate: Gate
) -> None:
    decisions, _ = suggest(review, gate)
    out = tmp_path / "elsewhere"
    (out / "keep.md").parent.mkdir()
    (out / "keep.md").write_text("earlier work", "utf-8")
    with pytest.raises(ApplyError, match="already exists"):
        apply_decisions(review, decisions, gate, out_dir=out)
    assert (out / "keep.md").read_text("utf-8") == "earlier work"


def test_a_kept_name_remains_and_the_gate_says_so(review: Path, gate: Gate) -> None:
    decisions, _ = suggest(review, gate)
    for entity in decisions.entities:
        if entity.text == "Tobias Venning":
            entity.decision = Decision.KEEP
    result = apply_decisions(review, decisions, gate)
    assert result.report is not None
    assert {f.text for f in result.report.blocking} == {"Tobias Venning", "Venning"}


# --- the commands ------------------------------------------------------------------------------


def test_commands_mask_names_in_ci_and_print_the_policy_snippet(
    review: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    runner = CliRunner()
    policy = ["--policy", str(POLICY), "--no-cache"]
    result = runner.invoke(suggest_command, [str(review), *policy])
    assert result.exit_code == 0, result.output
    assert (review / DECISIONS_FILE_NAME).is_file()
    assert "Marigold" not in result.output and "M*******" in result.output

    again = runner.invoke(suggest_command, [str(review), *policy])
    assert again.exit_code == 2 and "already exists" in again.output  # edits are never lost

    path = review / DECISIONS_FILE_NAME
    data = yaml.safe_load(path.read_text("utf-8"))
    for entry in data["entities"]:
        if entry["text"] == "Tobias Venning":
            entry.update(decision="not-an-identifier", reason="a character in a novel")
    path.write_text(yaml.safe_dump(data), "utf-8")

    applied = runner.invoke(apply_command, [str(review), *policy])
    assert applied.exit_code == 1, applied.output  # the kept name still blocks
    assert "not_identifiers:" in applied.output
    assert "review: alba-2024" in applied.output
    assert "reason: a character in a novel" in applied.output
    assert "Tobias" not in applied.output and "T***** *******" in applied.output


def test_apply_command_refuses_changed_sources_with_a_plain_message(
    review: Path, gate: Gate
) -> None:
    decisions, _ = suggest(review, gate)
    write_decisions(decisions, review / DECISIONS_FILE_NAME)
    (review / "action-plan.md").write_text(PLAN + "\n", "utf-8")
    result = CliRunner().invoke(apply_command, [str(review), "--policy", str(POLICY)])
    assert result.exit_code == 2
    assert "action-plan.md has changed" in result.output
    assert "redact suggest" in result.output


@pytest.mark.parametrize(
    ("variant", "text", "replaced"),
    [
        # an unusual name: every occurrence is replaced, recorded or not
        ("Marigold", "Marigold said. Later Marigold left. MARIGOLD wrote.", 3),
        # an ordinary word: only the recorded mention (the month and the verb stay)
        ("Will", "Will said he will go in May. Will left.", 1),
    ],
)
def test_variants_are_searched_unless_they_are_ordinary_words(
    variant: str, text: str, replaced: int
) -> None:
    from redact.assistant.apply import _spans
    from redact.assistant.decisions import Decisions, Entity

    mention = Mention("a.md", 1, 1, 0, len(variant), variant, "paragraph")
    entity = Entity("E1", "PERSON", variant, [variant], [mention], Decision.REPLACE, "Alba")
    decisions = Decisions(review="x", sources={}, entities=[entity])
    spans = _spans(text, "a.md", decisions, {"E1": "Alba"}, {"Alba"})
    assert len(spans) == replaced
