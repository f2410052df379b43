"""Social media handles and profile addresses (entity `SOCIAL_MEDIA`, block).

Handles: '@' + 1-30 letters, digits, underscores or inner dots, at least one letter (the
character set Instagram/X/TikTok allow), not preceded by a word character, so an email address
is not a handle. Profile URLs: facebook.com, fb.com, instagram.com, twitter.com, x.com,
tiktok.com, snapchat.com, threads.net, linkedin.com/in/, youtube.com/@ (and /c/, /channel/,
/user/), with or without scheme or "www.", followed by a path.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import GatePatternRecognizer

_SITES = (
    r"(?:(?:facebook|fb|instagram|twitter|x|tiktok|snapchat)\.com/|threads\.net/"
    r"|linkedin\.com/in/|youtube\.com/(?:@|c/|channel/|user/))"
)
# The rest of the path: anything a URL may hold, but not a bracket/quote around it or a final dot.
_PATH = r"[^\s<>()\[\]\"'`]*[^\s<>()\[\]\"'`.,;:!?]"


class SocialMediaRecognizer(GatePatternRecognizer):
    """@handles and profile URLs on the common platforms."""

    ENTITY: ClassVar[str] = "SOCIAL_MEDIA"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Social media profile URL",
            r"(?<![A-Z0-9.-])(?:https?://)?(?:(?:www|m|mobile|[a-z]{2}-[a-z]{2})\.)?"
            + _SITES
            + _PATH,
            0.8,
        ),
        Pattern(
            "Social media handle",
            r"(?<![A-Z0-9_.@/\\-])@(?=[A-Z0-9_.]*[A-Z])[A-Z0-9_](?:[A-Z0-9_.]{0,28}[A-Z0-9_])?"
            + r"(?![A-Z0-9_@-]|\.[A-Z0-9])",
            0.6,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "facebook",
        "instagram",
        "twitter",
        "tiktok",
        "snapchat",
        "account",
        "profile",
        "handle",
    )
