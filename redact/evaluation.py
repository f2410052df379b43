"""The evaluation corpus: gold labels written inline, stripped into publishable files, and scored.

Each report in `tests/corpus/{leaky,clean}/NN-<slug>/` is shaped like a real review folder. Every
identifier that a careful anonymiser would have removed is wrapped in a marker, `{{TYPE:text}}` or
`{{TYPE/form:text}}`, in Markdown and YAML alike. `materialise` copies the corpus with the markers
stripped (so the gate sees exactly what a CSP would have published) and returns the gold spans as
code-point offsets into the stripped files. Identifiers that cannot be written inline (an image's
file name or its EXIF metadata) are listed in an optional `gold.yml` beside the report, which is
never copied. Scoring compares the gate's findings with the gold spans; nothing here prints a gold
text unmasked (callers decide, with `redact.findings.mask`).
"""

from __future__ import annotations

import importlib
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from redact.findings import Finding, Severity, Surface

GOLD_TYPES = frozenset(
    {
        "PERSON",
        "PLACE",
        "ADDRESS",
        "INSTITUTION",
        "POSTCODE",
        "PHONE",
        "EMAIL",
        "NHS",
        "NINO",
        "VEHICLE",
        "DOB",
        "CASE_REF",
        "SOCIAL",
        "DATE",
    }
)
"""Gold types. DATE (an exact day-month-year date) is a quasi-identifier: scored on its own."""

BLOCK_TYPES = GOLD_TYPES - {"DATE"}
"""Types a gate must block; block recall is computed over these only."""

GOLD_FORMS = frozenset(
    {
        "full",
        "first",
        "surname",
        "title",
        "possessive",
        "allcaps",
        "lowercase",
        "initials",
        "heading",
        "quote",
        "word-name",
        "in-agency",
        "url",
        "filename",
        "nonwestern",
    }
)
"""Optional hardness labels, only used for the per-form breakdown."""

MARKED_SUFFIXES = frozenset({".md", ".yml", ".yaml", ".txt", ".html"})
"""Files whose text may hold inline markers; every other file is copied byte for byte."""

SIDECAR_NAME = "gold.yml"
"""Gold labels that cannot be inline (file names, image metadata). Never copied."""

REPORT_KINDS = ("leaky", "clean")

_OPEN = "{{"
_CLOSE = "}}"
_HEAD = re.compile(r"\{\{(?P<type>[A-Za-z_]+)(?:/(?P<form>[A-Za-z-]+))?:")
_WORD = re.compile(r"\S+")


class CorpusError(Exception):
    """A corpus file is malformed. The message names the file and line and says what to fix."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Marker:
    """One parsed marker: offsets into the stripped text."""

    start: int
    end: int
    type: str
    form: str | None
    text: str = field(repr=False)


@dataclass(frozen=True)
class GoldSpan:
    """One gold identifier in the materialised corpus.

    `report` is `<kind>/<folder>` (e.g. `leaky/01-flat-above-the-shop`); `path` is the file's
    path relative to the corpus root, with `/` separators. `start`/`end` are code-point offsets
    into the stripped file, or None for a span in a file name or image metadata (then `surface`
    says which).
    """

    report: str
    path: str
    start: int | None
    end: int | None
    type: str
    form: str | None
    text: str = field(repr=False, default="")
    surface: str = "unknown"

    @property
    def kind(self) -> str:
        return self.report.split("/", 1)[0]

    @property
    def length(self) -> int:
        if self.start is None or self.end is None:
            return len(self.text)
        return self.end - self.start


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def parse_markers(text: str, path: Path | str = "<text>") -> tuple[str, list[Marker]]:
    """Strip `{{TYPE:text}}` / `{{TYPE/form:text}}` markers; return the text and the markers.

    Raises CorpusError (file and line) for an unknown type or form, an empty or nested marker,
    a marker left open (it must close on its own line) and a stray `}}`.
    """
    out: list[str] = []
    markers: list[Marker] = []
    position = 0
    length_out = 0
    while True:
        opening = text.find(_OPEN, position)
        stray = text.find(_CLOSE, position)
        if stray != -1 and (opening == -1 or stray < opening):
            raise CorpusError(path, _line_of(text, stray), "'}}' without a matching '{{'")
        if opening == -1:
            out.append(text[position:])
            break
        line = _line_of(text, opening)
        head = _HEAD.match(text, opening)
        if head is None:
            raise CorpusError(
                path,
                line,
                "'{{' must start a marker like {{PERSON:name}} or {{PLACE/in-agency:name}}",
            )
        gold_type, form = head.group("type"), head.group("form")
        if gold_type not in GOLD_TYPES:
            raise CorpusError(
                path,
                line,
                f"unknown type '{gold_type}'; use one of: {', '.join(sorted(GOLD_TYPES))}",
            )
        if form is not None and form not in GOLD_FORMS:
            raise CorpusError(
                path, line, f"unknown form '{form}'; use one of: {', '.join(sorted(GOLD_FORMS))}"
            )
        body_start = head.end()
        closing = text.find(_CLOSE, body_start)
        nested = text.find(_OPEN, body_start)
        newline = text.find("\n", body_start)
        if closing == -1 or (newline != -1 and newline < closing):
            raise CorpusError(path, line, "marker is not closed with '}}' on the same line")
        if nested != -1 and nested < closing:
            raise CorpusError(path, line, "markers must not be nested")
        body = text[body_start:closing]
        if not body:
            raise CorpusError(path, line, "marker has no text")
        out.append(text[position:opening])
        length_out += opening - position
        markers.append(Marker(length_out, length_out + len(body), gold_type, form, body))
        out.append(body)
        length_out += len(body)
        position = closing + len(_CLOSE)
    return "".join(out), markers


def _surface_finder(text: str, suffix: str) -> Any:
    """A function offset -> surface name for one stripped file."""
    if suffix in {".yml", ".yaml"}:
        return lambda _offset: "metadata"
    if suffix != ".md":
        return lambda _offset: "text"
    try:  # written in parallel with this module; imported by name so either can land first
        markdown_scan = importlib.import_module("redact.markdown_scan")
    except ImportError:
        return lambda _offset: "unknown"
    analysis = markdown_scan.analyse_markdown(text)

    def surface(offset: int) -> str:
        found = analysis.surface_at(offset)
        return str(getattr(found, "value", found))

    return surface


def _report_dirs(corpus_dir: Path) -> list[Path]:
    dirs: list[Path] = []
    for kind in REPORT_KINDS:
        base = corpus_dir / kind
        if base.is_dir():
            dirs += sorted(p for p in base.iterdir() if p.is_dir())
    return dirs


def _report_id(corpus_dir: Path, report_dir: Path) -> str:
    return report_dir.relative_to(corpus_dir).as_posix()


def _sidecar_spans(corpus_dir: Path, report_dir: Path, out_report: Path | None) -> list[GoldSpan]:
    """Spans listed in `gold.yml`: each names a file and where the text sits in it."""
    sidecar = report_dir / SIDECAR_NAME
    if not sidecar.is_file():
        return []
    try:
        entries = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        raise CorpusError(sidecar, None, f"not valid YAML: {error}") from None
    if not isinstance(entries, list):
        raise CorpusError(sidecar, None, "must be a list of {file, where, type, form, text}")
    spans: list[GoldSpan] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise CorpusError(sidecar, None, f"entry {number} must be a mapping")
        file_name = str(entry.get("file", ""))
        where = str(entry.get("where", ""))
        gold_type = str(entry.get("type", ""))
        form = entry.get("form")
        text = str(entry.get("text", ""))
        target = report_dir / file_name
        if not file_name or not target.is_file():
            raise CorpusError(sidecar, None, f"entry {number}: file '{file_name}' does not exist")
        if where not in {"file_name", "image_metadata"}:
            raise CorpusError(
                sidecar, None, f"entry {number}: where must be file_name or image_metadata"
            )
        if gold_type not in GOLD_TYPES:
            raise CorpusError(sidecar, None, f"entry {number}: unknown type '{gold_type}'")
        if form is not None and form not in GOLD_FORMS:
            raise CorpusError(sidecar, None, f"entry {number}: unknown form '{form}'")
        if not text:
            raise CorpusError(sidecar, None, f"entry {number}: text is empty")
        if where == "file_name" and text not in file_name:
            raise CorpusError(sidecar, None, f"entry {number}: text is not in the file name")
        if where == "image_metadata" and text not in _image_metadata_text(target):
            raise CorpusError(sidecar, None, f"entry {number}: text is not in the image metadata")
        spans.append(
            GoldSpan(
                report=_report_id(corpus_dir, report_dir),
                path=(report_dir / file_name).relative_to(corpus_dir).as_posix(),
                start=None,
                end=None,
                type=gold_type,
                form=None if form is None else str(form),
                text=text,
                surface=where,
            )
        )
    return spans


def _image_metadata_text(path: Path) -> str:
    """Every textual EXIF value and PNG text chunk of an image, joined (for sidecar checks)."""
    from PIL import Image

    with Image.open(path) as image:
        values = [str(v) for v in image.getexif().values()]
        values += [str(v) for v in image.info.values() if isinstance(v, str)]
    return "\n".join(values)


def _walk(corpus_dir: Path, out_dir: Path | None) -> list[GoldSpan]:
    spans: list[GoldSpan] = []
    for report_dir in _report_dirs(corpus_dir):
        report = _report_id(corpus_dir, report_dir)
        for source in sorted(p for p in report_dir.rglob("*") if p.is_file()):
            relative = source.relative_to(corpus_dir)
            if source.name == SIDECAR_NAME and source.parent == report_dir:
                continue
            target = None if out_dir is None else out_dir / relative
            if target is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
            if source.suffix.lower() not in MARKED_SUFFIXES:
                if target is not None:
                    shutil.copyfile(source, target)
                continue
            try:
                raw = source.read_text(encoding="utf-8")
            except UnicodeDecodeError as error:
                raise CorpusError(source, None, f"not UTF-8 text: {error}") from None
            stripped, markers = parse_markers(raw, source)
            if target is not None:
                target.write_text(stripped, encoding="utf-8")
            surface_of = _surface_finder(stripped, source.suffix.lower())
            spans += [
                GoldSpan(
                    report,
                    relative.as_posix(),
                    m.start,
                    m.end,
                    m.type,
                    m.form,
                    m.text,
                    surface_of(m.start),
                )
                for m in markers
            ]
        spans += _sidecar_spans(corpus_dir, report_dir, None)
    return spans


def load_gold(corpus_dir: Path) -> list[GoldSpan]:
    """Parse every report of the corpus (without writing anything) and return its gold spans."""
    return _walk(corpus_dir, None)


def materialise(corpus_dir: Path, out_dir: Path) -> list[GoldSpan]:
    """Copy every report folder into `out_dir` with markers stripped; return the gold spans.

    `out_dir` must not exist yet or be empty, so a stale file can never be scored.
    """
    if out_dir.exists() and any(out_dir.iterdir()):
        raise CorpusError(out_dir, None, "output folder is not empty; give a new or empty folder")
    if not _report_dirs(corpus_dir):
        raise CorpusError(corpus_dir, None, "no report folders under leaky/ or clean/")
    out_dir.mkdir(parents=True, exist_ok=True)
    return _walk(corpus_dir, out_dir)


def report_word_counts(materialised_dir: Path) -> dict[str, int]:
    """Words per report (all text files, stripped): the denominator for rates and throughput."""
    counts: dict[str, int] = {}
    for report_dir in _report_dirs(materialised_dir):
        words = 0
        for path in report_dir.rglob("*"):
            if path.is_file() and path.suffix.lower() in MARKED_SUFFIXES:
                words += len(_WORD.findall(path.read_text(encoding="utf-8")))
        counts[_report_id(materialised_dir, report_dir)] = words
    return counts


# --------------------------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True)
class Ratio:
    hit: int
    total: int

    @property
    def value(self) -> float | None:
        return None if self.total == 0 else self.hit / self.total

    def as_dict(self) -> dict[str, Any]:
        return {"hit": self.hit, "total": self.total, "value": self.value}


@dataclass(frozen=True)
class Scores:
    """Everything the benchmark reports for one detector on one corpus."""

    recall: Ratio
    strict_coverage: Ratio  # characters
    leaky_reports_with_miss: Ratio  # hit = reports with at least one missed identifier
    dates_flagged: Ratio  # DATE spans with any finding (block or warn) on them
    clean_words: int
    clean_blocking: int
    clean_reports_passing: Ratio
    leaky_blocking_off_gold: int  # blocking findings in leaky reports that touch no gold span
    by_type: dict[str, Ratio]
    by_surface: dict[str, Ratio]
    by_form: dict[str, Ratio]
    missed: list[GoldSpan]

    @property
    def clean_blocking_per_1000_words(self) -> float | None:
        if self.clean_words == 0:
            return None
        return 1000 * self.clean_blocking / self.clean_words

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, without any gold text."""
        return {
            "recall": self.recall.as_dict(),
            "strict_coverage": self.strict_coverage.as_dict(),
            "leaky_reports_with_miss": self.leaky_reports_with_miss.as_dict(),
            "dates_flagged": self.dates_flagged.as_dict(),
            "clean_words": self.clean_words,
            "clean_blocking": self.clean_blocking,
            "clean_blocking_per_1000_words": self.clean_blocking_per_1000_words,
            "clean_reports_passing": self.clean_reports_passing.as_dict(),
            "leaky_blocking_off_gold": self.leaky_blocking_off_gold,
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "by_surface": {k: v.as_dict() for k, v in sorted(self.by_surface.items())},
            "by_form": {k: v.as_dict() for k, v in sorted(self.by_form.items())},
            "missed": len(self.missed),
        }


def _normalise_path(path: str, root: Path) -> str:
    """A finding's path relative to the materialised root (findings may be absolute or cwd-relative)."""
    candidate = Path(path)
    resolved_root = root.resolve()
    try:
        return candidate.resolve().relative_to(resolved_root).as_posix()
    except ValueError:
        return candidate.as_posix()


def _report_of(relative_path: str) -> str:
    parts = relative_path.split("/")
    return "/".join(parts[:2]) if len(parts) >= 2 else relative_path


def _overlaps(finding: Finding, span: GoldSpan) -> bool:
    if span.start is None or span.end is None:
        if finding.start is not None:
            return False
        # a file-name finding does not find an identifier hidden in the image metadata
        located = finding.surface in {Surface.FILE_NAME, Surface.IMAGE_METADATA}
        return not located or finding.surface.value == span.surface
    if finding.start is None or finding.end is None:
        return False
    return finding.start < span.end and span.start < finding.end


def _covered(span: GoldSpan, findings: Iterable[Finding]) -> int:
    """Characters of `span` covered by the union of the given findings."""
    if span.start is None or span.end is None:
        return span.length if any(_overlaps(f, span) for f in findings) else 0
    covered = [False] * (span.end - span.start)
    for finding in findings:
        if finding.start is None or finding.end is None:
            continue
        for offset in range(max(finding.start, span.start), min(finding.end, span.end)):
            covered[offset - span.start] = True
    return sum(covered)


def _tally(groups: Mapping[str, list[bool]]) -> dict[str, Ratio]:
    return {key: Ratio(sum(hits), len(hits)) for key, hits in groups.items()}


def score(
    gold: Sequence[GoldSpan],
    findings: Sequence[Finding],
    materialised_dir: Path,
    word_counts: Mapping[str, int] | None = None,
) -> Scores:
    """Score findings (from any detector) against the gold spans of a materialised corpus.

    A gold span (not DATE) is detected when any BLOCKING finding in the same file overlaps it;
    a span in a file name or image metadata is detected by a blocking finding on that file with
    no offsets. DATE spans are scored apart: flagged when any finding (block or warn) overlaps.
    """
    counts = dict(word_counts) if word_counts is not None else report_word_counts(materialised_dir)
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_path[_normalise_path(finding.path, materialised_dir)].append(finding)

    detected_total = 0
    chars_total = 0
    chars_covered = 0
    missed: list[GoldSpan] = []
    by_type: dict[str, list[bool]] = defaultdict(list)
    by_surface: dict[str, list[bool]] = defaultdict(list)
    by_form: dict[str, list[bool]] = defaultdict(list)
    dates: list[bool] = []
    block_spans = [s for s in gold if s.type in BLOCK_TYPES]
    for span in gold:
        in_file = by_path.get(span.path, [])
        if span.type not in BLOCK_TYPES:
            dates.append(any(_overlaps(f, span) for f in in_file))
            continue
        blocking = [f for f in in_file if f.severity is Severity.BLOCK]
        hit = any(_overlaps(f, span) for f in blocking)
        detected_total += hit
        chars_total += span.length
        chars_covered += _covered(span, [f for f in blocking if _overlaps(f, span)])
        if not hit:
            missed.append(span)
        by_type[span.type].append(hit)
        by_surface[span.surface].append(hit)
        by_form[span.form or "(plain)"].append(hit)

    leaky_reports = sorted(r for r in counts if r.startswith("leaky/"))
    reports_missing = {s.report for s in missed}
    clean_reports = sorted(r for r in counts if r.startswith("clean/"))
    clean_blocking_by_report: dict[str, int] = defaultdict(int)
    off_gold = 0
    for path, in_file in by_path.items():
        report = _report_of(path)
        for finding in in_file:
            if finding.severity is not Severity.BLOCK:
                continue
            if report in clean_reports:
                clean_blocking_by_report[report] += 1
            elif report.startswith("leaky/") and not any(
                s.path == path and _overlaps(finding, s) for s in gold
            ):
                off_gold += 1
    return Scores(
        recall=Ratio(detected_total, len(block_spans)),
        strict_coverage=Ratio(chars_covered, chars_total),
        leaky_reports_with_miss=Ratio(
            len(reports_missing & set(leaky_reports)), len(leaky_reports)
        ),
        dates_flagged=Ratio(sum(dates), len(dates)),
        clean_words=sum(counts[r] for r in clean_reports),
        clean_blocking=sum(clean_blocking_by_report.values()),
        clean_reports_passing=Ratio(
            sum(1 for r in clean_reports if clean_blocking_by_report.get(r, 0) == 0),
            len(clean_reports),
        ),
        leaky_blocking_off_gold=off_gold,
        by_type=_tally(by_type),
        by_surface=_tally(by_surface),
        by_form=_tally(by_form),
        missed=missed,
    )
