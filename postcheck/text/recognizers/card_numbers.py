"""Card numbers Presidio's CreditCardRecognizer leaves out: Mastercard's 2-series, 19-digit
Visa, 12-19 digit Maestro and 15-digit JCB.

Presidio's pattern covers cards starting 1, 3, 4, 5 and 6 with 13-16 digits. Every card
number here must also pass the Luhn checksum (as Presidio's does), which nine in ten
random digit runs fail, and start with its network's prefix.
"""

from __future__ import annotations

from postcheck.text.recognizers.declared import DeclaredPattern, DeclaredPatternRecognizer

_SEP = r"[ -]?"


def _digits(count: int) -> str:
    """`count` digits, optionally grouped by spaces or hyphens."""
    return _SEP.join([r"\d"] * count)


def luhn_valid(number: str) -> bool:
    """The Luhn checksum every payment card number carries."""
    digits = [int(ch) for ch in number if ch.isdigit()]
    checksum = sum(digits[-1::-2]) + sum(sum(divmod(2 * d, 10)) for d in digits[-2::-2])
    return checksum % 10 == 0


class CardNumberRecognizer(DeclaredPatternRecognizer):
    """Recognize Luhn-valid card numbers of the networks Presidio's pattern misses."""

    ENTITY = "CREDIT_CARD"

    PATTERNS = [
        DeclaredPattern("Mastercard 2-series", rf"\b2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720){_SEP}{_digits(12)}\b", 0.3),
        DeclaredPattern("Visa 19 digits", rf"\b4{_SEP}{_digits(18)}\b", 0.3),
        DeclaredPattern("Maestro", rf"\b(?:50|5[6-8]|6\d){_SEP}{_digits(10)}(?:{_SEP}\d){{0,7}}\b", 0.3),
        DeclaredPattern("JCB 15 digits", rf"\b(?:2131|1800){_SEP}{_digits(11)}\b", 0.3),
    ]
    CONTEXT = ["card", "credit", "debit", "visa", "mastercard", "maestro", "jcb", "cc", "payment"]

    def validate_result(self, pattern_text: str) -> bool:
        return luhn_valid(pattern_text)
