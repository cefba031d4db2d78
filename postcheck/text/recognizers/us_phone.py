"""Presidio's phone recognizer (python-phonenumbers), kept off IP addresses and house numbers.

python-phonenumbers reads "36.160.14.148" as a phone number; when the IP recognizer,
the address recognizer or a card/SSN recognizer has the same digits, they win.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from postcheck.text.recognizers.context_window import YieldsTo


class UsPhoneRecognizer(YieldsTo, PhoneRecognizer):
    """PhoneRecognizer for US numbers that yields to IPs, addresses, cards and SSNs."""

    YIELDS_TO = frozenset({"IP_ADDRESS", "STREET_ADDRESS", "CREDIT_CARD", "US_SSN"})

    def __init__(self):
        super().__init__(supported_regions=("US",))
