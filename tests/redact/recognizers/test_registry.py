"""The registry: which entities the pattern recognizers emit, each with a default severity."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern

from redact.findings import Severity
from redact.recognizers import ENTITY_SEVERITY, RecognizerTimeoutError, _base, all_recognizers
from redact.recognizers.uk_postcode import UkPostcodeRecognizer

EXPECTED = {
    "UK_POSTCODE": "block",
    "UK_NINO": "block",
    "UK_NHS": "block",
    "PHONE_NUMBER": "block",
    "SERVICE_PHONE_NUMBER": "warn",  # an organisation's number: a helpline, asked about
    "EMAIL_ADDRESS": "block",
    "UK_VEHICLE_REGISTRATION": "block",
    "DATE_OF_BIRTH": "block",
    "DATE_EXACT": "warn",
    "STREET_ADDRESS": "block",
    "CASE_REFERENCE": "block",
    "SOCIAL_MEDIA": "block",
    "AGE_OCCUPATION": "warn",
}


def test_every_expected_entity_is_emitted_once() -> None:
    entities = [e for r in all_recognizers() for e in r.supported_entities]
    assert sorted(entities) == sorted(EXPECTED)


def test_every_entity_has_its_severity() -> None:
    assert ENTITY_SEVERITY == EXPECTED
    assert {Severity(level) for level in ENTITY_SEVERITY.values()} == {
        Severity.BLOCK,
        Severity.WARN,
    }


def test_each_call_builds_fresh_instances() -> None:
    first, second = all_recognizers(), all_recognizers()
    assert {id(r) for r in first}.isdisjoint({id(r) for r in second})
    assert len({r.name for r in first}) == len(first)  # unique names in the registry


def test_class_patterns_can_be_overridden_by_the_constructor() -> None:
    custom = UkPostcodeRecognizer(patterns=[Pattern("only GIR", r"GIR 0AA", 0.9)], context=[])
    text = "GIR 0AA and NP10 8QQ"
    assert [(r.start, r.end) for r in custom.analyze(text, ["UK_POSTCODE"])] == [(0, 7)]
    assert custom.context == []
    assert len(UkPostcodeRecognizer().analyze(text, ["UK_POSTCODE"])) == 2  # class unchanged


def test_a_recognizer_without_patterns_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one pattern"):
        UkPostcodeRecognizer(patterns=[])


def test_a_regex_timeout_stops_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail closed: Presidio skips a pattern that times out; ours raises."""
    slow = Pattern("catastrophic", r"(a|aa)+$", 0.9)
    recognizer = UkPostcodeRecognizer(patterns=[slow])
    monkeypatch.setattr(_base, "REGEX_TIMEOUT_SECONDS", 0.01)
    text = "a" * 5000 + "b"
    with pytest.raises(RecognizerTimeoutError, match="catastrophic"):
        recognizer.analyze(text, ["UK_POSTCODE"])
