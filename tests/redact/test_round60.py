"""Round sixty (issue 4, sixteenth session): read from the misses of sets 186-193 (measured
blind with rounds 59 and the fifteenth session's final code) and the clean findings of sets
190-193. Workers' initials joined by slashes anywhere; an officer by rank and collar number
alone; a custody record's place of birth mid-line; a name in a bilingual chronology's row; a
name in Chinese as a chat's speaker or after an account's label; a town abroad someone moved
to; a given name, a season's too, before a rare surname; initials in brackets after a given
name; a double-barrelled surname's initials after a title; two dotted words as a user name; a
name set off by a comma before whose relative or how old; a name after a month opening a
sentence; a name quoted alone before a comma. Precision: a report's numbered parts in capitals ('KPE 2'); another language's pronouns,
articles and conjunctions in a line of that language ('Elle', 'Eu', 'nie')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The family hub worker, JH/TB on the case notes, agreed the plan.", "JH"),
        ("The note-taker and the police representative, RP/DM/AO, which is usual.", "DM"),
        ("> signed GM/EP", "EP"),
        ("A care home entry, signed by two senior carers (JL/MB), reads as follows.", "JL"),
        ("Contact 1 (Oct 23)  SN/LW   Self-referred to the drop-in.", "LW"),
        ("Attending ........... PC 2217, single crewed", "PC 2217"),
        ('Attended by PC 5123 (K.B.). Female said "we are fine".', "PC 5123"),
        ("```\nDOB:    03/07/1978   POB: PANEVEZYS, LITHUANIA\n```", "PANEVEZYS"),
        (
            (
                "| Dyddiad / Date | Asiantaeth / Agency | Digwyddiad / Event |\n|---|---|---|\n"
                "| Mawrth / March 2019 | Meddygfa / GP surgery | Eluned (ganwyd / born 1970) sees "
                'Dr Elis-Thomas about poor sleep and "worry about money". Seen with her husband. |'
            ),
            "Elis-Thomas",
        ),
        ("> **陳美玲:** 我好攰。乜都好攰。", "陳美玲"),
        ("账号 Account: 王晓雨  微信号 WeChat ID: wxid_4k8r2", "王晓雨"),
        ("> then our family moved down to May Pen, Jamaica when I was small.", "May Pen"),
        (
            (
                "<!-- check the surname against the MG11: Summer Haddon. It comes out before "
                "publication -->"
            ),
            "Summer Haddon",
        ),
        ("| Aug 2021 | Police | DASH completed: medium risk; Yaw (KOA) arrested, NFA |", "KOA"),
        ("Contact 2 (Nov 23) with HoY (Mr D-H) present at the pupil's request.", "D-H"),
        ("Her last public post, on lhenlhen.santos, was a photograph of the choir.", "lhenlhen"),
        ("<!-- the full Snapchat export for hungtran.9x and SMS download -->", "hungtran.9x"),
        (
            "The third call, in September, was from Precious, Adeola's daughter, who rang.",
            "Precious",
        ),
        ("| Child 2 | Nahom, aged 2, not in nursery |\n|---|---|", "Nahom"),
        ("> In August Sharelle found her mother sitting on the landing.", "Sharelle"),
        ('> "Rhod," he wanted everyone to call him, like it was a brand.', "Rhod"),
        # a language's commonest word is still a name where someone is called by it
        ("Ben said he would call. Elle, ven aquí por favor, te necesito.", "Elle"),
    ],
)
def test_round_sixty_forms_are_caught(gate: Gate, text: str, target: str, tmp_path: Path) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # a report's numbered parts
        "The panel found that support was missed at KPE 1, KPE 2 and KPE 4.",
        "**KPE 2: The GP, winter 2022.** She saw GP 1 with palpitations.",
        # services' letters joined by slashes
        "Occupants checked on PNC/PND: no trace. A joint MPS/CPS checklist was agreed.",
        "Discussed with HV/SW at the weekly meeting.",
        # a file's or a law's dotted words
        "The draft was saved as review.docx; see art.8 and the guidance on www.gov.uk.",
        # another language's commonest words, which name lists hold too
        (
            "> Elle est partie de Kinshasa avec une valise et un diplôme que personne ici n'a "
            "voulu reconnaître. Elle n'a jamais été amère."
        ),
        (
            "| Eu sei. Mas aqui ninguém me conhece. | I know. But nobody knows me here. |\n"
            "|---|---|\n| Vai tudo para a conta dele. | It all goes to his account. |"
        ),
        # a bilingual table's header row
        (
            "| Dyddiad / Date | Asiantaeth / Agency | Digwyddiad / Event |\n|---|---|---|\n"
            "| 2019 | GP | Seen. |"
        ),
    ],
)
def test_round_sixty_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a greeting or an article before a name is no given name of a pair
        ("[21:02] Ewa: ok. Hi Ewa, are you home?", "Hi"),
        # a month before a name
        ("In May Haddon's sister rang the helpline.", "May"),
        # a worker's role in brackets after a given name
        ("Step down to Families First. Gareth (FSW) to visit weekly.", "FSW"),
    ],
)
def test_round_sixty_words_are_no_names(gate: Gate, text: str, word: str, tmp_path: Path) -> None:
    assert found_over_in_markdown(gate, text, word, tmp_path) == []
