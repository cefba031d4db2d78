"""A draft cut at the edges of its findings' spans, for renderers that mark each piece once."""

from __future__ import annotations

from itertools import pairwise

from postcheck.model import Finding


def cut_at_findings(text: str, findings: list[Finding]) -> list[tuple[int, int, list[int]]]:
    """(start, end, indices into `findings` of those covering it) for each piece of `text`.

    Overlapping spans are cut into pieces, so a piece is either covered by a finding over its
    whole length or not at all; findings with no span, or one outside the text, are left out.
    """
    spans = [(index, f) for index, f in enumerate(findings)
             if f.start is not None and f.end is not None and 0 <= f.start < f.end <= len(text)]
    cuts = sorted({0, len(text), *(f.start for _, f in spans), *(f.end for _, f in spans)})
    return [(start, end, [index for index, f in spans if f.start <= start and end <= f.end])
            for start, end in pairwise(cuts)]
