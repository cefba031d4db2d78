"""Undo the tricks that hide words from detectors, keeping a map back to the draft.

Drafts are screened as a cleaned copy: invisible characters (zero-width spaces, joiners,
soft hyphens, variation selectors) removed, look-alike letters from other scripts read
as Latin ("сlіеnt" with Cyrillic letters), words spelled out letter by letter rejoined
("c l i e n t", "F.U.C.K"), and shouted ALL-CAPS words title-cased so names stand out
again. Every character of the cleaned text remembers where it came from, so findings
point at the draft as the writer typed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\ufe0e\ufe0f"), None)

# Cyrillic and Greek letters that look like Latin ones.
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁɡһӏԛԝАВЕКМНОРСТХІЈЅԌαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdghlqwABEKMHOPCTXIJSGabeikvoptuxABEZHIKMNOPTYX",
)
_SPELLED_OUT = re.compile(r"(?<!\w)(?:[^\W\d_][ .\-_*]){3,}[^\W\d_](?!\w)")
_SHOUTED_WORD = re.compile(r"\b[A-Z][A-Z']+\b")


@dataclass(frozen=True)
class CleanText:
    text: str
    to_original: tuple[int, ...]  # index in `text` -> index in the draft; one extra entry for the end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The draft's span for a span of the cleaned text."""
        if end <= start:
            return self.to_original[start], self.to_original[start]
        return self.to_original[start], self.to_original[end - 1] + 1


def clean(draft: str) -> CleanText:
    kept = [(i, c) for i, c in enumerate(draft) if ord(c) not in _INVISIBLE]
    chars = [c.translate(_HOMOGLYPHS) for _, c in kept]
    origin = [i for i, _ in kept]
    text = "".join(chars)
    text, origin = _join_spelled_out(text, origin)
    text = _unshout(text)
    return CleanText(text, tuple(origin) + (len(draft),))


def _join_spelled_out(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """'c l i e n t' -> 'client' (only runs of four or more single letters)."""
    if not _SPELLED_OUT.search(text):
        return text, origin
    out, out_origin, last = [], [], 0
    for match in _SPELLED_OUT.finditer(text):
        out.append(text[last:match.start()])
        out_origin.extend(origin[last:match.start()])
        for offset in range(match.start(), match.end()):
            if text[offset].isalpha():
                out.append(text[offset])
                out_origin.append(origin[offset])
        last = match.end()
    out.append(text[last:])
    out_origin.extend(origin[last:])
    return "".join(out), out_origin


def _unshout(text: str) -> str:
    """Title-case ALL-CAPS words when most of the post is shouted (length-preserving)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) / len(letters) < 0.7:
        return text
    return _SHOUTED_WORD.sub(lambda m: m.group().capitalize(), text)
