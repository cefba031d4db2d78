"""What painted covers (emoji, stickers, bars) have in common: flat paint where a head is.

Thresholds come from reasoning about the trace paint leaves (a photographed surface always
varies by a few grey levels, a painted one does not) and were checked on the labeled set
in tests/images/, not fitted to it.
"""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images.checks.base import PhotoSignals, contains
from postcheck.model import Region

MIN_COVER_AREA = 0.0015  # a cover smaller than this share of the photo hides no face
PAINT_STD = 3.0  # robust colour spread inside a painted shape; photographed surfaces measure more


def close(mask: np.ndarray) -> np.ndarray:
    """Bridge the thin seams (JPEG edges, an emoji's eyes) that split one painted shape."""
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    return cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_CLOSE, kernel).astype(bool)


def shrunk(filled: np.ndarray, rim: int) -> np.ndarray:
    """A shape's mask without a rim of `rim` pixels (where edges blur into the background)."""
    return cv2.erode(filled.astype(np.uint8), np.ones((2 * rim + 1, 2 * rim + 1), np.uint8)).astype(bool)


def is_flat(photo: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """Painted, not photographed: most of the shape has almost no fine detail."""
    patch = photo.energy[region.y : region.y + region.height, region.x : region.x + region.width][filled]
    return float(np.median(patch)) < 0.05 * photo.reference


def is_painted(photo: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """One solid colour inside (a photographed surface always varies by a few levels)."""
    inner = shrunk(filled, 2)
    if inner.sum() < 20:
        return False
    pixels = photo.rgb[region.y : region.y + region.height, region.x : region.x + region.width][inner].astype(np.float32)
    spread = 1.4826 * np.median(np.abs(pixels - np.median(pixels, axis=0)), axis=0)  # robust std: JPEG ringing aside
    return float(spread.max()) < PAINT_STD


def head_around(photo: PhotoSignals, region: Region) -> bool:
    """A face candidate under or beside the shape, or skin around it (neck, ears, brow).

    Without this, every flat coloured shape (a flyer's graphics, a logo) would read as a
    covered face; with it, a sticker must sit where a head is.
    """
    around = photo.grow(region, 0.3)
    for c in photo.candidates:
        if contains(around, c.region) or contains(photo.grow(c.region, 0.3), region):
            return True
    if photo.monochrome:  # a colour shape painted on a black-and-white photo
        return True
    # Skin around it (neck, ears, brow, hands) - but only in a photo: in a flyer or a
    # logo, flat shapes and skin-like colours are everywhere.
    return not photo.is_graphic and photo.skin_share(around) >= 0.1
