"""Police, court and agency reference numbers (entity `CASE_REFERENCE`, block).

Two ways in:
- after a reference word ("crime number", "crime reference", "incident number", "log number",
  "case number", "case file", "ref", "reference", "URN", "CAD", "occurrence number", "docket";
  a debt collector's or landlord's "account number", "customer ref", "tenancy no."), perhaps
  followed by "was"/"is", or by a few words and then "was"/"is" ("the reference for Adult A
  was ..."): the next token of letters, digits, '/' and '-' holding a digit;
- on its own, the shapes forces, courts and MARACs use (capitals only): prefix/number/number
  (NP/12345/21, CR/0012345/22, KC/22/093317, CT/CUS/20/00871, NP/MARAC/21/0457), number/number/year
  (12/34567/20),
  and dashed groups with at least three digits (INC-2021-004512, WP-18-3321-DA, FEN-MARAC-0193,
  DVPO-0291: a zero-padded number),
  a prefix and one long number (DCA-88213407), Crown Court case numbers (T20227045), a number
  as a link's folder after its kind (/cases/0093317/), a care regulator's location IDs
  (1-4471092213, in its inspection links too),
  operation files (MP/OP-KINGFISHER/23), and any number of six or more digits in up to five
  groups (4471-0938-2215-6603, 47220188412, LCS 2231094, 4402318/22): in a review such a
  number is an account, a case or a record, unless it is a date, a span of years or a phone
  number.
Paragraph numbers (1.2.3), bare years, "Recommendation 4" and the review's own library label
("2023/b", public by design) are not references.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, GatePatternRecognizer

_NUMBER_WORD = r"(?:number|no\.?|num\.?|nos?\.?|#|ref(?:erence)?\.?|id)"
_REFERENCE_WORDS = (
    rf"(?:(?:crime|incident|log|case|occurrence|job|docket|custody|court|file|referral|"
    rf"reference|claim|cad|storm|niche|athena|pnc|account|customer|client|debt|tenancy|"
    rf"agreement|membership|warrant|enforcement|prison|prisoner|plate|badge|licence|license|"
    rf"resident|patient|pupil|student|employee|staff|member|user|"
    rf"certificate|permit|booking|collar),?[ \u00a0]+{_NUMBER_WORD}"  # "his badge, number X"
    r"|crime[ \u00a0]+ref(?:erence)?\.?|ref(?:erence)?\.?|URN|CAD|PNC|case[ \u00a0]+ref\.?"
    r"|case[ \u00a0]+file"
    # ... a file's reference with a slash: "(file PCSP/DARDR/21-03)"
    r"|file(?=[ \u00a0]+[A-Z0-9]+/[A-Z0-9]))"
)
# "crime number was 123", "incident number is 456", "log recorded as 789", "the reference for
# Adult A was 789", "court reference for the order: T2022..." (up to four words before "was",
# "is" or a colon; patterns ignore case).
_LINK = (
    r"(?:(?:[ \u00a0]+[a-z]+){1,4}?(?=[ \u00a0]+(?:was|is|were)[ \u00a0]|[ \u00a0]*:))?"
    r"(?:[ \u00a0]+(?:was|is|were|as|given[ \u00a0]+as|recorded[ \u00a0]+as))?"
)
# At least three characters, at least one digit: "ref 4" is a paragraph, not a reference.
_VALUE = r"(?=[A-Z0-9/\-]*[0-9])(?=[A-Z0-9/\-]{3})[A-Z0-9][A-Z0-9/\-]*[A-Z0-9]"
# ... after up to two words in capitals, a scheme's and an area's letters: "reference MARAC PTR
# 23/014" (capitals only, whatever the pattern's case).
_SPACED_PREFIX = r"(?-i:(?:[A-Z]{2,6}[ \u00a0]){0,2})"
_LEADING_WORDS = re.compile(r"^(?:[A-Z]{2,6}[ \u00a0])+")


YEAR_STARTS = frozenset({"18", "19", "20"})
# Long numbers that are no reference: dates (12/03/2021, 2021-03-12, 12 03 2021, 03/2021), years and
# spans of years (2019-2021, 2019/20), UK phone numbers (the trunk 0, 10 or 11 digits) and the
# European 116 helplines.
_NOT_A_REFERENCE = re.compile(
    r"[0-3]?[0-9][/\- ][01]?[0-9][/\- ](?:19|20)?[0-9]{2}"
    r"|(?:19|20)[0-9]{2}[/\-][01][0-9][/\-][0-3][0-9]"
    r"|(?:19|20)[0-9]{2}(?:[ /\-]+(?:19|20)?[0-9]{2})*"
    r"|(?:0?[1-9]|1[0-2])[/\-](?:19|20)[0-9]{2}"  # a month and its year: a log's "03/2021"
    r"|(?:\+44|0)[ \-]?[1235789](?:[ \-]?[0-9]){8,9}"  # no UK number starts 04 or 06
    r"|116[ \-]?[0-9]{3}"  # a European helpline (Samaritans' 116 123)
    r"|080[08](?:[ \-]?[0-9]){4,7}"  # a short freephone number (Childline's 0800 1111)
)
_REVIEW_LABEL = re.compile(r"(?:19|20)[0-9]{2}/[a-zA-Z]")


class CaseReferenceRecognizer(GatePatternRecognizer):
    """Crime, incident, case and log numbers, by context word or by their usual shape."""

    ENTITY: ClassVar[str] = "CASE_REFERENCE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Reference after a reference word",
            rf"(?<![A-Za-z]){_REFERENCE_WORDS}(?![A-Za-z]){_LINK}[ \u00a0]*[:#.\-]?[ \u00a0]*"
            + rf"(?P<value>{_SPACED_PREFIX}{_VALUE}){NOT_BEFORE_ALNUM}(?![.\-/][A-Z0-9])",
            0.7,
        ),
        Pattern(
            "A record system's number (CPOMS 55817, Mosaic 1184392)",
            r"(?<![A-Za-z])(?-i:CPOMS|MOSAIC|Mosaic|NICHE|Niche|EMIS|SystmOne|Liquidlogic|LCS|WCCIS|"
            r"ATHENA|STORM|CareFirst|RiO|PARIS)"
            r"[ \u00a0]*(?:(?i:no\.?|ref\.?|id|#)[ \u00a0]*)?[:\-]?[ \u00a0]*(?P<value>[0-9]{4,10})"
            + NOT_BEFORE_ALNUM,
            0.6,
        ),
        Pattern(
            "Force reference (PREFIX/NUMBER/NUMBER)",
            NOT_AFTER_ALNUM
            + r"(?-i:[A-Z]{1,4}(?:/[A-Z]{1,6})?/[0-9]{2,9}/[0-9]{2,9}[A-Z]?)"
            + NOT_BEFORE_ALNUM,
            0.7,
        ),
        Pattern(
            "MARAC case number (MARAC 061, VT MARAC 0612)",
            NOT_AFTER_ALNUM
            + r"(?-i:(?:[A-Z]{1,4}[ \u00a0])?MARAC[ \u00a0]+(?:no\.?[ \u00a0]*)?"
            + r"(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{2,6})"  # not a year: "the MARAC 2023 review"
            + NOT_BEFORE_ALNUM,
            0.6,
        ),
        Pattern(
            "Certificate or licence after its kind (SGC 31877/NY, FAC 20411)",
            NOT_AFTER_ALNUM
            + r"(?-i:(?:SGC|FAC|HMO|PHV|HCV|DBS)[ \u00a0]+[0-9]{3,9}(?:/[A-Z0-9]{1,6})?)"
            + NOT_BEFORE_ALNUM
            + r"(?!/[A-Za-z0-9])",
            0.6,
        ),
        Pattern(
            "Lettered reference (DVPN/ABC/0031, RC/FAC/S/10482, NDAS/C/20914, WDAS/0731)",
            NOT_AFTER_ALNUM
            + r"(?-i:[A-Z]{2,6}(?:/[A-Z]{1,6}){0,3}/(?!(?:19|20)[0-9]{2}(?![0-9]))"
            + r"[0-9]{3,9}[A-Z]?)"
            + NOT_BEFORE_ALNUM
            + r"(?!/[A-Za-z0-9])",
            0.6,
        ),
        Pattern(
            "Mixed reference after 'case', 'claim' or a badge's kind (case T2020/7114, claim K7QZ41P2)",
            r"(?<![A-Za-z])(?:case|badge|licen[cs]e|permit|warrant|pass|record|claim|exhibit)[ \u00a0]+(?P<value>(?-i:(?=[A-Z0-9/\-]*[0-9])(?=[A-Z0-9/\-]*[A-Z])"
            + r"[A-Z0-9][A-Z0-9/\-]{2,}[A-Z0-9]))"
            + NOT_BEFORE_ALNUM,
            0.7,
        ),
        Pattern(
            "Lettered reference with a dash and a padded number (DVPO-0291)",
            NOT_AFTER_ALNUM
            + r"(?-i:[A-Z]{2,6}-0[0-9]{2,8})"
            + NOT_BEFORE_ALNUM
            + r"(?![.\-/][A-Za-z0-9])",
            0.6,
        ),
        Pattern(
            "Lettered reference with letters last (PHD/0447/EB)",
            NOT_AFTER_ALNUM
            + r"(?-i:[A-Z]{2,6}/(?!(?:19|20)[0-9]{2}/)[0-9]{3,9}/[A-Z]{1,4})"
            + NOT_BEFORE_ALNUM
            + r"(?!/[A-Za-z0-9])",
            0.6,
        ),
        Pattern(
            "Operation reference (MP/OP-KINGFISHER/23)",
            NOT_AFTER_ALNUM
            + r"(?-i:[A-Z]{1,6}/[A-Z]{1,6}-[A-Z]{2,20}/[0-9]{2,6})"
            + NOT_BEFORE_ALNUM,
            0.7,
        ),
        Pattern(
            "Force reference (NN/NUMBER/YEAR)",
            r"(?<![A-Za-z0-9/])[0-9]{1,4}/[0-9]{4,9}/[0-9]{2,4}(?![A-Za-z0-9]|/[0-9])",
            0.6,
        ),
        Pattern(
            "Dashed reference (INC-2021-004512, WP-18-3321-DA, FEN-MARAC-0193)",
            NOT_AFTER_ALNUM
            # a one-letter part too: "KTL-M-0962"
            + r"(?-i:(?=[A-Z0-9-]*[0-9]{3})[A-Z]{2,6}(?:-[A-Z0-9]{1,9}){2,4})"
            + r"(?![A-Za-z0-9]|-[A-Za-z0-9])",
            0.7,
        ),
        Pattern(
            "Crown Court case number (T20227045)",
            NOT_AFTER_ALNUM + r"(?-i:[TSA](?:19|20)[0-9]{2}[ \u00a0]?[0-9]{4})" + NOT_BEFORE_ALNUM,
            0.6,
        ),
        Pattern(
            "Long number (4471-0938-2215, 47220188412, LCS 2231094, 4402318/22)",
            r"(?<![A-Za-z0-9_/.,£$€\-])(?-i:(?:[A-Z]{1,4}[ \u00a0\-]?)?)"
            # its groups taken whole: a date before its time of day is none, nor any part of it
            # ("Opened: 04/11/22 08:52", "06/03 08:15")
            r"(?=(?:[0-9][ \u00a0/\-]?){6})[0-9]++(?:[ \u00a0/\-][0-9]++){0,4}+"
            r"(?-i:(?:-[A-Z]{1,4})?)(?![A-Za-z0-9]|[.,/:\-][0-9])",
            0.5,
        ),
        Pattern(
            "Dense reference with six or more digits (ASC/0558210, PE23P00418, 00392-S-14022022)",
            r"(?<![A-Za-z0-9_/.,£$€\-])(?-i:(?=(?:[A-Z/\-]*[0-9]){6})(?=[A-Z0-9/\-]{6,25}"
            r"(?![A-Za-z0-9/\-]))[A-Z0-9]+(?:[/\-][A-Z0-9]+)*)(?![A-Za-z0-9]|[.,/\-][0-9])",
            0.5,
        ),
        Pattern(
            "Letters and digits mixed in one long token (C2K9T41X7QM, a sponsorship certificate)",
            r"(?<![A-Za-z0-9/\-])(?-i:(?=[A-Z0-9]*[0-9][A-Z0-9]*[0-9][A-Z0-9]*[0-9])"
            r"(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])(?![A-Z0-9]*[A-Z]{5})"
            r"[A-Z0-9]{10,16})(?![A-Za-z0-9/\-])",
            0.5,
        ),
        Pattern(
            "A care regulator's location or provider ID, in a link too (1-4471092213)",
            r"(?<![A-Za-z0-9.\-])1-[0-9]{9,11}(?![0-9])",
            0.6,
        ),
        Pattern(
            "Prefix and one long number (DCA-88213407, FLS-30917)",
            NOT_AFTER_ALNUM + r"(?-i:[A-Z]{2,6}-[0-9]{5,12})" + r"(?![A-Za-z0-9]|[\-/][A-Za-z0-9])",
            0.6,
        ),
        Pattern(
            "Prefix and one long number as a link's folder (.../MH-2207731/letter.pdf)",
            r"(?<=[A-Za-z0-9]/)(?-i:[A-Z]{2,6}-[0-9]{5,12})(?=/[A-Za-z0-9])",
            0.6,
        ),
        Pattern(
            "A record's number as a link's folder after its kind (.../cases/0093317/plan)",
            r"(?<=/(?:cases?|clients?|records?|referrals?|patients?|people|persons?|incidents?|"
            r"crimes?)/)[0-9]{5,12}(?=[/?#)]|\s|$)",
            0.6,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("crime", "incident", "reference", "case", "log", "urn")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Not a reference: a bare year ('reference 2021 guidance'), the review's own public
        label in the Home Office library ('DHR reference: 2023/b'), a date, a span of years or
        a phone number (those have their own recognizers)."""
        tail = _LEADING_WORDS.sub("", pattern_text)
        if tail != pattern_text and self.invalidate_result(tail):
            return True  # 'reference DHR 2023/b': the review's label after its scheme's letters
        if len(pattern_text) == 4 and pattern_text.isdigit():
            return pattern_text[:2] in YEAR_STARTS
        # 'LCS 2231094' is judged by its number; 'DCP-0387-041122', letters and two dashed
        # groups, is a log's reference whole, whatever its digits look like
        number = re.sub(
            r"^[A-Z]{1,4}(?:[ \u00a0]?|-(?=[0-9]+$))(?=[0-9])", "", pattern_text.strip()
        )
        return (
            _REVIEW_LABEL.fullmatch(pattern_text) is not None
            or _NOT_A_REFERENCE.fullmatch(number) is not None
        )
