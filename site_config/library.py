"""The reviews a build publishes: every `content/reviews/<slug>/` folder, validated.

Every folder is checked before one page is generated, and all problems of all folders are
reported together, so a web officer fixes them in one go rather than one per build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from redact.review import (
    DOCUMENT_FILES,
    ReviewError,
    ReviewMetadata,
    Status,
    load_review_metadata,
)
from redact.themes import Theme

REVIEWS_FOLDER = "reviews"


class LibraryError(Exception):
    """One or more review folders are wrong. The message names each file and problem."""

    def __init__(self, errors: list[ReviewError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


@dataclass(frozen=True)
class Review:
    """One review folder and what the site does with it."""

    slug: str
    folder: Path
    metadata: ReviewMetadata
    documents: dict[str, Path] = field(default_factory=dict)  # DOCUMENT_FILES key -> file
    is_record: bool = False  # withdrawn or past retention: a record page, not the text

    @property
    def sort_key(self) -> tuple[date, str, str]:
        """Newest published first; unpublished last; then by reference."""
        published = self.metadata.dates.published or date.min
        return (published, self.metadata.reference, self.slug)


@dataclass(frozen=True)
class Library:
    """The reviews a build publishes (pended ones are left out) and the theme vocabulary."""

    reviews: list[Review]
    themes: dict[str, Theme]
    withheld: list[str]  # slugs of pended reviews: nothing of them is published

    def latest(self, count: int) -> list[Review]:
        """The newest reviews whose text is published (records are not "latest reviews")."""
        return [review for review in self.reviews if not review.is_record][:count]

    def by_theme(self, slug: str) -> list[Review]:
        return [review for review in self.reviews if slug in review.metadata.themes]


def load_library(content_dir: Path, themes: dict[str, Theme], today: date) -> Library:
    """Load every review folder under `content_dir/reviews`.

    Raises LibraryError listing every problem of every folder (ReviewError from the schema,
    including unknown themes) so nothing is published from a half-valid library.
    """
    root = content_dir / REVIEWS_FOLDER
    folders = sorted(path for path in root.iterdir() if path.is_dir()) if root.is_dir() else []
    reviews: list[Review] = []
    withheld: list[str] = []
    errors: list[ReviewError] = []
    for folder in folders:
        if folder.name.startswith(".") or folder.name == "private":
            continue
        try:
            metadata = load_review_metadata(folder, allowed_themes=themes)
        except ReviewError as error:
            errors.append(error)
            continue
        if metadata.status is Status.PENDED:
            withheld.append(folder.name)
            continue
        documents = {
            key: folder / name for key, name in DOCUMENT_FILES.items() if (folder / name).is_file()
        }
        if "executive_summary" not in documents and not metadata.is_retained_record(today):
            errors.append(
                ReviewError(
                    folder / DOCUMENT_FILES["executive_summary"],
                    [
                        (
                            "missing: a published review needs its executive summary "
                            f"({DOCUMENT_FILES['executive_summary']}) in the review folder"
                        )
                    ],
                )
            )
            continue
        reviews.append(
            Review(
                slug=folder.name,
                folder=folder,
                metadata=metadata,
                documents=documents,
                is_record=metadata.is_retained_record(today),
            )
        )
    if errors:
        raise LibraryError(errors)
    reviews.sort(key=lambda review: review.sort_key, reverse=True)
    return Library(reviews=reviews, themes=themes, withheld=withheld)
