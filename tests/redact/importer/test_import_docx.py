"""Word conversion and hidden-content extraction, without the gate (fast)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from redact.findings import Surface
from redact.importer.docx_source import convert_docx
from redact.importer.images import ImageStore, has_metadata
from redact.importer.model import ConvertedDocument
from redact.importer.scaffold import Plan, plan_review
from redact.review import ReviewError, load_review_metadata

from . import builders as b


@pytest.fixture(scope="module")
def converted(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[ConvertedDocument, ImageStore, b.DocxCounts]:
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    counts = b.build_docx(path)
    store = ImageStore()
    return convert_docx(path, store), store, counts


@pytest.fixture(scope="module")
def plan(converted: tuple[ConvertedDocument, ImageStore, b.DocxCounts]) -> Plan:
    document, store, _ = converted
    return plan_review([document], [(i.name, i.data) for i in store.images], write_metadata=True)


def _markdown(plan: Plan) -> str:
    return "\n".join(data.decode() for name, data in plan.files.items() if name.endswith(".md"))


def test_the_report_is_split_into_the_three_documents(plan: Plan) -> None:
    assert sorted(plan.files) == [
        "action-plan.md",
        "executive-summary.md",
        "images/figure-1.jpg",
        "overview-report.md",
        "review.yml",
    ]
    assert plan.files["executive-summary.md"].decode().startswith("# Executive Summary\n")
    assert plan.files["overview-report.md"].decode().startswith("# Overview Report\n")
    assert plan.files["action-plan.md"].decode().startswith("# Action Plan\n")
    assert plan.title == "Domestic Homicide Review into the death of Adult A"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "executive-summary.md",  # Word numbering -> Markdown ordered list
            "1. The review began in 2022.\n2. Eight agencies took part.\n3. The family met the chair.",
        ),
        ("executive-summary.md", "- Northshire Police\n- the GP surgery"),  # bullets
        ("overview-report.md", "\n## Terms of Reference\n"),  # level 2 stays level 2
        ("overview-report.md", "The panel agreed the terms of reference[^1]."),  # reference
        ("overview-report.md", f"[^1]: {b.FOOTNOTE_TEXT}"),  # its definition, in the same file
        (
            "overview-report.md",
            "after the review panel met. Adult A lived in Town A.",
        ),  # insertion kept
        ("overview-report.md", "![Figure 1](images/figure-1.jpg)"),  # image, neutral alt text
        (
            "action-plan.md",
            "| Recommendation | Scope | Action | Lead agency | Target date |\n|---|---|---|---|---|",
        ),
        (
            "action-plan.md",
            "| 2. Train GPs | Local | Deliver coercive control training | Northshire ICB | 2024-06 |",
        ),
    ],
)
def test_markdown_structure(plan: Plan, document: str, expected: str) -> None:
    assert expected in plan.files[document].decode()


@pytest.mark.parametrize(
    ("surface", "text", "author"),
    [
        (Surface.DOCUMENT_PROPERTY, b.AUTHOR, ""),
        (Surface.DOCUMENT_PROPERTY, b.LAST_MODIFIED_BY, ""),
        (Surface.DOCUMENT_PROPERTY, b.COMPANY, ""),  # docProps/app.xml
        (Surface.DOCUMENT_PROPERTY, b.CORE_TITLE, ""),
        (Surface.DOCUMENT_PROPERTY, b.CORE_SUBJECT, ""),
        (Surface.DOCUMENT_PROPERTY, b.CORE_KEYWORDS, ""),
        (Surface.DOCUMENT_PROPERTY, b.CORE_COMMENTS, ""),
        (Surface.COMMENT, b.COMMENT_TEXT, b.COMMENT_AUTHOR),
        (Surface.TRACKED_CHANGE, b.INSERTED_TEXT.strip(), b.INSERT_AUTHOR),
        (Surface.TRACKED_CHANGE, f"about {b.DELETED_TEXT}", b.DELETE_AUTHOR),
        (Surface.HEADER_FOOTER, b.HEADER_TEXT, ""),
        (Surface.HEADER_FOOTER, b.FOOTER_TEXT, ""),
        (Surface.HIDDEN_TEXT, b.HIDDEN_TEXT, ""),  # w:vanish
        (Surface.IMAGE_ALT, b.IMAGE_ALT, ""),
        (Surface.IMAGE_METADATA, b.EXIF_ARTIST, ""),
        (Surface.IMAGE_METADATA, b.EXIF_DESCRIPTION, ""),
    ],
)
def test_every_hidden_part_is_reported_with_its_surface(
    converted: tuple[ConvertedDocument, ImageStore, b.DocxCounts],
    surface: Surface,
    text: str,
    author: str,
) -> None:
    document, _, _ = converted
    assert any(
        part.surface is surface and part.text == text and part.author == author
        for part in document.hidden
    ), [p for p in document.hidden if p.surface is surface]


@pytest.mark.parametrize("secret", [s for s in b.HIDDEN_STRINGS if s != b.INSERT_AUTHOR])
def test_no_hidden_content_is_written(plan: Plan, secret: str) -> None:
    # The inserted text itself is visible body text; everything else hidden must stay out,
    # of the Markdown and of the drafted review.yml alike.
    for name, data in plan.files.items():
        if not name.startswith("images/"):
            assert secret not in data.decode(), name


def test_extracted_images_have_no_metadata(
    converted: tuple[ConvertedDocument, ImageStore, b.DocxCounts],
) -> None:
    _, store, _ = converted
    assert has_metadata(b.exif_jpeg())  # the fixture does carry EXIF
    assert len(store.images) == 1
    for image in store.images:
        assert not has_metadata(image.data)
        with Image.open(io.BytesIO(image.data)) as opened:
            assert len(opened.getexif()) == 0
            assert opened.size == (40, 30)


def test_drafted_metadata_is_rejected_naming_each_todo_field(plan: Plan, tmp_path: Path) -> None:
    (tmp_path / "review.yml").write_bytes(plan.files["review.yml"])
    with pytest.raises(ReviewError) as caught:
        load_review_metadata(tmp_path)
    message = str(caught.value)
    assert plan.todo_fields  # something is left to fill
    for name in plan.todo_fields:
        # "pseudonyms" is reported as pseudonyms[1].name / pseudonyms[1].refers_to
        assert re.search(rf"\b{re.escape(name)}\b", message), name


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ('label: "DHR"', "the text says Domestic Homicide Review"),
        ('csp: "Northshire"', "from 'Northshire Community Safety Partnership'"),
        ('  - "Northshire Police"', "the action plan's lead agency column"),
        ('  - "Northshire ICB"', "the action plan's lead agency column"),
        ("status: TODO", "never guessed: a person decides publication"),
    ],
)
def test_drafted_metadata_keeps_what_the_text_says(plan: Plan, line: str, why: str) -> None:
    assert line in plan.files["review.yml"].decode(), why


def test_fidelity_counts_in_equal_counts_out(
    converted: tuple[ConvertedDocument, ImageStore, b.DocxCounts], plan: Plan
) -> None:
    _, _, counts = converted
    markdown = _markdown(plan)
    headings = len(re.findall(r"^#{1,6} ", markdown, re.MULTILINE)) + (1 if plan.title else 0)
    assert headings == counts.headings
    assert len(re.findall(r"^\d+\. ", markdown, re.MULTILINE)) == counts.numbered_paragraphs
    assert len(re.findall(r"^\|---", markdown, re.MULTILINE)) == counts.tables
    assert len(re.findall(r"^\| ", markdown, re.MULTILINE)) == counts.table_rows
    assert len(re.findall(r"^\[\^[^\]]+\]: ", markdown, re.MULTILINE)) == counts.footnotes
    assert len(re.findall(r"!\[[^\]]*\]\(images/", markdown)) == counts.images
