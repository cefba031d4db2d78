import pytest


@pytest.mark.parametrize("text, email", [
    ("email jane at gmail dot com", "jane at gmail dot com"),
    ("write to jane[at]gmail[dot]com", "jane[at]gmail[dot]com"),
    ("bob (at) yahoo.com for info", "bob (at) yahoo.com"),
    ("reach me: j.doe at gmail.com", "j.doe at gmail.com"),
    ("maria {at} county {dot} gov", "maria {at} county {dot} gov"),
])
def test_finds_obfuscated_emails(found, text, email):
    assert email in found(text, "EMAIL_ADDRESS")


@pytest.mark.parametrize("text", [
    "shop at target.com this weekend",
    "meet at the park at 4:45am",
    "we had a blast at the zoo dot dot dot",
    "look at this.com domain for sale",
])
def test_stays_quiet_on_plain_at(found, text):
    assert found(text, "EMAIL_ADDRESS") == []
