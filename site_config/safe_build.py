"""Build into a fresh folder next to `site/`, and only swap it in once it has passed the gate.

MkDocs writes pages one by one into `site_dir`; a crash, a gate finding or Ctrl-C half way
would otherwise leave a half-written or unchecked `site/` for a web officer to upload. The
build folder is a sibling of `site/` (same parent, so the same filesystem) so the final
`rename` cannot be a slow copy. Plain module: no MkDocs import, so it is easy to test.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from pathlib import Path

BUILD_PREFIX = ".site-build-"
OLD_PREFIX = ".site-old-"
# A build killed outright (SIGTERM, power cut) cannot clean up after itself; the next build
# removes such leftovers once they are clearly abandoned (untouched for this long).
STALE_AFTER_SECONDS = 3600


class SafeBuildError(Exception):
    """The build folder could not be created or swapped in. The message says what to do."""


class SafeBuild:
    """One build: `start()` makes the temporary folder, then `publish()` or `discard()`."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir.absolute()
        self.build_dir: Path | None = None

    def start(self) -> Path:
        """Create an empty `.site-build-<random>` folder beside `site/` and return it.

        `mkdir` (not `mkdtemp`) so the folder gets the usual permissions: after the swap
        it is the published `site/`, which a web server must be able to read.
        """
        parent = self.site_dir.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            remove_stale_leftovers(parent)
            for _ in range(10):
                candidate = parent / f"{BUILD_PREFIX}{secrets.token_hex(6)}"
                try:
                    candidate.mkdir()
                except FileExistsError:
                    continue
                self.build_dir = candidate
                return candidate
        except OSError as error:
            raise SafeBuildError(
                f"cannot create a build folder in {parent}: {error}. "
                "Check that the folder exists and that you may write to it."
            ) from error
        raise SafeBuildError(f"cannot find a free build folder name in {parent}")

    def publish(self) -> None:
        """Replace `site/` by the checked build folder; on failure put the old `site/` back."""
        if self.build_dir is None or not self.build_dir.is_dir():
            raise SafeBuildError("there is no finished build to publish")
        old: Path | None = None
        if self.site_dir.exists() or self.site_dir.is_symlink():
            old = self.site_dir.parent / f"{OLD_PREFIX}{secrets.token_hex(6)}"
            try:
                os.rename(self.site_dir, old)
            except OSError as error:
                self.discard()
                raise SafeBuildError(
                    f"cannot move the previous {self.site_dir} aside: {error}. "
                    "Nothing was changed; close any program using that folder and build again."
                ) from error
        try:
            os.rename(self.build_dir, self.site_dir)
        except OSError as error:
            if old is not None:
                os.rename(old, self.site_dir)
            self.discard()
            raise SafeBuildError(
                f"cannot move the new build into {self.site_dir}: {error}. "
                "The previous site was put back unchanged."
            ) from error
        self.build_dir = None
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        """Delete the build folder (if any); `site/` is left exactly as it was."""
        if self.build_dir is not None:
            shutil.rmtree(self.build_dir, ignore_errors=True)
            self.build_dir = None


def remove_stale_leftovers(parent: Path, now: float | None = None) -> list[Path]:
    """Delete `.site-build-*` / `.site-old-*` folders in `parent` untouched for an hour or more.

    Never a fresh one: another build may be running beside this one. Returns what was removed.
    """
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    removed: list[Path] = []
    for candidate in parent.iterdir():
        if not candidate.name.startswith((BUILD_PREFIX, OLD_PREFIX)) or not candidate.is_dir():
            continue
        try:
            if candidate.stat().st_mtime < cutoff:
                shutil.rmtree(candidate, ignore_errors=True)
                removed.append(candidate)
        except OSError:
            continue
    return removed
