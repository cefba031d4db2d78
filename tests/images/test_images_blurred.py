"""The blurred-face check: what makes a soft face box an editor's blur, and what makes it something else."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from postcheck.images.checks import PhotoSignals
from postcheck.images import signals
from postcheck.images.checks.blurred import BlurredFace, _blurred_skin_patch, _soft_background
from postcheck.images.faces import WORK_SIDE, FaceCandidate
from postcheck.model import Region

OPENCV_DATA = Path("/usr/share/doc/opencv-doc/examples/data")  # as tests/images/make_photo_set.py

BOX = Region(280, 250, 60, 72)
SKIN = (224, 172, 140)  # grey level 184


def _signals(rgb: np.ndarray, box: Region = BOX) -> PhotoSignals:
    candidate = FaceCandidate(box, 0.7, WORK_SIDE)
    return PhotoSignals(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), candidates=[candidate])


def _noise(shape, sigma: float = 0.0, seed: int = 0) -> np.ndarray:
    """Colourful random texture, sharp, or soft when blurred by `sigma`."""
    texture = np.random.default_rng(seed).integers(0, 256, (*shape, 3)).astype(np.uint8)
    return cv2.GaussianBlur(texture, (0, 0), sigma) if sigma else texture


@pytest.mark.parametrize(("tint", "blurred"), [
    (SKIN, True),            # blur keeps a face's colours
    ((70, 140, 60), False),  # a leaf's green: soft, but nothing a face blurs into
    ((90, 90, 200), False),  # a blue object
])
def test_a_soft_box_in_a_colour_photo_is_a_blurred_face_only_when_skin_shows(tint, blurred):
    # At the photo's left edge, so that only the box's softness against the photo and its
    # surroundings decides (a detail-free island must close before the photo's edge).
    box = Region(0, BOX.y, BOX.width, BOX.height)
    rgb = _noise((480, 640))
    soft = cv2.GaussianBlur(rgb[box.y : box.y + box.height, : box.width].astype(np.float32), (0, 0), 6)
    rgb[box.y : box.y + box.height, : box.width] = np.clip(np.array(tint, np.float32) + (soft - soft.mean()) * 0.3, 0, 255)
    found = BlurredFace().run(_signals(rgb, box), [])
    assert bool(found) == blurred
    if blurred:
        assert found[0].region == box


def _between_plain_walls(below_sigma: float) -> np.ndarray:
    """Sharp texture across the top, plain grey on both sides of the face box, a blurred face box,
    and below it texture that is sharp (sigma 0) or out of focus."""
    rgb = np.full((480, 640, 3), 184, np.uint8)  # a wall as light as the face: its edge is the blur's own
    rgb[:240] = _noise((240, 640))
    rgb[340:] = _noise((140, 640), below_sigma, seed=1)
    x, y, w, h = BOX.x, BOX.y, BOX.width, BOX.height
    face = _noise((h, w), 2.0, seed=2).astype(np.int16)
    rgb[y : y + h, x : x + w] = np.clip((face - face.mean()) + SKIN, 0, 255)
    return rgb


def test_an_editors_blur_between_plain_walls_and_sharp_surroundings_is_a_blurred_face():
    assert BlurredFace().run(_signals(_between_plain_walls(below_sigma=0.0)), [])


def test_a_soft_box_whose_only_other_textured_side_is_as_soft_is_background():
    # Plain walls on two sides say nothing either way; of the two sides that show something, one
    # is as out of focus as the box: a camera's blur goes on past the box, an editor's stops at it.
    assert not BlurredFace().run(_signals(_between_plain_walls(below_sigma=2.0)), [])


def _soft_corner(subject: bool) -> PhotoSignals:
    """A sharp colour photo with a soft, skin-toned patch in its top-left corner that the detector
    is unsure of, and, with `subject`, a sharp face it is sure of far from it."""
    rgb = _noise((480, 640))
    corner = Region(0, 0, BOX.width, BOX.height)
    soft = cv2.GaussianBlur(rgb[: corner.height, : corner.width].astype(np.float32), (0, 0), 6)
    rgb[: corner.height, : corner.width] = np.clip(np.array(SKIN, np.float32) + (soft - soft.mean()) * 0.3, 0, 255)
    candidates = [FaceCandidate(corner, 0.45, 128)]
    if subject:
        candidates.insert(0, FaceCandidate(Region(420, 300, 80, 96), 0.9, WORK_SIDE))
    return PhotoSignals(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), candidates=candidates)


def test_an_unsure_soft_corner_beside_a_sharp_face_is_background():
    # Two of its sides are outside the frame: nothing shows the blur stops at it, and the camera
    # focused on the sharp face (a portrait's soft background reaches the corners).
    assert [s.region for s in BlurredFace().run(_soft_corner(subject=True), [])] == []
    # With no face in focus to say where the camera looked, the patch is still read as before.
    assert [s.region for s in BlurredFace().run(_soft_corner(subject=False), [])] == [Region(0, 0, BOX.width, BOX.height)]


def _soft_at_the_edge(confidence: float, box: Region) -> PhotoSignals:
    """A sharp colour photo with a soft, skin-toned patch at `box` (a candidate of `confidence`) and no face in focus."""
    rgb = _noise((480, 640))
    x0, y0, x1, y1 = box.x, box.y, box.x + box.width, box.y + box.height
    soft = cv2.GaussianBlur(rgb[y0:y1, x0:x1].astype(np.float32), (0, 0), 6)
    rgb[y0:y1, x0:x1] = np.clip(np.array(SKIN, np.float32) + (soft - soft.mean()) * 0.3, 0, 255)
    return PhotoSignals(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), candidates=[FaceCandidate(box, confidence, WORK_SIDE)])


def test_an_unsure_soft_box_framed_out_on_most_sides_is_background():
    # held_out_18's heather: a lens's shallow depth of field leaves a large weak candidate at the frame's edge whose
    # surroundings lie in the photo on two sides at most; nothing shows that the blur stops at it.
    tall = Region(0, 40, 200, 380)  # cut by the left edge; the strip above and the strip below fall outside the frame
    assert BlurredFace().run(_soft_at_the_edge(0.45, tall), []) == []
    # The same patch inside the frame, with surroundings on every side, is an island: a blurred face.
    inside = Region(220, 120, 120, 150)
    assert [s.region for s in BlurredFace().run(_soft_at_the_edge(0.45, inside), [])] == [inside]
    # A face the detector is sure of keeps its reading at the edge.
    assert [s.region for s in BlurredFace().run(_soft_at_the_edge(0.7, tall), [])] == [tall]


def _soft_skin(rgb: np.ndarray, box: Region, sigma: float = 6.0) -> None:
    """Blur `box` of `rgb` in place into a soft, skin-toned patch (what a blurred face leaves)."""
    patch = rgb[box.y : box.y + box.height, box.x : box.x + box.width].astype(np.float32)
    soft = cv2.GaussianBlur(patch, (0, 0), sigma)
    rgb[box.y : box.y + box.height, box.x : box.x + box.width] = np.clip(
        np.array(SKIN, np.float32) + (soft - soft.mean()) * 0.3, 0, 255)


def _sharp_subject_and_soft_faces(crowd: int) -> PhotoSignals:
    """A sharp photo with a sharp face the detector is sure of, one soft face box it is fairly
    sure of (BOX), and `crowd` more soft face boxes across the top (a crowd out of focus)."""
    rgb = _noise((480, 640))
    boxes = [BOX] + [Region(20 + 100 * i, 20, 40, 48) for i in range(crowd)]
    for box in boxes:
        _soft_skin(rgb, box)
    candidates = [FaceCandidate(Region(460, 300, 80, 96), 0.9, WORK_SIDE), FaceCandidate(BOX, 0.65, 256)]
    candidates += [FaceCandidate(box, 0.3, 256) for box in boxes[1:]]
    return PhotoSignals(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), candidates=candidates)


def test_a_soft_face_among_a_soft_crowd_behind_a_sharp_subject_is_background():
    # Six more face boxes as soft as it: the stands behind a footballer, out of focus. (Here the
    # texture around the boxes is sharp, so the mask-edge test still sees an island at each: the
    # crowd is asked of the ratio tests' background judgement, which is what it changes.)
    photo = _sharp_subject_and_soft_faces(crowd=6)
    subjects, cand = photo.candidates[:1], photo.candidates[1]
    face = signals.region_sharpness(photo.energy, cand.region)
    assert _soft_background(photo, cand, face, subjects)
    # Alone (an editor's island beside the sharp face), it is a blurred face, not background.
    photo = _sharp_subject_and_soft_faces(crowd=0)
    assert not _soft_background(photo, photo.candidates[1], face, photo.candidates[:1])
    assert [s.region for s in BlurredFace().run(photo, [])] == [BOX]


@pytest.mark.skipif(not OPENCV_DATA.is_dir(), reason="needs Debian's opencv-doc example photos (apt-get install opencv-doc)")
def test_messi5s_stands_out_of_focus_behind_him_are_no_blurred_face(face_screener):
    # The detector fires on soft faces in the crowd; one beside his arm measured as an island.
    kinds = {o.kind for o in face_screener.analyze(OPENCV_DATA / "messi5.jpg").observations}
    assert kinds == {"face"}


def _weak_candidate_on_a_patch(skin_share: float) -> PhotoSignals:
    """A sharp colour photo with a smooth patch in BOX, `skin_share` of it skin-toned and the rest a
    smooth green, that the detector is only faintly sure of (0.3) as a face."""
    rgb = _noise((480, 640))
    _soft_skin(rgb, BOX)
    rows = round(BOX.height * (1 - skin_share))
    rgb[BOX.y : BOX.y + rows, BOX.x : BOX.x + BOX.width] = (70, 140, 60)
    return PhotoSignals(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), candidates=[FaceCandidate(BOX, 0.3, 256)])


def test_a_faint_face_blurred_into_one_skin_tone_is_a_blurred_face():
    photo = _weak_candidate_on_a_patch(skin_share=1.0)
    assert _blurred_skin_patch(photo, photo.candidates[0], photo.candidates, []) is not None
    assert [s.detail for s in BlurredFace().run(photo, [])][0].startswith("face at {where} looks blurred: a patch of skin")
    # Two fifths of it another colour (a dog's fur, a leaf): the faint candidate is not read so.
    photo = _weak_candidate_on_a_patch(skin_share=0.6)
    assert _blurred_skin_patch(photo, photo.candidates[0], photo.candidates, []) is None


def _featureless_box(confidence: float) -> PhotoSignals:
    """Soft skin-toned texture with, in BOX, a softer face box showing no eyes or mouth at its own
    scale, which the detector is `confidence` sure of, and a sharp strip at the photo's foot."""
    texture = _noise((480, 640)).astype(np.float32)
    soft, softer = cv2.GaussianBlur(texture, (0, 0), 2), cv2.GaussianBlur(texture, (0, 0), 5)
    soft[BOX.y : BOX.y + BOX.height, BOX.x : BOX.x + BOX.width] = softer[BOX.y : BOX.y + BOX.height, BOX.x : BOX.x + BOX.width]
    rgb = np.clip(np.array(SKIN, np.float32) + (soft - soft.mean()) * 2, 0, 255).astype(np.uint8)
    rgb[400:] = _noise((80, 640))
    return PhotoSignals(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), candidates=[FaceCandidate(BOX, confidence, WORK_SIDE)])


def test_a_sure_face_with_no_features_is_blurred_even_where_the_background_test_says_background(monkeypatch):
    # Where the soft-background test reads the box as background (portrait mode, a crowd out of
    # focus), a face the detector is sure of that shows no eyes or mouth at its own scale is still
    # a blurred face: the test cannot explain away missing features.
    from postcheck.images.checks import blurred
    monkeypatch.setattr(blurred, "_soft_background", lambda *args: True)
    assert [s.region for s in BlurredFace().run(_featureless_box(0.9), [])] == [BOX]
    # Less sure, the feature test says nothing: the ratios call the box blurred, the background test decides.
    assert BlurredFace().run(_featureless_box(0.7), []) == []
    monkeypatch.undo()
    assert [s.region for s in BlurredFace().run(_featureless_box(0.7), [])] == [BOX]


def test_a_face_too_small_to_judge_is_not_called_blurred_or_pixelated():
    """A drawn crowd's faces, a dozen pixels wide as posted, hold no fine detail to lose and no blocks to count;
    the smallest obscured face of the labelled photo set is 20 pixels wide. A sticker is judged at any size."""
    from postcheck.images.checks.base import Seen
    from postcheck.images.checks.blurred import BLURRED_FACE
    from postcheck.images.checks.emoji import EMOJI_FACE
    from postcheck.images.checks.pixelated import PIXELATED_FACE
    from postcheck.images.screener import _too_small
    from postcheck.model import Region

    tiny = Region(100, 100, 10, 12)
    assert _too_small(Seen(BLURRED_FACE, tiny, 0.8, ""), 1.0)
    assert _too_small(Seen(PIXELATED_FACE, tiny, 0.8, ""), 1.5)
    assert not _too_small(Seen(BLURRED_FACE, tiny, 0.8, ""), 2.0)  # 20 pixels wide as posted
    assert not _too_small(Seen(EMOJI_FACE, tiny, 0.8, ""), 1.0)
