"""UK_VEHICLE_REGISTRATION: current, prefix, suffix and (with a registration word) dateless."""

from __future__ import annotations

import pytest

from redact.recognizers.uk_vehicle_registration import UkVehicleRegistrationRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = UkVehicleRegistrationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AB12 CDE", ["AB12 CDE"]),  # current format
        ("AB12CDE", ["AB12CDE"]),  # current, no space
        ("YX71 OPR", ["YX71 OPR"]),  # current, September plate
        ("A123 BCD", ["A123 BCD"]),  # prefix format
        ("K7 LMN", ["K7 LMN"]),  # prefix, one digit
        ("ABC 123D", ["ABC 123D"]),  # suffix format
        ("ABC123D", ["ABC123D"]),  # suffix, no space
        ("the car, a grey Ford (AB12 CDE), was", ["AB12 CDE"]),  # in a sentence
        ("registration 1234 AB", ["1234 AB"]),  # dateless, after a registration word
        ("Reg: ABC 123", ["ABC 123"]),  # dateless, other way round
        ("VRM AB 1234 was seen", ["AB 1234"]),  # dateless after VRM
        ("registration number K123 ABC", ["K123 ABC"]),  # context plus prefix format
        ("registration B 12 XYZ (foreign plates)", ["B 12 XYZ"]),  # a foreign plate
        ("a silver Astra, ma19 kfo.", ["ma19 kfo"]),  # lower case with its space, as typed
    ],
)
def test_registrations_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "UK_VEHICLE_REGISTRATION", expected)


@pytest.mark.parametrize(
    "text",
    [
        "no12 and the rest",  # lower case words and numbers, not a plate
        "ab99 cde",  # lower case with an age identifier DVLA never issues
        "NP10 8QQ",  # a postcode
        "M1 1AE",  # a postcode
        "ABC 123",  # dateless without a registration word: any reference looks like this
        "1234 AB",  # dateless without a registration word
        "THE 12A",  # a common word as the letters
        "A1 AND B2",  # a common word as the letters
        "XAB12 CDE",  # inside a longer token
        "AB12 CDEF",  # followed by another letter
        "In 2021 the car was sold",  # a year near a vehicle word
        "regarding ABC 123",  # 'reg' inside another word
        "charged under (S2 PHA)",  # section 2 of an Act, not a prefix plate
        "registration was refused",  # a registration word without a mark
    ],
)
def test_near_misses_are_not_registrations(text: str) -> None:
    assert found(RECOGNIZER, text) == []
