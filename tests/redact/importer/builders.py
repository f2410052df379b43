"""Fixture documents for the importer tests, built in code from invented data.

Every name, place and number here is invented. The sample review is "Adult A" of the invented
Northshire Community Safety Partnership; the hidden parts carry invented people's names so the
tests can check that each one is reported and none reaches the written Markdown.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Inches
from fpdf import FPDF
from PIL import Image

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_NS}"'

# Hidden content planted in the fixture docx: (what, the invented text). The tests assert each
# one is reported with its surface and that none of them appears in the written Markdown.
AUTHOR = "Rachel Whitmore"
LAST_MODIFIED_BY = "Tobias Ashdown"
COMPANY = "Larchfield Consulting Ltd"
CORE_TITLE = "Draft for Marion Fenwick"
CORE_SUBJECT = "Review of Gwendolyn Sparrowhawk"
CORE_KEYWORDS = "Sparrowhawk Kettlewell"
CORE_COMMENTS = "Sent to Declan Ormsby for checking"
COMMENT_AUTHOR = "Priya Lonsdale"
COMMENT_TEXT = "Should we name Gwendolyn here?"
INSERT_AUTHOR = "Felix Haverbrook"
INSERTED_TEXT = " after the review panel met"
DELETE_AUTHOR = "Nadia Crossthwaite"
DELETED_TEXT = "Gwendolyn Sparrowhawk of Larch Close"
HEADER_TEXT = "Prepared by Joan Pelham, Independent Reviewer"
FOOTER_TEXT = "Case ref Kettlewell 4471"
HIDDEN_TEXT = "Real name: Gwendolyn Sparrowhawk"
IMAGE_ALT = "Photograph of Gwendolyn at Larch Close"
EXIF_ARTIST = "Oswin Tremayne"
EXIF_DESCRIPTION = "Taken outside 14 Larch Close"
FOOTNOTE_TEXT = "The panel met six times between 2021 and 2022."

HIDDEN_STRINGS = [
    AUTHOR,
    LAST_MODIFIED_BY,
    COMPANY,
    CORE_TITLE,
    CORE_SUBJECT,
    CORE_KEYWORDS,
    CORE_COMMENTS,
    COMMENT_AUTHOR,
    COMMENT_TEXT,
    DELETE_AUTHOR,
    DELETED_TEXT,
    INSERT_AUTHOR,
    HEADER_TEXT,
    FOOTER_TEXT,
    HIDDEN_TEXT,
    IMAGE_ALT,
    EXIF_ARTIST,
    EXIF_DESCRIPTION,
]

ACTION_PLAN_ROWS = [
    ["Recommendation", "Scope", "Action", "Lead agency", "Target date"],
    ["1. Share risk information", "Local", "Audit MARAC referrals", "Northshire Police", "2024-03"],
    ["2. Train GPs", "Local", "Deliver coercive control training", "Northshire ICB", "2024-06"],
]


@dataclass(frozen=True)
class DocxCounts:
    """What went into the fixture: the fidelity measure compares the output against it."""

    headings: int
    numbered_paragraphs: int
    tables: int
    table_rows: int
    footnotes: int
    images: int


def exif_jpeg() -> bytes:
    """A small JPEG whose EXIF names an (invented) photographer and address."""
    image = Image.new("RGB", (40, 30), (200, 120, 40))
    exif = Image.Exif()
    exif[0x013B] = EXIF_ARTIST  # Artist
    exif[0x010E] = EXIF_DESCRIPTION  # ImageDescription
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def _footnotes_xml() -> bytes:
    return (
        f"<w:footnotes {W}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {FOOTNOTE_TEXT}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()


def _comments_xml() -> bytes:
    return (
        f'<w:comments {W}><w:comment w:id="0" w:author="{COMMENT_AUTHOR}" w:initials="PL" '
        'w:date="2023-05-01T10:00:00Z"><w:p><w:r>'
        f"<w:t>{COMMENT_TEXT}</w:t></w:r></w:p></w:comment></w:comments>"
    ).encode()


def _add_part(
    document: docx.document.Document, name: str, content_type: str, blob: bytes, reltype: str
) -> None:
    part = Part(PackURI(name), content_type, blob, document.part.package)
    document.part.relate_to(part, reltype)


def _set_app_company(data: bytes) -> bytes:
    """python-docx writes no Company: put one into docProps/app.xml the way Word does."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            blob = source.read(item.filename)
            if item.filename == "docProps/app.xml":
                blob = blob.replace(b"<Company/>", f"<Company>{COMPANY}</Company>".encode())
            target.writestr(item, blob)
    return output.getvalue()


def build_docx(path: Path) -> DocxCounts:
    """A small report with every structure the importer keeps and every hidden part it reports."""
    document = docx.Document()
    core = document.core_properties
    core.author = AUTHOR
    core.last_modified_by = LAST_MODIFIED_BY
    core.title = CORE_TITLE
    core.subject = CORE_SUBJECT
    core.keywords = CORE_KEYWORDS
    core.comments = CORE_COMMENTS

    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    section.footer.paragraphs[0].text = FOOTER_TEXT

    document.add_heading("Domestic Homicide Review into the death of Adult A", level=0)
    document.add_paragraph("Northshire Community Safety Partnership")

    document.add_heading("Executive Summary", level=1)
    document.add_paragraph("Adult A was a much loved mother of two.")
    for text in (
        "The review began in 2022.",
        "Eight agencies took part.",
        "The family met the chair.",
    ):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Agencies involved:")
    for text in ("Northshire Police", "the GP surgery"):
        document.add_paragraph(text, style="List Bullet")

    document.add_heading("Overview Report", level=1)
    document.add_heading("Terms of Reference", level=2)
    paragraph = document.add_paragraph("The panel agreed the terms of reference")
    footnote_run = paragraph.add_run()
    footnote_run._r.append(parse_xml(f'<w:footnoteReference {W} w:id="1"/>'))
    paragraph.add_run(".")

    # A paragraph with a tracked insertion, a tracked deletion, a comment and hidden text.
    tracked = document.add_paragraph()
    tracked.add_run("The chair wrote the report")
    tracked._p.append(
        parse_xml(
            f'<w:ins {W} w:id="11" w:author="{INSERT_AUTHOR}" w:date="2023-05-02T09:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{INSERTED_TEXT}</w:t></w:r></w:ins>'
        )
    )
    tracked._p.append(
        parse_xml(
            f'<w:del {W} w:id="12" w:author="{DELETE_AUTHOR}" w:date="2023-05-02T09:05:00Z">'
            f'<w:r><w:delText xml:space="preserve"> about {DELETED_TEXT}</w:delText></w:r></w:del>'
        )
    )
    tracked._p.append(parse_xml(f'<w:commentRangeStart {W} w:id="0"/>'))
    tracked.add_run(". Adult A lived in Town A.")
    tracked._p.append(parse_xml(f'<w:commentRangeEnd {W} w:id="0"/>'))
    tracked._p.append(
        parse_xml(
            f'<w:r {W}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            '<w:commentReference w:id="0"/></w:r>'
        )
    )
    hidden_run = tracked.add_run(f" {HIDDEN_TEXT}")
    hidden_run._r.get_or_add_rPr().append(parse_xml(f"<w:vanish {W}/>"))

    document.add_heading("Chronology", level=2)
    document.add_paragraph("In March 2021 Adult A saw the GP.")
    picture = io.BytesIO(exif_jpeg())
    document.add_picture(picture, width=Inches(1))
    doc_pr = document.inline_shapes[0]._inline.docPr
    doc_pr.set("descr", IMAGE_ALT)

    document.add_heading("Action Plan", level=1)
    table = document.add_table(rows=len(ACTION_PLAN_ROWS), cols=len(ACTION_PLAN_ROWS[0]))
    for row, values in zip(table.rows, ACTION_PLAN_ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value

    _add_part(
        document,
        "/word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        _footnotes_xml(),
        RT.FOOTNOTES,
    )
    _add_part(
        document,
        "/word/comments.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        _comments_xml(),
        RT.COMMENTS,
    )
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_set_app_company(buffer.getvalue()))
    return DocxCounts(
        headings=6,  # title + Executive Summary, Overview Report, ToR, Chronology, Action Plan
        numbered_paragraphs=3,
        tables=1,
        table_rows=len(ACTION_PLAN_ROWS),
        footnotes=1,
        images=1,
    )


PDF_AUTHOR = "Ingrid Vasquez-Hale"
PDF_NOTE_AUTHOR = "Bartholomew Quaile"
PDF_NOTE = "Ask Hedda Blomqvist about the dates"
PDF_WHITE_TEXT = "Victim real name Hedda Blomqvist"
PDF_TABLE = [
    ["Recommendation", "Lead agency", "Target date"],
    ["Review risk assessments", "Northshire Police", "2024-04"],
    ["Audit GP records", "Northshire ICB", "2024-09"],
]


@dataclass(frozen=True)
class PdfCounts:
    headings: int
    numbered_paragraphs: int
    tables: int
    table_rows: int
    footnotes: int


def build_pdf(path: Path) -> PdfCounts:
    """A two-page report with a text layer: headings, numbered paragraphs, a footnote, a table."""
    pdf = FPDF(format="A4")
    pdf.set_author(PDF_AUTHOR)
    pdf.set_title("Draft DHR Adult B")
    pdf.set_auto_page_break(auto=False)

    def footer_line() -> None:
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(10, 285)
        pdf.cell(0, 5, f"Page {pdf.page_no()}")

    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=20)
    pdf.set_xy(10, 20)
    pdf.cell(0, 10, "Domestic Homicide Review: Adult B")
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.set_xy(10, 40)
    pdf.cell(0, 8, "Executive Summary")
    pdf.set_font("Helvetica", size=11)
    y = 55.0
    for text in (
        "1.1 Adult B died in 2022 at the age of 54.",
        "1.2 The review was commissioned by the partnership.",
        "1.3 Seven agencies provided reports.",
    ):
        pdf.set_xy(10, y)
        pdf.cell(0, 6, text)
        y += 9
    pdf.set_xy(10, y)
    pdf.cell(pdf.get_string_width("The panel met regularly") + 0.5, 6, "The panel met regularly")
    pdf.set_font("Helvetica", size=7)
    pdf.set_xy(pdf.get_x(), y - 1)
    pdf.cell(3, 4, "1")
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(pdf.get_x() + 0.5, y)
    pdf.cell(0, 6, "and agreed the findings.")
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(10, 270)
    pdf.cell(0, 5, "1 Meetings were held online.")
    # Hidden content: white text a reader cannot see, and a sticky-note comment with an author.
    pdf.set_font("Helvetica", size=11)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(10, 150)
    pdf.cell(0, 6, PDF_WHITE_TEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.text_annotation(150, 60, PDF_NOTE, title=PDF_NOTE_AUTHOR)
    footer_line()

    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.set_xy(10, 20)
    pdf.cell(0, 8, "Action Plan")
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(10, 35)
    with pdf.table(col_widths=(80, 60, 40), first_row_as_headings=True) as table:
        for values in PDF_TABLE:
            row = table.row()
            for value in values:
                row.cell(value)
    footer_line()
    pdf.output(str(path))
    return PdfCounts(
        headings=3, numbered_paragraphs=3, tables=1, table_rows=len(PDF_TABLE), footnotes=1
    )


def build_scanned_pdf(path: Path) -> None:
    """A PDF with only a picture of a page: no text layer, as a scanner makes."""
    image = Image.new("RGB", (200, 280), (250, 250, 250))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(buffer, x=10, y=10, w=190)
    pdf.output(str(path))


CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


def build_encrypted_docx(path: Path) -> None:
    """What Word writes for a password-protected .docx: an OLE compound file, not a zip."""
    name = "EncryptionInfo".encode("utf-16-le")
    path.write_bytes(CFB_SIGNATURE + bytes(504) + name + bytes(1024))


def build_doc(path: Path) -> None:
    """An old binary Word .doc (only its compound-file header matters to the importer)."""
    name = "WordDocument".encode("utf-16-le")
    path.write_bytes(CFB_SIGNATURE + bytes(504) + name + bytes(1024))
