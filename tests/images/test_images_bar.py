"""The eye-bar test across a face box (`_bar_across`), read directly: where it looks for the step
from paint to skin."""

from __future__ import annotations

import numpy as np

from postcheck.images import signals
from postcheck.images.checks.bar import _bar_across
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
    photo.hsv[..., 2] = np.minimum(photo.hsv[..., 2], 35)  # a dark face: no clear step beyond the bar
    assert _bar_across(photo, CANDIDATE) is None
