"""PHONE_NUMBER: UK numbers by shape, including Ofcom's drama ranges; not years, money, refs.
SERVICE_PHONE_NUMBER: the same shapes in Ofcom's organisational ranges (03, 080, 084, 087, 09)."""

from __future__ import annotations

import pytest

from redact.recognizers.phone import PhoneRecognizer, ServicePhoneRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = PhoneRecognizer()
SERVICE = ServicePhoneRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07700 900123", ["07700 900123"]),  # mobile, drama range
        ("07700900123", ["07700900123"]),  # mobile, run together
        ("07700 900 123", ["07700 900 123"]),  # mobile, 5-3-3
        ("0770 090 0123", ["0770 090 0123"]),  # mobile, 4-3-4
        ("07700-900-123", ["07700-900-123"]),  # dashes
        ("07700.900.123", ["07700.900.123"]),  # dots
        ("01632 960001", ["01632 960001"]),  # landline, drama range
        ("01632 960 001", ["01632 960 001"]),  # landline, 5-3-3
        ("(01632) 960001", ["(01632) 960001"]),  # area code in brackets
        ("020 7946 0018", ["020 7946 0018"]),  # London, drama range
        ("(020) 7946 0018", ["(020) 7946 0018"]),  # London, brackets
        ("0113 496 0000", ["0113 496 0000"]),  # Leeds drama range, 4-3-4
        ("0700 090 0123", ["0700 090 0123"]),  # 070 personal numbering: a person's number
        ("+44 7700 900123", ["+44 7700 900123"]),  # international mobile
        ("+44 (0)20 7946 0018", ["+44 (0)20 7946 0018"]),  # international with (0)
        ("+447700900123", ["+447700900123"]),  # international, run together
        ("0044 1632 960001", ["0044 1632 960001"]),  # 00 international prefix
        ("Call her on 07700 900123.", ["07700 900123"]),  # end of sentence
        ("(tel. 07700 900123)", ["07700 900123"]),  # inside brackets
        ("07700 900123 or 01632 960002", ["07700 900123", "01632 960002"]),  # two numbers
        ("020 7946 0018 2021", ["020 7946 0018"]),  # a year after it is not swallowed
    ],
)
def test_phone_numbers_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "PHONE_NUMBER", expected)


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 and 2022",  # years
        "£1,250,000 and £07.50",  # money
        "CR/0012345/22",  # a crime reference
        "INC-2021-004512",  # an incident reference
        "01/03/2021",  # a date
        "01.03.2021",  # a date with dots
        "paragraph 1.2.3",  # paragraph numbers
        "07700 9001",  # too short
        "077009001234",  # too long (12 digits)
        "04700 900123",  # 04 is not in the numbering plan
        "ID 107700900123",  # inside a longer number
        "A07700900123",  # glued to a letter
    ],
)
def test_near_misses_are_not_phone_numbers(text: str) -> None:
    assert found(RECOGNIZER, text) == []
    assert found(SERVICE, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0300 123 4567", ["0300 123 4567"]),  # 03: public bodies and charities
        ("0800 123 4567", ["0800 123 4567"]),  # freephone
        ("0808 157 0000", ["0808 157 0000"]),  # freephone 0808, drama range
        ("0800 123456", ["0800 123456"]),  # ten-digit freephone
        ("0845 600 0000", ["0845 600 0000"]),  # business rate
        ("0870 123 4567", ["0870 123 4567"]),  # business rate
        ("0909 879 0000", ["0909 879 0000"]),  # premium rate, drama range
        ("+44 808 157 0000", ["+44 808 157 0000"]),  # international freephone
        ("0044 300 123 4567", ["0044 300 123 4567"]),  # 00 international, 03
        ("+44 (0)800 123 4567", ["+44 (0)800 123 4567"]),  # international with (0)
    ],
)
def test_organisation_numbers_are_service_numbers_not_phone_numbers(
    text: str, expected: list[str]
) -> None:
    assert found(SERVICE, text) == spans(text, "SERVICE_PHONE_NUMBER", expected)
    assert found(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "07700 900123",  # mobile
        "01632 960001",  # landline
        "+44 20 7946 0018",  # London, international
        "0044 1632 960001",  # landline, 00 international
        "+44 (0)7700 900123",  # mobile, international with (0)
    ],
)
def test_a_persons_number_is_no_service_number(text: str) -> None:
    assert found(SERVICE, text) == []
    assert len(found(RECOGNIZER, text)) == 1
