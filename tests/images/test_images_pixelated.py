"""The pixelated-face check: a face box of equal flat blocks is a mosaic only when it holds a face's greys."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from postcheck.images import OBSCURED_KINDS
from postcheck.images.checks import PhotoSignals
from postcheck.images.checks.base import overlaps
from postcheck.images.checks.pixelated import PixelatedFace, PixelatedPatch
from postcheck.images.faces import WORK_SIDE, FaceCandidate
from postcheck.images.signals import gray
from postcheck.model import Region

BOX = Region(220, 140, 160, 192)
OPENCV_DATA = Path("/usr/share/doc/opencv-doc/examples/data")  # as tests/images/make_photo_set.py


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


def _four_pixel_mosaic(box: Region) -> PhotoSignals:
    """Sharp grey texture, and in `box` a crisp mosaic of 4-pixel blocks with a face's greys."""
    rng = np.random.default_rng(1)
    gray = rng.integers(0, 256, (480, 640)).astype(np.uint8)
    blocks = rng.integers(90, 200, (box.height // 4, box.width // 4)).astype(np.uint8)
    gray[box.y : box.y + box.height, box.x : box.x + box.width] = np.kron(blocks, np.ones((4, 4), np.uint8))
    rgb = np.repeat(gray[..., None], 3, axis=2)
    return PhotoSignals(rgb, gray, candidates=[FaceCandidate(box, 0.9, WORK_SIDE)])


def test_a_small_face_in_a_crisp_mosaic_of_4_pixel_blocks_is_pixelated():
    assert PixelatedFace().run(_four_pixel_mosaic(Region(200, 120, 32, 40)), [])


@pytest.mark.skipif(not OPENCV_DATA.is_dir(), reason="needs Debian's opencv-doc example photos (apt-get install opencv-doc)")
@pytest.mark.parametrize("frame", ["basketball1.png", "basketball2.png"])
def test_a_video_frames_faint_codec_grid_on_a_small_face_is_no_mosaic(face_screener, frame):
    # A 31-px face in a frame of a video: its codec's 4-pixel blocks show as a faint grid.
    kinds = {o.kind for o in face_screener.analyze(OPENCV_DATA / frame).observations}
    assert "face" in kinds and not kinds & OBSCURED_KINDS


def _blocks_with_no_face_found(text: str | None, candidates=()) -> list:
    """A grey photo with a patch of 12-pixel blocks of many greys where no face is found; OCR read `text`."""
    from postcheck.images.checks.pixelated import PixelatedPatch
    from postcheck.images.ocr import OcrResult

    box = Region(224, 144, 156, 192)
    rng = np.random.default_rng(0)
    gray = rng.integers(0, 256, (480, 640)).astype(np.uint8)
    blocks = rng.integers(60, 200, (box.height // 12, box.width // 12)).astype(np.uint8)
    gray[box.y : box.y + box.height, box.x : box.x + box.width] = np.kron(blocks, np.ones((12, 12), np.uint8))
    rgb = np.repeat(gray[..., None], 3, axis=2)
    read = None if text is None else OcrResult(text=text, words=len(text.split()), text_area=0.1, lines=[])
    return PixelatedPatch().run(PhotoSignals(rgb, gray, candidates=list(candidates), text=read), [])


def test_a_patch_of_blocks_on_a_picture_read_as_print_is_its_design_unless_a_face_is_found_at_it():
    flyer = "Could you foster a child\nInformation evening at the library\nThursday at seven, all welcome"
    assert _blocks_with_no_face_found(None)  # a photo: a mosaic no detector sees any more
    assert _blocks_with_no_face_found(flyer) == []  # a flyer's lines of text: a tiled pattern in its design
    faint_face = FaceCandidate(Region(240, 160, 120, 150), 0.3, WORK_SIDE)
    assert _blocks_with_no_face_found(flyer, [faint_face])  # a face found at it, print or not


def _patch_of_blocks(greys: list[int]) -> PhotoSignals:
    """A black-and-white picture: sharp grey texture, and in BOX 8-pixel blocks each of one of `greys`."""
    rng = np.random.default_rng(2)
    gray = rng.integers(0, 256, (480, 640)).astype(np.uint8)
    blocks = rng.choice(np.array(greys, np.uint8), (BOX.height // 8, BOX.width // 8))
    gray[BOX.y : BOX.y + BOX.height, BOX.x : BOX.x + BOX.width] = np.kron(blocks, np.ones((8, 8), np.uint8))
    return PhotoSignals(np.repeat(gray[..., None], 3, axis=2), gray, candidates=[])


@pytest.mark.parametrize(("greys", "pixelated"), [
    ([70, 100, 130, 160, 190], True),  # a face's mosaic: skin, hair and eyes in many greys
    ([60, 200], False),                # a drawing's flat fill: a keyboard's keys, a line drawing's paper and ink
])
def test_a_patch_of_blocks_with_no_face_found_is_pixelated_only_in_several_greys(greys, pixelated):
    found = PixelatedPatch().run(_patch_of_blocks(greys), [])
    assert any(overlaps(seen.region, [BOX]) for seen in found) == pixelated


def _coarse_grey_mosaic(backdrop: tuple[int, int, int]) -> PhotoSignals:
    """A grey photo's coarse mosaic of six blocks across (no face box: the detector finds none under it) on a studio
    backdrop of the given colour."""
    rng = np.random.default_rng(2)
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = backdrop
    blocks = rng.integers(60, 200, (7, 6)).astype(np.uint8)
    face = np.kron(blocks, np.ones((48, 48), np.uint8))
    rgb[60:60 + face.shape[0], 200:200 + face.shape[1]] = face[..., None]
    return PhotoSignals(rgb, gray(rgb), candidates=[])


@pytest.mark.parametrize("backdrop", [(128, 128, 128), (120, 112, 150)])  # plain grey; a lavender studio backdrop
def test_a_grey_coarse_mosaic_is_pixelated_on_a_grey_or_tinted_backdrop(backdrop):
    # The mosaic holds no skin colour: it counts where the photo, or the mosaic itself, is black and white.
    assert PixelatedPatch().run(_coarse_grey_mosaic(backdrop), [])


def test_a_coloured_block_pattern_with_no_skin_is_no_pixelated_face():
    rng = np.random.default_rng(4)
    rgb = np.zeros((480, 640, 3), np.uint8)
    rgb[:] = (120, 112, 150)
    hues = rng.integers(0, 3, (7, 6))
    palette = np.array([(40, 90, 200), (30, 160, 60), (200, 200, 40)], np.uint8)
    tiles = np.kron(palette[hues], np.ones((48, 48, 1), np.uint8))
    rgb[60:60 + tiles.shape[0], 200:200 + tiles.shape[1]] = tiles
    assert not PixelatedPatch().run(PhotoSignals(rgb, gray(rgb), candidates=[]), [])
