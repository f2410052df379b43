"""Round nineteen (issue 4): shapes the twenty-eighth and twenty-ninth held-out corpora showed
the gate missing (read after their one blind run, on round eighteen's code), as categories, on
invented rows through the real gate. Every person, business and place here is invented.
"""

from __future__ import annotations

import pytest

from redact import lexicon
from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a foreign plate after 'plates' and a comma
        ("He drove an old car still on its Latvian plates, KD 4471, until May.", "KD 4471"),
        ("VEH: BLUE VW GOLF, LATVIAN PLATES (KD-4471)\n", "KD-4471"),
        ("CHILD CRYING. VEH OUTSIDE KD-4471 (LATVIAN PLATES)\n", "KD-4471"),
        ("A car, PB 6612 (Polish registration), was parked there.", "PB 6612"),
        # a police officer's collar number
        ("OFFICER - PC GRIMSHAW COLLAR NO 5832. NO THREATS MADE.\n", "5832"),
        # a pit, quarry or works as a workplace
        ("Graham worked underground at Fell Side Colliery until it closed in 1993.", "Fell Side"),
        # a speaker named with 'papa' or 'mama' and a short name
        ("```\n[Thu 23:04] papa ko: where are you\n[Thu 23:06] Marisol: home\n```\n", "ko"),
        # a sign-off at the end of a message
        ("> Been a long week. Neither of us has slept. Love benjy\n", "benjy"),
        # a name in Chinese characters standing alone
        ("```\nFriend:  阿玲 今日點呀?\n```\n", "阿玲"),
        ("The letter was signed by his brother,\n陳志明.\n", "陳志明"),
        # a name after a Welsh verb, once the verb is no longer read as part of it
        ("Roedd Rhydian yn 38 oed pan gafodd ei ladd.", "Rhydian"),
        # a name in Greek or Cyrillic letters called at the start of a message
        ("```\nMum: Оксанко, приїжджай додому.\n```\n", "Оксанко"),
    ],
)
def test_round_nineteen_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # plates without a mark, a collar without a number
        "The car still had its Latvian plates, which the police noted.",
        "Plate 4B of the post-mortem report shows the injury.",
        "Section 12 (see the registration) and 2021 (new plates) were noted.",
        "He wore a dog collar at church.",
        # a declared name the model reads with a Welsh verb, a Welsh kin word or a festival
        "Roedd Marisol yn 38 oed pan gafodd ei lladd gan ei chyn-bartner.",
        "    description: Gŵr Marisol / husband of Marisol\n",
        "Carer 2 told the panel that after Christmas Marisol seemed low.",
        # ethnicity words and a national service
        "Marisol was a Romany Gypsy woman; the Gypsy and Traveller community was consulted.",
        "At a Jobcentre appointment, Work Coach 1 noted that her partner answered.",
        "The Gypsy and Traveller Liaison Service had known the family for twenty years.",
        # a heading's label that starts with a title word
        "Elder Abuse: see section 4 of the report.\n",
        # a sign-off with a kin word or an endearment
        "> Been a long week. Love mum\n",
        "> See you soon. Love you lots\n",
        # a sentence of Chinese, and Cyrillic mid-sentence words that are no names
        "```\nFriend:  你今天怎么样？我很担心你。\n```\n",
        "```\nMum: Все добре, не хвилюйся.\n```\n",
        "```\nDaughter: 没事的 妈妈 论文写完就好了\nMum: 阿姨 says hello\n```\n",
        "> Мама, все добре. Не хвилюйся.\n",
    ],
)
def test_round_nineteen_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []


@pytest.mark.parametrize(
    ("word", "given"),
    [
        # Welsh given names, rare across the UK as a whole, are in the gazetteer
        ("rhydian", True),
        ("eirian", True),
        ("cerian", True),
        # past the first 600 names, words people put in a name field are left out
        ("stress", False),
        ("complete", False),
        ("trigger", False),
    ],
)
def test_the_gazetteer_knows_welsh_given_names_but_no_common_words(word: str, given: bool) -> None:
    assert lexicon.is_given_name(word) is given
