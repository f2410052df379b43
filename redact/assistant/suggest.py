"""`redact suggest`: group the gate's findings for one review into entities and propose a
replacement for each.

Grouping: a person written "Jane Smith", "Jane", "Ms Smith", "JANE SMITH" and "jane" is one
entity. Full names (two or more name words, titles and possessives dropped, any case) are
grouped when one's words are all in the other's; a single word joins the one full name that
contains it, and stays on its own (with a note) when two full names share it, as a surname
shared by a victim and her husband would be. Other kinds of finding are grouped by their text.

Proposals, in order of trust: a role for a professional (a title such as PC or Dr, or a role
word right next to the name); the pseudonym review.yml declares for the victim or perpetrator
when the sentences around the name say so; the victim's pseudonym for the most frequently
named person, marked `confidence: low`; otherwise "[name removed]" for the reviewer to change.
Places become generic places, direct identifiers "[removed]". Nothing is decided silently:
every proposal carries a note saying why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from redact.assistant.decisions import (
    Decision,
    Decisions,
    Entity,
    Mention,
    fingerprints,
)
from redact.findings import Finding, Severity, must_mask
from redact.gate import Gate, GateReport, review_metadata_for
from redact.recognizers import DIRECT_IDENTIFIERS
from redact.review import METADATA_FILE_NAME, ReviewMetadata, Role, find_review_dir

PERSON = "PERSON"
REMOVED = "[removed]"
NAME_REMOVED = "[name removed]"

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame"}
# Professional titles -> the role family they announce.
_PROFESSIONAL_TITLES = {
    "pc": "police",
    "dc": "police",
    "ds": "police",
    "di": "police",
    "dci": "police",
    "sgt": "police",
    "sergeant": "police",
    "inspector": "police",
    "constable": "police",
    "detective": "police",
    "dr": "doctor",
    "doctor": "doctor",
    "nurse": "nurse",
}
_TITLES = _COURTESY_TITLES | set(_PROFESSIONAL_TITLES) | {"prof", "professor"}
# Role words written right next to a name ("the GP, Dr X", "social worker Y", "X, the IDVA").
_ROLE_WORDS = {
    "gp": "gp",
    "police officer": "police",
    "officer": "police",
    "social worker": "social worker",
    "health visitor": "health visitor",
    "idva": "idva",
    "nurse": "nurse",
    "midwife": "midwife",
    "probation officer": "probation",
    "housing officer": "housing",
    "support worker": "support worker",
    "paramedic": "paramedic",
    "psychiatrist": "psychiatrist",
    "teacher": "teacher",
    "consultant": "doctor",
}
# Role family -> (name for one, numbered name). "the GP" when there is only one GP.
_ROLE_NAMES = {
    "police": ("Police Officer 1", "Police Officer {n}"),
    "gp": ("the GP", "GP {n}"),
    "doctor": ("Doctor 1", "Doctor {n}"),
    "nurse": ("Nurse 1", "Nurse {n}"),
    "social worker": ("Social Worker 1", "Social Worker {n}"),
    "health visitor": ("Health Visitor 1", "Health Visitor {n}"),
    "idva": ("IDVA 1", "IDVA {n}"),
    "midwife": ("Midwife 1", "Midwife {n}"),
    "probation": ("Probation Officer 1", "Probation Officer {n}"),
    "housing": ("Housing Officer 1", "Housing Officer {n}"),
    "support worker": ("Support Worker 1", "Support Worker {n}"),
    "paramedic": ("Paramedic 1", "Paramedic {n}"),
    "psychiatrist": ("Psychiatrist 1", "Psychiatrist {n}"),
    "teacher": ("Teacher 1", "Teacher {n}"),
}
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|their|her|his)\s+)?\b(?P<role>"
    + "|".join(sorted((re.escape(w) for w in _ROLE_WORDS), key=len, reverse=True))
    + r")\s*,?\s*$",
    re.IGNORECASE,
)
_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?:the|a|an|their|her|his)\s+(?P<role>"
    + "|".join(sorted((re.escape(w) for w in _ROLE_WORDS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?P<title>" + "|".join(sorted(_PROFESSIONAL_TITLES, key=len, reverse=True)) + r")\.?\s+$",
    re.IGNORECASE,
)
_VICTIM_CUES = re.compile(
    r"\b(?:victim|died|death|deceased|was killed|was murdered|pen portrait)\b", re.IGNORECASE
)
_PERPETRATOR_CUES = re.compile(
    r"\b(?:perpetrator|convicted|pleaded guilty|sentenced|arrested|charged|defendant|"
    r"killed (?:her|him)|murdered (?:her|him))\b",
    re.IGNORECASE,
)
_PARTNER_BEFORE = re.compile(
    r"\b(?:her|his)\s+(?:partner|husband|boyfriend|ex-partner|former partner)\s*,?\s*$",
    re.IGNORECASE,
)


class SuggestError(Exception):
    """`suggest` cannot make a decisions file; the message says why and what to do."""


@dataclass
class _Group:
    """Mentions of one entity while grouping."""

    type: str
    key: frozenset[str]
    mentions: list[Mention] = field(default_factory=list)
    ambiguous_with: list[str] = field(default_factory=list)


def resolve_review_dir(path: Path) -> Path:
    """The review folder for `path` (the folder itself, or the one holding a file)."""
    if not path.exists():
        raise SuggestError(f"{path}: no such file or folder")
    review_dir = find_review_dir(path)
    if review_dir is None:
        raise SuggestError(
            f"{path}: is not inside a review folder (a folder with a {METADATA_FILE_NAME}); "
            "give the review's folder, e.g. content/reviews/<slug>"
        )
    return review_dir


def suggest(review_dir: Path, gate: Gate) -> tuple[Decisions, GateReport]:
    """Run the gate on one review and propose a decision for everything it found."""
    report = gate.check_paths([review_dir])
    if report.errors:
        listed = "\n".join(f"  - {error}" for error in report.shown_errors(not must_mask()))
        raise SuggestError(f"the gate could not check {review_dir}; fix these first:\n{listed}")
    metadata, problem = review_metadata_for(review_dir, gate.policy)
    if problem is not None or metadata is None:
        raise SuggestError(problem or f"{review_dir}: the review metadata cannot be read")
    texts = _texts(review_dir)
    mentions = [_mention(f, review_dir) for f in report.findings]
    entities = propose(mentions, texts, metadata)
    decisions = Decisions(
        review=str(review_dir),
        sources=fingerprints(review_dir),
        entities=entities,
        created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    return decisions, report


def _texts(review_dir: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in review_dir.rglob("*"):
        if path.is_file() and path.suffix.lower() in {".md", ".markdown", ".yml", ".yaml"}:
            if path.name.endswith(".private.yml"):
                continue
            try:
                text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
            except (OSError, UnicodeDecodeError):
                continue
            texts[path.relative_to(review_dir).as_posix()] = text
    return texts


def _mention(finding: Finding, review_dir: Path) -> tuple[Mention, Finding]:
    path = Path(finding.path)
    try:
        relative = path.resolve().relative_to(review_dir.resolve()).as_posix()
    except ValueError:
        relative = path.name
    mention = Mention(
        file=relative,
        line=finding.line,
        column=finding.column,
        start=finding.start,
        end=finding.end,
        text=finding.text,
        surface=finding.surface.value,
        found_by=finding.recognizer,
    )
    return mention, finding


# -- grouping -------------------------------------------------------------------------------


def name_words(text: str) -> tuple[str, ...]:
    """`Ms Smith's` -> ('smith',): case-folded name words, titles and possessives dropped."""
    words = []
    for word in re.split(r"[\s\-]+", text.strip()):
        word = _POSSESSIVE.sub("", word.strip('.,;:!?"“”()[]'))
        if word and word.casefold() not in _TITLES:
            words.append(word.casefold())
    return tuple(words)


def group_people(mentions: Sequence[Mention]) -> list[_Group]:
    """People by shared name words; see the module docstring for the rule."""
    by_words: dict[tuple[str, ...], list[Mention]] = {}
    for mention in mentions:
        words = name_words(mention.text) or (mention.text.casefold(),)
        by_words.setdefault(words, []).append(mention)
    full = sorted((w for w in by_words if len(w) >= 2), key=lambda w: (-len(w), w))
    groups: list[_Group] = []
    for words in full:
        home = next((g for g in groups if set(words) <= g.key), None)
        if home is None:
            home = _Group(PERSON, frozenset(words))
            groups.append(home)
        home.mentions.extend(by_words[words])
    single_groups: dict[str, _Group] = {}
    for words in sorted(w for w in by_words if len(w) < 2):
        word = words[0] if words else ""
        owners = [g for g in groups if word in g.key]
        owners = [g for g in owners if g.key != frozenset({word})]
        if len(owners) == 1:
            owners[0].mentions.extend(by_words[words])
            continue
        group = single_groups.get(word)
        if group is None:
            group = _Group(PERSON, frozenset({word}))
            group.ambiguous_with = [" ".join(sorted(g.key)) for g in owners]
            single_groups[word] = group
        group.mentions.extend(by_words[words])
    return groups + list(single_groups.values())


def group_others(mentions: Sequence[Mention], types: dict[int, str]) -> list[_Group]:
    groups: dict[tuple[str, str], _Group] = {}
    for mention in mentions:
        entity_type = types[id(mention)]
        text = _POSSESSIVE.sub("", " ".join(mention.text.split())).casefold()
        key = (entity_type, text)
        if key not in groups:
            groups[key] = _Group(entity_type, frozenset({text}))
        groups[key].mentions.append(mention)
    return list(groups.values())


# -- proposals ------------------------------------------------------------------------------


def propose(
    found: Sequence[tuple[Mention, Finding]], texts: dict[str, str], metadata: ReviewMetadata
) -> list[Entity]:
    """Entities with a proposed decision each, in the order of their first mention."""
    people = [m for m, f in found if f.entity_type == PERSON]
    others = [m for m, f in found if f.entity_type != PERSON]
    types = {id(m): f.entity_type for m, f in found}
    severities = {id(m): f.severity for m, f in found}
    groups = group_people(people) + group_others(others, types)
    groups.sort(key=lambda g: min((m.file, m.line or 0, m.column or 0) for m in g.mentions))

    pseudonyms = {p.refers_to: p.name for p in metadata.pseudonyms}
    declared = ", ".join(f"{p.name} ({p.refers_to.value})" for p in metadata.pseudonyms)
    entities: list[Entity] = []
    role_counts: Counter[str] = Counter()
    person_groups: list[tuple[_Group, Entity]] = []
    for number, group in enumerate(groups, start=1):
        group.mentions.sort(key=lambda m: (m.file, m.line or 0, m.column or 0))
        variants = _variants(group.mentions)
        entity = Entity(
            id=f"E{number}",
            type=group.type,
            text=max(variants, key=lambda v: (len(v), v[:1].isupper())),
            variants=variants,
            mentions=group.mentions,
            decision=Decision.REPLACE,
            replacement=None,
        )
        if group.type == PERSON:
            role = _professional_role(group.mentions, texts)
            if role is not None:
                role_counts[role] += 1
                entity.note = f"a professional ({role}): professionals are named by role"
                entity.refers_to = None
                entity.replacement = role  # numbered below, once all are counted
                entity.mentions = [_with_title(m, texts) for m in entity.mentions]
            else:
                person_groups.append((group, entity))
        elif group.type == "STREET_ADDRESS":
            entity.replacement = "the family home"
            entity.confidence = "medium"
            entity.note = "an address: say whose home it was if it was not the family's"
        elif group.type in DIRECT_IDENTIFIERS:
            entity.replacement = REMOVED
            entity.note = "a direct identifier: these are never published"
        elif group.type in {"LOCATION", "ORGANISATION_PLACE", "INSTITUTION"}:
            entity.replacement, entity.note = _generic_place(entity.text, group.type)
            entity.confidence = "medium"
        elif all(severities[id(m)] is Severity.WARN for m in group.mentions):
            entity.decision = Decision.KEEP
            entity.replacement = None
            entity.confidence = "low"
            entity.reason = ""
            entity.note = (
                "the gate only warns about this: it may identify the family together with "
                "other details; a person should decide (replace it, or keep it with a reason)"
            )
        else:
            entity.replacement = REMOVED
            entity.note = "blocks publication; [removed] unless you choose something better"
        if group.ambiguous_with:
            entity.confidence = "low"
            entity.note += (
                f" This name word is shared by {len(group.ambiguous_with)} people found in full; "
                "check each mention and split this entry if needed."
            )
        if any(m.file == METADATA_FILE_NAME or m.start is None for m in entity.mentions):
            entity.note += (
                " Some mentions are in review.yml, a file name or image metadata: `apply` does "
                "not change those; edit them by hand."
            )
        entity.note = entity.note.strip()
        entities.append(entity)

    _number_roles(entities, role_counts)
    _assign_people(person_groups, texts, pseudonyms, declared)
    return entities


def _variants(mentions: Sequence[Mention]) -> list[str]:
    counts = Counter(_POSSESSIVE.sub("", m.text.strip()) for m in mentions)
    return [text for text, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _before(mention: Mention, texts: dict[str, str], width: int = 40) -> str:
    text = texts.get(mention.file)
    if text is None or mention.start is None:
        return ""
    return text[max(0, mention.start - width) : mention.start]


def _after(mention: Mention, texts: dict[str, str], width: int = 40) -> str:
    text = texts.get(mention.file)
    if text is None or mention.end is None:
        return ""
    return text[mention.end : mention.end + width]


def _professional_role(mentions: Sequence[Mention], texts: dict[str, str]) -> str | None:
    """The role family when any mention has a professional title or a role word beside it."""
    votes: Counter[str] = Counter()
    for mention in mentions:
        first = mention.text.split()[0].rstrip(".").casefold() if mention.text.split() else ""
        before = _before(mention, texts)
        title = _TITLE_BEFORE.search(before)
        role_before = _ROLE_BEFORE.search(_TITLE_BEFORE.sub("", before))
        role_after = _ROLE_AFTER.search(_after(mention, texts))
        if first in _PROFESSIONAL_TITLES:
            votes[_PROFESSIONAL_TITLES[first]] += 2
        if title is not None:
            votes[_PROFESSIONAL_TITLES[title.group("title").casefold()]] += 2
        for match in (role_before, role_after):
            if match is not None:
                votes[_ROLE_WORDS[match.group("role").casefold()]] += 10
    if not votes:
        return None
    # "the GP, Dr X": the role word is more specific than the title.
    return votes.most_common(1)[0][0]


def _with_title(mention: Mention, texts: dict[str, str]) -> Mention:
    """Take "Dr " or "PC " in front of a professional's name into the replaced span."""
    before = _before(mention, texts, 20)
    title = _TITLE_BEFORE.search(before)
    if title is None or mention.start is None:
        return mention
    length = len(before) - title.start()
    text = texts[mention.file][mention.start - length : mention.end]
    return Mention(
        file=mention.file,
        line=mention.line,
        column=(mention.column - length) if mention.column is not None else None,
        start=mention.start - length,
        end=mention.end,
        text=text,
        surface=mention.surface,
        found_by=mention.found_by,
    )


def _number_roles(entities: list[Entity], counts: Counter[str]) -> None:
    seen: Counter[str] = Counter()
    for entity in entities:
        family = entity.replacement
        if entity.type != PERSON or family not in _ROLE_NAMES or entity.refers_to is not None:
            continue
        if not entity.note.startswith("a professional"):
            continue
        seen[family] += 1
        single, numbered = _ROLE_NAMES[family]
        entity.replacement = single if counts[family] == 1 else numbered.format(n=seen[family])


def _sentence(mention: Mention, texts: dict[str, str]) -> str:
    text = texts.get(mention.file)
    if text is None or mention.start is None or mention.end is None:
        return ""
    start = max(text.rfind(".", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    ends = [i for i in (text.find(".", mention.end), text.find("\n", mention.end)) if i != -1]
    return text[start : min(ends) if ends else len(text)]


def _assign_people(
    groups: list[tuple[_Group, Entity]],
    texts: dict[str, str],
    pseudonyms: dict[Role, str],
    declared: str,
) -> None:
    """Victim and perpetrator pseudonyms where the text says so; a low-confidence guess else."""
    scores: dict[str, Counter[Role]] = {}
    for group, entity in groups:
        score: Counter[Role] = Counter()
        for mention in group.mentions:
            sentence = _sentence(mention, texts)
            if _VICTIM_CUES.search(sentence):
                score[Role.VICTIM] += 1
            if _PERPETRATOR_CUES.search(sentence):
                score[Role.PERPETRATOR] += 1
            if _PARTNER_BEFORE.search(_before(mention, texts)):
                score[Role.PERPETRATOR] += 2
        scores[entity.id] = score
    taken: set[Role] = set()
    for role in (Role.VICTIM, Role.PERPETRATOR):
        if role not in pseudonyms:
            continue
        other = Role.PERPETRATOR if role is Role.VICTIM else Role.VICTIM
        candidates = [
            (scores[e.id][role] - scores[e.id][other], len(e.mentions), e)
            for g, e in groups
            if e.refers_to is None and not g.ambiguous_with
        ]
        candidates = [c for c in candidates if c[0] >= 2]
        if not candidates:
            continue
        _, _, best = max(candidates, key=lambda c: (c[0], c[1]))
        best.refers_to = role.value
        best.replacement = pseudonyms[role]
        best.confidence = "medium"
        best.note = (
            f"the sentences around this name describe the {role.value}; review.yml gives the "
            f"{role.value}'s pseudonym as {pseudonyms[role]}"
        )
        taken.add(role)
    unassigned = [(g, e) for g, e in groups if e.refers_to is None]
    if Role.VICTIM in pseudonyms and Role.VICTIM not in taken and unassigned:
        group, entity = max(unassigned, key=lambda ge: len(ge[1].mentions))
        if not group.ambiguous_with:
            entity.refers_to = Role.VICTIM.value
            entity.replacement = pseudonyms[Role.VICTIM]
            entity.confidence = "low"
            entity.note = (
                "the most frequently named person; assumed to be the victim because nothing "
                "better is known: check this"
            )
    for group, entity in groups:
        if entity.replacement is None:
            entity.replacement = NAME_REMOVED
            entity.confidence = "low"
            entity.note = (
                f"who is this? Write their pseudonym or role. Pseudonyms in review.yml: {declared}. "
                + entity.note
            ).strip()


_PLACE_KINDS = (
    (re.compile(r"school|academy|college|nursery|university", re.IGNORECASE), "a local school"),
    (re.compile(r"hospital|infirmary|a&e|emergency department", re.IGNORECASE), "the hospital"),
    (
        re.compile(r"surgery|medical cent(?:re|er)|health cent(?:re|er)|practice", re.IGNORECASE),
        "the GP surgery",
    ),
    (re.compile(r"\bpub\b|\binn\b|\barms\b|tavern|\bbar\b", re.IGNORECASE), "a local pub"),
    (
        re.compile(r"church|chapel|mosque|temple|gurdwara|synagogue", re.IGNORECASE),
        "a local place of worship",
    ),
    (re.compile(r"estate", re.IGNORECASE), "a housing estate in the area"),
)


def _generic_place(text: str, entity_type: str) -> tuple[str, str]:
    for pattern, generic in _PLACE_KINDS:
        if pattern.search(text):
            return generic, "a named place that could locate the family"
    if entity_type == "LOCATION":
        return "a town in the region", "a place that could locate the family"
    return "a local organisation", "a named organisation that could locate the family"
