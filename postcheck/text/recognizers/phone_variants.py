"""Phone numbers Presidio's PhoneRecognizer misses: dotted, spaced, international, spelled out.

Presidio's recognizer (python-phonenumbers) only reports numbers that are valid for a
region, so "619.555.0134" with a fictional exchange, "+41 (0)71 526 99 04", "450 0840"
after "call me on", and "six one nine, five five five, zero one three four" slip by.
Loose digit groups are ambiguous (dates, scores, order numbers), so they stay below
the reporting threshold unless a phone word ("call", "text", "mobile", "fax") precedes them.
"""

from __future__ import annotations

import regex as re

from postcheck.text.recognizers.context_window import TextWindowContext
from postcheck.text.recognizers.declared import DeclaredPattern, DeclaredPatternRecognizer
from postcheck.text.recognizers.digit_words import DIGIT_VALUES, DIGIT_WORD
# No letter, digit, dot-digit, colon or slash on either side: not inside "4:45", "10/10", "v2.1.3".
_BEFORE = r"(?<![\w.+/:#$-])"
_AFTER = r"(?![\w/:%]|[.,-]\d)"
_EXTENSION = r"(?:[ ]?(?:x|ext\.?)[ ]?\d{1,5})?"
_COUNTING = ("0123456789", "9876543210", "1234567890")
_DATE_LIKE = re.compile(r"^\d{1,4}([-./])\d{1,2}\1\d{1,4}$")
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


def _digits(text: str) -> str:
    """The digits of a match, spelled-out digits included ("six one nine" -> "619")."""
    words = re.findall(rf"\d|(?i:{DIGIT_WORD})\b", text)
    return "".join(w if w.isdigit() else DIGIT_VALUES[w.lower()] for w in words)


class PhoneVariantsRecognizer(TextWindowContext, DeclaredPatternRecognizer):
    """Recognize phone numbers written with dots, spaces, a leading + or in words."""

    ENTITY = "PHONE_NUMBER"

    PATTERNS = [
        DeclaredPattern("US three-three-four",
                rf"{_BEFORE}(?:\+?1[ .-]?)?\(?\d{{3}}\)?[ .-]?\d{{3}}[ .-]\d{{4}}{_EXTENSION}{_AFTER}", 0.5),
        DeclaredPattern("international with +",
                rf"(?<![\w+])\+\d{{1,3}}(?:[ .-]?\(0\))?(?:[ .-]?(?:\(\d{{1,4}}\)|\d{{1,5}})){{2,5}}{_EXTENSION}{_AFTER}", 0.5),
        # Single digits may lead the words: "2-1-0 five five five, oh one four two".
        DeclaredPattern("spelled out",
                rf"(?i)\b(?:\d[ ,.-]{{1,3}}){{0,4}}{DIGIT_WORD}(?:[ ,.-]{{1,3}}(?:{DIGIT_WORD}\b|\d{{1,4}}\b)){{6,}}", 0.5),
        # Weak: reported only when a phone word nearby lifts it to the reporting score.
        DeclaredPattern("digit groups",
                rf"{_BEFORE}(?:\(\d{{1,4}}\)[ .-]?)?\d{{2,5}}(?:[ .-]\d{{2,8}}){{1,4}}{_EXTENSION}{_AFTER}", 0.15),
        DeclaredPattern("ten digits", rf"{_BEFORE}\d{{10}}{_AFTER}", 0.15),
    ]
    CONTEXT = ["phone", "call", "ring", "bell", "mob", "text", "cell", "mobile", "fax", "desk", "office", "tel",
               "number", "reach", "contact", "answering", "whatsapp", "dial", "messages to", "registered",
               # Spanish, as staff who work in it write
               "cel", "celular", "número", "numero", "teléfono", "telefono", "llámame", "llamame", "llama"]

    YIELDS_TO = frozenset({"STREET_ADDRESS", "CREDIT_CARD", "US_SSN", "IP_ADDRESS"})

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop matches that cannot be a phone number: too few or many digits, dates, counting."""
        digits = _digits(pattern_text)
        return (
            not 7 <= len(digits) <= 15
            or len(set(digits)) == 1
            or any(digits in run for run in _COUNTING)
            or bool(_DATE_LIKE.match(pattern_text) or _IPV4.match(pattern_text))
        )
