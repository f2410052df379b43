"""Round seventy-eight (issue 4, twenty-first session): read from sets 266-269 (measured blind
with round 77). Recall: lower-case names in messages whose label is a numbered stand-in with its
time ('[Sister 1, 21:41]  bring dhruv'), or a word on who they are in brackets ('Brother
(abroad):'); whom a message brings or asks after ('bring ross', 'is lee still coming'); a letter
and a dash for a relative ('her uncle, P—,'); a phone number in words or spaced anyhow; a
Gurmukhi name before Kaur or Singh, or after 'written as'; a name called before Arabic script's
comma; a business set off before its kind ('Skyline, a private-hire firm'); a quoted nickname
the text calls a name; an exclamation's letters alone in a worker's cell, 'MS' beside other
initials; 'DR (Chair, ...)' in an attendance list; 'DVPO-0291'; a ladies' circle.
Precision: 'Allah rahem kare'; a draft's 'v5:'; 'every penny went'; 'Kikongo'; 'The Order was
breached'; Welsh 'Chymraeg' and 'datganiad'; Kurdish 'kak'."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from redact.lexicon import is_national_word
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```text\n[Sister 1, 21:41]  come to mummys. bring dhruv. i mean it\n```", "dhruv"),
        ("> **Sister 2, 22:41:** come up for xmas. bring ross. ill pay the train", "ross"),
        ("> **Sister 2, 22:32:** im not daft. is craig drinking again", "craig"),
        ("```text\n[Sister 4]  is lee still coming to ur work?\n```", "lee"),
        (
            (
                "```text\nDaughter: mum says he hasnt slept\n"
                "Brother (abroad): Allah rahem kare. ring shabz she knows the crisis number\n"
                "Brother (abroad): tell mum i will call\n```"
            ),
            "shabz",
        ),
        ("They spoke to her uncle, P—, and were told that it was sorted.", "P—"),
        ("The family asked that he should be called D— in any account.", "D—"),
        ("> oh-seven-seven double-oh, nine double-oh, five six one. I never used it.", "oh-seven"),
        ("```text\nSister: use the house phone if urs is off 01134 96 05 87\n```", "01134"),
        ("Her name is written as ਹਰਲੀਨ ਕੌਰ; the panel has used the pseudonym throughout.", "ਹਰਲੀਨ"),
        ('Summary for: "ਸੁਰਜੀਤ ਕੌਰ (sister), translated summary sent separately"', "ਸੁਰਜੀਤ"),
        ("```text\n[Thu 23:12] Sister: روبینہ، فون اٹھاؤ   [pick up the phone]\n```", "روبینہ"),
        ("Imran drove nights for Skyline, a\nprivate-hire firm, and kept the card.", "Skyline"),
        (
            'He was known in the family and on the street as "Happy", a name his mother gave.',
            "Happy",
        ),
        (
            (
                "| Session | Key work log entry | Worker |\n|---|---|---|\n"
                "| Admission | Arrived with both children and two bags. | AH |"
            ),
            "AH",
        ),
        (
            (
                "| Day | Time | Carer | Note |\n|---|---|---|---|\n"
                "| Sat | 17:15 | GK | Crying. |\n| Tue | 21:00 | MS | Could not get in. |"
            ),
            "MS",
        ),
        ("```\nPresent: DR (Chair, Lettings Manager), KT (Tenancy Sustainment)\n```", "DR"),
        ("The notice was recorded as DVPO-0291. It was breached within a week.", "DVPO"),
        (
            "She would have spoken to a woman from the\nSukoon Ladies Circle than to a nurse.",
            "Sukoon",
        ),
    ],
)
def test_round_seventy_eight_identifiers_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "```text\n[Thu 23:13] Sister: امی، فون اٹھاؤ\n```",
        "# Report\n\n<!-- v5: section 4 awaiting the approval -->\n\n```text\n[Sister 1, 21:41]  ok\n```",
        'Her daughter said her mother was "the one who actually knew where every penny went".',
        "She spoke French, Lingala and Kikongo, and good English.",
        "The Order was breached within a week, and the order expired in March.",
        "> Dw i'n gwneud y datganiad hwn yn Gymraeg, achos Cymraeg oedd iaith Mam a Chymraeg oedd iaith ein tŷ ni.",
        "Magic Circle tricks and the Inner Circle were her brother's hobbies.",
        "See Appendix A— the chronology. Plan B— a move — was agreed.",
    ],
)
def test_round_seventy_eight_clean_rows_block_nothing(
    gate: Gate, text: str, tmp_path: Path
) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her eldest brother, whom she called kak Rebwar, told the panel.", "kak"),
        # a Tagalog sentence's first word, its English gloss after it in brackets
        (
            (
                "```text\nJoy:   Ayaw ni Grant. Sabi niya pribado daw kami. (Grant doesn't like it.)\n"
                "Joy:   Pagod lang sa trabaho. Mahal ko siya. (Just tired from work. I love him.)\n```"
            ),
            "Sabi",
        ),
        (
            (
                "```text\nDaughter: he took her purse again\n"
                "Brother (abroad): Allah rahem kare. ring shabz she knows\n"
                "Brother (abroad): tell mum i will call\n```"
            ),
            "rahem",
        ),
    ],
)
def test_round_seventy_eight_words_are_not_names_here(
    gate: Gate, text: str, word: str, tmp_path: Path
) -> None:
    found = [found_text for found_text, _ in blocking_found_in_markdown(gate, text, tmp_path)]
    assert word not in found, found


@pytest.mark.parametrize(
    ("word", "national"),
    [("Chymraeg", True), ("Nghymru", True), ("Cymraeg", True), ("Dafydd", False)],
)
def test_a_national_word_as_welsh_mutates_it(word: str, national: bool) -> None:
    assert is_national_word(word) is national
