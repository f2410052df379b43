"""Exact dates (entity `DATE_EXACT`, warn by default).

An exact day-month-year in a chronology is a quasi-identifier: with a town and an age it finds
the family in a newspaper archive. DHR practice publishes month and year only, so a month and a
year ("March 2021") is not a finding; a day and month without a year ("3 March", "12/03", "Monday 3rd", "on the 14th") is.
Shapes are those of `_dates` (UK numeric, ISO, written).
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import GatePatternRecognizer
from redact.recognizers._dates import (
    DAY_MONTH,
    EXACT_DATE,
    NUMERIC_DAY_MONTH,
    THE_DAY,
    WEEKDAY_DAY,
)


class DateExactRecognizer(GatePatternRecognizer):
    """Any exact calendar date."""

    ENTITY: ClassVar[str] = "DATE_EXACT"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Exact date", EXACT_DATE, 0.6),
        Pattern("Day and month", DAY_MONTH, 0.5),
        Pattern("Weekday and day", WEEKDAY_DAY, 0.5),
        Pattern("'on the 14th'", THE_DAY, 0.5),
        Pattern("Numeric day and month", NUMERIC_DAY_MONTH, 0.4),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("date", "on")
