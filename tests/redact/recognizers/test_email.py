"""EMAIL_ADDRESS: addresses and hand-obfuscated addresses, found offline."""

from __future__ import annotations

import pytest

from redact.recognizers.email import EmailRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = EmailRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jane.doe@example.org", ["jane.doe@example.org"]),  # plain
        ("J.Doe+dhr@mail.example.co.uk", ["J.Doe+dhr@mail.example.co.uk"]),  # tag, subdomains
        ("Email: jane_doe88@example.com.", ["jane_doe88@example.com"]),  # trailing full stop
        ("<jane@example.net>", ["jane@example.net"]),  # angle brackets
        ("[mail](mailto:jane@example.org)", ["jane@example.org"]),  # Markdown mailto link
        ("a@b.io and c.d@e-f.example", ["a@b.io", "c.d@e-f.example"]),  # two, hyphenated domain
        ("jane [at] example [dot] org", ["jane [at] example [dot] org"]),  # obfuscated
        ("jane(at)example(dot)co(dot)uk", ["jane(at)example(dot)co(dot)uk"]),  # brackets
    ],
)
def test_emails_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "EMAIL_ADDRESS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "@jane_doe",  # a social media handle, not an email
        "jane@localhost",  # no dotted domain
        "jane@example.c",  # one-letter top-level domain
        "meet at 10am @ the office",  # a bare at sign
        "jane at example dot org",  # words, not an address
        "name@",  # nothing after the at sign
    ],
)
def test_near_misses_are_not_emails(text: str) -> None:
    assert found(RECOGNIZER, text) == []


def test_runs_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Presidio's own EmailRecognizer may fetch the public suffix list; ours must not."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the email recognizer tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    text = "Write to jane.doe@example.org"
    assert found(EmailRecognizer(), text) == spans(text, "EMAIL_ADDRESS", ["jane.doe@example.org"])
