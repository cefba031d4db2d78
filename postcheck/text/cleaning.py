"""Undo the tricks that hide words from detectors, keeping a map back to the draft.

Drafts are screened as a cleaned copy: invisible characters removed by their Unicode class
(format characters such as zero-width spaces, joiners, bidi marks and tags; control characters
other than line breaks and tabs; variation selectors; the blank "filler" letters; the keycap
mark that makes a digit an emoji), look-alike letters from other scripts read as Latin ("сlіеnt"
with Cyrillic letters), words spelled out letter by letter rejoined ("c l i e n t", "F.U.C.K"),
and shouted ALL-CAPS words title-cased so names stand out again. Every character of the cleaned
text remembers where it came from, so findings point at the draft as the writer typed it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

_KEPT_CONTROLS = frozenset("\n\r\t")
# Letters that draw nothing: Hangul fillers, the Khmer inherent vowels, the braille blank.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u17b4\u17b5\u2800")
# The keycap that turns a digit into an emoji ("2️⃣" is 2, a variation selector and this):
# dropped with the selector, the digit reads as a digit ("2️⃣2️⃣1️⃣4️⃣ Pecan Hollow Dr").
_KEYCAP = "\u20e3"

# Cyrillic and Greek letters that look like Latin ones.
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁɡһӏԛԝАВЕКМНОРСТХІЈЅԌαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdghlqwABEKMHOPCTXIJSGabeikvoptuxABEZHIKMNOPTYX",
)
# What writers put between the letters of a spelled-out word: "c l i e n t", "F.U.C.K", "c-l-i-e-n-t",
# or one emoji, "S🌟o🌟r🌟c🌟h🌟a" (pictographs and dingbats; the variation selector after one is invisible).
SPELLING_SEPARATORS = " .-_*"
_SPELLING_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
# Shorter runs are left as they are: "U.S.A." and "a.k.a." are not words to rejoin.
MIN_LETTERS_TO_REJOIN = 4
_SHOUTED_WORD = re.compile(r"\b[A-Z][A-Z']+\b")


@dataclass(frozen=True)
class CleanText:
    text: str
    to_original: tuple[int, ...]  # index in `text` -> index in the draft; one extra entry for the end
    rejoined: tuple[tuple[int, int], ...] = ()  # spans of `text` rejoined from spelled-out letters

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The draft's span for a span of the cleaned text."""
        if end <= start:
            return self.to_original[start], self.to_original[start]
        return self.to_original[start], self.to_original[end - 1] + 1


@lru_cache(maxsize=4096)
def is_invisible(char: str) -> bool:
    """Whether a character draws nothing and can hide inside a word or number."""
    if char in _KEPT_CONTROLS:
        return False
    if char == _KEYCAP:
        return True
    category = unicodedata.category(char)
    if category in ("Cf", "Cc"):  # format (ZWSP, ZWJ, LRM, RLO, tags, BOM, SHY…) and control characters
        return True
    code = ord(char)
    return (char in _BLANK_LETTERS
            or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF  # variation selectors
            or 0x180B <= code <= 0x180F  # Mongolian free variation selectors and vowel separator
            or code == 0x034F)  # combining grapheme joiner


def clean(draft: str) -> CleanText:
    kept = [(i, c) for i, c in enumerate(draft) if not is_invisible(c)]
    chars = [c.translate(_HOMOGLYPHS) for _, c in kept]
    origin = [i for i, _ in kept]
    text = "".join(chars)
    text, origin, rejoined = _join_spelled_out(text, origin)
    text = _unshout(text)
    return CleanText(text, tuple(origin) + (len(draft),), tuple(rejoined))


def spelled_out_words(text: str, min_letters: int) -> Iterator[re.Match[str]]:
    """Runs of at least `min_letters` single letters, one of SPELLING_SEPARATORS or one emoji
    between each two, with no word character touching the run on either side."""
    return _spelled_out_pattern(min_letters).finditer(text)


@lru_cache(maxsize=None)
def _spelled_out_pattern(min_letters: int) -> re.Pattern[str]:
    letter = r"[^\W\d_]"
    separator = f"[{re.escape(SPELLING_SEPARATORS)}{_SPELLING_EMOJI}]"
    return re.compile(rf"(?<!\w)(?:{letter}{separator}){{{min_letters - 1},}}{letter}(?!\w)")


def _join_spelled_out(text: str, origin: list[int]) -> tuple[str, list[int], list[tuple[int, int]]]:
    """'c l i e n t' -> 'client'; also the rejoined words' spans in the new text."""
    runs = list(spelled_out_words(text, MIN_LETTERS_TO_REJOIN))
    if not runs:
        return text, origin, []
    out, out_origin, rejoined, last = [], [], [], 0
    for match in runs:
        out.append(text[last:match.start()])
        out_origin.extend(origin[last:match.start()])
        start = len(out_origin)
        for offset in range(match.start(), match.end()):
            if text[offset].isalpha():
                out.append(text[offset])
                out_origin.append(origin[offset])
        rejoined.append((start, len(out_origin)))
        last = match.end()
    out.append(text[last:])
    out_origin.extend(origin[last:])
    return "".join(out), out_origin, rejoined


def _unshout(text: str) -> str:
    """Title-case ALL-CAPS words when most of the post is shouted (length-preserving)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) / len(letters) < 0.7:
        return text
    return _SHOUTED_WORD.sub(lambda m: m.group().capitalize(), text)
