"""`redact check`: exit codes, output shapes, masking, and bad inputs that must never pass.

Runs the real gate (real Presidio, real spaCy model) through click's runner and, once, through
the installed console script.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from redact.cli import cli

LEAKY = (
    "# Overview\n\n"
    "Dorothea Quillfeather was seen by the GP in March 2021.\n\n"
    "She lived at 14 Brackenfold Road and her phone was 07700 900461.\n"
)
CLEAN = "# Overview\n\nThe GP saw Lynne in March 2021. Police Officer A attended.\n"
POLICY = "site_area: [Northshire]\nallow:\n  agencies: [Northshire Police]\n"


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CI", "true")
    (tmp_path / "policy.yml").write_text(POLICY, encoding="utf-8")
    return tmp_path


def run(workspace: Path, *args: str) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["check", "--policy", str(workspace / "policy.yml"), *args], catch_exceptions=False
    )
    return result.exit_code, result.stdout, result.stderr


def test_clean_file_exits_zero(workspace: Path) -> None:
    target = workspace / "clean.md"
    target.write_text(CLEAN, encoding="utf-8")
    code, out, err = run(workspace, str(target), "--allow", "Lynne")
    assert code == 0, out + err
    assert "nothing blocks publication" in err


def test_leaky_file_blocks_with_compiler_style_masked_lines(workspace: Path) -> None:
    target = workspace / "leaky.md"
    target.write_text(LEAKY, encoding="utf-8")
    code, out, err = run(workspace, str(target))
    assert code == 1, out + err
    assert f"{target}:3:1: PERSON" in out
    assert "Dorothea" not in out and "Quillfeather" not in out and "07700" not in out
    assert '"D******* ************"' in out  # first letter and length only
    assert "blocks publication" in out


def test_json_lines_shape_and_offsets(workspace: Path) -> None:
    target = workspace / "leaky.md"
    target.write_text(LEAKY, encoding="utf-8")
    code, out, _ = run(workspace, str(target), "--format", "json")
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows, "expected findings"
    for row in rows:
        assert set(row) == {
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
        assert "text" not in row
    phone = next(r for r in rows if r["entity_type"] == "PHONE_NUMBER")
    assert LEAKY[phone["start"] : phone["end"]] == "07700 900461"


def test_reveal_shows_text_even_in_ci(workspace: Path) -> None:
    target = workspace / "leaky.md"
    target.write_text(LEAKY, encoding="utf-8")
    code, out, _ = run(workspace, str(target), "--format", "json", "--reveal")
    assert code == 1
    texts = {json.loads(line)["text"] for line in out.splitlines()}
    assert "07700 900461" in texts


def test_sarif_is_valid_json_with_results(workspace: Path) -> None:
    target = workspace / "leaky.md"
    target.write_text(LEAKY, encoding="utf-8")
    code, out, _ = run(workspace, str(target), "--format", "sarif")
    assert code == 1
    document = json.loads(out)
    assert document["version"] == "2.1.0"
    assert document["runs"][0]["results"]
    assert "Dorothea" not in out


def test_allow_is_whole_span_never_substring(workspace: Path) -> None:
    target = workspace / "leaky.md"
    target.write_text("Dorothea Quillfeather met the IDVA.\n", encoding="utf-8")
    code, _, _ = run(workspace, str(target), "--allow", "Dorothea")
    assert code == 1
    code, _, _ = run(workspace, str(target), "--allow", "Dorothea Quillfeather")
    assert code == 0


def _write_bad(workspace: Path, kind: str) -> Path:
    folder = workspace / "drafts"
    folder.mkdir()
    if kind == "invalid yaml front matter":
        (folder / "a.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    elif kind == "invalid review.yml":
        (folder / "review.yml").write_text("label: [DHR\n", encoding="utf-8")
        (folder / "overview-report.md").write_text(CLEAN, encoding="utf-8")
    elif kind == "not utf-8":
        (folder / "a.md").write_bytes("Caf\u00e9 report\n".encode("latin-1"))
    elif kind == "binary":
        (folder / "a.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    elif kind == "empty":
        (folder / "a.md").write_text("", encoding="utf-8")
    elif kind == "10 MB file":
        (folder / "a.md").write_text("The GP saw Lynne.\n" * 600_000, encoding="utf-8")
    elif kind == "symlink out of the tree":
        outside = workspace / "outside.md"
        outside.write_text(LEAKY, encoding="utf-8")
        (folder / "a.md").symlink_to(outside)
    elif kind == "unknown file type":
        (folder / "minutes.docx").write_bytes(b"PK\x03\x04")
    elif kind == "missing path":
        return folder / "nope.md"
    return folder


@pytest.mark.parametrize(
    "kind",
    [
        "invalid yaml front matter",  # MkDocs would silently drop the metadata
        "invalid review.yml",  # pseudonyms unknown: cannot decide what is allowed
        "not utf-8",
        "binary",
        "empty",
        "10 MB file",  # larger than the gate checks: split it
        "symlink out of the tree",
        "unknown file type",  # an attachment the gate cannot read
        "missing path",
    ],
)
def test_bad_inputs_never_pass(workspace: Path, kind: str) -> None:
    target = _write_bad(workspace, kind)
    code, out, err = run(workspace, str(target))
    assert code in (1, 2), (kind, out, err)
    assert "Traceback" not in out + err
    if code == 2:
        assert "error:" in err


def test_bad_option_exits_two(workspace: Path) -> None:
    code, _, _ = run(workspace, "--format", "pdf", str(workspace))
    assert code == 2


def test_console_script_masks_when_not_a_terminal(workspace: Path) -> None:
    """The installed `redact` command, output piped (not a terminal), CI unset: still masked."""
    target = workspace / "leaky.md"
    target.write_text(LEAKY, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    script = Path(sys.executable).parent / "redact"
    done = subprocess.run(
        [str(script), "check", "--policy", str(workspace / "policy.yml"), str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Dorothea" not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("policy_text", "message"),
    [
        (
            "allow: {bogus: [x]}\n",
            "unknown allow group",
        ),  # a misspelt group never means "allow nothing"
        ("severity: {PERSON: maybe}\n", "use block or warn"),
        ("allow: [unclosed\n", "not valid YAML"),
        ("surprise: true\n", "unknown key"),
        # a colon and a space inside an entry makes YAML read a key: the error says which
        (
            "allow:\n  legislation:\n    - Care Act 2014\n    - Re H-N (domestic abuse: findings)\n",
            "entry 2 of 'allow.legislation' is not a text",
        ),
        ("allow:\n  other:\n    - MARAC\n    - ''\n", "entry 2 of 'allow.other' is empty"),
        # a number is named as one, never printed (a policy error reaches CI logs)
        ("allow:\n  other:\n    - MARAC\n    - 7700900123\n", "is read as a number"),
    ],
)
def test_a_bad_policy_stops_the_check(tmp_path: Path, policy_text: str, message: str) -> None:
    policy = tmp_path / "policy.yml"
    policy.write_text(policy_text, encoding="utf-8")
    target = tmp_path / "clean.md"
    target.write_text(CLEAN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--policy", str(policy), str(target)])
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_a_name_in_a_folder_name_is_masked_in_every_printed_path(
    workspace: Path, output_format: str
) -> None:
    """The finding masks the name; the paths of every other line must not repeat it."""
    folder = workspace / "reviews" / "dorothea-quillfeather-2021"
    folder.mkdir(parents=True)
    (folder / "overview.md").write_text(LEAKY, encoding="utf-8")
    code, out, err = run(workspace, str(workspace / "reviews"), "--format", output_format)
    assert code == 1
    assert "quillfeather" not in (out + err).lower()
    assert "reviews" in out  # the rest of the path is still shown
    code, out, _ = run(workspace, str(workspace / "reviews"), "--format", output_format, "--reveal")
    assert "dorothea-quillfeather-2021" in out


def test_a_bad_policy_entry_is_never_printed(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yml"
    policy.write_text("allow:\n  other:\n    - MARAC\n    - 7700900123\n", encoding="utf-8")
    target = tmp_path / "clean.md"
    target.write_text(CLEAN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--policy", str(policy), str(target)])
    assert result.exit_code == 2
    assert "7700900123" not in result.stderr + result.stdout
