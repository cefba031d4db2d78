import pytest


@pytest.mark.parametrize("text, date", [
    ("DOB: 03/14/2012", "03/14/2012"),
    ("she was born on March 14, 2012", "March 14, 2012"),
    ("Birthday is Nov 5 and he turns 7", "Nov 5"),
    ("date of birth 2012-03-14", "2012-03-14"),
    ("born 14 March 2012 in Fresno", "14 March 2012"),
    ("wean's DOB is 12.03.2011 if yer sendin a card", "12.03.2011"),
    ("J. turns 18 on the 3rd of Nov and ages out", "3rd of Nov"),
    ("she's turning 16 on March 3rd", "March 3rd"),
])
def test_finds_birth_dates(found, text, date):
    assert found(text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize("text", [
    "Nov 5 is the adoption fair",
    "10/10 would recommend",
    "Up at 4:45am again",
    "Court moved to 03/14/2012",
    "Born to run, 2012 forever",
    "turns 40 on Saturday, send cake",
    "the unit turns 10 this year, party on 3 March",
])
def test_a_date_without_a_birth_cue_is_not_a_birth_date(found, text):
    assert found(text, "DATE_OF_BIRTH") == []
