"""The decisions file: what to do with each identifier found in one review.

Written by `redact suggest`, edited by a person, read by `redact apply`. It is YAML with a comment
on every field because the person editing it is a CSP officer, not a developer. It holds real
names, so its name always ends in `.private.yml` (gitignored, skipped by the gate and the site).

The header keeps a sha256 fingerprint of every source file of the review: the mentions point at
exact places in those files, so `apply` refuses to run when any of them has changed since.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

DECISIONS_FILE_NAME = "redaction-decisions.private.yml"
FORMAT_VERSION = 1


class Decision(str, Enum):
    REPLACE = "replace"
    KEEP = "keep"
    NOT_AN_IDENTIFIER = "not-an-identifier"


class DecisionsError(Exception):
    """The decisions file cannot be used; the message names the file, the entry and the fix."""


@dataclass(frozen=True)
class Mention:
    """One place an entity is written. `start`/`end` are code-point offsets into the file text;
    None when the place is not in the text (a file name, image metadata)."""

    file: str  # relative to the review folder, with forward slashes
    line: int | None
    column: int | None
    start: int | None
    end: int | None
    text: str
    surface: str
    found_by: str = "gate"


@dataclass
class Entity:
    id: str
    type: str
    text: str  # the fullest form found
    variants: list[str]
    mentions: list[Mention]
    decision: Decision
    replacement: str | None
    reason: str = ""
    refers_to: str | None = None
    confidence: str = "high"
    note: str = ""


@dataclass
class Decisions:
    review: str  # the review folder as given to `suggest`
    sources: dict[str, str]  # relative file -> sha256
    entities: list[Entity] = field(default_factory=list)
    created: str = ""
    version: int = FORMAT_VERSION


# -- fingerprints ---------------------------------------------------------------------------


def source_files(review_dir: Path) -> list[Path]:
    """Every file of a review that `apply` may read or rewrite (private and hidden ones excluded)."""
    files: list[Path] = []
    for folder, dirnames, filenames in os.walk(review_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "private")
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(".private.yml"):
                continue
            files.append(Path(folder) / name)
    return files


def fingerprints(review_dir: Path) -> dict[str, str]:
    """relative path -> sha256 of the file's bytes."""
    return {
        path.relative_to(review_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in source_files(review_dir)
    }


def changed_sources(recorded: dict[str, str], review_dir: Path) -> list[str]:
    """Plain sentences, one per file added, removed or changed since the fingerprints."""
    current = fingerprints(review_dir)
    problems: list[str] = []
    for name in sorted(set(recorded) | set(current)):
        if name not in current:
            problems.append(f"{name} has been removed")
        elif name not in recorded:
            problems.append(f"{name} has been added")
        elif recorded[name] != current[name]:
            problems.append(f"{name} has changed")
    return problems


# -- writing --------------------------------------------------------------------------------

_HEADER = """\
# Redaction decisions for one review. PRIVATE: this file contains real names.
# Never commit it, email it or copy it into the website's content. Files ending in
# .private.yml are ignored by git, by the anonymisation gate and by the website.
#
# How to use it:
#   1. Read each entry below. Each one is something the gate found, with every place it appears.
#   2. For each entry, check or change `decision`, `replacement` and `reason`.
#   3. Run:  redact apply {review} --decisions {decisions}
#      (this writes a redacted copy first; add --in-place to change the review itself,
#      a backup is kept).
#
# The fields of each entry:
#   id           a short label used in messages (E1, E2, ...). Do not change it.
#   type         what the gate thinks it is: PERSON, LOCATION, STREET_ADDRESS, PHONE_NUMBER, ...
#   text         the fullest form found.
#   variants     every way it is written (Jane Smith, Jane, Ms Smith, JANE ...). All of them are
#                replaced together, and any variant you add here is replaced wherever it appears.
#   mentions     where each variant appears (file, line, column). For information only.
#   decision     replace            : write `replacement` at every mention (the usual choice).
#                keep               : leave it as it is (the gate will still report it).
#                not-an-identifier  : it is not about a real person or place (e.g. a book title);
#                                     `reason` is required, and `apply` prints the lines to add
#                                     to site_config/policy.yml so the gate stops reporting it.
#   replacement  what to write instead: the pseudonym from review.yml, a role ("the GP",
#                "Police Officer 1"), a generic place ("a town in the region") or [removed].
#                Capitals and possessives are kept: "JANE's" becomes "LYNNE's".
#   refers_to    optional: victim, perpetrator, child, family member, friend, partner, other.
#                If you set it and leave `replacement` empty, the pseudonym review.yml gives for
#                that role is used.
#   confidence   how sure the suggestion is (high, medium, low). Check every `low` one.
#   reason       why you chose this decision (required for not-an-identifier).
#   note         why the assistant suggested what it did.
#
# `sources` is a fingerprint of every file of the review when these suggestions were made.
# If any file changes, `redact apply` refuses: run `redact suggest` again.
"""


def _scalar(value: Any) -> str:
    """One YAML value on one line, quoted only when YAML needs it."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1_000_000)
    text = text.strip()
    if text.endswith("\n..."):
        text = text[: -len("\n...")]
    elif text.endswith("..."):
        text = text[:-3].rstrip()
    return text


def render(decisions: Decisions, decisions_path: str) -> str:
    """The decisions file's text: a commented header, then one block per entity."""
    lines = [_HEADER.format(review=decisions.review, decisions=decisions_path)]
    lines.append(f"version: {decisions.version}")
    lines.append(f"review: {_scalar(decisions.review)}")
    lines.append(f"created: {_scalar(decisions.created)}")
    lines.append("sources:  # sha256 of each file when the suggestions were made")
    for name, digest in sorted(decisions.sources.items()):
        lines.append(f"  {_scalar(name)}: {digest}")
    if not decisions.entities:
        lines.append("entities: []  # the gate found nothing in this review")
        return "\n".join(lines) + "\n"
    lines.append("entities:")
    for entity in decisions.entities:
        lines.append("")
        lines.append(
            f"  # {entity.id}: {entity.type}, {len(entity.mentions)} mention(s). {entity.note}".rstrip()
        )
        lines.append(f"  - id: {entity.id}")
        lines.append(f"    type: {entity.type}")
        lines.append(f"    text: {_scalar(entity.text)}")
        lines.append(f"    variants: {_scalar(entity.variants)}")
        lines.append(f"    decision: {entity.decision.value}  # replace | keep | not-an-identifier")
        lines.append(f"    replacement: {_scalar(entity.replacement)}")
        lines.append(f"    refers_to: {_scalar(entity.refers_to)}")
        lines.append(f"    confidence: {entity.confidence}")
        lines.append(f"    reason: {_scalar(entity.reason)}")
        lines.append(f"    note: {_scalar(entity.note)}")
        lines.append("    mentions:")
        for mention in entity.mentions:
            item = {
                "file": mention.file,
                "line": mention.line,
                "column": mention.column,
                "text": mention.text,
                "where": mention.surface,
                "start": mention.start,
                "end": mention.end,
                "found_by": mention.found_by,
            }
            lines.append(f"      - {_scalar(item)}")
    return "\n".join(lines) + "\n"


def write_decisions(decisions: Decisions, path: Path) -> None:
    """Write atomically, so an interrupted run never leaves half a file."""
    if not path.name.endswith(".private.yml"):
        raise DecisionsError(
            f"{path}: a decisions file holds real names, so its name must end in .private.yml "
            "(git, the gate and the site ignore those files)"
        )
    text = render(decisions, str(path))
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


# -- reading --------------------------------------------------------------------------------

_ROLES = {"victim", "perpetrator", "child", "family member", "friend", "partner", "other"}


def read_decisions(path: Path) -> Decisions:
    """Read and check a decisions file; every problem is named with the entry's id."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DecisionsError(f"{path}: cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise DecisionsError(f"{path}: is not UTF-8 text; save it again as UTF-8") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise DecisionsError(
            f"{path}{where}: is not valid YAML; check the indentation and quotes near that line, "
            "or run `redact suggest` again"
        ) from None
    if not isinstance(raw, dict):
        raise DecisionsError(f"{path}: is not a decisions file (run `redact suggest` to make one)")
    problems: list[str] = []
    if raw.get("version") != FORMAT_VERSION:
        problems.append(f"version must be {FORMAT_VERSION}")
    review = raw.get("review")
    sources = raw.get("sources")
    if not isinstance(review, str) or not review:
        problems.append("review: missing (the review folder)")
    if not isinstance(sources, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in sources.items()
    ):
        problems.append("sources: missing or not a list of 'file: fingerprint' lines")
    entities_raw = raw.get("entities") or []
    if not isinstance(entities_raw, list):
        problems.append("entities: must be a list")
        entities_raw = []
    entities: list[Entity] = []
    seen: set[str] = set()
    for number, item in enumerate(entities_raw, start=1):
        entity, entity_problems = _entity(item, number)
        problems.extend(entity_problems)
        if entity is not None:
            if entity.id in seen:
                problems.append(f"{entity.id}: this id is used twice; ids must be unique")
            seen.add(entity.id)
            entities.append(entity)
    if problems:
        listed = "\n".join(f"  - {problem}" for problem in problems)
        raise DecisionsError(
            f"{path}: the decisions file has {len(problems)} problem(s):\n{listed}"
        )
    assert isinstance(review, str) and isinstance(sources, dict)
    return Decisions(
        review=review,
        sources={str(k): str(v) for k, v in sources.items()},
        entities=entities,
        created=str(raw.get("created") or ""),
    )


def _entity(item: Any, number: int) -> tuple[Entity | None, list[str]]:
    if not isinstance(item, dict):
        return None, [f"entry {number}: is not a group of 'field: value' lines"]
    label = str(item.get("id") or f"entry {number}")
    problems: list[str] = []
    try:
        decision = Decision(str(item.get("decision")))
    except ValueError:
        return None, [f"{label}: decision must be replace, keep or not-an-identifier"]
    replacement = item.get("replacement")
    if replacement is not None and not isinstance(replacement, str):
        replacement = str(replacement)
    refers_to = item.get("refers_to")
    if refers_to is not None and str(refers_to) not in _ROLES:
        problems.append(f"{label}: refers_to must be one of: {', '.join(sorted(_ROLES))}")
    reason = str(item.get("reason") or "").strip()
    if decision is Decision.REPLACE and not (replacement or "").strip() and refers_to is None:
        problems.append(
            f"{label}: decision is replace but replacement is empty; write what to put instead "
            "(or set refers_to to use the pseudonym review.yml gives for that role)"
        )
    if decision is Decision.NOT_AN_IDENTIFIER and not reason:
        problems.append(f"{label}: not-an-identifier needs a reason (why it is safe to publish)")
    variants = item.get("variants") or []
    if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
        problems.append(f"{label}: variants must be a list of texts")
        variants = []
    mentions: list[Mention] = []
    for raw in item.get("mentions") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("file"), str):
            problems.append(f"{label}: a mention is not a {{file, line, ...}} entry")
            continue
        mentions.append(
            Mention(
                file=raw["file"],
                line=_int_or_none(raw.get("line")),
                column=_int_or_none(raw.get("column")),
                start=_int_or_none(raw.get("start")),
                end=_int_or_none(raw.get("end")),
                text=str(raw.get("text") or ""),
                surface=str(raw.get("where") or "text"),
                found_by=str(raw.get("found_by") or "gate"),
            )
        )
    if problems:
        return None, problems
    return (
        Entity(
            id=label,
            type=str(item.get("type") or "UNKNOWN"),
            text=str(item.get("text") or ""),
            variants=[v for v in variants if v.strip()],
            mentions=mentions,
            decision=decision,
            replacement=replacement,
            reason=reason,
            refers_to=None if refers_to is None else str(refers_to),
            confidence=str(item.get("confidence") or "high"),
            note=str(item.get("note") or ""),
        ),
        [],
    )


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
