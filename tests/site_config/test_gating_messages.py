"""The build log (a CI log) never repeats a found name, not even inside a path."""

from __future__ import annotations

from pathlib import Path

from redact.gate import Gate
from redact.policy import SitePolicy
from site_config.gating import format_report


def test_names_in_folder_names_are_masked_in_the_build_message(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "reviews" / "dorothea-quillfeather-2021"
    folder.mkdir(parents=True)
    (folder / "notes.md").write_text(
        "Dorothea Quillfeather was seen by the GP.\n", encoding="utf-8"
    )
    report = Gate(SitePolicy(), use_cache=False, workers=1).check_paths([tmp_path / "content"])
    assert not report.ok
    message = format_report(report, "the source files", tmp_path / "content")
    assert "quillfeather" not in message.lower()
    assert "dorothea" not in message.lower()
    assert "notes.md" in message
