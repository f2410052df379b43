"""Images from a source document: reported metadata, re-encoded pixels.

A photo's EXIF can carry the photographer's name, the camera owner, a caption or the GPS
position of a family's home. The pixels are copied into a fresh Pillow image (so no EXIF, XMP,
ICC, PNG text or JPEG comment can come along) and the readable metadata is reported as hidden
content instead of being dropped silently.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from redact.findings import Surface
from redact.importer.model import CleanImage, HiddenPart, ImportFailure

_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769


class ImageStore:
    """Numbers images across every file of one import (`figure-1.png`, ...), skipping names
    already taken in the review folder. File names never come from the source document, whose
    media names can carry a name ("smith-house.jpg")."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken = set(taken or ())
        self._count = 0
        self.images: list[CleanImage] = []

    def add(self, data: bytes, label: str) -> tuple[str, list[HiddenPart]]:
        """Clean one image; return its file name and its metadata as hidden parts.

        `label` says where the image came from (e.g. "report.docx image 2") for messages.
        """
        hidden = list(read_metadata(data, label))
        extension, clean = reencode(data, label)
        while True:
            self._count += 1
            name = f"figure-{self._count}.{extension}"
            if name not in self._taken:
                break
        self._taken.add(name)
        self.images.append(CleanImage(name=name, data=clean))
        return name, hidden


def _open(data: bytes, label: str) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise ImportFailure(
            f"{label}: this image cannot be read ({error}). Replace it in the document with a "
            "PNG or JPEG copy (or delete it) and import again."
        ) from None
    return image


def reencode(data: bytes, label: str) -> tuple[str, bytes]:
    """The image's pixels only, as JPEG (photos) or PNG (everything else)."""
    image = ImageOps.exif_transpose(_open(data, label))
    is_jpeg = (image.format or "").upper() == "JPEG" or data[:3] == b"\xff\xd8\xff"
    if image.mode not in {"RGB", "RGBA", "L", "LA"}:
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    # A fresh image built from raw pixels has an empty `info`: nothing can be carried over.
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    buffer = io.BytesIO()
    if is_jpeg and clean.mode in {"RGB", "L"}:
        clean.save(buffer, format="JPEG", quality=90)
        extension = "jpg"
    else:
        clean.save(buffer, format="PNG")
        extension = "png"
    result = buffer.getvalue()
    if has_metadata(result):
        raise ImportFailure(f"{label}: the image still carries metadata after re-encoding")
    return extension, result


def has_metadata(data: bytes) -> bool:
    """True if the encoded image carries EXIF or any text chunk (used to verify our output)."""
    with Image.open(io.BytesIO(data)) as image:
        if len(image.getexif()):
            return True
        return any(key in image.info for key in ("exif", "xmp", "comment", "icc_profile")) or any(
            isinstance(value, (str, bytes)) and key not in {"jfif", "jfif_version"}
            for key, value in image.info.items()
            if key not in {"dpi", "jfif_density", "jfif_unit", "progression", "progressive"}
        )


def _text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-16-le" if value[1:2] == b"\x00" else "utf-8", "replace")
    return str(value).strip("\x00 ").strip()


def read_metadata(data: bytes, label: str) -> Iterator[HiddenPart]:
    """Every readable text the image carries besides its pixels: EXIF tags, GPS, text chunks."""
    try:
        image = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError):
        return  # reencode() reports the unreadable image
    with image:
        exif = image.getexif()
        for tag, value in exif.items():
            if tag in {_EXIF_IFD, _GPS_IFD}:
                continue
            text = _text(value)
            if isinstance(value, (str, bytes)) and text:
                name = ExifTags.TAGS.get(tag, f"tag {tag}")
                yield HiddenPart(Surface.IMAGE_METADATA, f"{label} EXIF {name}", text)
        for tag, value in exif.get_ifd(_EXIF_IFD).items():
            text = _text(value)
            if isinstance(value, str) and text:
                name = ExifTags.TAGS.get(tag, f"tag {tag}")
                yield HiddenPart(Surface.IMAGE_METADATA, f"{label} EXIF {name}", text)
        gps = exif.get_ifd(_GPS_IFD)
        if gps:
            position = ", ".join(
                f"{ExifTags.GPSTAGS.get(tag, tag)}={value}" for tag, value in sorted(gps.items())
            )
            yield HiddenPart(Surface.IMAGE_METADATA, f"{label} EXIF GPS position", position)
        for key, value in image.info.items():
            if key in {
                "exif",
                "icc_profile",
                "dpi",
                "jfif",
                "jfif_version",
                "jfif_unit",
                "jfif_density",
                "progression",
                "progressive",
                "adobe",
                "adobe_transform",
            }:
                continue
            if isinstance(value, (str, bytes)):
                text = _text(value)
                if text:
                    yield HiddenPart(Surface.IMAGE_METADATA, f"{label} {key}", text)
