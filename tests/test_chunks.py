"""Long drafts reach spaCy in bounded chunks, and the model reads them in bounded windows."""

from __future__ import annotations

import re

import pytest

from postcheck.learned.units import MAX_UNIT_CHARS, sentence_spans
from postcheck.model import Post
from postcheck.text.chunks import CHUNK_CHARS, MAX_RUN, chunk_spans

DRAFTS = ["short post", "word " * 1000, "😀" * 4000, "a" * 450 + " b " + "c" * 10,
          "hi " * 700 + "x" * 1000 + " yo" * 500, " " * 5000 + "end", "https://example.com/" + "a" * 300]


@pytest.mark.parametrize("draft", DRAFTS, ids=range(len(DRAFTS)))
def test_chunks_cover_the_draft_and_hold_no_long_run(draft):
    spans = chunk_spans(draft)
    assert spans[0][0] == 0 and spans[-1][1] == len(draft)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(end - start <= CHUNK_CHARS for start, end in spans)
    assert not any(re.search(rf"\S{{{MAX_RUN + 1},}}", draft[start:end]) for start, end in spans)


def test_an_ordinary_post_is_one_chunk():
    post = "Court tomorrow for the little one. Call me at 310-555-0199 if anything changes!"
    assert chunk_spans(post) == [(0, len(post))]


def test_a_long_sentence_is_read_in_windows():
    text = "hello there my friend " * 100
    windows = sentence_spans(text)
    assert len(windows) > 1 and all(end - start <= MAX_UNIT_CHARS for start, end in windows)


def test_a_violation_padded_into_a_long_post_is_still_found(screener):
    draft = "hello there my friend " * 400 + " call the mom at 310-555-0199 tonight " + "bye now " * 300
    report = screener.screen(Post("long", draft))
    assert report.verdict.value == "block"
    assert any(f.quote == "310-555-0199" for f in report.findings)


def test_a_long_run_of_emoji_is_screened(screener):
    report = screener.screen(Post("emoji", "😀" * 20_000 + " text me on 310-555-0199"))
    assert not report.errors
    assert any(f.category == "contact_pii" for f in report.findings)


@pytest.mark.parametrize("count", [20, 30, 50, 250])
def test_a_wall_of_one_emoji_does_not_hide_what_follows(screener, count):
    """Read by name, a wall of one emoji filled the encoder's tokens, and the model, reading only
    "grinning face" over and over, cleared the phone number the rules had found."""
    report = screener.screen(Post("emoji", "😀" * count + " text me on 310-555-0199"))
    assert report.verdict.value == "block"
    assert any(f.category == "contact_pii" for f in report.findings)
