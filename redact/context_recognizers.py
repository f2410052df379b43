"""Names the small model misses, found from the words around them and from name gazetteers.

Each rule is generic (no name is written here): a title or rank before a capitalised word
("DS Pryce"), a family word before one ("her daughter Will"), a record-style name ("SMITH,
Jane"), a given name from the gazetteer (plus the surname after it), the place inside an
agency's name ("Wigan Council" -> "Wigan") and the distinctive words of a local institution's
name ("Saffron Hill Academy", "The Red Lion"; a gym, salon, church or school by any name word:
"Iron Works Gym"). Ordinary-word names need words that say they are names: "her real first
name, Summer", "a girl called Hope", "Hope said". A business in apposition after its kind ("the
takeaway, the Golden Lotus") or named with '&' ("Snips & Curls") is an institution. Round three: a given name standing alone (a list item, a
table cell, a heading: "- Blessing", "Honey's story") or in the possessive mid sentence; a UK
place that is also a word where the words around it say it is a place ("lived in Street",
"March, Cambridgeshire", "Ripley town centre"); an institution named without a kind word after
"attended", "worked at", "member of" when one of its words is no everyday word. What the
site allows is decided later, by the gate's whole-span allow list, so "Northshire Police" ->
"Northshire" passes as the site's area.

The rules live by what they find: `context_people`, `context_places` and
`context_institutions`, with the words they share in `context_words`. This module runs them
all over a text and keeps what the recognizer was asked for.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact import lexicon
from redact.context_institutions import (
    CAP_RUN,
    KIND_NAME,
    NAME_AFTER_LOWER_KIND,
    analyse_run,
    attended_institutions,
    businesses,
    dedicated_places_of_worship,
    listed_agencies,
    named_before_kind,
    named_prisons,
    named_profile_links,
    named_wards,
    neighbourhood_teams,
)
from redact.context_people import (
    CALLED,
    FAMILY_NAME,
    MAIDEN_NAME,
    NAME_IS_NAME,
    NAME_WORD,
    POSSESSIVE_FAMILY,
    QUOTED_NICKNAME,
    RECORD_NAME,
    ROLE_TITLE_NAME,
    SAID,
    TITLE_NAME,
    UNKNOWN_NAME_ZIPF,
    accented_names,
    apposed_names,
    bracketed_names,
    called_out_names,
    called_without_quotes,
    capital_records,
    cited_defendants,
    everyday_words_only,
    headed_names,
    homes_by_name,
    is_name_text,
    is_nickname,
    names_in_file_names,
    names_in_other_scripts,
    names_in_urls,
    names_in_welsh_sentences,
    national_as_written,
    not_a_title_here,
    people_by_shape,
    rare_name_pairs,
    record_name,
    saved_as_names,
    sentence_after_initial,
    sentence_subjects,
    short_titled_name,
    standalone_names,
    statement_authors,
    surname_after,
    titled_surname,
    unknown_actors,
    written_like_a_name,
)
from redact.context_places import (
    locative_places,
    mutated_welsh_places,
    named_estates,
    places_in_context,
    places_of_addresses,
    rare_places,
    service_places,
    towns_before_countries,
    welsh_places,
    welsh_two_word_places,
)
from redact.context_words import WORD, bare, generic, not_a_name, stop_words
from redact.lone_capitals import lone_capitals
from redact.name_recognizers import (
    INSTITUTION,
    LOCATION,
    ORGANISATION_PLACE,
    PERSON,
    welsh_words,
)
from redact.propagation import dated_month
from redact.rule_recognizer import RuleRecognizer

# A business named straight after its kind in lower case keeps a name with a word this rare in
# English ('Tasca', 'Baltic'); not 'the school Christmas Fair'.
LOWER_KIND_NAME_MAX_ZIPF = 3.0
# A thing, not a person, before 'known as' or 'called': its term follows ('a pattern known as
# sundowning', 'what is called gaslighting').
_THING_BEFORE = re.compile(
    r"(?i:\b(?:pattern|practice|condition|process|technique|phenomenon|term|approach|behaviou?r|"
    r"tactic|symptom|effect|state|syndrome|method|scheme|tool|model|principle|disorder|illness|"
    r"situation|what[ \t]+is|what[ \t]+was"
    # ... or a dish, a dance, a custom: "the small biscuits called kūčiukai"
    r"|biscuits?|cakes?|dish|dishes|soup|stew|bread|breads|dumplings|sweets|pastr(?:y|ies)|"
    r"dance|dances|songs?|ceremony|ritual|custom|garment|dress|drink|game))[ \t,]*$"
)
# A quoted nickname the text goes on to call a name: '"Happy", a name his mother gave him'.
_SAID_A_NAME = re.compile(r"[\"”’'][ \t]*(?:,|\(|[—–]|--)[ \t]*(?:a|the|his|her|their)[ \t]+name\b")
# A placeholder's number after a run of capitalised words ('Housing Officer 1').
_PLACEHOLDER_NUMBER = re.compile(
    r"[ \t]+[0-9]{1,2}(?=[,.;:)]|[ \t]*$|[ \t]+and[ \t])", re.MULTILINE
)


# Who calls someone by a name: 'called digo by friends', 'called kelz by her mum'.
_BY_WHOM = re.compile(
    r"[ \t]+by[ \t]+(?:[a-z]+[ \t]+)?(?:friends|family|everyone|his|her|their|mum|dad|mates)\b"
)


QUOTATION_SPEAKER_MAX_ZIPF = 2.5  # 'Loveday' (2.2)
_AFTER_QUOTATION = re.compile(r"[,.!?][\"”’'][ \t]+\Z")
LOWER_SAID_NAME_MAX_ZIPF = 5.0  # 'marie' (4.2), 'jean' (4.4)
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.,;!?)]|$)", re.MULTILINE)


def _lower_given_name(span: str) -> bool:
    word = bare(span)
    return (
        span.islower()
        and lexicon.is_given_name(word)
        and word not in stop_words()
        and not not_a_name(word)
        and word not in lexicon.KIN_WORDS
        and lexicon.word_zipf(word) < LOWER_SAID_NAME_MAX_ZIPF  # not 'love' or 'line'
    )


class ContextNameRecognizer(RuleRecognizer):
    """Rules over the raw text; see the module docstring."""

    SUPPORTED: ClassVar[list[str]] = [PERSON, LOCATION, ORGANISATION_PLACE, INSTITUTION]
    DEFAULT_SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans: list[tuple[str, int, int, str]] = []
        for pattern, why in (
            (TITLE_NAME, "title before a name"),
            (FAMILY_NAME, "family word before a name"),
            (POSSESSIVE_FAMILY, "name before a family word"),
            (RECORD_NAME, "record-style SURNAME, Given name"),
            (MAIDEN_NAME, "a surname before marriage"),
            (ROLE_TITLE_NAME, "a role used as a title before a name"),
        ):
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if pattern is RECORD_NAME and not record_name(match):
                    continue  # 'MARAC, Dean': an acronym, not a surname in capitals
                if pattern is TITLE_NAME and sentence_after_initial(match):
                    continue  # 'for Mr H. Enquiry closed.': the initial ends a sentence
                if pattern is TITLE_NAME and not_a_title_here(
                    match.group(0).split()[0], text[start:end]
                ):
                    continue  # 'Father Christmas', 'to the Sheikh. But': no title and name
                if end - start == 2 and not (
                    pattern is TITLE_NAME and short_titled_name(text[start:end])
                ):
                    continue  # only a title makes a two-letter word a name: 'Dr Ng'
                if text[start:end].endswith(("'s", "’s")):
                    end -= 2
                elif pattern is FAMILY_NAME:
                    if everyday_words_only(text[start:end]):
                        continue  # "### Child Contact": a heading's words, not a child's name
                    end = surname_after(text, end)  # "her friend Haf Rowlands"
                titled = (
                    pattern is TITLE_NAME
                    and not match.group("initial")  # 'with Mr S. Day centre': a new sentence
                    and titled_surname(text[start:end])  # 'Mr Ward'
                )
                maiden = pattern is MAIDEN_NAME and not lexicon.is_national_word(text[start:end])
                if is_name_text(text[start:end]) or titled or maiden:
                    spans.append((PERSON, start, end, why))  # 'maiden name Ward': any word
        for pattern, why in (
            (NAME_WORD, "said to be a name"),
            (CALLED, "called by a name"),
            (SAID, "someone speaking"),
        ):
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if text[start:end].endswith(("'s", "’s")):
                    end -= 2
                word = bare(text[start:end])
                if not is_name_text(text[start:end]):
                    continue
                if (
                    match.groupdict().get("quote") is None
                    and not written_like_a_name(text[start:end])
                    # 'my mum's name was marie': said to be a name, a given name in lower case
                    and not (
                        pattern is NAME_WORD
                        and _lower_given_name(text[start:end])
                        and _CLAUSE_ENDS.match(text, end)
                    )
                ):
                    continue  # unquoted, a name in lower case or capitals must look like one
                if national_as_written(text[start:end]) and (
                    pattern is not NAME_WORD or text.startswith(" for ", end)
                ):
                    # 'Welsh said' is not a person, nor 'her name, Welsh for snowdrop'; 'her
                    # real name, Summer' is
                    continue
                if (
                    pattern is NAME_WORD
                    or (lexicon.is_given_name(word) and word not in stop_words())
                    # '"... chapel teas and us," Loveday told the chair': a quotation's speaker
                    # by a word English hardly knows
                    or (
                        pattern is SAID
                        and _AFTER_QUOTATION.search(text, max(0, start - 4), start) is not None
                        and lexicon.word_zipf(word) < QUOTATION_SPEAKER_MAX_ZIPF
                        and not lexicon.is_dictionary_word(word)
                        and not generic(word)
                    )
                    # 'known as shazzy': a lower-case word that looks like a name (checked above);
                    # not 'called "sundowning"', a term in quotes
                    # 'known to everyone as Star': a capitalised word after 'known as'
                    or (
                        pattern is CALLED
                        and text[start:end][:1].isupper()
                        and match.group(0).casefold().startswith(("known", "knew"))
                        and not not_a_name(word)
                        and text[start - 1 : start] not in "\"'“”‘’"  # quoted: nickname rules
                    )
                    or (
                        pattern is CALLED
                        and text[start:end][:1].islower()
                        # not 'a pattern known as sundowning': a thing's term
                        and _THING_BEFORE.search(text, max(0, match.start() - 40), match.start())
                        is None
                        # 'known as shazzy', 'called digo by friends'
                        and (
                            match.group(0).casefold().startswith("known")
                            or _BY_WHOM.match(text, end) is not None
                            # 'whom she called dežo': a word no English knows at all
                            or (
                                not lexicon.is_dictionary_word(word)
                                and lexicon.word_zipf(word) < UNKNOWN_NAME_ZIPF
                                and not lexicon.is_national_brand(word)
                            )
                        )
                        and text[start - 1 : start] not in "\"'“”‘’"
                    )
                ):
                    spans.append((PERSON, start, end, why))  # 'Hope said', not 'You said'
        for match in NAME_IS_NAME.finditer(text):
            start, end = match.span("name")
            word = bare(text[start:end])
            if (
                is_name_text(text[start:end])
                and not not_a_name(word)
                and not lexicon.is_national_word(word)
            ):
                spans.append((PERSON, start, end, "said to be someone's name"))
        for match in QUOTED_NICKNAME.finditer(text):
            start, end = match.span("name")
            # "a practice known as 'cuckooing'": only a person's context makes a lower-case
            # non-word a nickname.
            if is_nickname(
                text[start:end], person=match.group("known") is None
            ) or _SAID_A_NAME.match(text, end):
                # 'known on the street as "Happy", a name his ...': said to be a name
                spans.append((PERSON, start, end, "a nickname in quotes"))
        for match in KIND_NAME.finditer(text):
            start, end = match.span("name")
            words = [bare(w) for w in WORD.findall(text[start:end])]
            if _PLACEHOLDER_NUMBER.match(text, end):
                continue  # 'the school, the ED and Housing Officer 1': a list, of placeholders
            if words and not all(generic(w) for w in words):
                spans.append((INSTITUTION, start, end, "name of a business or place"))
        for match in NAME_AFTER_LOWER_KIND.finditer(text):
            start, end = match.span("name")
            words = [bare(w) for w in WORD.findall(text[start:end])]
            if any(
                lexicon.word_zipf(w) < LOWER_KIND_NAME_MAX_ZIPF
                and not generic(w)
                and not lexicon.is_national_brand(w)
                for w in words
            ):
                spans.append((INSTITUTION, start, end, "name of a business after its kind"))
        for match in CAP_RUN.finditer(text):
            spans.extend(analyse_run(text, match.start(), match.end()))
        spans.extend(standalone_names(text))
        spans.extend(headed_names(text))
        spans.extend(places_in_context(text))
        spans.extend(towns_before_countries(text))
        spans.extend(mutated_welsh_places(text))
        spans.extend(attended_institutions(text))
        spans.extend(businesses(text))
        spans.extend(dedicated_places_of_worship(text))
        spans.extend(named_wards(text))
        spans.extend(neighbourhood_teams(text))
        spans.extend(named_profile_links(text))
        spans.extend(named_prisons(text))
        spans.extend(welsh_places(text))
        spans.extend(welsh_two_word_places(text))
        spans.extend(called_without_quotes(text))
        spans.extend(homes_by_name(text))
        spans.extend(unknown_actors(text))
        spans.extend(saved_as_names(text))
        spans.extend(cited_defendants(text))
        spans.extend(rare_places(text))
        spans.extend(named_estates(text))
        spans.extend(places_of_addresses(text))
        spans.extend(statement_authors(text))
        spans.extend(capital_records(text))
        spans.extend(people_by_shape(text))
        spans.extend(sentence_subjects(text))
        spans.extend(names_in_urls(text))
        spans.extend(names_in_file_names(text))
        spans.extend(apposed_names(text))
        spans.extend(bracketed_names(text))
        spans.extend(locative_places(text))
        spans.extend(service_places(text))
        spans.extend(named_before_kind(text))
        spans.extend(listed_agencies(text))
        spans.extend(rare_name_pairs(text))
        spans.extend(names_in_welsh_sentences(text))
        spans.extend(accented_names(text))
        spans.extend(called_out_names(text))
        spans.extend(names_in_other_scripts(text))
        spans.extend(lone_capitals(text))
        return [
            self._result(entity, start, end, why)
            for entity, start, end, why in spans
            if entity in entities
            and end > start
            and not welsh_words(text, start, end)
            and not (entity == PERSON and dated_month(text, start, end))
        ]
