"""Round forty-seven (issue 4, twelfth session): a social media user name written without its
'@' anywhere, read from the misses of development sets 0-133 (every direct identifier must
block): lower case, from a letter, with an inner dot and an underscore, a digit after two
letters past the dot, or three parts of letters; never a law's section ('s.47'), a domain
('nhs.uk'), a file ('letter.pdf') or a time ('10.30am')."""

from __future__ import annotations

import pytest

from redact.gate import Gate
from tests.redact.gate_rows import blocking_found, found_over


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("```text\n  Comment - dario.kp.88: she knows she love me\n```", "dario.kp.88"),
        ("```text\nmo.ferreira_ls      stop. i will go to the police\n```", "mo.ferreira_ls"),
        ("He made a new account, j.barrow_x, after she blocked the old one.", "j.barrow_x"),
        ("He would be k.hartwell_07 one day and someone else the next.", "k.hartwell_07"),
        ("> **melody.r.xo** · nails · acrylics · book via DM", "melody.r.xo"),
        ("tk.yeung852 and used it to see where she was on the map.", "tk.yeung852"),
    ],
)
def test_round_forty_seven_forms_are_caught(gate: Gate, text: str, target: str) -> None:
    assert found_over(gate, text, target), target


@pytest.mark.parametrize(
    "text",
    [
        "The enquiry was made under s.47 of the Act, and art.8 and para.4 were considered.",
        "Advice is at nhs.uk and on the gov.wales pages; the letter.pdf was sent.",
        "The visit was at 10.30am, version v2.1 of the form, e.g. the DASH.",
        "The file report_final.docx was shared.",
    ],
)
def test_round_forty_seven_clean_rows_block_nothing(gate: Gate, text: str) -> None:
    assert blocking_found(gate, text) == []
