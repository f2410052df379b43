"""The analysis view: every leak surface stays readable at its exact offset, syntax is blanked."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from redact.findings import Surface
from redact.frontmatter import FrontMatterKind, parse_front_matter, split_front_matter
from redact.markdown_scan import (
    SEPARATORS,
    AnalysisView,
    analyse_markdown,
    analyse_plain,
    analyse_yaml,
)

FIXTURES = Path(__file__).parent / "fixtures" / "surfaces"
NAME = "Dorothea Quill"  # invented for these fixtures


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", text)


# fixture, the text as written in the file, expected surface, 1-based line and column,
# characters that must not survive anywhere in `prose` (syntax of that surface).
SURFACE_CASES = [
    ("front_matter_value", NAME, Surface.FRONT_MATTER, 3, 10, '"'),
    ("front_matter_key", NAME, Surface.FRONT_MATTER, 3, 1, ":"),
    ("multimarkdown_meta", NAME, Surface.FRONT_MATTER, 2, 9, ":"),
    ("heading", NAME, Surface.HEADING, 3, 25, "#*"),
    ("paragraph", NAME, Surface.PARAGRAPH, 3, 36, "*"),
    ("list", NAME, Surface.LIST, 5, 7, "-_"),
    # the escaped pipe in the cell stays (it is text); the column pipes go
    ("table_cell", NAME, Surface.TABLE, 5, 18, ":-"),
    ("blockquote", NAME, Surface.BLOCKQUOTE, 4, 4, ">"),
    ("footnote", NAME, Surface.FOOTNOTE, 5, 34, "[]^"),
    ("link_text", NAME, Surface.LINK_TEXT, 3, 23, "[]()"),
    # URL: separators split the handle into words for NER
    ("link_url", "dorothea.quill88", Surface.LINK_URL, 3, 58, '[]()"'),
    ("image_alt", NAME, Surface.IMAGE_ALT, 3, 3, "![]()"),
    ("image_file", "dorothea-quill-house.jpg", Surface.IMAGE_FILE, 3, 29, "![]()"),
    ("html_block", NAME, Surface.HTML, 4, 24, '<>="'),
    ("html_comment", NAME, Surface.HTML_COMMENT, 3, 23, "<>!"),
    ("fenced_code", NAME, Surface.CODE, 4, 11, "`"),
    ("indented_code", NAME, Surface.CODE, 5, 16, ""),
    ("inline_code", NAME, Surface.INLINE_CODE, 3, 23, "`"),
    ("reference_definition", "dorothea-quill.pdf", Surface.LINK_URL, 5, 27, '[]"'),
    ("html_attribute", NAME, Surface.IMAGE_ALT, 3, 41, '<>="'),
    ("setext_heading", NAME, Surface.HEADING, 1, 17, "="),
]


@pytest.mark.parametrize(
    ("fixture", "needle", "surface", "line", "column", "absent"),
    SURFACE_CASES,
    ids=[case[0] for case in SURFACE_CASES],
)
def test_surface_is_readable_at_exact_offsets(
    fixture: str, needle: str, surface: Surface, line: int, column: int, absent: str
) -> None:
    text = (FIXTURES / f"{fixture}.md").read_text(encoding="utf-8")
    view = analyse_markdown(text)
    start = text.index(needle)
    end = start + len(needle)

    assert len(view.prose) == len(view.original) == len(view.literal) == len(text)
    assert view.original == text
    # NER sees the words, in place
    assert _words(view.prose[start:end]) == _words(needle)
    assert view.prose[start:end].split() == _words(needle)
    # pattern recognizers see the text as written (URLs and file names intact)
    assert view.literal[start:end] == needle
    # the whole span sits in a segment of the expected surface
    assert any(
        seg.surface is surface and seg.start <= start and end <= seg.end for seg in view.segments
    ), [s for s in view.segments if s.start <= start < s.end]
    assert view.surface_at(start) is surface
    assert view.surface_at(end - 1) is surface
    assert view.line_col(start) == (line, column)
    for ch in absent:
        assert ch not in view.prose, (ch, view.prose)


def test_every_fixture_is_in_the_table() -> None:
    """A fixture added without a table row would never be checked."""
    assert sorted(p.stem for p in FIXTURES.glob("*.md")) == sorted(c[0] for c in SURFACE_CASES)


def test_url_separators_split_in_prose_but_not_in_literal() -> None:
    text = "Profile: [x](https://social.example/jane.smith88?ref=a%20b) and jane.smith@mail.example"
    view = analyse_markdown(text)
    url = "https://social.example/jane.smith88?ref=a%20b"
    start = text.index(url)
    assert view.literal[start : start + len(url)] == url
    assert view.prose[start : start + len(url)].split() == [
        "https",
        "social",
        "example",
        "jane",
        "smith88",
        "ref",
        "a",
        "b",
    ]
    email = "jane.smith@mail.example"
    at = text.index(email)
    assert view.literal[at : at + len(email)] == email  # e-mail recognizer needs it whole
    assert view.prose[at : at + len(email)].split() == ["jane", "smith", "mail", "example"]


@pytest.mark.parametrize(
    ("markdown", "kept", "blanked"),
    [
        ("A \\*starred\\* word", ["*starred", "*"], "\\"),  # the backslash is syntax, * is text
        ("**bold _nested_ text**", ["bold", "nested", "text"], "*_"),
        ("snake_case_name stays", ["snake_case_name"], ""),  # intraword _ is not emphasis
        ("[text][ref]\n\n[ref]: /a/b", ["text", "ref", "/a/b"], "[]:"),  # labels stay readable
        ("<https://a.example/b>", ["https://a.example/b"], "<>"),
        ("x <span title='T Q'>y</span> z", ["x", "T Q", "y", "z"], "<>'=/"),
        ("Inline note^[Said by T Q.]", ["Inline note", "Said by T Q."], "^[]"),
        ("Ref[^Quill].\n\n[^Quill]: Note.", ["Ref", "Quill", "Note."], "^[]:"),
    ],
)
def test_inline_syntax_is_blanked_text_kept(markdown: str, kept: list[str], blanked: str) -> None:
    view = analyse_markdown(markdown)
    cursor = 0
    for piece in kept:
        start = markdown.index(piece, cursor)
        assert view.literal[start : start + len(piece)] == piece, view.literal
        cursor = start + len(piece)
    for ch in blanked:
        assert ch not in view.literal, (ch, view.literal)


def test_inline_footnote_is_a_footnote_inside_a_paragraph() -> None:
    text = "Known to the GP.^[Reported by Dorothea Quill.] Then Town A."
    view = analyse_markdown(text)
    assert view.surface_at(text.index(NAME)) is Surface.FOOTNOTE
    assert view.surface_at(text.index("Town")) is Surface.PARAGRAPH


def test_crlf_offsets_and_lines() -> None:
    text = "# Title\r\n\r\nMet Dorothea Quill.\r\n"
    view = analyse_markdown(text)
    start = text.index(NAME)
    assert len(view.prose) == len(text)
    assert view.prose[start : start + len(NAME)] == NAME
    assert view.line_col(start) == (3, 5)
    assert view.surface_at(start) is Surface.PARAGRAPH


def test_invalid_front_matter_still_exposes_its_text() -> None:
    text = '---\ntitle: "unclosed\nauthor: Dorothea Quill\n---\n\nBody.\n'
    view = analyse_markdown(text)
    start = text.index(NAME)
    assert view.prose[start : start + len(NAME)] == NAME
    assert view.surface_at(start) is Surface.FRONT_MATTER
    data, error, body = parse_front_matter(text)
    assert data is None
    assert error is not None and "line 4" in error and "started on line 2" in error
    assert "Quill" not in error and "unclosed" not in error  # never quote the value
    assert text[body:] == "Body.\n"


@pytest.mark.parametrize(
    ("text", "data", "error_part", "body"),
    [
        ("---\ntitle: A\n---\n\nBody", {"title": "A"}, None, "Body"),
        ("---\ntitle: A\n...\nBody", {"title": "A"}, None, "Body"),  # `...` closes too
        ("---\n\n---\nBody", {}, None, "Body"),  # empty block
        ("---\n---\nBody", None, None, "---\n---\nBody"),  # MkDocs needs a line in between
        ("---\n- a\n- b\n---\nBody", None, "not a list", "Body"),  # MkDocs would render it
        ("Title: A\nAuthor: B\n    C\n\nBody", {"title": "A", "author": "B C"}, None, "Body"),
        # MkDocs silently eats a first line that looks like `Key: value`
        ("Note: the GP called\nmore", {"note": "the GP called"}, None, "more"),
        ("Two words: no key\nmore", None, None, "Two words: no key\nmore"),
        ("No metadata here.\n", None, None, "No metadata here.\n"),
        ("\ufeff---\ntitle: A\n---\nBody", {"title": "A"}, None, "Body"),  # BOM
    ],
)
def test_parse_front_matter(
    text: str, data: dict[str, str] | None, error_part: str | None, body: str
) -> None:
    got, error, offset = parse_front_matter(text)
    assert got == data
    if error_part is None:
        assert error is None
    else:
        assert error is not None and error_part in error
    assert text[offset:] == body


def test_front_matter_split_offsets() -> None:
    text = "---\na: 1\n---\n\n\n# H\n"
    fm = split_front_matter(text)
    assert fm is not None
    assert fm.kind is FrontMatterKind.YAML
    assert (fm.start, fm.inner_start, fm.inner_end, fm.end) == (0, 4, 9, 13)
    assert text[fm.body_offset :] == "# H\n"
    assert fm.body_line == 5


def test_analyse_yaml_keeps_keys_and_values() -> None:
    text = 'pseudonym: "Adult A"\nfamily:\n  - Dorothea Quill\n  - {name: T Q}\n'
    view = analyse_yaml(text)
    assert view.literal.split() == [
        "pseudonym",
        "Adult",
        "A",
        "family",
        "Dorothea",
        "Quill",
        "name",
        "T",
        "Q",
    ]
    assert view.surface_at(text.index(NAME)) is Surface.METADATA


def test_analyse_yaml_survives_invalid_yaml() -> None:
    text = "a: [1, 2\nb: Dorothea Quill\n"
    view = analyse_yaml(text)
    start = text.index(NAME)
    assert view.literal[start : start + len(NAME)] == NAME


def test_analyse_plain_blanks_only_url_separators() -> None:
    text = "Mr. Q at www.example.org/q-page, see #3."
    view = analyse_plain(text, Surface.BUILT_OUTPUT)
    assert view.literal == text
    assert view.prose.startswith("Mr. Q at www example org q page,")
    assert view.surface_at(0) is Surface.BUILT_OUTPUT


# -- property-style: random documents never change length or hide text ------------------------
_WORDS = ["Adult", "A", "Dorothea", "Quill", "GP", "Town", "B", "éclair", "Zoë", "x_y", "2019"]
_BLOCKS = [
    "# {w} {w}",
    "{w} *{w}* **{w}** `{w}` {w}",
    "- {w}\n- {w}\n  - {w} {w}",
    "1. {w}\n2) {w}",
    "> {w}\n> > {w}\n{w}",
    "| {w} | {w} |\n|---|---|\n| {w} \\| {w} | `{w}` |",
    "[{w}](https://e.example/{w}.{w} '{w}') ![{w}]({w}/{w}-{w}.png)",
    "```\n{w} {w}\n```",
    "    {w} = {w}",
    "{w}[^{w}]\n\n[^{w}]: {w} {w}",
    "<!-- {w} {w} -->",
    '<div title="{w}">{w}</div>',
    "{w}\n---",
    "{w} \\\n{w}\t{w}  \n{w}",
    '[{w}]: <https://e.example/{w}> "{w}"',
    "- > {w}\n  > ```\n  > {w}\n  > ```",
    "***",
    "{w} & {w} &amp; <{w}@e.example>",
]


def _random_document(rng: random.Random) -> str:
    def fill(template: str) -> str:
        return re.sub(r"\{w\}", lambda _: rng.choice(_WORDS), template)

    parts = [fill(rng.choice(_BLOCKS)) for _ in range(rng.randint(1, 12))]
    text = "\n\n".join(parts)
    if rng.random() < 0.3:
        text = f"---\ntitle: {fill('{w} {w}')}\nlist: [{fill('{w}')}]\n---\n" + text
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text


def _check_view(view: AnalysisView, alphanumerics_kept: bool) -> None:
    original = view.original
    assert len(view.prose) == len(original) == len(view.literal)
    for i, (o, lit, pro) in enumerate(zip(original, view.literal, view.prose, strict=True)):
        assert lit == o or lit == " ", (i, o, lit)
        assert pro == lit or (
            pro == " " and (lit in SEPARATORS or lit in "0123456789abcdefABCDEF")
        ), (i, o, pro)
        if o == "\n":
            assert lit == "\n" and pro == "\n"
        if alphanumerics_kept and o.isalnum():
            assert lit == o, (i, original)
    for seg in view.segments:
        assert 0 <= seg.start < seg.end <= len(original)
    for offset in range(0, len(original), 7):
        view.surface_at(offset)
        line, column = view.line_col(offset)
        assert original.replace("\r\n", "\n").count("\n") + 1 >= line >= 1 and column >= 1


@pytest.mark.parametrize("seed", range(40))
def test_random_documents_keep_length_and_text(seed: int) -> None:
    rng = random.Random(seed)
    text = _random_document(rng)
    view = analyse_markdown(text)
    # HTML tag and attribute names and list numbers are the only letters/digits we blank
    has_markup_words = "<div" in text or re.search(r"^\s*\d[.)]", text, re.MULTILINE) is not None
    _check_view(view, alphanumerics_kept=not has_markup_words)


def test_prose_only_blanks_hex_digits_of_percent_escapes() -> None:
    """The only alphanumerics prose blanks beyond literal are the two digits of `%XX`."""
    text = "[a](https://e.example/Jane%20Quill)"
    view = analyse_markdown(text)
    assert view.prose.split() == ["a", "https", "e", "example", "Jane", "Quill"]


_SOUP = [*"ab Q\n\n\t>#*_-+`~[]()!/\\|:^\"'=&.;1 ", "```", "](", "[^", "---\n", "\r\n", "é", "\x00"]


@pytest.mark.parametrize("seed", range(300))
def test_symbol_soup_never_crashes_or_hides_a_letter(seed: int) -> None:
    """Markdown punctuation in any order: same length, and (without HTML) no letter blanked."""
    rng = random.Random(seed)
    text = "".join(rng.choice(_SOUP) for _ in range(rng.randint(0, 80)))
    view = analyse_markdown(text)
    _check_view(view, alphanumerics_kept=False)
    lost = [i for i, (o, lit) in enumerate(zip(text, view.literal)) if o.isalpha() and lit != o]
    assert lost == [], (text, view.literal)
    analyse_yaml(text)  # arbitrary text as YAML: no exception
