import pytest


@pytest.mark.parametrize("text, plate", [
    ("Her car has plate 7ABC123", "7ABC123"),
    ("tag: KLM-4821, silver sedan", "KLM-4821"),
    ("License plate # 4GHJ 221 again", "4GHJ 221"),
    ("saw 8XYZ456 parked outside", "8XYZ456"),
    # Australian and New Zealand "rego"
    ("Whose ute is blocking the car park? Rego 572 KQZ.", "572 KQZ"),
])
def test_finds_plates(found, text, plate):
    assert found(text, "LICENSE_PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Use code SARAH20 for 20% off",
    "10U team won! 3rd grade next",
    "NOV 2026 calendar is out",
    "COVID19 boosters at the clinic",
    "tag your friends! #tbt",
    "plate of cookies for the 4H club",
    "rego renewal is due in May, 12 months for the ute",
])
def test_stays_quiet_on_codes_that_are_not_plates(found, text):
    assert found(text, "LICENSE_PLATE") == []
