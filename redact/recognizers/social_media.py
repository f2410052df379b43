"""Social media handles and profile addresses (entity `SOCIAL_MEDIA`, block).

Handles: '@' + 1-30 letters, digits, underscores or inner dots, at least one letter (the
character set Instagram/X/TikTok allow), not preceded by a word character, so an email address
is not a handle. Profile URLs: facebook.com, fb.com, instagram.com, twitter.com, x.com,
tiktok.com, snapchat.com, threads.net, linkedin.com/in/, youtube.com/@ (and /c/, /channel/,
/user/), medium.com/@, strava.com/athletes/, reddit.com/u/, twitch.tv, bsky.app, pinterest,
soundcloud, mixcloud, linktr.ee, depop, patreon, vimeo and vinted members, with or without scheme or "www.", followed by a path. User names without an '@' after a platform
or account word ("on Snapchat (jane.d01)", "her ID was jane_d"), when they hold an underscore,
dot or digit, so an ordinary word is not one; the text of a Markdown link to a profile; and,
on any other site, a user name in a members' or profile path ("example.org/members/jo_b07",
"/users/jo.b", "/profile/jo_b"), with the same underscore, dot or digit test; and, anywhere, a
lower-case dotted user name that no law's section, domain, file name or time is built like
("rodrigo.mt.92", "lu.ferreira_ds", "shaneece.b.campbell").
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.recognizers._base import GatePatternRecognizer
from redact.recognizers._informal import CHAT_STAMP

_SITES = (
    r"(?:(?:facebook|fb|instagram|twitter|x|tiktok|snapchat|onlyfans)\.com/|threads\.(?:net|com)/"
    r"|linkedin\.com/in/|youtube\.com/(?:@|c/|channel/|user/)|medium\.com/@"
    r"|strava\.com/athletes/|reddit\.com/u(?:ser)?/|twitch\.tv/|bsky\.app/profile/"
    r"|pinterest\.(?:com|co\.uk)/|soundcloud\.com/|mixcloud\.com/|linktr\.ee/|depop\.com/"
    r"|patreon\.com/|vimeo\.com/|vinted\.co\.uk/member/|t\.me/)"
)
# A platform or account word, then a user name: "Snapchat (jane.d01)", "her ID was jane_d".
# Platforms people message and post on; never part of a person's name ("Facebook Messenger").
PLATFORMS = frozenset(
    [
        "facebook",
        "messenger",
        "instagram",
        "twitter",
        "tiktok",
        "snapchat",
        "wechat",
        "whatsapp",
        "telegram",
        "strava",
        "discord",
        "reddit",
        "kik",
        "skype",
        "signal",
        "threads",
        "youtube",
        "linkedin",
        "onlyfans",
        "tinder",
        "bumble",
        "hinge",
        "grindr",
        "viber",
        "imo",
        "zalo",
    ]
)
_ACCOUNT_WORDS = (
    "(?:"
    + "|".join(sorted(PLATFORMS))
    + r"|account|profile|username|user[ \u00a0]name|handle|ID|name|alias|nickname|gamertag"
    # who listed, bought or played, on a marketplace or a game ("Seller: robbo_k77")
    + r"|seller|buyer|member|player|streamer"
    # a message export's header, with its colon ("From: shahzeb.k_786"; not "from the 1990s")
    + r"|(?<=(?:^|\n)[ \t>*\-]*)(?:from|to|sender|recipient)(?=[ \u00a0]*:))"
)
_ACCOUNT_LINK = (
    r"(?:[ \u00a0]+(?:at|the|that|this|time|then|her|his|their|new|old|main|second|private))*"
    r"(?:[ \u00a0]+(?:was|is|called|named|name|of))*"
)
# The platforms a message names in passing, as people write them ('insta', 'snap').
_PLATFORM_SHORT_NAMES = "insta|instagram|snap|snapchat|tiktok|facebook|twitter|discord"
# At least one letter, and an underscore, digit or inner dot: not an ordinary word.
_USER_NAME = (
    r"(?=[A-Z0-9_.]*[A-Z])(?=[A-Z0-9_.]*(?:[_0-9]|\.[A-Z0-9]))"
    r"[A-Z0-9][A-Z0-9_.]{2,28}[A-Z0-9_](?![A-Z0-9_@-]|\.[A-Z0-9])"
)

# A user name that starts with a letter and has a run of three: not a time ('10.30am').
_WORDY_USER_NAME = r"(?=[A-Z])(?=[A-Z0-9_.]*[A-Z]{3})" + _USER_NAME

# The last part of a domain or a file name: no user name ends so.
_NOT_USER_NAME_ENDINGS_TEXT = """
    com org net uk co gov nhs edu ac sch police mod wales scot io info biz me tv app eu int
    pdf png jpg jpeg gif webp svg doc docx xls xlsx csv txt md html htm json xml zip odt rtf
    eml msg mp3 mp4 mov wav js mjs css map woff woff2 ttf otf eot ico
"""
_NOT_USER_NAME_ENDINGS = frozenset(_NOT_USER_NAME_ENDINGS_TEXT.split())
# A built asset's hash: six or more hexadecimal digits ('palette.ab4e12ef.min.css').
_HASH = re.compile(r"(?=[0-9a-f]*[0-9])[0-9a-f]{6,}")
# A club's, forum's or app's member page on any site: the path word, then a user name.
_PROFILE_PATH = (
    r"/(?:members?|users?|u|profiles?|people|persons?|accounts?|authors?|athletes?|players?"
    r"|riders?|runners?|@)/"
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
            r"(?<![A-Z0-9_.@\\-])@(?=[A-Z0-9_.]*[A-Z])[A-Z0-9_](?:[A-Z0-9_.]{0,28}[A-Z0-9_])?"
            + r"(?![A-Z0-9_@-]|\.[A-Z0-9])",
            0.6,
        ),
        Pattern(
            "A handle in a URL's path, where hyphens are allowed ('video.example.com/@jo-b')",
            r"(?<=/)@(?=[A-Z0-9_.\-]*[A-Z])[A-Z0-9_](?:[A-Z0-9_.\-]{0,28}[A-Z0-9_])?"
            + r"(?![A-Z0-9_@-]|\.[A-Z0-9])",
            0.6,
        ),
        Pattern(
            "User name after a platform or account word",
            rf"(?<![A-Z]){_ACCOUNT_WORDS}(?![A-Z]){_ACCOUNT_LINK}"
            + rf"[ \u00a0:,|(\[\"'“‘]{{0,6}}(?P<value>{_USER_NAME})",  # "Messenger  |  tom.k"
            0.6,
        ),
        Pattern(
            "User name a few words after a platform's short name ('add me on insta, jo_b77')",
            rf"(?<![A-Z])(?:{_PLATFORM_SHORT_NAMES}|ig|fb)"
            r"(?![A-Z])[^\n@]{0,30}?[ \u00a0:,(\[\"'“‘]"
            + rf"(?P<value>(?=[A-Z0-9_.]*_){_USER_NAME})",
            0.6,
        ),
        Pattern(
            "User name in a profile path on any site",
            # a host starts where its run of letters, dots and dashes starts, with at most nine
            # labels of at most 63 characters (DNS), so a long dotted run is read once
            r"(?<![A-Z0-9.\-])(?:https?://)?(?:[A-Z0-9\-]{1,63}\.){1,8}[A-Z]{2,}"
            r"(?:/[^\s/<>()\[\]\"'`]*)*?" + _PROFILE_PATH + rf"(?P<value>{_USER_NAME})",
            0.6,
        ),
        Pattern(
            "A user name in quotation marks (\"lfozz91\", 'jo_b.x')",
            r"(?<![A-Z0-9])[\"“‘'](?P<value>(?-i:(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*(?:[_0-9]|\.[a-z0-9]))"
            r"[a-z0-9][a-z0-9_.]{2,28}[a-z0-9_]))[\"”’']",
            0.5,
        ),
        Pattern(
            "A user name with an underscore and a digit, anywhere ('his was e_walsh04')",
            # no English word, file name or reference is so built: 'report_v2.docx' has its
            # extension, 'CASE_2021' its capitals
            # (and one part a run of three letters or more: 'en_9b1e40a2' is a hash)
            r"(?<![A-Za-z0-9_.@/\\-])(?P<value>(?-i:(?=[a-z])(?=[a-z0-9_]{4,30}(?![a-z0-9_]))"
            r"(?=[a-z0-9_]*_)(?=[a-z0-9_]*[0-9])"
            r"(?:[a-z0-9]{1,20}_)*[a-z]{3,}[0-9]*(?:_[a-z0-9]{1,20})*))"
            r"(?![A-Za-z0-9_@/\-]|\.[A-Za-z0-9])",
            0.5,
        ),
        Pattern(
            "A user name in brackets leading a chat line ([shona.mac.77]  he's back)",
            r"(?m:^[ \t>]*\[(?P<value>(?-i:(?=[A-Za-z0-9_.]*[a-z])(?=[A-Za-z0-9_.]*(?:[_0-9]|[a-z]\.[a-z]))"
            r"[A-Za-z0-9][A-Za-z0-9_.]{2,28}[A-Za-z0-9]))\][ \t]*:?[ \t])",
            0.5,
        ),
        Pattern(
            "A user name speaking in a chat (**jo_b_northeast**: ..., [02:14] Wrexo_TTV: ...)",
            r"(?m:^[ \t>]*"
            + CHAT_STAMP
            + r"?[*_]{0,2}(?P<value>(?-i:(?=[A-Za-z0-9_.]*[a-z])"
            + r"(?=[A-Za-z0-9_.]*(?:[_0-9]|[a-z]\.[a-z]{2}))"  # "rhodri.tyddyn:", not "e.g.:"
            r"[A-Za-z0-9][A-Za-z0-9_.]{2,28}[A-Za-z0-9]))[*_]{0,2}[ \t]*:)",
            0.5,
        ),
        Pattern(
            "A conversation's first user name ('between araba_e.x and efua.mends')",
            r"(?<![A-Z])between[ \u00a0]+(?P<value>" + _WORDY_USER_NAME + r")"
            r"(?=[ \u00a0]+(?:and|&)[ \u00a0]+" + _WORDY_USER_NAME + ")",
            0.6,
        ),
        Pattern(
            "A conversation's other user name ('from: kieran.w_ko   to: denisaa.mx')",
            r"(?<![A-Z])(?:between|from)[ \u00a0:]+"
            + _WORDY_USER_NAME
            + r"[ \u00a0]+(?:and|&|to:?)[ \u00a0]+(?P<value>"
            + _WORDY_USER_NAME
            + ")",
            0.6,
        ),
        Pattern(
            "A user name someone is known by on a platform ('known on Snapchat as ryan.t0rdoff')",
            rf"(?<![A-Z])(?:{_PLATFORM_SHORT_NAMES}|x)"
            rf"[ \u00a0]+as[ \u00a0\n]+[\"'“‘]?(?P<value>{_WORDY_USER_NAME})",
            0.6,
        ),
        Pattern(
            "A user name before the platform it is on ('trinigyal_tami on TikTok')",
            # (read from 'on', the name looked back for: its own tests cost more, at every word)
            rf"(?<=(?<![A-Z0-9_.@\-])(?P<value>{_WORDY_USER_NAME})[ \u00a0]+)on[ \u00a0]+"
            rf"(?:{_PLATFORM_SHORT_NAMES}|threads|youtube)"
            r"(?![A-Z])",
            0.6,
        ),
        Pattern(
            "A user name someone posted as ('who posted as cb_ropeworks')",
            # a name starts with a letter and holds an underscore: not '9.30am' or 'rota.v2'
            r"(?<![A-Z])(?:posted|posts|posting|commented|messaged|known[ \u00a0]+online)"
            r"[ \u00a0]+as[ \u00a0\n]+" + rf"(?P<value>(?=[A-Z][A-Z0-9.]*_){_USER_NAME})",
            0.6,
        ),
        Pattern(
            "A user name in humps after an account word (gamertag was GlimmerFoxBlade)",
            rf"(?<![A-Z]){_ACCOUNT_WORDS}(?![A-Z]){_ACCOUNT_LINK}[ \u00a0\n:,(\[\"'“‘]{{0,4}}"
            + r"(?P<value>(?-i:(?!(?:"
            + "|".join(sorted(PLATFORMS))
            + r")\b)[A-Z][a-z]+(?:[A-Z][a-z0-9]+){2,}))(?![A-Za-z0-9_])",
            0.6,
        ),
        Pattern(
            "A user name as the text of a link to its own profile (Markdown marks blanked)",
            rf"(?<![A-Z0-9_.@])(?P<value>{_USER_NAME})[ \u00a0]{{1,3}}"
            + r"(?:https?://)?(?:(?:www|m|mobile)\.)?"
            + _SITES
            + r"@?(?P=value)(?![A-Z0-9_])",
            0.6,
        ),
        Pattern(
            "A dotted user name anywhere ('rodrigo.mt.92', 'lu.ferreira_ds', 'shaneece.b.campbell')",
            # lower case, from a letter, with an inner dot, and: an underscore; or a digit after
            # two letters past the first dot ('s.47' and 'art.8' are a law's sections); or a
            # name, an initial and a name ('lunr.ar.min' is a script). A domain's or a file's
            # last part, or a hash, is none ('nhs.uk', 'palette.ab4e12ef.min.css': see
            # `invalidate_result`).
            r"(?<![A-Za-z0-9_.@/\\-])(?P<value>(?-i:(?=[a-z0-9_.]{4,40}(?![a-z0-9_.]))"
            r"(?=[a-z0-9.]*_|[a-z0-9_]*\.[a-z0-9_.]*[a-z]{2}[a-z0-9_.]*[0-9]"
            r"|[a-z]{3,}\.[a-z]\.[a-z]{2,}(?![a-z0-9_.]))"
            r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){1,3}))(?![A-Za-z0-9_@/\-]|\.[A-Za-z0-9])",
            0.5,
        ),
        Pattern(
            "A word and a dotted number as a user name ('hungtran.9x')",
            # four letters or more, a dot, then a digit and letters after it: no law's section
            # ('art.8'), no version ('rota.v2'), no time. Read from the dot, the name looked
            # back for (tried at every word, its tests cost more).
            r"\.(?-i:(?=[0-9a-z]*[a-z])[0-9][a-z0-9]++)"
            r"(?<=(?<![A-Za-z0-9_.@/\\-])(?P<value>(?-i:[a-z]{4,}\.[a-z0-9]{2,})))"
            r"(?![A-Za-z0-9_@/\-]|\.[A-Za-z0-9])",
            0.5,
        ),
        Pattern(
            "Link text of a profile link",
            r"\[(?P<value>[^\]\n]{1,60})\]\((?:https?://)?(?:(?:www|m|mobile)\.)?" + _SITES,
            0.6,
        ),
    )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Not a user name: a domain, a file name or a built asset's hash ('nhs.uk',
        'letter.pdf', 'gov.wales', 'palette.ab4e12ef')."""
        if "/" in pattern_text or "@" in pattern_text or "." not in pattern_text:
            return False
        parts = pattern_text.casefold().split(".")
        return parts[-1] in _NOT_USER_NAME_ENDINGS or any(_HASH.fullmatch(part) for part in parts)

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
