"""Email addresses (entity `EMAIL_ADDRESS`, block).

A pragmatic subset of RFC 5322's addr-spec (dot-atom local part, dotted domain, letter TLD of
2-24 characters), plus the common hand-obfuscations "name [at] domain [dot] org". Written
instead of Presidio's EmailRecognizer, whose tldextract may download the public suffix list at
run time: the gate never touches the network.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import GatePatternRecognizer

_LOCAL = r"[A-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_DOMAIN = r"(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+[A-Z]{2,24}"
_AT = r"\s*[\[(]\s*at\s*[\])]\s*"
_DOT = r"\s*[\[(]\s*dot\s*[\])]\s*"


class EmailRecognizer(GatePatternRecognizer):
    """Email addresses, by regex only (no network)."""

    ENTITY: ClassVar[str] = "EMAIL_ADDRESS"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Email address",
            rf"(?<![A-Z0-9.!#$%&'*+/=?^_`{{|}}~-]){_LOCAL}@{_DOMAIN}(?![A-Z0-9-]|\.[A-Z0-9])",
            0.9,
        ),
        Pattern(
            "Email address (obfuscated)",
            rf"(?<![A-Z0-9._%+-])[A-Z0-9._%+-]+{_AT}[A-Z0-9-]+(?:{_DOT}[A-Z0-9-]+)+"
            + r"(?![A-Z0-9-])",
            0.6,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("email", "e-mail", "mail")
