"""Turn the paths a user gives into units of work, refusing anything that cannot be checked.

Fail closed: a file the gate cannot read (not UTF-8, binary, too large, a link that leaves the
folder, a kind of file it does not understand) is an error that stops publication, with a
sentence that says what to do.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from redact.findings import Surface
from redact.gate import (
    IMAGE_SUFFIXES,
    MARKDOWN_SUFFIXES,
    MAX_FILE_BYTES,
    PLAIN_SUFFIXES,
    PRIVATE_SUFFIX,
    YAML_SUFFIXES,
    TextItem,
    Unit,
    review_metadata_for,
)
from redact.policy import SitePolicy
from redact.review import find_review_dir

PRIVATE_DIR = "private"


def is_private(path: Path) -> bool:
    """The author's private lists of real names: read by the gate, never scanned or published."""
    return path.name.endswith(PRIVATE_SUFFIX) or PRIVATE_DIR in path.parts


def _walk(root: Path, errors: list[str]) -> list[Path]:
    files: list[Path] = []
    real_root = root.resolve()
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        for dirname in dirnames:
            candidate = Path(folder) / dirname
            if candidate.is_symlink():
                errors.append(
                    f"{candidate}: is a link to another folder; copy the files in instead "
                    "(the gate does not follow folder links)"
                )
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(real_root):
                    errors.append(
                        f"{path}: is a link to a file outside {root}; copy the file in instead"
                    )
                    continue
            files.append(path)
    return files


def read_text_file(path: Path) -> tuple[str | None, str | None]:
    """(text, None) or (None, a plain-English error)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return None, f"{path}: cannot be read ({error.strerror or error})"
    if size > MAX_FILE_BYTES:
        return None, (
            f"{path}: is {size // 1_000_000} MB, larger than the gate checks "
            f"({MAX_FILE_BYTES // 1_000_000} MB); split it into smaller documents"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, f"{path}: cannot be read ({error.strerror or error})"
    if b"\0" in data:
        return (
            None,
            f"{path}: is not a text file (it contains binary data); remove it or convert it to Markdown",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, (
            f"{path}: is not UTF-8 text (byte {error.start}); save it again as UTF-8 "
            "(in most editors: Save As, encoding UTF-8)"
        )
    if not text.strip():
        return None, f"{path}: is empty; remove it or add its text"
    return text.removeprefix("\ufeff"), None


def collect_units(
    paths: Sequence[Path], policy: SitePolicy, extra_allow: tuple[str, ...]
) -> tuple[list[Unit], list[str]]:
    errors: list[str] = []
    files: list[tuple[Path, Path]] = []  # (file, root it was found under)
    for given in paths:
        if given.is_symlink() and given.is_dir():
            errors.append(f"{given}: is a link to a folder; give the folder itself")
            continue
        if not given.exists():
            errors.append(f"{given}: no such file or folder")
        elif given.is_dir():
            files.extend((f, given) for f in _walk(given, errors))
        else:
            files.append((given, given.parent))
    units: dict[str, Unit] = {}
    for path, root in files:
        if is_private(path):
            continue
        review_dir = find_review_dir(path)
        key = str(review_dir) if review_dir is not None else str(path)
        unit = units.get(key)
        if unit is None:
            unit = Unit(label=key, review_dir=review_dir)
            unit.allowed_names = extra_allow
            if review_dir is not None:
                metadata, problem = review_metadata_for(review_dir, policy)
                if problem is not None:
                    unit.errors.append(problem)
                elif metadata is not None:
                    unit.allowed_names = extra_allow + tuple(metadata.declared_safe_names())
                    unit.reference_year = metadata.death_year
                    unit.allowed_names += tuple(
                        n.text for n in policy.not_identifiers if n.review == review_dir.name
                    )
            _add_private_names(unit, review_dir)
            units[key] = unit
        _add_file(unit, path, root, errors)
    return list(units.values()), errors


def _add_private_names(unit: Unit, review_dir: Path | None) -> None:
    """The author's real names for this review (file beside review.yml, or REDACT_PRIVATE_NAMES)."""
    from redact.private_names import PrivateNamesError, for_review

    try:
        names = for_review(review_dir)
    except PrivateNamesError as error:
        unit.errors.append(str(error))
        return
    unit.private_people = names.people
    unit.private_places = names.places


def _add_file(unit: Unit, path: Path, root: Path, errors: list[str]) -> None:
    from redact.assets import path_parts, referenced_images

    unit.files_checked += 1
    shown = str(path)
    try:
        parts = path_parts(path, root)
    except ValueError:
        parts = [path.stem]
    unit.items.append(
        TextItem(path=shown, text="\n".join(parts) + "\n", kind="names", surface=Surface.FILE_NAME)
    )
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        unit.add_image_metadata(path)
        return
    if suffix in MARKDOWN_SUFFIXES | YAML_SUFFIXES | PLAIN_SUFFIXES:
        text, problem = read_text_file(path)
        if problem is not None:
            unit.errors.append(problem)
            return
        assert text is not None
        if suffix in MARKDOWN_SUFFIXES:
            kind = "markdown"
            from redact.frontmatter import parse_front_matter

            _, problem, _ = parse_front_matter(text)
            if problem is not None:
                # MkDocs would silently publish the page without its metadata: refuse instead.
                unit.errors.append(f"{path}: {problem}")
        elif suffix in YAML_SUFFIXES:
            kind = "yaml"
        else:
            kind = "plain"
        if kind == "markdown":
            # Images the page shows from outside the checked folders are checked too.
            shows_images = "![" in text or "<img" in text.lower()
            for image in referenced_images(text, path) if shows_images else []:
                if image.is_file():
                    unit.add_image_metadata(image)
        unit.items.append(
            TextItem(
                path=shown,
                text=text,
                kind=kind,
                surface=Surface.METADATA if kind == "yaml" else Surface.TEXT,
            )
        )
        return
    errors.append(
        f"{path}: the gate cannot check '{suffix or path.name}' files; remove it from the folder "
        "or convert it (Markdown for text, JPEG/PNG for images)"
    )
