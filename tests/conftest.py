"""Test-wide isolation: the gate's result cache lives in this run's temporary folder, so no
test passes on answers cached by an earlier run (the cache key covers the gate's own code, but
a test run should prove the gate, not the cache)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def isolated_gate_cache() -> Iterator[None]:
    previous = os.environ.get("REDACT_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="redact-cache-") as folder:
        os.environ["REDACT_CACHE_DIR"] = folder
        yield
    if previous is None:
        os.environ.pop("REDACT_CACHE_DIR", None)
    else:
        os.environ["REDACT_CACHE_DIR"] = previous
