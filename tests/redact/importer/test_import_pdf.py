"""PDF conversion from the text layer, hidden parts, and the files we refuse (fast)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from redact.findings import Surface
from redact.importer.command import convert
from redact.importer.images import ImageStore
from redact.importer.model import ConvertedDocument, ImportFailure
from redact.importer.pdf_source import convert_pdf
from redact.importer.scaffold import Plan, plan_review

from . import builders as b


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ConvertedDocument, b.PdfCounts]:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    counts = b.build_pdf(path)
    return convert_pdf(path, ImageStore()), counts


@pytest.fixture(scope="module")
def plan(converted: tuple[ConvertedDocument, b.PdfCounts]) -> Plan:
    return plan_review([converted[0]], [], write_metadata=True)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("executive-summary.md", "# Executive Summary\n"),  # 15pt bold under a 20pt title
        (
            "executive-summary.md",
            "\n\n1.1 Adult B died in 2022 at the age of 54.\n\n",
        ),  # own paragraph
        (
            "executive-summary.md",
            "The panel met regularly[^1] and agreed the findings.",
        ),  # raised 7pt "1"
        ("executive-summary.md", "[^1]: Meetings were held online."),  # 8pt note at the foot
        ("action-plan.md", "| Recommendation | Lead agency | Target date |\n|---|---|---|"),
        ("action-plan.md", "| Audit GP records | Northshire ICB | 2024-09 |"),
    ],
)
def test_markdown_structure(plan: Plan, document: str, expected: str) -> None:
    assert expected in plan.files[document].decode()


def test_table_text_is_not_repeated_as_paragraphs(plan: Plan) -> None:
    text = plan.files["action-plan.md"].decode()
    assert text.count("Review risk assessments") == 1


@pytest.mark.parametrize(
    ("surface", "text", "author"),
    [
        (Surface.DOCUMENT_PROPERTY, b.PDF_AUTHOR, ""),
        (Surface.COMMENT, b.PDF_NOTE, b.PDF_NOTE_AUTHOR),  # a sticky note
        (Surface.HIDDEN_TEXT, b.PDF_WHITE_TEXT, ""),  # white on white
        (Surface.HEADER_FOOTER, "Page 1", ""),  # running footer
        (Surface.HEADER_FOOTER, "Page 2", ""),
    ],
)
def test_hidden_parts_are_reported(
    converted: tuple[ConvertedDocument, b.PdfCounts], surface: Surface, text: str, author: str
) -> None:
    assert any(
        p.surface is surface and p.text == text and p.author == author for p in converted[0].hidden
    )


@pytest.mark.parametrize(
    "secret", [b.PDF_AUTHOR, b.PDF_NOTE, b.PDF_NOTE_AUTHOR, "Blomqvist", "Page 1"]
)
def test_no_hidden_content_is_written(plan: Plan, secret: str) -> None:
    for data in plan.files.values():
        assert secret not in data.decode()


def test_fidelity_counts_in_equal_counts_out(
    converted: tuple[ConvertedDocument, b.PdfCounts], plan: Plan
) -> None:
    counts = converted[1]
    markdown = "\n".join(v.decode() for k, v in plan.files.items() if k.endswith(".md"))
    headings = len(re.findall(r"^#{1,6} ", markdown, re.MULTILINE)) + (1 if plan.title else 0)
    assert headings == counts.headings
    assert len(re.findall(r"^\d+\.\d+ ", markdown, re.MULTILINE)) == counts.numbered_paragraphs
    assert len(re.findall(r"^\|---", markdown, re.MULTILINE)) == counts.tables
    assert len(re.findall(r"^\| ", markdown, re.MULTILINE)) == counts.table_rows
    assert len(re.findall(r"^\[\^[^\]]+\]: ", markdown, re.MULTILINE)) == counts.footnotes


@pytest.mark.parametrize(
    ("name", "build", "advice"),
    [
        ("old.doc", b.build_doc, "Save As > Word Document (.docx)"),  # Word 97-2003
        ("renamed.docx", b.build_doc, "Save As > Word Document (.docx)"),  # a .doc renamed .docx
        ("locked.docx", b.build_encrypted_docx, "remove the password"),  # OLE + EncryptionInfo
        ("scan.pdf", b.build_scanned_pdf, "no text layer"),  # image only
        ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04" + bytes(100)), "damaged"),
        ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n%garbage"), "damaged"),
        ("notes.txt", lambda p: p.write_text("Adult A"), "only Word (.docx) and PDF"),
        ("missing.docx", lambda p: None, "no such file"),
    ],
)
def test_unreadable_files_get_advice(tmp_path: Path, name: str, build: object, advice: str) -> None:
    path = tmp_path / name
    assert callable(build)
    build(path)
    with pytest.raises(ImportFailure) as caught:
        convert(path, ImageStore())
    assert advice in str(caught.value)
    assert str(path) in str(caught.value)
