"""`redact import` end to end through click, with the real gate (real Presidio and spaCy)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result

from redact.cli import cli
from redact.findings import Surface
from redact.gate import Gate, load_gate
from redact.importer.command import (
    HIDDEN_AUTHOR_ENTITY,
    HIDDEN_ENTITY,
    CheckIncomplete,
    import_files,
)
from redact.importer.model import ImportFailure

from . import builders as b

POLICY = Path(__file__).resolve().parents[3] / "site_config" / "policy.yml"
JSON_KEYS = {
    "path",
    "start",
    "end",
    "line",
    "column",
    "entity_type",
    "severity",
    "score",
    "recognizer",
    "surface",
}


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "gate-cache"))
    monkeypatch.setenv("CI", "true")  # output must be masked


@pytest.fixture(scope="module")
def gate() -> Gate:
    return load_gate(POLICY, use_cache=False)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["import", *args, "--policy", str(POLICY)])


@pytest.fixture(scope="module")
def full_import(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Result, Path]]:
    folder = tmp_path_factory.mktemp("full")
    source = folder / "report.docx"
    b.build_docx(source)
    content = folder / "content"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CI", "true")
        patch.setenv("REDACT_CACHE_DIR", str(folder / "cache"))
        result = run(
            str(source), "--review", "adult-a-2023", "--content", str(content), "--format", "json"
        )
    yield result, content / "reviews" / "adult-a-2023"


def _json_lines(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_import_writes_the_review_and_exits_1_when_findings_block(
    full_import: tuple[Result, Path],
) -> None:
    result, review = full_import
    # The fixture's hidden parts hold invented names: they block, so exit 1; files are written.
    assert result.exit_code == 1, result.output
    assert sorted(p.relative_to(review).as_posix() for p in review.rglob("*") if p.is_file()) == [
        "action-plan.md",
        "executive-summary.md",
        "images/figure-1.jpg",
        "overview-report.md",
        "review.yml",
    ]


def test_json_lines_have_the_check_keys_and_no_text(full_import: tuple[Result, Path]) -> None:
    result, _ = full_import
    lines = _json_lines(result)
    assert lines
    for line in lines:
        assert set(line) == JSON_KEYS  # no "text" without --reveal


@pytest.mark.parametrize(
    "surface",
    [
        Surface.DOCUMENT_PROPERTY,
        Surface.COMMENT,
        Surface.TRACKED_CHANGE,
        Surface.HEADER_FOOTER,
        Surface.HIDDEN_TEXT,
        Surface.IMAGE_ALT,
        Surface.IMAGE_METADATA,
    ],
)
def test_each_hidden_surface_is_listed(full_import: tuple[Result, Path], surface: Surface) -> None:
    result, _ = full_import
    listed = [
        line
        for line in _json_lines(result)
        if line["surface"] == surface.value and line["entity_type"] == HIDDEN_ENTITY
    ]
    assert listed
    assert all("report.docx#" in str(line["path"]) for line in listed)


@pytest.mark.parametrize(
    ("where", "entity"),
    [
        ("#word/comments.xml comment 1 author", HIDDEN_AUTHOR_ENTITY),  # the reviewer's name
        ("#word/document.xml deletion 1 author", HIDDEN_AUTHOR_ENTITY),  # who deleted
        ("#word/document.xml insertion 1 author", HIDDEN_AUTHOR_ENTITY),  # who inserted
        ("#docProps/core.xml author", HIDDEN_ENTITY),
        ("#docProps/app.xml company", HIDDEN_ENTITY),
    ],
)
def test_hidden_parts_name_where_they_came_from(
    full_import: tuple[Result, Path], where: str, entity: str
) -> None:
    result, _ = full_import
    assert any(
        str(line["path"]).endswith(where) and line["entity_type"] == entity
        for line in _json_lines(result)
    )


def test_the_gate_finds_names_inside_hidden_parts(full_import: tuple[Result, Path]) -> None:
    result, _ = full_import
    gate_findings = [
        line
        for line in _json_lines(result)
        if line["recognizer"] != "importer" and "#word/comments.xml" in str(line["path"])
    ]
    assert any(line["entity_type"] == "PERSON" for line in gate_findings)


def test_output_never_shows_a_hidden_name(full_import: tuple[Result, Path]) -> None:
    result, _ = full_import
    for secret in (b.AUTHOR, b.COMMENT_AUTHOR, "Gwendolyn", "Sparrowhawk", b.EXIF_ARTIST):
        assert secret not in result.output


def test_hidden_content_is_absent_from_every_written_file(full_import: tuple[Result, Path]) -> None:
    _, review = full_import
    for path in review.rglob("*"):
        if path.suffix in {".md", ".yml"}:
            text = path.read_text(encoding="utf-8")
            for secret in b.HIDDEN_STRINGS:
                if secret != b.INSERT_AUTHOR:
                    assert secret not in text, (path.name, secret)


def test_todo_fields_are_named_and_the_metadata_error_is_not_a_finding(
    full_import: tuple[Result, Path],
) -> None:
    result, _ = full_import
    assert "fill in these TODO fields" in result.stderr
    for name in ("status", "reference", "month_of_death", "themes"):
        assert f"  - {name}: " in result.stderr
    assert "error:" not in result.stderr
    # The drafted review.yml's template words ("TODO") are not reported as names.
    metadata = [line for line in _json_lines(result) if str(line["path"]).endswith("review.yml")]
    assert metadata == []


def _clean_docx(path: Path) -> None:
    document = docx.Document()
    for name in (
        "author",
        "last_modified_by",
        "title",
        "subject",
        "keywords",
        "comments",
        "category",
    ):
        setattr(document.core_properties, name, "")
    document.add_heading("Executive Summary", level=1)
    document.add_paragraph("Adult A lived in Town A with her two children.")
    document.save(str(path))


def test_a_clean_report_exits_0(tmp_path: Path) -> None:
    source = tmp_path / "summary.docx"
    _clean_docx(source)
    result = run(str(source), "--review", "adult-b", "--content", str(tmp_path / "content"))
    assert result.exit_code == 0, result.output
    written = tmp_path / "content" / "reviews" / "adult-b" / "executive-summary.md"
    assert written.read_text(encoding="utf-8") == (
        "# Executive Summary\n\nAdult A lived in Town A with her two children.\n"
    )


Builder = Callable[[Path], object]


@pytest.mark.parametrize(
    ("name", "build", "advice"),
    [
        ("old.doc", b.build_doc, "Save As"),  # Word 97-2003: save as .docx
        ("locked.docx", b.build_encrypted_docx, "password"),  # encrypted package
        ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04" + bytes(64)), "damaged"),
        ("scan.pdf", b.build_scanned_pdf, "no text layer"),  # ask for a text PDF
    ],
)
def test_errors_exit_2_and_write_nothing(
    tmp_path: Path, name: str, build: Builder, advice: str
) -> None:
    source = tmp_path / name
    build(source)
    good = tmp_path / "good.docx"
    _clean_docx(good)
    content = tmp_path / "content"
    # A good file first: one bad file among several still writes nothing at all.
    result = run(str(good), str(source), "--review", "adult-c", "--content", str(content))
    assert result.exit_code == 2, result.output
    assert advice in result.stderr
    assert not content.exists()


def test_existing_review_is_not_overwritten_without_force(tmp_path: Path) -> None:
    source = tmp_path / "summary.docx"
    _clean_docx(source)
    content = tmp_path / "content"
    review = content / "reviews" / "adult-d"
    review.mkdir(parents=True)
    (review / "executive-summary.md").write_text("# Executive Summary\n\nEdited by hand.\n")
    (review / "review.yml").write_text("status: published\n")

    refused = run(str(source), "--review", "adult-d", "--content", str(content))
    assert refused.exit_code == 2, refused.output
    assert "--force" in refused.stderr
    assert (
        review / "executive-summary.md"
    ).read_text() == "# Executive Summary\n\nEdited by hand.\n"

    forced = run(str(source), "--review", "adult-d", "--content", str(content), "--force")
    assert forced.exit_code in {0, 1}, forced.output
    assert "Town A" in (review / "executive-summary.md").read_text()
    assert (review / "review.yml").read_text() == "status: published\n"  # never replaced
    assert sorted(p.name for p in review.iterdir()) == ["executive-summary.md", "review.yml"]


def test_adding_to_a_review_keeps_its_files(tmp_path: Path, gate: Gate) -> None:
    summary, plan_pdf = tmp_path / "summary.docx", tmp_path / "action.pdf"
    _clean_docx(summary)
    b.build_pdf(plan_pdf)
    content = tmp_path / "content"
    first = import_files([summary], "adult-e", content, gate)
    assert [p.name for p in first.written] == ["executive-summary.md", "review.yml"]
    # The PDF has its own executive summary: that file exists, so nothing is written at all.
    with pytest.raises(ImportFailure, match="already exist: executive-summary.md"):
        import_files([plan_pdf], "adult-e", content, gate)
    assert not (content / "reviews" / "adult-e" / "action-plan.md").exists()


@pytest.mark.parametrize(
    "slug",
    [
        "Adult A",  # spaces and capitals
        "../escape",  # leaves the reviews folder
        "",  # empty
    ],
)
def test_bad_review_slug_is_refused(tmp_path: Path, slug: str) -> None:
    source = tmp_path / "summary.docx"
    _clean_docx(source)
    result = run(str(source), "--review", slug, "--content", str(tmp_path / "content"))
    assert result.exit_code == 2
    assert not (tmp_path / "content").exists()


def test_an_incomplete_check_masks_the_review_folder_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate's error lines name the review's folder, which may be the family's name: in CI
    the command prints them masked, and unmasked only with --reveal on a terminal."""
    folder = tmp_path / "content" / "reviews" / "dorothea-quill-2021"
    incomplete = CheckIncomplete([f"{folder}/overview-report.md: the check timed out"])

    def stop(*args: object, **kwargs: object) -> None:
        raise incomplete

    monkeypatch.setattr("redact.importer.command.import_files", stop)
    good = tmp_path / "good.docx"
    _clean_docx(good)
    result = run(str(good), "--review", "adult-c", "--content", str(tmp_path / "content"))
    assert result.exit_code == 2, result.output
    assert "the check timed out" in result.stderr
    assert "dorothea" not in result.stderr and "quill" not in result.stderr
    assert "dorothea-quill" in incomplete.shown(reveal=True)
