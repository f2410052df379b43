"""The text strings inside a CBOR document (RFC 8949), for reading Pagefind's binary index.

Pagefind stores its word index as CBOR. The gate does not read it as prose (it is a list of
word stems, not sentences); it checks that every word in it was already checked in the pages
the index was built from. A document that cannot be walked to its end is an error, never a
partial read.
"""

from __future__ import annotations

import struct


class CborError(ValueError):
    """The bytes are not a complete CBOR document."""


def text_strings(data: bytes) -> list[str]:
    """Every text string (major type 3) in `data`, in order; raises CborError on bad input."""
    found: list[str] = []
    position = 0
    while position < len(data):
        position = _item(data, position, found, depth=0)
    return found


def _length(data: bytes, position: int, info: int) -> tuple[int | None, int]:
    """The argument of an item head: (value, next position); None means indefinite."""
    if info < 24:
        return info, position
    sizes = {24: 1, 25: 2, 26: 4, 27: 8}
    if info in sizes:
        size = sizes[info]
        if position + size > len(data):
            raise CborError("truncated item head")
        return int.from_bytes(data[position : position + size], "big"), position + size
    if info == 31:
        return None, position
    raise CborError(f"reserved additional information {info}")


def _item(data: bytes, position: int, found: list[str], depth: int) -> int:
    if depth > 64:
        raise CborError("nested too deeply")
    if position >= len(data):
        raise CborError("truncated document")
    head = data[position]
    major, info = head >> 5, head & 0x1F
    position += 1
    if major == 7:
        if info in (25, 26, 27):
            size = {25: 2, 26: 4, 27: 8}[info]
            if position + size > len(data):
                raise CborError("truncated float")
            if size == 4:
                struct.unpack(">f", data[position : position + size])
            return position + size
        if info == 24:
            return position + 1
        return position  # simple values and the "break" code
    value, position = _length(data, position, info)
    if major in (0, 1):
        return position
    if major in (2, 3):
        if value is None:  # indefinite: chunks until break
            while position < len(data) and data[position] != 0xFF:
                position = _item(data, position, found, depth + 1)
            return position + 1
        end = position + value
        if end > len(data):
            raise CborError("truncated string")
        if major == 3:
            try:
                found.append(data[position:end].decode("utf-8"))
            except UnicodeDecodeError as error:
                raise CborError(f"text string is not UTF-8: {error}") from None
        return end
    if major in (4, 5):
        if value is None:
            while position < len(data) and data[position] != 0xFF:
                position = _item(data, position, found, depth + 1)
            return position + 1
        count = value * (2 if major == 5 else 1)
        for _ in range(count):
            position = _item(data, position, found, depth + 1)
        return position
    # major 6: a tag, followed by one item
    return _item(data, position, found, depth + 1)
