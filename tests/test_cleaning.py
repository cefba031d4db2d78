"""Cleaning undoes tricks that hide words, and every span maps back to the draft as typed."""

from __future__ import annotations

import pytest

from postcheck.text.cleaning import clean


@pytest.mark.parametrize(
    ("draft", "cleaned"),
    [
        ("my c\u200blient", "my client"),  # zero-width space
        ("my сlіеnt", "my client"),  # Cyrillic с, і, е
        ("c l i e n t", "client"),
        ("F.U.C.K this", "FUCK this"),
        ("SO PROUD OF MY KIDDO JAYLEN TODAY", "So Proud Of My Kiddo Jaylen Today"),
        ("A normal draft, nothing to undo.", "A normal draft, nothing to undo."),
        ("I am OK", "I am OK"),  # two letters and a short shout are left alone
    ],
)
def test_clean_undoes_hiding_tricks(draft, cleaned):
    assert clean(draft).text == cleaned


def test_spans_map_back_to_the_draft_as_typed():
    draft = "call my k\u200bi\u200bd\u200bd\u200bo Ana"
    result = clean(draft)
    start = result.text.index("kiddo")
    a, b = result.span(start, start + len("kiddo"))
    assert draft[a:b] == "k\u200bi\u200bd\u200bd\u200bo"


def test_spelled_out_word_maps_to_its_whole_run():
    draft = "this is f u c k e d up"
    result = clean(draft)
    start = result.text.index("fucked")
    a, b = result.span(start, start + len("fucked"))
    assert draft[a:b] == "f u c k e d"


def test_screener_quotes_the_draft_not_the_cleaned_copy(screener):
    draft = "so proud of my сlіеnt Jayden today"
    finding = next(f for f in screener.findings_for_text(draft) if f.category == "client_identity")
    assert finding.quote == draft[finding.start:finding.end]
    assert "Jayden" in finding.quote
