"""What painted covers (emoji, stickers, bars) have in common: flat paint where a head is.

Thresholds come from reasoning about the trace paint leaves (a photographed surface always
varies by a few grey levels, a painted one does not) and were checked on the labeled set
in tests/images/, not fitted to it.
"""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.images.checks.base import PhotoSignals, contains
from postcheck.model import Region

MIN_COVER_AREA = 0.0015  # a cover smaller than this share of the photo hides no face
PAINT_STD = 3.0  # robust colour spread inside a painted shape; photographed surfaces measure more
VIVID_CHROMA = 100  # max-min of R, G, B: vivid colour, not brown, tan or beige
RECTANGLE_FILL = 0.9  # share of its box a shape fills when it is a rectangle
BAND_LENGTH = 2.0  # a coloured rectangle this many times longer than wide is a printed band
# OCR read this many words: a picture of print (a page, a flyer, a magazine cover, a calendar), where a vivid shape or a
# patch of blocks with no face found at it is design. Look-alike pages read 2-9 words when photographed small, close up
# or under a lamp; of the 1,661 covered faces the labelled photo set finds, 1,646 read 0 or 1 words, and the 15 that read
# more are found at a face all the same. At 1 word a whole-head sticker on a street photo (a bus's lettering read) was lost.
PRINTED_WORDS = 2


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
    return float(signals.robust_spread(pixels, axis=0).max()) < PAINT_STD


def head_around(photo: PhotoSignals, region: Region) -> bool:
    """A face candidate under or beside the shape, or skin around it (neck, ears, brow).

    Without this, every flat coloured shape (a flyer's graphics, a logo) would read as a
    covered face; with it, a sticker must sit where a head is.
    """
    if face_near(photo, region):
        return True
    around = photo.grow(region, 0.3)
    if photo.monochrome:  # a colour shape painted on a black-and-white photo, unless the "photo" is print
        return not photo.shared(looks_printed)
    # Skin around it (neck, ears, brow, hands) - but only in a photo: in a flyer or a
    # logo, flat shapes and skin-like colours are everywhere.
    return not photo.is_graphic and photo.skin_share(around) >= 0.1


def face_near(photo: PhotoSignals, region: Region) -> bool:
    """A face candidate under or beside the shape."""
    around = photo.grow(region, 0.3)
    return any(contains(around, c.region) or contains(photo.grow(c.region, 0.3), region) for c in photo.candidates)


def reads_as_print(photo: PhotoSignals) -> bool:
    """OCR read lines of text in the picture: a page, a flyer or a poster, photographed or posted."""
    return photo.text is not None and photo.text.words >= PRINTED_WORDS


def vivid_patches(photo: PhotoSignals) -> list[tuple[Region, np.ndarray]]:
    """The cover-sized patches of vivid colour (closed over thin seams)."""
    rgb = photo.rgb.astype(np.int16)
    return signals.components(close((rgb.max(axis=2) - rgb.min(axis=2)) >= VIVID_CHROMA), int(MIN_COVER_AREA * photo.area))


def looks_printed(photo: PhotoSignals) -> bool:
    """A grey picture that is print, not a black-and-white photo: a flyer or a poster, whose
    lines of text OCR reads, or whose colour is a printed band (a title bar), or a graphic, mostly
    one constant colour (`PhotoSignals.is_graphic`: a line drawing, a map, a calendar's page, where a
    photo's grain leaves almost none). On such a picture a coloured shape is design (a logo disc, a
    drawn sun, a map's marker), not a sticker over a face."""
    if reads_as_print(photo) or photo.is_graphic:
        return True
    return any(_band(filled) for _, filled in photo.shared(vivid_patches))


def _band(filled: np.ndarray) -> bool:
    """A long coloured rectangle (its outline's hull, since lettering bites into it)."""
    contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return False
    long, short, fill = signals.turned_box(cv2.convexHull(max(contours, key=cv2.contourArea)))
    return short > 0 and long >= BAND_LENGTH * short and fill >= RECTANGLE_FILL
