"""The folding every matcher and the model read through: disguised letters undone, offsets kept."""

from __future__ import annotations

import pytest

from postcheck.text.normalize import fold


@pytest.mark.parametrize("typed, folded", [
    ("my k1ddo", "my kiddo"),
    ("sch00l s0cial w0rkers n33d a ra1se", "school social workers need a raise"),
    ("c0urt w4s l0ng", "court was long"),
    ("Vi3ws my 0wn", "Views my own"),
    ("pl@ced w his gr@ndma", "placed w his grandma"),
    ("Little M@ddi3 from th3 unit", "Little Maddie from the unit"),
    ("the kid$ came back", "the kids came back"),
])
def test_digits_and_symbols_standing_for_letters_are_read_as_the_letters(typed, folded):
    assert fold(typed) == folded


@pytest.mark.parametrize("text", [
    "10am", "at 3pm", "the 1st", "0800 555 0100", "covid19", "Y10", "0.5 mg", "$50", "wow!!", "MP40", "4x4",
    "PS3", "SVQ3", "YP1 and YP3",
])
def test_numbers_times_and_codes_are_left_as_typed(text):
    assert fold(text) == text


def test_folding_keeps_every_offset():
    typed = "𝗸𝗶𝗱𝘀 in c4re r0und the c0rner, 5t33l"
    assert len(fold(typed)) == len(typed)


def test_letters_in_boxes_are_read_as_letters_for_the_rules_but_not_the_model():
    typed = "lil 🅰️ from placement, 🅙🅐🅼🅸🅴 too 🇬🇧"
    assert fold(typed) == "lil A\ufe0f from placement, JAMIE too 🇬🇧"  # flags stay flags
    assert fold(typed, boxed_letters=False) == typed
