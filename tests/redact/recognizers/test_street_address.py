"""STREET_ADDRESS: numbered streets, flats, and named streets; courts and prose are not streets."""

from __future__ import annotations

import pytest

from redact.recognizers.street_address import StreetAddressRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = StreetAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Acacia Road", ["12 Acacia Road"]),  # number, name, type
        ("12a Mill Lane", ["12a Mill Lane"]),  # house number with a letter
        ("12-14 Orchard Street", ["12-14 Orchard Street"]),  # a range
        ("Flat 3, 12 Acacia Road", ["Flat 3, 12 Acacia Road"]),  # flat and house number
        ("Flat 3 Linden Court", ["Flat 3 Linden Court"]),  # flat in a named building
        ("7 St John's Road", ["7 St John's Road"]),  # 'St' in the name, apostrophe
        ("4 Lower Brook Terrace", ["4 Lower Brook Terrace"]),  # two name words
        ("9 Ash-Tree Close", ["9 Ash-Tree Close"]),  # hyphenated name
        ("21 High St.", ["21 High St."]),  # abbreviated type with a dot
        ("21 High Street", ["21 High Street"]),  # the commonest street name
        ("3 The Crescent", ["3 The Crescent"]),  # 'The' after the number
        ("18 McKay Drive", ["18 McKay Drive"]),  # inner capital
        ("She lived on Acacia Road.", ["Acacia Road"]),  # named, unambiguous type
        ("Acacia Road was quiet", ["Acacia Road"]),  # at the start of a sentence
        ("They moved to Elm Park in May", ["Elm Park"]),  # everyday type after a preposition
        ("a flat off Market Square", ["Market Square"]),  # 'off'
        ("lived at 5 Elm Park, Town A", ["5 Elm Park"]),  # numbered, everyday type
        ("paragraph 3.4 Acacia Road", ["Acacia Road"]),  # '3.4' is not a house number
        ("ADDRESS: 48 ELMWOOD STREET", ["48 ELMWOOD STREET"]),  # capitals, police record
        ("at Flat 2, Larch House, Mill Parade (the", ["Flat 2, Larch House, Mill Parade"]),
        ("of Tŷ Bach, 4 Lôn y Felin, Town A", ["4 Lôn y Felin"]),  # Welsh, type first
        ("at 8 Rowan Villas, Town A", ["8 Rowan Villas"]),  # 'Villas'
    ],
)
def test_addresses_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "STREET_ADDRESS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "He appeared at Crown Court",  # a court
        "at Northshire Magistrates' Court",  # a court with the area's name
        "the Family Court decided",  # a court
        "in the High Court",  # a court
        "on the road to recovery",  # lower-case prose
        "The Road Ahead",  # 'The' is not a street name
        "In My View the agencies",  # an everyday type without a street name
        "a 12 week Park Run",  # no street type at the end
        "Recommendation 4 was agreed",  # a number without a street
        "12 road safety leaflets",  # lower-case words after a number
        "She saw Dr Smith",  # 'Dr' (doctor) is not a drive
        "Elm Park",  # everyday type, no preposition
    ],
)
def test_near_misses_are_not_addresses(text: str) -> None:
    assert found(RECOGNIZER, text) == []
