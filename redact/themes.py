"""The learning-theme vocabulary (`site_config/themes.yml`): the only themes a review may use.

A fixed vocabulary is what makes "find every review about economic abuse" work; a typo in a
review's themes would quietly drop it from a theme page, so the vocabulary is validated as
strictly as the reviews are.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

_SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_FIELDS = "each theme has exactly: slug, title, group, description"


class ThemeGroup(str, Enum):
    """Where a theme comes from: the 2016 national analysis, the library's recommendation
    themes, or the recurrent risk factors."""

    NATIONAL_2016 = "national-2016"
    LIBRARY_RECOMMENDATION = "library-recommendation"
    RISK_FACTOR = "risk-factor"


class Theme(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    slug: str = Field(pattern=_SLUG)
    title: str = Field(min_length=1)
    group: ThemeGroup
    description: str = Field(min_length=1)


class ThemeVocabularyError(Exception):
    """The vocabulary file is wrong. The message is for a CSP web officer."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__(self.__str__())

    def __str__(self) -> str:
        count = len(self.problems)
        lines = [f"{self.path}: the learning-theme vocabulary has {count} problem(s):"]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


def _explain(position: int, error: dict[str, Any]) -> str:
    location = ".".join(str(part) for part in error.get("loc", ()))
    kind = error.get("type", "")
    prefix = f"theme entry {position}" + (f", {location}" if location else "")
    if kind == "missing":
        return f"{prefix}: this field is required but missing; {_FIELDS}"
    if kind == "extra_forbidden":
        return f"{prefix}: unknown field; {_FIELDS}"
    if kind in {"model_type", "model_attributes_type"}:
        return f"{prefix}: should be a group of 'field: value' lines; {_FIELDS}"
    if kind == "enum":
        allowed = ", ".join(group.value for group in ThemeGroup)
        return f"{prefix}: '{error.get('input')}' is not a group; use one of: {allowed}"
    if kind == "string_pattern_mismatch":
        slug = error.get("input")
        return f"{prefix}: '{slug}' is not a slug; write lower-case words joined by hyphens"
    if kind in {"too_short", "string_too_short"}:
        return f"{prefix}: must not be empty"
    return f"{prefix}: {str(error.get('msg', 'is not valid')).removeprefix('Value error, ')}"


def load_theme_vocabulary(path: Path) -> dict[str, Theme]:
    """Read and validate the vocabulary; return the themes by slug, in file order.

    Raises ThemeVocabularyError naming every problem (unreadable file, bad YAML, missing or
    unknown fields, a slug listed twice).
    """
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeVocabularyError(path, [f"cannot be read ({type(error).__name__})"]) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ThemeVocabularyError(path, [f"the file is not valid YAML{where}"]) from None
    if not isinstance(raw, dict) or set(raw) != {"themes"} or not isinstance(raw["themes"], list):
        raise ThemeVocabularyError(
            path, ["the file must hold one key, 'themes:', with a list of theme entries"]
        )
    if not raw["themes"]:
        raise ThemeVocabularyError(path, ["'themes:' is empty; list at least one theme"])
    problems: list[str] = []
    themes: dict[str, Theme] = {}
    for position, entry in enumerate(raw["themes"], start=1):
        try:
            theme = Theme.model_validate(entry)
        except ValidationError as error:
            problems += [_explain(position, dict(item)) for item in error.errors()]
            continue
        if theme.slug in themes:
            problems.append(
                f"theme entry {position}: slug '{theme.slug}' is listed twice; keep one"
            )
            continue
        themes[theme.slug] = theme
    if problems:
        raise ThemeVocabularyError(path, problems)
    return themes


def theme_slugs(themes: dict[str, Theme]) -> frozenset[str]:
    """The slugs, as `load_review_metadata(..., allowed_themes=...)` expects them."""
    return frozenset(themes)


__all__ = ["Theme", "ThemeGroup", "ThemeVocabularyError", "load_theme_vocabulary", "theme_slugs"]
