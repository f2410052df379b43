"""`redact import FILE... --review SLUG`: convert, stage, check, and only then write.

Everything is converted and written into a temporary folder first; the gate checks that folder
and every hidden part of the sources; only when all of that worked are the files moved into
`content/reviews/<slug>/`. Any error leaves the content folder exactly as it was (exit 2).
An import never publishes, and never replaces an existing file without --force (an existing
review.yml is never replaced: it holds a person's decisions).

Exit status: 0 written and nothing blocks; 1 written, but findings block publication (in the
written files or in the hidden content of the sources); 2 error, nothing written.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from redact.cli_options import (
    EXIT_BLOCKED,
    EXIT_OK,
    fail,
    no_cache_option,
    open_gate,
    policy_option,
    reveal_option,
)
from redact.findings import Finding, Severity, Surface, name_words_in_paths, show_unmasked
from redact.importer.filetype import Kind, detect
from redact.importer.images import ImageStore
from redact.importer.model import ConvertedDocument, HiddenPart, ImportFailure
from redact.importer.scaffold import IMAGES_DIR, TODO_HELP, Plan, plan_review
from redact.review import METADATA_FILE_NAME, ReviewError, load_review_metadata

if TYPE_CHECKING:
    from redact.gate import Gate, GateReport

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HIDDEN_ENTITY = "HIDDEN_CONTENT"
HIDDEN_AUTHOR_ENTITY = "HIDDEN_AUTHOR"
_SURFACE_WORDS = {
    Surface.DOCUMENT_PROPERTY: "document property",
    Surface.COMMENT: "comment",
    Surface.TRACKED_CHANGE: "tracked change",
    Surface.HEADER_FOOTER: "header/footer",
    Surface.HIDDEN_TEXT: "hidden text",
    Surface.IMAGE_ALT: "image alt text",
    Surface.IMAGE_METADATA: "image metadata",
}


@dataclass
class ImportOutcome:
    """What one import did: the files it wrote, what the gate found, what is left to fill."""

    review_dir: Path
    written: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    hidden: list[tuple[Path, HiddenPart]] = field(default_factory=list)
    todo_fields: list[str] = field(default_factory=list)
    metadata_problems: list[str] = field(default_factory=list)
    action_plan_rows: int = 0
    title: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.BLOCK]

    @property
    def exit_code(self) -> int:
        return EXIT_BLOCKED if self.blocking else EXIT_OK


def review_folder(content_dir: Path, slug: str) -> Path:
    if not _SLUG.match(slug):
        raise ImportFailure(
            f"--review: '{slug}' cannot be a review folder name; use lower-case letters, digits "
            "and hyphens, e.g. adult-a-2023 (never a real name: it appears in the web address)"
        )
    return content_dir / "reviews" / slug


def convert(path: Path, store: ImageStore) -> ConvertedDocument:
    """One source file -> a converted document (ImportFailure says what to do otherwise)."""
    kind = detect(path)
    # The converters load mammoth, lxml and pdfminer: only when a file is imported, so the
    # other `redact` commands start quickly.
    if kind is Kind.DOCX:
        from redact.importer.docx_source import convert_docx

        return convert_docx(path, store)
    from redact.importer.pdf_source import convert_pdf

    return convert_pdf(path, store)


def _existing_images(review_dir: Path) -> set[str]:
    folder = review_dir / IMAGES_DIR
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _declared_names(review_dir: Path) -> list[str]:
    try:
        return load_review_metadata(review_dir).declared_safe_names()
    except ReviewError:
        return []


def _stage(plan: Plan, review_dir: Path, staged_review: Path) -> None:
    if review_dir.is_dir():
        shutil.copytree(review_dir, staged_review, ignore=shutil.ignore_patterns(".*"))
    staged_review.mkdir(parents=True, exist_ok=True)
    for name, data in plan.files.items():
        target = staged_review / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def _remap(finding: Finding, staged: str, final: str) -> Finding:
    if not finding.path.startswith(staged):
        return finding
    return Finding(
        path=final + finding.path[len(staged) :],
        start=finding.start,
        end=finding.end,
        line=finding.line,
        column=finding.column,
        entity_type=finding.entity_type,
        severity=finding.severity,
        score=finding.score,
        recognizer=finding.recognizer,
        surface=finding.surface,
        text=finding.text,
    )


def _template_words(finding: Finding, plan: Plan, drafted_metadata: str) -> bool:
    """A finding in the drafted review.yml on a line the template wrote ("TODO", help text):
    the scaffold's own words, not the document's. `redact check` sees the filled-in file."""
    return (
        METADATA_FILE_NAME in plan.files
        and finding.path == drafted_metadata
        and finding.line not in plan.metadata_document_lines
    )


def _hidden_finding(path: str, part: HiddenPart, entity: str, text: str) -> Finding:
    """The hidden part itself, listed so it is never dropped silently (a warning: it is not
    written anywhere, but a person should look at it and at the text for the same names)."""
    return Finding(
        path=path,
        start=None,
        end=None,
        line=None,
        column=None,
        entity_type=entity,
        severity=Severity.WARN,
        score=1.0,
        recognizer="importer",
        surface=part.surface,
        text=text,
    )


def _check_hidden(
    gate: Gate, source: Path, part: HiddenPart, allowed: Sequence[str]
) -> tuple[list[Finding], list[str]]:
    findings: list[Finding] = []
    errors: list[str] = []
    path = f"{source}#{part.where}"
    texts = [(path, HIDDEN_ENTITY, part.text)]
    if part.author:
        texts.append((f"{path} author", HIDDEN_AUTHOR_ENTITY, part.author))
    for where, entity, text in texts:
        if not text.strip():
            continue
        findings.append(_hidden_finding(where, part, entity, text))
        report: GateReport = gate.check_text(
            text, path=where, allowed=allowed, surface=part.surface
        )
        findings += report.findings
        errors += report.errors
    return findings, errors


def _move_into_place(staged_review: Path, review_dir: Path, names: Sequence[str]) -> list[Path]:
    """New folder: one rename of the whole staged folder. Existing folder: file by file, each
    through a temporary name and an atomic replace."""
    written = [review_dir / name for name in names]
    if not review_dir.exists():
        review_dir.parent.mkdir(parents=True, exist_ok=True)
        landing = Path(tempfile.mkdtemp(prefix=f".{review_dir.name}.", dir=review_dir.parent))
        try:
            shutil.copytree(staged_review, landing, dirs_exist_ok=True)
            os.replace(landing, review_dir)
        except OSError:
            shutil.rmtree(landing, ignore_errors=True)
            raise
        return written
    for name in names:
        target = review_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.importing")
        shutil.copyfile(staged_review / name, temporary)
        os.replace(temporary, target)
    return written


def import_files(
    files: Sequence[Path], slug: str, content_dir: Path, gate: Gate, *, force: bool = False
) -> ImportOutcome:
    """Convert `files` into `content_dir/reviews/<slug>/`, check, then write.

    Raises ImportFailure (and writes nothing) when a file cannot be converted, when a file
    would be replaced without `force`, or when the gate could not check everything.
    """
    if not files:
        raise ImportFailure("give at least one .docx or .pdf file to import")
    review_dir = review_folder(content_dir, slug)
    if review_dir.exists() and not review_dir.is_dir():
        raise ImportFailure(f"{review_dir}: exists and is not a folder; move it away first")
    store = ImageStore(_existing_images(review_dir))
    documents = [convert(path, store) for path in files]
    has_metadata = (review_dir / METADATA_FILE_NAME).exists()
    plan = plan_review(documents, [(i.name, i.data) for i in store.images], not has_metadata)
    if not plan.files:
        raise ImportFailure(
            f"{', '.join(map(str, files))}: no text was found to import; nothing was written"
        )
    existing = sorted(name for name in plan.files if (review_dir / name).exists())
    if existing and not force:
        raise ImportFailure(
            f"{review_dir}: these files already exist: {', '.join(existing)}. Nothing was "
            "written. Import again with --force to replace them (review.yml is never replaced)."
        )
    outcome = ImportOutcome(
        review_dir=review_dir,
        todo_fields=plan.todo_fields,
        action_plan_rows=plan.action_plan_rows,
        title=plan.title,
    )
    outcome.notes = plan.notes + [w for d in documents for w in d.warnings]
    if has_metadata:
        outcome.notes.append(f"{review_dir / METADATA_FILE_NAME}: kept as it is (never replaced)")
    with tempfile.TemporaryDirectory(prefix="redact-import-") as staging:
        staged_content = Path(staging) / "content"
        staged_review = staged_content / "reviews" / slug
        _stage(plan, review_dir, staged_review)
        report = gate.check_paths([staged_content / "reviews"])
        metadata_error = f"{staged_review / METADATA_FILE_NAME}:"
        errors = [e for e in report.errors if not e.startswith(metadata_error)]
        outcome.metadata_problems = [e for e in report.errors if e.startswith(metadata_error)]
        staged, final = str(staged_content), str(content_dir)
        outcome.findings = [
            _remap(f, staged, final)
            for f in report.findings
            if not _template_words(f, plan, str(staged_review / METADATA_FILE_NAME))
        ]
        errors = [e.replace(staged, final) for e in errors]
        allowed = _declared_names(review_dir)
        for document in documents:
            for part in document.hidden:
                outcome.hidden.append((document.source, part))
                found, problems = _check_hidden(gate, document.source, part, allowed)
                outcome.findings += found
                errors += problems
        if errors:
            raise CheckIncomplete(errors)
        try:
            outcome.written = _move_into_place(staged_review, review_dir, list(plan.files))
        except OSError as error:
            raise ImportFailure(f"{review_dir}: could not write the review ({error})") from None
    return outcome


class CheckIncomplete(ImportFailure):
    """The gate could not check what would be written. Its error lines carry the review's
    paths, whose folder may be named after the family, so the command masks them in logs."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__(self.message(errors))

    @staticmethod
    def message(errors: list[str]) -> str:
        return "the anonymisation check could not be completed, so nothing was written:\n  " + (
            "\n  ".join(errors)
        )

    def shown(self, reveal: bool) -> str:
        from redact.gate import GateReport

        return self.message(GateReport(errors=self.errors).shown_errors(reveal))


# -- output -----------------------------------------------------------------------------------
def _describe(finding: Finding, reveal: bool, path_words: frozenset[str]) -> str:
    shown = finding.shown_text(reveal)
    where = finding.shown_path(reveal, path_words)
    if finding.entity_type in {HIDDEN_ENTITY, HIDDEN_AUTHOR_ENTITY}:
        what = _SURFACE_WORDS.get(finding.surface, finding.surface.value)
        if finding.entity_type == HIDDEN_AUTHOR_ENTITY:
            what += " author"
        return f'{where}: {what} "{shown}" (not written to the review)'
    from redact.cli import format_text

    return format_text(finding, reveal, path_words)


def print_outcome(
    outcome: ImportOutcome, output_format: str, reveal: bool, out: TextIO, err: TextIO
) -> None:
    """Findings on `out` (text or JSON Lines), everything else for the officer on `err`."""
    words = frozenset() if reveal else name_words_in_paths(outcome.findings)
    if output_format == "json":
        for finding in outcome.findings:
            click.echo(json.dumps(finding.to_dict(reveal, words)), file=out)
    else:
        for finding in outcome.findings:
            click.echo(_describe(finding, reveal, words), file=out)
    for note in outcome.notes:
        click.echo(f"note: {note}", file=err)
    click.echo(f"Wrote {len(outcome.written)} file(s) to {outcome.review_dir}:", file=err)
    for path in outcome.written:
        click.echo(f"  {path.relative_to(outcome.review_dir)}", file=err)
    if outcome.action_plan_rows:
        click.echo(f"Action plan: {outcome.action_plan_rows} row(s) in the table(s).", file=err)
    hidden = len(outcome.hidden)
    if hidden:
        click.echo(
            f"Hidden content: {hidden} part(s) of the source files (properties, comments, "
            "tracked changes, headers and footers, hidden text, image alt text and metadata) "
            "were NOT written to the review; they are listed above so a person can check the "
            "text does not repeat them.",
            file=err,
        )
    if outcome.todo_fields:
        click.echo(
            f"{outcome.review_dir / METADATA_FILE_NAME}: fill in these TODO fields; until then "
            "the review cannot be published:",
            file=err,
        )
        for name in outcome.todo_fields:
            click.echo(f"  - {name}: {TODO_HELP[name]}", file=err)
    elif outcome.metadata_problems:
        click.echo(f"{outcome.review_dir / METADATA_FILE_NAME} is not valid yet:", file=err)
    blocking = len(outcome.blocking)
    if blocking:
        click.echo(
            f"{blocking} finding(s) block publication: fix them in the written files "
            "(or, for hidden content, check the text does not repeat them), then run "
            f"`redact check {outcome.review_dir}`.",
            file=err,
        )
    else:
        click.echo(
            f"Nothing blocks publication yet; run `redact check {outcome.review_dir}` "
            "after editing.",
            file=err,
        )


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--review",
    "slug",
    required=True,
    metavar="SLUG",
    help="The review's folder name under content/reviews/, e.g. adult-a-2023.",
)
@click.option(
    "--content",
    "content_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("content"),
    show_default=True,
    help="The site's content folder.",
)
@click.option(
    "--force", is_flag=True, help="Replace files the review already has (never review.yml)."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json (one finding per line) for tools.",
)
@reveal_option
@policy_option
@no_cache_option
def import_command(
    files: Sequence[Path],
    slug: str,
    content_dir: Path,
    force: bool,
    output_format: str,
    reveal: bool,
    policy_path: Path | None,
    no_cache: bool,
) -> None:
    """Import Word (.docx) or PDF reports into content/reviews/SLUG/ as Markdown.

    Splits the report into executive-summary.md, overview-report.md and action-plan.md by its
    headings, extracts images without their metadata, drafts review.yml (TODO fields to fill),
    reports hidden content (properties, comments, tracked changes, headers and footers, hidden
    text, alt text, image metadata) and runs the anonymisation gate. Never publishes.

    Exit status: 0 written and nothing blocks, 1 written but findings block publication,
    2 error (nothing written).
    """
    gate = open_gate(policy_path, no_cache)
    try:
        outcome = import_files(list(files), slug, content_dir, gate, force=force)
    except CheckIncomplete as error:
        raise fail(error.shown(show_unmasked(reveal, sys.stderr))) from None
    except ImportFailure as error:
        raise fail(str(error)) from None
    print_outcome(outcome, output_format, show_unmasked(reveal, sys.stdout), sys.stdout, sys.stderr)
    raise click.exceptions.Exit(outcome.exit_code)
