"""A yellow emoji over a face: a flat, saturated yellow disc."""

from __future__ import annotations

import numpy as np

from postcheck.images import signals
from postcheck.images.checks.base import Kind, PhotoSignals, Seen, overlaps, regions
from postcheck.images.checks.paint import MIN_COVER_AREA, close, face_near, head_around, is_flat, reads_as_print, shrunk
from postcheck.model import Region

EMOJI_FACE = Kind("emoji_face", "covered face", face=True, obscured=True)  # an emoji or a sticker over a face
MIN_EMOJI_FEATURES = 0.015  # share of a yellow disc's inside taken by dark marks: eyes, mouth
EMOJI_FEATURE_DARKNESS = 0.75  # a mark is darker than this share of the disc's brightness


class YellowEmoji:
    """A flat yellow disc with a drawn face, or with a head around it: an emoji over a face."""

    id = "yellow-emoji"
    kinds = (EMOJI_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        new: list[Seen] = []
        h, s, v = photo.hsv[..., 0], photo.hsv[..., 1], photo.hsv[..., 2]
        # Emoji yellow is far more saturated and brighter than blonde hair or a beige wall.
        # The disc is looked for by colour alone (small, compressed emoji keep their shape
        # that way) and, where yellow surroundings merge with it, by smooth yellow only.
        # An emoji is a face, so detectors often fire on it: a disc needs no face candidate.
        yellow = (h >= 14) & (h <= 36) & (s >= 150) & (v >= 180)
        for mask in (yellow, yellow & signals.flat_mask(photo.rgb, tolerance=24.0)):
            for region, filled in signals.components(close(mask), int(MIN_COVER_AREA * photo.area)):
                if (not overlaps(region, regions(found + new)) and _is_disc(filled) and is_flat(photo, region, filled)
                        and (_drawn_face_over_a_photo(photo, region, filled) or _head_at(photo, region))):
                    new.append(Seen(EMOJI_FACE, region, 0.9, "yellow emoji-like disc at {where} covers what is likely a face"))
        return new


def _head_at(photo: PhotoSignals, region: Region) -> bool:
    """A head at a yellow disc with no drawn face: a face candidate under or beside it, or, on a
    black-and-white photo, any colour at all (paint.head_around). Skin-toned colour around it is
    not enough, as it is for other covers: a yellow disc's own fringe and the yellow-orange things
    beside it (a tote's products, a book's spine, graffiti, a flyer's orange band) read as skin,
    and on the photo sets every emoji over a face that was found showed its drawn eyes and mouth or
    had a face candidate at it."""
    return face_near(photo, region) or (photo.monochrome and head_around(photo, region))


def _drawn_face_over_a_photo(photo: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """A yellow disc with a drawn face, unless it is print's own drawing: on a picture OCR reads as print
    (paint.reads_as_print), a smiling disc with no face found at it is a comic's drawn head, a packet's or a game
    box's mascot, a child's drawn sun, not an emoji pasted over a person."""
    return _has_drawn_features(photo, region, filled) and not reads_as_print(photo)


def _is_disc(filled: np.ndarray) -> bool:
    h, w = filled.shape
    return 0.7 <= w / h <= 1.4 and signals.solidity(filled) >= 0.85 and signals.circularity(filled) >= 0.6


def _has_drawn_features(photo: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """Dark eyes or a mouth inside a yellow disc: an emoji, not a sun or a ball.

    A smiley's eyes and mouth cover about 5% of its disc. Only marks clearly darker than
    the disc count (JPEG shifts a flat disc's colour, not its brightness), and the rim is
    left out, where the disc blurs into the background. Emoji too small to keep their
    features count only with a head around them.
    """
    rim = max(1, round(0.1 * min(region.width, region.height)))
    inside = shrunk(filled, rim)
    if inside.sum() < 20:
        return False
    value = photo.hsv[region.y : region.y + region.height, region.x : region.x + region.width, 2][inside].astype(np.float32)
    return float((value < EMOJI_FEATURE_DARKNESS * np.median(value)).mean()) >= MIN_EMOJI_FEATURES
