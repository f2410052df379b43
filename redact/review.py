"""The review metadata file (`content/reviews/<slug>/review.yml`): schema, loading, plain errors.

The gate reads it for the names a review declares safe (pseudonyms, the independent chair and
author, a family's recorded decision to use a real name); the site reads it for listings and the
metadata card. Errors are written for a CSP web officer: file, line, field, what is wrong, what is
allowed. Messages never repeat a free-text value (it may be a name or a date of death): only
values of controlled vocabularies (status, label, themes, ...) are echoed back.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

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
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Anything that carries a day of the month: 2022-03-14, 14/03/2022, 14 March 2022, March 14, 2022.
_FULL_DATE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)",
    re.IGNORECASE,
)

# What to write in each field, named in errors so the reader knows the allowed values.
_ENUM_FIELDS: dict[str, type[Enum]] = {
    "label": Label,
    "status": Status,
    "case_category": CaseCategory,
    "age_band": AgeBand,
    "sex": Sex,
    "refers_to": Role,
}
_FORMAT_HINTS = {
    "reference": "the library's year and letter as YYYY/letter, e.g. 2023/a",
    "month_of_death": "the month and year only as YYYY-MM, e.g. 2022-03 (never the day)",
    "commissioned": "a date as YYYY-MM-DD",
    "qa_approved": "a date as YYYY-MM-DD",
    "published": "a date as YYYY-MM-DD",
    "retained_until": "a date as YYYY-MM-DD",
    "recorded_on": "a date as YYYY-MM-DD",
    "marac": "true or false",
    "children_affected": "true or false",
    "fictional": "true or false",
    "themes": "a list of learning-theme slugs from site_config/themes.yml",
    "pseudonyms": "a list of entries with name and refers_to",
    "agencies": "a list of agency names, e.g. Northshire Police",
}
# Fields whose given value may be repeated in an error: controlled vocabularies only.
_ECHO_FIELDS = {*_ENUM_FIELDS, "marac", "children_affected", "fictional", "themes"}


def allowed_values(enum: type[Enum]) -> str:
    """The values of a vocabulary as a reader writes them: 'published, pended, withdrawn'."""
    return ", ".join(str(member.value) for member in enum)


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, use_enum_values=False, str_strip_whitespace=True
    )


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

    @model_validator(mode="after")
    def _in_order(self) -> ReviewDates:
        if self.qa_approved is not None and self.qa_approved < self.commissioned:
            raise ValueError("qa_approved is earlier than commissioned; check both dates")
        if self.published is not None:
            if self.published < self.commissioned:
                raise ValueError("published is earlier than commissioned; check both dates")
            if self.qa_approved is not None and self.published < self.qa_approved:
                raise ValueError(
                    "published is earlier than qa_approved; the Home Office QA Panel approves "
                    "a report before it is published"
                )
        return self


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
        if isinstance(value, date) or (isinstance(value, str) and _FULL_DATE.search(value)):
            raise ValueError(
                "a full date of death is not allowed; write the month and year only as "
                "YYYY-MM, e.g. 2022-03"
            )
        text = str(value).strip()
        if not _MONTH_YEAR.match(text):
            raise ValueError(
                "is not a month and year; write YYYY-MM, e.g. 2022-03 (never the day of death)"
            )
        return text

    @field_validator("reference")
    @classmethod
    def _reference_shape(cls, value: str) -> str:
        if not _REFERENCE.match(value):
            raise ValueError("is not a library reference; write YYYY/letter, e.g. 2023/a")
        return value

    @field_validator("pseudonyms")
    @classmethod
    def _pseudonyms_make_sense(cls, value: list[Pseudonym]) -> list[Pseudonym]:
        if not any(p.refers_to is Role.VICTIM for p in value):
            raise ValueError(
                "no pseudonym refers_to 'victim'; the review is listed under the victim's "
                "pseudonym, so one entry needs refers_to: victim"
            )
        _no_duplicates([p.name for p in value], "pseudonym")
        return value

    @field_validator("agencies")
    @classmethod
    def _agencies_listed_once(cls, value: list[str]) -> list[str]:
        if any(not agency.strip() for agency in value):
            raise ValueError("an entry is empty; remove it or write the agency's name")
        _no_duplicates(value, "agency")
        return value

    @field_validator("themes")
    @classmethod
    def _known_themes(cls, value: list[str], info: ValidationInfo) -> list[str]:
        _no_duplicates(value, "theme")
        context = info.context if isinstance(info.context, dict) else {}
        allowed = context.get("allowed_themes")
        if allowed is not None:
            unknown = [theme for theme in value if theme not in allowed]
            if unknown:
                quoted = ", ".join(f"'{theme}'" for theme in unknown)
                verb = (
                    "is not a known learning theme"
                    if len(unknown) == 1
                    else ("are not known learning themes")
                )
                raise ValueError(f"{quoted} {verb}; use one of: " + ", ".join(sorted(allowed)))
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ReviewMetadata:
        problems: list[str] = []
        if self.status is Status.PUBLISHED:
            if self.dates.published is None:
                problems.append("a published review needs dates.published")
            if self.dates.qa_approved is None:
                problems.append(
                    "a published review needs dates.qa_approved (the Home Office QA Panel "
                    "approves every report before publication)"
                )
        if self.status is Status.PENDED:
            if self.dates.published is not None:
                problems.append(
                    "a pended review has not been published; remove dates.published or "
                    "change the status"
                )
            if self.retained_until is not None:
                problems.append("a pended review has nothing to retain; remove retained_until")
        if self.status is Status.WITHDRAWN and not self.withdrawn_reason.strip():
            problems.append("a withdrawn review needs withdrawn_reason (shown on its record page)")
        if self.status is not Status.WITHDRAWN and self.withdrawn_reason.strip():
            problems.append(
                f"withdrawn_reason is only for status withdrawn (this review is "
                f"'{self.status.value}'); remove it or change the status"
            )
        if (
            self.retained_until is not None
            and self.dates.published is not None
            and self.retained_until < self.dates.published
        ):
            problems.append("retained_until is earlier than dates.published; check both dates")
        commissioned_month = f"{self.dates.commissioned:%Y-%m}"
        if self.month_of_death > commissioned_month:
            problems.append(
                "month_of_death is later than dates.commissioned; a review is commissioned "
                "after the death"
            )
        if problems:
            raise ValueError("; ".join(problems))
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


def _no_duplicates(values: list[str], what: str) -> None:
    """Raise when a list names the same thing twice (compared without case); positions only,
    never the value, because a pseudonym list is exactly what must not leak into a log."""
    seen: dict[str, int] = {}
    for position, value in enumerate(values, start=1):
        key = value.strip().casefold()
        if key in seen:
            raise ValueError(
                f"the same {what} is listed twice (entries {seen[key]} and {position}); remove one"
            )
        seen[key] = position


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
    """`('pseudonyms', 0, 'refers_to')` -> `pseudonyms[1].refers_to` (entries counted from 1)."""
    name = ""
    for part in location:
        if isinstance(part, int):
            name += f"[{part + 1}]"
        else:
            name += f".{part}" if name else str(part)
    return name or "(the whole file)"


def _hint(location: tuple[int | str, ...], allowed_themes: Iterable[str] | None) -> str:
    """What the field accepts, or '' when there is nothing useful to say."""
    names = [part for part in location if isinstance(part, str)]
    last = names[-1] if names else ""
    if last in _ENUM_FIELDS:
        return "use one of: " + allowed_values(_ENUM_FIELDS[last])
    if last == "themes" and allowed_themes is not None:
        return "use one of: " + ", ".join(sorted(allowed_themes))
    if last in _FORMAT_HINTS:
        return "write " + _FORMAT_HINTS[last]
    return ""


def _echo(location: tuple[int | str, ...], given: Any) -> str:
    """The given value, quoted, only for controlled-vocabulary fields and short scalars."""
    names = [part for part in location if isinstance(part, str)]
    if names and names[-1] in _ECHO_FIELDS and isinstance(given, str | bool | int):
        text = str(given)
        if len(text) <= 60:
            return f"'{text}'"
    return "the value given"


def _explain(
    error: dict[str, Any], allowed_themes: Iterable[str] | None, fields: Iterable[str]
) -> str:
    """One plain-English sentence for one pydantic error: field, what is wrong, allowed values."""
    location = tuple(error.get("loc", ()))
    field_name = _field_name(location)
    kind = error.get("type", "")
    given = error.get("input")
    hint = _hint(location, allowed_themes)
    tail = f"; {hint}" if hint else ""
    if kind == "missing":
        return f"{field_name}: this field is required but missing{tail}"
    if kind == "extra_forbidden":
        key = str(location[-1]) if location else ""
        shown = f"'{key}'" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,40}", key) else "this key"
        parent = _field_name(location[:-1])
        where = "" if parent == "(the whole file)" else f" inside {parent}"
        suggestion = difflib.get_close_matches(key, list(fields), n=1)
        did_you_mean = f"; did you mean '{suggestion[0]}'?" if suggestion else ""
        return (
            f"{field_name if shown != 'this key' else 'unknown field'}: {shown} is not a "
            f"review metadata field{where}{did_you_mean} (see README 'Review metadata')"
        )
    if kind == "enum":
        return f"{field_name}: {_echo(location, given)} is not allowed{tail}"
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type"} or kind.startswith(
        "date_from_datetime"
    ):
        return f"{field_name}: {_echo(location, given)} is not a date{tail}"
    if kind in {"too_short", "string_too_short"}:
        return f"{field_name}: must not be empty{tail}"
    if kind in {"bool_parsing", "bool_type"}:
        return f"{field_name}: {_echo(location, given)} is not yes/no; write true or false"
    if kind in {"string_type", "list_type", "model_type", "model_attributes_type", "dict_type"}:
        expected = {
            "string_type": "a piece of text",
            "list_type": "a list (one '- item' per line)",
            "dict_type": "a group of 'field: value' lines",
        }.get(kind, "a group of 'field: value' lines")
        return f"{field_name}: should be {expected}{tail}"
    message = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
    if kind == "value_error" and message.startswith("is "):
        return f"{field_name}: {_echo(location, given)} {message}"
    return f"{field_name}: {message}"


# libyaml's safe loader when PyYAML was built with it (it is, in the pinned wheel): same
# results, many times faster on a library of reviews.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _line_of(root: yaml.Node | None, location: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the deepest YAML node on `location`, to point the reader at it."""
    node = root
    line: int | None = None
    for part in location:
        if node is None:
            break
        line = node.start_mark.line + 1
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == part:
                    line = key.start_mark.line + 1
                    child = value
                    break
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            return line
        node = child
    return line


def _duplicate_keys(node: yaml.Node | None, prefix: tuple[int | str, ...] = ()) -> list[str]:
    """YAML quietly keeps the last of two equal keys; a second `status:` must not win silently."""
    problems: list[str] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                problems.append(
                    f"line {key.start_mark.line + 1}, {_field_name((*prefix, name))}: "
                    "this field is written twice; keep one"
                )
            seen.add(name)
            problems += _duplicate_keys(value, (*prefix, name))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _duplicate_keys(item, (*prefix, index))
    return problems


def parse_review_metadata(
    text: str, path: Path | str, allowed_themes: Iterable[str] | None = None
) -> ReviewMetadata:
    """Parse and validate review metadata. Raises ReviewError with every problem found.

    With `allowed_themes` (the slugs of site_config/themes.yml) unknown themes are refused.
    """
    allowed = None if allowed_themes is None else frozenset(allowed_themes)
    try:
        root = yaml.compose(text, Loader=_YAML_LOADER)
        raw = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "it cannot be read"
        raise ReviewError(
            path,
            [
                (
                    f"the file is not valid YAML{where} ({problem}); check the indentation "
                    "and that every line is 'field: value'"
                )
            ],
        ) from None
    if not isinstance(raw, dict):
        raise ReviewError(path, ["the file must be a set of 'field: value' lines"])
    problems = _duplicate_keys(root)
    try:
        metadata = ReviewMetadata.model_validate(raw, context={"allowed_themes": allowed})
    except ValidationError as error:
        for item in error.errors():
            details = dict(item)
            location: tuple[int | str, ...] = tuple(item["loc"])
            line = _line_of(root, location)
            sentence = _explain(details, allowed, ReviewMetadata.model_fields)
            problems.append(f"line {line}, {sentence}" if line is not None else sentence)
        raise ReviewError(path, problems) from None
    if problems:
        raise ReviewError(path, problems)
    return metadata


def never_published(relative: Path) -> bool:
    """Files the site never publishes (same rule as the site plugin and mkdocs.yml
    `exclude_docs`): hidden files, YAML metadata, `*.private.*` and anything under `private/`."""
    parts = relative.parts
    if any(part.startswith(".") for part in parts) or "private" in parts[:-1]:
        return True
    name = relative.name
    return (
        ".private." in name
        or name.endswith(".private")
        or relative.suffix.lower()
        in {
            ".yml",
            ".yaml",
        }
    )


def _text_files(review_dir: Path) -> list[Path]:
    """Everything in a review folder that the site would publish (review.yml never is)."""
    return sorted(
        item
        for item in review_dir.rglob("*")
        if item.is_file() and not never_published(item.relative_to(review_dir))
    )


def load_review_metadata(
    review_dir: Path, allowed_themes: Iterable[str] | None = None
) -> ReviewMetadata:
    """Load `review.yml` of a review folder and check the folder against the status.

    A pended review (criminal proceedings still running) or a withdrawn one must hold nothing
    but its review.yml: any text next to it would be published, so the folder is refused.
    """
    path = review_dir / METADATA_FILE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        missing = f"missing: every review folder needs a {METADATA_FILE_NAME}"
        raise ReviewError(path, [missing]) from None
    except (OSError, UnicodeDecodeError) as error:
        unreadable = f"cannot be read as UTF-8 text ({type(error).__name__})"
        raise ReviewError(path, [unreadable]) from None
    metadata = parse_review_metadata(text, path, allowed_themes)
    if metadata.status in (Status.PENDED, Status.WITHDRAWN):
        files = _text_files(review_dir)
        if files:
            # Name the standard documents; other file names may themselves carry a name.
            known = [f.name for f in files if f.name in DOCUMENT_FILES.values()]
            others = len(files) - len(known)
            found = known + ([f"{others} other file(s)"] if others else [])
            why = (
                "keep the drafts outside content/ until proceedings end"
                if metadata.status is Status.PENDED
                else "move the text out of content/; the site shows only the withdrawal record"
            )
            raise ReviewError(
                path,
                [
                    (
                        f"status: a {metadata.status.value} review must not have text to "
                        f"publish (found {', '.join(found)}); {why}"
                    )
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
