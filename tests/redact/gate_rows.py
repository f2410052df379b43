"""Shared by the table-driven rows that run invented sentences through the real gate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from redact.gate import Gate
from redact.policy import parse_policy


def row_policy(
    *, agencies: Sequence[str] = (), places: Sequence[str] = (), other: Sequence[str] = ()
) -> dict[str, Any]:
    """The invented Northshire site policy the rows share, with what a file adds."""
    return {
        "site_area": ["Northshire"],
        "allow": {
            "agencies": ["Northshire Police", "Northshire County Council", *agencies],
            "places": ["England", "Wales", "UK", *places],
            "other": ["MARAC", *other],
        },
    }


def row_gate(policy: Mapping[str, Any]) -> Gate:
    """A gate with the given site policy, no cache and no worker processes."""
    return Gate(parse_policy(dict(policy), "test policy"), use_cache=False, workers=1)


def found_over(
    gate: Gate,
    text: str,
    target: str,
    *,
    allowed: Sequence[str] = (),
    blocking: bool = True,
    path: str = "t.md",
) -> list[str]:
    """Entity types of the findings (blocking ones unless told) that overlap `target`."""
    start = text.index(target)
    end = start + len(target)
    report = gate.check_text(text, path, allowed=allowed)
    found = report.blocking if blocking else report.findings
    return [
        f.entity_type
        for f in found
        if f.start is not None and f.end is not None and f.start < end and start < f.end
    ]


def blocking_types(gate: Gate, text: str, *, allowed: Sequence[str] = ()) -> list[str]:
    """Entity types of every blocking finding in `text` (a clean row expects none)."""
    return [f.entity_type for f in gate.check_text(text, "t.md", allowed=allowed).blocking]


def blocking_found(
    gate: Gate, text: str, *, allowed: Sequence[str] = ()
) -> list[tuple[str | None, str]]:
    """(text, recognizer) of every blocking finding in `text`; a clean row expects none, and an
    error fails it (a gate that errs blocks everything)."""
    report = gate.check_text(text, "t.md", allowed=allowed)
    assert not report.errors, report.errors
    return [(f.text, f.recognizer) for f in report.blocking]


def found_over_in_markdown(gate: Gate, text: str, target: str, folder: Path) -> list[str]:
    """As `found_over`, with `text` as a Markdown file (links, code blocks, lists parsed)."""
    path = folder / "draft.md"
    path.write_text(text, encoding="utf-8")
    start = text.index(target)
    end = start + len(target)
    return [
        f.entity_type
        for f in gate.check_paths([path]).blocking
        if f.start is not None and f.end is not None and f.start < end and start < f.end
    ]


def blocking_found_in_markdown(gate: Gate, text: str, folder: Path) -> list[tuple[str, str]]:
    """As `blocking_found`, with `text` as a Markdown file (soft wraps and code blocks read)."""
    path = folder / "draft.md"
    path.write_text(text, encoding="utf-8")
    report = gate.check_paths([path])
    assert not report.errors, report.errors
    return [(f.text, f.recognizer) for f in report.blocking]
