"""Identifiers outside the text: folder and file names, the images a page shows, their metadata.

A slug such as `reviews/jane-smith-2021/` or a photo named `smith-house.jpg` is published in
every URL, and a phone photo carries the photographer's name and GPS position in its EXIF block.
These helpers turn each of those into plain strings the gate can scan like any other text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from PIL import ExifTags, Image, UnidentifiedImageError

from redact.findings import Surface
from redact.markdown_scan import AnalysisView, analyse_markdown

_NAME_SEPARATORS_RE = re.compile(r"[\s._\-+~,;=&#%@()\[\]{}]+")
_IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".tif", ".tiff", ".heic", ".bmp", ".avif"}
)
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_SKIPPED_TAGS = frozenset({"MakerNote", "PrintImageMatching", "ExifOffset", "GPSInfo"})
_XP_TAGS = frozenset({"XPTitle", "XPComment", "XPAuthor", "XPKeywords", "XPSubject"})
_XML_TAG_RE = re.compile(r"<[^>]*>")
_XML_ATTR_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class AssetError(Exception):
    """An image the gate cannot read: publication must stop (fail closed)."""


@dataclass(frozen=True)
class ImageReferences:
    """Images a page shows: local files (resolved), other-origin URLs and `data:` URIs.

    A remote image loads from another site (which learns who reads the review) and cannot be
    checked; an embedded `data:` image carries its own metadata. The gate flags both.
    """

    local: tuple[Path, ...]
    remote: tuple[str, ...]
    embedded: int


def path_parts(path: Path, root: Path) -> list[str]:
    """Folder and file names under `root` as words: `jane-smith-2021` -> `jane smith 2021`.

    The file's extension is dropped; empty parts (a name made only of separators) are left out.
    """
    try:
        relative = path.relative_to(root)
    except ValueError as exc:
        raise ValueError(f"{path} is not inside {root}") from exc
    parts = list(relative.parts)
    if parts:
        last = PurePosixPath(parts[-1])
        parts[-1] = last.stem if last.suffix else parts[-1]
    words = [_NAME_SEPARATORS_RE.sub(" ", part).strip() for part in parts]
    return [word for word in words if word]


def image_references(
    view_or_text: AnalysisView | str, md_path: Path, docs_dir: Path | None = None
) -> ImageReferences:
    """Every image a Markdown page shows (Markdown images, HTML `<img>`/`<source>`, links to
    image files), resolved against the page's folder (`/`-rooted paths against `docs_dir`)."""
    view = analyse_markdown(view_or_text) if isinstance(view_or_text, str) else view_or_text
    local: list[Path] = []
    remote: list[str] = []
    embedded = 0
    for seg in view.segments:
        if seg.surface not in (Surface.IMAGE_FILE, Surface.LINK_URL):
            continue
        raw = view.original[seg.start : seg.end].strip()
        candidates = _srcset_urls(raw) if "," in raw and " " in raw else [raw]
        for url in candidates:
            if not url:
                continue
            parts = urlsplit(url)
            is_image_path = PurePosixPath(unquote(parts.path)).suffix.lower() in _IMAGE_SUFFIXES
            if seg.surface is Surface.LINK_URL and not is_image_path:
                continue
            if parts.scheme == "data":
                embedded += 1
            elif parts.scheme or url.startswith("//"):
                remote.append(url)
            else:
                local.append(_resolve(unquote(parts.path), md_path, docs_dir))
    return ImageReferences(tuple(dict.fromkeys(local)), tuple(dict.fromkeys(remote)), embedded)


def referenced_images(
    view_or_text: AnalysisView | str, md_path: Path, docs_dir: Path | None = None
) -> list[Path]:
    """The local image files a page shows (see `image_references` for remote ones)."""
    return list(image_references(view_or_text, md_path, docs_dir).local)


def _srcset_urls(srcset: str) -> list[str]:
    """`a.jpg 1x, b.jpg 2x` -> [`a.jpg`, `b.jpg`]."""
    return [item.split()[0] for item in srcset.split(",") if item.split()]


def _resolve(path: str, md_path: Path, docs_dir: Path | None) -> Path:
    if path.startswith("/"):
        base = docs_dir if docs_dir is not None else md_path.parent
        return (base / path.lstrip("/")).resolve()
    return (md_path.parent / path).resolve()


def image_metadata(path: Path) -> list[tuple[str, str]]:
    """Text-bearing metadata of an image as (field, value) pairs; any GPS data as "GPSInfo".

    Covers EXIF (base, Exif and GPS IFDs: Artist, Copyright, XPAuthor, ImageDescription,
    UserComment, Make/Model, dates, serial numbers...), PNG text chunks, JPEG comments and XMP.
    Raises AssetError when the file cannot be decoded, so the gate can stop publication.
    """
    try:
        with Image.open(path) as img:
            img.load()  # decode fully: a truncated file fails here, not later
            exif = img.getexif()
            info = dict(img.info)
    except (
        OSError,
        UnidentifiedImageError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as exc:
        raise AssetError(
            f"{path}: the image cannot be read ({type(exc).__name__}); replace it with a valid "
            "image or remove it before publishing."
        ) from exc
    fields: list[tuple[str, str]] = []
    for tag, value in exif.items():
        _add_exif_field(fields, ExifTags.TAGS.get(tag, f"Tag{tag:#06x}"), value)
    for tag, value in exif.get_ifd(_EXIF_IFD).items():
        _add_exif_field(fields, ExifTags.TAGS.get(tag, f"Tag{tag:#06x}"), value)
    gps = exif.get_ifd(_GPS_IFD)
    if gps or _GPS_IFD in exif:
        fields.append(("GPSInfo", _describe_gps(gps)))
    for key, value in info.items():
        fields.extend(_info_fields(str(key), value))
    return list(dict.fromkeys(fields))  # Pillow may expose one XMP packet under two keys


def _add_exif_field(fields: list[tuple[str, str]], name: str, value: object) -> None:
    if name in _SKIPPED_TAGS:
        return
    if name in _XP_TAGS:
        text = _decode_xp(value)
    elif name == "UserComment" and isinstance(value, bytes):
        text = _decode_user_comment(value)
    elif isinstance(value, bytes):
        text = value.decode("utf-8", errors="replace") if _looks_textual(value) else ""
    elif isinstance(value, str):
        text = value
    else:
        return  # numbers and rationals (resolution, exposure): not identifying text
    text = text.strip("\x00 \t\r\n")
    if text:
        fields.append((name, text))


def _decode_xp(value: object) -> str:
    """Windows XP* tags are UTF-16LE, stored as bytes or a tuple of byte values."""
    if isinstance(value, tuple):
        value = bytes(int(v) for v in value)
    if isinstance(value, bytes):
        return value.decode("utf-16-le", errors="replace")
    return str(value)


def _decode_user_comment(value: bytes) -> str:
    """UserComment starts with an 8-byte character-code header (EXIF 2.3, 4.6.5)."""
    header, body = value[:8], value[8:]
    if header.startswith(b"UNICODE"):
        for encoding in ("utf-16-be", "utf-16-le"):
            try:
                return body.decode(encoding)
            except UnicodeDecodeError:
                continue
    return (
        body.decode("utf-8", errors="replace")
        if header[:1].isalpha()
        else value.decode("utf-8", errors="replace")
    )


def _looks_textual(value: bytes) -> bool:
    stripped = value.rstrip(b"\x00")
    if not stripped:
        return False
    printable = sum(32 <= byte < 127 or byte >= 160 or byte in (9, 10, 13) for byte in stripped)
    return printable / len(stripped) > 0.9


def _describe_gps(gps: dict[int, object]) -> str:
    named = {ExifTags.GPSTAGS.get(tag, str(tag)): value for tag, value in gps.items()}
    latitude = _coordinate(named.get("GPSLatitude"), named.get("GPSLatitudeRef"))
    longitude = _coordinate(named.get("GPSLongitude"), named.get("GPSLongitudeRef"))
    if latitude and longitude:
        return f"position {latitude}, {longitude}"
    if named:
        return "GPS fields: " + ", ".join(sorted(named))
    return "GPS block present"


def _coordinate(value: object, ref: object) -> str:
    if not isinstance(value, tuple) or len(value) != 3:
        return ""
    try:
        degrees, minutes, seconds = (float(v) for v in value)
    except (TypeError, ValueError):
        return ""
    decimal = degrees + minutes / 60 + seconds / 3600
    return f"{decimal:.5f} {ref if isinstance(ref, str) else ''}".strip()


def _info_fields(key: str, value: object) -> list[tuple[str, str]]:
    """PNG text chunks, JPEG comments and XMP from `Image.info`; binary blobs are skipped."""
    if key in ("exif", "icc_profile"):
        return []  # EXIF is read above; ICC profiles describe colour, not people
    lowered = key.lower()
    if isinstance(value, bytes):
        if "xmp" in lowered or lowered == "comment":
            value = value.decode("utf-8", errors="replace")
        else:
            return []
    if not isinstance(value, str):
        return []
    if "xmp" in lowered or value.lstrip().startswith("<?xpacket"):
        value = _xmp_text(value)
        key = "XMP"
    value = value.strip("\x00 \t\r\n")
    return [(key, value)] if value else []


def _xmp_text(xml: str) -> str:
    """XMP keeps people and places both in element text and in attribute values: keep both."""

    def values(tag: re.Match[str]) -> str:
        kept = [
            dq if dq is not None else sq
            for name, dq, sq in _XML_ATTR_RE.findall(tag.group(0))
            if not name.startswith("xmlns")
        ]
        return " " + " ".join(kept) + " "

    return " ".join(_XML_TAG_RE.sub(values, xml).split())
