import pytest


@pytest.mark.parametrize("text, phone", [
    ("Text me at 619.555.0134 after 5", "619.555.0134"),
    ("my cell is 619 555 0134", "619 555 0134"),
    ("call six one nine, five five five, zero one three four", "six one nine, five five five, zero one three four"),
    ("mi cel: tres uno cero, cinco cinco cinco, cero uno ocho ocho", "tres uno cero, cinco cinco cinco, cero uno ocho ocho"),
    ("text 4-1-5 six six six, oh one two two", "4-1-5 six six six, oh one two two"),
    ("Office line +41 (0)71 526 99 04", "+41 (0)71 526 99 04"),
    ("Can someone call me on 450 0840?", "450 0840"),
    ("Reach the family at 555 0134 anytime", "555 0134"),
    ("416 60 039 office", "416 60 039"),
    ("Lost my lanyard, if found pls ring 07700 900418", "07700 900418"),
    ("the new number is 07912 345 678", "07912 345 678"),
    ("ring Bec on 0412 555 019 if you need her", "0412 555 019"),
    ("give us a bell on 0161 555 0199", "0161 555 0199"),
])
def test_finds_phone_numbers_written_loosely(found, text, phone):
    assert phone in found(text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    "62 hrs in a 40 hr week",
    "Up at 4:45am, 10/10 would recommend",
    "Scores: 21 14 7 3 over four games",
    "one two three four five six seven eight, count with me!",
    "uno dos tres cuatro cinco seis siete, ¡a contar!",
    "Class of 2019-11-05 reunion",
    "Server at 36.160.14.148 is down",
    "Order 2024 2025 season tickets now",
    "Meet Biscuit, our rescue pup, he's 2",
    "Bake Off final at 8, the ring of fire curry was a mistake",
    "Won 2 sets 6-4 7-5 at the club, ring the bell",
])
def test_stays_quiet_on_digit_runs_that_are_not_phones(found, text):
    assert found(text, "PHONE_NUMBER") == []


def test_a_house_number_inside_an_address_is_not_a_phone(found):
    text = "Our office is at 9543 1819 Main Street"
    assert found(text, "PHONE_NUMBER") == []
    assert found(text, "STREET_ADDRESS")


def test_a_number_in_brackets_does_not_take_the_bracket(found):
    assert "+91 70868 17420" in found('"Vinod" (+91 70868 17420) was the seller', "PHONE_NUMBER")
