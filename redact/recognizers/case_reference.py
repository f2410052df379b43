"""Police, court and agency reference numbers (entity `CASE_REFERENCE`, block).

Two ways in:
- after a reference word ("crime number", "crime reference", "incident number", "log number",
  "case number", "ref", "reference", "URN", "CAD", "occurrence number", "docket"), perhaps
  followed by "was"/"is": the next token of letters, digits, '/' and '-' holding a digit;
- on its own, the shapes forces and courts use: force prefix/number/year (NP/12345/21,
  CR/0012345/22), number/number/year (12/34567/20), and PREFIX-YEAR-NUMBER (INC-2021-004512).
Paragraph numbers (1.2.3), bare years and "Recommendation 4" are not references.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, GatePatternRecognizer

_NUMBER_WORD = r"(?:number|no\.?|num\.?|nos?\.?|#|ref(?:erence)?\.?)"
_REFERENCE_WORDS = (
    rf"(?:(?:crime|incident|log|case|occurrence|job|docket|custody|court|file|referral|"
    rf"reference|claim|cad|storm|niche|athena|pnc)[ \u00a0]+{_NUMBER_WORD}"
    r"|crime[ \u00a0]+ref(?:erence)?\.?|ref(?:erence)?\.?|URN|CAD|case[ \u00a0]+ref\.?)"
)
# "crime number was 123", "incident number is 456", "log recorded as 789"
_LINK = r"(?:[ \u00a0]+(?:was|is|were|given[ \u00a0]+as|recorded[ \u00a0]+as))?"
# At least three characters, at least one digit: "ref 4" is a paragraph, not a reference.
_VALUE = r"(?=[A-Z0-9/\-]*[0-9])(?=[A-Z0-9/\-]{3})[A-Z0-9][A-Z0-9/\-]*[A-Z0-9]"


YEAR_STARTS = frozenset({"18", "19", "20"})


class CaseReferenceRecognizer(GatePatternRecognizer):
    """Crime, incident, case and log numbers, by context word or by their usual shape."""

    ENTITY: ClassVar[str] = "CASE_REFERENCE"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Reference after a reference word",
            rf"(?<![A-Za-z]){_REFERENCE_WORDS}(?![A-Za-z]){_LINK}[ \u00a0]*[:#.\-]?[ \u00a0]*"
            + rf"(?P<value>{_VALUE}){NOT_BEFORE_ALNUM}(?![.\-/][A-Z0-9])",
            0.7,
        ),
        Pattern(
            "Force reference (PREFIX/NUMBER/YEAR)",
            NOT_AFTER_ALNUM + r"[A-Z]{1,4}/[0-9]{3,9}/[0-9]{2,4}" + NOT_BEFORE_ALNUM,
            0.7,
        ),
        Pattern(
            "Force reference (NN/NUMBER/YEAR)",
            r"(?<![A-Za-z0-9/])[0-9]{1,4}/[0-9]{4,9}/[0-9]{2,4}(?![A-Za-z0-9]|/[0-9])",
            0.6,
        ),
        Pattern(
            "Incident reference (PREFIX-YEAR-NUMBER)",
            NOT_AFTER_ALNUM + r"[A-Z]{2,6}[-/](?:19|20)[0-9]{2}[-/][0-9]{3,9}" + NOT_BEFORE_ALNUM,
            0.7,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("crime", "incident", "reference", "case", "log", "urn")

    def invalidate_result(self, pattern_text: str) -> bool:
        """A bare year after 'reference' ('reference 2021 guidance') is not a reference."""
        return len(pattern_text) == 4 and pattern_text.isdigit() and pattern_text[:2] in YEAR_STARTS
