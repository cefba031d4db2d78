import pytest


@pytest.mark.parametrize("text, number", [
    ("Closed Case #19-00345 today", "19-00345"),
    ("new referral 2231-88 came in", "2231-88"),
    ("docket no. JV-2023-0142 was continued", "JV-2023-0142"),
    ("Case number: 4471932", "4471932"),
    ("court case JV-19-0042 hearing", "JV-19-0042"),
    ("referral 21-0441 again", "21-0441"),
    ("chase referral 24/118832 for us?", "24/118832"),
    ("Case ref 2017/CP/0442 closed yet?", "2017/CP/0442"),
    ("file reference: LAC-0932 is mine now", "LAC-0932"),
    ("case 2019/CP/118 went to panel", "2019/CP/118"),
    ("ref 2024-18873 has been reopened for the THIRD time", "2024-18873"),
    ("Ref 4471-209 closed. No further action.", "4471-209"),
    # Quebec and French-speaking workers' word for a file
    ("Dossier 26-MTL-04417 est fermé", "26-MTL-04417"),
])
def test_finds_case_numbers(found, text, number):
    assert found(text, "CASE_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    "in case 2 of us are late",
    "poster #42 is up",
    "use code SARAH20 at checkout",
    "in case 1000 people show up!",
    "Case #4 of the day, coffee needed",
    "3rd grade and 10U softball this weekend",
    # A hotline's number is a line to call, not a file.
    "call the hotline 1-800-422-4453, 24/7",
    "DCFS Hotline: 1-800-25-ABUSE",
    "Oregon hotline 1-855-503-SAFE",
    "call the Colorado hotline 1-844-CO-4-KIDS anytime",
    "NJ Child Abuse Hotline: 1-877-NJ ABUSE",
    "intake 602-555-0142 after hours",
    # a date, "24/7" or a score after the word is no serial
    "the hotline is 24/7",
    "report 12/05/2024 is due",
    "case 3/4 closed today",
    # a referee's season is no reference
    "ref 2024-25 season starts Saturday",
    # a serial after "ref" with nothing said of a file is an order's or a ticket's
    "order ref 4471-209 shipped today",
    "ref 1234-567 for the raffle",
    "the dossier on the new minister is 300 pages",
])
def test_stays_quiet_without_an_identifier(found, text):
    assert found(text, "CASE_NUMBER") == []
