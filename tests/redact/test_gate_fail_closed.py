"""Fail closed: a crash, a timeout or a missing model blocks publication with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import redact.engine
import redact.gate
from redact.cli import cli
from redact.gate import Gate, GateReport, Unit
from redact.policy import SitePolicy

TEXT = "Dorothea Quill was seen by the GP in March 2021.\n"


class ExplodingGate(Gate):
    """A gate whose analysis raises, as a bug or a broken model would."""

    def analyse_unit(self, unit: Unit) -> GateReport:
        raise RuntimeError("simulated failure inside the analysis")


def test_an_exception_inside_the_analysis_is_an_error_not_a_pass(tmp_path: Path) -> None:
    target = tmp_path / "draft.md"
    target.write_text(TEXT, encoding="utf-8")
    report = ExplodingGate(SitePolicy(), use_cache=False, workers=1).check_paths([target])
    assert not report.ok
    assert any("the check failed" in error for error in report.errors)


class QuotingGate(Gate):
    """A gate whose analysis raises with a message that quotes the text, as a library may."""

    def analyse_unit(self, unit: Unit) -> GateReport:
        raise ValueError("could not parse 'Dorothea Quill was seen' at offset 0")


@pytest.mark.parametrize(
    ("ci", "shown", "hidden"),
    [
        ("true", ["ValueError", "D*******", "Q****", "could not parse", "offset"], ["Dorothea"]),
        ("", ["ValueError", "Dorothea Quill was seen"], []),  # at a terminal, outside CI
    ],
)
def test_an_unexpected_error_never_prints_the_text_in_ci(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ci: str,
    shown: list[str],
    hidden: list[str],
) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(redact.gate, "must_mask", lambda: bool(ci))
    target = tmp_path / "draft.md"
    target.write_text(TEXT, encoding="utf-8")
    report = QuotingGate(SitePolicy(), use_cache=False, workers=1).check_paths([target])
    assert not report.ok
    [error] = report.errors
    for text in shown:
        assert text in error
    for text in hidden:
        assert text not in error


@pytest.mark.parametrize(
    ("ci", "shown", "hidden"),
    [
        ("true", ["d*******-q****-2021", "draft.md", "the check failed"], ["dorothea", "quill"]),
        ("", ["dorothea-quill-2021/draft.md"], []),  # at a terminal, outside CI
    ],
)
def test_a_failed_review_never_prints_a_name_in_its_path_in_ci(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ci: str,
    shown: list[str],
    hidden: list[str],
) -> None:
    """A failed review has no findings to mask its path with; the path's name-like words are
    masked all the same."""
    monkeypatch.setattr(redact.gate, "must_mask", lambda: bool(ci))
    target = tmp_path / "dorothea-quill-2021" / "draft.md"
    target.parent.mkdir()
    target.write_text(TEXT, encoding="utf-8")
    report = ExplodingGate(SitePolicy(), use_cache=False, workers=1).check_paths([target])
    [error] = report.shown_errors(reveal=not ci)
    for text in shown:
        assert text in error
    for text in hidden:
        assert text not in error.casefold()


def test_a_review_with_broken_metadata_never_prints_a_name_in_its_path_in_ci(
    tmp_path: Path,
) -> None:
    """The check stops on the metadata before any finding could name the folder's words."""
    review = tmp_path / "dorothea-quill-2021"
    review.mkdir()
    (review / "review.yml").write_text("title: [unclosed\n", encoding="utf-8")
    (review / "overview-report.md").write_text("Text here.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)], env={"CI": "true"})
    assert result.exit_code != 0
    assert "d*******-q****-2021" in result.output
    assert "not valid YAML" in result.output
    assert "dorothea" not in result.output.casefold()
    assert "quill" not in result.output.casefold()


def test_a_timeout_is_an_error_not_a_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redact.gate, "UNIT_TIMEOUT_SECONDS", 0.000001)
    gate = Gate(SitePolicy(), use_cache=False, workers=1)
    report = gate.check_text(TEXT * 200, "draft.md")
    assert not report.ok
    assert any("too long" in error for error in report.errors)


def test_a_missing_model_stops_with_a_plain_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redact.engine, "MODEL_PACKAGE", "no_such_model_package")
    with pytest.raises(redact.engine.EngineError, match="is not installed"):
        redact.engine.load_model()


def test_a_missing_model_blocks_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redact.engine, "MODEL_PACKAGE", "no_such_model_package")
    monkeypatch.setattr(redact.engine, "shared_engine", redact.engine.build_engine)
    target = tmp_path / "draft.md"
    target.write_text(TEXT, encoding="utf-8")
    report = Gate(SitePolicy(), use_cache=False, workers=1).check_paths([target])
    assert not report.ok
    assert any("not installed" in error for error in report.errors)


def test_cached_results_are_reused_only_for_identical_content(tmp_path: Path) -> None:
    target = tmp_path / "draft.md"
    target.write_text(TEXT, encoding="utf-8")
    gate = Gate(SitePolicy(), use_cache=True, cache_dir=tmp_path / "cache", workers=1)
    first = gate.check_paths([target])
    assert first.blocking
    assert list((tmp_path / "cache").glob("*.json"))
    second = gate.check_paths([target])
    assert [f.to_dict() for f in second.findings] == [f.to_dict() for f in first.findings]
    target.write_text("The GP saw Adult A in March 2021.\n", encoding="utf-8")
    assert gate.check_paths([target]).ok


def test_process_dates_in_review_yml_do_not_warn_but_other_exact_dates_do(tmp_path: Path) -> None:
    review = tmp_path / "review"
    review.mkdir()
    (review / "review.yml").write_text(
        "label: DHR\nreference: 2023/a\npseudonyms:\n  - name: Alma\n    refers_to: victim\n"
        "independent_chair: Rachel Penhallow\nauthor: Rachel Penhallow\n"
        "csp: Northshire Community Safety Partnership\nregion: North West\n"
        "police_force_area: Northshire Police\nmonth_of_death: '2021-11'\n"
        "dates:\n  commissioned: 2022-01-12\n  qa_approved: 2023-06-21\n  published: 2023-09-05\n"
        "status: published\ncase_category: other\nvictim:\n  age_band: 25-34\n"
        "themes: [training]\n",
        encoding="utf-8",
    )
    (review / "overview-report.md").write_text(
        "# Chronology\n\nOn 14 March 2021 Alma saw the GP.\n", encoding="utf-8"
    )
    report = Gate(SitePolicy(), use_cache=False, workers=1).check_paths([review])
    dates = [f for f in report.findings if f.entity_type == "DATE_EXACT"]
    assert [f.path.endswith("overview-report.md") for f in dates] == [True]
