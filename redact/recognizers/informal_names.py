"""Names in text messages and chat logs, written in lower case (entities PERSON and LOCATION).

Quoted messages are where a review most often leaks a first name in lower case: "[22:14] tomek:
where are you kasia", "> ada: if emeka sees the car", "from: hodan / to: sagal", "the blue door
on harland street". The model, trained on edited text, misses all of them. Three rules, each only
inside informal writing (see `_informal`):

- a chat line's speaker label or a message header's sender/recipient that is a known given name
  or no English word ("tomek:", "to: sagal"); an ordinary word ("will:") must label at least two
  lines, as speakers do;
- a lower-case known given name that is no ordinary English word ("kasia", "emeka");
- a lower-case street ("harland street") whose name is no ordinary English word.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact import lexicon
from redact.recognizers._informal import HEADER_LINE, SPEAKER_LINE, informal_at
from redact.rule_recognizer import RuleRecognizer

PERSON = "PERSON"
LOCATION = "LOCATION"
NAME_MAX_ZIPF = 3.0  # "kasia" (2.2) is no English word; "hope" (5.4) is
UNKNOWN_LABEL_ZIPF = 2.0  # a label that is no word at all ("hodan") is a name
# Labels of records and forms, not speakers.
_NOT_SPEAKERS_TEXT = """
    note notes re subject date time to from cc bcc sent received addr address dob name ref tel
    mob mobile phone email markers status action outcome source type risk summary comment
    comments answer question q a reply update http https www
"""
NOT_SPEAKERS = frozenset(_NOT_SPEAKERS_TEXT.split())
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z][a-z'’]{2,}(?![\w\-])")
_STREET_TYPES = (
    "street|road|lane|avenue|close|drive|crescent|terrace|gardens|grove|way|rise|court|walk|"
    "row|place|square|mews|parade|view|hill"
)
_LOWER_STREET = re.compile(rf"(?<![\w'’\-])(?P<name>[a-z][a-z'’]{{2,}})\s+(?:{_STREET_TYPES})\b")


class InformalNameRecognizer(RuleRecognizer):
    """See the module docstring."""

    SUPPORTED: ClassVar[list[str]] = [PERSON, LOCATION]
    DEFAULT_SCORE = 0.6

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans: list[tuple[str, int, int, str]] = []
        spans.extend(_speakers(text))
        given_names = lexicon.given_names()
        for match in _LOWER_WORD.finditer(text):
            word = match.group(0)
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            if (
                word in given_names
                and lexicon.word_zipf(word) < NAME_MAX_ZIPF
                and not lexicon.is_national_word(word)
                and informal_at(text, match.start(), match.end(), whole_line=True)
            ):
                spans.append((PERSON, match.start(), match.start() + len(word), "lower-case name"))
        for match in _LOWER_STREET.finditer(text):
            if lexicon.word_zipf(match.group("name")) < NAME_MAX_ZIPF and informal_at(
                text, match.start(), match.end(), whole_line=True
            ):
                spans.append((LOCATION, match.start(), match.end(), "lower-case street"))
        return [
            self._result(entity, start, end, why)
            for entity, start, end, why in spans
            if entity in entities
        ]


def _speakers(text: str) -> list[tuple[str, int, int, str]]:
    labels = [m for m in SPEAKER_LINE.finditer(text) if m.group("name")[0].islower()]
    counts = Counter(m.group("name") for m in labels)
    found = []
    for match in labels:
        label = match.group("name")
        if label in NOT_SPEAKERS or "_" in label or lexicon.is_national_word(label):
            continue
        zipf = lexicon.word_zipf(label)
        named = lexicon.is_given_name(label) or zipf < UNKNOWN_LABEL_ZIPF
        if named and (zipf < NAME_MAX_ZIPF or counts[label] >= 2):
            found.append((PERSON, match.start("name"), match.end("name"), "speaker in a chat"))
    for match in HEADER_LINE.finditer(text):
        label = match.group("name")
        if label.casefold() in NOT_SPEAKERS:
            continue
        if lexicon.is_given_name(label) or lexicon.word_zipf(label) < NAME_MAX_ZIPF:
            found.append((PERSON, match.start("name"), match.end("name"), "message header"))
    return found
