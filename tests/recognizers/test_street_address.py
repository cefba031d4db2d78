import pytest


@pytest.mark.parametrize("text, address", [
    ("Dropped off the donations at 1420 W. Cedar Ave this morning", "1420 W. Cedar Ave"),
    ("She's in apt 4B on Elm now", "apt 4B on Elm"),
    ("Mail it to 123 Main Street, Springfield, IL 62704. Thanks!", "123 Main Street, Springfield, IL 62704"),
    ("new place is 88 N 42nd St #3", "88 N 42nd St"),
    ("PSC 3294, Box 9168\nAPO AA 61487", "PSC 3294, Box 9168\nAPO AA 61487"),
    ("Send it to P.O. Box 104 please", "P.O. Box 104"),
    ("They moved to the corner of Elm and 5th", "corner of Elm and 5th"),
    ("Our friends live on Via dei Fiorentini 17 in Rome", "Via dei Fiorentini 17"),
    ("Hotel was on Friedhofstrasse 33", "Friedhofstrasse 33"),
    ("Ringvej 144\nApt. 902\nQaqortoq", "Ringvej 144\nApt. 902\nQaqortoq"),
    ("pop round, 14 Elmfield Grove, Levenshulme.", "14 Elmfield Grove, Levenshulme"),
    ("drop it at 14 Wattlebird Crt, Coburg", "14 Wattlebird Crt, Coburg"),
    ("she lives at 42 Elm Cl, Preston.", "42 Elm Cl, Preston"),
    ("post it tae the unit, 14 Caddell Wynd", "14 Caddell Wynd"),
    ("bbq at mine, 14732 88 Ave, bring a chair", "14732 88 Ave"),
    ("office moved to 10234 104 St NW", "10234 104 St NW"),
    ("party at one-four-seven-three-two 88 Ave Sunday", "one-four-seven-three-two 88 Ave"),
    ("swing by seven two one Maple Street after", "seven two one Maple Street"),
    ("drop it at four oh nine Birch Road, ta", "four oh nine Birch Road"),
    ("gifts can be dropped at mine, twenty-two Clover Rise, Brackenford.", "twenty-two Clover Rise, Brackenford"),
    ("she's at Fourteen Elm Close now", "Fourteen Elm Close"),
    ("new build, 7 Heron Chase", "7 Heron Chase"),
])
def test_finds_street_addresses(found, text, address):
    assert address in found(text, "STREET_ADDRESS")


@pytest.mark.parametrize("text", [
    "Meet Biscuit, our rescue pup, he's 2",
    "10/10 would recommend the Grade 3 field trip",
    "Up at 4:45am for poster #42, due Nov 5",
    "62 hrs in a 40 hr week, send help",
    "Use code SARAH20 for 20% off at the 10U tournament",
    "Just got the iPhone 12 and Unit 3 test is tomorrow",
    "I walked 5 miles down the road today",
    "Room 12 is decorated for the holidays",
    "Bach Cello Suite No. 1 on repeat",
    "Game 7 tonight! We live for this",
    "ran 5 10 km loops then 3 more, one two three go",
    "Won 120 12 to nil, one of the best games, five stars",
    "Twenty Acre Road was closed, so forty minutes late",
    "ran the Hampton Rise 10k with twenty-two mates",
])
def test_stays_quiet_on_numbers_that_are_not_addresses(found, text):
    assert found(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text", [
    "It delivered working code. But 5 years later it broke",
    "Moved to Level 3 of the parking garage",
])
def test_a_context_word_does_not_turn_a_counted_word_into_a_street(found, text):
    assert found(text, "STREET_ADDRESS") == []
