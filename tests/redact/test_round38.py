"""Round thirty-eight (issue 4, ninth session): shapes that name someone in any report, read
from the misses of blind sets 94-97: who wrote, signed or took part in a record by initials (a
crew, a call log's operator, a minute's parties, "added by", "signed RB"), initials that keep a
double-barrelled surname or a particle, a labelled nickname, a court case's parties, a
business named after its kind, a message's arrowed header, and a known name any case where it
is no English word. Invented rows through the real gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact import lexicon
from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over, found_over_in_markdown


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # initials that keep a double-barrelled surname's hyphen or a surname's particle
        ("```text\nEMIS  R.B-K.  NHS 957 718 7064\n```", "R.B-K."),
        ("> Yours faithfully, T. M-H., Partner\n", "T. M-H."),
        ("```text\nMidwife: RM G. ap T.\n```", "G. ap T."),
        # a record's name surname first, then its initials in the name's own order
        ("```text\nClient: QUILTY, Declan (DQ)   NHS: 433 957 3361\n```", "DQ"),
        # initials doing something after a dated dash, or in what someone says
        ("> Early Feb - JH rang Wayne re new address.", "JH"),
        ("```text\nClient says SM took her bank card again.\n```", "SM"),
        # a Welsh sign-off; a crew, an adviser, a note signed with the role in brackets
        ("> Diolch,\n> TW\n> Housing Officer (Tenancy Sustainment)\n", "TW"),
        ("```text\nCrew: AW (paramedic) / KP (EMT)\nPC: fall\n```", "KP"),
        ("```text\nCrew: SR / GL\n```", "GL"),
        ("```text\nAdviser:     TK\n```", "TK"),
        ("```text\nDay 2  Bruise to arm.   Signed: KP (SC)\n```", "KP"),
        # who added or signed a note, without a colon
        ("> Student upset. Logged, DSL alerted. Added by AJ.\n", "AJ"),
        ("The case notes, signed RB, record that she was leaving in April.", "RB"),
        # a call log's operator after the time
        ("```text\n21:42 KLD  FEMALE CALLER V DISTRESSED\n21:43 SYS  CALLBACK\n```", "KLD"),
        # a MARAC minute's victim and perpetrator by initials and age
        ("> Case 7. V: RK (38). P: SM (41). Children x2 (12, 9).", "RK"),
        ("> **Case 4** (XX-MARAC-0419). V KJP 22 / P JN 24. Ex-partners.", "JN"),
        # a record's nickname field, whatever the word; a nickname in quotes that is a word
        ('```text\nDetained person: ROSS HADLEY   Nickname/AKA: "TANK"\n```', "TANK"),
        ('Levi was known in the family and online as "Biscuit", a childhood name.', "Biscuit"),
        ('The darts team called him "Tiny". His brother told the review.', "Tiny"),
        # the parties of a court case
        ("> Re: HOXHAJ v KOLAMI: child arrangements", "KOLAMI"),
        # a business named just after its kind
        ("Kamal worked in the family's takeaway, Spice Lagoon. He drove.", "Spice Lagoon"),
        ("He worked long hours at a hand car wash, Sparkle, and later at a barber's.", "Sparkle"),
        ("The imam of the mosque the family attended, Crescent, visited often.", "Crescent"),
        # one name after someone's role or kin word, ending a sentence; a passive 'called'
        ("A copy is available from the Partnership's coordinator, Bastable.\n", "Bastable"),
        ("5.3.1 Her solicitor, Lyle-Hughes, told the review that she referred.", "Lyle-Hughes"),
        ('Jory was still called "Skipper" in the pub on the quay.', "Skipper"),
        # a name given as someone's real or English name, even an everyday word's
        ("Mei was known among friends by her English name, Crystal. Her friends", "Crystal"),
        # a company by its suffix; its own words, which propagation then finds alone
        ("Dennis worked for years as a dyer at Firth Brothers' carpet mill.", "Firth Brothers"),
        (
            "Visits were by Bluestone Home Care Ltd.\n\nHer manager at Bluestone said no.",
            "Bluestone",
        ),
        # a record's field for a local institution
        ("```text\nClub:        Skelbrook Clay Shooting Ground (member)\n```", "Skelbrook"),
        # read from sets 98 to 101 after their blind run: a role's label before a record's
        # wide gap, a social worker's letters, a midwife's, a person's sex before initials
        ("```text\nCrew             DF (paramedic) / RM (EMT)\n```", "DF"),
        ("```text\nSW: MT     Team manager: agreed\n```", "MT"),
        ("```text\nRoutine enquiry not asked. RM LP\n```", "LP"),
        ("> Attended shop. Male (JM) agitated, shouting at his mother.", "JM"),
        # a letter's reference; a name honoured after it; 'knew her as'; 'called ... by'
        ("```text\nYours sincerely\nDr J. Pattinson\nRef: JP/kh\n```", "kh"),
        ('"Salaam, Faith jan. Sorry to disturb so early."', "Faith"),
        ("Regular customers knew her as Crystal. Several of them told the review.", "Crystal"),
        ("Her estranged husband, called digo by friends and in the messages.", "digo"),
        # a temple by its name; a mixed reference; a town in a link's path
        ("She volunteered in the kitchen at Shri Ambe Mataji Mandir every Sunday.", "Ambe"),
        ("Her Certificate of Sponsorship, C2K9T41X7QM, was renewed.", "C2K9T41X7QM"),
        ("[court report](https://news.example.net/wales/ammanford-man-jailed)", "ammanford"),
        # a message's header with an arrow, any word but a kin word
        ("```text\n[WhatsApp] Mummy -> emeka\n  Don't worry about me. Study.\n```", "emeka"),
        ("```text\n[WhatsApp] Precious -> Mummy\n  Ngo you have to tell someone\n```", "Precious"),
    ],
)
def test_round_thirty_eight_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


def test_a_record_table_of_fields_gives_the_key_workers_initials(
    gate: Gate, tmp_path: Path
) -> None:
    table = "| Field | Detail |\n|---|---|\n| Mobile | 07700 900283 |\n| Key worker | DW |\n"
    assert found_over_in_markdown(gate, table, "DW", tmp_path) == ["PERSON"]


def test_an_agency_listed_as_a_description_is_no_name(gate: Gate, tmp_path: Path) -> None:
    listed = (
        "agencies:\n  - GP practice\n  - Domiciliary care agency\n  - Nova Freight (employer)\n"
    )
    (tmp_path / "review.yml").write_text(listed, encoding="utf-8")
    found = [f.text for f in gate.check_paths([tmp_path / "review.yml"]).blocking]
    assert found == ["Nova Freight"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the person written to opens a message in another language (the capital is a name's)
        ("```text\nSister:  Hiwet, kemey aleki? nabey ketema kidi\n```", "Hiwet"),
        # a season's word between commas after a role is a name (a season is no nationality)
        ("Ryan turns up at the salon. Her manager, Summer, asks him to leave.", "Summer"),
    ],
)
def test_round_thirty_eight_keeps_what_it_found(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


def test_a_care_regulators_id_in_a_link_is_a_reference(gate: Gate, tmp_path: Path) -> None:
    text = "Its rating is public: [report](https://www.example.org/care-homes/1-4471092213).\n"
    assert found_over_in_markdown(gate, text, "1-4471092213", tmp_path) == ["CASE_REFERENCE"]


def test_a_known_name_that_is_no_english_word_is_found_in_lower_case(gate: Gate) -> None:
    # 'craig' is as common as 'rose' in English text, but only ever as a name
    text = (
        "Craig McAllister posted the photograph.\n\n"
        "> **Bonnie Fraser**: leave her alone craig, she's not well\n"
    )
    assert found_over(gate, text, "craig")


@pytest.mark.parametrize(
    "text",
    [
        # a month's short form beside a year is a date, not a given name
        "| Audit of 50 forms | Jun 2024 | Complete |\n| Briefings | Sep 2024 | Due |",
        # an eponym of a condition that is also a given name
        "A consultant diagnosed a dementia with Lewy bodies, which is associated with falls.",
        # words of a line in capitals after a family word; a call log's own codes
        "```text\nCALLER STATES PARTNER HAS THROWN HIM AGAINST WALL AND HAS TAKEN HIS KEYS.\n```",
        "```text\n21:43 SYS  CALLBACK NUMBER VERIFIED.\n21:44 UTC  LOG CLOSED.\n```",
        # a record's words for the officer in the case and the suspect
        "```text\nIP states SUSP pushed her. Victim to be updated by OIC.\n```",
        # an endearment in quotes is no nickname
        'He called her "Princess" in front of everyone.',
        # a placeholder after a business's kind
        "She sang in the choir of her church, Church 1, and at the café, Cafe 2, she worked.",
        # a message's arrowed header between kin
        "```text\n[SMS] Mother -> sister\n  come home\n```",
        # a helpline's name with digits; a common word in a link's path; a term called by
        # professionals; an apology before an honorific
        "Papyrus HOPELINE247 can help at any time.",
        "See https://www.example.org/reading/march-update for the plan.",
        "The practice was called cuckooing by the police.",
        '> "Sorry didi. Don\'t call me."',
        # a placeholder in a record's field; a Welsh verb
        "```text\nUsual GP:  GP 1\nChurch: Church 2 (member)\n```",
        "```text\nHeulwen: Alla i ddim gadael yr anifeiliaid. Bydd e'n iawn.\n```",
        # a capital opening a sentence in another language; a log line in capitals; shorthand
        "```text\nFriend 1:     Taip. Stovėjo prie mokyklos vartų, kai paėmiau vaikus.\n```",
        "```text\nCALLER LOCKED IN BATHROOM. MALE VOICE SHOUTING IN BACKGROUND.\n```",
        'The GP recorded "pt worried re son\'s ETOH" and suggested a review.',
        # a nationality after a kin word between commas
        "Her husband, Irish-born, aged 46, was interviewed.",
        # a rare everyday word the model takes for a person
        "| 3. Refresher training on coercive control | Police | March 2025 |",
    ],
)
def test_round_thirty_eight_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []


@pytest.mark.parametrize(
    ("word", "in_dictionary"),
    [
        ("craig", False),  # common in English text, but only as a name
        ("linda", False),
        ("rose", True),
        ("summers", True),  # a plural, by the lemmatizer's rules
        ("women", True),  # 'men' -> 'man'
        ("took", True),  # an irregular form
        ("café", True),  # its accent dropped
    ],
)
def test_the_english_dictionary_tells_words_from_names(word: str, in_dictionary: bool) -> None:
    assert lexicon.is_dictionary_word(word) is in_dictionary
