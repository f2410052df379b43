"""Round forty-nine (issue 4, thirteenth session): read from the misses of sets 134-145 (each
measured blind first). A date of birth after a form's leader of dots; a name called at the start
of a message that follows a bracketed header ('[21:47] inesīt, ...'); a name after Tagalog 'si',
'ni' or 'kay'; initials after a team leader's letters or a radio call sign, before a care
co-ordinator's or a nurse's letters ('JB-K (CC)', 'AB/RMN'); a town abroad followed by where it
lies in its country ('in Ho, in the Volta Region of Ghana'); a capitalised stop word named as a
village ('the village of Back'); a month or a season between commas after a relationship ('Her
host, April, told'); a business a sole trader trades as; a given name in lower case said to be
someone's name ('my mum's name was marie'); a number a log's line wrap splits; a street named
'Side'; a spa as a business's kind."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```text\nSibling DOB ......... 04.09.2015\n```", "04.09.2015"),
        ("Mother's date of birth ____ 12/02/1988", "12/02/1988"),
        ("```text\n[20:13] marīt, kur tu esi? atbildi man\n```", "marīt"),
        ("```text\n[unknown number, 09:40]  efua, me pa wo kyɛw. come back\n```", "efua"),
        ("```text\n[acct 2]  dacīt please answer\n```", "dacīt"),
        ("```text\n21:02  Liza: pero si tonyo alam nya na ang lahat\n```", "tonyo"),
        ("```text\n21:04  Liza: sabi ko kay jojo wag na siya pumunta\n```", "jojo"),
        ("Discussed with TL (RW) on the same day; no strategy meeting was called.", "RW"),
        ("```text\n23:14:02  NE41 (DG): caller says he has a knife\n```", "DG"),
        ("Letter to GP sent. Review in four weeks. LM-T (CC)", "LM-T"),
        ("```text\nday 3  settled on ward, ate breakfast, no concerns.   KS/RMN\n```", "KS"),
        ("Efua grew up in Ho, in the Volta Region of Ghana, and came here in 2011.", "Ho"),
        ("He was from Most, in the north of the Czech Republic.", "Most"),
        ("Iain grew up in the village of Back, north of the town.", "Back"),
        ("Her host, April, told the review that she was kind.", "April"),
        ("Her best friend from school, Summer, still writes to the family.", "Summer"),
        ("Her partner, a roofer trading as Falcon Roofing Services, worked alone.", "Falcon"),
        (
            "> i know you cant put it in. my nan's name was maureen. i just wanted to say.",
            "maureen",
        ),
        (
            "```text\n21:14  OP2   LINE DROPPED 21:15. CLI 07700\n              900 318. RING BACK\n```",
            "900 318",
        ),
        ("Officers were called to shouting at 12 Mill Side that night.", "12 Mill Side"),
        ("She did nails at Orchid Nails & Spa on the parade.", "Orchid Nails"),
    ],
)
def test_round_forty_nine_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # a form's field after a family word is no one's initials
        "```text\nChild DOB ......... (see the sealed annex)\n```",
        # a task list's boxes are no message header
        "- [ ] contact the school about the referral\n- [x] done, all shared",
        # 'si' in Spanish is no Tagalog marker
        "Her mother wrote: 'Si no puedes venir, llámame. Si ella dice que no, pues nada.'",
        # a kin word after Tagalog 'si' is no name
        "```text\n21:06  Sister: si ate naman ang nagsabi sa kanya\n```",
        # a role's own letters and a road's bracket are no worker's initials
        "Section 17 (CA) and the A1 (M); the TL (Team Leader) agreed. Form M1 (MARAC) sent.",
        # a placeholder or a nation, and where it lies, is no town abroad
        "The refuge is in Town A, in the north of England.",
        "Services in Wales, in the south of the United Kingdom, differ.",
        "She lived in the town of Town B and then the village of Village C.",
        # a month or a season between commas that is no name after a relationship
        "Her birthday, June, was always hard. The refuge, in summer, was full.",
        # said to be a name, but no given name
        "Her name was removed from the list. His name was mentioned twice.",
        "The baby's name was chosen by both parents.",
        # an ambulance call sign's vehicle is no one's initials
        "```text\n21:49:05  Allocated NE12 (RRV) + NE40 (DCA)\n```",
        # a side that is no street
        "On the other side, 3 Side effects were noted. Her left side was bruised.",
        # a spa named by everyday words alone
        "Staff at the Day Spa and the Health Spa were trained.",
        # 'what's your name, love?': an endearment, not a name
        "CALL HANDLER: What's your name, love?",
        "DASH: medium. The name is given as unknown.",
        # trading, but not as a business's name
        "He said he was trading as a sole trader.",
    ],
)
def test_round_forty_nine_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


def test_romanian_si_before_a_word_is_no_tagalog_marker(gate: Gate) -> None:
    text = "```text\n21:07  Sister: si copiii sa stea la mine, sa plece din casa\n```"
    assert found_over(gate, text, "copiii") == []
