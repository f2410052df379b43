"""Slug words, the images a page shows, and what those images say about who took them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from redact.assets import (
    AssetError,
    image_metadata,
    image_references,
    path_parts,
    referenced_images,
)
from redact.markdown_scan import analyse_markdown

ARTIST = 0x013B
IMAGE_DESCRIPTION = 0x010E
XP_AUTHOR = 0x9C9D
GPS_IFD = 0x8825
EXIF_IFD = 0x8769
USER_COMMENT = 0x9286


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        (
            "reviews/jane-smith-2021/img/IMG_0001.jpg",
            ["reviews", "jane smith 2021", "img", "IMG 0001"],
        ),
        ("reviews/adult-a-2020/overview-report.md", ["reviews", "adult a 2020", "overview report"]),
        (
            "reviews/q.t_2019+x/a.b.pdf",
            ["reviews", "q t 2019 x", "a b"],
        ),  # only the last suffix goes
        ("reviews/Dorothea Quill/README", ["reviews", "Dorothea Quill", "README"]),  # no extension
        ("reviews/---/x.md", ["reviews", "x"]),  # a part made only of separators adds nothing
    ],
)
def test_path_parts(relative: str, expected: list[str]) -> None:
    root = Path("/site/content")
    assert path_parts(root / relative, root) == expected


def test_path_parts_outside_root_is_an_error() -> None:
    with pytest.raises(ValueError, match="not inside"):
        path_parts(Path("/elsewhere/x.md"), Path("/site/content"))


def test_referenced_images(tmp_path: Path) -> None:
    page = tmp_path / "reviews" / "r1" / "overview-report.md"
    text = """\
![alt](img/dorothea-quill.jpg)
<img src="../shared/house%20front.png" alt="x">
![remote](https://cdn.example/q.jpg)
![protocol-relative](//cdn.example/r.png)
![embedded](data:image/png;base64,iVBORw0KGgo=)

[a linked photo](photos/big.jpeg) and [a page](other.md)

<picture><source srcset="s/a.webp 1x, s/b.webp 2x"></picture>

![rooted](/assets/logo.svg)
```
![not an image, code](img/code.jpg)
```
"""
    refs = image_references(text, page, docs_dir=tmp_path)
    base = page.parent
    assert refs.local == (
        (base / "img/dorothea-quill.jpg").resolve(),
        (base / "../shared/house front.png").resolve(),
        (base / "photos/big.jpeg").resolve(),
        (base / "s/a.webp").resolve(),
        (base / "s/b.webp").resolve(),
        (tmp_path / "assets/logo.svg").resolve(),
    )
    assert refs.remote == ("https://cdn.example/q.jpg", "//cdn.example/r.png")
    assert refs.embedded == 1
    # the same answer from a view, and the plain list form
    assert referenced_images(analyse_markdown(text), page, docs_dir=tmp_path) == list(refs.local)


def _jpeg_with_exif(path: Path) -> None:
    img = Image.new("RGB", (16, 16), "white")
    exif = Image.Exif()
    exif[ARTIST] = "Dorothea Quill"  # invented
    exif[IMAGE_DESCRIPTION] = "Outside Address 1"
    exif[XP_AUTHOR] = "T Quill".encode("utf-16-le")
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (53.0, 28.0, 12.5)
    gps[3] = "W"
    gps[4] = (2.0, 14.0, 30.0)
    exif.get_ifd(EXIF_IFD)[USER_COMMENT] = b"ASCII\x00\x00\x00taken by Q"
    img.save(path, exif=exif)


def test_jpeg_exif_is_reported(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    _jpeg_with_exif(photo)
    fields = dict(image_metadata(photo))
    assert fields["Artist"] == "Dorothea Quill"
    assert fields["ImageDescription"] == "Outside Address 1"
    assert fields["XPAuthor"] == "T Quill"
    assert fields["UserComment"] == "taken by Q"
    assert fields["GPSInfo"] == "position 53.47014 N, 2.24167 W"


def test_clean_image_has_no_metadata(tmp_path: Path) -> None:
    photo = tmp_path / "clean.jpg"
    Image.new("RGB", (16, 16), "white").save(photo)
    assert image_metadata(photo) == []


def test_png_text_chunks_and_xmp_are_reported(tmp_path: Path) -> None:
    info = PngInfo()
    info.add_text("Author", "Dorothea Quill")
    info.add_itxt(
        "XML:com.adobe.xmp",
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description photoshop:City="Town A">'
        "<dc:creator>T Quill</dc:creator></rdf:Description></x:xmpmeta>",
    )
    picture = tmp_path / "chart.png"
    Image.new("RGB", (8, 8)).save(picture, pnginfo=info)
    fields = image_metadata(picture)
    assert ("Author", "Dorothea Quill") in fields
    assert ("XMP", "Town A T Quill") in fields  # attribute values and element text
    assert len([name for name, _ in fields if name == "XMP"]) == 1


def test_gps_block_without_coordinates_is_still_reported(tmp_path: Path) -> None:
    img = Image.new("RGB", (8, 8))
    exif = Image.Exif()
    exif.get_ifd(GPS_IFD)[29] = "2021:03:04"  # GPSDateStamp only
    photo = tmp_path / "g.jpg"
    img.save(photo, exif=exif)
    assert ("GPSInfo", "GPS fields: GPSDateStamp") in image_metadata(photo)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("corrupt.jpg", b"\xff\xd8\xff\xe0 this is not a jpeg"),  # JPEG header, garbage body
        ("empty.png", b""),
        ("text.png", b"Dorothea Quill\n"),  # a text file with an image name
    ],
)
def test_unreadable_image_raises_asset_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AssetError, match=name) as info:
        image_metadata(path)
    assert "Dorothea" not in str(info.value)


def test_truncated_image_raises_asset_error(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    _jpeg_with_exif(photo)
    data = photo.read_bytes()
    photo.write_bytes(data[: len(data) // 2])
    with pytest.raises(AssetError):
        image_metadata(photo)


def test_missing_image_raises_asset_error(tmp_path: Path) -> None:
    with pytest.raises(AssetError):
        image_metadata(tmp_path / "nowhere.jpg")
