"""Faces are found, obscured faces are called obscured, photos without people stay clean."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

import make_image_set as image_set

from postcheck.errors import DetectorUnavailable
from postcheck.images import OBSCURED_KINDS, faces
from postcheck.images.faces import iou
from postcheck.model import Region

EXPECTED_KIND = {
    "blur": {"blurred_face", "hidden_face"},
    "mosaic": {"pixelated_face"},
    "emoji": {"emoji_face"},
    "sticker": {"emoji_face"},
    "bar": {"bar_face"},
}


def kinds(analysis) -> set[str]:
    return {o.kind for o in analysis.observations}


@pytest.mark.parametrize("name", ["astronaut", "grace_hopper", "camera"])
def test_a_visible_face_is_found_where_it_is(face_screener, face_photos, save_photo, name):
    photo, known = face_photos[name]
    analysis = face_screener.analyze(save_photo(photo, f"{name}.jpg", quality=90))
    found = [o for o in analysis.observations if o.kind == "face"]
    assert len(found) == 1
    assert iou(found[0].region, Region(*known.box)) > 0.5
    assert not kinds(analysis) & OBSCURED_KINDS
    assert analysis.summary.faces == [found[0].region]


@pytest.mark.parametrize("name", ["coffee", "chelsea", "rocket", "text", "page"])
def test_a_photo_without_people_has_no_face(face_screener, save_photo, name):
    analysis = face_screener.analyze(save_photo(image_set.load_photo(name), f"{name}.jpg", quality=85))
    assert not kinds(analysis) & (OBSCURED_KINDS | {"face"})


def sky_with_sun() -> Image.Image:
    scene = Image.new("RGB", (480, 320), (140, 190, 235))
    draw = ImageDraw.Draw(scene)
    draw.polygon([(0, 250), (150, 120), (260, 220), (480, 150), (480, 320), (0, 320)], fill=(60, 130, 60))
    draw.ellipse((330, 30, 410, 110), fill=(255, 215, 0))
    return scene


@pytest.mark.parametrize("fmt", ["png", "jpg"])
def test_a_yellow_sun_is_not_an_emoji(face_screener, save_photo, fmt):
    assert not kinds(face_screener.analyze(save_photo(sky_with_sun(), f"sun.{fmt}"))) & OBSCURED_KINDS


def test_the_same_disc_with_eyes_and_a_mouth_is_an_emoji(face_screener, save_photo):
    scene = sky_with_sun()
    draw = ImageDraw.Draw(scene)
    draw.ellipse((352, 55, 362, 65), fill=(90, 60, 20))
    draw.ellipse((378, 55, 388, 65), fill=(90, 60, 20))
    draw.arc((350, 60, 390, 96), 20, 160, fill=(90, 60, 20), width=4)
    assert "emoji_face" in kinds(face_screener.analyze(save_photo(scene, "smiley.png")))


@pytest.mark.parametrize("method,strength", [
    ("blur", 0.05), ("blur", 0.2), ("mosaic", 14), ("mosaic", 6),
    ("emoji", 1.25), ("sticker", 1.25), ("bar", 0.22),
])
@pytest.mark.parametrize("name", ["astronaut", "grace_hopper"])
def test_each_way_of_hiding_a_face_is_called_obscured(face_screener, face_photos, save_photo, rng, name, method, strength):
    photo, known = face_photos[name]
    hidden = image_set.OBSCURE[method](photo, known.box, known.eye_y, strength, rng)
    analysis = face_screener.analyze(save_photo(hidden, f"{name}-{method}-{strength}.png"))
    obscured = [o for o in analysis.observations if o.kind in OBSCURED_KINDS]
    assert {o.kind for o in obscured} & EXPECTED_KIND[method]
    assert "face" not in kinds(analysis)  # a hidden face is never reported as merely "a face"
    face = Region(*known.box)
    assert any(o.region and (iou(o.region, face) > 0.1 or _centre_inside(face, o.region)) for o in obscured)


def _centre_inside(inner: Region, outer: Region) -> bool:
    cx, cy = inner.x + inner.width / 2, inner.y + inner.height / 2
    return outer.x <= cx <= outer.x + outer.width and outer.y <= cy <= outer.y + outer.height


def test_a_detector_crash_is_reported_not_passed(face_screener, face_photos, save_photo, monkeypatch):
    def broken(_image):
        raise RuntimeError("native failure")

    monkeypatch.setattr(face_screener.faces, "_detect", broken)
    with pytest.raises(DetectorUnavailable):
        face_screener.analyze(save_photo(face_photos["astronaut"][0], "crash.png"))


def test_without_yunet_the_bundled_haar_cascade_is_used(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "yuface", None)  # import yuface -> ImportError
    assert faces.FaceDetector().name == "haar"


def test_without_any_detector_screening_refuses_to_run(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "yuface", None)
    monkeypatch.setitem(sys.modules, "cv2", None)
    with pytest.raises(DetectorUnavailable):
        faces.FaceDetector()
