import pytest


def test_street_names_inside_an_address_are_not_people(analyzer):
    text = "The shelter is at 1668 Glyn St, Highveld."
    people = [text[r.start:r.end] for r in analyzer.analyze(text=text, language="en") if r.entity_type == "PERSON"]
    assert people == []


def test_people_outside_the_address_stay(found):
    text = "Maria Lopez moved to 88 Oak Lane"
    assert "Maria Lopez" in found(text, "PERSON")
    assert "88 Oak Lane" in found(text, "STREET_ADDRESS")


def test_family_words_days_and_emoji_are_not_people(analyzer):
    # spaCy's small model tags each of these as PERSON; none of them is anyone's name.
    for text in ("Mum's care home was lovely with her this week.",
                 "Grandad turned 90 today!",
                 "Court report due Fri for my little dude",
                 "Case got continued to Tues, so my whole week just shifted again",
                 "proud of my lil man on the U12s 💚⚽"):
        people = [text[r.start:r.end] for r in analyzer.analyze(text=text, language="en") if r.entity_type == "PERSON"]
        assert people == [], text


def test_names_beside_family_words_and_disguised_letters_stay_people():
    from postcheck.text.recognizers.spacy_entities import is_a_name

    assert is_a_name("Kayla")
    assert is_a_name("Uncle Joe")
    assert is_a_name("🅰🅻🅴🅺🆂")  # letters dressed as symbols spell a name
    assert not is_a_name("Mum's")
    assert not is_a_name("🏆🙄")
    assert not is_a_name("new foster")  # the care word, written small
    assert not is_a_name("foster + birth")
    assert is_a_name("Foster")  # a surname when capitalised
    assert is_a_name("jayden")  # a name written small is still a name


def test_spans_of_everyday_words_are_not_people(analyzer):
    from postcheck.text.recognizers.spacy_entities import is_a_name

    # spaCy's small model tags each of these as PERSON.
    for text in ("ACSW finding overturned bc the charges had no dates. lesson for all of us: document 📝",
                 "My two ran the Turkey Trot this morning in pumpkin costumes",
                 "foster info night Thurs 6pm, Dunmore Community Ctr"):
        people = [text[r.start:r.end] for r in analyzer.analyze(text=text, language="en") if r.entity_type == "PERSON"]
        assert people == [], text
    assert not is_a_name("Feet")
    assert not is_a_name("Turkey Trot")
    assert not is_a_name("foster info night Thurs")  # everyday words and a day
    assert is_a_name("Jan Kowalczyk")  # a day or month word beside a name is still a name
    assert is_a_name("J.")  # an initial is not a word
    assert is_a_name("Grace")  # a listed name that is also a word
    assert is_a_name("Sure Jan")  # one listed name is enough


def test_a_missing_word_list_fails_closed(tmp_path):
    from postcheck.errors import DetectorUnavailable
    from postcheck.text.recognizers.spacy_entities import everyday_words

    with pytest.raises(DetectorUnavailable, match="word list"):
        everyday_words(tmp_path / "absent.txt")


def test_a_pet_or_a_team_is_not_a_person():
    from postcheck.text.recognizers.spacy_entities import names_a_person

    crab = "came home with a crab called Dai"
    assert not names_a_person(crab, crab.index("Dai"), len(crab))
    jets = "the Jets game last night"
    assert not names_a_person(jets, 4, 8)
    kiddo = "so proud of my kiddo Dai today, she was called up"
    assert names_a_person(kiddo, kiddo.index("Dai"), kiddo.index("Dai") + 3)


def test_a_month_beside_a_day_is_a_date_and_alone_may_be_a_name():
    from postcheck.text.recognizers.spacy_entities import names_a_person

    for dated in ("Baby Room Wed 25 June 2-3.30pm", "back on June 3rd", "the 1st of May"):
        month = next(m for m in ("June", "May") if m in dated)
        assert not names_a_person(dated, dated.index(month), dated.index(month) + len(month)), dated
    named = "June from my caseload rang again"
    assert names_a_person(named, 0, 4)
