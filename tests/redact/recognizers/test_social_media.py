"""SOCIAL_MEDIA: @handles (not emails) and profile URLs, with or without a scheme."""

from __future__ import annotations

import pytest

from redact.recognizers.social_media import SocialMediaRecognizer
from tests.redact.recognizers.helpers import found, spans

RECOGNIZER = SocialMediaRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@jane_doe99", ["@jane_doe99"]),  # handle alone
        ("Her account @jane.smith.88 was", ["@jane.smith.88"]),  # inner dots
        ("messaged @JaneD.", ["@JaneD"]),  # trailing full stop not included
        ("(@jane_doe)", ["@jane_doe"]),  # in brackets
        ("facebook.com/jane.smith88", ["facebook.com/jane.smith88"]),  # no scheme
        ("https://www.facebook.com/jane.smith88", ["https://www.facebook.com/jane.smith88"]),
        ("http://instagram.com/jane_s/", ["http://instagram.com/jane_s/"]),  # trailing slash
        ("twitter.com/janedoe", ["twitter.com/janedoe"]),  # Twitter
        ("see x.com/janedoe.", ["x.com/janedoe"]),  # X, full stop after
        ("tiktok.com/@jane.doe", ["tiktok.com/@jane.doe"]),  # TikTok
        ("snapchat.com/add/janedoe", ["snapchat.com/add/janedoe"]),  # Snapchat
        ("linkedin.com/in/jane-doe-123", ["linkedin.com/in/jane-doe-123"]),  # LinkedIn
        ("youtube.com/@janedoe", ["youtube.com/@janedoe"]),  # YouTube handle
        ("threads.net/@janedoe", ["threads.net/@janedoe"]),  # Threads
        # a Markdown link: the URL, and its text (which often repeats the user name)
        ("[profile](https://m.facebook.com/jane.d)", ["profile", "https://m.facebook.com/jane.d"]),
        ("[jane.d88](facebook.com/jane.d88)", ["jane.d88", "facebook.com/jane.d88"]),
        ("on Snapchat (jane.d01) she", ["jane.d01"]),  # user name after a platform word
        ("her WeChat ID was jane_gardens", ["jane_gardens"]),  # after 'ID was'
        ('a profile called "jane.loves.4ever"', ["jane.loves.4ever"]),  # quoted
        ("medium.com/@jane_writes/post", ["medium.com/@jane_writes/post"]),  # other platforms
        ("strava.com/athletes/jane_runs", ["strava.com/athletes/jane_runs"]),  # Strava
        ('from a new account, "j.doe_mum_of_3".', ["j.doe_mum_of_3"]),  # comma and quote
        ("under the name jay_townb22.", ["jay_townb22"]),  # 'name'
        ("her blog medium.com/@jane_w/my-story", ["medium.com/@jane_w/my-story"]),  # Medium
        # a user name in a member's page on any other site
        ("https://www.example.org/members/tq_harlen04", ["tq_harlen04"]),  # club member page
        ("(https://forum.example.net/users/dee.v99)", ["dee.v99"]),  # a forum user, in brackets
        ("example.com/clubs/9/profile/kes_m2/about", ["kes_m2"]),  # deeper path
    ],
)
def test_handles_and_profiles_are_found(text: str, expected: list[str]) -> None:
    assert found(RECOGNIZER, text) == spans(text, "SOCIAL_MEDIA", expected)


@pytest.mark.parametrize(
    "text",
    [
        "jane.doe@example.org",  # an email address is not a handle
        "meet @ 10am",  # a bare at sign
        "@10",  # digits only
        "facebook.com",  # the site, no profile
        "the Facebook page",  # the word only
        "linkedin.com/company",  # not a /in/ profile
        "youtube.com/watch",  # a video page, not a channel
        "netflix.com/janedoe",  # 'x.com' inside another domain
        "box.com/janedoe",  # 'x.com' inside another domain
        "her account was closed",  # an ordinary word after 'account'
        "her Facebook profile",  # a platform word without a user name
        "ID card seen",  # 'ID' followed by a word
        "https://www.example.org/members/join",  # an ordinary word in a members' path
        "https://www.gov.uk/government/publications/dhr_guidance_2016",  # not a profile path
    ],
)
def test_near_misses_are_not_social_media(text: str) -> None:
    assert found(RECOGNIZER, text) == []
