"""Round twelve (issue 4): shapes the twelfth and thirteenth held-out corpora showed the gate
missing or over-flagging, as categories, on invented rows through the real gate. Every person,
business, place and reference here is invented.

A must-block row needs a blocking finding overlapping the marked text; a clean row must block
nothing (the pseudonyms it uses are declared, as a review declares them).
"""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_types, found_over, row_gate, row_policy

POLICY = row_policy(agencies=["Dunmoor and Fellside Police", "Adult Social Care"])
DECLARED = ("Ceinwen", "Tobiah")


@pytest.fixture(scope="module")
def gate() -> Gate:
    return row_gate(POLICY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # two given names joined by a hyphen, in a heading
        ("## Part 2: Rosa-Belle, and Tobiah\n\nText.\n", "Rosa-Belle"),
        # a name beside a relationship described with capitalised words
        ("Her friend from the Mothers' Union, Prudence, told the panel.", "Prudence"),
        # a stage name in quotes, and its page on a music site
        ('He rapped under the name "lil tobs" and posted it online.', "lil tobs"),
        ("His tracks were on soundcloud.com/lil-tobs-22 until 2023.", "soundcloud.com/lil-tobs-22"),
        # a given name and an initial in a web address
        ("[The appeal](https://www.example.org/appeal/justice-for-marta-k)", "marta-k"),
        # a surname or family name said to be one
        ("Her mother asked that the family name Trevorrow never be used.", "Trevorrow"),
        ("He was recorded by the police under the surname Popescu.", "Popescu"),
        # a place built like an English place name before a kind of site
        ("She worked nights at the Harbley depot of a parcel firm.", "Harbley"),
        # a district named '<word> Oak' after a locative preposition
        ("They rented a flat in Bramble Oak for two years.", "Bramble Oak"),
        # a local business named with everyday words before its kind
        ("He waited outside the Golden Star takeaway on the corner.", "Golden Star"),
        ("The quiz night at the Lamb and Flag was her one night out.", "Lamb and Flag"),
        # businesses ending in a kind word
        ("In the summers she worked at Seaview Amusements on the pier.", "Seaview"),
        ("Her care came from Primrose Homecare twice a day.", "Primrose"),
        ("She bought bread at Bosphorus Market every morning.", "Bosphorus"),
        # a lettered reference
        ("A DVPO was applied for (DVPO/QRT/0458) but refused.", "DVPO/QRT/0458"),
        # an agency a review lists that the site does not declare
        ("agencies:\n  - Northshire Police\n  - Kestrel Freight (employer)\n", "Kestrel Freight"),
        # a place after a Welsh preposition, in a bilingual heading
        ("### 4. Y tŷ yn Llanwyddon / The house\n\nText.\n", "Llanwyddon"),
        # ... in a script with no ASCII letter (this stopped the check with an IndexError)
        ("Mae hi wedi symud yn Київ gyda ei mam yn 2019.\n", "Київ"),
        # a word English hardly knows before a known, rarer surname, at a footnote's start
        ("[^2]: Idil Warsame, interviewed with her agreement.\n\nText[^2].\n", "Idil Warsame"),
        # a village named 'Little X' or 'Upper X' after a locative preposition
        ("Everybody thought she was the luckiest woman in Little Brindham.", "Little Brindham"),
    ],
)
def test_round_twelve_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target, allowed=DECLARED), target


@pytest.mark.parametrize(
    "text",
    [
        # medicines by their generic names, at a sentence start too
        "Sertraline was prescribed in May; later Mirtazapine and then Diazepam.",
        # festivals
        "Ceinwen loved the long evenings in Ramadan and the lights at Diwali.",
        # Welsh labels and titles in two languages
        "*Nodyn cynnwys / Content note: this report discusses suicide.*\n",
        "Argymhelliad 2 / Recommendation 2. Northshire Police to review training.\n",
        "## Adolygiad o Farwolaeth yn Gysylltiedig â Cham-drin Domestig: Ceinwen\n",
        # a police force's area when the site declares the force
        "The Dunmoor and Fellside IMR shows that the enquiry was not chased.",
        # a table row the model reads across cells
        "| 2 | Add a field | Northshire Police | Field live on the system | July 2025 |\n",
        # the agencies a review lists, each declared or generic
        "agencies:\n  - Northshire Police\n  - Adult Social Care\n  - the GP practice\n",
        # 'the X and Y' that is a law or a board, and markets that are no business
        "He breached the Crime and Disorder Act. She went to the Health and Wellbeing Board.",
        "He was out of the labour market and sold goods on the Open Market.",
        # a document reference with a year is no case reference
        "The MOJ/HMPPS/2023 guidance applies.",
        # national places after 'North', 'Great', 'New'
        "She moved from North Wales to Great Britain and then to New Zealand.",
        # two rare words that are no name: a medicine and its salt
        "Warfarin Sodium was stopped.",
    ],
)
def test_round_twelve_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_types(gate, text, allowed=DECLARED) == []
