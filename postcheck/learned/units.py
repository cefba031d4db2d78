"""The units the learned layer scores: each sentence of a post, and the post as a whole."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (and runs of them) before a space, or at a line break; or at a stop
# typed with no space before a new sentence ("I accepted.Growth!"), which a phone keyboard lets
# through and which would otherwise make one long sentence of two (a must-block post read that
# way passed). A lower-case word must precede it, so "J.Smith" and "e.g." stay whole.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n+|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
MIN_UNIT_CHARS = 3
# A longer "sentence" (no stops, or padding around a violation) is read in windows of at most
# this many characters: the encoder reads 128 tokens, and what lies past them must not go unread.
# No sentence of the labelled corpus is this long, so the windows change nothing it scores.
MAX_UNIT_CHARS = 300


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; the whole text if it has none."""
    spans, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    trimmed = [_trim(text, s, e) for s, e in spans]
    windows = [window for s, e in trimmed for window in _windows(text, s, e)]
    kept = [(s, e) for s, e in windows if e - s >= MIN_UNIT_CHARS]
    return kept or [(0, len(text))]


def unit_spans(text: str) -> list[tuple[int, int]]:
    """The sentences, then the whole post when it has more than one sentence, so that
    meaning spread over sentences ("She's 7. New school in Dayton.") is read together."""
    sentences = sentence_spans(text)
    if len(sentences) > 1:
        sentences.append(_trim(text, 0, len(text)))
    return sentences


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at whitespace into pieces of at most MAX_UNIT_CHARS (hard cuts where there is none)."""
    windows = []
    while end - start > MAX_UNIT_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_UNIT_CHARS + 1)
        cut = cut if cut > start else start + MAX_UNIT_CHARS
        windows.append(_trim(text, start, cut))
        start = cut
    windows.append(_trim(text, start, end))
    return windows


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
