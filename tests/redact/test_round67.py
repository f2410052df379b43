"""Round sixty-seven (issue 4, seventeenth session): read from the misses of sets 218-221
(measured blind with round 66). A Chinese nickname of '老' or '小' and a common surname ('老周');
a name in pinyin inside a Chinese sentence ('jingjing，你可以报警'); a place of birth in a form's
lettered item after a written date; a livery yard named, then its kind; a car valet's or a
livery's name. Precision: a month after part of a month ('the first week of April Blessing') is
a time, not a name's first word."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import (
    blocking_found,
    blocking_found_in_markdown,
    found_over_in_markdown,
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```\nYing: 不行，老周会看我的手机。\n```", "老周"),
        ("```\nLan:  jingjing，你可以报警。英国警察会帮你的。\n```", "jingjing"),
        ("```\nYing: 谢谢你，xiaoling。\n```", "xiaoling"),
        (
            "   (a) Date and place of birth:  14 August 1991, Chavakachcheri, Sri Lanka",
            "Chavakachcheri",
        ),
        ("Greenacre Livery, a yard of twenty-two stables on the Levels.", "Greenacre"),
    ],
)
def test_round_sixty_seven_forms_are_caught(
    gate: Gate, text: str, target: str, tmp_path: Path
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # '老师' (teacher) and '小时候' (as a child): no surname after the character
        "```\nMum: 我的老师说我小时候很好。\n```",
        # an English word and a short pinyin syllable beside Chinese
        "```\nMum: 好的 thanks，明天见。hao 的。\n```",
        # a yard that is no one's: a common word before the kind
        "She kept her pony at the yard. The yard, a place she loved, closed in 2020.",
    ],
)
def test_round_sixty_seven_clean_rows_block_nothing(gate: Gate, text: str, tmp_path: Path) -> None:
    assert blocking_found_in_markdown(gate, text, tmp_path) == []


def test_a_month_after_part_of_a_month_is_no_part_of_the_name(gate: Gate) -> None:
    """'April Blessing' was one name, and 'April' then every April of the report."""
    text = "In the first week of April Blessing rang the crisis line. In April she moved."
    assert blocking_found(gate, text, allowed=["Blessing"]) == []
