"""Round four of the context rules (issue 4), on invented rows through the real gate.

Every person, nickname, business and village here is invented. Rules that read the UK gazetteer
need a real entry: those rows use small real towns as bare words, never an address.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing.
"""

from __future__ import annotations

import pytest

from redact.context_recognizers import ContextNameRecognizer
from redact.gate import Gate
from tests.redact.gate_rows import found_over, row_gate, row_policy

POLICY = row_policy(places=["North West"], other=["Refuge", "Adult Social Care", "Jobcentre Plus"])


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # 1. a section number before a heading or a paragraph
        ("### 5.4 Crystal's messages\n\nThe messages were kind.", "Crystal"),
        ("#### 6.2.1 Destiny's account\n\nShe told the review.", "Destiny"),
        ("7.3.2 Crystal\n\nShe was a close friend.", "Crystal"),
        # 2. a name in apposition beside a relationship or before a speech verb
        ("Her friend from work, Destiny, told the review that he was jealous.", "Destiny"),
        ("A neighbour at the time, Crystal, saw the ambulance.", "Crystal"),
        ("Crystal, her neighbour, said she heard shouting.", "Crystal"),
        ("Destiny, who lived next door, said she heard shouting.", "Destiny"),
        ("Destiny, told the review she was scared of him.", "Destiny"),
        # 3. called by a name without quotes; nicknames after more naming verbs
        ("At the chapel they called her Pemi and she sang every week.", "Pemi"),
        ("His mates called him Crystal because of his watch.", "Crystal"),
        ('He referred to her colleague as "jinxo" in every message.', "jinxo"),
        ('He called Marnie "jinxo" when he was angry.', "jinxo"),
        ('She signed off as "Kezzie" in her texts.', "Kezzie"),
        ('She calls herself "Bexter" online.', "Bexter"),
        ('He addressed her as "Bexter" in front of the children.', "Bexter"),
        ('Her grandson called her "Nanny Tib" at home.', "Nanny Tib"),  # kin title + word
        ('At school they called him "Tolly Bear".', "Tolly Bear"),  # one rarer word
        # 4. a rarer given name in lower case beside a family word
        ("The host's daughter, maeve, often translated for her.", "maeve"),
        # 5. a real name beside its pseudonym; a name in brackets after a family phrase
        ("- the children, in particular Crystal (Marnie).", "Crystal"),
        ("  - name: Marnie\n    description: Her daughter, aged 9 (Autumn)\n", "Autumn"),
        (
            "Her son, then aged 14 (Destiny's brother) and her daughter (Crystal) were at home.",
            "Crystal",
        ),
        # 6. a place after a locative preposition: in the gazetteer, or built like a place name
        ("She lived at the home she shared with her son in\nTenbury. He was 44.", "Tenbury"),
        (
            "She rang the police from a friend's flat in\nBrindlethorpe. She was afraid.",
            "Brindlethorpe",
        ),
        ("The family farm was near Wexcombe.", "Wexcombe"),
        ("The flat was on the edge of Tenbury.", "Tenbury"),  # 'the edge of' says place
        ("She lived in Nant-y-Derwen with her son.", "Nant-y-Derwen"),  # Welsh, with article
        # 7. a place inside a service's name whose kind word the agency heads lacked
        ("Information came from Brindlecote Adult Social Care (where he lived).", "Brindlecote"),
        ("  - Wexcombe Jobcentre Plus\n", "Wexcombe"),
        ("The Tenbury\ncarers' support group had no Cantonese-speaking worker.", "Tenbury"),
        # 8. local businesses by their kind word; Welsh institution words that come first
        ("He used a local firm, Marigold Taxis, for her appointments.", "Marigold"),
        ("She trained at Anvil Fitness in 2019 and was proud of it.", "Anvil"),
        ("She booked Comet Cabs to the hospital.", "Comet"),  # an everyday word, still a name
        ("They opened the Plum Orchard Cantonese Kitchen in 1994.", "Plum Orchard"),
        ("She was registered at Meddygfa Bryn Hafod.", "Bryn Hafod"),
        ("The children went to Ysgol Pen Tabor.", "Pen Tabor"),
        ("Her employer runs the Plum Orchard\ntakeaway in the market town.", "Plum Orchard"),
    ],
)
def test_round4_shapes_block(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    ("text", "target", "why"),
    [
        # Rows the model often finds too: the rule itself must find them, whatever the model does.
        (
            "Her friend from work, Destiny, told the review.",
            "Destiny",
            "a name beside a relationship",
        ),
        ("At the chapel they called her Pemi and she sang.", "Pemi", "called by a name"),
        ('She signed off as "Kezzie" in her texts.', "Kezzie", "a nickname in quotes"),
        ('She calls herself "Bexter" online.', "Bexter", "a nickname in quotes"),
        (
            "She shared it with her son in\nTenbury. He was 44.",
            "Tenbury",
            "a place after 'in', 'at'",
        ),
        ("The family farm was near Wexcombe.", "Wexcombe", "built like an English place name"),
        ("The flat was on the edge of Tenbury.", "Tenbury", "a place by its context"),
        (
            "Information came from Brindlecote Adult Social Care.",
            "Brindlecote",
            "distinctive words of an organisation",
        ),
        ("The Tenbury\ncarers' support group met.", "Tenbury", "a place naming a local service"),
        (
            "A local firm, Marigold Taxis, drove her.",
            "Marigold",
            "distinctive words of an organisation",
        ),
        (
            "She was registered at Meddygfa Bryn Hafod.",
            "Bryn Hafod",
            "distinctive words of an organisation",
        ),
    ],
)
def test_the_rule_itself_finds_it(text: str, target: str, why: str) -> None:
    recognizer = ContextNameRecognizer()
    start = text.index(target)
    end = start + len(target)
    reasons = [
        r.analysis_explanation.textual_explanation
        for r in recognizer.analyze(text, list(recognizer.SUPPORTED))
        if r.analysis_explanation is not None and r.start < end and start < r.end
    ]
    assert why in reasons, reasons


def test_possessive_given_name_takes_no_surname(gate: Gate) -> None:
    # "Hester's Addison's disease": a declared pseudonym's possessive, then an eponym; the
    # surname test must not run across the possessive and make 'Hester's Addison' a full name.
    report = gate.check_text("Hester's Addison's disease progressed.", "t.md", allowed=["Hester"])
    assert not report.blocking, [f.text for f in report.blocking]


@pytest.mark.parametrize(
    "text",
    [
        "The inquest concluded in March 2023.",  # a month after 'in'
        "The GP called her Monday morning.",  # a weekday after 'called her'
        "The children called her Auntie.",  # a kin title, no name
        'The children called her "Auntie".',
        "The practice known as 'cuckooing' was suspected.",  # a lower-case non-word, no person
        "Her son, aged 12, was at school.",
        "Her partner, however, said nothing to the officers.",
        "Hope, she said, was all she had left.",
        "The Taxi Licensing team reviewed his licence.",  # 'taxi' does not end the name
        "The farm is in an Area of Outstanding Natural Beauty.",  # a phrase, no business
        "She failed a Physical Fitness test.",  # 'fitness' after everyday words
        "He supported the Premier League club every weekend.",  # everyday words
        "She was referred to Adult Social Care and to Jobcentre Plus.",  # allowed services
        'He called her "Big Girl" when he was drunk.',  # two everyday words
        "Her daughter (Adult C) gave evidence.",
        "## Referral to Children's Services",
        "The case went to Court in May and then to Appeal.",
        "She read the letter from Citizens Advice.",
        "A friend from school, a teacher, told the review.",
    ],
)
def test_clean_rows_do_not_block(gate: Gate, text: str) -> None:
    report = gate.check_text(text, "t.md")
    assert not report.blocking, [f.text for f in report.blocking]
