"""The gate's Presidio registry is assembled in code: assert exactly what it looks for.

Presidio's own YAML defaults enable only some UK recognizers and list one twice; ours is built
explicitly, so a recognizer that silently drops out (or a new one without a severity) fails here.
"""

from __future__ import annotations

from redact.engine import EXCLUDED_COMPONENTS, default_severities, shared_engine
from redact.findings import Severity

EXPECTED_ENTITIES = {
    # people and places (spaCy entities, organisation names decomposed)
    "PERSON",
    "LOCATION",
    "ORGANISATION_PLACE",
    # direct identifiers
    "UK_POSTCODE",
    "UK_NINO",
    "UK_NHS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "UK_VEHICLE_REGISTRATION",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
    "CASE_REFERENCE",
    "SOCIAL_MEDIA",
    # quasi-identifiers
    "DATE_EXACT",
    "AGE_OCCUPATION",
    "SERVICE_PHONE_NUMBER",
}


def test_registry_loads_exactly_the_gate_entities() -> None:
    assert set(shared_engine().entities()) >= EXPECTED_ENTITIES
    # Nothing from Presidio's predefined set sneaks in (credit cards, US SSNs, IBANs, ...).
    assert not {"CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "URL"} & set(
        shared_engine().entities()
    )


def test_every_entity_has_a_severity_and_only_quasi_identifiers_and_services_warn() -> None:
    severities = default_severities()
    assert set(shared_engine().entities()) <= set(severities)
    warn = {entity for entity, level in severities.items() if level is Severity.WARN}
    assert warn == {"DATE_EXACT", "AGE_OCCUPATION", "SERVICE_PHONE_NUMBER"}


def test_model_is_loaded_without_the_parser() -> None:
    nlp = shared_engine().nlp
    assert "ner" in nlp.pipe_names
    assert not set(EXCLUDED_COMPONENTS) & set(nlp.pipe_names)


def test_a_block_seen_before_gets_the_same_entities() -> None:
    """Blocks are tagged once per process; a repeat must give exactly the first answer."""
    engine = shared_engine()
    text = "Mrs Jane Smith met the GP in Manchester.\n\nno capitals in this block at all\n"
    first, second = (next(engine.docs([(text, text)])) for _ in range(2))
    assert first.text == second.text == text
    spans = [(e.start_char, e.end_char, e.label_) for e in first.ents]
    assert spans == [(e.start_char, e.end_char, e.label_) for e in second.ents]
    assert spans  # the model did tag something, so the comparison means something
