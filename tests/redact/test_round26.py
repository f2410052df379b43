"""Round twenty-six (issue 4): shapes the forty-second and forty-third held-out corpora showed the
gate missing or wrongly blocking (read after their one blind run), as categories, on invented
rows through the real gate. Every person, business, street and number here is invented.
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over

DECLARED = ("Marisol", "Tamsin")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a lower-case name with an endearment after it
        ('> "She said if she left, kaveh jan\n> would tell the Home Office she lied."', "kaveh"),
        # a phone contact's name in quotes
        ('Screenshot 2 of 3 -- contact: "deano88x" +44 7700 900117\n', "deano88x"),
        # known as a lower-case name, three words between
        ("Imran was known among his friends as shazzy. His records use his name.", "shazzy"),
        # a name called at the start of a quote
        ('> "Kalombo, we all knew. The pastor said pray."', "Kalombo"),
        # a quoted word that is the nickname someone used, then in a chat
        (
            '4.3 "Noi" is the nickname Mali used.\n\nFriend: noi you need to tell someone\n',
            "noi you",
        ),
        # a badge number after a comma
        ("his hackney carriage badge, number HC/0911/K, still hangs in the hall", "HC/0911/K"),
        # a handle after a platform and a bar
        ("Messenger  |  giedre.p2  >  Ruta\n", "giedre.p2"),
        # a house number and a street with no street word, before a district and a postcode
        ("They lived at 12 Abbey Westgate,\nLittle Skelby, HU17 9QT, for years.", "Westgate"),
    ],
)
def test_round_twenty_six_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # a safety app of two words, one a given name
        "The panel heard about Hollie Guard and similar personal safety apps.",
        # a heading after a family word
        "### Child Contact\n\nArrangements were made through the court.",
        # quotes that start with kin or everyday words
        '> "Mum, we all knew." "Yes, she did." "Sorry, no."',
        # 'known as' before everyday words, and a term in quotes
        "It was known to police as a domestic matter.",
        'She was agitated in the evenings, a pattern sometimes called "sundowning".',
        # a record's contact field that holds no name
        "| 9-month review | Language of contact: Welsh. |\n",
        "nDELIUS - CONTACT: Supervision (office)\n",
    ],
)
def test_round_twenty_six_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Mr P grew up in Kraków and came to England in 2007.", "warn"),  # a place of origin
        ("Her sister, who lives in Kraków, took part by video.", "block"),  # where kin live
        ("The car was registered to his brother at an address in Kraków.", "block"),
    ],
)
def test_a_city_abroad_where_someone_lives_blocks(gate: Gate, text: str, severity: str) -> None:
    """A place of origin abroad asks a person; where a relative lives abroad locates them."""
    found = [f for f in gate.check_text(text, "t.md", allowed=DECLARED).findings]
    assert [f.severity.value for f in found if f.text == "Kraków"] == [severity]


def test_a_run_of_thousands_of_capitalised_words_is_checked_not_failed(gate: Gate) -> None:
    """Such a run was found as one very long place, whose variants nested too deep to compile
    (the check failed closed with a RecursionError); it is reported, and the check completes."""
    report = gate.check_text("Cwm Cwm Cwm " * 2000, "t.md", allowed=DECLARED)
    assert report.errors == []
    assert report.blocking


def test_a_quoted_name_is_at_most_31_letters_long(gate: Gate) -> None:
    """The quoted-name pattern is bounded: unbounded, it backtracked over every apostrophe to
    the end of the text, and 80,000 characters of "O'O'O'..." timed out the check."""
    short = "'bobbin' was his pet name for her."
    long = "'" + "bobbin" * 6 + "' was his pet name for her."
    assert found_over(gate, short, "bobbin", allowed=DECLARED)
    assert not found_over(gate, long, "bobbin" * 6, allowed=DECLARED)
