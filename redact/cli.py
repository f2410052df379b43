"""`redact`: check Markdown for identifiers before anything is published.

Exit codes: 0 nothing blocks publication; 1 something blocks; 2 the check could not be done
(unreadable file, invalid metadata, bad option, internal failure). Output reads like a compiler's
and never shows a found name in CI logs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

import click

from redact.cli_options import (
    EXIT_BLOCKED,
    EXIT_ERROR,
    EXIT_OK,
    no_cache_option,
    open_gate,
    policy_option,
    reveal_option,
)
from redact.findings import (
    Finding,
    Severity,
    mask,
    mask_words,
    name_words_in_paths,
    show_unmasked,
)
from redact.gate import GateReport
from redact.recognizers import DIRECT_IDENTIFIERS

PLACES = {"LOCATION", "ORGANISATION_PLACE", "INSTITUTION"}


def advice(finding: Finding) -> str:
    """What a CSP web officer should do about one finding."""
    kind = finding.entity_type
    if finding.severity is Severity.WARN:
        if kind == "DATE_EXACT":
            return "may identify the family: prefer month and year, or confirm it is needed"
        if kind == "CITY_ABROAD":
            return (
                "is a large city abroad (a place of origin): keep it only if, with the other "
                "details, it cannot identify the family; a person should decide"
            )
        if kind == "SERVICE_PHONE_NUMBER":
            return (
                "is an organisation's number: remove it unless it is a public helpline "
                "(list public helplines in site_config/policy.yml)"
            )
        return "may identify the family together with other details: a person should decide"
    if kind == "PERSON":
        return (
            "blocks publication: replace it with the pseudonym or a role (e.g. 'the GP'), "
            "or add it to the pseudonyms in review.yml if it is one"
        )
    if kind in PLACES:
        return (
            "blocks publication: replace it with a generic place ('Town A', 'the family home'), "
            "or add it to site_config/policy.yml if it is the CSP's own area or a public service"
        )
    if kind == "IMAGE_METADATA":
        return "blocks publication: save the image again without its metadata (EXIF, GPS, author)"
    if kind in DIRECT_IDENTIFIERS:
        return "blocks publication: remove it (direct identifiers are never published)"
    return "blocks publication: remove or replace it"


def format_text(finding: Finding, reveal: bool, path_words: frozenset[str] = frozenset()) -> str:
    where = finding.shown_path(reveal, path_words)
    if finding.line is not None:
        where += f":{finding.line}:{finding.column}"
    else:
        where += f" ({finding.surface.value.replace('_', ' ')})"
    shown = finding.shown_text(reveal)
    return f'{where}: {finding.entity_type} "{shown}" {advice(finding)}'


def sarif(
    report: GateReport, reveal: bool, path_words: frozenset[str] = frozenset()
) -> dict[str, object]:
    rules = sorted({f.entity_type for f in report.findings})
    results = []
    for finding in report.findings:
        location: dict[str, object] = {
            "artifactLocation": {"uri": finding.shown_path(reveal, path_words)}
        }
        if finding.line is not None:
            location["region"] = {"startLine": finding.line, "startColumn": finding.column}
        results.append(
            {
                "ruleId": finding.entity_type,
                "level": "error" if finding.severity is Severity.BLOCK else "warning",
                "message": {
                    "text": f'{finding.entity_type} "{finding.shown_text(reveal)}" {advice(finding)}'
                },
                "locations": [{"physicalLocation": location}],
            }
        )
    return {
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [
            {
                "tool": {"driver": {"name": "redact", "rules": [{"id": r} for r in rules]}},
                "results": results,
            }
        ],
    }


def print_report(
    report: GateReport, output_format: str, reveal: bool, verbose: bool, out: TextIO, err: TextIO
) -> None:
    # A name in a file or folder name is masked in every path printed, not only in the finding.
    words = frozenset() if reveal else name_words_in_paths(report.findings)
    for error in report.shown_errors(reveal):
        click.echo(f"error: {error}", file=err)
    if output_format == "json":
        for finding in report.findings:
            click.echo(json.dumps(finding.to_dict(reveal, words)), file=out)
    elif output_format == "sarif":
        click.echo(json.dumps(sarif(report, reveal, words), indent=2), file=out)
    else:
        for finding in report.findings:
            click.echo(format_text(finding, reveal, words), file=out)
        if verbose:
            for decision in report.allowed:
                line = f":{decision.line}" if decision.line is not None else ""
                shown = decision.text if reveal else mask(decision.text)
                click.echo(
                    f'{mask_words(decision.path, words)}{line}: allowed {decision.entity_type} "{shown}" ({decision.reason})',
                    file=out,
                )
        click.echo(summary(report), file=err)


def summary(report: GateReport) -> str:
    blocking, warnings = len(report.blocking), len(report.warnings)
    checked = f"{report.files_checked} file(s) checked"
    if report.errors:
        return (
            f"{checked}: {len(report.errors)} error(s) stopped the check; nothing may be published."
        )
    if blocking:
        return f"{checked}: {blocking} finding(s) block publication, {warnings} warning(s)."
    return f"{checked}: nothing blocks publication ({warnings} warning(s) to review)."


def exit_code(report: GateReport) -> int:
    if report.errors:
        return EXIT_ERROR
    return EXIT_BLOCKED if report.blocking else EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Check anonymised Domestic Homicide Reviews before they are published."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--allow",
    "allow",
    multiple=True,
    metavar="TEXT",
    help="Text that is safe to publish in this run (exact, whole match). Repeatable.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "sarif"]),
    default="text",
    show_default=True,
    help="text for people, json (one finding per line) or sarif for tools.",
)
@reveal_option
@no_cache_option
@policy_option
@click.option("-v", "--verbose", is_flag=True, help="Also list what the policy allowed, and why.")
def check(
    paths: Sequence[Path],
    allow: Sequence[str],
    output_format: str,
    reveal: bool,
    no_cache: bool,
    policy_path: Path | None,
    verbose: bool,
) -> None:
    """Check Markdown files or folders (recursively) for names, places and identifiers.

    Exit status: 0 nothing blocks publication, 1 something blocks, 2 the check could not run.
    """
    from redact.policy import find_default_policy

    if policy_path is None and find_default_policy(Path.cwd()) is None:
        click.echo(
            "note: no site_config/policy.yml found from this folder, so no agency or place is "
            "allowed beyond each review's own declarations and --allow (use --policy FILE).",
            err=True,
        )
    gate = open_gate(policy_path, no_cache)
    progress = _progress_bar()
    report = gate.check_paths(list(paths), allow, progress=progress)
    show = show_unmasked(reveal, sys.stdout)
    print_report(report, output_format, show, verbose, sys.stdout, sys.stderr)
    raise click.exceptions.Exit(exit_code(report))


def _progress_bar() -> Callable[[int, int], None] | None:
    """A progress line on stderr, only for people at a terminal."""
    if not sys.stderr.isatty():
        return None

    def update(done: int, total: int) -> None:
        if total > 1:
            click.echo(f"\rchecking: {done}/{total} review(s)", file=sys.stderr, nl=done == total)

    return update


def main() -> None:
    """Console entry point: any unexpected failure blocks publication with a one-line reason."""
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_ERROR)
    except click.exceptions.Abort:
        click.echo("error: stopped", file=sys.stderr)
        sys.exit(EXIT_ERROR)
    except Exception as error:  # noqa: BLE001 - fail closed without a traceback
        click.echo(
            f"error: the check could not run ({error!r}); nothing may be published", file=sys.stderr
        )
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


# Sub-commands written in their own modules register here.
from redact.importer.command import import_command

cli.add_command(import_command, name="import")
from redact.assistant.commands import apply_command, preview_command, suggest_command

cli.add_command(suggest_command, name="suggest")
cli.add_command(apply_command, name="apply")
cli.add_command(preview_command, name="preview")
