"""`redact apply`: rewrite a review from its decisions file, then check it again.

Consistency comes from the decisions file: one replacement per entity, written at every mention
recorded by `suggest` and at every further whole-word occurrence of a listed variant. Each
mention keeps its own shape: capitals ("JANE's" -> "LYNNE's"), a possessive, a capital at the
start of a sentence. The rewriting itself is Presidio's AnonymizerEngine with one `replace`
operator per mention.

Nothing is lost: without `--in-place` the rewritten review goes to a new folder and the original
is untouched; with `--in-place` every source file is first copied to a backup folder outside
`content/` (`.redact-backups/<slug>-<timestamp>/`, gitignored, and never read by the gate or the
site because it is a hidden folder outside the docs folder). Only Markdown is rewritten:
review.yml, file names and image metadata are listed for the person to edit by hand.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from redact.assistant.decisions import (
    Decision,
    Decisions,
    Entity,
    changed_sources,
    source_files,
)
from redact.gate import Gate, GateReport, review_metadata_for
from redact.lexicon import is_common_word
from redact.review import ReviewMetadata

BACKUP_DIR = ".redact-backups"
REDACTED_DIR = "redacted"
MARKDOWN_SUFFIXES = {".md", ".markdown"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_PROFESSIONAL_TITLE_BEFORE = re.compile(
    r"\b(?:PC|DC|DS|DI|DCI|Sgt|Sergeant|Inspector|Constable|Detective|Dr|Doctor|Nurse)\.?\s+$"
)
_LINE_MARKERS = re.compile(
    r"^[ \t]*(?:(?:#{1,6}|>|[-*+]|\d+(?:\.\d+)*[.)]?|\|)[ \t]+)*[ \t*_\"'“‘(\[]*$"
)


class ApplyError(Exception):
    """`apply` refused or could not finish; nothing was changed. The message says what to do."""


@dataclass
class EntityChange:
    entity: Entity
    replacement: str
    count: int = 0


@dataclass
class ApplyResult:
    target: Path  # the folder that now holds the rewritten review
    backup: Path | None
    changes: list[EntityChange] = field(default_factory=list)
    by_hand: list[tuple[Entity, str]] = field(default_factory=list)  # (entity, "file:line")
    not_identifiers: list[Entity] = field(default_factory=list)
    files_changed: list[str] = field(default_factory=list)
    report: GateReport | None = None


def project_root(review_dir: Path) -> Path:
    """The folder holding mkdocs.yml or site_config/ above the review; else the folder that holds
    `content/`; else the review's parent. Backups and redacted copies go there, never inside
    the docs folder."""
    resolved = review_dir.resolve()
    for candidate in resolved.parents:
        if (candidate / "mkdocs.yml").is_file() or (candidate / "site_config").is_dir():
            return candidate
    for candidate in resolved.parents:
        if candidate.name == "content":
            return candidate.parent
    return resolved.parent


def default_out_dir(review_dir: Path) -> Path:
    """`<review>-redacted/` beside the review, unless the review sits in a site's content/
    folder: then `<project>/redacted/<slug>/`, so the copy is never built into the site."""
    resolved = review_dir.resolve()
    if any(parent.name == "content" for parent in resolved.parents):
        return project_root(review_dir) / REDACTED_DIR / resolved.name
    return resolved.with_name(resolved.name + "-redacted")


def resolve_replacements(decisions: Decisions, metadata: ReviewMetadata) -> dict[str, str]:
    """entity id -> replacement, filling in the pseudonym for `refers_to` when left empty."""
    pseudonyms = {p.refers_to.value: p.name for p in metadata.pseudonyms}
    resolved: dict[str, str] = {}
    problems: list[str] = []
    for entity in decisions.entities:
        if entity.decision is not Decision.REPLACE:
            continue
        replacement = (entity.replacement or "").strip()
        if not replacement and entity.refers_to is not None:
            if entity.refers_to not in pseudonyms:
                problems.append(
                    f"{entity.id}: refers_to is {entity.refers_to} but review.yml has no "
                    "pseudonym for that role; write a replacement or add the pseudonym"
                )
                continue
            replacement = pseudonyms[entity.refers_to]
        resolved[entity.id] = replacement
    if problems:
        raise ApplyError(
            "the decisions cannot be applied:\n" + "\n".join(f"  - {p}" for p in problems)
        )
    return resolved


def shaped(replacement: str, original: str, text: str, start: int) -> str:
    """The replacement in the shape of the text it replaces (capitals, possessive, sentence)."""
    core = original
    suffix = ""
    possessive = _POSSESSIVE.search(original)
    if possessive is not None and not _POSSESSIVE.search(replacement):
        core, suffix = original[: possessive.start()], possessive.group()
    value = replacement
    letters = [c for c in core if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters) and not replacement.startswith("["):
        value = replacement.upper()
    elif value[:1].islower() and at_sentence_start(text, start):
        value = value[:1].upper() + value[1:]
    return value + suffix


def at_sentence_start(text: str, start: int) -> bool:
    """True at the start of a paragraph, heading, list item, table cell or after . ! ?"""
    line_start = text.rfind("\n", 0, start) + 1
    if _LINE_MARKERS.match(text[line_start:start]):
        return True
    before = text[line_start:start].rstrip(" \t*_\"'“‘([")
    return before.endswith((".", "!", "?", "|"))


Span = tuple[int, int, str, str | None]  # start, end, entity id, fixed text (None: shaped)


def _spans(
    text: str, file: str, decisions: Decisions, replacements: dict[str, str], pseudonyms: set[str]
) -> list[Span]:
    """Every place to rewrite in one file, without overlaps.

    A professional's title goes with the name ("Dr X" -> "the GP", not "Dr the GP"), and an
    apposition that would repeat the role is dropped ("the GP, Dr X, saw" -> "the GP saw").
    """
    candidates: list[tuple[int, int, str]] = []
    for entity in decisions.entities:
        if entity.id not in replacements:
            continue
        for mention in entity.mentions:
            if mention.file == file and mention.start is not None and mention.end is not None:
                if text[mention.start : mention.end] != mention.text:
                    raise ApplyError(
                        f"{file}, line {mention.line}: the text there is not what the decisions "
                        f"file recorded for {entity.id}; run `redact suggest` again"
                    )
                candidates.append((mention.start, mention.end, entity.id))
        for variant in {v for v in [entity.text, *entity.variants] if _searchable(v)}:
            for form in {variant, variant.upper()}:
                pattern = rf"(?<![\w@.]){re.escape(form)}(?![\w@])"
                for match in re.finditer(pattern, text):
                    candidates.append((match.start(), match.end(), entity.id))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[Span] = []
    for start, end, entity_id in candidates:
        if kept and start < kept[-1][1]:
            continue
        replacement = replacements[entity_id]
        fixed: str | None = None
        if replacement not in pseudonyms and not replacement.startswith("["):
            title = _PROFESSIONAL_TITLE_BEFORE.search(text[max(0, start - 20) : start])
            if title is not None:
                start -= len(text[max(0, start - 20) : start]) - title.start()
            role = re.sub(r"^(?:the|a|an)\s+", "", replacement, flags=re.IGNORECASE)
            apposition = re.search(
                rf"\b{re.escape(role)}(?P<comma>\s*,\s*)$",
                text[max(0, start - 60) : start],
                re.IGNORECASE,
            )
            if apposition is not None and text[end : end + 1] == ",":
                start -= len(apposition.group("comma"))
                end += 1
                fixed = ""
            if kept and start < kept[-1][1]:
                continue
        kept.append((start, end, entity_id, fixed))
    return kept


def _searchable(variant: str) -> bool:
    """Variants searched beyond the recorded mentions: not an ordinary word ("May", "Will"),
    whose other occurrences are usually not the name; those rely on the gate's mentions."""
    words = variant.split()
    if len(variant.strip()) < 2:
        return False
    return len(words) > 1 or not is_common_word(_POSSESSIVE.sub("", variant))


def rewrite_text(text: str, spans: Sequence[Span], replacements: dict[str, str]) -> str:
    """Presidio's anonymizer with one `replace` operator per span (each has its own shape)."""
    if not spans:
        return text
    results = []
    operators = {}
    for index, (start, end, entity_id, fixed) in enumerate(spans):
        key = f"MENTION_{index}"
        value = (
            fixed
            if fixed is not None
            else shaped(replacements[entity_id], text[start:end], text, start)
        )
        results.append(RecognizerResult(entity_type=key, start=start, end=end, score=1.0))
        if value:
            operators[key] = OperatorConfig("replace", {"new_value": value})
        else:  # "replace" writes "<KEY>" for an empty value; dropping needs a custom operator
            operators[key] = OperatorConfig("custom", {"lambda": _nothing})
    engine = AnonymizerEngine()  # type: ignore[no-untyped-call]
    result = engine.anonymize(
        text=text,
        analyzer_results=results,
        operators=operators,
        merge_entities_with_spaces=False,
    )
    return str(result.text)


def _nothing(_: str) -> str:
    return ""


def apply_decisions(
    review_dir: Path,
    decisions: Decisions,
    gate: Gate,
    *,
    in_place: bool = False,
    out_dir: Path | None = None,
    now: datetime | None = None,
) -> ApplyResult:
    """Rewrite the review (a copy, or in place with a backup) and check the result."""
    changed = changed_sources(decisions.sources, review_dir)
    if changed:
        listed = "\n".join(f"  - {problem}" for problem in changed)
        raise ApplyError(
            f"{review_dir}: the review has changed since the suggestions were made, so the "
            f"places recorded in the decisions file may be wrong:\n{listed}\n"
            "Nothing was changed. Run `redact suggest` again and copy your decisions across."
        )
    metadata, problem = review_metadata_for(review_dir, gate.policy)
    if problem is not None or metadata is None:
        raise ApplyError(problem or f"{review_dir}: the review metadata cannot be read")
    replacements = resolve_replacements(decisions, metadata)
    pseudonyms = {p.name for p in metadata.pseudonyms}

    rewritten: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for path in source_files(review_dir):
        relative = path.relative_to(review_dir).as_posix()
        if path.suffix.lower() not in MARKDOWN_SUFFIXES:
            continue
        raw = path.read_bytes()
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ApplyError(f"{path}: is not UTF-8 text; save it again as UTF-8") from None
        bom = "\ufeff" if decoded.startswith("\ufeff") else ""
        text = decoded.removeprefix("\ufeff")
        spans = _spans(text, relative, decisions, replacements, pseudonyms)
        for _, _, entity_id, _ in spans:
            counts[entity_id] = counts.get(entity_id, 0) + 1
        new_text = rewrite_text(text, spans, replacements)
        if new_text != text:
            rewritten[relative] = (bom + new_text).encode("utf-8")

    result = ApplyResult(target=review_dir, backup=None)
    for entity in decisions.entities:
        if entity.decision is Decision.NOT_AN_IDENTIFIER:
            result.not_identifiers.append(entity)
        if entity.id in replacements:
            result.changes.append(
                EntityChange(entity, replacements[entity.id], counts.get(entity.id, 0))
            )
            for mention in entity.mentions:
                is_markdown = Path(mention.file).suffix.lower() in MARKDOWN_SUFFIXES
                if mention.start is None or not is_markdown:
                    where = mention.file + (f":{mention.line}" if mention.line else "")
                    result.by_hand.append(
                        (entity, f"{where} ({mention.surface.replace('_', ' ')})")
                    )
    result.files_changed = sorted(rewritten)

    if in_place:
        result.backup = _backup(review_dir, now or datetime.now())
        for relative, data in rewritten.items():
            _write_atomically(review_dir / relative, data)
        result.target = review_dir
    else:
        target = out_dir if out_dir is not None else default_out_dir(review_dir)
        if target.exists():
            raise ApplyError(
                f"{target}: already exists; delete it, or choose another folder with --out. "
                "Nothing was changed."
            )
        _copy_review(review_dir, target)
        for relative, data in rewritten.items():
            _write_atomically(target / relative, data)
        result.target = target
    result.report = gate.check_paths([result.target])
    return result


def _copy_review(review_dir: Path, target: Path) -> None:
    """Copy the review's files (never the private decisions file) into a new folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    if temporary.exists():
        shutil.rmtree(temporary)
    for path in source_files(review_dir):
        destination = temporary / path.relative_to(review_dir)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)
    temporary.rename(target)


def _backup(review_dir: Path, now: datetime) -> Path:
    root = project_root(review_dir)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    backup = root / BACKUP_DIR / f"{review_dir.resolve().name}-{stamp}"
    suffix = 1
    while backup.exists():
        suffix += 1
        backup = root / BACKUP_DIR / f"{review_dir.resolve().name}-{stamp}-{suffix}"
    _copy_review(review_dir, backup)
    return backup


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    if path.exists():
        shutil.copymode(path, temporary)
    temporary.replace(path)
