"""A sticker as big as the head in a close-up: found with nothing around it to go by, while a
shirt's printed number below a visible face, or a flyer's big coloured disc, is no face cover."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw

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


@pytest.mark.parametrize("name,options", [("flyer.png", {}), ("flyer.jpg", {"quality": 80})])
def test_a_big_coloured_disc_on_a_flyer_is_no_face_cover(face_screener, save_photo, name, options):
    flyer = Image.new("RGB", (1080, 1350), "white")
    draw = ImageDraw.Draw(flyer)
    draw.ellipse((340, 200, 740, 600), fill=(240, 120, 30))
    draw.polygon([(540, 520), (420, 380), (470, 320), (540, 370), (610, 320), (660, 380)], fill="white")
    for row, words in enumerate(("Foster care info night", "Thursday 6pm, Civic Hall", "All welcome")):
        draw.text((120, 700 + 110 * row), words, font=photo_set.font("DejaVuSans-Bold", 64), fill=(30, 30, 30))
    kinds = {o.kind for o in face_screener.analyze(save_photo(flyer, name, **options)).observations}
    assert not kinds & OBSCURED_KINDS


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_photographed_flyer_with_a_coloured_band_and_disc_is_no_face_cover(face_screener, save_photo, seed):
    # Grey paper with a coloured title band and logo disc reads as a black-and-white photo,
    # where any vivid patch would be a sticker; the band says it is print.
    rng = random.Random(seed)
    photo = photo_set.photograph(photo_set.flyer_a(rng), rng)
    kinds = {o.kind for o in face_screener.analyze(save_photo(photo, f"flyer-photo-{seed}.jpg", quality=88)).observations}
    assert not kinds & OBSCURED_KINDS


def test_a_colour_sticker_on_a_black_and_white_photo_is_still_a_covered_face(face_screener, face_photos, save_photo, rng):
    photo, known = face_photos["camera"]
    covered = image_set.OBSCURE["sticker"](photo.convert("RGB"), known.box, known.eye_y, 1.2, rng)
    kinds = {o.kind for o in face_screener.analyze(save_photo(covered, "camera-sticker.jpg", quality=90)).observations}
    assert "emoji_face" in kinds


@pytest.mark.parametrize("name,options", [("map.png", {}), ("map.jpg", {"quality": 85})])
def test_a_coloured_marker_on_a_black_and_white_drawing_is_no_face_cover(face_screener, save_photo, name, options):
    # A map or a line drawing in black on white paper reads as a black-and-white picture, where a vivid patch would
    # be a sticker added to a photo; mostly one constant white, it is a graphic, and its red marker is its design.
    drawing = Image.new("RGB", (900, 700), "white")
    draw = ImageDraw.Draw(drawing)
    draw.rectangle((0, 0, 420, 330), fill=(215, 215, 215))  # a park and a block in grey: no plain ground
    draw.rectangle((560, 420, 900, 700), fill=(190, 190, 190))
    for step in range(0, 900, 120):
        draw.line((step, 0, step + 200, 700), fill=(40, 40, 40), width=3)
    draw.line((0, 350, 900, 300), fill=(40, 40, 40), width=5)
    draw.ellipse((520, 220, 600, 310), fill=(220, 30, 40))
    kinds = {o.kind for o in face_screener.analyze(save_photo(drawing, name, **options)).observations}
    assert not kinds & OBSCURED_KINDS


@pytest.mark.parametrize("seed", [0, 4, 5, 6, 7])
def test_a_hello_name_tag_on_the_chest_is_no_sticker(face_screener, save_photo, close_up, seed):
    # Pieces of the tag's coloured band sit right below the face, with neck skin around them;
    # the face above is the wearer's, not a head the band covers.
    rng = random.Random(seed)
    scene = photo_set.person_scene("smiling_man", rng, whole=True)
    tagged, _text, _token = photo_set.draw_tag(scene, "hello", rng)
    kinds = {o.kind for o in face_screener.analyze(save_photo(tagged, f"hello-tag-{seed}.jpg", quality=90)).observations}
    assert "face" in kinds and not kinds & OBSCURED_KINDS


def _disc_on_a_wooden_desk(words: int):
    """An orange disc with a white question mark on grained, skin-toned wood (flyer-J on a desk),
    no face anywhere; OCR has read `words` sure words in the picture."""
    import cv2
    import numpy as np

    from postcheck.images.checks import PhotoSignals
    from postcheck.images.ocr import OcrResult

    grain = np.random.default_rng(0).normal(0, 18, (480, 1)).repeat(640, axis=1)
    wood = np.clip(np.stack([190 + grain, 140 + grain, 100 + grain], axis=2), 0, 255).astype(np.uint8)
    cv2.circle(wood, (320, 240), 110, (230, 120, 30), -1)
    cv2.putText(wood, "?", (270, 310), cv2.FONT_HERSHEY_SIMPLEX, 5, (255, 255, 255), 18)
    return PhotoSignals(wood, cv2.cvtColor(wood, cv2.COLOR_RGB2GRAY), candidates=[], text=OcrResult(words=words))


def test_a_disc_on_a_picture_read_as_print_needs_a_face_at_it():
    from postcheck.images.checks.sticker import Sticker

    # The same disc, as a photo: skin-toned wood around it and the size of a close-up's head
    # make it a sticker over a face...
    assert [s.kind.name for s in Sticker().run(_disc_on_a_wooden_desk(words=0), [])] == ["emoji_face"]
    # ...but where OCR reads a flyer's lines of text (flyer-J's 33-42 words), a disc is the
    # flyer's design, and only a face found at it would make it a cover.
    assert Sticker().run(_disc_on_a_wooden_desk(words=33), []) == []
    # A magazine cover or a calendar photographed small, close up or under a lamp reads only a few words (2-9): two are
    # enough to call it print; one, as a street photo's sign gives, is not.
    assert Sticker().run(_disc_on_a_wooden_desk(words=2), []) == []
    assert [s.kind.name for s in Sticker().run(_disc_on_a_wooden_desk(words=1), [])] == ["emoji_face"]


def _disc_on_a_one_hue_surface(disc_red: int, disc=None) -> Image.Image:
    """A scene under a sodium street lamp: every pixel one orange (red, 0.62 of it green, 0.18 blue) at its own
    brightness, and a flat disc, of that orange at `disc_red` or of the colour `disc`."""
    import numpy as np

    red = np.random.default_rng(4).uniform(90, 210, (480, 640, 1)).astype(np.float32)
    picture = Image.fromarray(np.clip(red * np.array((1.0, 0.62, 0.18), np.float32), 0, 255).astype(np.uint8))
    ImageDraw.Draw(picture).ellipse((270, 170, 370, 290), fill=disc or (disc_red, round(0.62 * disc_red), round(0.18 * disc_red)))
    return picture


@pytest.mark.parametrize(("disc", "covered"), [
    (None, False),             # the lamp's own orange: a flat patch of the lit scene, no cover laid over a head
    ((150, 40, 200), True),    # another colour: a sticker
])
def test_a_flat_shape_of_the_colour_round_it_is_no_sticker(face_screener, save_photo, disc, covered):
    photo = save_photo(_disc_on_a_one_hue_surface(200, disc), f"one-hue-{covered}.png")
    assert ("emoji_face" in {o.kind for o in face_screener.analyze(photo).observations}) == covered
