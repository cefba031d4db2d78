import pytest

from postcheck.text.recognizers.card_numbers import luhn_valid


@pytest.mark.parametrize("text, number", [
    ("card 2223 0000 4841 0010", "2223 0000 4841 0010"),  # Mastercard 2-series test number
    ("paid with 4111111111111111110", "4111111111111111110"),  # 19-digit Visa (Luhn-valid)
    ("maestro 6759649826438453", "6759649826438453"),
])
def test_finds_luhn_valid_cards(found, text, number):
    assert number in found(text, "CREDIT_CARD")


@pytest.mark.parametrize("text", [
    "card 2223 0000 4841 0011",  # checksum off by one
    "order 6759649826438454 shipped",
    "tracking 501864667908",
])
def test_numbers_failing_luhn_are_not_cards(found, text):
    assert found(text, "CREDIT_CARD") == []


def test_luhn():
    assert luhn_valid("4111 1111 1111 1111")
    assert not luhn_valid("4111 1111 1111 1112")
