"""One fixture per leak surface, through the whole gate (real model, real Presidio).

Each fixture in fixtures/surfaces hides the invented name "Dorothea Quill" in one place a
Markdown report can leak it. The gate must block it there, at the right line, and say which
surface it is in. Lower-case forms in URLs and file names are found by mention propagation, so
each file also mentions the name once in an ordinary sentence, as real drafts do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.findings import Severity, Surface
from redact.gate import Gate
from redact.policy import SitePolicy

FIXTURES = Path(__file__).parent / "fixtures" / "surfaces"
MENTION = "\n\nDorothea Quill was the neighbour who called the police.\n"

# fixture, the text as written, the surface the finding must report
CASES = [
    ("front_matter_value", "Dorothea Quill", Surface.FRONT_MATTER),
    ("front_matter_key", "Dorothea Quill", Surface.FRONT_MATTER),
    ("multimarkdown_meta", "Dorothea Quill", Surface.FRONT_MATTER),
    ("heading", "Dorothea Quill", Surface.HEADING),
    ("paragraph", "Dorothea Quill", Surface.PARAGRAPH),
    ("list", "Dorothea Quill", Surface.LIST),
    ("table_cell", "Dorothea Quill", Surface.TABLE),
    ("blockquote", "Dorothea Quill", Surface.BLOCKQUOTE),
    ("footnote", "Dorothea Quill", Surface.FOOTNOTE),
    ("link_text", "Dorothea Quill", Surface.LINK_TEXT),
    ("link_url", "dorothea.quill", Surface.LINK_URL),  # lower case inside a URL
    ("image_alt", "Dorothea Quill", Surface.IMAGE_ALT),
    ("image_file", "dorothea-quill", Surface.IMAGE_FILE),  # an image's file name
    ("html_block", "Dorothea Quill", Surface.HTML),
    ("html_comment", "Dorothea Quill", Surface.HTML_COMMENT),  # published verbatim in HTML
    ("fenced_code", "Dorothea Quill", Surface.CODE),
    ("indented_code", "Dorothea Quill", Surface.CODE),
    ("inline_code", "Dorothea Quill", Surface.INLINE_CODE),
    ("reference_definition", "dorothea-quill", Surface.LINK_URL),
    # The model reads "house jpg Dorothea Quill" across src and alt as one name: the finding
    # starts in the file name. Blocked either way; the surface is the span's start.
    ("html_attribute", "Dorothea Quill", {Surface.IMAGE_ALT, Surface.IMAGE_FILE}),
    ("setext_heading", "Dorothea Quill", Surface.HEADING),
]


@pytest.fixture(scope="module")
def gate() -> Gate:
    return Gate(SitePolicy(), use_cache=False, workers=1)


def test_every_surface_fixture_is_covered() -> None:
    assert sorted(p.stem for p in FIXTURES.glob("*.md")) == sorted(c[0] for c in CASES)


@pytest.mark.parametrize(("fixture", "needle", "surface"), CASES)
def test_name_is_blocked_on_its_surface(
    gate: Gate, tmp_path: Path, fixture: str, needle: str, surface: Surface | set[Surface]
) -> None:
    text = (FIXTURES / f"{fixture}.md").read_text(encoding="utf-8") + MENTION
    target = tmp_path / "draft.md"
    target.write_text(text, encoding="utf-8")
    report = gate.check_paths([target])
    assert not report.errors, report.errors
    start = text.index(needle)
    end = start + len(needle)
    hits = [
        f
        for f in report.findings
        if f.start is not None and f.end is not None and f.start < end and start < f.end
    ]
    assert hits, f"{fixture}: nothing found at {start}-{end}"
    assert all(f.severity is Severity.BLOCK for f in hits)
    accepted = surface if isinstance(surface, set) else {surface}
    assert accepted & {f.surface for f in hits}
    expected_line = text.count("\n", 0, start) + 1
    assert expected_line in {f.line for f in hits}


def test_name_in_a_file_name_is_blocked(gate: Gate, tmp_path: Path) -> None:
    folder = tmp_path / "reviews" / "dorothea-quill-2021"
    folder.mkdir(parents=True)
    (folder / "notes.md").write_text("Dorothea Quill was seen by the GP.\n", encoding="utf-8")
    report = gate.check_paths([tmp_path])
    names = [f for f in report.blocking if f.surface is Surface.FILE_NAME]
    assert names and all(f.start is None and f.line is None for f in names)


def test_metadata_of_an_image_shown_from_outside_the_folder_blocks(
    gate: Gate, tmp_path: Path
) -> None:
    from PIL import Image

    images = tmp_path / "shared-images"
    images.mkdir()
    picture = Image.new("RGB", (8, 8), "white")
    exif = Image.Exif()
    exif[0x013B] = "Dorothea Quill"  # Artist
    picture.save(images / "house.jpg", exif=exif)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "report.md").write_text(
        "The house: ![the house](../shared-images/house.jpg)\n", encoding="utf-8"
    )
    report = gate.check_paths([drafts])
    metadata = [f for f in report.blocking if f.surface is Surface.IMAGE_METADATA]
    assert metadata and metadata[0].path.endswith("house.jpg")
    assert "Artist" in metadata[0].text


def test_a_name_in_image_metadata_is_looked_for_in_file_names(gate: Gate, tmp_path: Path) -> None:
    """A name is only in an image's metadata (its author); the image's file name repeats it."""
    from PIL import Image

    picture = Image.new("RGB", (8, 8), "white")
    exif = Image.Exif()
    exif[0x013B] = "DC Ruth Quillbrook"  # Artist
    picture.save(tmp_path / "map-quillbrook-house.jpg", exif=exif)
    (tmp_path / "report.md").write_text(
        "The area: ![map](map-quillbrook-house.jpg)\n", encoding="utf-8"
    )
    report = gate.check_paths([tmp_path])
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    start = text.index("quillbrook")
    in_link = [
        f
        for f in report.blocking
        if f.surface is Surface.IMAGE_FILE
        and f.start is not None
        and f.end is not None
        and f.start <= start < f.end
    ]
    named = [
        f
        for f in report.blocking
        if f.surface is Surface.FILE_NAME and f.path.endswith("map-quillbrook-house.jpg")
    ]
    assert in_link and named
