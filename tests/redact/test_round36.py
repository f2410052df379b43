"""Round thirty-six (issue 4, seventh session): a paragraph's soft line breaks are read as the
spaces they are, so a phrase an author's wrap cut is read whole; initials and names where a note
names its writer; a date of birth with a month in another language, an NHS number a record
wrapped; and public words that blocked clean reports. Invented rows through the real gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.markdown_scan import analyse_markdown
from redact.soft_wraps import unwrapped
from tests.redact.gate_rows import blocking_found, found_over, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a place before its kind, the wrap between them
        (
            (
                "Tegwen and her two children lived in a maisonette on the Copperhythe\n"
                "estate until the autumn, when the council moved them."
            ),
            "Copperhythe",
        ),
        # a lower-case name after 'our', the wrap between them
        (
            (
                "> Her brother said she was the youngest, the one they protected, our\n"
                "> bunni, always laughing at something on her phone."
            ),
            "bunni",
        ),
        # a month's name as a town inside an agency's name, the wrap between them
        (
            (
                "Abebe's Universal Credit claim was handled by a work coach at March\n"
                "Jobcentre, who noted that he attended every appointment alone."
            ),
            "March",
        ),
    ],
)
def test_a_phrase_cut_by_a_wrap_is_read_whole(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped line that starts in lower case is no text message
        (
            "Long after they had left the school, the children still stopped her in the\n"
            "market to say that her jam roly-poly was the best pudding they had ever had."
        ),
        (
            "Her brothers asked that the report should end with a line from the hymn their\n"
            "sister sang at every family funeral, and the panel agreed to do that."
        ),
        # public names the lines hid: a soap opera, the Met, a compound adjective, a code
        (
            "She loved her evenings, her allotment, her grandchildren and Coronation\n"
            "Street, in that order, whatever her son said about the television."
        ),
        (
            "His case was later reviewed by a detective from the Metropolitan Police; the\n"
            "Met's specialist team found nothing further to add to the file."
        ),
        (
            "She had been offered support by an independent adviser from a Roma-led\n"
            "community organisation, which she accepted after two weeks."
        ),
        (
            "The interview was conducted within the time the Police and Criminal Evidence Act\n"
            "Codes of Practice allow, and the custody record shows this."
        ),
        # a bilingual report's Welsh line is read apart from the English one before it
        (
            "Rydym yn argymell bod pob asiantaeth yn gwneud y cynnig yn Gymraeg, sef y cynnig\n"
            "rhagweithiol, ym mhob cyswllt gyda'r teulu."
        ),
    ],
)
def test_joined_lines_block_no_public_words(gate: Gate, text: str, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    report = gate.check_paths([draft])
    assert not report.errors
    assert not report.blocking, [(f.text, f.recognizer) for f in report.blocking]


_LONG = "a line of prose long enough to have been wrapped by its author"


@pytest.mark.parametrize(
    ("markdown", "joined"),
    [
        # a paragraph's wrap, a quotation's, a list item's; before a speaker, mid-sentence
        (f"{_LONG} and her\nbrother said: it was not her fault.\n", True),
        (f"{_LONG}\nand it goes on.\n", True),
        (f"> {_LONG}\n> and it goes on.\n", True),
        (f"- {_LONG}\n  and it goes on.\n", True),
        # a short line (a record's fields), a label, a speaker's line, a new marker
        ("Name: Tegwen Rhys\nDOB: not known\n", False),
        (f"{_LONG} as follows:\nand it goes on.\n", False),
        (f"> **Friend 1:** {_LONG}\n> **Tegwen:** ok\n", False),
        (f"{_LONG}\n(and it goes on in brackets).\n", False),
        # the next list item or numbered paragraph
        (f"- {_LONG}\n- and the next item.\n", False),
        (f"1. {_LONG}\n2. and the next item.\n", False),
        (f"3.1 {_LONG}\n3.2 The next paragraph.\n", False),
        # a blank line, a code block, a table, a Welsh line
        (f"{_LONG}\n\nand a new paragraph.\n", False),
        (f"```\n{_LONG}\nand the next message\n```\n", False),
        (f"| {_LONG} | x |\n|---|---|\n| {_LONG} | y |\n", False),
        (f"{_LONG}\nmae hi'n byw yn y dref gyda'i mam.\n", False),
    ],
)
def test_which_line_breaks_are_soft_wraps(markdown: str, joined: bool) -> None:
    view = analyse_markdown(markdown)
    text = unwrapped(view)
    assert len(text) == len(view.literal)
    changed = [i for i, (a, b) in enumerate(zip(view.literal, text, strict=True)) if a != b]
    assert all(view.literal[i] == "\n" and text[i] == " " for i in changed)
    first_break = view.literal.index("\n", view.literal.index("wrapped") if joined else 0)
    assert (first_break in changed) is joined
    if not joined:
        assert not changed


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # who wrote a note, after a role's label, or signing off, or after its last sentence
        ("```text\nRSR: Medium     OGRS: 41%\nOffender Manager: PD\nR6: new partner\n```", "PD"),
        ("```text\nTriage category: 3\nTriage Nurse: F.MacK.\n```", "F.MacK."),
        ("> I will try the family liaison route. Regards, TW\n>\n> From: IDVA Service", "TW"),
        ("> Kind regards,\n> Sparrow\n", "Sparrow"),
        ("```text\nAttended alone, quiet. Plan: review at next visit. RJ SN\n```", "RJ"),
        # initials after a perpetrator's or a young person's record word
        ("> Case 4. Victim MD, 66. Perp KD, 70. No neighbours.", "KD"),
        ("> Drop-in. YP TQ, 16. Came with a friend.", "TQ"),
        # inside the note's quotation, after a dash, initialled, a role's letters in a cell
        ('The GP note reads: "Low mood. Advised to rest. KP". Nothing else was done.', "KP"),
        ("```text\nYr 9 pupil upset, says dad shouts. Logged. – GW\n```", "GW"),
        ("The referral form is initialled RFD and was not followed up.", "RFD"),
        ("| 03/2022 | SW PK | Home visit, mother engages well. |", "PK"),
        # a date of birth with a month named in another language or calendar
        ("Her passport gives her date of birth as 14 Ekim 1990, in Turkish.", "14 Ekim 1990"),
        ("Date of birth (Iranian papers): 9 Mordad 1360.", "9 Mordad 1360"),
        # an NHS number whose last group a record wrapped onto the next line
        ("```text\nNHS no:         943 476\n                 5919\nGP: Practice 1\n```", "5919"),
        # a name or initials between commas after a role; a name in capitals after a family word
        ("He came to the shop. Her manager, Summer, asked him to leave.", "Summer"),
        ("17. The liaison officer, GK, noticed that something was wrong.", "GK"),
        ("```text\nCaller:   husband (DAFYDD)  Tel: withheld\n```", "DAFYDD"),
        (
            "> Ref ALD/M/22-0119. Victim: SM, 47, Tannery Fold. Perpetrator: DK. IDVA 1 unable to call.",
            "DK",
        ),
        ("> Drop-in. Young person JT, 16, came with a friend.", "JT"),
    ],
)
def test_round_thirty_six_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        # a role's letters, a word in capitals, an abbreviation, a team signing off
        "```text\nAllocated worker: SW\nKey worker: GP\n```",
        "```text\nSafe to call on mobile? YES.\nSUSPECT ARRESTED. NOT SEEN\n```",
        "The suspect DID NOT attend; the victim, a U.K. national, did; perpetrator RUI.",
        "> Many thanks,\n> Housing\n\n> Regards, Team\n",
        # nationality and language phrases, an app, a trade in a repairs log
        "- name: Adult A\n  description: Sri Lankan Tamil woman aged 39, who spoke Tamil",
        "Outreach through TikTok, Facebook and Zalo with community organisations.",
        "| Spring 2019 | Locksmith | Fit a lock to the spare bedroom door |",
        "The doctor, however, said that the manager, Housing, had not replied.",
        # kin words, apps and English words a translation keeps are no names
        "```text\nSister:  didi, ami tiktok dekhechi\n         (didi, I saw the tiktok)\n```",
        "```text\nFriend:  jest na tiktok cały dzień\n         (she is on tiktok all day)\n```",
        "```text\nHV NEW BIRTH VISIT\nOutcome: universal plan. – HV\n```",
        # a medicine opening a sentence; a role the report capitalises as its placeholder
        "| Spring 2023 | He tells the GP he cannot sleep. Mirtazapine prescribed for low mood. |",
        "The private landlord is the Landlord. In May the Landlord wrote to both tenants.",
    ],
)
def test_round_thirty_six_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a word the interpreter's translation keeps is a name, in the message and in English
        (
            "```text\n[Tomas]  ty si moja vierka. navzdy.\n         [you are mine vierka]\n```",
            "vierka",
        ),
        (
            "> Mam: ble mae gethi? dwi ddim yn ei weld e\n> (where is gethi? I can't see him)",
            "gethi",
        ),
    ],
)
def test_a_name_the_translation_keeps_is_found(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target
    second = text.rindex(target)
    report = gate.check_text(text, "t.md")
    assert any(f.start == second for f in report.blocking), target  # in the English too
