"""Mention propagation: a name found once in a review is looked for everywhere in it.

The model finds "Jane Smith" in a sentence but misses "JANE", "jane" in a text message,
"jane-smith" in a URL, "J.S." in a table or "ZIELINSKI" for "Zieliński". Once a name is known
(found by a recognizer, or listed in the author's private list of real names), its variants are
searched in every text of the review:

- the full name and each part of a person's name, any case and with or without accents, and a
  surname's family plural ("the Farkases'");
- an ordinary-word part ("Will", "Hope") only in Title case or capitals in ordinary prose, but in
  any case where people do not write capitals: URLs, file names, code, and informal writing
  (quoted text messages, chat lines; see `recognizers._informal`);
- in those same places, a short form of a given name ("bron" for "Bronwen") and a multi-word
  name run together ("haxbymoor" for "Haxby Moor");
- initials of a person's full name ("J.S.", "J. S."), and undotted initials ("JS") where the text
  itself defines them ("Jane Smith (JS)"), as the letters it defines for a found institution or
  place ("Marigold House Hospice (MHH)").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from redact import lexicon
from redact.context_words import BUSINESS_TAIL_HEADS, MONTHS
from redact.findings import Surface
from redact.name_recognizers import AGENCY_WORDS, ROLE_WORDS
from redact.recognizers._informal import informal_at, texting_at

PROPAGATION_RECOGNIZER = "MentionPropagation"
PRIVATE_RECOGNIZER = "PrivateNamesList"
NAME_ENTITIES = {"PERSON", "LOCATION", "ORGANISATION_PLACE", "INSTITUTION"}
PART_ENTITIES = {"PERSON"}
# Identifiers some shapes of which are found only by the words around them (a foreign plate
# after "registered", a handle after "account"): once found, found wherever they are written.
CONTEXT_IDENTIFIERS = {"UK_VEHICLE_REGISTRATION", "SOCIAL_MEDIA", "CASE_REFERENCE"}
IDENTIFIER_MIN_LENGTH = 5
# Longer than any name or identifier: a finding this long is still reported, never propagated
# (its variants would nest too deep to compile: "Cwm Cwm Cwm ..." a thousand times).
MAX_LEARNED_LENGTH = 120
NATIONAL_NOT_LEARNED_MIN_ZIPF = 3.0


def _common_national_word(text: str) -> bool:
    return (
        lexicon.is_national_word(text)
        and lexicon.word_zipf(text) >= NATIONAL_NOT_LEARNED_MIN_ZIPF
        and not lexicon.is_given_name(text)
    )


# Honorifics and the particles of names ("de", "van"): never a name part on their own.
_TITLES = lexicon.HONORIFICS | {
    "the",
    "of",
    "and",
    "de",
    "van",
    "von",
    "le",
    "la",
    "da",
    "du",
    "st",
    "saint",
}
# Where nobody writes capitals: any case of a known name counts.
MACHINE_SURFACES = frozenset(
    {Surface.LINK_URL, Surface.IMAGE_FILE, Surface.FILE_NAME, Surface.CODE, Surface.INLINE_CODE}
)
# Where a whole line may be a text message ("> kyle: answer me summer").
LINE_SURFACES = frozenset(
    {Surface.BLOCKQUOTE, Surface.TABLE, Surface.HTML_COMMENT, Surface.HTML, Surface.TEXT}
)
SHORT_FORM_MAX_ZIPF = 3.0  # "bron" for Bronwen: no English word
SHORT_GIVEN_MAX_ZIPF = 4.0  # "ada" for Adaeze: a given name, rarely a word; never "car"
JOINED_MIN_LENGTH = 6
NAME_NOT_WORD_MAX_ZIPF = 3.5  # a given name this rare as a word is the name: 'janis' (3.1)
QUOTES = frozenset("\"'“”‘’")

Raw = tuple[str, int, int, float, str]
SurfaceOf = Callable[[int], Surface]

PROSE = "prose"  # Title case / capitals in prose, any case where people write lower case
ANY_CASE = "any"  # any case anywhere (a part that is no ordinary word)
LOOSE_ONLY = "loose"  # only where people write lower case (short forms)
JOINED = "joined"  # run together, only in URLs, file names and code
EXACT = "exact"  # exactly as written (initials)


@dataclass(frozen=True)
class Variant:
    text: str
    mode: str


def load_word_lists() -> None:
    """Build the word lists variants are tested against (see gate._load_word_lists)."""
    _common_words()
    lexicon.dictionary_words()


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


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if len(base) == 1 and base != char:
        return base
    return {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"}.get(char, char)


def fold(text: str) -> str:
    """The text without accents, character for character (same length, same offsets)."""
    if text.isascii():
        return text
    return "".join(c if c.isascii() else _fold_char(c) for c in text)


def _key(text: str) -> str:
    return re.sub(r"[\s._\-]+", " ", fold(text)).casefold().strip()


def _name_parts(clean: str) -> list[str]:
    parts = []
    for part in re.split(r"[\s\-]+", clean):
        part = part.strip(".,'’\"()")
        if len(part) < 3 or part.lower() in _TITLES or not part[0].isalpha():
            continue
        if part.casefold() in ROLE_WORDS or part.casefold() in AGENCY_WORDS:
            continue
        if part.casefold() in BUSINESS_TAIL_HEADS:
            continue  # 'Ferrers Hosiery Mill', which the model took for a person: no 'hosiery'
        parts.append(part)
    return parts


def _initials(words: list[str]) -> list[str]:
    """'J.S.', 'J. S.' for a two- or three-word name; "O'S." for O'Sullivan."""
    letters = []
    for word in words:
        match = re.match(r"([^\W\d_])(?:['’]([^\W\d_]))?", word)
        if match is None or not match.group(1).isupper():
            return []
        letters.append(match.group(1) + ("'" + match.group(2) if match.group(2) else ""))
    if not 2 <= len(letters) <= 3:
        return []
    return [".".join(letters) + ".", ". ".join(letters) + "."]


def _ordinary_word(word: str) -> bool:
    """An English word in its own right ('Grace', 'Will'), not a name English writes often
    ('Janis'): only the ordinary ones are kept to their capitals in prose."""
    zipf = lexicon.word_zipf(word)
    if word.lower() in _common_words():
        return True
    return zipf >= lexicon.COMMON_WORD_ZIPF and not (
        lexicon.is_given_name(word) and zipf < NAME_NOT_WORD_MAX_ZIPF
    )


PLURAL_CAPITALS_MIN = 6  # a surname in a record's capitals ('LINGURAR'), not letters ('IDVA')


def variants(name: str, entity: str) -> list[Variant]:
    """Every form of a known name that is looked for (see the module docstring)."""
    clean = re.sub(r"\s+", " ", name.strip())
    clean = re.sub(r"(?:'s|’s)$", "", clean)
    found: list[Variant] = []
    if "." in clean and not any(c.islower() for c in clean):
        return [Variant(clean, EXACT)]  # initials ("T.Z."): exactly as written
    if len(clean) >= 3:
        common = all(_ordinary_word(w) for w in clean.split())
        found.append(Variant(clean, PROSE if common or entity not in PART_ENTITIES else ANY_CASE))
        words = [w for w in re.split(r"[\s\-]+", clean) if w]
        joined = "".join(w for w in words if w.lower() not in ("the", "of", "and", "&"))
        if len(words) > 1 and len(joined) >= JOINED_MIN_LENGTH and joined.isalpha():
            found.append(Variant(joined, JOINED))
    if entity in PART_ENTITIES:
        parts = _name_parts(clean)
        for position, part in enumerate(parts):
            ordinary = _ordinary_word(part)
            # 'craig' is as common as 'rose' but no English word: any case is the name.
            written_as_word = part.lower() in _common_words() or (
                ordinary and lexicon.is_dictionary_word(part)
            )
            found.append(Variant(part, PROSE if written_as_word else ANY_CASE))
            if (
                not written_as_word
                and len(part) >= 4
                # a surname after a given name, or one a record writes in capitals ('LINGURAR');
                # not a word found alone ('keyworker') nor letters ('IDVA'), whose plural is the
                # word's
                and (len(part) >= PLURAL_CAPITALS_MIN if part.isupper() else position > 0)
                and not lexicon.is_dictionary_word(part)  # 'aliases'
            ):
                # a family by its surname: "the Farkases' records", "the Ramsarans' door"
                plural = part + "es" if part.endswith(("s", "z", "x")) else part + "s"
                found.append(Variant(plural, ANY_CASE))
            given = lexicon.is_given_name(part) or (position == 0 and not ordinary)
            if given and len(part) >= 5:
                for length in range(3, len(part) - 1):
                    short = part[:length]
                    if short.lower() in _common_words():
                        continue
                    zipf = lexicon.word_zipf(short)
                    if zipf < SHORT_FORM_MAX_ZIPF or (
                        lexicon.is_given_name(short) and zipf < SHORT_GIVEN_MAX_ZIPF
                    ):
                        found.append(Variant(short, LOOSE_ONLY))
        if len(parts) >= 2:
            found.extend(Variant(i, EXACT) for i in _initials(parts))
    return found


def _defined_initials(texts: Sequence[str], name: str) -> list[Variant]:
    """'Jane Smith (JS)': the text defines undotted initials for a known full name; a record's
    'FAHY, Declan (DF)' gives them in the name's own order."""
    parts = _name_parts(re.sub(r"\s+", " ", name.strip()))
    if len(parts) == 1 and parts[0][:1].isupper():
        # 'Dr H Rowlands (HR)': a surname found alone, its given name's initial written before it
        before = re.compile(
            r"(?<![\w'’\-])(?P<first>[A-Z])[\w'’\-]*\.?\s+"
            + re.escape(parts[0])
            + r"\s*\(\s*(?P=first)"
            + re.escape(parts[0][0])
            + r"\s*\)"
        )
        for text in texts:
            match = before.search(text)
            if match:
                return [Variant(match.group("first") + parts[0][0], EXACT)]
        return []
    if len(parts) < 2:
        return []
    if "," in name:
        parts = parts[1:] + parts[:1]
    letters = "".join(p[0] for p in parts)
    if not letters.isupper():
        return []
    pattern = re.compile(re.escape(name.strip()) + r"\s*\(\s*" + re.escape(letters) + r"\s*\)")
    return [Variant(letters, EXACT)] if any(pattern.search(t) for t in texts) else []


# The small words an organisation's letters leave out ('Harbourside Laundry Services' is 'HLS').
ACRONYM_SKIPPED = frozenset(["of", "and", "the", "for", "&"])


_BRACKETED_LETTERS = re.compile(r"\([ \t]*(?P<letters>[A-Z]{3,6})[ \t]*\)")


def _defined_acronym(texts: Sequence[str], name: str, initials: frozenset[str]) -> list[Variant]:
    """'Marigold House Hospice (MHH)', 'Harbourside Laundry Services (HLS)': the letters a text
    defines for a found institution or place (with the kind words after what was found) are
    written for it wherever they stand (not for a run of capitals, a heading's or a model's:
    'FIXATED-OBSESSIVE-UNWANTED-REPEATED (FOUR)')."""
    first = next((w for w in name.split() if w.casefold() not in ACRONYM_SKIPPED), "")
    if name.isupper() or first[:1] not in initials:
        return []  # (`initials`: the first letters of the bracketed letters of the texts)
    pattern = re.compile(
        r"(?<![\w'’\-])"
        + re.escape(name.strip())
        + r"(?P<more>(?:[ \t\n]+(?:[A-Z][\w'’]*|of|and|the|for|&)){0,4})"
        + r"[ \t\n]*\([ \t]*(?P<letters>[A-Z]{3,6})[ \t]*\)"
    )
    for text in texts:
        for match in pattern.finditer(text):
            words = [
                w
                for w in re.split(r"[\s\-]+", name.strip() + match.group("more"))
                if w and w.casefold() not in ACRONYM_SKIPPED
            ]
            if "".join(w[0] for w in words) == match.group("letters"):
                return [Variant(match.group("letters"), EXACT)]
    return []


_Trie = dict[str, "_Trie"]
_END = ""  # a variant ends at this node
_SEPARATOR = r"[\s._\-]+"  # between the words of a variant: space, dot, underscore or hyphen


def _units(variant: Variant) -> list[str]:
    """The variant as the trie reads it: folded, case-folded characters (ASCII case is the
    pattern's business) and a separator between words; a joined variant has no separator."""
    if variant.mode == JOINED:
        return list(fold(variant.text).casefold())
    units: list[str] = []
    for index, piece in enumerate(variant.text.split()):
        if index:
            units.append(_SEPARATOR)
        units.extend(fold(piece).casefold())
    return units


def _trie_regex(trie: _Trie) -> str:
    """The regex of a trie: children in a fixed order, the end of a variant last (longest
    first); a node with one child and no end is a plain sequence."""
    ends = _END in trie
    children = sorted(unit for unit in trie if unit != _END)
    branches = [
        (unit if unit == _SEPARATOR else re.escape(unit)) + _trie_regex(trie[unit])
        for unit in children
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _case_ok(found: str, variant: Variant) -> bool:
    """Title case or capitals of the variant (or the variant as written)."""
    plain = fold(variant.text)
    if _ordinary(variant) and plain.islower():
        # Learned in lower case ("will" in a chat): as written it is the ordinary word.
        return found in (plain.upper(), plain[:1].upper() + plain[1:])
    return found in (plain, plain.upper(), plain[:1].upper() + plain[1:].lower()) or (
        found.replace("-", " ") in (plain, plain.upper())
    )


def quoted_alone(text: str, start: int, end: int) -> bool:
    """The word at [start, end) stands alone between quotation marks ('called him "will"')."""
    return start > 0 and text[start - 1 : start] in QUOTES and text[end : end + 1] in QUOTES


def _ordinary(variant: Variant) -> bool:
    return all(lexicon.is_common_word(word) for word in variant.text.split())


def _accept(
    text: str, start: int, end: int, variant: Variant, surface_of: SurfaceOf | None
) -> bool:
    found = fold(text[start:end])
    if dated_month(text, start, end):
        return False  # 'March' the town, found once, is no place in '| March 2019 |'
    if variant.mode == EXACT:
        return found == fold(variant.text)
    if variant.mode == ANY_CASE:
        return True
    surface = surface_of(start) if surface_of is not None else Surface.TEXT
    machine = surface in MACHINE_SURFACES
    if variant.mode == JOINED:
        return machine
    if variant.mode == PROSE and _case_ok(found, variant):
        return True
    if machine or (found == fold(variant.text) and quoted_alone(text, start, end)):
        return True  # 'she called him "will"': the name quoted alone, as it was found
    informal = informal_at(text, start, end, whole_line=surface in LINE_SURFACES)
    # An ordinary word ("will") is a name only where the writing is texting, not in any
    # lower-case fragment of reported speech ('his son "is not himself and will not eat"').
    return informal and (
        variant.mode != PROSE or not _ordinary(variant) or texting_at(text, start, end)
    )


_TIME_PREPOSITION = re.compile(
    r"(?<![^\W\d_])(?:in|since|until|till|during|early|late|mid|last|next|every|each)[ \t\-]+$",
    re.IGNORECASE,
)


def dated_month(text: str, start: int, end: int) -> bool:
    """A month's or a season's name with a day or a year next to it ('| Summer 2021 |'), or a
    month that is a given name after a word of time ('in April on a sheep farm'; not 'from
    April', who may be a person)."""
    low = text[start:end].casefold()
    if low not in MONTHS and low not in lexicon.SEASONS:
        return False
    return bool(
        re.match(r"[ \t]*\d", text[end : end + 3])
        or re.search(r"\d[ \t]*$", text[max(0, start - 3) : start])
        or (
            # a month that is a given name too ('April', 'June'; 'March' the town is no name)
            lexicon.is_given_name(low)
            and _TIME_PREPOSITION.search(text, max(0, start - 8), start) is not None
            and text[end : end + 1] not in ("'", "’")
        )
    )


class _Matcher:
    """All variants of one source in one case-insensitive pass over a folded text."""

    def __init__(self, variants_found: dict[Variant, str]) -> None:
        self.by_key: dict[tuple[str, bool], list[tuple[Variant, str]]] = {}
        for variant, entity in variants_found.items():
            key = (_key(variant.text), variant.mode == JOINED)
            self.by_key.setdefault(key, []).append((variant, entity))
        ordered = sorted(variants_found, key=lambda v: len(v.text), reverse=True)
        self.plain = self._compile([v for v in ordered if v.mode != JOINED])
        self.joined = self._compile([v for v in ordered if v.mode == JOINED])

    @staticmethod
    def _compile(chosen: list[Variant]) -> re.Pattern[str] | None:
        """One pattern for all variants, as a trie: a long alternation of thousands of names is
        tried name by name at every position of the text; a trie reads each position once.
        Longer continuations are tried first, so the longest variant at a position wins."""
        if not chosen:
            return None
        trie: _Trie = {}
        for variant in chosen:
            node = trie
            for unit in _units(variant):
                node = node.setdefault(unit, {})
            node[_END] = {}
        head = r"(?<![A-Za-z0-9])"
        tail = "" if chosen[0].mode == JOINED else r"(?![A-Za-z0-9])"
        return re.compile(head + _trie_regex(trie) + tail, re.IGNORECASE)

    def matches(self, folded: str) -> list[list[tuple[int, int, list[tuple[Variant, str]]]]]:
        """One list per pattern (plain, then joined); within a list no two matches overlap."""
        groups = []
        for pattern, joined in ((self.plain, False), (self.joined, True)):
            if pattern is None:
                continue
            found = []
            for match in pattern.finditer(folded):
                key = (_key(match.group(0)), joined)
                candidates = self.by_key.get(key)
                if candidates:
                    found.append((match.start(), match.end(), candidates))
            groups.append(found)
        return groups


class _Enclosing:
    """Whether a span lies inside any of many spans, in logarithmic time (a text with thousands
    of names on one line must not take a scan of every found span per match)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def encloses(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start)
        return index > 0 and self.reach[index - 1] >= end


def propagate(
    texts: Sequence[str],
    results: list[list[Raw]],
    allowed: Callable[[str], bool],
    private_names: Sequence[str] = (),
    private_places: Sequence[str] = (),
    surfaces: Sequence[SurfaceOf] | None = None,
    learn_from: Callable[[int, int, int, str], bool] | None = None,
) -> list[list[Raw]]:
    """Add a result for every unflagged occurrence of a known name in any of `texts`.

    `surfaces` (one per text) say where an offset sits, so that lower-case forms are taken
    only in URLs, file names, code and informal writing. `learn_from(index, start, end,
    entity)` says whether a result may teach a name (not one the site allows at that place).
    """
    known: dict[Variant, str] = {}
    initials = frozenset(
        match.group("letters")[0] for text in texts for match in _BRACKETED_LETTERS.finditer(text)
    )
    for index, (text, found) in enumerate(zip(texts, results, strict=True)):
        for entity, start, end, _score, _recognizer in found:
            if entity not in NAME_ENTITIES and entity not in CONTEXT_IDENTIFIERS:
                continue
            name = text[start:end]
            if len(name) > MAX_LEARNED_LENGTH:
                continue  # a run of capitals thousands long is no name to look for again
            if allowed(name) or (
                learn_from is not None and not learn_from(index, start, end, entity)
            ):
                continue
            if entity in CONTEXT_IDENTIFIERS:
                if len(name.strip()) >= IDENTIFIER_MIN_LENGTH:  # "the case of CJ 07 KMT"
                    known.setdefault(Variant(name.strip(), EXACT), entity)
                continue
            defined = (
                _defined_initials(texts, name)
                if entity in PART_ENTITIES
                else _defined_acronym(texts, name, initials)
            )
            for variant in variants(name, entity) + defined:
                # 'Welsh' or 'Nepali' once taken for a name is never looked for again: a review
                # writes them everywhere. A rarer one or a given name ('Dari', 'Summer') may be
                # the name indeed.
                if not allowed(variant.text) and not _common_national_word(variant.text):
                    known.setdefault(variant, entity)
    private: dict[Variant, str] = {}
    for name in private_names:
        for variant in variants(name, "PERSON"):
            # The author says this is a real name: every case is a finding, even ordinary words.
            mode = variant.mode if variant.mode in (EXACT, JOINED, LOOSE_ONLY) else ANY_CASE
            private.setdefault(Variant(variant.text, mode), "PERSON")
    for place in private_places:
        clean = re.sub(r"\s+", " ", place.strip())
        if len(clean) >= 2:
            private.setdefault(Variant(clean, ANY_CASE), "LOCATION")  # the whole entry, any case
    matchers = [
        (_Matcher(source), recognizer, score)
        for source, recognizer, score in (
            (known, PROPAGATION_RECOGNIZER, 0.8),
            (private, PRIVATE_RECOGNIZER, 1.0),
        )
        if source
    ]
    output: list[list[Raw]] = []
    for index, (text, found) in enumerate(zip(texts, results, strict=True)):
        surface_of = surfaces[index] if surfaces is not None else None
        folded = fold(text)
        extra: list[Raw] = []
        covered = [(s, e) for _, s, e, _, _ in found]
        for matcher, recognizer, score in matchers:
            for group in matcher.matches(folded):
                # Propagated names skip what is found already (the matches of one group never
                # overlap, so the spans are taken afresh only between groups).
                enclosing = _Enclosing(covered) if recognizer == PROPAGATION_RECOGNIZER else None
                for start, end, candidates in group:
                    if enclosing is not None and enclosing.encloses(start, end):
                        continue
                    for variant, entity in candidates:
                        if _accept(text, start, end, variant, surface_of):
                            extra.append((entity, start, end, score, recognizer))
                            covered.append((start, end))
                            break
        output.append(list(found) + extra)
    return output
