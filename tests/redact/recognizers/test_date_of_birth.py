"""DATE_OF_BIRTH: a date, month-year or year next to a birth word; nothing without one."""

from __future__ import annotations

import pytest

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = DateOfBirthRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB: 12/03/1985", ["12/03/1985"]),  # DOB and a colon
        ("D.O.B. 12.03.85", ["12.03.85"]),  # dotted DOB, dotted date
        ("dob 12-03-1985", ["12-03-1985"]),  # lower case
        ("Date of birth: 12 March 1985", ["12 March 1985"]),  # written out
        ("date of birth - 12th March 1985", ["12th March 1985"]),  # dash
        ("She was born on 12th March 1985.", ["12th March 1985"]),  # born on
        ("born on the 1st of May, 1990", ["1st of May, 1990"]),  # 'the' and 'of'
        ("born March 12 1985", ["March 12 1985"]),  # American order
        ("was born in Town A in June 1990", ["June 1990"]),  # month-year a few words on
        ("born in June 1990", ["June 1990"]),  # month and year
        ("12/03/1985 (DOB)", ["12/03/1985"]),  # birth word after the date
        ("12 March 1985 (date of birth)", ["12 March 1985"]),  # long birth word after
        ("Birthdate: 2/3/1985", ["2/3/1985"]),  # 'birthdate'
        ("his date of birth (23/07/1976), his", ["23/07/1976"]),  # in brackets
        ("her date of birth, 21.02.1991, and", ["21.02.1991"]),  # after a comma
        ('including "Jane Anne Doe (05/08/1992)"', ["05/08/1992"]),  # name then date in brackets
    ],
)
def test_dates_of_birth_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "DATE_OF_BIRTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "On 12/03/2021 she called the police.",  # a date without a birth word
        "aged 34 in 2019",  # an age and a year, no birth word
        "Adult A, aged 34 (born 1988), lived",  # a year of birth says no more than the age
        "Their son was born in 2013.",  # a child's birth year, as reports give an age
        "She was born. In 2019 she moved.",  # the birth word is in another sentence
        "The newborn was seen on 3 May 2019 by the GP",  # 'born' inside another word
        "stillborn in 2010",  # 'born' inside another word
        "born in Town A",  # a birth word without a date
        "DOB: [redacted]",  # redacted
        "born in Town A, died in June 2020",  # the date belongs to another clause
        "the meeting (12/03/2021) agreed",  # a date in brackets after an ordinary word
    ],
)
def test_near_misses_are_not_dates_of_birth(text: str) -> None:
    assert found(RECOGNIZER, text) == []
