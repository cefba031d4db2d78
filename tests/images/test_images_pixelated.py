"""The pixelated-face check: a face box of equal flat blocks is a mosaic only when it holds a face's greys."""

from __future__ import annotations

import numpy as np
import pytest

from postcheck.images.checks import PhotoSignals
from postcheck.images.checks.pixelated import PixelatedFace
from postcheck.images.faces import WORK_SIDE, FaceCandidate
from postcheck.model import Region

BOX = Region(220, 140, 160, 192)


def _blocks_in_a_sharp_photo(spread: float) -> PhotoSignals:
    """Sharp grey texture, and in BOX 8-pixel blocks whose greys spread by `spread` around 128."""
    rng = np.random.default_rng(0)
    gray = rng.integers(0, 256, (480, 640)).astype(np.uint8)
    rows, cols = BOX.height // 8, BOX.width // 8
    blocks = np.clip(128 + rng.choice([-1.0, 1.0], (rows, cols)) * spread, 0, 255).astype(np.uint8)
    gray[BOX.y : BOX.y + BOX.height, BOX.x : BOX.x + BOX.width] = np.kron(blocks, np.ones((8, 8), np.uint8))
    rgb = np.repeat(gray[..., None], 3, axis=2)
    return PhotoSignals(rgb, gray, candidates=[FaceCandidate(BOX, 0.5, WORK_SIDE)])


@pytest.mark.parametrize(("spread", "pixelated"), [
    (30.0, True),   # a face's skin, hair and eyes in blocks
    (6.0, False),   # a smooth out-of-focus background, where JPEG's own blocks step by a few greys
])
def test_a_face_box_of_flat_blocks_is_pixelated_only_with_a_faces_greys(spread, pixelated):
    found = PixelatedFace().run(_blocks_in_a_sharp_photo(spread), [])
    assert bool(found) == pixelated
