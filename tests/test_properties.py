"""Properties that hold for any draft at all (hypothesis generates the drafts).

- every finding's span lies inside the draft, and its quote is the draft's text there;
- an invisible character (any format or control character, variation selector, tag or blank
  letter) put anywhere inside a flagged phone number, e-mail or name keeps it flagged;
- the same draft gives the same report;
- the JSON report round-trips and follows the published schema.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcheck.model import Post
from postcheck.render.json_report import dumps_report, report_to_dict
from postcheck.text.cleaning import is_invisible

SCHEMA = Path(__file__).resolve().parents[1] / "postcheck" / "schema" / "report-v1.json"
# The screener is built once per session; hypothesis must not treat it as per-example state.
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

drafts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)
# Draft-like text: words, digits, punctuation and emoji, where findings actually happen.
wordy = st.lists(st.sampled_from(
    ["my", "kiddo", "Jaylen", "court", "tomorrow", "at", "310-555-0199", "mum", "Lincoln", "Elementary",
     "lol", "😂", "placement", "in", "Palmdale", "call", "me", "DM", "#fostercare", "\n", "J.", "[child]",
     "ana@gmail.com", "views", "my", "own", "🙃", "removal", "tonight", ",", "."]), max_size=40).map(" ".join)
INVISIBLE = [chr(c) for c in range(sys.maxunicode + 1)
             if unicodedata.category(chr(c)) != "Cs" and is_invisible(chr(c))]


def _screen(screener, text: str):
    return screener.screen(Post(id="draft", text=text))


def _spans_hold(report, text: str) -> None:
    for finding in report.findings:
        if finding.start is None:
            assert finding.quote == ""
            continue
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.quote == text[finding.start:finding.end]


@PROPERTY
@given(text=st.one_of(drafts, wordy))
def test_every_span_lies_inside_the_draft_and_quotes_it(screener, text):
    report = _screen(screener, text)
    assert not report.errors
    _spans_hold(report, text)


@pytest.mark.parametrize(("draft", "secret", "category"), [
    ("Call the mom at 310-555-0199 tonight", "310-555-0199", "contact_pii"),
    ("Email the dad at jay.ortiz@gmail.com about the visit", "jay.ortiz@gmail.com", "contact_pii"),
    ("So proud of my kiddo Aaliyah today", "Aaliyah", "client_identity"),
])
@PROPERTY
@given(data=st.data())
def test_an_invisible_character_inside_a_flagged_detail_keeps_it_flagged(screener, draft, secret, category, data):
    assert category in {f.category for f in _screen(screener, draft).active_findings}
    at = data.draw(st.integers(1, len(secret) - 1), label="position")
    char = data.draw(st.sampled_from(INVISIBLE), label="invisible")
    start = draft.index(secret) + at
    hidden = draft[:start] + char + draft[start:]
    report = _screen(screener, hidden)
    assert category in {f.category for f in report.active_findings}, f"U+{ord(char):04X}"
    _spans_hold(report, hidden)


@PROPERTY
@given(text=st.one_of(drafts, wordy))
def test_the_same_draft_gives_the_same_report(screener, text):
    first, second = (report_to_dict(_screen(screener, text)) for _ in range(2))
    first.pop("timings"), second.pop("timings")
    assert first == second


@PROPERTY
@given(text=st.one_of(drafts, wordy))
def test_the_json_report_round_trips_and_follows_the_schema(screener, text):
    report = _screen(screener, text)
    document = json.loads(dumps_report(report))
    assert document == json.loads(json.dumps(report_to_dict(report)))
    assert document["post"]["text"] == text
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
