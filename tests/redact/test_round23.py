"""Round twenty-three (issue 4): shapes the thirty-sixth and thirty-seventh held-out corpora
showed the gate missing or wrongly blocking (read after their one blind run), as categories, on
invented rows through the real gate. Every person, business, number and place here is invented.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate, _city_abroad
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # who a message went to, in lower case
        ('> "please dont call me after 6" - message from Ifrah to nasteexo, May 2022', "nasteexo"),
        # a plate found once by its context is found where it stands alone
        (
            (
                "He drove a Moldovan-registered Audi\n(CH 42 ZTR) and never re-registered it.\n\n"
                "| 2 | Briefing on foreign plates, using CH 42 ZTR as the example | Police |\n"
            ),
            "CH 42 ZTR as",
        ),
        # a plate after '-registered van,'
        ("He drove a Lithuanian-registered van, GKL-318, to the depot.", "GKL-318"),
        # a surname in a file name at the end of a Windows path
        ("<!-- source: \\\\csp-share\\dhr\\2021\\Vasilescu_draft2.docx -->", "Vasilescu"),
        # a note in a comment signed with a name
        ("<!-- check the Welsh translation before publication - Gwenllian -->", "Gwenllian"),
        # a dotted user name speaking in a chat
        ("```\n  dafydd.pantglas: see you at practice thurs\n  Marisol: ok\n```\n", "dafydd"),
        # a cafe named 'X and Y' before its kind, after 'at'
        ("She worked at Teapot and Thimble cafe for two years.", "Teapot"),
        # a chaplaincy
        ("Counselled both. — Fr Obi, Holy Cross Igbo Chaplaincy", "Holy Cross"),
        # a prison by its name
        ("| 3 | Visits | Offer support to families visiting HMP Wexmoor | Probation |", "Wexmoor"),
    ],
)
def test_round_twenty_three_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # saints' days
        "She celebrated both St Andrew's Day and St David's Day with her father.",
        # brands that are also names somewhere
        "He set up a shared Apple ID and used Apple's Find My to follow her.",
        "IDVA 1 removed him from the Ring and Amazon accounts.",
        "They met at Costa Coffee on Saturdays.",
        # a role speaking
        "The carer said that the cared-for person was in the room.",
        # messages to kin or to everyone
        "She sent a text to mum and a message to everyone in the group.",
        # comments signed with placeholders
        "<!-- TODO: check the table - Appendix B -->",
    ],
)
def test_round_twenty_three_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []


@pytest.mark.parametrize(
    ("entity", "recognizer", "city"),
    [
        ("LOCATION", "ContextNameRecognizer", True),  # a rule took it for a place
        ("PERSON", "SpacyEntityRecognizer", True),  # the model's guess
        ("PERSON", "ContextNameRecognizer", False),  # 'Ms Kraków': a rule found a person
        ("PERSON", "MentionPropagation", False),
        ("LOCATION", "PrivateNamesList", False),  # the author listed it as a real place
    ],
)
def test_a_person_found_by_a_rule_is_never_taken_for_a_city(
    entity: str, recognizer: str, city: bool
) -> None:
    assert _city_abroad(entity, recognizer, "Kraków") is city
