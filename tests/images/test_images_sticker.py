"""A sticker as big as the head in a close-up: found with nothing around it to go by, and a
shirt's printed number below a visible face is still no face cover."""

from __future__ import annotations

import random

import pytest

import make_image_set as image_set  # tests/images/ is on sys.path for its own conftest
import make_photo_set as photo_set

from postcheck.images import OBSCURED_KINDS


@pytest.fixture(scope="module")
def close_up():
    """opencv-doc's tight portrait: the face fills a third of the frame, the background is dark."""
    if not photo_set.OPENCV_HTML.is_dir():
        pytest.skip("needs Debian's opencv-doc pictures (apt-get install opencv-doc; .ci/run installs it)")
    return photo_set.load_source("smiling_man"), photo_set.PEOPLE["smiling_man"]


@pytest.mark.parametrize("strength", [1.25, 1.75])
def test_a_sticker_over_the_whole_head_of_a_close_up_is_a_covered_face(face_screener, save_photo, close_up, strength):
    photo, known = close_up
    covered = image_set.OBSCURE["sticker"](photo, known.box, known.eye_y, strength, random.Random(5))
    kinds = {o.kind for o in face_screener.analyze(save_photo(covered, f"close-up-sticker-{strength}.jpg")).observations}
    assert "emoji_face" in kinds


@pytest.mark.parametrize("seed", [0, 5, 8])
def test_a_number_printed_on_a_shirt_below_the_face_is_no_face_cover(face_screener, save_photo, close_up, seed):
    rng = random.Random(seed)
    scene = photo_set.person_scene("smiling_man", rng, whole=True)
    shirt, _text, _token = photo_set.draw_tag(scene, "jersey", rng)
    kinds = {o.kind for o in face_screener.analyze(save_photo(shirt, f"close-up-jersey-{seed}.jpg")).observations}
    assert "face" in kinds and not kinds & OBSCURED_KINDS
