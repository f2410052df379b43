"""A person's initials with full stops (entity PERSON): "T.Z.", "J. P.", "H.K.S.", "B. O'S.",
"S.McG", "G.Ll.J.".

Drafts name people by initials ("the initials of the subjects, R.E. and J.H.", "Detective
Inspector J. P."), and the QA Panel treats them as names. Two or three capital letters each with a
full stop are initials unless they are one of the common dotted abbreviations (U.K., A.M., ...);
a degree or office that is also two letters (B.A., M.A., J.P.) is one only after "a"/"an" or
before "degree"/"(Hons)". Undotted initials ("JS") are too often acronyms: they are found only by
mention propagation, from a name the text defines them for ("Jane Smith (JS)").
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

PERSON = "PERSON"
# A Welsh name's initial keeps its double letter: "G.Ll.J." (Llinos), "Rh.O." (Rhys).
# ... and a Central European capital: "M.Ď.", "Ł.K.", "Ș.P."
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁĹĽŃŇŌŐŒŔŘŚŞŠȘŢȚŤŪŮŰŲŹŻŽ"
_LETTER = rf"(?:[{_CAPITAL}](?:['’][A-Z])?|Ll|Rh)"
INITIALS = re.compile(rf"(?<![\w.'’])(?:{_LETTER}\.[ \u00a0]?){{1,2}}{_LETTER}\.(?![\w.])")
# A Gaelic surname keeps its prefix in initials, with or without stops: "S.McG", "CMcG",
# "T.O'N", "SMacR". No acronym or word has that shape.
GAELIC_INITIALS = re.compile(
    r"(?<![\w.'’])(?:[A-Z]\.?[ \u00a0]?){1,2}(?:Mc|Mac|O['’])[A-Z]\.?(?![\w'’])"
)
# A double-barrelled surname keeps its hyphen ("G.O-A.", "K. L-H."), and a Welsh, Arabic or
# Dutch one its particle ("G. ap D.", "S.ap G."): no abbreviation has either shape.
JOINED_SURNAME_INITIALS = re.compile(
    r"(?<![\w.'’])(?:[A-Z]\.[ \u00a0]?){1,2}"
    r"(?:[A-Z]\.?-[A-Z]\.?|(?:ap|ab|ferch|bin|binti|van|de|al)[ \u00a0]?[A-Z]\.)(?![\w'’-])"
)
_ABBREVIATIONS_TEXT = """
    UK US USA EU UN AM PM NB PS RIP OK TV QC KC MP VIP DV GP ID NHS BBC DJ PTO CV RSVP AKA
    ETA NI IT PC MBE OBE CBE DOB ASAP CID AWOL
"""
# Not here, though abbreviations too: 'A.D.', 'H.M.', 'D.C.', 'D.S.' are as often someone's
# initials, and reports write the ranks and 'HM Coroner' without stops.
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
DEGREES_AND_OFFICES = frozenset(["BA", "MA", "JP", "BSC", "MSC", "PHD"])
_DEGREE_BEFORE = re.compile(r"(?:^|\W)(?:a|an)\s+$", re.IGNORECASE)
_DEGREE_AFTER = re.compile(r"^\s*(?:\(hons\)|hons\b|degree|in\s)", re.IGNORECASE)


class PersonInitialsRecognizer(EntityRecognizer):
    """Dotted initials; see the module docstring."""

    SUPPORTED: ClassVar[list[str]] = [PERSON]
    name: str

    def __init__(self, score: float = 0.6) -> None:
        self.score = score
        super().__init__(supported_entities=list(self.SUPPORTED), name="PersonInitialsRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if PERSON not in entities:
            return []
        results = []
        for match in [
            *INITIALS.finditer(text),
            *GAELIC_INITIALS.finditer(text),
            *JOINED_SURNAME_INITIALS.finditer(text),
        ]:
            letters = re.sub(r"[^A-Z]", "", match.group(0))
            if letters in ABBREVIATIONS:
                continue
            if letters in DEGREES_AND_OFFICES and (
                _DEGREE_BEFORE.search(text[max(0, match.start() - 6) : match.start()])
                or _DEGREE_AFTER.match(text[match.end() : match.end() + 10])
            ):
                continue
            results.append(
                RecognizerResult(
                    entity_type=PERSON,
                    start=match.start(),
                    end=match.end(),
                    score=self.score,
                    analysis_explanation=AnalysisExplanation(
                        recognizer=self.name,
                        original_score=self.score,
                        textual_explanation="initials with full stops",
                    ),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
