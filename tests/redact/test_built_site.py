"""Reading a built site back: Pagefind's binary index, CSV rows, HTML separators."""

from __future__ import annotations

import gzip

import pytest

from redact.built_site import (
    csv_text,
    html_text,
    json_text,
    pagefind_entry_text,
    unexplained_index_words,
)
from redact.cbor_strings import CborError, text_strings
from tests.redact.gate_rows import blocking_types, row_gate, row_policy


def cbor_text(value: str) -> bytes:
    raw = value.encode("utf-8")
    assert len(raw) < 24
    return bytes([0x60 | len(raw)]) + raw


def cbor_array(items: list[bytes]) -> bytes:
    assert len(items) < 24
    return bytes([0x80 | len(items)]) + b"".join(items)


def pagefind_file(payload: bytes) -> bytes:
    return gzip.compress(b"pagefind_dcd" + payload)


@pytest.mark.parametrize(
    ("document", "strings"),
    [
        (
            cbor_array([cbor_text("alma"), bytes([0x18, 200]), cbor_text("togeth")]),
            ["alma", "togeth"],
        ),
        (bytes([0xA1]) + cbor_text("k") + cbor_array([cbor_text("v")]), ["k", "v"]),  # a map
        (
            bytes([0x7F]) + cbor_text("ab") + cbor_text("cd") + bytes([0xFF]),
            ["ab", "cd"],
        ),  # indefinite
        (bytes([0x42, 0x00, 0x01]) + cbor_text("x"), ["x"]),  # byte strings are not text
    ],
)
def test_cbor_text_strings(document: bytes, strings: list[str]) -> None:
    assert text_strings(document) == strings


@pytest.mark.parametrize(
    "broken",
    [
        bytes([0x65]) + b"ab",  # a string longer than the document
        bytes([0x82]) + cbor_text("a"),  # an array missing an item
        bytes([0x1C]),  # reserved additional information
    ],
)
def test_cbor_truncated_or_invalid_is_an_error(broken: bytes) -> None:
    with pytest.raises(CborError):
        text_strings(broken)


def test_index_words_must_begin_a_checked_word() -> None:
    index = pagefind_file(
        cbor_array(
            [cbor_text("togeth"), cbor_text("ani"), cbor_text("2023"), cbor_text("quillfeath")]
        )
    )
    known = {"together", "any", "the", "gp"}
    # "togeth" starts "together"; "ani" is "any" stemmed; numbers are not words;
    # a stem nothing checked accounts for is reported.
    assert unexplained_index_words(index, known) == ["quillfeath"]


def test_csv_cells_are_read_one_per_line() -> None:
    assert csv_text('url,csp\n/reviews/a/,"Northshire, CSP"\n').splitlines() == [
        "url",
        "csp",
        "/reviews/a/",
        "Northshire, CSP",
    ]


def test_html_tag_boundaries_separate_words_and_comments_are_read() -> None:
    text = html_text("<p><b>Search</b><i>Search</i></p><!-- note: Dorothea -->")
    assert "SearchSearch" not in text
    assert "Dorothea" in text


# A content hash Pagefind wrote, of the shape a user name has ("en_" then letters, then digits).
_ENTRY = (
    '{"version":"1.5.2","languages":{"en":{"hash":"en_eceb277372","wasm":"en","page_count":9}}}'
)


def test_pagefind_entry_hash_is_never_taken_for_a_user_name() -> None:
    """Read as plain JSON the hash looks like a handle and would block a clean site's build
    (about one build in two hundred); Pagefind's entry file is read with its hashes blanked."""
    gate = row_gate(row_policy())
    assert blocking_types(gate, json_text(_ENTRY)) == ["SOCIAL_MEDIA"]
    assert "eceb277372" not in pagefind_entry_text(_ENTRY)
    assert blocking_types(gate, pagefind_entry_text(_ENTRY)) == []
