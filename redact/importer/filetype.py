"""What kind of file was given, told from its first bytes, with the fix for the ones we refuse.

The extension alone is not trusted: a password-protected .docx is not a zip at all but an OLE
compound file holding an encrypted package, and a renamed .doc looks the same from outside.
"""

from __future__ import annotations

import zipfile
from enum import Enum
from pathlib import Path

from redact.importer.model import ImportFailure

_CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


class Kind(str, Enum):
    DOCX = "docx"
    PDF = "pdf"


def detect(path: Path) -> Kind:
    """DOCX or PDF, or an ImportFailure that says what to do instead."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            compound = head == _CFB_SIGNATURE
            data = head + handle.read() if compound else head
    except FileNotFoundError:
        raise ImportFailure(f"{path}: no such file. Check the name and the folder.") from None
    except IsADirectoryError:
        raise ImportFailure(
            f"{path}: this is a folder; give the .docx or .pdf file itself."
        ) from None
    except OSError as error:
        raise ImportFailure(f"{path}: cannot be read ({error.strerror}).") from None
    suffix = path.suffix.lower()
    if compound:
        if any(name in data for name in _ENCRYPTION_STREAMS):
            raise ImportFailure(
                f"{path}: this document is protected with a password, so it cannot be read. "
                "Open it in Word, remove the password (File > Info > Protect Document > "
                "Encrypt with Password, clear the box), save it as .docx and import it again."
            )
        raise ImportFailure(
            f"{path}: this is an old Word 97-2003 file (.doc), which cannot be converted "
            "faithfully. Open it in Word, choose File > Save As > Word Document (.docx), and "
            "import the .docx."
        )
    if suffix == ".doc":
        raise ImportFailure(
            f"{path}: .doc files are not supported. Open it in Word, choose File > Save As > "
            "Word Document (.docx), and import the .docx."
        )
    if head.startswith(b"%PDF-"):
        return Kind.PDF
    if head.startswith(b"PK"):
        _check_docx(path)
        return Kind.DOCX
    if suffix in {".docx", ".pdf"}:
        raise ImportFailure(
            f"{path}: the file is damaged or is not really a {suffix} file. Open it in Word "
            "(or your PDF reader), save a new copy, and import that copy."
        )
    raise ImportFailure(
        f"{path}: only Word (.docx) and PDF files can be imported. Save the report as .docx "
        "(best) or as a PDF with a text layer, and import that."
    )


def _check_docx(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            damaged = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise ImportFailure(
            f"{path}: the file is damaged (it is not a complete Word document). Open it in Word; "
            "if Word can repair it, save it again as .docx and import the new copy."
        ) from None
    if damaged is not None:
        raise ImportFailure(
            f"{path}: the file is damaged (part {damaged} cannot be read). Open it in Word, save "
            "it again as .docx and import the new copy."
        )
    if "word/document.xml" not in names:
        raise ImportFailure(
            f"{path}: this zip file is not a Word document (no word/document.xml). Only .docx "
            "and .pdf reports can be imported."
        )
