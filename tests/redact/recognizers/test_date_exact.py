"""DATE_EXACT: exact day-month-year dates in every common UK shape; month + year is not one."""

from __future__ import annotations

import pytest

from redact.recognizers.date_exact import DateExactRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = DateExactRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/03/2021", ["12/03/2021"]),  # numeric, four-digit year
        ("3/4/21", ["3/4/21"]),  # numeric, single digits, two-digit year
        ("12-03-2021", ["12-03-2021"]),  # dashes
        ("12.03.21", ["12.03.21"]),  # dots, two-digit year
        ("1.3.2021", ["1.3.2021"]),  # dots, single digits, four-digit year
        ("2021-03-12", ["2021-03-12"]),  # ISO 8601
        ("12 March 2021", ["12 March 2021"]),  # written
        ("12th March 2021", ["12th March 2021"]),  # ordinal
        ("1st of March, 2021", ["1st of March, 2021"]),  # 'of' and a comma
        ("12 Mar. 2021", ["12 Mar. 2021"]),  # abbreviated month
        ("12 march 2021", ["12 march 2021"]),  # lower-case month
        ("22 Sept 2020", ["22 Sept 2020"]),  # 'Sept'
        ("12 March '21", ["12 March '21"]),  # apostrophe year
        ("March 12, 2021", ["March 12, 2021"]),  # American order
        ("March 12th 2021", ["March 12th 2021"]),  # American order, ordinal
        ("On 3 May 2019 the GP saw her.", ["3 May 2019"]),  # in a sentence
        ("between 2/1/2020 and 9/1/2020", ["2/1/2020", "9/1/2020"]),  # two dates
        ("On 3 March she called the police.", ["3 March"]),  # year left to the context
        ("on the 14th of February", ["14th of February"]),  # ordinal, 'of', no year
        ("from March 3rd the calls stopped", ["March 3rd"]),  # American order, no year
    ],
)
def test_exact_dates_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "DATE_EXACT", expected)


@pytest.mark.parametrize(
    "text",
    [
        "March 2021",  # month and year only: the DHR convention, allowed
        "in March 2021 she moved",  # month and year in a sentence
        "Spring 2020",  # season
        "in 2019",  # a year
        "paragraph 3.1.12",  # paragraph numbers with dots
        "see 1.2.3",  # paragraph numbers
        "12/34567/20",  # a crime reference
        "32/01/2021",  # no 32nd day
        "12/13/2021",  # no 13th month
        "12 Marching 2021",  # not a month name
        "Recommendation 3 in March",  # a number then a month, not a date
        "May 2021 and 3 Mayfield",  # month-year, then not a month
    ],
)
def test_near_misses_are_not_exact_dates(text: str) -> None:
    assert found(RECOGNIZER, text) == []
