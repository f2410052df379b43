"""Round seventy-one (issue 4, nineteenth session): read from the remaining misses of sets 234-237
and from sets 238-241 (measured blind with the session's starting code). A name an e-mail address
spells, written out elsewhere ('Memory Marufu', beside 'memory.marufu@...'); an endearment with its
capital after a kin title, as a speaker ('Tita Baby:'); a message indented under its sender line
('from: @andri_c_27' / '  ... let u go shan'); a lower-case name of two syllables ('hoi-yan'); a
name someone is called at home ('called bin at home', 'called "Mouse" by everyone'); a place in
brackets after its kind ('the village (St Day)'); spaced initials after a kin word ('sister (R K
G)'); initials after a post ('Head of Safeguarding Adults (JK)'); a name called in Gaelic ('A
Pheigi,') or at a quotation's start ('"Peggy, I am'); the name a chat is exported under;
'knew Craig as "Tank"'; initials signing a note before a date; a surname's family plural ('the
Farkases''); 'the 4th day of November 1959'; a town named as a small language is, after 'from'
('from Konongo'); a place named in Welsh after 'the' ('the Y Ddraig Lwyd'); a place in its own
script where someone grew up; 'Person at risk:' as a record's label; a town named as one where
someone was born ('born in Spanish Town'). Precision: a rating's key
('Amber — started'); 'Ndebele' and 'Sotho' as languages; 'Med r/v'; 'the whole barangay';
'Supervisee:'; '"Sis, how are you?"'."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown

_SIGNED_WITH_EMAIL = (
    "> With respect,\n>\n> Memory Marufu (Tsitsi)\n> memory.marufu@example.org · 07700 900 883\n"
)
_SENDER_AND_MESSAGE = (
    "```text\nfrom: @andri_c_27\n  u think blocking me does anything lol\n"
    "  i will never let u go shan\n```\n"
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (_SIGNED_WITH_EMAIL, "Memory Marufu"),
        (
            "```text\nLiza:      tumawag na ako 5 times.\nTita Baby: ingat ka lagi anak\n```",
            "Baby",
        ),
        (_SENDER_AND_MESSAGE, "shan"),
        ("```text\nWing:  kelvin say if i go police he send hoi-yan back to hk\n```", "hoi-yan"),
        ("Bao, Mai's son, in Year 5; called bin at home and by his friends.", "bin"),
        ("He was called Titch by the family.", "Titch"),
        ("<!-- The ToR still names the village (St Day); chair to change -->", "St Day"),
        ("```text\nJun 2021   11:40  Appl attended w/ sister (R K G). Disclosed\n```", "R K G"),
        (
            "| Role | Agency |\n|---|---|\n| Head of Safeguarding Adults (JK) | Adult Social Care |\n",
            "JK",
        ),
        ('> *"A Pheigi, tha mi cho sgìth. Chan urrainn dhomh barrachd."*', "Pheigi"),
        ('> ("Peggy, I am so tired. Look after the children.")', "Peggy"),
        (
            '```text\nWhatsApp chat export: "shno gyan"\n[04/08/2023, 23:47] Shilan: ok\n```',
            "shno gyan",
        ),
        ('Friends knew Craig as "Tank", a name he used on his van.', "Tank"),
        ('Her husband, aged 27, was called "Mouse" by everyone on the site.', "Mouse"),
        ("> Not raised with line manager due to conflict of interest. KM, 23/11/21.", "KM"),
        (
            "Vera Farkas worked at the bakery. The Farkases' records at the GP were not linked.",
            "Farkases",
        ),
        ("Jago Penrose, you were born on the 4th day of November 1959, the papers record.", "1959"),
        ("```text\n[07:03] Akua: he posted my pictures from Konongo\n```", "Konongo"),
        ("On 14 October she spent the afternoon at the Y Ddraig Lwyd with two friends.", "Ddraig"),
        ("Malar grew up in the north of Sri Lanka, in யாழ்ப்பாணம், the youngest of four.", "யாழ்"),
        ("```text\nPerson at risk: RAJENDRAN, Thayalini   DOB 14-Jul-1986\n```", "Thayalini"),
        ("Marcia was born in Spanish Town and came to London at nine.", "Spanish Town"),
    ],
)
def test_round_seventy_one_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # words said of someone at home, no name
        "He was called stupid at home. She was called fat by her friends.",
        # a placeholder in brackets after its kind
        "The family moved to the town (Town A) in 2019.",
        # a rating's key and its ratings
        (
            "| 1.1 | Audit | Month 3 | Amber |\n| 1.2 | Guidance | Month 2 | Green |\n\n"
            "RAG key: Red — not started; Amber — started, on track; Green — complete.\n"
        ),
        "Resources will be printed in Shona, Ndebele, Urdu and Polish.",
        (
            "| Date | Seen by | Note |\n|---|---|---|\n"
            "| Jun 23 | Practice pharmacist | Med r/v. Adherence good. |\n"
        ),
        'She sent a box home each year "with chocolate for the whole barangay".',
        "> Supervisee: Social Worker 1. Supervisor: Team Manager 1.",
        '*(Translation: "Sis, how are you? You didn\'t answer last night.")*',
        "She wrote in தமிழ் to her mother every week.",
        "She grew up in Old Town and moved away at eighteen.",
        "| Director of Public Health (DPH) | Northshire County Council |",
        # an ordinary hyphenated word in a message
        "```text\nmum:  i need to go to the co-op and get a t-shirt\n```",
    ],
)
def test_round_seventy_one_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_team_an_e_mail_address_spells_is_no_name(gate: Gate, tmp_path: Path) -> None:
    text = "Contact the Safeguarding Hub (safeguarding.hub@example.gov.uk) for advice."
    found = blocking_found_in_markdown(gate, text, tmp_path)
    assert [name for name, _ in found] == ["safeguarding.hub@example.gov.uk"]
