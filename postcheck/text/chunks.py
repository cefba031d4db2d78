"""Bounded pieces of a long draft for spaCy, so its cost stays linear in the draft's length.

spaCy's tokenizer splits affixes off a run of characters without spaces one at a time, each
time scanning the rest of the run: 4,000 emoji in a row took about 2 s, 100,000 many minutes.
A draft longer than CHUNK_CHARS, or holding a run longer than MAX_RUN, is cut into chunks that
end at whitespace where they can, with every over-long run cut every MAX_RUN characters (and
the chunk ended there). Ordinary posts are one chunk: exactly what they were before.
"""

from __future__ import annotations

import re

CHUNK_CHARS = 2_000
MAX_RUN = 200
_PIECE = re.compile(rf"\S{{1,{MAX_RUN}}}|\s{{1,{MAX_RUN}}}")
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def chunk_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks covering `text` exactly."""
    if len(text) <= CHUNK_CHARS and not _LONG_RUN.search(text):
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    start = 0
    for piece in _PIECE.finditer(text):
        if piece.end() - start > CHUNK_CHARS and piece.start() > start:
            spans.append((start, piece.start()))
            start = piece.start()
        run_is_cut = len(piece.group()) == MAX_RUN and piece.end() < len(text) and not text[piece.end()].isspace()
        if run_is_cut:
            spans.append((start, piece.end()))
            start = piece.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans
