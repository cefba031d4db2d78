"""The units the learned layer scores: each sentence of a post, and the post as a whole."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (and runs of them) before a space, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n+")
MIN_UNIT_CHARS = 3


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; the whole text if it has none."""
    spans, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    trimmed = [_trim(text, s, e) for s, e in spans]
    kept = [(s, e) for s, e in trimmed if e - s >= MIN_UNIT_CHARS]
    return kept or [(0, len(text))]


def unit_spans(text: str) -> list[tuple[int, int]]:
    """The sentences, then the whole post when it has more than one sentence, so that
    meaning spread over sentences ("She's 7. New school in Dayton.") is read together."""
    sentences = sentence_spans(text)
    if len(sentences) > 1:
        sentences.append(_trim(text, 0, len(text)))
    return sentences


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
