"""The author's private list of real names: found in every variant, never tracked, never shown."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from redact.collect import is_private
from redact.gate import load_gate
from redact.private_names import PRIVATE_FILE_NAME

REPO = Path(__file__).resolve().parents[2]
SAMPLE = min(p for p in (REPO / "content" / "reviews").iterdir() if (p / "review.yml").is_file())


@pytest.fixture()
def review(tmp_path: Path) -> Path:
    target = tmp_path / SAMPLE.name
    shutil.copytree(SAMPLE, target)
    with (target / "overview-report.md").open("a", encoding="utf-8") as handle:
        handle.write("\nLater messages to zofia mentioned QUILLON ROW and Brzęczyk's van.\n")
    return target


def test_every_variant_of_a_private_entry_blocks(
    review: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REDACT_PRIVATE_NAMES", raising=False)
    (review / PRIVATE_FILE_NAME).write_text("people: [Zofia Brzęczyk]\nplaces: [Quillon Row]\n")
    report = load_gate(REPO / "site_config" / "policy.yml", use_cache=False).check_paths([review])
    private = [f for f in report.blocking if f.recognizer == "PrivateNamesList"]
    texts = sorted(f.text for f in private)
    assert texts == ["Brzęczyk", "QUILLON ROW", "zofia"]
    # masked in every serialisation unless revealed on request
    for finding in private:
        shown = str(finding.to_dict(reveal=False)) + finding.shown_text(reveal=False)
        assert finding.text not in shown
    assert not any(str(f.path).endswith(PRIVATE_FILE_NAME) for f in report.findings)


def test_a_city_abroad_the_author_lists_as_real_blocks(
    review: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large city abroad only warns, unless the author's private list names it: then it is a
    place the author knows to be real, and it blocks wherever it stands."""
    monkeypatch.delenv("REDACT_PRIVATE_NAMES", raising=False)
    with (review / "overview-report.md").open("a", encoding="utf-8") as handle:
        handle.write("\nHis brother was born in Kraków.\n")
    gate = load_gate(REPO / "site_config" / "policy.yml", use_cache=False)
    before = [f for f in gate.check_paths([review]).findings if f.text == "Kraków"]
    assert [(f.entity_type, f.severity.value) for f in before] == [("CITY_ABROAD", "warn")]
    (review / PRIVATE_FILE_NAME).write_text("places: [Kraków]\n")
    after = [f for f in gate.check_paths([review]).blocking if f.text == "Kraków"]
    assert after and all(f.recognizer == "PrivateNamesList" for f in after)


def test_list_from_the_environment(
    review: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = tmp_path / "elsewhere.yml"
    listed.write_text("- Zofia Brzęczyk\n")
    monkeypatch.setenv("REDACT_PRIVATE_NAMES", str(listed))
    report = load_gate(REPO / "site_config" / "policy.yml", use_cache=False).check_paths([review])
    assert {f.text for f in report.blocking if f.recognizer == "PrivateNamesList"} >= {
        "zofia",
        "Brzęczyk",
    }


@pytest.mark.parametrize(
    "content",
    [
        "people: [Zofia\n",  # broken YAML
        "friends: [Zofia]\n",  # unknown group
        "people: Zofia\n",  # not a list
    ],
)
def test_an_unreadable_list_blocks_and_names_no_entry(
    review: Path, content: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REDACT_PRIVATE_NAMES", raising=False)
    (review / PRIVATE_FILE_NAME).write_text(content)
    report = load_gate(REPO / "site_config" / "policy.yml", use_cache=False).check_paths([review])
    assert not report.ok
    assert any(PRIVATE_FILE_NAME in e for e in report.errors)
    assert not any("Zofia" in e for e in report.errors)


def test_private_lists_are_ignored_by_git_and_skipped_by_the_gate() -> None:
    path = SAMPLE / PRIVATE_FILE_NAME
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", str(path.relative_to(REPO))],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert is_private(path)
