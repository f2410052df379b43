"""Initials in a table's column of who did something ("| By |", "| Seen by |", "| Worker |"),
or in the cell after such a row's label ("| Key worker | DW |").

Case-record extracts in reports are tables whose last column says who wrote or did each entry:
"| Nov 2022 | Crying in form time. | MT |". Those letters are a named worker's initials, while the
same letters in prose are as often an acronym. The recognizers read a view in which a table's
pipes are blanked, so they cannot tell the column; this reads the Markdown's own table rows.
Role letters ('DSL', 'SW1', 'TM', 'AO'), abbreviations and words in capitals are left alone.
"""

from __future__ import annotations

import itertools
import re

from redact import lexicon
from redact.context_people import COLUMN_ROLES, ambiguous_initials, letters_not_a_word
from redact.context_words import generic
from redact.name_recognizers import PERSON

WHY = "initials in a table's column of who did something"
WHY_NAME = "a name in a table's column of who did something"

# A header cell that names who wrote or did each row.
_WORKER_HEADER = re.compile(
    r"(?:seen|recorded|logged|entered|completed|reported|signed|written|actioned|made|taken|"
    r"received|handled|assigned|allocated)[ \t]+(?:by|to)|by|"
    r"staff(?:[ \t]+members?)?|workers?|carers?|author|initials|officers?|clinicians?|"
    r"practitioners?|professionals?|who|key[ \t]?workers?|signed|signature|"
    # a meeting's table of who was there: '| Present | Role |'
    r"present|attendees?|attending|in[ \t]+attendance|"
    # a role's column holds its worker's initials: '| IDVA |', '| Social worker |'
    r"idva|isva|sw|social[ \t]+worker|hv|health[ \t]+visitor|nurse|advocate|case[ \t]?worker",
    re.IGNORECASE,
)
_DELIMITER_ROW = re.compile(
    r"^[ \t>]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"
)
_QUOTE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*")
# Initials: two to four capitals, with or without stops, a hyphenated family name ("JP-K"), a
# Welsh 'ap' ("C.ap.I.") or a Gaelic prefix ("J.McC.").
_INITIALS = re.compile(
    r"(?<![\w.'’\-])(?:[A-Z](?:\.[ ]?)?(?:ap(?:\.[ ]?)?)?){1,3}(?:Mc|Mac|O['’])?[A-Z]\.?(?:-[A-Z]\.?)?"
    r"(?![\w'’\-])"
)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _cells(line: str, line_start: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row, in the whole text's offsets."""
    prefix = _QUOTE_PREFIX.match(line)
    offset = prefix.end() if prefix else 0
    body = line[offset:].rstrip()
    pipes = [i for i, c in enumerate(body) if c == "|" and (i == 0 or body[i - 1] != "\\")]
    if not pipes:
        return []
    edges = pipes if body.lstrip().startswith("|") else [-1, *pipes]
    if not body.endswith("|"):
        edges = [*edges, len(body)]
    return [
        (line_start + offset + left + 1, line_start + offset + right)
        for left, right in itertools.pairwise(edges)
    ]


def worker_column_initials(text: str) -> list[tuple[str, int, int, str]]:
    """(PERSON, start, end, why) for initials in a table column of who did each row."""
    found: list[tuple[str, int, int, str]] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    index = 0
    while index + 1 < len(lines):
        if "|" not in lines[index] or not _DELIMITER_ROW.match(lines[index + 1]):
            index += 1
            continue
        header = _cells(lines[index], starts[index])
        columns = {
            number for number, (start, end) in enumerate(header) if _names_worker(text, start, end)
        }
        found.extend(_row_label_initials(text, header))
        rows: list[list[tuple[int, int]]] = []
        row = index + 2
        while row < len(lines) and "|" in lines[row]:
            rows.append(_cells(lines[row], starts[row]))
            found.extend(_row_label_initials(text, rows[-1]))
            row += 1
        for number in sorted(columns):
            column = [cells[number] for cells in rows if number < len(cells)]
            found.extend(_column_initials(text, column))
            found.extend(hit for start, end in column for hit in _name_in(text, start, end))
        index = row
    return found


def _column_initials(text: str, column: list[tuple[int, int]]) -> list[tuple[str, int, int, str]]:
    """A worker column's initials; letters a record also uses as a word ('SP', 'MH') count
    when other initials stand in the same column ("| JM, KB |" above "| SP |")."""
    initials = [hit for start, end in column for hit in _initials_in(text, start, end)]
    if not initials:
        return []
    return initials + [
        hit for start, end in column for hit in _initials_in(text, start, end, ambiguous=True)
    ]


def _row_label_initials(text: str, cells: list[tuple[int, int]]) -> list[tuple[str, int, int, str]]:
    """A record's table of fields, a field per row: "| Key worker | DW |"."""
    found = []
    for (start, end), value in itertools.pairwise(cells):
        if _names_worker(text, start, end):
            found.extend(_initials_in(text, *value))
    return found


def _names_worker(text: str, start: int, end: int) -> bool:
    """Whether a cell is a label for who wrote or did something ("By", "Key worker")."""
    return _WORKER_HEADER.fullmatch(text[start:end].strip(" \t*_")) is not None


# A cell that is a name alone, a surname or a given name and surname: "| Boswell |".
_NAME_CELL = re.compile(r"[ \t*_]*(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+)?)[ \t*_]*")
NAME_CELL_MAX_ZIPF = 3.5  # 'Boswell', 'Nance'; not 'Admin' or 'Manager'


def _name_in(text: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    """A worker column's cell holding one name: each word a known given name or surname, no
    role, agency or everyday word ("| Boswell |"; not "| Duty officer |", "| Police |")."""
    match = _NAME_CELL.fullmatch(text, start, end)
    if match is None:
        return []
    words = [word.casefold() for word in re.split(r"[ \-]", match.group("name"))]
    if all(
        (lexicon.is_surname(word) or lexicon.is_given_name(word))
        and not generic(word)
        and lexicon.word_zipf(word) < NAME_CELL_MAX_ZIPF
        for word in words
    ):
        return [(PERSON, *match.span("name"), WHY_NAME)]
    return []


def _initials_in(
    text: str, start: int, end: int, *, ambiguous: bool = False
) -> list[tuple[str, int, int, str]]:
    """Initials in one cell (`start`-`end`) that are no role's letters, subject or word (with
    `ambiguous`, only those letters that are as often a record's word: see `_column_initials`)."""
    found = []
    for match in _INITIALS.finditer(text, start, end):
        letters = re.sub(r"[^A-Za-z]", "", match.group(0)).casefold()
        alone = text[start:end].strip(" \t*_") == match.group(0)
        if (
            letters not in COLUMN_ROLES
            and (
                ambiguous_initials(letters)
                if ambiguous
                # alone in its cell, an exclamation's letters are someone's too ("| AH |")
                else letters_not_a_word(letters) or (alone and letters in _EXCLAMATIONS)
            )
            and not _LOWER_WORD_AFTER.match(text, match.end(), end)  # "PE teacher": a subject
        ):
            found.append((PERSON, match.start(), match.end(), WHY))
    return found


_EXCLAMATIONS = frozenset(["ah", "oh", "eh", "uh", "er", "um", "hm", "aw"])
