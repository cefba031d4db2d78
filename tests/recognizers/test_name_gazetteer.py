import pytest

from postcheck.text.recognizers.name_gazetteer import load_names


@pytest.mark.parametrize("text, name", [
    ("So proud of Kayla today", "Kayla"),
    ("Jaylen scored twice!", "Jaylen"),
    ("Grace Kim joined the team", "Grace Kim"),
    ("Thanks to Mr. Bill for the ride", "Bill"),
    ("her name is Hope", "Hope"),
    ("my name is nina", "nina"),
    ("omg kayla did so good today", "kayla"),
    ("Visited Maya R. Thompson today", "Maya R. Thompson"),
    # disguised letters are read as the letters they stand for
    ("made varsity at C@rl H@yden", "C@rl H@yden"),
    ("so proud of K@yl33 today", "K@yl33"),
])
def test_finds_listed_names(found, text, name):
    assert any(name in hit for hit in found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "Will you come to the fundraiser?",
    "Grace under pressure, that's the job",
    "May is foster care awareness month",
    "Hope everyone has a good weekend",
    "Meet Biscuit, our rescue pup, he's 2",
    "English class and Sunday brunch",
    "Shoutout to Miller Ltd for sponsoring the 5k",
    "Back-to-school night at Lincoln Elementary",
    "We moved to London in 2005 and then to Paris",
    "Another week of Hollywood sequels",
    "rose early, made coffee, will bill the hours later",
    "Th3 c0urt was packed, G0 Purpl3 Day tomorrow",
])
def test_everyday_words_are_not_names(found, text):
    assert found(text, "PERSON") == []


def test_name_list_marks_everyday_words():
    name_list = load_names()
    assert {"kayla", "jaylen", "grace", "will"} <= name_list.names
    assert {"grace", "will", "hope", "may", "rose", "bill"} <= name_list.common
    assert "kayla" not in name_list.common
    assert "france" not in name_list.names
    assert "hollywood" in name_list.surnames_only and "kayla" not in name_list.surnames_only
