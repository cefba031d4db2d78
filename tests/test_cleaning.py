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
        ("our little 🌻 S🌟o🌟r🌟c🌟h🌟a 🌻", "our little 🌻 Sorcha 🌻"),  # an emoji between each two letters
        ("J\u2764\ufe0fa\u2764\ufe0fk\u2764\ufe0fe turned 5", "Jake turned 5"),  # a dingbat heart with its selector
        ("I ❤ U", "I ❤ U"),  # three letters: not a word to rejoin
        ("drop off at 2\ufe0f\u20e32\ufe0f\u20e31\ufe0f\u20e34\ufe0f\u20e3 Pecan Hollow Dr", "drop off at 2214 Pecan Hollow Dr"),  # keycap emoji
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


def test_rejoined_words_are_remembered_where_they_now_stand():
    result = clean("so proud of S-h-a-y-l-a and her c l i e n t file, U.S.A.")
    assert [result.text[s:e] for s, e in result.rejoined] == ["Shayla", "client"]
    assert clean("nothing spelled out here").rejoined == ()


def test_a_spelled_out_name_is_a_named_person_but_a_spelled_out_word_is_not(screener):
    from postcheck.text.spelled_names import SPELLED_OUT_NAME, spelled_out_names
    from postcheck.text.matching import EntityResult

    cleaned = clean("so proud of K-a-y-l-a and the f-o-s-t-e-r carers")
    kayla = cleaned.text.index("Kayla")
    person = EntityResult("PERSON", kayla, kayla + 5, 0.85)
    assert spelled_out_names(cleaned, [person]) == [EntityResult(SPELLED_OUT_NAME, kayla, kayla + 5, 1.0)]
    assert spelled_out_names(cleaned, []) == []  # not read as a person: not a name
    ids = {f.rule_id for f in screener.findings_for_text("so proud of K-a-y-l-a today")}
    assert "PC-ID-012" in ids


def test_a_given_name_spelled_out_in_capitals_is_a_name_but_an_acronym_or_a_surname_is_not():
    from postcheck.text.spelled_names import spelled_out_names

    def names(draft: str) -> list[str]:
        cleaned = clean(draft)
        return [cleaned.text[e.start:e.end] for e in spelled_out_names(cleaned, [])]

    assert names("shoutout to D-E-V-O-N for fixing his bike") == ["DEVON"]
    assert names("another call from D-C-F-S and a F-O-S-T-E-R panel") == []
    assert names("the G-R-A-C-E period is over") == []  # an everyday word as well as a name


def test_screener_quotes_the_draft_not_the_cleaned_copy(screener):
    draft = "so proud of my сlіеnt Jayden today"
    finding = next(f for f in screener.findings_for_text(draft) if f.category == "client_identity")
    assert finding.quote == draft[finding.start:finding.end]
    assert "Jayden" in finding.quote


# Every invisible or control character found hiding a phone number from the screen, by class:
# controls (NUL, BEL, DEL), bidi marks and isolates, invisible operators, tags, variation
# selectors, fillers, and the ones removed before (ZWSP, ZWJ, WJ, BOM, SHY, MVS).
HIDING_CHARACTERS = ["\u0000", "\u0007", "\u007f", "\u200e", "\u200f", "\u202a", "\u202e", "\u202c",
                     "\u2066", "\u2069", "\u034f", "\u061c", "\u2061", "\u2063", "\ufe00", "\U000e0020",
                     "\u3164", "\u180b", "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]


@pytest.mark.parametrize("hidden", HIDING_CHARACTERS, ids=[f"U+{ord(c):04X}" for c in HIDING_CHARACTERS])
def test_no_invisible_character_hides_a_phone_number(screener, hidden):
    draft = f"Call the mom at 310-555{hidden}-0199 tonight"
    findings = [f for f in screener.findings_for_text(draft) if f.category == "contact_pii"]
    assert findings
    assert all(f.quote == draft[f.start:f.end] for f in findings)


def test_line_breaks_and_tabs_are_kept():
    assert clean("one\ttwo\nthree\r\n").text == "one\ttwo\nthree\r\n"
