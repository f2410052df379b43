"""CASE_REFERENCE: reference numbers after a reference word, and the usual police shapes."""

from __future__ import annotations

import pytest

from redact.recognizers.case_reference import CaseReferenceRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = CaseReferenceRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NP/12345/21", ["NP/12345/21"]),  # force prefix/number/year
        ("CR/0012345/22", ["CR/0012345/22"]),  # crime reference shape
        ("12/34567/20", ["12/34567/20"]),  # number/number/year
        ("INC-2021-004512", ["INC-2021-004512"]),  # prefix-year-number
        ("crime number 4512398", ["4512398"]),  # after 'crime number'
        ("Crime reference: AB1234567", ["AB1234567"]),  # 'crime reference', colon
        ("incident number 0456", ["0456"]),  # 'incident number'
        ("log no. 1234 of 3 May", ["1234"]),  # 'log no.'
        ("case number 2019-00451", ["2019-00451"]),  # 'case number', dash inside
        ("(ref 77A123)", ["77A123"]),  # 'ref' in brackets
        ("reference number X/44512", ["X/44512"]),  # 'reference number'
        ("URN 44AB1234521", ["44AB1234521"]),  # a court URN
        ("CAD 1234", ["1234"]),  # a CAD log
        ("The crime number was 4512398.", ["4512398"]),  # 'was' between word and number
        ("incident number is INC/778", ["INC/778"]),  # 'is' between word and number
        ("the crime number was NP/12345/21.", ["NP/12345/21"]),  # shape and word together
        ("The police log is KX/21/004512;", ["KX/21/004512"]),  # prefix/year/number
        ("custody record KX/CUS/21/00456", ["KX/CUS/21/00456"]),  # two-part prefix
        ("crime reference as KX-19-4412-DA.", ["KX-19-4412-DA"]),  # dashed with a suffix
        ("The MARAC case number, NOR-MARAC-0456, was", ["NOR-MARAC-0456"]),  # dashed words
        ("proceedings (case T2021/1234).", ["T2021/1234"]),  # 'case' and a mixed value
        ("her Home Office reference as Z1234567", ["Z1234567"]),  # 'reference as'
        ("PNC 11/654321X", ["11/654321X"]),  # a PNC number
        ("the agent's reference for Adult B was KTR-40917733.", ["KTR-40917733"]),  # words between
        ("the crime number for the assault is 7718204", ["7718204"]),  # words before 'is'
        ("case file NWDP-DHR-21-04 - notes", ["NWDP-DHR-21-04"]),  # 'case file'
        ("letters quoting QRB-5519023 arrived", ["QRB-5519023"]),  # a prefix and a long number
    ],
)
def test_references_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "CASE_REFERENCE", expected)


@pytest.mark.parametrize(
    "text",
    [
        "paragraph 1.2.3",  # paragraph numbers
        "see ref 4.2.1",  # a paragraph reference after 'ref'
        "Recommendation 4",  # a recommendation number
        "in 2021",  # a year
        "reference 2021 guidance",  # a year after 'reference'
        "with reference to section 9",  # 'reference' followed by words
        "a referral to Refuge 2020",  # 'ref' inside other words
        "12/03/2021",  # a date
        "case 12",  # 'case' alone is not a reference word
        "DHR reference: 2023/b",  # the review's own public library label
        "in the case 2019",  # 'case' and a year
        "COVID-19",  # two dashed groups, too few digits
        "ICD-10 codes",  # a prefix and a short number
        "with reference to the guidance, the panel was clear",  # no value after 'was'
        "the reference group for this review was formed in 2021",  # a year after 'was'
        "well-being-2020",  # lower-case dashed words
        "(ref 4)",  # too short to be a reference
        "court no. 3",  # too short to be a reference
        "return 44AB12",  # 'urn' inside another word (a value too short to be a reference alone)
    ],
)
def test_near_misses_are_not_references(text: str) -> None:
    assert found(RECOGNIZER, text) == []
