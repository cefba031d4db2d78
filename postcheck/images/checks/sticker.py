"""A sticker over a face: a flat, vivid shape of another colour where a head is."""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.images.checks.base import (WORN_FACE_CONFIDENCE, PhotoSignals, Seen, contains, overlaps, regions,
                                          worn_below_a_face)
from postcheck.images.checks.emoji import EMOJI_FACE
from postcheck.images.checks.paint import (RECTANGLE_FILL, VIVID_CHROMA, close, face_near, head_around, is_flat,
                                           is_painted, looks_printed, reads_as_print, vivid_patches)
from postcheck.images.checks.pixelated import GRID_SCORE, is_mosaic
from postcheck.images.faces import chest_below
from postcheck.model import Region

STICKER_AREA = 0.003  # coloured shapes smaller than this are logos and badges, not face covers
MIN_SOLIDITY = 0.5  # area / convex hull: a star about 0.55, a disc 1
# A cover this large a share of the photo hides a head in a close-up, where no face, skin or
# head is left around it to go by.
HEAD_SIZED_COVER = 0.06
TAG_SIZE = 3.0  # a tag or a shirt's print is at most this many times the wearer's face box
PLAIN_GROUND = 0.8  # share of the rest of the picture in one colour: a flyer's paper, not a scene
# A sticker is a shape of another colour than what is round it. Where the shape's own colour (its hue within HUE_NEAR,
# its saturation within SATURATION_NEAR) fills this share of the ring round it, the shape is a flat patch of a larger
# surface of that colour (a backdrop, a tote's products, a scene under a sodium lamp, all one hue), not a cover laid
# over a head. An orange sticker on tan wood or on skin is of the same hue but far more saturated: another colour.
SAME_COLOUR_AROUND = 0.6
HUE_NEAR = 6  # OpenCV hue steps (0-180)
SATURATION_NEAR = 40  # of 255


class Sticker:
    """A flat, vivid shape where a head is, or any vivid patch on a black-and-white photo: a sticker over a face."""

    id = "sticker"
    kinds = (EMOJI_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        new: list[Seen] = []
        s, v = photo.hsv[..., 1], photo.hsv[..., 2]
        for region, filled in signals.components(close(photo.flat & (s >= 90) & (v >= 60)), int(STICKER_AREA * photo.area)):
            if overlaps(region, regions(found + new)) or not (is_painted(photo, region, filled) and is_flat(photo, region, filled)):
                continue
            pixels = photo.rgb[region.y : region.y + region.height, region.x : region.x + region.width][filled].astype(np.int16)
            if np.median(pixels.max(axis=1) - pixels.min(axis=1)) < VIVID_CHROMA:
                continue  # brown floors and beige walls are flat too; stickers are vivid
            # A face cover is about as tall as wide and one solid piece (a star is the least
            # solid), but not a plain rectangle: that is a mosaic block, a sign or a screen.
            fill = filled.sum() / (region.width * region.height)
            if (0.7 <= region.width / region.height <= 1.5 and signals.solidity(filled) >= MIN_SOLIDITY and fill < RECTANGLE_FILL
                    and not _in_mosaic(photo, region)
                    and _where_a_head_is(photo, region, filled)
                    and not _on_a_plain_ground(photo, outside := _outside(photo, region, filled))
                    and not _colour_continues_around(photo, region, filled, outside)):
                new.append(Seen(EMOJI_FACE, region, 0.8, "sticker at {where} covers what is likely a face"))
        if photo.monochrome:
            new += _colour_on_black_and_white(photo, found + new)
        return new


def _where_a_head_is(photo: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """A head around the shape, or a cover as big as a head in a close-up.

    A shape of a tag's size on the chest below a face is a tag or a shirt's print: the face
    above is the wearer's and the skin around is their neck, so only a face found under the
    shape itself makes it a cover. A shape far bigger than that face is a whole-head sticker
    with a stray detection above it.
    """
    wearers = [cand for cand in photo.candidates
               if cand.confidence >= WORN_FACE_CONFIDENCE and contains(chest_below(cand.region), region)
               and filled.sum() <= TAG_SIZE * cand.region.width * cand.region.height]
    if wearers:
        return any(contains(cand.region, region) or contains(region, cand.region) for cand in photo.candidates
                   if cand not in wearers)
    # On a picture OCR reads lines of text from (a flyer, a poster), a disc is design and the
    # paper or the desk under it is often skin-toned: only a face found at the shape will do.
    if reads_as_print(photo):
        return face_near(photo, region)
    return head_around(photo, region) or _head_sized_cover(photo, region, filled)


def _outside(photo: PhotoSignals, region: Region, filled: np.ndarray) -> np.ndarray:
    """The photo's pixels outside the shape (`filled` within `region`), as a mask over the whole photo."""
    outside = np.ones((photo.height, photo.width), bool)
    outside[region.y : region.y + region.height, region.x : region.x + region.width][filled] = False
    return outside


def _on_a_plain_ground(photo: PhotoSignals, outside: np.ndarray) -> bool:
    """True when one colour covers most of the picture apart from the shape (`outside` it): the plain ground
    of a flyer or a poster, where a big coloured disc is design, not a face cover."""
    colours = (photo.rgb[outside] // 8).astype(np.int32) @ np.array([1024, 32, 1], np.int32)
    return bool(colours.size) and np.bincount(colours).max() >= PLAIN_GROUND * colours.size


def _colour_continues_around(photo: PhotoSignals, region: Region, filled: np.ndarray, outside: np.ndarray) -> bool:
    """True when the shape's own vivid colour fills most of the ring round it (SAME_COLOUR_AROUND): the pixels
    `outside` the shape within its region grown by 0.3."""
    around = photo.grow(region, 0.3)
    ring = outside[around.y : around.y + around.height, around.x : around.x + around.width]
    hsv = photo.hsv[around.y : around.y + around.height, around.x : around.x + around.width].astype(np.int16)
    shape = photo.hsv[region.y : region.y + region.height, region.x : region.x + region.width][filled]
    hue, saturation = (int(np.median(shape[:, channel])) for channel in (0, 1))
    step = np.abs(hsv[..., 0] - hue)
    same = ((np.minimum(step, 180 - step) <= HUE_NEAR) & (np.abs(hsv[..., 1] - saturation) <= SATURATION_NEAR)
            & (hsv[..., 2] >= 60))
    return bool(ring.any()) and float(same[ring].mean()) >= SAME_COLOUR_AROUND


def _head_sized_cover(photo: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """A cover as large as a head in a close-up: not worn below a face (a shirt's number, a
    badge) and no rectangle (a sign, a screen)."""
    return (filled.sum() >= HEAD_SIZED_COVER * photo.area and not worn_below_a_face(photo, region)
            and not _rectangle(filled))


def _in_mosaic(photo: PhotoSignals, region: Region) -> bool:
    """True when the shape is a few merged blocks of a pixelated patch, not a sticker."""
    x0, y0, x1, y1 = photo.full_box(photo.grow(region, 0.5))
    x, y = max(0, x0), max(0, y0)
    return bool(is_mosaic(photo, signals.edge_profiles(photo.full_gray[y:y1, x:x1]), x, y, GRID_SCORE)[0])


def _rectangle(filled: np.ndarray) -> bool:
    """A rectangle at any slant, judged by its outline (printing and a hollow border leave
    holes inside): a name tag, a badge, a shirt's number or a sign, not a face cover."""
    contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return False
    _, _, fill = signals.turned_box(max(contours, key=cv2.contourArea))
    return fill >= RECTANGLE_FILL


def _colour_on_black_and_white(photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
    """Vivid colour patches in a black-and-white photo: always added later, so an edit.

    Shape and paint tests are skipped here: JPEG smears a small sticker's colour, but in a
    grey photo any compact vivid patch of face size is a sticker or an emoji.
    """
    if photo.shared(looks_printed):
        return []
    new: list[Seen] = []
    for region, filled in photo.shared(vivid_patches):
        # A cover is one solid piece (a star is the least solid) and not a plain rectangle (a
        # name tag, a badge, a sign); a tag's coloured band and border make a thin, hollow shape.
        if (not overlaps(region, regions(found + new)) and 0.5 <= region.width / region.height <= 2.0
                and signals.solidity(filled) >= MIN_SOLIDITY and not _rectangle(filled)
                and not _on_a_plain_ground(photo, _outside(photo, region, filled))):
            new.append(Seen(EMOJI_FACE, region, 0.75, "coloured sticker at {where} on a black-and-white photo covers what is likely a face"))
    return new
