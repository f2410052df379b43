"""The gate's name techniques, each on short invented sentences through the real gate.

Every name, place and institution here is invented. A row that is caught must produce a blocking
finding overlapping the marked text; a clean row must not block at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate, load_gate
from redact.policy import parse_policy
from tests.redact.gate_rows import found_over, row_gate

POLICY = {
    "site_area": ["Northshire"],
    "allow": {
        "agencies": ["Northshire Police", "Northshire County Council"],
        "places": ["England", "Wales", "UK", "North West"],
        "other": ["MARAC", "Refuge", "Clare's Law", "Appendix C"],
    },
}


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # titles and ranks before a surname the model may miss
        ("The statement was taken by DS Quenby Harrowgate at the station.", "Quenby Harrowgate"),
        ("She told Mrs Trevanna that she was frightened.", "Trevanna"),
        ("Cllr Ottoline Fairweather chaired the meeting.", "Ottoline Fairweather"),
        # a family word before an ordinary-word name
        ("She lived with her daughter Summer and two dogs.", "Summer"),
        ("Her son, Will, was at school that day.", "Will"),
        # record-style names in capitals
        ("The custody record reads NOWICKI, Tomasz and nothing else.", "NOWICKI, Tomasz"),
        # agency decomposition: the town in an agency's name
        ("Wigan Council Housing Options refused the application.", "Wigan"),
        ("She attended Bolton NHS Foundation Trust twice.", "Bolton"),
        # institutions: schools, pubs, workplaces
        ("The children attended Quillfield Primary School until 2019.", "Quillfield"),
        ("They met at The Gorsedd Arms most Fridays.", "Gorsedd"),
        ("He worked shifts at Brackenmoor Logistics in the evenings.", "Brackenmoor"),
        ("Later that night they drank at The Wheatsheaf with friends.", "Wheatsheaf"),
        # a gazetteer given name the model did not tag, and its surname
        ("Bronisława Kowalczyk called the helpline.", "Kowalczyk"),
    ],
)
def test_hard_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("Northshire Police and Northshire County Council shared information.", ()),
        ("Police Officer A attended; the GP and IDVA 1 were informed.", ()),
        ("She applied under Clare's Law; the case went to MARAC.", ()),
        ("She was a Welsh speaker of Polish and Nigerian heritage, White British on records.", ()),
        (
            "The Recovery Service and the Public Health team reviewed the Strategic Housing Board.",
            (),
        ),
        ("Ms Okoye wrote the report.", ("Rachel Okoye",)),  # part of a declared chair's name
        ("Summer 2020: the family moved within England.", ()),
        # a title and one letter passes when declared, or when a declared name starts so
        ("Mr C and Adult B met School B staff; see Appendix C.", ("Mr C",)),
        ("Mrs H and Mr C met School B staff.", ("Heulwen", "Carwyn")),
        ("He will call at 10.30am on Monday, which was Refuge's advice.", ()),
    ],
)
def test_clean_forms_do_not_block(gate: Gate, text: str, allowed: tuple[str, ...]) -> None:
    report = gate.check_text(text, "t.md", allowed=allowed)
    assert not report.blocking, [
        (f.entity_type, f.recognizer, f.start, f.end) for f in report.blocking
    ]


def test_propagation_finds_other_mentions(tmp_path: Path) -> None:
    """A name found once ("Mrs Trevanna") is found where the model would not look again."""
    gate = load_gate(None, use_cache=False)
    text = "Mrs Trevanna attended.\n\n```\ntrevanna said no\n```\n\nTREVANNA did not reply.\n"
    report = gate.check_text(text, "t.md")
    starts = {f.start for f in report.blocking}
    for target in ("trevanna said", "TREVANNA did"):
        assert text.index(target) in starts, target


REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("review_in_decision", "blocks"),
    [
        ("same", False),  # the decision is for this review: the exact text passes
        ("another-review", True),  # scoped: a decision for another review changes nothing here
    ],
)
def test_not_identifiers_is_scoped_to_one_review(
    tmp_path: Path, review_in_decision: str, blocks: bool
) -> None:
    import shutil

    import yaml

    sample = min(
        p for p in (REPO / "content" / "reviews").iterdir() if (p / "review.yml").is_file()
    )
    review = tmp_path / sample.name
    shutil.copytree(sample, review)
    with (review / "overview-report.md").open("a", encoding="utf-8") as handle:
        handle.write("\nThe family kept a horse called Bramblewick Tansy at livery.\n")
    policy = yaml.safe_load((REPO / "site_config" / "policy.yml").read_text(encoding="utf-8"))
    policy.pop("themes_vocabulary", None)
    policy["not_identifiers"] = [
        {
            "text": "Bramblewick Tansy",
            "review": sample.name if review_in_decision == "same" else review_in_decision,
            "reason": "a horse's show name, agreed with the family",
        }
    ]
    gate = Gate(parse_policy(policy, "test policy"), use_cache=False)
    report = gate.check_paths([review])
    text = (review / "overview-report.md").read_text(encoding="utf-8")
    start = text.index("Bramblewick Tansy")
    hit = [
        f
        for f in report.blocking
        if f.start is not None and f.end is not None and f.start < start + 17 and start < f.end
    ]
    assert bool(hit) is blocks


# -- round 2: informal text, initials, name contexts, institutions, addresses ------------------


def _md_blocked(gate: Gate, tmp_path: Path, text: str, target: str, occurrence: int = 1) -> bool:
    """Whether the `occurrence`-th `target` in a Markdown file is covered by a blocking finding."""
    path = tmp_path / "overview-report.md"
    path.write_text(text, encoding="utf-8")
    start = -1
    for _ in range(occurrence):
        start = text.index(target, start + 1)
    end = start + len(target)
    report = gate.check_paths([path])
    return any(
        f.start is not None and f.end is not None and f.start < end and start < f.end
        for f in report.blocking
        if f.path == str(path)
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # chat logs: a speaker label that is a given name, a lower-case name in the message
        ("```\n[22:14] tomek: where are you kasia. i see the car\n```\n", "tomek"),
        ("```\n[22:14] tomek: where are you kasia. i see the car\n```\n", "kasia"),
        # an ordinary-word speaker ("will") counts once it labels two lines
        ("> **will:** why is ur snap map on\n> **will:** answer me\n", "will"),
        # message headers
        ("```\nfrom: hodan\nto: sagal\nhe says if i leave he takes the boy\n```\n", "sagal"),
        # a lower-case street in a text message
        ("```\nemre: the blue door on harland street. nice\n```\n", "harland street"),
        # dotted initials, with or without spaces, and O' surnames
        ("Tomasz (T.Z. in the company's records) was exhausted.\n", "T.Z."),
        ("| Detective Inspector J. P. | Kestrelshire Constabulary |\n|---|---|\n", "J. P."),
        ("Withdrawals from the account of B. O'S. were queried.\n", "B. O'S."),
        # said to be a name: ordinary words that are names here
        ("Her real first name, Summer, appears in the school records.\n", "Summer"),
        ('Messages were saved under the contact name "will 💙".\n', "will"),
        ("Later that night Hope said she was frightened.\n", "Hope"),
        # institutions named for what they are, in apposition, or with '&'
        ("She sang at Grace Tabernacle Pentecostal Church every week.\n", "Grace Tabernacle"),
        ("Her manager at Iron Works Gym changed her shifts.\n", "Iron Works"),
        ("They had run the takeaway, the Golden Lotus, together since 2003.\n", "Golden Lotus"),
        ("She had her own salon chair at Snips & Curls, where she worked.\n", "Snips & Curls"),
        # places in agency names under the short name people use
        ("5. Hull University Teaching Hospitals NHS Trust to share the practice.\n", "Hull"),
        ("The Borough Council of King's Lynn and West Norfolk inspected.\n", "King's Lynn"),
        # the town after an address; a street after a comma
        ("She moved to a rented house at 5 Ferry Hythe Close, Pymoor.\n", "Pymoor"),
        ("```\nADDR:    67 COWSLIP WAY, LARKHOLME\n```\n", "LARKHOLME"),
        (
            "Leon waited outside her work at Carewell Homecare, Sherwood Rise, at night.\n",
            "Sherwood Rise",
        ),
        # dates of birth: a record's 'B:' field, a date in brackets after a name
        ("```\nZIELINSKI PAWEL   B: 29.04.1979\n```\n", "29.04.1979"),
        ('The report lists "Ana Sofia Ferreira (05/08/1993)" as an occupant.\n', "05/08/1993"),
        # an operation's file reference
        ("<!-- see police file MP/OP-KINGFISHER/23 -->\n", "MP/OP-KINGFISHER/23"),
    ],
)
def test_round_two_forms_are_caught(gate: Gate, tmp_path: Path, text: str, target: str) -> None:
    assert _md_blocked(gate, tmp_path, text, target), target


@pytest.mark.parametrize(
    ("text", "target", "occurrence"),
    [
        # any case inside a URL once the name is known; accents folded
        (
            "Euan Mackenzie spoke.\n\n[tribute](https://www.example.org/t/callum-mackenzie)\n",
            "mackenzie",
            1,
        ),
        (
            "Marzena Kędzierska raised funds.\n\n[page](https://www.example.org/f/kedzierska-fund)\n",
            "kedzierska",
            1,
        ),
        # a short form of a known first name, in a text message
        (
            'Her friend Bronwen Pryce called.\n\n> "bron he read my phone again. dont text me"\n',
            "bron",
            1,
        ),
        # a multi-word name run together in a web address
        (
            (
                "She saw the GP at Haxby Moor Medical Centre.\n\n"
                "[guidance](https://haxbymoormedical.example.org/safeguarding)\n"
            ),
            "haxbymoormedical",
            1,
        ),
        # undotted initials the text itself defines
        ("Victim: Fiona McLeod (FM), see notes.\n\nLater FM said she was scared.\n", "FM", 2),
        # initials derived from a known full name
        (
            "Blessing Adeyemi gave a statement.\n\n[^1]: Statement of B.A., received by email.\n",
            "B.A.",
            1,
        ),
        # an ordinary-word name in lower case where people do not write capitals
        (
            "Her other close friend, Faith, told the panel.\n\n> jade: im at faith's its fine x\n",
            "faith",
            1,
        ),
    ],
)
def test_known_names_are_found_in_other_forms(
    gate: Gate, tmp_path: Path, text: str, target: str, occurrence: int
) -> None:
    assert _md_blocked(gate, tmp_path, text, target, occurrence), target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a known ordinary-word name stays case-sensitive in ordinary prose
        ("Her son, Will, was at school. The panel will meet again in May.\n", "will meet"),
        ("Her friend Faith came.\n\nThe panel has faith in the new process.\n", "faith in"),
        # abbreviations and degrees are not initials
        ("The U.K. guidance was followed at 9 a.m. each day.\n", "U.K."),
        ("She had a B.A. degree in social work.\n", "B.A."),
        # record labels are not speakers
        ("```\nnote: the panel met twice\nsummary: no concerns raised\n```\n", "note"),
        # Welsh, and a season
        ("Mae'r adroddiad hwn hefyd ar gael yn Gymraeg.\n", "Mae'r"),
        ("Summer 2020: the family moved within England.\n", "Summer"),
        # public services named for what they are
        ("The Public Health team and the Recovery Centre reviewed the plan.\n", "Public Health"),
    ],
)
def test_round_two_clean_forms_do_not_block(
    gate: Gate, tmp_path: Path, text: str, target: str
) -> None:
    assert not _md_blocked(gate, tmp_path, text, target), target


@pytest.mark.parametrize("reference", ["2023/a", "2019/k", '"2024/b"'])
def test_the_library_reference_is_never_a_finding(
    gate: Gate, tmp_path: Path, reference: str
) -> None:
    """`reference:` in review.yml is the Home Office library's public label, not a case number."""
    path = tmp_path / "metadata.yml"
    path.write_text(f"label: DHR\nreference: {reference}\n", encoding="utf-8")
    report = gate.check_paths([path])
    assert not report.findings, [(f.entity_type, f.text) for f in report.findings]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an ordinary-word given name standing alone: a list item, a table cell, a heading
        ("Family members who spoke to the panel:\n\n- Blessing\n- the victim's aunt\n", "Blessing"),
        ("| Name | Relationship |\n|---|---|\n| Pearl | sister |\n", "Pearl"),
        ("## Precious's story\n\nShe was loved by many.\n", "Precious"),
        ("## Honey's childhood\n\nShe grew up in the county.\n", "Honey"),
        # a possessive given name in mid sentence
        ("The police went to Honey's flat at night.\n", "Honey"),
        # found standing alone, then its lower-case form in a text message
        ("- Precious\n\n```\nwere r u precious ring me\n```\n", "precious"),
        # a UK place that is also a word, where the words around it say it is a place
        ("The family lived in March, Cambridgeshire, for ten years.\n", "March"),
        ("She was last seen in Ripley town centre.\n", "Ripley"),
        ("They settled in the market town of Diss in 2016.\n", "Diss"),
        ("In 2019 they moved to Street, a small town in Somerset.\n", "Street"),
        # an institution named without a kind word after 'attended' or 'member of'
        ("He attended Greyfriars Bramble Hill Learning Trust.\n", "Greyfriars"),
        ("She was a member of the Corvan Valley Walking Group.\n", "Corvan"),
        # a pub named with everyday words keeps its model tag after 'the'
        ("On Fridays they drank at the Fox and Kettle with friends.\n", "Fox and Kettle"),
    ],
)
def test_round_three_forms_are_caught(gate: Gate, tmp_path: Path, text: str, target: str) -> None:
    assert _md_blocked(gate, tmp_path, text, target), target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a month is a date unless the words say it is a place
        ("The family lived in March 2019 with her mother.\n", "March"),
        ("The report was written in March and published in May.\n", "March"),
        # days, laws and public bodies in the possessive are not people
        ("Monday's meeting agreed the Ministry of Justice's guidance.\n", "Monday"),
        ("She applied under Clare's Law before the MARAC.\n", "Clare"),
        # common-word names (zipf 4.7+) standing alone are headings, not people
        ("## Hope for the future\n\nThe panel hopes agencies will learn.\n", "Hope"),
        ("## Faith\n\nThe victim's faith was important to her.\n", "Faith"),
        # headings, list items and cells made of ordinary words
        ("## Terms of Reference\n\n- Chronology\n- Analysis\n- Lessons Learned\n", "Chronology"),
        ("| Action | Outcome |\n|---|---|\n| Training | Completed |\n", "Training"),
        ("Family members:\n\n- Mother\n- Sister\n- Friend\n", "Mother"),
        # attended a public service whose words are ordinary
        ("She attended Change Grow Live and the Citizens Advice office.\n", "Change Grow Live"),
        # the model's person tags made only of everyday words are no person
        ("He was a member of Narcotics Anonymous for a year.\n", "Narcotics Anonymous"),
    ],
)
def test_round_three_clean_forms_do_not_block(
    gate: Gate, tmp_path: Path, text: str, target: str
) -> None:
    assert not _md_blocked(gate, tmp_path, text, target), target
