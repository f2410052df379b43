"""Names that name a condition or a law, not a person: "Parkinson's disease", "Down syndrome".

Reports describe a victim's health ("Edith's Parkinson's had progressed") and the schemes that
carry a victim's name ("Clare's Law"). A surname gazetteer and the model both take the
eponym for a person, and mention propagation would then flag every later "Parkinson". The shape
decides, not a list of diseases: a capitalised word followed by a condition word ("disease",
"syndrome", ...), directly or through a possessive, or a possessive capitalised word that
another such phrase in the same text has shown to be an eponym ("her Parkinson's").
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]
from presidio_analyzer import RecognizerResult

from redact.lexicon import HONORIFICS, is_given_name, is_surname

NAME_ENTITIES = frozenset({"PERSON", "LOCATION", "ORGANISATION_PLACE", "INSTITUTION"})
# A condition may follow the name directly ("Down syndrome"); a law or scheme only through a
# possessive ("Clare's Law"), since "Okafor Law" is a firm of solicitors. A word that is only a
# given name before a condition is a person ("Edith's disease"), and so is a titled name ("Mrs
# Pryce's disease"). "Lewy bodies" only as written: "Aylin's body" is someone's.
_CONDITION_WORDS = r"disease|diseases|syndrome|syndromes|palsy|chorea|lymphoma|sarcoma"
_EPONYM = regex.compile(
    r"(?<![\p{L}'’\-])(?P<name>\p{Lu}[\p{Ll}\-]+)"
    rf"(?:(?P<condition>(?:['’]s?)?\s+(?i:{_CONDITION_WORDS}))|\s+bodies|['’]s\s+(?i:law|scheme)"
    # a condition's charity: "Parkinson's UK", "Alzheimer's Society"
    r"|['’]s\s+(?:UK|Society))"
    r"(?![\p{L}])"
)
# ... or, in Welsh, after the condition's word, in any of its mutations: "clefyd Alzheimer",
# "glefyd Parkinson", "syndrom Down".
_WELSH_EPONYM = regex.compile(
    r"(?<![\p{L}])(?i:clefyd|glefyd|chlefyd|nghlefyd|syndrom)[ \t]+(?P<name>\p{Lu}[\p{Ll}\-]+)"
    r"(?![\p{L}'’])"
)
# A saint's feast day names a saint, not a person in the review: "St Andrew's Day".
_SAINTS_DAY = regex.compile(
    r"(?<![\p{L}])(?:St\.?|Saint)[ \t]+(?P<name>\p{Lu}\p{Ll}+)['’]s[ \t]+(?i:day|eve|night)(?![\p{L}])"
)
_TITLE_BEFORE = regex.compile(r"(?i:\b(?:" + "|".join(sorted(HONORIFICS)) + r"))\.?\s+$")
_POSSESSIVE = r"(?<![\p{{L}}'’\-])(?P<name>{word})['’]s(?![\p{{L}}])"


def eponym_spans(text: str) -> list[tuple[int, int]]:
    """Where a capitalised word names a condition or a law (the word only, no possessive)."""
    spans = [
        match.span("name")
        for match in _EPONYM.finditer(text)
        if not _TITLE_BEFORE.search(text, max(0, match.start() - 12), match.start())
        and not (match.group("condition") and _first_name_only(match.group("name")))
    ]
    spans.extend(match.span("name") for match in _SAINTS_DAY.finditer(text))
    spans.extend(match.span("name") for match in _WELSH_EPONYM.finditer(text))
    words = {text[start:end] for start, end in spans}
    for word in words:
        # "her Parkinson's had progressed": the short form, once the text has named it in full.
        for match in regex.finditer(_POSSESSIVE.format(word=regex.escape(word)), text):
            spans.append(match.span("name"))
    return sorted(set(spans))


def _first_name_only(word: str) -> bool:
    """'Edith' (a given name, no surname) is a person; 'Bell' of "Bell's palsy" is both."""
    return is_given_name(word) and not is_surname(word)


def without_eponyms(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop name findings that are eponyms, and cut an eponym off a longer one ("Edith's
    Parkinson" -> "Edith")."""
    spans = eponym_spans(text)
    if not spans:
        return results
    kept: list[RecognizerResult] = []
    for result in results:
        start, end = result.start, result.end
        if result.entity_type in NAME_ENTITIES:
            for eponym_start, eponym_end in spans:
                if eponym_start < end and start < eponym_end:
                    before = _trimmed(text, start, eponym_start)
                    after = _trimmed(text, eponym_end, end)
                    longest = max(before, after, key=lambda span: span[1] - span[0])
                    start, end = longest
            if end <= start:
                continue
        if (start, end) == (result.start, result.end):
            kept.append(result)
        else:
            kept.append(
                RecognizerResult(
                    result.entity_type,
                    start,
                    end,
                    result.score,
                    result.analysis_explanation,
                    result.recognition_metadata,
                )
            )
    return kept


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces, punctuation and a trailing possessive."""
    if end <= start:
        return start, start
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end
