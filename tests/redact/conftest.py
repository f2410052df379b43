"""The gate the round tables run through: the real gate with the rows' site policy, loaded once
for the whole run (a module that needs another policy defines its own `gate`)."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import row_gate, row_policy


@pytest.fixture(scope="session")
def gate() -> Gate:
    return row_gate(row_policy())
