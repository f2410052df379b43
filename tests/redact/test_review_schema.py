"""Table tests for the review metadata schema (review.yml) and the learning-theme vocabulary.

Every refusal is asserted by its message: the field is named, the allowed values are listed,
and free-text values (names, dates of death) are never repeated back.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from redact.review import (
    DOCUMENT_FILES,
    METADATA_FILE_NAME,
    ReviewError,
    ReviewMetadata,
    Status,
    load_review_metadata,
    parse_review_metadata,
)
from redact.themes import ThemeGroup, ThemeVocabularyError, load_theme_vocabulary

REPO = Path(__file__).resolve().parents[2]
THEMES_FILE = REPO / "site_config" / "themes.yml"
REVIEWS_DIR = REPO / "content" / "reviews"

# The fixed vocabulary, copied from the brief: the file must hold exactly these.
EXPECTED_SLUGS = {
    "record-keeping", "risk-assessment", "communication-and-information-sharing",
    "identification-of-domestic-abuse", "organisational-policy",
    "competence-knowledge-and-skills", "multi-agency-working", "referrals", "training",
    "public-awareness", "technology-systems", "identification-of-risk", "policy",
    "awareness-raising", "toxic-trio", "carer-abuse-of-older-people", "coercive-control",
    "economic-abuse", "separation", "stalking",
}  # fmt: skip
THEMES = frozenset(EXPECTED_SLUGS)
STATUSES = "published, pended, withdrawn"
CATEGORIES = (
    "intimate-partner-homicide, familial-homicide, parricide, homicide-suicide, "
    "suicide-following-domestic-abuse, older-victim, other"
)
AGE_BANDS = "16-19, 20-24, 25-34, 35-44, 45-54, 55-64, 65+"
ROLES = "victim, perpetrator, child, family member, friend, partner, other"

GOOD: dict[str, Any] = {
    "label": "DHR",
    "reference": "2023/a",
    "pseudonyms": [
        {"name": "Orla", "refers_to": "victim"},
        {"name": "Fenton", "refers_to": "perpetrator", "description": "her husband"},
    ],
    "independent_chair": "Quentin Examplechair",
    "author": "Quentin Examplechair",
    "csp": "Northshire Community Safety Partnership",
    "region": "North West",
    "police_force_area": "Northshire Police",
    "month_of_death": "2021-11",
    "dates": {
        "commissioned": date(2022, 1, 10),
        "qa_approved": date(2023, 6, 20),
        "published": date(2023, 9, 4),
    },
    "status": "published",
    "case_category": "intimate-partner-homicide",
    "victim": {"age_band": "25-34", "sex": "female"},
    "agencies": ["Northshire Police", "the GP practice"],
    "marac": True,
    "children_affected": False,
    "themes": ["coercive-control", "separation"],
    "fictional": True,
}

_DELETE = object()


def variant(**changes: Any) -> dict[str, Any]:
    """GOOD with changes; a key like `dates__published` reaches into a nested mapping."""
    data = copy.deepcopy(GOOD)
    for key, value in changes.items():
        *parents, last = key.split("__")
        target = data
        for parent in parents:
            target = target[parent]
        if value is _DELETE:
            target.pop(last, None)
        else:
            target[last] = value
    return data


def as_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def problems_of(text: str, path: str = "content/reviews/orla-2023/review.yml") -> str:
    with pytest.raises(ReviewError) as caught:
        parse_review_metadata(text, path, THEMES)
    message = str(caught.value)
    assert message.startswith(path + ":"), message  # the file is always named first
    return message


# ---------------------------------------------------------------------------- accepted metadata


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(GOOD, id="complete published review"),
        pytest.param(variant(label="DARDR"), id="new statutory name"),
        pytest.param(
            variant(status="pended", dates__published=_DELETE, dates__qa_approved=_DELETE),
            id="pended while proceedings run",
        ),
        pytest.param(
            variant(status="withdrawn", withdrawn_reason="Removed after 24 months."),
            id="withdrawn with a reason",
        ),
        pytest.param(variant(retained_until=date(2020, 1, 1), dates__published=date(2019, 5, 1),
                             dates__qa_approved=date(2019, 4, 1), dates__commissioned=date(2018, 1, 1),
                             month_of_death="2017-12"),
                     id="retention date already passed is valid"),
        pytest.param(
            variant(real_name_decision={"name": "Orla", "decided_by": "her mother",
                                        "recorded_on": date(2023, 2, 1)}),
            id="recorded real-name decision",
        ),
        pytest.param(variant(agencies=[], marac=False), id="no agency contact"),
        pytest.param(variant(victim={"age_band": "65+"}), id="sex defaults to not stated"),
        pytest.param(variant(month_of_death="2022-01", dates__commissioned=date(2022, 1, 30)),
                     id="commissioned in the month of death"),
    ],
)  # fmt: skip
def test_good_metadata_is_accepted(data: dict[str, Any]) -> None:
    metadata = parse_review_metadata(as_yaml(data), "review.yml", THEMES)
    assert isinstance(metadata, ReviewMetadata)
    assert metadata.primary_pseudonym == "Orla"


# ---------------------------------------------------------------------------- refused metadata

# (the metadata, the phrases its error must contain, text that must NOT appear in the error)
BAD: list[Any] = [
    # required fields: named, with what to write
    pytest.param(variant(status=_DELETE), ["status: this field is required", STATUSES], [],
                 id="status missing"),
    pytest.param(variant(month_of_death=_DELETE),
                 ["month_of_death: this field is required", "YYYY-MM"], [], id="month missing"),
    pytest.param(variant(themes=_DELETE), ["themes: this field is required"], [],
                 id="themes missing"),
    pytest.param(variant(victim={"sex": "female"}),
                 ["victim.age_band: this field is required", AGE_BANDS], [], id="age band missing"),
    # controlled vocabularies: the wrong value is echoed, the allowed ones listed
    pytest.param(variant(status="draft"), ["status: 'draft' is not allowed", STATUSES], [],
                 id="unknown status"),
    pytest.param(variant(label="DVHR"), ["label: 'DVHR' is not allowed", "DHR, DARDR"], [],
                 id="unknown label"),
    pytest.param(variant(case_category="murder"), ["case_category: 'murder'", CATEGORIES], [],
                 id="unknown case category"),
    pytest.param(variant(victim={"age_band": "30"}), ["victim.age_band: '30'", AGE_BANDS], [],
                 id="age instead of a band"),
    pytest.param(variant(victim={"age_band": "65+", "sex": "f"}),
                 ["victim.sex: 'f' is not allowed", "female, male, not stated"], [], id="bad sex"),
    pytest.param(variant(pseudonyms=[{"name": "Orla", "refers_to": "victim"},
                                     {"name": "Fenton", "refers_to": "husband"}]),
                 ["pseudonyms[2].refers_to: 'husband' is not allowed", ROLES], [],
                 id="unknown pseudonym role, counted from 1"),
    pytest.param(variant(themes=["coercive-control", "domestic-violence"]),
                 ["themes: 'domestic-violence' is not a known learning theme",
                  "use one of: awareness-raising, carer-abuse-of-older-people"], [],
                 id="unknown theme"),
    pytest.param(variant(themes=["separation", "separation"]),
                 ["themes: the same theme is listed twice (entries 1 and 2)"], [],
                 id="theme twice"),
    pytest.param(variant(themes=[]), ["themes: must not be empty"], [], id="no themes"),
    pytest.param(variant(marac="maybe"),
                 ["marac: 'maybe' is not yes/no; write true or false"], [], id="marac not yes/no"),
    # dates of death: month and year only, and the day is never echoed into a log
    pytest.param(variant(month_of_death=date(2021, 11, 27)),
                 ["month_of_death: a full date of death is not allowed", "YYYY-MM"], ["27"],
                 id="unquoted YAML date of death"),
    pytest.param(variant(month_of_death="2021-11-27"),
                 ["month_of_death: a full date of death is not allowed"], ["27"],
                 id="ISO date string"),
    pytest.param(variant(month_of_death="27 March 2022"),
                 ["month_of_death: a full date of death is not allowed"], ["27", "March"],
                 id="written-out date"),
    pytest.param(variant(month_of_death="March 27th, 2022"),
                 ["month_of_death: a full date of death is not allowed"], ["27"],
                 id="American order"),
    pytest.param(variant(month_of_death="27/03/2022"),
                 ["month_of_death: a full date of death is not allowed"], ["27/03"],
                 id="numeric date"),
    pytest.param(variant(month_of_death="March 2022"),
                 ["month_of_death: the value given is not a month and year", "YYYY-MM"],
                 ["March"], id="month name instead of YYYY-MM"),
    pytest.param(variant(month_of_death="2022-13"),
                 ["month_of_death: the value given is not a month and year"], [],
                 id="no 13th month"),
    # other dates and formats
    pytest.param(variant(dates__commissioned="early 2022"),
                 ["dates.commissioned: the value given is not a date", "YYYY-MM-DD"], ["early"],
                 id="date not a date, not echoed"),
    pytest.param(variant(reference="2023a"),
                 ["reference: the value given is not a library reference", "YYYY/letter"], [],
                 id="library reference shape"),
    pytest.param(variant(independent_chair=""), ["independent_chair: must not be empty"], [],
                 id="empty chair"),
    pytest.param(variant(independent_chair="   "), ["independent_chair: must not be empty"], [],
                 id="blank chair"),
    pytest.param(variant(pseudonyms="Orla"), ["pseudonyms: should be a list"], [],
                 id="pseudonyms not a list"),
    # strict: unknown fields refused, with a suggestion; a key that looks like a name is not echoed
    pytest.param(variant(stauts="published"),
                 ["'stauts' is not a review metadata field", "did you mean 'status'?"], [],
                 id="misspelt field"),
    pytest.param(variant(date_of_birth="1990-01-01"),
                 ["'date_of_birth' is not a review metadata field"], ["1990"],
                 id="field the schema refuses"),
    pytest.param(variant(victim={"age_band": "25-34", "name": "Zebedee"}),
                 ["'name' is not a review metadata field inside victim"], ["Zebedee"],
                 id="unknown nested field"),
    pytest.param({**GOOD, "Zebedee Quarrington": "victim"},
                 ["unknown field: this key is not a review metadata field"], ["Zebedee"],
                 id="name used as a key is not echoed"),
    # pseudonyms and agencies
    pytest.param(variant(pseudonyms=[{"name": "Fenton", "refers_to": "perpetrator"}]),
                 ["pseudonyms: no pseudonym refers_to 'victim'"], [], id="no victim pseudonym"),
    pytest.param(variant(pseudonyms=[{"name": "Orla", "refers_to": "victim"},
                                     {"name": "orla", "refers_to": "friend"}]),
                 ["pseudonyms: the same pseudonym is listed twice (entries 1 and 2)"],
                 ["orla", "Orla"], id="pseudonym twice, not echoed"),
    pytest.param(variant(agencies=["Northshire Police", "northshire police"]),
                 ["agencies: the same agency is listed twice"], [], id="agency twice"),
    # status consistency
    pytest.param(variant(dates__published=_DELETE),
                 ["a published review needs dates.published"], [], id="published without date"),
    pytest.param(variant(dates__qa_approved=_DELETE),
                 ["a published review needs dates.qa_approved"], [], id="published without QA"),
    pytest.param(variant(status="withdrawn"),
                 ["a withdrawn review needs withdrawn_reason"], [], id="withdrawn without reason"),
    pytest.param(variant(withdrawn_reason="x"),
                 ["withdrawn_reason is only for status withdrawn", "'published'"], [],
                 id="reason on a published review"),
    pytest.param(variant(status="pended", dates__published=_DELETE, retained_until=date(2030, 1, 1)),
                 ["a pended review has nothing to retain"], [], id="pended with retention"),
    pytest.param(variant(status="pended"),
                 ["a pended review has not been published; remove dates.published"], [],
                 id="pended with a publication date"),
    pytest.param(variant(dates__published=date(2023, 6, 1)),
                 ["dates: published is earlier than qa_approved"], [], id="published before QA"),
    pytest.param(variant(dates__qa_approved=date(2021, 6, 1)),
                 ["dates: qa_approved is earlier than commissioned"], [], id="QA before commission"),
    pytest.param(variant(month_of_death="2022-02"),
                 ["month_of_death is later than dates.commissioned"], [],
                 id="death after commissioning"),
    pytest.param(variant(retained_until=date(2023, 1, 1)),
                 ["retained_until is earlier than dates.published"], [],
                 id="retained until before publication"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "expected", "never"), BAD)
def test_bad_metadata_is_refused_in_plain_english(
    data: dict[str, Any], expected: list[str], never: list[str]
) -> None:
    message = problems_of(as_yaml(data))
    for phrase in expected:
        assert phrase in message, message
    for secret in never:
        # The problem lines only (the first line is the path, which may legitimately hold text).
        assert secret not in message.split("\n", 1)[1], message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PyYAML keeps the last of two equal keys; that must not pass silently
        (as_yaml(GOOD) + "status: published\n", ["line ", "status: this field is written twice"]),
        # indentation error: the line is given
        ("label: DHR\n  status: [\n", ["the file is not valid YAML at line"]),
        # a list instead of field: value lines
        ("- label: DHR\n", ["the file must be a set of 'field: value' lines"]),
        ("", ["the file must be a set of 'field: value' lines"]),
    ],
    ids=["duplicate key", "broken YAML", "list at top level", "empty file"],
)
def test_malformed_files_are_refused(text: str, expected: list[str]) -> None:
    message = problems_of(text)
    for phrase in expected:
        assert phrase in message, message


def test_errors_point_at_the_line_of_the_field() -> None:
    text = as_yaml(variant(status="draft"))
    status_line = text.splitlines().index("status: draft") + 1
    assert f"line {status_line}, status: 'draft' is not allowed" in problems_of(text)


def test_every_problem_is_reported_at_once() -> None:
    message = problems_of(as_yaml(variant(status="draft", label="X", themes=["nope"])))
    assert "3 problem(s)" in message
    assert all(field in message for field in ("status:", "label:", "themes:"))


def test_themes_are_not_checked_without_a_vocabulary() -> None:
    """Callers that only want the declared names (the gate) may skip the vocabulary."""
    metadata = parse_review_metadata(as_yaml(variant(themes=["anything"])), "review.yml")
    assert metadata.themes == ["anything"]


def test_declared_safe_names_and_titles() -> None:
    data = variant(real_name_decision={"name": "Orla Realname", "decided_by": "her mother",
                                       "recorded_on": date(2023, 2, 1)})  # fmt: skip
    metadata = parse_review_metadata(as_yaml(data), "review.yml", THEMES)
    assert metadata.declared_safe_names() == [
        "Orla", "Fenton", "Quentin Examplechair", "Quentin Examplechair", "Orla Realname",
    ]  # fmt: skip
    assert (
        metadata.library_title() == "Orla - Northshire Community Safety Partnership - 2023/a - DHR"
    )
    assert metadata.death_year == 2021


@pytest.mark.parametrize(
    ("changes", "today", "retained"),
    [
        ({}, date(2030, 1, 1), False),  # no retention date: stays published
        ({"retained_until": date(2028, 9, 30)}, date(2028, 9, 30), False),  # last day still shown
        ({"retained_until": date(2028, 9, 30)}, date(2028, 10, 1), True),  # the day after: record
        ({"status": "withdrawn", "withdrawn_reason": "At the family's request."},
         date(2023, 9, 5), True),  # withdrawn: always a record
    ],
)  # fmt: skip
def test_retained_record(changes: dict[str, Any], today: date, retained: bool) -> None:
    metadata = parse_review_metadata(as_yaml(variant(**changes)), "review.yml", THEMES)
    assert metadata.is_retained_record(today) is retained


# ---------------------------------------------------------------------- folders and their text


def _review_folder(tmp_path: Path, data: dict[str, Any], files: list[str]) -> Path:
    folder = tmp_path / "orla-2023"
    folder.mkdir()
    (folder / METADATA_FILE_NAME).write_text(as_yaml(data), encoding="utf-8")
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("# Draft\n", encoding="utf-8")
    return folder


PENDED = variant(status="pended", dates__published=_DELETE, dates__qa_approved=_DELETE)
WITHDRAWN = variant(status="withdrawn", withdrawn_reason="Removed at the family's request.")


@pytest.mark.parametrize(
    ("data", "files", "expected", "never"),
    [
        # the case in the brief: criminal proceedings still running, text present
        (PENDED, ["executive-summary.md"], [("status: a pended review must not have text to "
                                            "publish (found executive-summary.md)")], []),
        (PENDED, ["executive-summary.md", "overview-report.md", "action-plan.md"],
         ["found action-plan.md, executive-summary.md, overview-report.md"], []),
        # any other file would be published too; its name may itself identify someone
        (PENDED, ["notes-zebedee.md"], ["found 1 other file(s)"], ["zebedee"]),
        (PENDED, ["images/plan.png"], ["found 1 other file(s)"], []),
        # "private" in a file name is not the convention; only `.private.` or a private/ folder
        (PENDED, ["private-draft.md"], ["found 1 other file(s)"], []),
        # a withdrawn review is shown as a record only
        (WITHDRAWN, ["overview-report.md"], ["a withdrawn review must not have text",
                                             "the site shows only the withdrawal record"], []),
    ],
    ids=["pended + summary", "pended + all three", "pended + odd file", "pended + image",
         "pended + near-miss private name", "withdrawn + report"],
)  # fmt: skip
def test_folder_text_must_match_status(
    tmp_path: Path, data: dict[str, Any], files: list[str], expected: list[str], never: list[str]
) -> None:
    folder = _review_folder(tmp_path, data, files)
    with pytest.raises(ReviewError) as caught:
        load_review_metadata(folder, THEMES)
    message = str(caught.value)
    assert str(folder / METADATA_FILE_NAME) in message
    for phrase in expected:
        assert phrase in message, message
    for secret in never:
        assert secret not in message, message


@pytest.mark.parametrize(
    ("data", "files"),
    [
        (PENDED, []),  # pended, nothing but review.yml: fine (listed, nothing to read)
        (PENDED, [".DS_Store"]),  # hidden files are never published by MkDocs
        # the site's private-notes convention (mkdocs.yml exclude_docs, the site plugin)
        (PENDED, ["chair-notes.private.md", "private/draft.md", "notes.private"]),
        (PENDED, ["panel-notes.yml"]),  # YAML is metadata, never a page
        (WITHDRAWN, []),
        (GOOD, list(DOCUMENT_FILES.values())),
    ],
    ids=[
        "pended alone",
        "pended + hidden file",
        "pended + private notes",
        "pended + yaml",
        "withdrawn alone",
        "published + text",
    ],
)
def test_folder_accepted(tmp_path: Path, data: dict[str, Any], files: list[str]) -> None:
    assert load_review_metadata(_review_folder(tmp_path, data, files), THEMES).fictional


def test_missing_and_unreadable_metadata(tmp_path: Path) -> None:
    with pytest.raises(ReviewError, match="missing: every review folder needs a review.yml"):
        load_review_metadata(tmp_path, THEMES)
    (tmp_path / METADATA_FILE_NAME).write_bytes(b"label: \xff\xfe DHR\n")
    with pytest.raises(ReviewError, match="cannot be read as UTF-8 text"):
        load_review_metadata(tmp_path, THEMES)


# ------------------------------------------------------------------------------ the vocabulary


def test_vocabulary_holds_exactly_the_agreed_slugs() -> None:
    themes = load_theme_vocabulary(THEMES_FILE)
    assert set(themes) == EXPECTED_SLUGS
    for slug, theme in themes.items():
        assert theme.slug == slug
        assert theme.title and theme.description.endswith(".")
        # one plain sentence each
        assert theme.description.count(". ") == 0, slug
    groups = {theme.group for theme in themes.values()}
    assert groups == set(ThemeGroup)


def _write_vocabulary(tmp_path: Path, entries: Any) -> Path:
    path = tmp_path / "themes.yml"
    path.write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")
    return path


ENTRY = {"slug": "stalking", "title": "Stalking", "group": "risk-factor",
         "description": "Persistent unwanted contact."}  # fmt: skip


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"themes": [ENTRY, dict(ENTRY)]}, "theme entry 2: slug 'stalking' is listed twice"),
        ({"themes": [{k: v for k, v in ENTRY.items() if k != "title"}]},
         ("theme entry 1, title: this field is required but missing; each theme has exactly: "
         "slug, title, group, description")),
        ({"themes": [{**ENTRY, "group": "misc"}]},
         ("theme entry 1, group: 'misc' is not a group; use one of: national-2016, "
         "library-recommendation, risk-factor")),
        ({"themes": [{**ENTRY, "slug": "Stalking Behaviour"}]},
         "'Stalking Behaviour' is not a slug"),
        ({"themes": [{**ENTRY, "colour": "red"}]}, "theme entry 1, colour: unknown field"),
        ({"themes": ["stalking"]}, "theme entry 1: should be a group of 'field: value' lines"),
        ({"themes": []}, "'themes:' is empty"),
        ([ENTRY], "the file must hold one key, 'themes:'"),
        ({"themes": [ENTRY], "extra": 1}, "the file must hold one key, 'themes:'"),
    ],
    ids=["duplicate slug", "missing title", "unknown group", "bad slug", "unknown field",
         "entry not a mapping", "empty list", "list at top level", "extra top-level key"],
)  # fmt: skip
def test_bad_vocabulary_is_refused(tmp_path: Path, content: Any, expected: str) -> None:
    path = _write_vocabulary(tmp_path, content)
    with pytest.raises(ThemeVocabularyError) as caught:
        load_theme_vocabulary(path)
    assert str(caught.value).startswith(str(path) + ":")
    assert expected in str(caught.value)


def test_vocabulary_missing_or_broken_file(tmp_path: Path) -> None:
    with pytest.raises(ThemeVocabularyError, match="cannot be read"):
        load_theme_vocabulary(tmp_path / "nothing.yml")
    broken = tmp_path / "themes.yml"
    broken.write_text("themes:\n  - slug: a\n   title: b\n", encoding="utf-8")
    with pytest.raises(ThemeVocabularyError, match="not valid YAML at line"):
        load_theme_vocabulary(broken)


# ----------------------------------------------------------------------- the real sample reviews


def _sample_dirs() -> list[Path]:
    return sorted(p for p in REVIEWS_DIR.iterdir() if p.is_dir()) if REVIEWS_DIR.is_dir() else []


def test_sample_reviews_exist() -> None:
    assert len(_sample_dirs()) >= 4


@pytest.mark.parametrize("folder", _sample_dirs(), ids=lambda p: p.name)
def test_sample_review_loads(folder: Path) -> None:
    vocabulary = load_theme_vocabulary(THEMES_FILE)
    metadata = load_review_metadata(folder, set(vocabulary))
    assert metadata.fictional, "sample content must declare itself fictional"
    assert metadata.csp == "Northshire Community Safety Partnership"
    # slug = lower-case victim pseudonym + library year, e.g. mary-2023
    assert folder.name == f"{metadata.primary_pseudonym.lower()}-{metadata.reference[:4]}"
    present = {name for name in DOCUMENT_FILES.values() if (folder / name).is_file()}
    if metadata.status is Status.PUBLISHED:
        assert present == set(DOCUMENT_FILES.values())
    else:
        assert present == set()


def test_samples_exercise_every_field_and_vary() -> None:
    loaded = [load_review_metadata(folder, THEMES) for folder in _sample_dirs()]
    used: set[str] = set()
    for metadata in loaded:
        used |= metadata.model_fields_set
    assert used == set(ReviewMetadata.model_fields)
    published = [m for m in loaded if m.status is Status.PUBLISHED]
    assert len(published) >= 3
    assert len({m.case_category for m in published}) == len(published)
    assert len({m.victim.age_band for m in published}) == len(published)
    assert {m.marac for m in published} == {True, False}
    assert {m.children_affected for m in published} == {True, False}
    assert all(len(m.themes) >= 3 for m in published)
    assert any(m.status is Status.WITHDRAWN for m in loaded)


_FULL_DATE_IN_TEXT = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
)
_WORDS: dict[str, tuple[int, int]] = {
    "executive-summary.md": (450, 1000),
    "overview-report.md": (2000, 20000),
    "action-plan.md": (150, 5000),
}


def _documents() -> list[Path]:
    return [
        d / name for d in _sample_dirs() for name in DOCUMENT_FILES.values() if (d / name).is_file()
    ]


@pytest.mark.parametrize("document", _documents(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sample_documents_are_marked_fictional_and_carry_no_exact_dates(document: Path) -> None:
    text = document.read_text(encoding="utf-8")
    opening = "\n".join(text.splitlines()[:6]).lower()
    assert "fictional" in opening, "every sample document opens with the fictional note"
    assert not _FULL_DATE_IN_TEXT.search(text), "chronologies use month and year only"
    low, high = _WORDS[document.name]
    assert low <= len(text.split()) <= high


def test_action_plans_have_the_model_columns() -> None:
    header = (
        "| Recommendation | Scope | Action | Lead agency | Milestones | Target date | "
        "Completion date and outcome |"
    )
    plans = [d for d in _documents() if d.name == "action-plan.md"]
    assert plans
    for plan in plans:
        assert header in plan.read_text(encoding="utf-8"), plan
