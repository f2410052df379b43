"""Round sixty-two (issue 4, sixteenth session): read from the misses and the clean findings of
sets 198-201 (measured blind with round 61). Hungarian dates; a Welsh date with its month
mutated after 'o'; a Chinese name after a form's label or called before a Chinese comma; a name
in its script after 'her name in Tamil script,'; a message signed in its script after a dash;
initials after a numbered paramedic, after 'Seen by:' and a service's letters, after an in-law
in brackets, before a senior role in a table cell, and 'identified in the record only as';
a placeholder, then the name it stands for; a maiden name said to be one. Precision:
ideation's letters ('SI/HI'); Chinese glosses in brackets ('dumplings (饺子)'); a common word
before a person's part in brackets ('Phone (mother)'); a word glued to a placeholder ('Via
Interpreter 1'); one word in capitals that English uses ('CONTINGENCY'); kin words of other
languages ('Hooyo'); a heart trace ('ECG')."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found_in_markdown, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "| Apr 2023 | Custody | Custody record: born 1987. március 4., interviewed. |\n|---|---|---|",
            "1987. március 4.",
        ),
        ("Heledd was born on 11eg o Fehefin 1998 and grew up near the sea.", "11eg o Fehefin 1998"),
        ("```\n姓名：          周晓燕\n```", "周晓燕"),
        ("> **Sister** (WeChat): 晓燕，你还好吗？他还打你吗？", "晓燕"),
        ("The letter begins with her name in Tamil script, கலைச்செல்வி, and ends.", "கலைச்செல்வி"),
        ("> کاکە گیان، دەترسم.\n> — نازدار", "نازدار"),
        ("```\nAttending ............ Paramedic 1 (KH), Paramedic 2\n```", "KH"),
        ("```\nSeen by:       OHA HD   Telephone (interpreter declined)\n```", "HD"),
        ("```\nHousehold   Husband (N.S.), mother-in-law (P.S.).\n```", "P.S."),
        ("The letter is from the GP, identified in the record only as EMJ, and is short.", "EMJ"),
        (
            (
                "| 2 | Carers' assessments | Local | Adult Social Care | GH, Principal Social "
                "Worker | Jun 2024 |\n|---|---|---|---|---|---|"
            ),
            "GH",
        ),
        ("2.3 Child 1, Ho-yin, attended a local primary school.", "Ho-yin"),
        ("She was an Irish Traveller; her maiden name Ward appears on the form.", "Ward"),
    ],
)
def test_round_sixty_two_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        "```\nMSE: guarded. Denies hallucinations. Limited insight. No SI/HI expressed.\n```",
        "She cooked dumplings (饺子) for the family. Filial piety (孝顺) mattered to her.",
        "| Jun 2023 | Recovery Worker 1 | Phone (mother) | Mother rang. |\n|---|---|---|---|",
        "```\n  Applicant attends with son. Via Interpreter 1: husband controls money.\n```",
        "PRACTICE CONTINGENCY\n\nCONTINGENCY\n\nThe plan was agreed.",
        '| 2023 | School | The child says "Aabo shouted and Hooyo cried" |\n|---|---|---|',
        '```\nPt refuses conveyance: "who will look after her?". ECG NSR.\n```',
    ],
)
def test_round_sixty_two_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_name_glossed_in_chinese_after_it_is_still_a_name(gate: Gate, tmp_path: Path) -> None:
    """A gloss after an English word is no name; after a name or a kin word it is one."""
    text = "Her sister Xiaoyan (晓燕) came, and his brother (陳志明) rang."
    assert found_over_in_markdown(gate, text, "晓燕", tmp_path)
    assert found_over_in_markdown(gate, text, "陳志明", tmp_path)
