"""Mention propagation: a name found once in a review is looked for everywhere in it.

The model finds "Jane Smith" in a sentence but misses "JANE", "jane" in a text message or
"jane.smith" in a URL. Once a name is known (found by a recognizer, or listed in the author's
private list of real names), every variant is searched: the full name, each part, possessives,
any case. Lower-case matches are only taken for parts that are not ordinary English words, so
that a victim called Will does not turn every "will" into a finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from redact import lexicon
from redact.name_recognizers import AGENCY_WORDS, ROLE_WORDS

PROPAGATION_RECOGNIZER = "MentionPropagation"
PRIVATE_RECOGNIZER = "PrivateNamesList"
NAME_ENTITIES = {"PERSON", "LOCATION", "ORGANISATION_PLACE", "INSTITUTION"}
PART_ENTITIES = {"PERSON"}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "pc", "dc",
           "ds", "di", "dci", "sgt", "insp", "cllr", "rev", "revd", "fr", "the", "of", "and", "de",
           "van", "von", "le", "la", "da", "di", "du", "st", "saint"}

Raw = tuple[str, int, int, float, str]


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Ordinary English words (spaCy's stop words plus its English lexical exceptions)."""
    from spacy.lang.en import English
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {w.lower() for w in STOP_WORDS}
    nlp = English()
    rules: dict[str, object] = getattr(nlp.tokenizer, "rules", None) or {}
    for key in rules:
        if key.isalpha():
            words.add(key.lower())
    return frozenset(words)


def variants(name: str, entity: str) -> list[tuple[str, bool]]:
    """(variant, case_sensitive) pairs: the full name any case; parts of a person's name."""
    clean = re.sub(r"\s+", " ", name.strip())
    clean = re.sub(r"(?:'s|’s)$", "", clean)
    found: list[tuple[str, bool]] = []
    if len(clean) >= 3:
        # An ordinary word ("Summer", "Grace") is matched in Title case or capitals only.
        common = all(lexicon.is_common_word(w) for w in clean.split())
        found.append((clean, common or entity not in PART_ENTITIES))
    if entity in PART_ENTITIES:
        for part in re.split(r"[\s\-]+", clean):
            part = part.strip(".,'’\"()")
            if len(part) < 3 or part.lower() in _TITLES or not part[0].isalpha():
                continue
            if part.casefold() in ROLE_WORDS or part.casefold() in AGENCY_WORDS:
                continue
            case_sensitive = part.lower() in _common_words() or lexicon.word_zipf(part) >= 3.0
            found.append((part, case_sensitive))
    return found


def _pattern(variant: str, case_sensitive: bool) -> re.Pattern[str]:
    body = r"[\s._\-]+".join(re.escape(piece) for piece in variant.split())
    pattern = rf"(?<![A-Za-z0-9]){body}(?![A-Za-z])"
    if case_sensitive:
        # Title case or ALL CAPS only: "Will"/"WILL", never "will".
        alternatives = {variant, variant.upper(), variant[:1].upper() + variant[1:].lower()}
        pattern = "|".join(
            rf"(?<![A-Za-z0-9]){re.escape(a)}(?![A-Za-z])" for a in sorted(alternatives)
        )
        return re.compile(pattern)
    return re.compile(pattern, re.IGNORECASE)


def propagate(
    texts: Sequence[str],
    results: list[list[Raw]],
    allowed: Callable[[str], bool],
    private_names: Sequence[str] = (),
    private_places: Sequence[str] = (),
) -> list[list[Raw]]:
    """Add a result for every unflagged occurrence of a known name in any of `texts`."""
    known: dict[tuple[str, bool], str] = {}
    for text, found in zip(texts, results, strict=True):
        for entity, start, end, _score, _recognizer in found:
            if entity not in NAME_ENTITIES:
                continue
            name = text[start:end]
            if allowed(name):
                continue
            for variant, case_sensitive in variants(name, entity):
                if not allowed(variant):
                    known.setdefault((variant, case_sensitive), entity)
    private: dict[tuple[str, bool], str] = {}
    for name in private_names:
        for variant, _case_sensitive in variants(name, "PERSON"):
            # The author says this is a real name: every case is a finding, even ordinary words.
            private.setdefault((variant, False), "PERSON")
    for place in private_places:
        clean = re.sub(r"\s+", " ", place.strip())
        if len(clean) >= 2:
            private.setdefault((clean, False), "LOCATION")  # the whole entry, any case
    output: list[list[Raw]] = []
    for text, found in zip(texts, results, strict=True):
        extra: list[Raw] = []
        covered = [(s, e) for _, s, e, _, _ in found]
        for source, recognizer, score in ((known, PROPAGATION_RECOGNIZER, 0.8), (private, PRIVATE_RECOGNIZER, 1.0)):
            for (variant, case_sensitive), entity in source.items():
                for match in _pattern(variant, case_sensitive).finditer(text):
                    start, end = match.start(), match.end()
                    if recognizer == PROPAGATION_RECOGNIZER and any(
                        s <= start and end <= e for s, e in covered
                    ):
                        continue
                    extra.append((entity, start, end, score, recognizer))
                    covered.append((start, end))
        output.append(list(found) + extra)
    return output
