"""The review metadata file (`content/reviews/<slug>/review.yml`): schema, loading, plain errors.

The gate reads it for the names a review declares safe (pseudonyms, the independent chair and
author, a family's recorded decision to use a real name); the site reads it for listings and the
metadata card. Errors are written for a CSP web officer: file, field, what is wrong, what is
allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

METADATA_FILE_NAME = "review.yml"
DOCUMENT_FILES = {
    "executive_summary": "executive-summary.md",
    "overview_report": "overview-report.md",
    "action_plan": "action-plan.md",
}


class Label(str, Enum):
    DHR = "DHR"
    DARDR = "DARDR"


class Status(str, Enum):
    PUBLISHED = "published"
    PENDED = "pended"
    WITHDRAWN = "withdrawn"


class CaseCategory(str, Enum):
    INTIMATE_PARTNER_HOMICIDE = "intimate-partner-homicide"
    FAMILIAL_HOMICIDE = "familial-homicide"
    PARRICIDE = "parricide"
    HOMICIDE_SUICIDE = "homicide-suicide"
    SUICIDE_FOLLOWING_DOMESTIC_ABUSE = "suicide-following-domestic-abuse"
    OLDER_VICTIM = "older-victim"
    OTHER = "other"


class AgeBand(str, Enum):
    AGE_16_19 = "16-19"
    AGE_20_24 = "20-24"
    AGE_25_34 = "25-34"
    AGE_35_44 = "35-44"
    AGE_45_54 = "45-54"
    AGE_55_64 = "55-64"
    AGE_65_PLUS = "65+"


class Sex(str, Enum):
    FEMALE = "female"
    MALE = "male"
    NOT_STATED = "not stated"


class Role(str, Enum):
    """Who a pseudonym stands for."""

    VICTIM = "victim"
    PERPETRATOR = "perpetrator"
    CHILD = "child"
    FAMILY = "family member"
    FRIEND = "friend"
    PARTNER = "partner"
    OTHER = "other"


_MONTH_YEAR = re.compile(r"^(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])$")
_REFERENCE = re.compile(r"^\d{4}/[a-z]$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Pseudonym(_Strict):
    name: str = Field(min_length=1)
    refers_to: Role
    description: str = ""


class RealNameDecision(_Strict):
    """A family's explicit, recorded choice to publish the victim's real name."""

    name: str = Field(min_length=1)
    decided_by: str = Field(min_length=1)
    recorded_on: date
    note: str = ""


class ReviewDates(_Strict):
    commissioned: date
    qa_approved: date | None = None
    published: date | None = None


class Victim(_Strict):
    age_band: AgeBand
    sex: Sex = Sex.NOT_STATED


class ReviewMetadata(_Strict):
    label: Label
    reference: str = Field(description="The library's year and letter, e.g. 2023/a")
    pseudonyms: list[Pseudonym] = Field(min_length=1)
    independent_chair: str = Field(min_length=1)
    author: str = Field(min_length=1)
    csp: str = Field(min_length=1)
    region: str = Field(min_length=1)
    police_force_area: str = Field(min_length=1)
    month_of_death: str = Field(description="Month and year only, YYYY-MM")
    dates: ReviewDates
    status: Status
    retained_until: date | None = None
    withdrawn_reason: str = ""
    case_category: CaseCategory
    victim: Victim
    agencies: list[str] = Field(default_factory=list)
    marac: bool = False
    children_affected: bool = False
    themes: list[str] = Field(min_length=1)
    fictional: bool = False
    real_name_decision: RealNameDecision | None = None

    @field_validator("month_of_death", mode="before")
    @classmethod
    def _month_and_year_only(cls, value: Any) -> str:
        if isinstance(value, date):
            raise ValueError(
                "a full date of death is not allowed; write the month and year only, e.g. 2022-03"
            )
        text = str(value).strip()
        if not _MONTH_YEAR.match(text):
            raise ValueError(
                f"'{text}' is not a month and year; write YYYY-MM, e.g. 2022-03 "
                "(never the day of death)"
            )
        return text

    @field_validator("reference")
    @classmethod
    def _reference_shape(cls, value: str) -> str:
        if not _REFERENCE.match(value):
            raise ValueError(f"'{value}' is not a library reference; write YYYY/letter, e.g. 2023/a")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ReviewMetadata:
        if self.status is Status.PUBLISHED and self.dates.published is None:
            raise ValueError("a published review needs dates.published")
        if self.status is Status.WITHDRAWN and not self.withdrawn_reason.strip():
            raise ValueError("a withdrawn review needs withdrawn_reason (shown on its record page)")
        return self

    @property
    def death_year(self) -> int:
        return int(self.month_of_death[:4])

    @property
    def primary_pseudonym(self) -> str:
        for pseudonym in self.pseudonyms:
            if pseudonym.refers_to is Role.VICTIM:
                return pseudonym.name
        return self.pseudonyms[0].name

    def library_title(self) -> str:
        """The Home Office library pattern: "<Pseudonym> - <CSP> - <YYYY>/<letter> - DHR"."""
        return f"{self.primary_pseudonym} - {self.csp} - {self.reference} - {self.label.value}"

    def declared_safe_names(self) -> list[str]:
        """Names this review declares publishable: pseudonyms, chair and author, and a
        family's recorded real-name decision (only when the metadata says so explicitly)."""
        names = [p.name for p in self.pseudonyms]
        names += [self.independent_chair, self.author]
        if self.real_name_decision is not None:
            names.append(self.real_name_decision.name)
        return names

    def is_retained_record(self, today: date) -> bool:
        """Withdrawn or past its retention date: published as a record, not as text."""
        if self.status is Status.WITHDRAWN:
            return True
        return self.retained_until is not None and self.retained_until < today


class ReviewError(Exception):
    """A review's metadata or layout is wrong. The message is for a CSP web officer."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__(self.__str__())

    def __str__(self) -> str:
        lines = [f"{self.path}: the review metadata has {len(self.problems)} problem(s):"]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


def _field_name(location: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in location) or "(the whole file)"


def _explain(error: dict[str, Any]) -> str:
    """One plain-English sentence for one pydantic error: field, what is wrong, allowed values."""
    field_name = _field_name(tuple(error.get("loc", ())))
    kind = error.get("type", "")
    context = error.get("ctx") or {}
    given = error.get("input")
    if kind == "missing":
        return f"{field_name}: this field is required but missing"
    if kind == "extra_forbidden":
        return f"{field_name}: unknown field (check the spelling; see README 'Review metadata')"
    if kind == "enum":
        return f"{field_name}: '{given}' is not allowed; use one of: {context.get('expected', '')}"
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type"}:
        return f"{field_name}: '{given}' is not a date; write YYYY-MM-DD"
    if kind == "too_short":
        return f"{field_name}: must not be empty"
    if kind in {"bool_parsing", "bool_type"}:
        return f"{field_name}: '{given}' is not yes/no; write true or false"
    message = str(error.get("msg", "is not valid"))
    message = message.removeprefix("Value error, ")
    return f"{field_name}: {message}"


def parse_review_metadata(
    text: str, path: Path | str, allowed_themes: Iterable[str] | None = None
) -> ReviewMetadata:
    """Parse and validate review metadata. Raises ReviewError with every problem found."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ReviewError(path, [f"the file is not valid YAML{where}: {error}"]) from None
    if not isinstance(raw, dict):
        raise ReviewError(path, ["the file must be a set of 'field: value' lines"])
    try:
        metadata = ReviewMetadata.model_validate(raw)
    except ValidationError as error:
        raise ReviewError(path, [_explain(dict(e)) for e in error.errors()]) from None
    if allowed_themes is not None:
        allowed = sorted(set(allowed_themes))
        unknown = [theme for theme in metadata.themes if theme not in allowed]
        if unknown:
            raise ReviewError(
                path,
                [
                    f"themes: '{theme}' is not a known learning theme; use one of: "
                    + ", ".join(allowed)
                    for theme in unknown
                ],
            )
    return metadata


def load_review_metadata(
    review_dir: Path, allowed_themes: Iterable[str] | None = None
) -> ReviewMetadata:
    """Load `review.yml` of a review folder and check the folder against the status."""
    path = review_dir / METADATA_FILE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReviewError(path, [f"missing: every review folder needs a {METADATA_FILE_NAME}"]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReviewError(path, [f"cannot be read as UTF-8 text: {error}"]) from None
    metadata = parse_review_metadata(text, path, allowed_themes)
    if metadata.status is Status.PENDED:
        texts = [name for name in DOCUMENT_FILES.values() if (review_dir / name).exists()]
        if texts:
            raise ReviewError(
                path,
                [
                    "status: a pended review must not have text to publish (found "
                    + ", ".join(texts)
                    + "); keep the drafts outside content/ until proceedings end"
                ],
            )
    return metadata


def find_review_dir(path: Path) -> Path | None:
    """The review folder that holds `path` (the nearest parent with a review.yml), if any."""
    start = path if path.is_dir() else path.parent
    for candidate in (start, *start.parents):
        if (candidate / METADATA_FILE_NAME).is_file():
            return candidate
    return None
