"""The length-preserving normalisation rules match on.

Writers dress words up to dodge filters or for style: 𝗯𝗼𝗹𝗱 or 𝒻𝒶𝓃𝒸𝓎 letters, accents,
curly quotes, digits and symbols standing in for letters ("k1ds", "cl!ent"). Each is
replaced by the plain character it stands for, one character for one, so every offset in
the normalised text is the same offset in the draft.
"""

from __future__ import annotations

import re
import unicodedata

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
# Read as letters: a run of them between letters ("k1ds", "sch00l"), a zero that ends or opens a
# word of letters ("n0", "0wn"), and a 3 or $ that ends a lower-case word ("M@ddi3", "th3",
# "kid$"; matched whole, letters and all, so a handle's "@KellerForWard3" is left alone). Other
# digits at a word's edge stay digits: "3pm", "1st", "PS3", "SVQ3", "YP3".
_LEET_AS_LETTERS = re.compile(
    r"(?<=[a-zA-Z])[013457@$!]+(?=[a-zA-Z])"
    r"|(?<=[a-zA-Z])0(?![\w@$!])"
    r"|(?<![\w@$!])0(?=[a-zA-Z]{2})"
    r"|(?<![\w@#$!])(?:[a-zA-Z][a-zA-Z0-9@]*)?[a-z]{2}[3$]+(?![\w@$!])"
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "ʼ": "'"})
# Letters in filled boxes and discs, which NFKC leaves alone (it folds the outlined ones, "🄹"),
# used as emoji for an initial ("lil 🅰️ from placement"): the first code point of each run of
# A-Z. Regional indicators are left out: in pairs they are flags (🇬🇧), not words.
_BOXED_LETTER_RUNS = (0x1F150, 0x1F170)  # negative circled, negative squared


def fold(text: str, *, boxed_letters: bool = True) -> str:
    """Fold compatibility characters (𝗯𝗼𝗹𝗱 -> bold), curly quotes, and digits or symbols used
    as letters ("cl1ent" -> "client", "sch00l" -> "school", "n0" -> "no"), keeping capitals
    and every offset. `boxed_letters=False` leaves letters in boxes ("🅰") as they are: the
    shipped model was trained reading them as emoji, so its inputs keep them."""
    if not text.isascii():
        text = "".join(_fold_char(c, boxed_letters) for c in text).translate(_QUOTES)
    return _LEET_AS_LETTERS.sub(lambda m: "".join(_LEET.get(c, c) for c in m.group()), text)


def _fold_char(char: str, boxed_letters: bool) -> str:
    """One character for one: its compatibility form, or its base letter without accents."""
    if char.isascii():
        return char
    if boxed_letters:
        for first in _BOXED_LETTER_RUNS:
            if first <= ord(char) < first + 26:
                return chr(ord("A") + ord(char) - first)
    compat = unicodedata.normalize("NFKC", char)
    if len(compat) != 1:
        return char
    base = unicodedata.normalize("NFKD", compat)[0]
    return base if base.isascii() and base.isalpha() else compat


def normalise(folded: str) -> str:
    """The folded text in lower case, for case-insensitive matching."""
    return folded.lower()
