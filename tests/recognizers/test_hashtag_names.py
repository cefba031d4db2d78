import pytest


@pytest.mark.parametrize("text, name", [
    ("Please share #prayforkayla", "kayla"),
    ("#justiceforjaylen", "jaylen"),
    ("#JusticeForJaylen", "Jaylen"),
    ("#KaylaStrong all the way", "Kayla"),
    ("follow @maya.j for updates", "maya"),
    ("#bringmasonhome", "mason"),
    ("#prayforhope", "hope"),
])
def test_finds_the_name_part(found, text, name):
    # spaCy may also read the whole tag as a person; either way the name is covered.
    assert any(name in hit and "#" not in hit and "@" not in hit for hit in found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "#fostercare #socialwork #teamwork",
    "#lovewins #mondaymotivation #10U",
    "#austin #faith #blessed #tbt",
    "#adoptionday #foreverfamily",
    "email jane@gmail.com",
    "@LACountyDCFS thanks for the event",
])
def test_hashtags_without_names_stay_quiet(found, text):
    assert found(text, "PERSON") == []
