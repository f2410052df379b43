"""Round seventeen (issue 4): shapes the twenty-second and twenty-third held-out corpora showed
the gate missing (read after their one blind run, on round sixteen's code), as categories, on
invented rows through the real gate. Every person, business and place here is invented.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import (
    blocking_types,
    found_over,
    found_over_in_markdown,
    row_gate,
    row_policy,
)

POLICY = row_policy()
DECLARED = ("Tamsin", "Oriel", "Maud")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


CHAT = (
    "```text\n"
    "[Mar 2023 07:12] Tamsin: anyone seen him this morning\n"
    "[Mar 2023 07:15] {speaker}: not since last night\n"
    "[Mar 2023 07:20] Oriel: ok x\n"
    "```\n"
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a chat export's time stamp with a month name: the speaker after it is read as one
        (CHAT.format(speaker="wiktoria"), "wiktoria"),
        (
            "```\n[4 Mar 2023, 21:40] ignacy: dont\n[4 Mar 2023, 21:41] Tamsin: ok\n```\n",
            "ignacy",
        ),
        # a capitalised speaker who is a given name, in a chat with other speakers
        (CHAT.format(speaker="Autumn"), "Autumn"),
        # a kin title and a name as a speaker ('Auntie Bev:')
        (CHAT.format(speaker="Auntie Rhiannydd"), "Rhiannydd"),
        ("```\n[21:05] Anti Gwenllian: Ffonia fi\n[21:09] Mam: iawn\n```\n", "Gwenllian"),
        # a salutation in any case
        ('The letter was addressed "Dear kenelm" by a mail-merge error.', "kenelm"),
        # a tribute's name after the words that mourn
        ("> rest easy ottilie the guards should of took him\n", "ottilie"),
        ("> RIP benedykt you were one of a kind\n", "benedykt"),
        # a family named in the plural by its surname
        ("Their neighbours were a Czech family, the Dvořáks, and a couple from Leeds.", "Dvořáks"),
        # a user name after a seller's or buyer's label
        ("Gumtree listing\nSeller: robbo_k77\nBuyer: is it still available\n", "robbo_k77"),
        # a badge, licence or permit shown with its value and no 'number'
        ("Records show his driver badge QT/H/5521 and a clean licence.", "QT/H/5521"),
        # initials with Mc or Mac in a note
        ("16:30  Incident form raised. Manager informed. RMcK\n", "RMcK"),
        # a place of worship named 'Chapel/Church of the X'
        (
            "Her funeral was held at the Chapel of the Harbour, with a horse-drawn hearse.",
            "Harbour",
        ),
        # a mosque named in its congregation's language
        ("She ran a reading circle for girls at Masjid an-Noor on Saturdays.", "an-Noor"),
        # a choir, band or society with a rarer word in its name
        ("> Mum sang with the Northshire Calliope Choir for forty years.\n", "Calliope"),
        # a Welsh house or farm name: 'Tŷ' and what follows
        ("She married into the farm at Tŷ'n y Gelli, above the village.", "Gelli"),
        # a foreign plate after 'plates' or a '-registered' make, without brackets
        ("| 11:05 | Vehicle on drive, Latvian plates KD 4471. |\n", "KD 4471"),
        ("His Bulgarian-registered Opel (plate PB 6612 KM) was seized.", "PB 6612 KM"),
        ("VEH OUTSIDE: BG-REGISTERED AUDI CA 2291 BT (MALE'S)\n", "CA 2291 BT"),
        # a record's name in capitals, surname first, quoted
        ('The record header reads "SATTERTHWAITE, GWENDOLINE  DOB 02/04/1941".', "SATTERTHWAITE"),
        # a capitalised word in letters English does not use, mid-sentence
        ("## 4. The words of Dêlal\n\n4.1 Her brother spoke to the chair.", "Dêlal"),
        ("Their neighbours were the Kováčovás, a family from Slovakia.", "Kováčovás"),
        # a family's group chat named for them
        ('WhatsApp group "Penhallow girls 💜"\nAunt: where is she\n', "Penhallow"),
    ],
)
def test_round_seventeen_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


MARKDOWN_CHAT = (
    "3.2 Messages between them:\n\n"
    "```text\n"
    "[Mar 2023 07:12] Tamsin: anyone seen him this morning\n"
    "[Mar 2023 07:15] Autumn: not since last night\n"
    "[Mar 2023 07:20] wiktoria: ok x\n"
    "```\n"
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a user name as the text of a link to its own profile
        (
            (
                "1. She ran a small Instagram account,\n"
                "   [lulu.j_cakes](https://www.instagram.com/lulu.j_cakes), of her cakes.\n"
            ),
            "lulu.j_cakes",  # the first occurrence: the link's text
        ),
        # the chat rows above, in a real code block of a Markdown file
        (MARKDOWN_CHAT, "Autumn"),
        (MARKDOWN_CHAT, "wiktoria"),
    ],
)
def test_round_seventeen_forms_are_caught_in_markdown(
    gate: Gate, tmp_path: Path, text: str, target: str
) -> None:
    assert found_over_in_markdown(gate, text, target, tmp_path), target


@pytest.mark.parametrize(
    "text",
    [
        # speakers who are roles, kin or declared pseudonyms
        CHAT.format(speaker="Mum"),
        CHAT.format(speaker="Maud"),
        "```\n[Mar 2023 07:12] Police: attended\n[Mar 2023 07:15] Tamsin: thanks\n```\n",
        # a salutation to a role
        'The letter began "Dear Sir or Madam" and was never answered.',
        "> rest easy sweetheart, we love you\n",
        # a plural that is a public body, not a family
        "She had called the Samaritans twice that winter.",
        # a badge or licence word without a value that is one
        "He had held a driving licence since 2003 and a badge since 2010.",
        # a church of a whole nation, and the chapel of rest
        (
            "The Church of England and the Church in Wales both took part; the chapel of rest "
            "was used."
        ),
        # a brand spelled with its accents (no place inside it), and words of French
        "He drove a Citroën; the café was closed and the crème brûlée sold out.",
        # a choir named only by the area
        "She sang in the Northshire Community Choir.",
    ],
)
def test_round_seventeen_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
