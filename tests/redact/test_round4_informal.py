"""Round four of the informal-writing rules (issue 4): names written in lower case in text
messages, chat exports and quoted messages, on invented Markdown through the real gate.

Every name, nickname and message here is invented. Pseudonyms a review would declare ("Marnie",
"Adult B") are passed as allowed, the way a review's metadata allows them.

A must-block row needs a blocking finding overlapping the marked text (the `occurrence`-th one);
a clean row must block nothing at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.policy import parse_policy
from redact.recognizers._informal import (
    informal_at,
    reads_as_texting,
    stamp_length,
    texting_at,
)

POLICY = {
    "site_area": ["Northshire"],
    "allow": {
        "agencies": ["Northshire Police", "Northshire County Council"],
        "roles": ["the GP", "IDVA 1"],
        "places": ["England", "Wales", "UK", "North West"],
        "other": ["MARAC", "MASH", "DASH", "Refuge"],
    },
}
PSEUDONYMS = ("Marnie", "Adult A", "Adult B", "Child X")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return Gate(parse_policy(POLICY, "test policy"), use_cache=False, workers=1)


def _check(gate: Gate, tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "overview-report.md"
    path.write_text(text, encoding="utf-8")
    return path, gate.check_paths([path], extra_allow=PSEUDONYMS)


def _blocked(gate: Gate, tmp_path: Path, text: str, target: str, occurrence: int = 1) -> bool:
    start = -1
    for _ in range(occurrence):
        start = text.index(target, start + 1)
    end = start + len(target)
    path, report = _check(gate, tmp_path, text)
    return any(
        f.start is not None and f.end is not None and f.start < end and start < f.end
        for f in report.blocking
        if f.path == str(path)
    )


MUST_BLOCK = [
    # 1. chat exports: a day and date before the time, WhatsApp's two layouts
    ("```\nTue 14/05 22:40  where are u radka\n```\n", "radka", 1),
    ("```\nTue 14/05 22:40  where are u\nTue 14/05 22:41  tell zofia i said so\n```\n", "zofia", 1),
    ("[14/05/2023, 22:40:13] jarek: come home now\n", "jarek", 1),
    ("14/05/2023, 22:41 - jarek: i know where u are\n", "jarek", 1),
    ("```\n[22:10] Unknown number: where is mirela tonight\n```\n", "mirela", 1),
    # 2. a message after a speaker label, capitalised but in texting style
    ("> **Marnie:** Going out later. radka can pick up the kids\n", "radka", 1),  # "x. radka"
    ("> **Marnie:** Dont tell zofia where I am\n", "zofia", 1),  # "Dont"
    ("> **Marnie:** where are u\n> **Marnie:** Ask bozena to wait\n", "bozena", 1),  # chat run
    ("```\nU think ur safe at work zofia x\n```\n", "zofia", 1),  # a bare line with "ur"
    ("> U think ur safe at work zofia x\n", "zofia", 1),
    # 3. a nickname no dictionary knows, in texting
    ("```\n[21:40] Marnie: yes. tazzo is in a mood again\n```\n", "tazzo", 1),
    ("> **Marnie:** u think ur clever kezzer\n", "kezzer", 1),
    ('Adult A texted: "cant talk. dinksy is here x"\n', "dinksy", 1),
    ("```\nMon 13/05 23:12  U think ur safe in that shop jaxie\n```\n", "jaxie", 1),
    # 4. an ordinary-word given name as the object of tell/ask/ring, or "with" a person
    ("```\n[22:10] Marnie: tell robin his dad says hi\n```\n", "robin", 1),
    ("```\n[22:11] Unknown number: ask penny who she saw at the gate\n```\n", "penny", 1),
    ("> **Marnie:** saw u with rowan. dont lie\n", "rowan", 1),
    ("```\nSun 12/05 01:40  i know ur out with sunny. tell him hes next\n```\n", "sunny", 1),
    ("> **Adult B:** dont phone ruby again\n", "ruby", 1),
    # 5. a one-off ordinary-word speaker in a chat where another speaker is named
    (
        (
            "> **radka:** where are u\n> **robin:** mate ur not making sense\n"
            "> **radka:** dont tell anyone\n"
        ),
        "robin",
        1,
    ),
    # 6. a rare given name starting a sentence inside a quoted message that starts formally
    (
        (
            '> "He found the letter. He says he will tell everyone.\n'
            '> zofia says he will hurt me. Please help."\n'
        ),
        "zofia",
        1,
    ),
    # a name found in a chat is also found where the report quotes it alone
    (
        (
            "```\n[22:10] Marnie: tell robin his dad says hi\n```\n\n"
            'Adult B called his son "robin" in every message.\n'
        ),
        "robin",
        2,
    ),
]


@pytest.mark.parametrize(("text", "target", "occurrence"), MUST_BLOCK)
def test_lower_case_names_in_messages_block(
    gate: Gate, tmp_path: Path, text: str, target: str, occurrence: int
) -> None:
    assert _blocked(gate, tmp_path, text, target, occurrence), (text, target)


CLEAN = [
    # formal prose with the same words
    "The panel will ask the GP practice to review its policy.\n",
    "In summer 2021 the family moved to Town A.\n",
    "The chair will tell the GP of the findings, and Child X said she was frightened.\n",
    "(i) The first finding concerns record keeping; (ii) the second concerns training.\n",
    "Her sister said she loved the robin in the garden and saved every penny.\n",
    "5.12 Summary: The panel will ask the GP to review the case.\n",
    "4.12 14:05 Police attended the address. No further action was recorded.\n",
    "Note: the officer will ask summer staff to attend.\n",
    # lower-case list items and quoted fragments with words no dictionary knows
    "1. whether agencies understood rurality and its impact on Adult A;\n",
    "2. how the MARAC responded to concerns about cuckooing and chemsex;\n",
    'Her son said she was "a bit of an incomer in the village, always cheerful".\n',
    'His son said he "is not himself and will not eat".\n',
    # record notes with times and lower-case sentences
    (
        "```\n12.03.2021 10:15  GP: pt seen. reports low mood, poor sleep. obs normal\n"
        "13.03.2021 14:20  Police: DASH completed, medium risk. referred to MASH\n```\n"
    ),
    "| 12/03 | 14:05 | Police | Officers attended. no answer at the door |\n|---|---|---|---|\n",
    # a capitalised transcript in edited English
    (
        "> **Chair:** Can you tell us about the months before her death?\n"
        "> **Sister:** She stopped coming to Sunday lunch. He always had a reason.\n"
        "> **Chair:** Did anyone ask about the bruises?\n"
    ),
    # a quoted statement in edited English, with abbreviations before lower case
    (
        '> "He has found the form. He says if I go, he will tell everyone. I do not know what to'
        ' do."\n'
    ),
    'The log reads "refer to MARAC. no further action", approx. two lines.\n',
    # clean chats between declared pseudonyms: texting words, slang, kin, time adverbs
    (
        "```\n[21:14] Marnie: u home yet hun\n[21:20] Adult B: wya. answer ur phone\n"
        "[21:22] Marnie: soz was in the shower. cant talk now\n"
        "[21:31] Marnie: pleaseee just leave it tonight. im so tired babe\n"
        "[21:41] Marnie: sorry sorry sorry. luv u xxx\n[21:50] Adult B: hahaha ok. ttyl\n```\n"
    ),
    (
        "> **Marnie:** tell mum im fine. text back when u can\n"
        "> **Adult B:** ok ring soon x\n> **Marnie:** ask them to wait. im with the kids.\n"
    ),
    (
        "> **Marnie:** Going to the gym then work. Back by six\n"
        "> **Marnie:** Dont wait up, gna be late\n> **Adult B:** text me when ur leaving\n"
    ),
    # a thing after a determiner, stretched and repeated words, a message in another language
    '> "omg got the zorbly parcel and its the wrong size lol"\n',
    '> "see u tmrw. nooo dont be late innit x"\n',
    '> "nao sei o que fazer. ele levou as chaves x"\n',
    # a one-off ordinary-word speaker with no named speaker around
    "> **robin:** mate ur not making sense\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_rows_do_not_block(gate: Gate, tmp_path: Path, text: str) -> None:
    _path, report = _check(gate, tmp_path, text)
    assert not report.blocking, [(f.entity_type, f.text) for f in report.blocking]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Mon 06/03 23:12  hello there", "Mon 06/03 23:12  "),
        ("[06/03/2023, 23:12:05] ada: hi", "[06/03/2023, 23:12:05] "),
        ("06/03/2023, 23:12 - ada: hi", "06/03/2023, 23:12 - "),
        ("[22.14] ada: hi", "[22.14] "),
        ("Tuesday 9.05pm - where", "Tuesday 9.05pm - "),
        ("4.12 The panel met", ""),  # a paragraph number is no time
        ("4.12 14:05 Police attended", ""),  # nor a paragraph number before a time
    ],
)
def test_chat_time_stamps(line: str, stamp: str) -> None:
    assert stamp_length(line) == len(stamp)


@pytest.mark.parametrize(
    ("window", "texting"),
    [
        ("Going out. ok then", True),  # a sentence starting in lower case
        ("Dont tell his mum", True),  # a dropped apostrophe, even capitalised
        ("U think ur safe", True),
        ("Child X said she was frightened", False),  # a single letter never counts
        ("(i) The first finding", False),
        ("The report (approx. two pages) was read", False),  # after an abbreviation
        ("They don't remember that", False),  # an apostrophe written is no texting
    ],
)
def test_reads_as_texting(window: str, texting: bool) -> None:
    assert reads_as_texting(window) is texting


def test_texting_needs_more_than_a_lower_case_start() -> None:
    # A wrapped line of prose starting in lower case reads as informal, but shows no texting:
    # a word no dictionary knows there is no nickname.
    text = "The panel asked\nwhether agencies understood the rurality of the farm and the valley\n"
    start = text.index("rurality")
    assert informal_at(text, start, start + 8, whole_line=True)
    assert not texting_at(text, start, start + 8)
