"""The author's private list of real names: what must never appear in a published review.

A reviewer knows the real names behind the pseudonyms, the street and the town. Listed in
`<review folder>/real-names.private.yml` (or in a file named by `REDACT_PRIVATE_NAMES`), every
variant of each entry becomes a blocking finding in that review, whatever the model thinks.
The file is ignored by git (`*.private.yml`), skipped when the gate collects files, and removed
from the site by the MkDocs plugin; findings from it are masked like any other.

Format (YAML), either a plain list of people's names, or groups:

    people: [Jane Smith, "Smithy"]     # every part and variant: Jane, Smith, JANE, jane...
    places: [Larch Road, Millbrook]    # whole entry only, any case and spacing
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

PRIVATE_FILE_NAME = "real-names.private.yml"
ENVIRONMENT_VARIABLE = "REDACT_PRIVATE_NAMES"
PEOPLE_GROUPS = ("people", "names")
PLACE_GROUPS = ("places", "streets", "addresses", "organisations", "institutions")


@dataclass(frozen=True)
class PrivateNames:
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()

    def __add__(self, other: PrivateNames) -> PrivateNames:
        return PrivateNames(self.people + other.people, self.places + other.places)

    def __bool__(self) -> bool:
        return bool(self.people or self.places)


class PrivateNamesError(Exception):
    """The list cannot be read; the message names the file, never an entry."""


def _texts(value: Any, where: str, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise PrivateNamesError(f"{path}: '{where}' must be a list of names (texts)")
    return tuple(v.strip() for v in value)


def parse(data: Any, path: Path) -> PrivateNames:
    if data is None:
        return PrivateNames()
    if isinstance(data, list):
        return PrivateNames(people=_texts(data, "the list", path))
    if not isinstance(data, dict):
        raise PrivateNamesError(
            f"{path}: must be a list of names, or groups such as 'people:' and 'places:'"
        )
    unknown = sorted(set(map(str, data)) - set(PEOPLE_GROUPS) - set(PLACE_GROUPS))
    if unknown:
        raise PrivateNamesError(
            f"{path}: unknown group(s) {', '.join(unknown)}; use "
            f"{', '.join(PEOPLE_GROUPS + PLACE_GROUPS)}"
        )
    people = tuple(n for g in PEOPLE_GROUPS for n in _texts(data.get(g), g, path))
    places = tuple(n for g in PLACE_GROUPS for n in _texts(data.get(g), g, path))
    return PrivateNames(people=people, places=places)


def load_file(path: Path) -> PrivateNames:
    """Read one list. Unreadable or invalid: an error (the check must not run without it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PrivateNamesError(
            f"{path}: the private list of real names cannot be read ({error})"
        ) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        # The parser's message would quote the line, and so a real name: say where only.
        raise PrivateNamesError(
            f"{path}: the private list of real names is not valid YAML; fix it and run again"
        ) from None
    return parse(data, path)


def for_review(review_dir: Path | None) -> PrivateNames:
    """The review's own list (if any) plus the one named in the environment (if set)."""
    names = PrivateNames()
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    if configured:
        names = names + load_file(Path(configured))
    if review_dir is not None:
        own = review_dir / PRIVATE_FILE_NAME
        if own.is_file():
            names = names + load_file(own)
    return names
