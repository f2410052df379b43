"""Round twenty-one (issue 4): shapes the thirty-second and thirty-third held-out corpora showed
the gate missing or wrongly blocking (read after their one blind run), as categories, on
invented rows through the real gate. Every person, business and number here is invented; the
cities abroad are real only as places of origin.
"""

from __future__ import annotations

import pytest

from redact import lexicon
from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over, row_gate, row_policy

POLICY = row_policy()
DECLARED = ("Marisol", "Tamsin", "Ivy")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a name in capitals after 'his name as', across a line break
        ("The custody record gives his name as\nSUBRAMANIAM KOTHANDARAMAN.", "KOTHANDARAMAN"),
        # a lower-case nickname English does not know, after 'nickname'
        ("He signed a later message with his nickname tomukas. IDVA 1 kept it.", "tomukas"),
        # a user name with an underscore and a digit, with nothing around it
        ("Her account was kaja.rose; his was r_pendlebury07.", "r_pendlebury07"),
        # a quoted word said to be someone's private name for a person
        ('3.2 "Bunny" was Mr K\'s private name for Marisol; nobody else used it.', "Bunny"),
        # a reference after 'record' mixing letters and digits
        ('    description: "Former partner; HMPPS record B4418TZ"', "B4418TZ"),
        # a business named with a country's name in the plural
        ("She worked nights at Norways Seafoods for six years.", "Norways"),
        # a friend's full name after the family word, surname included
        ("The panel thanks her friend\nHaf Pritchard, who spoke to the Chair.", "Pritchard"),
        # a surname among the words of a file name
        ('source_file: "pendlebury_dhr_final_v6.docx"\n', "pendlebury"),
        # a foreign plate after 'registered in' a country
        ("and a van registered in Turkey, 06 KLM 418, was seen twice.", "06 KLM 418"),
        ("The car, registered in Poland as WX 51120, was parked there.", "WX 51120"),
    ],
)
def test_round_twenty_one_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a title-case heading with a declared name and short function words
        "### Ivy As Carer And As Victim\n\nText.",
        # a one-word label given with its English
        "7.4 **Iaith / Language.** Her first assessment was in English.",
        # no name is being named here
        "His name was not known to the GP.",
        "Her name is NOT KNOWN on the form.",
        "His nickname meant little to her.",
        '"Cuckooing" is the name for this practice.',
        # a file name, a reference in capitals, a number of calls
        "The file report_v2.docx and the log CASE_2021 were read.",
        "See minutes_final_2021-03.pdf and IMG_4471.jpg in the appendix.",
        "The police record 999 calls.",
        # a Welsh phrase with a plural of a nationality
        "Nigerians and Somalis were among the service's clients.",
    ],
)
def test_round_twenty_one_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []


@pytest.mark.parametrize(
    ("place", "abroad"),
    [
        ("Kraków", True),  # a large city abroad
        ("Praia", True),
        ("Florence", False),  # also a given name
        ("Birmingham", False),  # a UK place
        ("Tregaron", False),  # a small UK town
    ],
)
def test_cities_abroad_come_from_the_gazetteer(place: str, abroad: bool) -> None:
    assert lexicon.is_city_abroad(place) is abroad


@pytest.mark.parametrize(
    "text",
    [
        "Mr T grew up in Kraków; he moved to the United Kingdom in 2007.",
        "She sent money to an aunt in Praia every month.",
        "Her mother came to England from Krakow.",
    ],
)
def test_a_large_city_abroad_warns_and_a_site_may_make_it_block(gate: Gate, text: str) -> None:
    """A place of origin abroad asks a person (it may identify with other details); it does
    not stop publication unless the site's policy says so."""
    findings = gate.check_text(text, "t.md", allowed=DECLARED).findings
    assert [(f.entity_type, f.severity.value) for f in findings] == [("CITY_ABROAD", "warn")]
    strict = row_gate({**POLICY, "severity": {"CITY_ABROAD": "block"}})
    assert blocking_types(strict, text, allowed=DECLARED) == ["CITY_ABROAD"]
