"""The two gate checkpoints of a site build: the sources before anything is written, and
everything the build emitted before it replaces `site/`.

Both call the one gate entry point (`redact.gate`) and turn a blocking report into a
`PluginError`, which stops `mkdocs build`. Found text is always masked here: a build log
ends up in CI logs and terminals scroll-back; `make check` can reveal it on request.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from redact.findings import Finding


_MAX_LISTED = 200  # a build log is read by a person; `make check` lists every finding


class _Report(Protocol):
    """The part of `redact.gate`'s report this module reads."""

    @property
    def ok(self) -> bool: ...

    @property
    def blocking(self) -> Sequence[Finding]: ...

    @property
    def findings(self) -> Sequence[Finding]: ...

    def shown_errors(self, reveal: bool) -> list[str]: ...

    @property
    def errors(self) -> Sequence[str]: ...


class _Gate(Protocol):
    """The part of `redact.gate`'s gate this module calls."""

    def check_paths(self, paths: Sequence[Path]) -> _Report: ...

    def check_built_site(
        self, site_dir: Path, content_dir: Path, interface_files: Sequence[Path] = ()
    ) -> _Report: ...


def gate_sources(content_dir: Path, policy_path: Path) -> None:
    """Check every source file under `content_dir`; raise PluginError if anything blocks."""
    gate = _load_gate(policy_path)
    try:
        report = gate.check_paths([content_dir])
    except Exception as error:  # fail closed: a crash in the gate blocks publication
        raise _crashed("the source files", error) from error
    _raise_if_blocked(report, "the source files", content_dir)


def gate_output(build_dir: Path, content_dir: Path, policy_path: Path) -> None:
    """Check every file the build wrote (pages, search index, sitemap, copied files)."""
    gate = _load_gate(policy_path)
    try:
        report = gate.check_built_site(build_dir, content_dir, interface_files())
    except Exception as error:  # fail closed: a crash in the gate blocks publication
        raise _crashed("the built site", error) from error
    _raise_if_blocked(report, "the built site", content_dir, (build_dir, "site"))


def interface_files() -> list[Path]:
    """The site generator's own code, templates, scripts and vocabulary: their words are
    labels, not content. (mkdocs.yml is not among them: its texts are written per site and
    are checked.)"""
    here = Path(__file__).parent
    overrides = here / "overrides"
    own_assets = [
        path
        for path in overrides.rglob("*")
        if path.is_file() and path.suffix in {".html", ".js", ".css"}
    ]
    return sorted(here.glob("*.py")) + [here / "themes.yml"] + sorted(own_assets)


def _load_gate(policy_path: Path) -> _Gate:
    """Import the gate only when a build needs it; a missing gate blocks the build."""
    try:
        from redact import gate as gate_module
    except ImportError as error:
        raise PluginError(
            "Publication blocked: the anonymisation gate (redact.gate) cannot be loaded "
            f"({error}). Reinstall with `make site` on a clean checkout."
        ) from error
    try:
        gate: _Gate = gate_module.load_gate(policy_path)
        return gate
    except Exception as error:  # fail closed: any problem loading the gate blocks the build
        raise PluginError(
            f"Publication blocked: the anonymisation gate could not start with {policy_path}: "
            f"{error}"
        ) from error


def _crashed(what: str, error: Exception) -> PluginError:
    return PluginError(
        f"Publication blocked: the anonymisation gate failed while checking {what} "
        f"({type(error).__name__}: {error}). Nothing was published; the previous site/ is "
        "unchanged. Report this error to whoever maintains the site's tools."
    )


def format_report(
    report: _Report, what: str, content_dir: Path, shown_as: tuple[Path, str] | None = None
) -> str:
    """Plain-English, masked: file, line, what was found, what to do.

    `shown_as` renames the temporary build folder in paths (`.site-build-x/a.html` ->
    `site/a.html`): the web officer knows site/, not a folder that is already deleted.
    """
    from redact.findings import name_words_in_paths

    # A name in a file or folder name is masked in every path of the log, not only the finding.
    words = name_words_in_paths(report.findings)
    lines = [f"Publication blocked: the anonymisation gate stopped on {what}."]
    for error in report.shown_errors(reveal=False):
        lines.append(f"  - could not check: {error}")
    blocking = list(report.blocking)
    for finding in blocking[:_MAX_LISTED]:
        where = finding.shown_path(False, words)
        if shown_as is not None:
            build_dir, name = shown_as
            where = where.replace(str(build_dir), name, 1)
        if finding.line is not None:
            where += f", line {finding.line}"
            if finding.column is not None:
                where += f", column {finding.column}"
        lines.append(
            f"  - {where}: possible {finding.entity_type.replace('_', ' ').lower()} "
            f"'{finding.masked_text()}' ({finding.surface.value.replace('_', ' ')})"
        )
    if len(blocking) > _MAX_LISTED:
        lines.append(
            f"  - ... and {len(blocking) - _MAX_LISTED} more (`make check` lists them all)"
        )
    lines.append(
        "What to do: replace each item with a pseudonym, a role or a placeholder, or, if it is "
        "public (an agency, a national place), add it to site_config/policy.yml with a comment. "
        f"Run `make check PATHS={content_dir}` to see the text itself. Nothing was published; "
        "the previous site/ is unchanged."
    )
    return "\n".join(lines)


def _raise_if_blocked(
    report: _Report, what: str, content_dir: Path, shown_as: tuple[Path, str] | None = None
) -> None:
    if not report.ok:
        raise PluginError(format_report(report, what, content_dir, shown_as))
