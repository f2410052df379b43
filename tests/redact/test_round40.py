"""Round forty (issue 4, tenth session): shapes that name someone in any report, read from the
misses of blind sets 106-109 (measured first with the session's starting code): a role and its
worker's initials in brackets or after a dash, initials after 'per' or opening an action, a
given name with an initial, an age, a job or what they told, another language's kin title
before a name, a title before a surname in capitals, a flat's address whose street has no type,
a street a message shortens, a parish field, a mission, Telegram links, plates with a hyphen or
in lower case, a date of birth with a two-digit year; and the initials of declared pseudonyms,
coroners, prophets, God in other languages and speakers' sex labels, which name no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.glossary import glossary_terms
from tests.redact.gate_rows import blocking_found, found_over, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a role, then its worker's initials in brackets or after a dash
        ("```text\nCrew:        Paramedic (RW), EMT\n```", "RW"),
        ("```text\nCall handler: CH (DP)   Received: 21:40\n```", "DP"),
        ('It was recorded in the duty log as "PS – KLM", who attended.', "KLM"),
        ("```text\nTriage SW:    R-J\n```", "R-J"),
        ("```text\nSeen by:    Bea T. (CPN) with duty doctor\n```", "Bea T."),
        # whose word an entry rests on; who is to do an action
        ("| 2023-04 | Advice given on the tenancy. Per DT. |", "DT"),
        ("> Actions: KB to refer to the IDVA. Police to flag the address.", "KB"),
        # a given name with an age, a job in brackets, or what they told
        ("```text\nSibling:         Blessing, 9, same school\n```", "Blessing"),
        ("> **To:** Gary (Night Shift Manager, Packing); Nights Manager", "Gary"),
        ("One of her colleagues, Trina, told the review that she was frightened.", "Trina"),
        # another language's kin title before a given name
        ('Bao says mummy "sleep at cô lan house" at weekends.', "lan"),
        ("```text\nTendai:   Mhoro sisi nyasha. Ndaneta.\n```", "nyasha"),
        # a title before a surname in capitals; a collar number with its borough's letters
        (
            "```text\n2022-07  ASB  Visit. Male tnt Mr PENBERTHY says partner drinks\n```",
            "PENBERTHY",
        ),
        ("```text\nOfficer: PC 4512KD HARROWBY    Second officer: none\n```", "HARROWBY"),
        # a flat and house number, then a street without its type; a street type 'Reach'
        ("```text\nAddress:   Flat 3, 22 Kirkgate, Malton\n```", "Flat 3, 22 Kirkgate"),
        ("```text\nAddress:   Flat 1, 9 Weavers Reach, Hebden\n```", "9 Weavers Reach"),
        # a street a message shortens
        ("```text\n[20:11] Nia: meet me on harker rd ok x\n```", "harker rd"),
        # a mission named for its place
        ("> **Tanyard Gospel Mission: notices for the month**", "Tanyard"),
        # a Telegram profile; plates with a hyphen or typed in lower case
        ("Her profile ([Telegram](https://t.me/ola_kz_88)) was shared.", "ola_kz_88"),
        ("He took car finance on GY71-KDN in her name.", "GY71-KDN"),
        ("```text\nlee:   his car wk19fxa is outside again\n```", "wk19fxa"),
        # a family's own name for someone that English does not know; a link's text that
        # spells its profile's address; a name in another language's letters opening a sentence
        ('Her sister wrote: "Nobody saw my Zsuzsika. Nobody."', "Zsuzsika"),
        (
            "His page, [Hartley Home Improvements](https://www.facebook.com/hartleyhomeimprovements).",
            "Hartley Home Improvements",
        ),
        ('> "Everyone at work knew. Thương knew, the customers knew."', "Thương"),
        # a date of birth with a month's name and a two-digit year
        ("```text\nPt:   HOLROYD, Maud   DOB: 4 Feb 51\n```", "4 Feb 51"),
    ],
)
def test_round_forty_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


def test_a_parish_field_is_a_place(gate: Gate, tmp_path: Path) -> None:
    text = "```text\nName:     Ellen\nParish:   Bannisdale\n```\n"
    assert found_over_in_markdown(gate, text, "Bannisdale", tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        # a role's own acronym in brackets; a probation practitioner; an acronym after 'per'
        "The call handler (CH) took the call at 21:40.",
        "```text\nMay 2022  Police DA check returned. PP to discuss at next contact.\n```",
        "The parcel was declined per SOP at the counter.",
        "> Actions: HV to visit. GP to review medication.",
        # an agency's letters after 'The', below a heading: no action's opening
        "## Recommendations\n\n1. The CSP to ask all schools to review their logs.",
        # a coroner, a prophet, God in another language, a speaker's sex label
        "The Coroner's note of the opening was supplied to the panel.",
        "The Imam reminded everyone that the Prophet taught kindness to mothers.",
        'Every morning she told her mother "fica com Deus" (stay with God).',
        "```text\n00:00:40  FEMALE:     Yes, come in. He is asleep.\n```",
        # another language's sentence opening with an accented word; a brand after 'my'
        "```text\nMẹ: Được rồi con. Mẹ biết.\n```",
        "She kept the photographs on my Kindle and my iPad.",
        # medicines
        "She was treated with chlordiazepoxide. Memantine was added in the spring.",
        # a condition's charity; a meeting's month before an allowed term; apps; a team's kind
        "She joined a Parkinson's UK support group. Advanced Parkinson's is exhausting.",
        "The case was heard at the February MARAC and again in the spring.",
        "He messaged her on Facebook Messenger and found women on Grindr.",
        "The Traveller Liaison Team visited the site twice.",
    ],
)
def test_round_forty_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


def test_the_initials_of_declared_pseudonyms_name_no_one(gate: Gate) -> None:
    text = (
        "```text\nResident: B.   Children: F. (10), G. (4)\n"
        "Week 4   B. hears that K. is telling people she stole the children.\n```"
    )
    declared = ["Blessing", "Kunle", "Favour", "Gift"]
    assert blocking_found(gate, text, allowed=declared) == []


def test_a_term_the_glossary_defines_is_vocabulary_everywhere(gate: Gate, tmp_path: Path) -> None:
    text = (
        '# Review\n\nHe slept in his mother\'s room "to be there if Dai comes in drunk".\n\n'
        "## Appendix A: Glossary\n\n| Term | Meaning |\n|---|---|\n| Dai | elder brother |\n\n"
        "- **Pabrinex**: an injection of vitamins given in hospital.\n\n"
        "## Appendix B: Panel\n\nDai Rhys-Owen chaired.\n"
    )
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    found = [f.text for f in gate.check_paths([path]).blocking]
    # the glossary's terms pass; a full name outside the glossary that contains one still blocks
    assert "Pabrinex" not in found and found.count("Dai") == 0
    assert any("Rhys-Owen" in text for text in found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a typist's reference, initials over initials; initials alone signing a message
        ("| Minutes | DW/jk |", "DW/jk"),
        ("> I am not ok. Please can we talk today.\n> KH\n", "KH"),
    ],
)
def test_initials_that_sign_a_record(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    ("entry", "is_vocabulary"),
    [
        ("- **Pitha:** traditional rice cakes, made for festivals", True),
        ("- Shatkora: a citrus fruit from the Sylhet region", True),
        ("| Dai | elder brother, in Nepali |", True),
        # an entry that explains a place or a name is no vocabulary
        ("- **Cwm-parc**: the village where the family lived", False),
        ("- Kuba: her brother's nickname", False),
        ("| Tŷ Gwyn | the family's farm |", False),
    ],
)
def test_a_glossary_entry_is_vocabulary_unless_it_explains_an_identifier(
    entry: str, is_vocabulary: bool
) -> None:
    text = f"# Review\n\n## Appendix A: Glossary\n\n| Term | Meaning |\n|---|---|\n\n{entry}\n"
    term = entry.strip("-| ").split("|")[0].split(":")[0].strip(" *")
    assert (term in glossary_terms(text)) is is_vocabulary
