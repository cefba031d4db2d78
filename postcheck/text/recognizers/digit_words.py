"""Digits written as words ("six one nine", "four oh two", and in Spanish "cinco cinco cinco"): the
one list that the phone and street-address recognizers read spelled-out numbers with."""

from __future__ import annotations

DIGIT_VALUES = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
                "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
                "siete": "7", "ocho": "8", "nueve": "9"}
DIGIT_WORD = "(?:" + "|".join(DIGIT_VALUES) + ")"
