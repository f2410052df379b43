"""An exact date long before the death is treated as a date of birth (never published)."""

from __future__ import annotations

import pytest

from redact.gate import Gate, _long_before
from redact.policy import SitePolicy


@pytest.mark.parametrize(
    ("date_text", "reference_year", "expected"),
    [
        ("14/02/1987", 2021, True),  # 34 years before the death: a birth date
        ("14 March 2019", 2021, False),  # in the chronology's years: an exact date (warn)
        ("12.06.98", 2021, True),  # two-digit year read as 1998
        ("03/11/09", 2021, True),  # 2009: twelve years before
        ("03/11/10", 2021, False),  # 2010: eleven years before
        ("1 January 2000", None, True),  # no review: measured from this year
        ("no year here", 2021, False),
        ("2021-03-03", 2021, False),  # ISO: the year comes first
        ("1987-02-14", 2021, True),
        ("3 March", 2021, False),  # no year at all
    ],
)
def test_long_before(date_text: str, reference_year: int | None, expected: bool) -> None:
    assert _long_before(date_text, reference_year) is expected


def test_an_old_exact_date_blocks_as_a_date_of_birth_but_a_recent_one_warns() -> None:
    gate = Gate(SitePolicy(), use_cache=False, workers=1)
    report = gate.check_text("She was seen on 14/02/1987 and again on 3 May 2024.\n", "x.md")
    kinds = sorted((f.entity_type, f.severity.value) for f in report.findings)
    assert kinds == [("DATE_EXACT", "warn"), ("DATE_OF_BIRTH", "block")]
