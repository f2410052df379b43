"""The anonymisation gate: every file, every surface, one engine, fail closed.

A "unit" is a review folder (everything under a folder with a review.yml) or a loose file. Names
found anywhere in a unit are looked for everywhere in it (mention propagation), so the unit is
also what is cached and what runs in parallel.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import hashlib
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from redact import lexicon, propagation
from redact.context_people import INITIALS_TITLES, TITLE_ONE_LETTER, TITLES
from redact.context_words import MONTHS
from redact.eponyms import eponym_spans
from redact.findings import (
    Finding,
    Severity,
    Surface,
    mask_words,
    must_mask,
    name_words_in_paths,
)
from redact.glossary import glossary_terms
from redact.name_recognizers import AGENCY_WORDS, CITY_ABROAD, SpacyEntityRecognizer
from redact.peoples import people_names
from redact.policy import (
    SitePolicy,
    find_default_policy,
    is_placeholder,
    load_policy,
    normalise,
)
from redact.review import METADATA_FILE_NAME, ReviewError, ReviewMetadata, load_review_metadata
from redact.soft_wraps import unwrapped
from redact.table_columns import worker_column_initials

SPACY_RECOGNIZER = SpacyEntityRecognizer.__name__  # the model's guesses
TABLE_COLUMN_RECOGNIZER = "TableColumnRecognizer"
TABLE_COLUMN_SCORE = 0.7
# Brand names of several words ('Hollie Guard'), allowed like site entries: a word of one is
# no name either.
_BRAND_ENTRIES = {phrase: "a national brand, app or service" for phrase in lexicon.BRAND_PHRASES}
MAX_FILE_BYTES = 2_000_000
UNIT_TIMEOUT_SECONDS = float(os.environ.get("REDACT_UNIT_TIMEOUT", "600"))
# Below this many words a check runs in one process: starting workers costs more than it saves
# (measured with `make bench` on 11,700- and 18,500-word corpora: from about 5,000 words two
# workers win; 8,000 leaves small sites in one process).
PARALLEL_MIN_WORDS = 8_000
MARKDOWN_SUFFIXES = {".md", ".markdown"}
YAML_SUFFIXES = {".yml", ".yaml"}
PLAIN_SUFFIXES = {".txt", ".csv", ".json", ".xml", ".html", ".htm"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff"}
PRIVATE_SUFFIX = ".private.yml"


@dataclass(frozen=True)
class AllowedDecision:
    """A found name the policy let through, and why (shown in verbose output)."""

    path: str
    line: int | None
    entity_type: str
    reason: str
    text: str = field(repr=False)


@dataclass
class GateReport:
    findings: list[Finding] = field(default_factory=list)
    allowed: list[AllowedDecision] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files_checked: int = 0

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.BLOCK]

    def shown_errors(self, reveal: bool) -> list[str]:
        """The error lines as a log may show them: unless revealing, a name found in a file or
        folder name is masked, and so is every word of an error's path that could be a name
        (a review whose check stopped may have no findings to say which words are names)."""
        if reveal:
            return list(self.errors)
        words = name_words_in_paths(self.findings)
        return [mask_words(_masked_error(error), words) for error in self.errors]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARN]

    @property
    def ok(self) -> bool:
        return not self.errors and not self.blocking

    def extend(self, other: GateReport) -> None:
        self.findings.extend(other.findings)
        self.allowed.extend(other.allowed)
        self.errors.extend(other.errors)
        self.files_checked += other.files_checked

    def sort(self) -> None:
        self.findings.sort(key=lambda f: (f.path, f.line or 0, f.column or 0, f.entity_type))
        self.allowed.sort(key=lambda a: (a.path, a.line or 0))


@dataclass(frozen=True)
class TextItem:
    """One text to analyse: its path for reports, and how to read it."""

    path: str
    text: str
    kind: str  # markdown | yaml | plain | names
    surface: Surface = Surface.TEXT


@dataclass
class Unit:
    """A review folder or a loose file: analysed, propagated and cached together."""

    label: str
    review_dir: Path | None
    items: list[TextItem] = field(default_factory=list)
    allowed_names: tuple[str, ...] = ()
    errors: list[str] = field(default_factory=list)
    files_checked: int = 0
    extra_findings: list[Finding] = field(default_factory=list)
    images_checked: set[str] = field(default_factory=set)
    private_people: tuple[str, ...] = field(default=(), repr=False)
    private_places: tuple[str, ...] = field(default=(), repr=False)
    # The year the review is about (year of death); loose files use the current year.
    reference_year: int | None = None

    def add_image_metadata(self, path: Path) -> None:
        """Every metadata field of an image blocks: EXIF, GPS, author, comments, XMP."""
        from redact.assets import AssetError, image_metadata

        if str(path) in self.images_checked:
            return
        self.images_checked.add(str(path))
        try:
            fields = image_metadata(path)
        except AssetError as error:
            self.errors.append(str(error))
            return
        for name, value in fields:
            self.extra_findings.append(
                Finding(
                    path=str(path),
                    start=None,
                    end=None,
                    line=None,
                    column=None,
                    entity_type="IMAGE_METADATA",
                    severity=Severity.BLOCK,
                    score=1.0,
                    recognizer="ImageMetadata",
                    surface=Surface.IMAGE_METADATA,
                    text=f"{name}: {value}",
                )
            )

    def cache_key(self, policy_digest: str, code_digest: str) -> str:
        digest = hashlib.sha256()
        private = json.dumps(
            [sorted(self.private_people), sorted(self.private_places), self.reference_year]
        )
        for part in (code_digest, policy_digest, json.dumps(sorted(self.allowed_names)), private):
            digest.update(part.encode())
        for item in self.items:
            digest.update(f"\0{item.path}\0{item.kind}\0{item.surface.value}\0".encode())
            digest.update(item.text.encode())
        for finding in self.extra_findings:
            digest.update(json.dumps(finding.to_dict(reveal=True)).encode())
        return digest.hexdigest()


def code_digest() -> str:
    """Hash of the gate's own source: a new gate version never reuses old cached answers."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


class Gate:
    """Holds the policy and (lazily) the engine. One per process; reuse it."""

    def __init__(
        self,
        policy: SitePolicy,
        *,
        use_cache: bool = True,
        cache_dir: Path | None = None,
        workers: int | None = None,
        private_names: Sequence[str] = (),
    ) -> None:
        self.policy = policy
        self.use_cache = use_cache
        self.cache_dir = cache_dir or default_cache_dir()
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.private_names = tuple(private_names)
        self._engine: Any = None
        self._code_digest: str | None = None
        self._severities: dict[str, Severity] | None = None

    # -- engine ---------------------------------------------------------------------------
    @property
    def engine(self) -> Any:
        if self._engine is None:
            from redact.engine import shared_engine

            self._engine = shared_engine()
            _load_word_lists()
        return self._engine

    def severities(self) -> dict[str, Severity]:
        if self._severities is None:
            from redact.engine import default_severities

            self._severities = default_severities()
        return self._severities

    def _digest(self) -> str:
        if self._code_digest is None:
            self._code_digest = code_digest()
        return self._code_digest

    # -- public API -------------------------------------------------------------------------
    def check_paths(
        self,
        paths: Sequence[Path],
        extra_allow: Sequence[str] = (),
        progress: Callable[[int, int], None] | None = None,
    ) -> GateReport:
        """Check files and folders (recursively). Errors are reported, never skipped."""
        from redact.collect import collect_units

        units, errors = collect_units(paths, self.policy, tuple(extra_allow))
        report = self.run_units(units, progress)
        report.errors[:0] = errors
        report.sort()
        return report

    def check_text(
        self,
        text: str,
        path: str,
        allowed: Sequence[str] = (),
        surface: Surface = Surface.TEXT,
    ) -> GateReport:
        """Check one plain text (an imported document's hidden part, a built page's text)."""
        unit = Unit(label=path, review_dir=None, allowed_names=tuple(allowed), files_checked=1)
        unit.items.append(TextItem(path=path, text=text, kind="plain", surface=surface))
        return self.run_units([unit])

    def check_built_site(
        self, site_dir: Path, content_dir: Path, interface_files: Sequence[Path] = ()
    ) -> GateReport:
        """Check everything a build emitted (pages, search index, sitemap, feeds, assets).

        `interface_files` are the site generator's own source files: words in them (labels
        such as "Children affected") are interface, not content.
        """
        from redact.built_site import collect_built_units

        units, errors = collect_built_units(
            site_dir, content_dir, self.policy, interface_files=tuple(interface_files)
        )
        report = self.run_units(units)
        report.errors[:0] = errors
        report.sort()
        return report

    # -- running units ----------------------------------------------------------------------
    def run_units(
        self, units: Sequence[Unit], progress: Callable[[int, int], None] | None = None
    ) -> GateReport:
        report = GateReport()
        pending: list[tuple[int, Unit, str | None]] = []
        results: dict[int, GateReport] = {}
        policy_digest = self.policy.digest()
        for index, unit in enumerate(units):
            key = unit.cache_key(policy_digest, self._digest()) if self.use_cache else None
            cached = self._read_cache(key) if key and not unit.errors else None
            if cached is not None:
                results[index] = cached
            else:
                pending.append((index, unit, key))
        done = len(results)
        if progress:
            progress(done, len(units))
        for index, unit_report in self._analyse_all([u for _, u, _ in pending]):
            original_index, unit, key = pending[index]
            results[original_index] = unit_report
            if key and not unit.errors and not unit_report.errors:
                self._write_cache(key, unit_report)
            done += 1
            if progress:
                progress(done, len(units))
        for index in sorted(results):
            report.extend(results[index])
        return report

    def _analyse_all(self, units: list[Unit]) -> Iterable[tuple[int, GateReport]]:
        words = sum(_unit_words(unit) for unit in units)
        if self.workers <= 1 or len(units) < 2 or words < PARALLEL_MIN_WORDS:
            for index, unit in enumerate(units):
                yield index, self._analyse_guarded(unit)
            return
        _ = self.engine  # load once, before forking, so workers share it
        _allowed_occurrences_pattern(frozenset(self.policy.allowed_entries()))  # compiled once
        global _WORKER_GATE
        _WORKER_GATE = self
        context = get_context("fork")
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context) as pool:
            # Longest first: the last unit to start then is a short one, so both workers finish
            # at about the same time.
            by_size = sorted(range(len(units)), key=lambda i: -_unit_words(units[i]))
            submitted = {i: pool.submit(_analyse_in_worker, units[i]) for i in by_size}
            futures = [submitted[i] for i in range(len(units))]
            for index, future in enumerate(futures):
                try:
                    yield index, future.result(timeout=UNIT_TIMEOUT_SECONDS)
                except FutureTimeout:
                    yield index, _failed(units[index], "the check took too long (timeout)")
                except Exception as error:  # noqa: BLE001 - fail closed, say why
                    yield index, _failed(units[index], _internal_error(units[index], error))

    def _analyse_guarded(self, unit: Unit) -> GateReport:
        try:
            with _deadline(UNIT_TIMEOUT_SECONDS):
                return self.analyse_unit(unit)
        except _DeadlineExceeded:
            return _failed(
                unit, "the check took too long (timeout); split the review into smaller files"
            )
        except Exception as error:  # noqa: BLE001 - fail closed, say why
            return _failed(unit, _internal_error(unit, error))

    def analyse_unit(self, unit: Unit) -> GateReport:
        """Analyse every text of a unit, propagate names, apply the allow policy."""
        from redact.markdown_scan import AnalysisView, analyse_markdown, analyse_plain, analyse_yaml

        report = GateReport(errors=list(unit.errors), files_checked=unit.files_checked)
        views: list[AnalysisView] = []
        for item in unit.items:
            if item.kind == "markdown":
                views.append(analyse_markdown(item.text))
            elif item.kind == "yaml":
                views.append(analyse_yaml(item.text))
            else:
                views.append(analyse_plain(item.text, item.surface))
        # Image metadata already blocks as a whole; its values are analysed too, only so that a
        # name in it ("Gaywood - 23 Mintlyn Row") is looked for in the file names and text.
        seeds = [
            analyse_plain(f.text.split(": ", 1)[-1] + "\n", Surface.IMAGE_METADATA)
            for f in unit.extra_findings
            if f.surface is Surface.IMAGE_METADATA and f.text
        ]
        reported = len(views)
        views.extend(seeds)
        raw: list[list[tuple[str, int, int, float, str]]] = []
        engine = self.engine
        for view, doc in zip(views, engine.docs((v.original, v.prose) for v in views), strict=True):
            results = engine.analyse(unwrapped(view), doc)  # a phrase a wrap cut: soft_wraps
            raw.append(
                [
                    (
                        r.entity_type,
                        r.start,
                        r.end,
                        float(r.score),
                        str((r.recognition_metadata or {}).get("recognizer_name", "unknown")),
                    )
                    for r in results
                ]
            )
        # The recognizers' view blanks a table's pipes; who wrote each row is read from the
        # Markdown itself ("| By |" ... "| MT |"): redact.table_columns.
        for index, item in enumerate(unit.items):
            if item.kind == "markdown":
                raw[index].extend(
                    (entity, start, end, TABLE_COLUMN_SCORE, TABLE_COLUMN_RECOGNIZER)
                    for entity, start, end, _why in worker_column_initials(item.text)
                )
        site_entries = {**_BRAND_ENTRIES, **self.policy.allowed_entries()}
        site_entries = {**_agency_letters(site_entries), **site_entries}
        allowed_entries = dict(site_entries)
        for name in unit.allowed_names:
            allowed_entries.setdefault(
                normalise(name), "declared in the review or on the command line"
            )
        for item in unit.items:
            if item.kind == "markdown":
                for term in glossary_terms(item.text):
                    allowed_entries.setdefault(
                        normalise(term), "a term the review's glossary defines"
                    )
        allowed_patterns = [
            pattern
            for pattern in (
                _allowed_occurrences_pattern(frozenset(site_entries)),
                _allowed_occurrences_pattern(frozenset(allowed_entries) - frozenset(site_entries)),
            )
            if pattern is not None
        ]
        declared_parts = [_name_words(name) for name in unit.allowed_names]
        declared_letters = _declared_letters(unit.allowed_names)
        # One list of occurrences per pattern: each list is sorted and without overlaps.
        inside_allowed_by_view = [
            [
                [(m.start(), m.end()) for m in pattern.finditer(view.prose)]
                for pattern in allowed_patterns
            ]
            for view in views
        ]

        # A word the review shows is a condition's or a law's ("Alzheimer's disease") is no name
        # to look for elsewhere, wherever another rule took it for one ("glefyd Alzheimer").
        eponyms = {view.prose[s:e] for view in views for s, e in eponym_spans(view.prose)}
        conditions = {
            name for name in eponyms if any(_names_condition(view.prose, name) for view in views)
        }
        # ... and a people the review names as a heritage ("Ghanaian (Asante) heritage") is no
        # person, unless a title says so here ("Mr Asante").
        peoples = {name for view in views for name in people_names(view.prose)}

        def learn_from(index: int, start: int, end: int, entity: str) -> bool:
            """Propagate only names that would themselves be findings here."""
            text = views[index].original[start:end]
            if _allow_reason(text, allowed_entries) is not None or text in eponyms:
                return False
            if text in peoples and not _named_here(views[index].prose, start, end):
                return False
            if entity == "PERSON" and _part_of_declared(text, declared_parts):
                return False
            if lexicon.is_city_abroad(normalise(text)):
                return False  # a city abroad is no name to look for elsewhere
            return not _inside(inside_allowed_by_view[index], start, end)

        raw = propagation.propagate(
            [v.prose for v in views],
            raw,
            allowed=lambda text: _allow_reason(text, allowed_entries) is not None,
            private_names=self.private_names + unit.private_people,
            private_places=unit.private_places,
            surfaces=[view.surface_at for view in views],
            learn_from=learn_from,
        )[:reported]
        views = views[:reported]
        inside_allowed_by_view = inside_allowed_by_view[:reported]
        severities = self.severities()

        def blocking(entity: str) -> bool:
            default = severities.get(entity, Severity.BLOCK)
            return self.policy.severity_for(entity, default) is Severity.BLOCK

        for item, view, results, inside_allowed in zip(
            unit.items, views, raw, inside_allowed_by_view, strict=True
        ):
            for entity, start, end, score, recognizer in _dedupe(results, blocking):
                text = item.text[start:end]
                reason = _allow_reason(text, allowed_entries)
                if (
                    reason is None
                    and entity == "PERSON"
                    and _part_of_declared(text, declared_parts)
                ):
                    reason = "part of a declared name (e.g. 'Ms Okoye' for 'Rachel Okoye')"
                if reason == _PLACEHOLDER and (
                    _undeclared_title_letter(text, declared_letters)
                    or _TITLE_INITIALS.fullmatch(text.strip()) is not None
                ):
                    reason = None
                if (
                    reason is None
                    and entity == "PERSON"
                    and _declared_initial(text, declared_letters)
                ):
                    reason = "the initial of a declared name ('F.' for 'Favour')"
                if (
                    reason is None
                    and text in conditions
                    and item.text[end : end + 2] in ("'s", "’s")
                ):
                    # "Parkinson's and memory services" where the review writes "Parkinson's
                    # disease": the condition's possessive, not a person's (a law or a campaign
                    # named for someone, "Sheryl's Law", may name the victim: not so)
                    reason = "a condition's name the review uses"
                if reason is None and text in peoples and not _named_here(item.text, start, end):
                    reason = "a people the review names as a heritage ('Ghanaian (Asante)')"
                if reason is None and _mutated_declared(item.text, start, text, declared_parts):
                    reason = "a declared name as Welsh mutates it after a word ('i Fryn')"
                if (
                    reason is None
                    and entity != "PERSON"
                    and recognizer == SPACY_RECOGNIZER
                    and (
                        _TITLE_BEFORE.search(item.text, max(0, start - 20), start)
                        or _TITLE_FIRST.match(text)  # the model's 'Mr Okafor' as a place
                    )
                    and _part_of_declared(text, declared_parts)
                ):
                    reason = "part of a declared name, after a title ('Professor\\nOwusu-Ansah')"
                if reason is None and _parts_allowed(text, allowed_entries, declared_parts):
                    reason = (
                        "each sentence's part allowed (the model ran 'Village B. Gethin' together)"
                    )
                if reason is None and _covered(
                    item.text, start, end, inside_allowed, allowed_entries
                ):
                    # e.g. the model tagged only "Thackwray" inside the declared "Imogen Thackwray".
                    reason = "part of an allowed name at this place"
                if reason is None and entity == "DATE_EXACT" and _is_process_date(item, start):
                    reason = "a review's process date (commissioned, approved, published)"
                if reason not in (None, _PLACEHOLDER) and entity in _TOWN_ENTITIES:
                    place = _TOWN_NAMED_PLACE.match(item.text, end)
                    if (
                        place is not None
                        and _allow_reason(item.text[start : place.end()], allowed_entries) is None
                        and not _covered(
                            item.text, start, place.end(), inside_allowed, allowed_entries
                        )
                    ):
                        # 'Durslow Chinese Evangelical Church': the town is allowed, the place
                        # named for it is not
                        end, text, reason = place.end(), item.text[start : place.end()], None
                line: int | None
                column: int | None
                line, column = view.line_col(start)
                if item.kind == "names":
                    line = column = None
                if reason is not None and recognizer != propagation.PRIVATE_RECOGNIZER:
                    report.allowed.append(AllowedDecision(item.path, line, entity, reason, text))
                    continue
                if _city_abroad(entity, recognizer, text) and not _LIVES_THERE.search(
                    item.text, max(0, start - 40), start
                ):
                    # 'grew up in Kraków': a place of origin; with other details it may still
                    # identify, so a person decides (a site may make it block).
                    entity = CITY_ABROAD
                if entity == "DATE_EXACT" and _long_before(text, unit.reference_year):
                    # A full date many years before the death is, in a DHR, almost always a
                    # date of birth (and dates of birth are never published).
                    entity, recognizer = "DATE_OF_BIRTH", "EarlyExactDate"
                severity = self.policy.severity_for(entity, severities.get(entity, Severity.BLOCK))
                in_text = item.kind != "names"
                report.findings.append(
                    Finding(
                        path=item.path,
                        start=start if in_text else None,
                        end=end if in_text else None,
                        line=line,
                        column=column,
                        entity_type=entity,
                        severity=severity,
                        score=score,
                        recognizer=recognizer,
                        surface=Surface.FILE_NAME if not in_text else view.surface_at(start),
                        text=text,
                    )
                )
        report.findings.extend(unit.extra_findings)
        return report

    # -- cache ------------------------------------------------------------------------------
    def _read_cache(self, key: str) -> GateReport | None:
        path = self.cache_dir / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return _report_from_json(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write_cache(self, key: str, report: GateReport) -> None:
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            temporary = self.cache_dir / f".{key}.{os.getpid()}.tmp"
            temporary.write_text(json.dumps(_report_to_json(report)), encoding="utf-8")
            temporary.replace(self.cache_dir / f"{key}.json")
        except OSError:
            pass  # a cache that cannot be written only costs time


class _DeadlineExceeded(Exception):
    """A unit ran past its time limit: treated as a failure, never as a pass."""


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt the work after `seconds` (main thread only; workers are bounded by the pool)."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise _DeadlineExceeded()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_WORKER_GATE: Gate | None = None


def _load_word_lists() -> None:
    """Build now, with the engine, the word lists the rules would otherwise build on first use:
    workers forked for a check then share them instead of each building them again, on every
    check (about half a second of work per worker, measured on held-out set 62)."""
    from redact import context_words, lone_capitals

    lexicon.national_words()
    lexicon.country_names()
    context_words.stop_words()
    lone_capitals.load_word_lists()
    propagation.load_word_lists()


def _unit_words(unit: Unit) -> int:
    return sum(len(item.text.split()) for item in unit.items)


def _analyse_in_worker(unit: Unit) -> GateReport:
    assert _WORKER_GATE is not None
    return _WORKER_GATE._analyse_guarded(unit)


def _internal_error(unit: Unit, error: BaseException) -> str:
    """What an unexpected failure says: its kind and message. A library's message may quote
    the text it choked on, so when found text must be masked (CI, no terminal) every word the
    message shares with the checked texts is masked, as a finding would be."""
    detail = f"{type(error).__name__}: {error}"
    if must_mask():
        words = {w.casefold() for item in unit.items for w in re.findall(r"[^\W\d_]+", item.text)}
        shared = {w.casefold() for w in re.findall(r"[^\W\d_]+", str(error))} & words
        detail = f"{type(error).__name__}: {mask_words(str(error), frozenset(shared))}"
    return f"the check failed ({detail}); nothing from this review may be published"


def _failed(unit: Unit, message: str) -> GateReport:
    return GateReport(errors=[f"{unit.label}: {message}"], files_checked=unit.files_checked)


def _masked_error(error: str) -> str:
    """An error line ('path: what went wrong') with the path's name-like words masked."""
    path, separator, message = error.partition(": ")
    return _masked_label(path) + separator + message if separator else error


def _masked_label(label: str) -> str:
    """A review whose check stopped (bad metadata, a crash, a timeout) may have no findings to say
    which words of its path are names, so in CI every word of the path that could be one (a given
    name, surname or UK place, or any rarer word) is masked: 'reviews/jane-smith-2021' must not
    print a name the check never got to block."""
    stem, dot, extension = label.rpartition(".")
    if not dot or "/" in extension or not extension.isalnum():
        stem, dot, extension = label, "", ""
    try:
        words = frozenset(
            word.casefold()
            for word in re.findall(r"[^\W\d_]{2,}", stem)
            if lexicon.is_given_name(word)
            or lexicon.is_surname(word)
            or lexicon.is_uk_place(word)
            or not lexicon.is_common_word(word.casefold())
        )
    except Exception:  # noqa: BLE001 - the word lists may be what failed: mask every word
        words = frozenset(word.casefold() for word in re.findall(r"[^\W\d_]{2,}", stem))
    return mask_words(stem, words) + dot + extension


_PLACEHOLDER = "placeholder"  # the reason a placeholder passes ('Town A', 'Mr C')
# The allow-list's groups whose names Welsh mutates after a preposition: places and agencies.
_MUTATING_GROUPS = frozenset(["site_area", "places", "agencies", "agencies (police force area)"])


def _named_here(text: str, start: int, end: int) -> bool:
    """The word at [start, end) is a person's name here: after a title ("Mr Asante") or quoted
    alone ('calls him only "Asante"')."""
    return (
        propagation.quoted_alone(text, start, end)
        or _TITLE_BEFORE.search(text, max(0, start - 20), start) is not None
    )


def _names_condition(text: str, name: str) -> bool:
    """The text writes `name` as a condition's: "Parkinson's disease", "Asperger's syndrome"."""
    return (
        re.search(
            rf"(?<![^\W\d_]){re.escape(name)}['’]s\s+(?:disease|syndrome|palsy|dementia|disorder)",
            text,
        )
        is not None
    )


def _allow_reason(text: str, allowed_entries: dict[str, str]) -> str | None:
    if is_placeholder(text):
        return _PLACEHOLDER
    normal = normalise(text)
    reason = allowed_entries.get(normal)
    if reason is None and _made_of_allowed(normal.split(), allowed_entries):
        reason = "made only of allowed names ('Northshire MARAC')"
    if reason is None and lexicon.is_national_brand(normal):
        return "a national brand, app or record system: it locates no one"
    if reason is None and normal:
        first, _, rest = normal.partition(" ")
        for radical in lexicon.welsh_radicals(first):
            # a place's or an agency's name mutates ('ym Mhorth Alarch'); a term does not:
            # 'PC 2291 Nash' is no 'DASH'
            if allowed_entries.get(normalise(f"{radical} {rest}")) in _MUTATING_GROUPS:
                return "a Welsh mutation of an allowed name ('ym Mhorth Alarch')"
    return reason


# Where someone lives or has an address, or a place near it, locates a living relative: a city
# abroad named so still blocks ("her sister, who lives in Jaffna", "an address in Gorzów").
_LIVES_THERE = re.compile(
    r"\b(?:lives?|living|resides?|residing|address|stays?|staying|near|outside)\b[^.\n]{0,25}$",
    re.IGNORECASE,
)


def _city_abroad(entity: str, recognizer: str, text: str) -> bool:
    """A large city abroad the model tagged, or any rule took for a place ('Kraków'); not a
    person a rule found by its title or context ('Ms Shevchenko' is no city), and never a
    place the author listed as real (the private list always blocks)."""
    return (
        entity in propagation.NAME_ENTITIES
        and recognizer != propagation.PRIVATE_RECOGNIZER
        and (entity != "PERSON" or recognizer == SPACY_RECOGNIZER)
        and lexicon.is_city_abroad(normalise(text))
    )


# A local place named for the town it stands in: the town alone may be allowed (the site's
# area), the place is not ("Durslow Chinese Evangelical Church", "Ixendale College"): up to three
# capitalised words after the town, then a kind of local place.
_TOWN_NAMED_PLACE = re.compile(
    r"(?:[ \t]+[A-Z][\w'’\-]*){0,3}[ \t]+(?:Church|Chapel|Mosque|Masjid|Temple|Gurdwara|Mandir|"
    r"Synagogue|Cathedral|School|Academy|College|Nursery|Gym|Club|Care[ \t]+Home|"
    r"Nursing[ \t]+Home|Hospice|Surgery|Pub|Inn|Hotel)(?![\w'’\-])"
)
_TOWN_ENTITIES = frozenset(["INSTITUTION", "ORGANISATION_PLACE", "LOCATION"])
# A full stop (inside a closing quote too: 'I." Dawn'), or a dash or bar between spaces.
_SENTENCE_OR_DASH = re.compile(r"(?:(?<=\.)|(?<=\.[\"”’']))\s+(?=[^\W\d_])|\s+[-–—|/]\s+")
_QUOTE_END_WORDS = frozenset(["i", "me", "you", "it", "we", "us", "they", "them", "him", "her"])


def _parts_allowed(
    text: str, allowed_entries: dict[str, str], declared: list[frozenset[str]]
) -> bool:
    """Whether a span the model ran across a full stop ('Village B. Gethin') or a title's dash
    ('Heulwen - Gwaun Hywel') is, part by part, a placeholder, an allowed entry or part of a
    declared name."""
    parts = [part for part in _SENTENCE_OR_DASH.split(text) if part.strip()]
    return len(parts) > 1 and all(
        _allow_reason(part, allowed_entries) is not None
        or _part_of_declared(part, declared)
        or not any(c.isalpha() for c in part)  # 'Pearl - Fawdenmere - 2024': a year, a number
        # 'do I." Dawn had told': the end of a quotation, a word no name is
        or part.strip(" .!?\"”’'").casefold() in _QUOTE_END_WORDS
        for part in parts
    )


# Words of agencies' names that name no place ('Upper', 'New' and 'North' may: 'New Hope').
_PLACE_LIKE_AGENCY_WORDS_TEXT = """
    north south east west northern southern eastern western central greater upper lower new old
"""
# ... and the letters of a partnership's or a board's name after its area ('Fromsworth CSP').
_AGENCY_ACRONYMS_TEXT = "csp dhr dardr sab scp lsab lscb cmht mash marac mappa"
_AGENCY_FILLERS = (AGENCY_WORDS - frozenset(_PLACE_LIKE_AGENCY_WORDS_TEXT.split())) | frozenset(
    _AGENCY_ACRONYMS_TEXT.split()
)
# What a document of an allowed body is, and the dashes of its title.
_DOCUMENT_WORDS = frozenset(
    ["minutes", "agenda", "extract", "notes", "summary", "chronology", "-", "–", "—", "|"]
)
# What a family calls a declared pseudonym adds no name to it: 'Auntie Joy', 'Ayi Lin'.
_KIN_AND_FAITH_TITLES = lexicon.KIN_WORDS | lexicon.FAITH_AND_FAMILY_TITLES


@functools.cache
def _months_no_name() -> frozenset[str]:
    """Months that are no given name ('April', 'May' and 'June' are), as a meeting's date; read
    when first needed, not when the gate is imported (the name lists load then)."""
    return frozenset(m for m in MONTHS if not lexicon.is_given_name(m))


def _made_of_allowed(words: list[str], allowed_entries: dict[str, str]) -> bool:
    """Whether the words split into runs that are each an allowed entry, whole, or a word of an
    agency's name ('of', 'the', 'Partnership'), with one allowed entry at least: 'Northshire
    MARAC' when both are allowed, 'Partnership of Seren' when Seren is; never 'Jane Smith' when
    only 'Jane' is."""
    if len(words) < 2:
        return False
    # reachable[i]: the first i words split so; with_entry[i]: and an allowed entry among them
    reachable = [True] + [False] * len(words)
    with_entry = [False] * (len(words) + 1)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - MAX_ENTRY_WORDS), end):
            if not reachable[start]:
                continue
            if " ".join(words[start:end]) in allowed_entries:
                reachable[end] = with_entry[end] = True
            elif end == start + 1 and (
                words[start] in _AGENCY_FILLERS
                or words[start] in _months_no_name()  # 'February MARAC': a meeting's month
                or words[start] in _KIN_AND_FAITH_TITLES  # 'Auntie Joy' when Joy is declared
                or words[start] in _DOCUMENT_WORDS  # 'NORTHSHIRE MARAC - MINUTES'
            ):
                reachable[end] = True
                with_entry[end] = with_entry[end] or with_entry[start]
    return with_entry[-1]


# Longer than any allowed entry (the longest Act titles run to a dozen words): a run is split
# only into entries this long, so a span of thousands of words is checked in linear time.
MAX_ENTRY_WORDS = 16


def _inside(span_lists: list[list[tuple[int, int]]], start: int, end: int) -> bool:
    """Whether [start, end) lies in one span of one of the lists (each sorted, not overlapping,
    as `finditer` gives them): only the last span starting at or before `start` can hold it."""
    for spans in span_lists:
        index = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
        if index >= 0 and end <= spans[index][1]:
            return True
    return False


def _covered(
    text: str,
    start: int,
    end: int,
    spans: list[list[tuple[int, int]]],
    allowed_entries: dict[str, str],
) -> bool:
    """Whether every word of [start, end) lies in an allowed multi-word occurrence or is an
    allowed entry itself: the model tagged "Hebog MARAC" across "Maes Hebog" and "MARAC"."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for word in words:
        word_start, word_end = start + word.start(), start + word.end()
        inside = _inside(spans, word_start, word_end)
        if not inside and normalise(word.group(0)) not in allowed_entries:
            return False
    return bool(words)


def _name_words(name: str) -> frozenset[str]:
    words = re.findall(r"[^\W\d_][^\s.,;:()]*", normalise(name))
    return frozenset(re.sub(r"(?:'s|’s)$", "", w) for w in words) - lexicon.HONORIFICS


def _declared_letters(names: Iterable[str]) -> frozenset[str]:
    """The letters a declared name gives a title ('Heulwen' gives H, 'Adult B' gives B)."""
    letters: set[str] = set()
    for name in names:
        words = re.findall(r"[^\W\d_]+", name)
        if is_placeholder(name):
            words = words[-1:]
        letters.update(w[0].upper() for w in words if w.casefold() not in lexicon.HONORIFICS)
    return frozenset(letters)


def _undeclared_title_letter(text: str, declared_letters: frozenset[str]) -> bool:
    """'Mrs P' when no name the review declares starts with P: a placeholder only in form, it
    may be the first letter of a real surname ('Mrs H' passes when 'Heulwen' is declared)."""
    match = TITLE_ONE_LETTER.fullmatch(text.strip().rstrip("."))
    return match is not None and match.group("name")[-1] not in declared_letters


_ONE_INITIAL = re.compile(r"(?P<letter>[A-Z])\.?")
# A title before two or three capitals: someone's initials ('(Dr AH)', 'Mrs KH'); a placeholder
# after a title is one letter ('Mr A').
_TITLE_INITIALS = re.compile(rf"(?:{INITIALS_TITLES})\.?\s+[A-Z]{{2,3}}")


def _declared_initial(text: str, declared_letters: frozenset[str]) -> bool:
    """'F.' or 'K' alone where the review declares 'Favour' and 'Kunle': a review that writes
    its pseudonyms' initials ("Resident: B.   Children: F. (10)") names no one else."""
    match = _ONE_INITIAL.fullmatch(text.strip())
    return match is not None and match.group("letter") in declared_letters


# A title just before a span: the model may tag a declared surname after one as a place.
_TITLE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{TITLES}|Professor)\.?\s+$")
# ... or leading the span itself ("Mr Okafor" tagged whole as a place).
_TITLE_FIRST = re.compile(rf"(?:{TITLES}|Professor)\.?\s+(?=[^\W\d_])")


_AGENCY_GROUPS = frozenset(["agencies", "agencies (police force area)"])
AGENCY_LETTERS_MIN = 3  # two letters are as often someone's initials ('GP', 'NP')


def _agency_letters(entries: dict[str, str]) -> dict[str, str]:
    """The letters of each allowed agency of three words or more, as records write it ('WYP'
    for 'West Yorkshire Police'): an agency, not someone's initials."""
    letters: dict[str, str] = {}
    for entry, group in entries.items():
        if group not in _AGENCY_GROUPS:
            continue
        words = [w for w in entry.split() if w not in propagation.ACRONYM_SKIPPED]
        if len(words) >= AGENCY_LETTERS_MIN and all(w[:1].isalpha() for w in words):
            letters["".join(w[0] for w in words)] = f"{group} (its letters)"
    return letters


# The words after which Welsh softens a name's first letter ('i Fryn' for 'Bryn', 'gan Lyn'
# for 'Glyn'), nasalises it ('ym Mangor', 'yng Nghaerdydd') or aspirates it ('a Thomos').
_WELSH_MUTATING_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:i|gan|o|am|ar|at|dan|heb|drwy|trwy|wrth|dros|hyd|a|â|ac|ei|dy|yn|ym|yng|"
    r"fy|efo|gyda|na|tua)[ \t]+$",
    re.IGNORECASE,
)


def _mutated_declared(source: str, start: int, text: str, declared: list[frozenset[str]]) -> bool:
    """One word, after a word that mutates what follows, whose radical form is a word of a
    declared name: the pseudonym as Welsh writes it there, which names no one else."""
    word = normalise(text)
    if (
        not word
        or " " in word
        or not _WELSH_MUTATING_BEFORE.search(source, max(0, start - 6), start)
    ):
        return False
    # soft mutation drops a 'g' ('Glyn' → 'Lyn'), which no radical can tell from the word
    radicals = [*lexicon.welsh_radicals(word), f"g{word}"]
    return any(radical in parts for radical in radicals for parts in declared)


def _part_of_declared(text: str, declared: list[frozenset[str]]) -> bool:
    """'Ms Okoye' or 'Okoye's' when the review declares 'Rachel Okoye', 'Mrs Heulwen' when it
    declares 'Heulwen' (never the reverse)."""
    words = _name_words(text)
    return bool(words) and any(words <= parts for parts in declared)


EARLY_DATE_YEARS = 12
_YEAR4 = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
# A two-digit year ends a numeric date ("03/03/21") or follows an apostrophe ("March '85");
# "12/03" (day and month) has none.
_YEAR2 = re.compile(r"(?:\d[/\-.]\d{1,2}[/\-.]|['’])(\d{2})(?!\d)\W*$")


def _long_before(date_text: str, reference_year: int | None) -> bool:
    """True when an exact date falls EARLY_DATE_YEARS or more before the review's year."""
    reference = reference_year if reference_year is not None else datetime.date.today().year
    four = _YEAR4.search(date_text)  # 2021-03-03, 3 March 2021, 03/03/2021
    if four is not None:
        year = int(four.group(0))
    else:
        two = _YEAR2.search(date_text.strip())  # 03/03/21, 12.06.98
        if two is None:
            return False  # "3 March": no year, an exact date but not a birth date
        year = int(two.group(1))
        year += 1900 if year > reference % 100 else 2000
    return year <= reference - EARLY_DATE_YEARS


_PROCESS_DATE_KEY = re.compile(
    r"^\s*(?:commissioned|qa_approved|published|retained_until|recorded_on)\s*:", re.MULTILINE
)


def _is_process_date(item: TextItem, start: int) -> bool:
    """Dates of the review process in review.yml are public facts, not quasi-identifiers."""
    if not item.path.endswith(METADATA_FILE_NAME):
        return False
    line_start = item.text.rfind("\n", 0, start) + 1
    return bool(_PROCESS_DATE_KEY.match(item.text, line_start))


@lru_cache(maxsize=32)
def _allowed_occurrences_pattern(allowed_entries: frozenset[str]) -> re.Pattern[str] | None:
    """Where allowed multi-word names stand in a text (whole words, any case). Cached: the
    site's allow-list is the same for every review and its pattern takes a while to compile."""
    multiword = sorted((e for e in allowed_entries if " " in e), key=lambda e: (-len(e), e))
    if not multiword:
        return None
    body = "|".join(_entry_pattern(entry) for entry in multiword)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


# Words of Welsh bodies' names: such a name mutates after 'i', 'o', 'gan' ("argymhelliad i Fwrdd
# Iechyd Prifysgol Aneurin Bevan", "i Gyngor Bwrdeistref Sirol ...") and is still the allowed one.
_WELSH_BODY_WORDS = frozenset(
    [
        "bwrdd",
        "cyngor",
        "heddlu",
        "prifysgol",
        "iechyd",
        "gwasanaeth",
        "gwasanaethau",
        "partneriaeth",
        "ysgol",
        "canolfan",
        "tîm",
        "tim",
        "llywodraeth",
        "comisiynydd",
        "cymorth",
        "cymru",
        "sir",
        "bwrdeistref",
        "sirol",
        "diogelwch",
        "cymunedol",
    ]
)


def _entry_pattern(entry: str) -> str:
    """An allowed entry's words, any spaces between; a Welsh body's first word in any mutation."""
    words = entry.split()
    first = re.escape(words[0])
    if any(w.casefold() in _WELSH_BODY_WORDS for w in words):
        first = "(?:" + "|".join([first, *map(re.escape, lexicon.welsh_mutations(words[0]))]) + ")"
    return r"\s+".join([first, *map(re.escape, words[1:])])


def _dedupe(
    results: list[tuple[str, int, int, float, str]],
    blocking: Callable[[str], bool] = lambda _entity: True,
) -> list[tuple[str, int, int, float, str]]:
    """One finding per place: the longest span wins; a span inside a kept one is dropped. Of two
    findings on the same span, a blocking one wins ('Ana Smith (05/08/1993)' is a date of
    birth, not only an exact date), and a blocking finding is never dropped for a warning
    around it ('Hazleton' in 'farmer at Hazleton, aged 61'). Then the author's private list of
    real names wins, since it tells the author why ('in your private list')."""
    ordered = sorted(
        results,
        key=lambda r: (
            r[1],
            -(r[2] - r[1]),
            not blocking(r[0]),
            r[4] != propagation.PRIVATE_RECOGNIZER,
            -r[3],
        ),
    )
    kept: list[tuple[str, int, int, float, str]] = []
    # Every kept span starts at or before this one, so it lies inside one iff it ends within
    # the furthest end reached (of any kept span, and of the blocking ones).
    reach = reach_blocking = -1
    for result in ordered:
        is_blocking = blocking(result[0])
        if result[2] <= reach and (not is_blocking or result[2] <= reach_blocking):
            continue
        kept.append(result)
        reach = max(reach, result[2])
        if is_blocking:
            reach_blocking = max(reach_blocking, result[2])
    return kept


def _report_to_json(report: GateReport) -> dict[str, Any]:
    return {
        "files_checked": report.files_checked,
        "findings": [f.to_dict(reveal=True) for f in report.findings],
        "allowed": [
            {
                "path": a.path,
                "line": a.line,
                "entity_type": a.entity_type,
                "reason": a.reason,
                "text": a.text,
            }
            for a in report.allowed
        ],
    }


def _report_from_json(data: dict[str, Any]) -> GateReport:
    findings = [
        Finding(
            path=f["path"],
            start=f["start"],
            end=f["end"],
            line=f["line"],
            column=f["column"],
            entity_type=f["entity_type"],
            severity=Severity(f["severity"]),
            score=float(f["score"]),
            recognizer=f["recognizer"],
            surface=Surface(f["surface"]),
            text=f["text"],
        )
        for f in data["findings"]
    ]
    allowed = [
        AllowedDecision(a["path"], a["line"], a["entity_type"], a["reason"], a["text"])
        for a in data["allowed"]
    ]
    return GateReport(findings=findings, allowed=allowed, files_checked=int(data["files_checked"]))


def default_cache_dir() -> Path:
    configured = os.environ.get("REDACT_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dhr-redact"


def load_gate(
    policy_path: Path | None = None,
    *,
    use_cache: bool = True,
    workers: int | None = None,
    private_names: Sequence[str] = (),
) -> Gate:
    """The gate with the site policy (default: `site_config/policy.yml` of this project)."""
    path = policy_path if policy_path is not None else find_default_policy(Path.cwd())
    return Gate(
        load_policy(path), use_cache=use_cache, workers=workers, private_names=private_names
    )


def _theme_slugs(path: Path) -> tuple[str, ...]:
    """The vocabulary's slugs, read once per file version (a library has hundreds of reviews)."""
    stat = path.stat()
    return _theme_slugs_cached(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _theme_slugs_cached(path: Path, _mtime_ns: int, _size: int) -> tuple[str, ...]:
    from redact.themes import load_theme_vocabulary

    return tuple(load_theme_vocabulary(path))


def review_metadata_for(
    review_dir: Path, policy: SitePolicy
) -> tuple[ReviewMetadata | None, str | None]:
    """A review's metadata, validated against the site's theme vocabulary when there is one."""
    themes: list[str] | None = None
    if policy.themes_vocabulary is not None:
        try:
            themes = list(_theme_slugs(policy.themes_vocabulary))
        except Exception as error:  # noqa: BLE001 - fail closed with the reason
            return None, f"{policy.themes_vocabulary}: the theme vocabulary cannot be read: {error}"
    try:
        return load_review_metadata(review_dir, themes), None
    except ReviewError as error:
        return None, str(error)
