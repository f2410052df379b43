"""The click commands `redact suggest`, `redact apply` and `redact preview` (registered in
`redact/cli.py`). Thin: the work is in `suggest`, `apply` and `decisions`; `preview` runs
MkDocs as a separate process, because `redact` never imports MkDocs.

Exit codes, as for `redact check`: 0 done and nothing blocks publication; 1 done but findings
still block publication; 2 refused or could not run (the message says why; nothing was changed).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import click
import yaml

from redact.assistant.apply import ApplyError, ApplyResult, apply_decisions
from redact.assistant.decisions import (
    DECISIONS_FILE_NAME,
    Decision,
    DecisionsError,
    read_decisions,
    write_decisions,
)
from redact.assistant.suggest import SuggestError, resolve_review_dir, suggest
from redact.cli_options import (
    EXIT_BLOCKED,
    EXIT_ERROR,
    EXIT_OK,
    fail,
    no_cache_option,
    open_gate,
    policy_option,
    reveal_option,
)
from redact.findings import mask, show_unmasked

PREVIEW_HOST = "127.0.0.1"  # the preview shows real names: never reachable from another machine
PREVIEW_ENV = "DHR_PREVIEW"


@click.command("suggest")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path, dir_okay=False),
    help=f"Where to write the decisions (default: <review>/{DECISIONS_FILE_NAME}).",
)
@click.option("--force", is_flag=True, help="Replace an existing decisions file (edits are lost).")
@policy_option
@no_cache_option
@reveal_option
def suggest_command(
    path: Path,
    out: Path | None,
    force: bool,
    policy_path: Path | None,
    no_cache: bool,
    reveal: bool,
) -> None:
    """Propose a replacement for every identifier in one review (a decisions file to edit).

    The decisions file holds real names: it is written as *.private.yml, which git, the gate
    and the site ignore. Nothing in the review is changed.
    """
    from redact.gate import Gate

    try:
        review_dir = resolve_review_dir(path)
    except SuggestError as error:
        raise fail(str(error)) from None
    target = out if out is not None else review_dir / DECISIONS_FILE_NAME
    if not target.name.endswith(".private.yml"):
        raise fail(
            f"{target}: a decisions file holds real names, so its name must end in "
            ".private.yml (git, the gate and the site ignore those files)"
        )
    if target.exists() and not force:
        raise fail(
            f"{target}: already exists and may hold your edits; give another --out, or add "
            "--force to replace it"
        )
    gate = open_gate(policy_path, no_cache)
    assert isinstance(gate, Gate)
    try:
        decisions, report = suggest(review_dir, gate)
    except SuggestError as error:
        raise fail(str(error)) from None
    try:
        write_decisions(decisions, target)
    except (DecisionsError, OSError) as error:
        raise fail(str(error)) from None
    show = show_unmasked(reveal, sys.stdout)
    low = [e for e in decisions.entities if e.confidence == "low"]
    for entity in decisions.entities:
        shown = entity.text if show else mask(entity.text)
        proposal = (
            entity.decision.value
            if entity.decision is not Decision.REPLACE
            else f"-> {entity.replacement}"
        )
        click.echo(
            f"{entity.id:>4} {entity.type:<16} {shown!r:<28} {len(entity.mentions):>3} mention(s) "
            f"{proposal} [{entity.confidence}]"
        )
    mentions = sum(len(e.mentions) for e in decisions.entities)
    click.echo(
        f"Wrote {len(decisions.entities)} entit{'y' if len(decisions.entities) == 1 else 'ies'} "
        f"({mentions} mention(s), {len(report.blocking)} blocking finding(s)) to {target}.",
        file=sys.stderr,
    )
    if low:
        click.echo(
            f"{len(low)} suggestion(s) marked confidence: low need a closer look "
            f"({', '.join(e.id for e in low)}).",
            file=sys.stderr,
        )
    click.echo(
        f"Next: edit the file, then run `redact apply {review_dir} --decisions {target}`.",
        file=sys.stderr,
    )
    raise click.exceptions.Exit(EXIT_OK)


@click.command("apply")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--decisions",
    "decisions_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help=f"The decisions file (default: <review>/{DECISIONS_FILE_NAME}).",
)
@click.option(
    "--in-place",
    is_flag=True,
    help="Change the review itself (a backup goes to .redact-backups/ first).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the redacted copy (default: redacted/<slug>/ in the project, or "
    "<review>-redacted/ beside a review outside a site).",
)
@policy_option
@no_cache_option
@reveal_option
def apply_command(
    path: Path,
    decisions_path: Path | None,
    in_place: bool,
    out_dir: Path | None,
    policy_path: Path | None,
    no_cache: bool,
    reveal: bool,
) -> None:
    """Rewrite a review from its decisions file, then check the result with the gate.

    Exit status: 0 nothing blocks publication, 1 findings remain, 2 refused or failed.
    """
    from redact.gate import Gate

    if in_place and out_dir is not None:
        raise fail("--in-place and --out cannot be used together; choose one")
    try:
        review_dir = resolve_review_dir(path)
    except SuggestError as error:
        raise fail(str(error)) from None
    source = decisions_path if decisions_path is not None else review_dir / DECISIONS_FILE_NAME
    if not source.exists():
        raise fail(f"{source}: no decisions file; run `redact suggest {review_dir}` first")
    try:
        decisions = read_decisions(source)
    except DecisionsError as error:
        raise fail(str(error)) from None
    gate = open_gate(policy_path, no_cache)
    assert isinstance(gate, Gate)
    try:
        result = apply_decisions(review_dir, decisions, gate, in_place=in_place, out_dir=out_dir)
    except ApplyError as error:
        raise fail(str(error)) from None
    show = show_unmasked(reveal, sys.stdout)
    print_apply_result(result, review_dir.name, show)
    report = result.report
    assert report is not None
    if report.errors:
        raise click.exceptions.Exit(EXIT_ERROR)
    raise click.exceptions.Exit(EXIT_BLOCKED if report.blocking else EXIT_OK)


def print_apply_result(result: ApplyResult, slug: str, show: bool) -> None:
    """What changed (per entity), what is left to do by hand, what the gate still finds."""
    from redact.cli import print_report

    for change in result.changes:
        shown = change.entity.text if show else mask(change.entity.text)
        click.echo(
            f"{change.entity.id:>4} {change.entity.type:<16} {shown!r} -> {change.replacement!r}: "
            f"{change.count} replaced"
        )
    if result.backup is not None:
        click.echo(f"Backup of the original files: {result.backup}", file=sys.stderr)
    where = "in place" if result.backup is not None else f"to {result.target}"
    click.echo(f"Rewrote {len(result.files_changed)} file(s) {where}.", file=sys.stderr)
    for entity, place in result.by_hand:
        click.echo(f"by hand: {place}: {entity.id} ({entity.type}) is not changed by apply")
    if result.not_identifiers:
        entries = [
            {
                "text": e.text if show else mask(e.text),
                "review": slug,
                "reason": e.reason,
            }
            for e in result.not_identifiers
        ]
        click.echo(
            "Add these to site_config/policy.yml so the gate stops reporting them"
            + ("" if show else " (text masked: run with --reveal to copy it)")
            + ":"
        )
        click.echo(yaml.safe_dump({"not_identifiers": entries}, sort_keys=False).rstrip())
    report = result.report
    if report is None:
        return
    click.echo(f"The gate on the result ({result.target}):", file=sys.stderr)
    print_report(report, "text", show, False, sys.stdout, sys.stderr)


# -- preview --------------------------------------------------------------------------------


def find_config(path: Path | None) -> Path:
    """mkdocs.yml: the file given, the one in the folder given, or the nearest one above."""
    if path is not None:
        candidate = path / "mkdocs.yml" if path.is_dir() else path
        if not candidate.is_file():
            raise click.UsageError(f"{candidate}: no such file; give the site's mkdocs.yml")
        return candidate
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder / "mkdocs.yml"
    raise click.UsageError("no mkdocs.yml here or above; run this in the site's folder")


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((PREVIEW_HOST, port))
        except OSError:
            return False
    return True


def preview_process(config: Path, port: int) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of the preview server (MkDocs, in its own process)."""
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "-f",
        str(config),
        "-a",
        f"{PREVIEW_HOST}:{port}",
        "--no-strict",
    ]
    environment = dict(os.environ)
    environment[PREVIEW_ENV] = "1"
    return command, environment


@click.command("preview")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def preview_command(path: Path | None, port: int) -> None:
    """Serve the site on this computer only, every finding highlighted, reloading on edits.

    PATH is the site's mkdocs.yml or its folder (default: the nearest one). The preview is marked
    NOT FOR PUBLICATION, is served on 127.0.0.1 only and is never written to site/.
    """
    config = find_config(path)
    if not port_free(port):
        raise fail(f"port {port} is already in use; choose another with --port")
    command, environment = preview_process(config, port)
    click.echo(
        f"Preview (NOT FOR PUBLICATION) at http://{PREVIEW_HOST}:{port}/ ; press Ctrl+C to stop.",
        file=sys.stderr,
    )
    try:
        completed = subprocess.run(command, env=environment, cwd=config.parent, check=False)
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_OK) from None
    raise click.exceptions.Exit(EXIT_OK if completed.returncode == 0 else EXIT_ERROR)
