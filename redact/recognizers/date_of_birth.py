"""Dates of birth (entity `DATE_OF_BIRTH`, block).

The Home Office QA Panel has rejected reports for leaving dates of birth in. A date (any shape
of `_dates`) or a month and year is a date of birth when a birth word is next to it:
before it ("date of birth", "DOB", "D.O.B.", "born on", "born", "birthday"; Welsh "dyddiad
geni", "ganwyd") within a few words of
the same clause, or straight after it ("12/03/1985 (DOB)"); or in brackets straight after a full
name ("Ana Smith (05/08/1993)"), the way police and IMR records write a date of birth, or after a
record's "B:" field ("B: 29.04.1979"). Without such a word there is no
finding here (the date is still an exact date for `DATE_EXACT`). Only the date is reported.
A year alone ("Ama was born in 2013") says no more than an age, which reports give, so it is
not a date of birth.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import GatePatternRecognizer
from redact.recognizers._dates import DAY, EXACT_DATE, MONTH_NAME, MONTH_NUMBER, MONTH_YEAR

_BIRTH_BEFORE = (
    r"(?<![A-Za-z])(?:date[ \u00a0]+of[ \u00a0]+birth|birth[ \u00a0-]?date|birthday"
    r"|d\.?[ \u00a0]?o\.?[ \u00a0]?b\b\.?|born|dyddiad[ \u00a0]+geni|ganwyd|ganed"
    # born, in the languages of records UK families bring: Slovak/Czech, Polish, German, Romanian
    r"|nar\.|narodena|narozena|ur\.|urodzon[ay]|geb\.|geboren|n[ăa]scut[ăa]?)"
)
_BIRTH_AFTER = r"[ \u00a0]*[(\[,\-–]?[ \u00a0]*(?:date[ \u00a0]+of[ \u00a0]+birth|d\.?o\.?b\b\.?)"
# Up to 40 characters of the same clause between the birth word and the date, no digits ("was
# born at the Trust's maternity unit on 17/05/2022"); a line may wrap there ("born\n3 January
# 2019"), a paragraph may not, nor a new clause ("born in Leeds and on 3 May 2019 she moved").
# Where a new clause starts, which no gap between a birth word and its date crosses.
_NOT_NEW_CLAUSE = r"(?![ \u00a0](?i:and|but|she|he|they|married|moved|died|left)[ \u00a0,])"
# ... nor, in a longer gap, a clause of its own ("born in Hull, where on 12 May 2001 the plant
# closed").
_NOT_RELATIVE_CLAUSE = (
    r"(?![ \u00a0](?i:where|when|which|who|whose|after|before|until|while|then|since)[ \u00a0,])"
)
_GAP = rf"(?:{_NOT_NEW_CLAUSE}[^\n0-9.!?,;()]|\n(?![ \t]*\n)){{0,40}}?"
# A form's leader of dots or rules between the field and its value: "Child DOB ....... 11.06.2016".
_LEADER = r"[ \u00a0]*(?:[.…_]{2,}|…)[ \u00a0]*:?[ \u00a0]*"


# A date of birth said in words, as a transcript or a tribute writes it: "the second of May,
# nineteen forty-two", "Fourth of May, nineteen eighty-one", "the fourteenth of January 1979".
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[ \u00a0-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth)"
)
_NUMBER_WORD = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|"
    r"nine|thousand|hundred|and|oh|o)"
)
_YEAR_IN_WORDS = rf"(?:(?:19|20)[0-9]{{2}}|{_NUMBER_WORD}(?:[ \u00a0-]+{_NUMBER_WORD}){{1,5}})"
_DATE_IN_WORDS = (
    rf"(?i:(?:the[ \u00a0]+)?{_ORDINAL_WORD}[ \u00a0]+of[ \u00a0]+(?:{MONTH_NAME}),?[ \u00a0]+"
    rf"{_YEAR_IN_WORDS})(?![A-Za-z0-9])"
)

# Up to 40 characters of the same clause, a line's wrap or a transcript's time stamp included, but
# not a new clause ("born in Leeds, and on the second of May ... she moved").
_WORDS_GAP = rf"(?:{_NOT_NEW_CLAUSE}{_NOT_RELATIVE_CLAUSE}[^\n.!;()]|\n(?![ \t]*\n)){{0,40}}?"


class DateOfBirthRecognizer(GatePatternRecognizer):
    """A date or month-year beside a birth word."""

    ENTITY: ClassVar[str] = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Date of birth (birth word before)",
            rf"{_BIRTH_BEFORE}(?:[ \u00a0]*[:\-–(,][ \u00a0]*|{_LEADER}|{_GAP})"
            + rf"(?P<value>{EXACT_DATE}|{MONTH_YEAR})",
            0.85,
        ),
        Pattern(
            "Date of birth (birth word after)",
            rf"(?P<value>{EXACT_DATE}){_BIRTH_AFTER}",
            0.85,
        ),
        # "DOB 9.4.44": after a birth word, a dotted date with one-digit day or month and a
        # two-digit year is a date too (elsewhere it could be a paragraph number).
        Pattern(
            "Date of birth (short dotted date after a birth word)",
            rf"{_BIRTH_BEFORE}[ \u00a0]*[:\-]?[ \u00a0]*"
            + rf"(?P<value>(?<![0-9.]){DAY}\.{MONTH_NUMBER}\.[0-9]{{2}})(?![0-9]|\.[0-9])",
            0.85,
        ),
        # "DOB: 19 Jul 48": after a birth word, a day, a month's name and a two-digit year.
        Pattern(
            "Date of birth (day, month's name, two-digit year after a birth word)",
            rf"{_BIRTH_BEFORE}[ \u00a0]*[:\-]?[ \u00a0]*"
            + rf"(?P<value>(?<![0-9]){DAY}[ \u00a0]+{MONTH_NAME}\.?[ \u00a0]+[0-9]{{2}})(?![0-9])",
            0.85,
        ),
        # "nar. 5. 3. 2000": the day and month with a dot and a space, as Central Europe writes.
        Pattern(
            "Date of birth (day. month. year)",
            rf"{_BIRTH_BEFORE}[ \u00a0]*[:\-]?[ \u00a0]*"
            + rf"(?P<value>{DAY}\.[ \u00a0]{MONTH_NUMBER}\.[ \u00a0]?(?:19|20)[0-9]{{2}})(?![0-9])",
            0.85,
        ),
        # "DOB 1991. 03. 22.": year first with dots, as Hungary and Korea write a date.
        Pattern(
            "Date of birth (year. month. day.)",
            rf"{_BIRTH_BEFORE}[ \u00a0]*[:\-]?[ \u00a0]*"
            + r"(?P<value>(?:19|20)[0-9]{2}\.[ \u00a0]?[0-9]{1,2}\.[ \u00a0]?[0-9]{1,2}\.?)(?![0-9])",
            0.85,
        ),
        # "DOB: 15 October 1989 (BS 2046/06/29)": the same date in another calendar, in brackets.
        Pattern(
            "Date of birth (the same date in another calendar)",
            rf"{_BIRTH_BEFORE}[ \u00a0]*[:\-]?[ \u00a0]*(?:{EXACT_DATE})[ \u00a0]*\("
            + r"(?:[A-Za-z.]{1,6}[ \u00a0]*)?"
            + r"(?P<value>[0-9]{4}[/\-.][0-9]{1,2}[/\-.][0-9]{1,2}|[0-9]{1,2}[/\-.][0-9]{1,2}"
            + r"[/\-.][0-9]{4})\)",
            0.85,
        ),
        # "born on the second of May, nineteen forty-two"; "Date of birth?\n MALE: Fourth of May,
        # nineteen eighty-one" (an answer on the next line of a transcript)
        # "born in Mendefera, in the south of Eritrea, on the second of February, nineteen
        # eighty-nine": a longer gap, commas in it, up to an 'on' before the date (no new
        # clause, no sentence's end)
        Pattern(
            "Date of birth (on a date, after where someone was born)",
            rf"{_BIRTH_BEFORE}(?:{_NOT_NEW_CLAUSE}{_NOT_RELATIVE_CLAUSE}[^\n.!?;()]"
            r"|\n(?![ \t]*\n)){1,100}?"
            rf"(?<![A-Za-z])on[ \u00a0\n]+(?:the[ \u00a0\n]+)?"
            rf"(?P<value>{EXACT_DATE}|{_DATE_IN_WORDS}|(?:{_ORDINAL_WORD}[ \u00a0\n]+of[ \u00a0\n]+"
            rf"(?:{MONTH_NAME}),?[ \u00a0\n]+{_YEAR_IN_WORDS}))",
            0.85,
        ),
        # "Eli, b. 22.08.2019": a list's 'b.' (born) before a full date
        Pattern(
            "Date of birth (b. before a date)",
            r"(?<=[,(;][ \u00a0])(?-i:b)\.[ \u00a0]?" + rf"(?P<value>{EXACT_DATE})",
            0.85,
        ),
        Pattern(
            "Date of birth (in words)",
            rf"{_BIRTH_BEFORE}{_WORDS_GAP}(?P<value>{_DATE_IN_WORDS})",
            0.85,
        ),
        # "her date of birth\n3 Şubat 1993", "date of birth is recorded as 1 Farvardin 1343": a day,
        # a month's name in any language or calendar, and a year, after a birth word.
        Pattern(
            "Date of birth (a month named in another language)",
            rf"{_BIRTH_BEFORE}{_WORDS_GAP}"
            + r"(?P<value>(?<![0-9])[0-9]{1,2}\.?[ \u00a0]+[^\W\d_]{3,12}[ \u00a0]+[0-9]{4})(?![0-9])",
            0.85,
        ),
        # "SMITH JANE   B: 29.04.1979": a record's "B:" (born) before a full date.
        Pattern(
            "Date of birth (record field B:)",
            r"(?-i:(?<![A-Za-z0-9])B)[ \u00a0]*:[ \u00a0]*" + rf"(?P<value>{EXACT_DATE})",
            0.85,
        ),
        # "Ana Smith (05/08/1993)": police and IMR records write a date of birth this way.
        Pattern(
            "Date of birth (in brackets after a full name)",
            r"(?-i:(?<![A-Za-z])[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+){1,3})[ \u00a0]*\("
            + rf"(?P<value>{EXACT_DATE})\)",
            0.5,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("birth", "dob", "born", "birthday")
