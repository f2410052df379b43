"""The gate's pattern recognizers: one identifier shape per module, built in code.

`all_recognizers()` is what `redact.engine` puts in the Presidio registry (besides the spaCy
name recognizer); `ENTITY_SEVERITY` is each entity's default severity, which the site policy may
override. Every recognizer here is regex-based and offline, and raises `RecognizerTimeoutError`
rather than skipping a pattern that times out (fail closed).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redact.recognizers._base import GatePatternRecognizer, RecognizerTimeoutError
from redact.recognizers.age_occupation import AgeOccupationRecognizer
from redact.recognizers.case_reference import CaseReferenceRecognizer
from redact.recognizers.date_exact import DateExactRecognizer
from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.email import EmailRecognizer
from redact.recognizers.phone import PhoneRecognizer, ServicePhoneRecognizer
from redact.recognizers.social_media import SocialMediaRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer
from redact.recognizers.uk_nhs import UkNhsRecognizer
from redact.recognizers.uk_nino import UkNinoRecognizer
from redact.recognizers.uk_postcode import UkPostcodeRecognizer
from redact.recognizers.uk_vehicle_registration import UkVehicleRegistrationRecognizer

__all__ = [
    "DIRECT_IDENTIFIERS",
    "ENTITY_SEVERITY",
    "RECOGNIZER_CLASSES",
    "GatePatternRecognizer",
    "RecognizerTimeoutError",
    "all_recognizers",
]

RECOGNIZER_CLASSES: tuple[type[GatePatternRecognizer], ...] = (
    UkPostcodeRecognizer,
    UkNinoRecognizer,
    UkNhsRecognizer,
    PhoneRecognizer,
    ServicePhoneRecognizer,
    EmailRecognizer,
    UkVehicleRegistrationRecognizer,
    DateOfBirthRecognizer,
    DateExactRecognizer,
    StreetAddressRecognizer,
    CaseReferenceRecognizer,
    SocialMediaRecognizer,
    AgeOccupationRecognizer,
)

# Direct identifiers block; quasi-identifiers (exact dates, age + occupation) and organisations'
# numbers ask a human.
ENTITY_SEVERITY: dict[str, str] = {
    "UK_POSTCODE": "block",
    "UK_NINO": "block",
    "UK_NHS": "block",
    "PHONE_NUMBER": "block",
    "SERVICE_PHONE_NUMBER": "warn",
    "EMAIL_ADDRESS": "block",
    "UK_VEHICLE_REGISTRATION": "block",
    "DATE_OF_BIRTH": "block",
    "DATE_EXACT": "warn",
    "STREET_ADDRESS": "block",
    "CASE_REFERENCE": "block",
    "SOCIAL_MEDIA": "block",
    "AGE_OCCUPATION": "warn",
}


def all_recognizers() -> list[EntityRecognizer]:
    """A fresh instance of every pattern recognizer, in a fixed order."""
    return [cls() for cls in RECOGNIZER_CLASSES]


# Identifiers that are never published in any form: removed, not replaced by a pseudonym.
DIRECT_IDENTIFIERS: frozenset[str] = frozenset(
    {
        "UK_POSTCODE",
        "UK_NINO",
        "UK_NHS",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "UK_VEHICLE_REGISTRATION",
        "DATE_OF_BIRTH",
        "CASE_REFERENCE",
        "SOCIAL_MEDIA",
        "STREET_ADDRESS",
    }
)
