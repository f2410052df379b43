"""Mention propagation's variants of a known name, and accent folding (no model needed)."""

from __future__ import annotations

import pytest

from redact.propagation import (
    ANY_CASE,
    EXACT,
    JOINED,
    LOOSE_ONLY,
    PROSE,
    Variant,
    fold,
    propagate,
    variants,
)


@pytest.mark.parametrize(
    ("name", "entity", "expected"),
    [
        # an uncommon part: any case; an ordinary-word part: capitals in prose only
        ("Bronwen Pryce", "PERSON", Variant("Pryce", ANY_CASE)),
        ("Will Ashdown", "PERSON", Variant("Will", PROSE)),
        # a short form of a first name, only where people write lower case
        ("Bronwen Pryce", "PERSON", Variant("Bron", LOOSE_ONLY)),
        # initials with full stops, with and without a space
        ("Bronwen Pryce", "PERSON", Variant("B.P.", EXACT)),
        ("Bronwen Pryce", "PERSON", Variant("B. P.", EXACT)),
        ("Padraig O'Sullivan", "PERSON", Variant("P.O'S.", EXACT)),
        # a multi-word name run together (web addresses)
        ("Haxby Moor", "INSTITUTION", Variant("HaxbyMoor", JOINED)),
        # a place is matched whole, never by its parts
        ("Haxby Moor", "INSTITUTION", Variant("Haxby Moor", PROSE)),
    ],
)
def test_variants_include(name: str, entity: str, expected: Variant) -> None:
    assert expected in variants(name, entity)


@pytest.mark.parametrize(
    ("name", "entity", "absent"),
    [
        ("Haxby Moor", "INSTITUTION", "Haxby"),  # no parts of places
        ("Carla Pryce", "PERSON", "Car"),  # no short form that is an everyday word
        ("T.Z.", "PERSON", "T.Z"),  # initials are taken exactly as written
    ],
)
def test_variants_exclude(name: str, entity: str, absent: str) -> None:
    assert absent not in {v.text for v in variants(name, entity)}


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Zieliński", "Zielinski"),
        ("Kędzierska-Łukasz", "Kedzierska-Lukasz"),
        ("Ffion Gwenllïan", "Ffion Gwenllian"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_fold_keeps_offsets(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # the longest variant at a place wins: the full name, not its first name
        (
            "Anna Bellamy met us. Later Anna Bellamy and Bellamy spoke.",
            "Anna Bellamy",
            ["Anna Bellamy", "Bellamy"],
        ),
        # words of a name may be joined by a hyphen, a dot or an underscore
        (
            "Kofi Mensah rang. The file kofi_mensah.docx and Kofi-Mensah.",
            "Kofi Mensah",
            ["kofi_mensah", "Kofi-Mensah"],
        ),
        # a name inside a longer word is no occurrence
        ("Tamsin Rowe rang. Rowena and Tamsinne are others.", "Tamsin Rowe", []),
    ],
)
def test_every_later_occurrence_is_found_once_and_whole(
    text: str, found: str, expected: list[str]
) -> None:
    start = text.index(found)
    results = [[("PERSON", start, start + len(found), 0.85, "test")]]
    [spans] = propagate([text], results, allowed=lambda _text: False)
    extra = [text[s:e] for _entity, s, e, _score, recognizer in spans if recognizer != "test"]
    assert extra == expected
