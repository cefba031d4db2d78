"""The eye-bar tests across a face box, read directly: where `_bar_across` looks for the step
from paint to skin, and the slanted bar that only `_turned_bar_across` reads."""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.images.checks.bar import Bar, RaisedBar, _bar_across, _raised_bar, _tilted_bar_across, _turned_bar_across
from postcheck.images.checks.base import PhotoSignals
from postcheck.images.faces import FaceCandidate
from postcheck.model import Region

FACE = Region(100, 60, 200, 260)


def _barred_face(soft_edge_rows: int) -> PhotoSignals:
    """Skin-toned face box on a mid-grey photo, a black bar across its eye band, and on each
    side of the bar `soft_edge_rows` rows still dark but noisy, as enlarging and JPEG leave them."""
    noise = np.random.default_rng(0)
    rgb = np.full((400, 400, 3), 120, np.uint8)
    x, y, w, h = FACE.x, FACE.y, FACE.width, FACE.height
    rgb[y:y + h, x:x + w] = (215, 170, 140)
    top, bottom = y + int(0.35 * h), y + int(0.5 * h)
    rgb[top:bottom, x - 20:x + w + 20] = 0
    for rows in (slice(top - soft_edge_rows, top), slice(bottom, bottom + soft_edge_rows)):
        shade = noise.integers(10, 50, size=(soft_edge_rows, w + 40, 1))
        rgb[rows, x - 20:x + w + 20] = shade.astype(np.uint8)
    return PhotoSignals(rgb, signals.gray(rgb), candidates=[CANDIDATE])


CANDIDATE = FaceCandidate(FACE, 0.9, 640)


def test_a_bar_with_sharp_edges_is_found_across_the_eye_band():
    bar = _bar_across(_barred_face(0), CANDIDATE)
    assert bar is not None and FACE.y + 0.3 * FACE.height <= bar.y <= FACE.y + 0.4 * FACE.height


def test_a_bar_whose_edge_rows_are_dark_but_noisy_is_found():
    assert _bar_across(_barred_face(4), CANDIDATE) is not None


def test_dark_rows_with_no_brighter_skin_beyond_them_are_no_bar():
    photo = _barred_face(4)
    # A dark face: no clear step beyond the bar, not even the cheeks' step a bar painted in one grey needs.
    photo.hsv[..., 2] = np.minimum(photo.hsv[..., 2], 25)
    assert _bar_across(photo, CANDIDATE) is None


def _dim_face_with_a_band(band_levels: np.ndarray) -> PhotoSignals:
    """A dim close-up: a face box of brightness 75 on a darker photo, and across its eye band, wider than the face,
    dark rows of `band_levels` (one level a row), 35 under the skin: too small a step for a photographed band."""
    rgb = np.full((400, 400, 3), 50, np.uint8)
    x, y, w, h = FACE.x, FACE.y, FACE.width, FACE.height
    rgb[y:y + h, x:x + w] = (75, 62, 52)
    top = y + int(0.35 * h)
    rgb[top:top + len(band_levels), x - 20:x + w + 20] = band_levels.astype(np.uint8)[:, None, None]
    return PhotoSignals(rgb, signals.gray(rgb), candidates=[CANDIDATE])


def test_a_bar_painted_in_one_grey_on_a_dim_face_needs_only_the_cheeks_step():
    # held_out_17's dim close-up: a grey bar at 40 between skin at 60-77 above and below it.
    assert _bar_across(_dim_face_with_a_band(np.full(40, 40)), CANDIDATE) is not None
    # The same band photographed (hair or a shadow, shading from row to row): its rows are flat from side to side but
    # spread over a dozen levels, so it needs the full step to skin.
    assert _bar_across(_dim_face_with_a_band(np.linspace(34, 46, 40).round()), CANDIDATE) is None


def _slanted_bar(degrees: float, confidence: float = 0.9) -> tuple[PhotoSignals, FaceCandidate]:
    """A face box on a photo whose left part is a black backdrop, and a black bar drawn across its
    eye band at `degrees`, wider than the face, so that it runs into the backdrop."""
    rgb = np.full((400, 400, 3), 120, np.uint8)
    rgb[:, :90] = 0
    x, y, w, h = FACE.x, FACE.y, FACE.width, FACE.height
    rgb[y:y + h, x:x + w] = (215, 170, 140)
    centre = np.array([x + w / 2, y + 0.42 * h])
    along = np.array([np.cos(np.radians(degrees)), np.sin(np.radians(degrees))])
    across = np.array([-along[1], along[0]])
    half_long, half_short = 0.5 * w + 80, 0.07 * h
    corners = [centre + a * half_long * along + b * half_short * across for a, b in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    cv2.fillPoly(rgb, [np.round(corners).astype(np.int32)], (0, 0, 0))
    candidate = FaceCandidate(FACE, confidence, 640)
    return PhotoSignals(rgb, signals.gray(rgb), candidates=[candidate]), candidate


def test_a_slanted_bar_running_into_a_dark_backdrop_is_read_turned_level():
    photo, candidate = _slanted_bar(20)
    # Level rows are not dark across the face, and as a shape the bar has merged with the backdrop.
    assert _bar_across(photo, candidate) is None and _tilted_bar_across(photo, candidate) is None
    bar = _turned_bar_across(photo, candidate)
    assert bar is not None and bar.y < FACE.y + 0.42 * FACE.height < bar.y + bar.height
    assert [seen.kind.name for seen in Bar().run(photo, [])] == ["bar_face"]


def test_a_slanted_bar_on_a_face_the_detector_barely_found_is_not_read_turned():
    photo, candidate = _slanted_bar(20, confidence=0.3)
    assert _turned_bar_across(photo, candidate) is None


def test_dark_hair_or_clothes_on_one_side_of_a_slanted_dark_band_are_no_bar():
    photo, candidate = _slanted_bar(20)
    # Darken everything above the band (hair, a hood): no forehead above the "bar".
    value = photo.hsv[..., 2]
    rows, cols = np.indices(value.shape)
    centre_y = FACE.y + 0.42 * FACE.height + np.tan(np.radians(20)) * (cols - (FACE.x + FACE.width / 2))
    value[rows < centre_y - 0.07 * FACE.height] = 30
    assert _turned_bar_across(photo, candidate) is None


def test_a_faint_face_on_the_chest_below_a_sure_face_is_what_is_worn_or_held_there():
    # A gun in a hand or a dark badge on a shirt, below a face the detector is sure of, can make a
    # faint "face" whose middle rows are flat dark paint with skin beyond them: not a barred face.
    photo = _barred_face(0)
    held = FaceCandidate(FACE, 0.3, 128)
    above = FaceCandidate(Region(FACE.x + 40, FACE.y - 200, 120, 150), 0.92, 640)  # its chest holds FACE's bar
    photo.candidates = [above, held]
    assert _bar_across(photo, held) is not None
    assert Bar().run(photo, []) == []
    photo.candidates = [held]  # alone, a faint face with a bar across its eyes is a barred face
    assert [seen.kind.name for seen in Bar().run(photo, [])] == ["bar_face"]
    photo.candidates = [above, FaceCandidate(FACE, 0.6, 640)]  # a face the detector is fairly sure of is barred
    assert [seen.kind.name for seen in Bar().run(photo, [])] == ["bar_face"]


def test_a_dark_strip_taller_than_wide_is_no_eye_bar(monkeypatch):
    """Whatever reading finds it, a bar is wider than tall (turned as far as TURNS go, too): a
    tall dark strip down a face box is a collar, a lanyard or a shadow."""
    import postcheck.images.checks.bar as bar_module

    rgb = np.full((400, 400, 3), 120, np.uint8)
    rgb[FACE.y:FACE.y + FACE.height, FACE.x:FACE.x + FACE.width] = (215, 170, 140)
    photo = PhotoSignals(rgb, signals.gray(rgb), candidates=[CANDIDATE])
    monkeypatch.setattr(bar_module, "_bar_across", lambda photo, cand: Region(150, 120, 20, 70))
    assert not any(s.kind.name == "bar_face" for s in Bar().run(photo, []))
    monkeypatch.setattr(bar_module, "_bar_across", lambda photo, cand: Region(110, 150, 180, 30))
    assert any(s.kind.name == "bar_face" for s in Bar().run(photo, []))


def _hat_brim_shadow(confidence: float) -> tuple[PhotoSignals, FaceCandidate]:
    """A black-and-white face under a white sun hat: the hat fills the top of the face box, then a
    flat dark band (the brim's shadow and a fringe) that fades into the forehead over the eyes."""
    v = np.full((400, 400), 110, np.uint8)
    x, y, w, h = FACE.x, FACE.y, FACE.width, FACE.height
    v[y:y + h, x:x + w] = 150  # the face
    v[y - 40:y + int(0.2 * h), x - 40:x + w + 40] = 235  # the hat, wider than the face
    band = slice(y + int(0.2 * h), y + int(0.32 * h))
    v[band, x - 30:x + w + 30] = 25
    # The shadow's edge is no step: below it the brows and eyes, dark and textured, not flat paint.
    shade = np.random.default_rng(0).integers(35, 65, size=(int(0.1 * h), w))
    v[band.stop:band.stop + shade.shape[0], x:x + w] = shade.astype(np.uint8)
    rgb = np.repeat(v[..., None], 3, axis=2)
    candidate = FaceCandidate(FACE, confidence, 640)
    return PhotoSignals(rgb, signals.gray(rgb), candidates=[candidate]), candidate


def test_a_hat_brims_shadow_over_a_face_the_detector_is_sure_of_is_no_bar():
    # Bright hat above the dark band, but no clear step to cheeks below it: the brows and eyes are there.
    photo, candidate = _hat_brim_shadow(0.9)
    assert _bar_across(photo, candidate) is None
    # A bar over the eyes of the same sure face has lit cheeks below it, and is still found.
    assert _bar_across(_barred_face(0), CANDIDATE) is not None


def test_a_weak_face_candidates_bar_needs_no_cheeks_below():
    # The detector's box around a face it is unsure of may sit off the face: below the bar may be
    # anything, so the step to brighter paint on one side is enough there, as before.
    photo, candidate = _hat_brim_shadow(0.3)
    assert _bar_across(photo, candidate) is not None


def _bar_at_the_box_top(above: int) -> tuple[PhotoSignals, FaceCandidate]:
    """A face with a black bar over its eyes, where the detector put its box's top on the bar (it found the nose,
    mouth and chin below it): above the bar a forehead of brightness `above`, below it lit cheeks."""
    rgb = np.full((400, 400, 3), 120, np.uint8)
    x, w = 100, 200
    rgb[40:360, x:x + w] = (215, 170, 140)  # the whole face, forehead to chin
    rgb[40:110, x:x + w] = above  # the forehead, or hair
    rgb[110:150, x - 20:x + w + 20] = 0  # the bar over the eyes
    box = Region(x, 130, w, 230)  # the detector's box: its top inside the bar
    candidate = FaceCandidate(box, 0.75, 640)
    return PhotoSignals(rgb, signals.gray(rgb), candidates=[candidate]), candidate


def test_a_bar_the_detector_put_at_the_top_of_its_box_is_read_in_the_box_raised():
    # Forehead above, cheeks below: a bar, although it lies at the very top of the detector's box, where the row
    # test across the box passes it by (a hat brim or hair would lie there).
    photo, candidate = _bar_at_the_box_top(above=200)
    assert _bar_across(photo, candidate) is None
    bar = _raised_bar(photo, candidate)
    assert bar is not None and bar.y <= 112 and bar.y + bar.height >= 148
    assert [seen.kind.name for seen in RaisedBar().run(photo, [])] == ["bar_face"]
    # Dark above the band as well (hair, a beanie): no bar.
    photo, candidate = _bar_at_the_box_top(above=20)
    assert _raised_bar(photo, candidate) is None
    # A face the detector is unsure of is not read raised.
    photo, _ = _bar_at_the_box_top(above=200)
    assert _raised_bar(photo, FaceCandidate(Region(100, 130, 200, 230), 0.4, 640)) is None


def _black_band_on_skin_toned_paper(words: int) -> PhotoSignals:
    """A black band, wider than tall, painted across skin-toned paper (a page under a warm lamp), no face found
    anywhere; OCR has read `words` sure words in the picture."""
    from postcheck.images.ocr import OcrResult

    grain = np.random.default_rng(3).normal(0, 6, (480, 640, 1))
    rgb = np.clip(np.array((215, 165, 120), np.float32) + grain, 0, 255).astype(np.uint8)
    rgb[200:250, 220:420] = 0
    return PhotoSignals(rgb, signals.gray(rgb), candidates=[], text=OcrResult(words=words))


def test_a_band_between_skin_on_a_picture_read_as_print_needs_a_face_at_it():
    # In a photo, a painted band with skin above and below it is a bar over a face the detector no longer finds...
    assert [s.kind.name for s in Bar().run(_black_band_on_skin_toned_paper(words=0), [])] == ["bar_face"]
    # ...but where OCR reads print (a crossword's clues under a lamp, 38 words), it is the page's black squares or
    # a title bar, as a disc or a patch of blocks there is the page's design.
    assert Bar().run(_black_band_on_skin_toned_paper(words=38), []) == []
