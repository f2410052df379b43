"""The gate's Presidio registry is assembled in code: assert exactly what it looks for.

Presidio's own YAML defaults enable only some UK recognizers and list one twice; ours is built
explicitly, so a recognizer that silently drops out (or a new one without a severity) fails here.
"""

from __future__ import annotations

import pytest

from redact.engine import EXCLUDED_COMPONENTS, Tagged, default_severities, shared_engine
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
    # quasi-identifiers (an exact date, an age with a job, a large city abroad) and services
    assert warn == {"DATE_EXACT", "AGE_OCCUPATION", "SERVICE_PHONE_NUMBER", "CITY_ABROAD"}


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


TAGGED_TEXTS = [
    "Mrs Jane Smith met the GP in Manchester on Monday.",
    "John Brown and Mary Green moved from Leeds to Cardiff, Wales.",  # entities side by side
    "The report was written by Aled Pritchard",  # an entity at the very end
    "no capitals and no names here",
    "",
]


@pytest.mark.parametrize("text", TAGGED_TEXTS)
def test_tagged_text_reads_the_entities_and_tokens_spacy_gives(text: str) -> None:
    """The plain-value copy of a Doc must hold exactly the model's entities and tokens."""
    doc = shared_engine().nlp(text)
    tagged = Tagged.of(doc)
    assert [(e.start_char, e.end_char, e.label_) for e in tagged.ents] == [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]
    assert tagged.tokens == [t.text for t in doc]
    assert tagged.indices == [t.idx for t in doc]
    assert tagged.lowers == [t.lower_ for t in doc]


def test_joined_blocks_keep_their_offsets_in_the_joined_text() -> None:
    nlp = shared_engine().nlp
    first, second = "Mrs Jane Smith lived in Leeds.\n\n", "She met John Brown in Manchester.\n"
    pieces = [Tagged.of(nlp(first)), Tagged.of(nlp(second))]
    assert pieces[0].ents and pieces[1].ents  # the model tagged both, so offsets are tested
    joined = Tagged.join(pieces)
    assert joined.text == first + second
    assert [joined.text[e.start_char : e.end_char] for e in joined.ents] == [
        piece.text[e.start_char : e.end_char] for piece in pieces for e in piece.ents
    ]
    assert [joined.text[i : i + len(t)] for i, t in zip(joined.indices, joined.tokens)] == (
        joined.tokens
    )
