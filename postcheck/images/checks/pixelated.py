"""A pixelated face: a region made of equal flat squares (a repeating grid of edges).

Two checks read the same trace. PixelatedFace looks inside the detector's face boxes;
PixelatedPatch slides windows over the whole photo, for a mosaic so coarse that no
detector sees a face in it any more. Both read the full-detail copy, where block edges
are exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.images.checks.base import (Kind, PhotoSignals, Seen, overlaps, regions, unexplained_faces,
                                          union)
from postcheck.images.checks.paint import face_near, reads_as_print
from postcheck.model import Region

PIXELATED_FACE = Kind("pixelated_face", "pixelated face", face=True, obscured=True)
MIN_FACE_CONFIDENCE = 0.35  # a face-shaped region this sure, showing a grid, is a pixelated face
GRID_SCORE = 0.15  # mosaic grid prominence: clean faces and JPEG grids measure <= 0.13
# A video frame's codec works in 4-pixel blocks and leaves a faint 4-pixel grid on a small face
# (basketball's 31-px faces: 0.12-0.22 at most), while a mosaic of blocks that small over a face is
# a near-perfect grid (0.29 and more on every such face of the photo sets): a grid of blocks of
# SMALL_BLOCK pixels or less must be this prominent.
SMALL_BLOCK = 4
SMALL_BLOCK_GRID_SCORE = 0.25
PATCH_GRID_SCORE = 0.3  # the same, for a window with no face detected in it
BLOCK_RESIDUAL = 0.3  # variance a block-mean picture leaves unexplained: a mosaic ~0-0.2
# Grey-level spread of a pixelated face (12.6 and more on the photo sets, skin, hair and eyes in
# blocks); flat sky and paper, and a portrait-mode background blurred smooth, have less, and JPEG
# blocking there makes a grid too.
MIN_PATCH_CONTRAST = 12.0
# A window found without a face box must hold several greys, each over a good share of its pixels (in bands of 16
# levels, 3% each): a face's mosaic spreads over skin, hair, eyes and background, where a drawing's flat fill takes two
# or three (a keyboard's keys, a clock face's or an instruction leaflet's line drawing: paper and ink).
PATCH_GREY_BAND = 16
PATCH_GREY_SHARE = 0.03
MIN_PATCH_GREYS = 4
NATIVE_BLOCKY_SHARE = 0.5  # share of smooth windows with a grid above which the whole photo is blocky
MAX_WINDOWS_PER_SIZE = 120  # mosaic scan budget per window size (keeps big photos fast)
MOSAIC_FLAT_SHARE = 0.5  # blocks are flat inside: at least half the neighbour steps are tiny
# A mosaic of a face steps between skin, hair and eyes: its block edges step by 9-60 grey
# levels. JPEG blocking in a dark, out-of-focus crowd makes a grid too, stepping by 4-7.
MIN_BLOCK_STEP = 8.0
MIN_BLOCKS = 6  # equal flat blocks on one grid that make a coarse mosaic
# Greys (in steps of 8) among those blocks: a face's mosaic holds 5-20 on the photo set.
MIN_MOSAIC_GREYS = 4
MAX_BLOCK_STEP = 100.0  # a face's blocks step by 9-60 grey levels; a chessboard's by 150 and more


class PixelatedFace:
    """A face box made of equal flat blocks: a pixelated face."""

    id = "pixelated-face"
    kinds = (PIXELATED_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        # In a photo that is blocky all over, blocks in a face are no edit.
        if photo.shared(mosaic_scan).whole_photo_blocky:
            return []
        new = []
        for cand in unexplained_faces(photo, found):
            if cand.confidence < MIN_FACE_CONFIDENCE:
                continue
            grid, block = 0.0, 0
            for region in (cand.region, photo.grow(cand.region, 0.25)):
                x0, y0, x1, y1 = photo.full_box(region)
                patch = photo.full_gray[y0:y1, x0:x1]
                if patch.size == 0 or patch.std() < MIN_PATCH_CONTRAST:
                    continue  # smooth: a blurred background's JPEG blocks, not a face's mosaic
                grid, block = max((grid, block), is_mosaic(photo, signals.edge_profiles(patch), x0, y0, GRID_SCORE))
                if not grid:
                    grid, block = _tilted_mosaic(photo, patch)
            if not grid:  # a few big blocks: read cut to the mosaic, not the face box with hair and neck
                grid, block = max(((score, period) for region, score, period in photo.shared(_coarse_mosaics)
                                   if overlaps(cand.region, [region])), default=(0.0, 0))
            if grid and block <= SMALL_BLOCK and grid < SMALL_BLOCK_GRID_SCORE:
                grid = 0.0  # a codec's faint 4-pixel grid, not a mosaic
            if grid:
                new.append(Seen(PIXELATED_FACE, cand.region, min(1.0, 0.6 + grid),
                                f"face at {{where}} is pixelated (mosaic of {block}-pixel blocks)", candidate=cand))
        return new


def _tilted_mosaic(photo: PhotoSignals, patch: np.ndarray) -> tuple[float, int]:
    """(grid score, block size) of a mosaic whose grid is tilted (the photo was turned after
    it was pixelated), read on the patch turned straight; (0, 0) when it is not one."""
    tilt = signals.dominant_tilt(patch)
    if abs(tilt) < 1.0:
        return 0.0, 0
    return is_mosaic(photo, signals.edge_profiles(signals.straightened(patch, tilt)), None, None, GRID_SCORE)


class PixelatedPatch:
    """A patch of skin (or of a black-and-white photo) made of equal flat blocks: a pixelated face no detector sees."""

    id = "pixelated-patch"
    kinds = (PIXELATED_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        new: list[Seen] = []
        printed = reads_as_print(photo)
        for patch in photo.shared(mosaic_scan).patches:
            # On a picture whose lines of text OCR reads (a flyer or a poster, photographed or posted as itself), a
            # patch of flat blocks is its design (a QR-like pattern, a tiled band) unless a face is found at it, as a
            # coloured disc or a pale island there is (emoji, hidden_face).
            if printed and not face_near(photo, patch.region):
                continue
            if not overlaps(patch.region, regions(found + new)):
                new.append(patch)
        return new


def is_mosaic(photo: PhotoSignals, profiles: signals.EdgeProfiles, x: int | None, y: int | None,
              min_score: float) -> tuple[float, int]:
    """(grid score, block size) when the full-detail window at x, y is a mosaic, else (0, 0).

    x and y are None for a window turned off the photo's pixel grid, where no JPEG block sits.
    """
    score, block = signals.grid_score(profiles)
    if score < min_score:
        block = signals.coarse_grid(profiles)
        if not block:
            return 0.0, 0
        score = min_score  # a grid found from its edges alone: just sure enough
    residual, ox, oy = signals.block_residual(profiles, block)
    if residual > BLOCK_RESIDUAL or signals.block_step(profiles) < MIN_BLOCK_STEP:
        return 0.0, 0
    if photo.jpeg_grid and x is not None and block == 8 and (x + ox) % 8 == 0 and (y + oy) % 8 == 0:
        return 0.0, 0
    return score, block


@dataclass(frozen=True)
class MosaicScan:
    patches: list[Seen]  # pixelated patches, overlapping windows joined
    whole_photo_blocky: bool  # a small picture enlarged without smoothing: no patch stands out


def mosaic_scan(photo: PhotoSignals) -> MosaicScan:
    """Windows of the photo made of equal flat blocks, where a face may be.

    Windows of three sizes slide over the full-detail photo; a window counts when its
    block grid is unmistakable (a stricter bar than inside a face box, and the blocks
    must explain the window: text, brick walls and tiled floors repeat but are not
    block means) and it holds skin or the photo is black-and-white. Overlapping
    windows are reported as one patch. A photo that is blocky nearly everywhere (a small
    picture enlarged without smoothing) has no patch that stands out: no patches then.
    """
    hits: list[tuple[Region, float, int]] = []
    flat_windows = blocky_windows = 0
    full_h, full_w = photo.full_gray.shape
    k = photo.to_full
    for fraction in (0.12, 0.2, 0.3):
        size = max(24, round(fraction * min(full_h, full_w)))
        # Half-window steps, but no more than ~120 windows per size: small photos have
        # small windows, and checking hundreds of them buys nothing.
        step = max(8, size // 2, int(np.sqrt(full_h * full_w / MAX_WINDOWS_PER_SIZE)))
        for y in range(0, max(1, full_h - size + 1), step):
            for x in range(0, max(1, full_w - size + 1), step):
                window = photo.full_gray[y : y + size, x : x + size]
                profiles = signals.edge_profiles(window)
                if profiles.flat_share < MOSAIC_FLAT_SHARE:
                    continue  # texture: cheap to rule out, and most of a photo is
                flat_windows += 1
                score, block = is_mosaic(photo, profiles, x, y, PATCH_GRID_SCORE)
                if not score or block < 4:
                    continue
                blocky_windows += 1
                if window.std() < MIN_PATCH_CONTRAST:
                    continue  # smooth sky or paper, where JPEG itself leaves flat blocks
                if signals.grey_count(window, PATCH_GREY_BAND, PATCH_GREY_SHARE) < MIN_PATCH_GREYS:
                    continue  # a drawing's flat fill, not a face's blocks
                region = Region(round(x / k), round(y / k), round(size / k), round(size / k))
                if _where_a_face_may_be(photo, region):
                    hits.append((region, score, block))
    if flat_windows >= 10 and blocky_windows > NATIVE_BLOCKY_SHARE * flat_windows:
        return MosaicScan([], whole_photo_blocky=True)
    hits += photo.shared(_coarse_mosaics)
    patches = []
    for cluster in _clusters([r for r, _, _ in hits]):
        score, block = max((s, b) for r, s, b in hits if r in cluster)
        patches.append(Seen(PIXELATED_FACE, union(cluster), min(1.0, 0.5 + score),
                            f"pixelated patch at {{where}} (mosaic of {block}-pixel blocks) where a face may be"))
    return MosaicScan(patches, whole_photo_blocky=False)


def _coarse_mosaics(photo: PhotoSignals) -> list[tuple[Region, float, int]]:
    """Mosaics of a few big blocks (a close-up's face in four to six blocks across), found by
    their equal flat blocks, where sliding windows hold other detail too and too few blocks
    repeat for the grid to show.

    The blocks must explain the window (its variance is block means), step between one
    another as a face's skin, hair and eyes do, and take several greys: a chessboard's
    squares step from black to white, a printed grid's cells are all one paper.
    """
    hits = []
    k = photo.to_full
    for group in signals.equal_flat_blocks(photo.full_gray, MIN_BLOCKS):
        if group.greys < MIN_MOSAIC_GREYS:
            continue
        edge = 2  # the groups are the blocks' flat insides: take in the outer blocks' edges
        x0, y0 = max(0, group.box.x - edge), max(0, group.box.y - edge)
        window = photo.full_gray[y0 : group.box.y + group.box.height + edge, x0 : group.box.x + group.box.width + edge]
        profiles = signals.edge_profiles(window)
        residual, _, _ = signals.block_residual(profiles, group.across, group.down)
        if residual > BLOCK_RESIDUAL or not MIN_BLOCK_STEP <= signals.block_step(profiles) <= MAX_BLOCK_STEP:
            continue
        region = Region(round(x0 / k), round(y0 / k), round(window.shape[1] / k), round(window.shape[0] / k))
        # A few big blocks in greys only are a grey face's mosaic; a sliding window's small grey blocks are as often a
        # desk's, a poster's or a blurred background's JPEG grid.
        if _where_a_face_may_be(photo, region, grey_face=True):
            hits.append((region, PATCH_GRID_SCORE, group.across))
    return hits


def _where_a_face_may_be(photo: PhotoSignals, region: Region, *, grey_face: bool = False) -> bool:
    """A mosaic found without a face box counts where it holds skin (or the photo is black and white;
    with `grey_face`, or the mosaic itself is: a grey portrait on a tinted studio backdrop) and is no
    part of a QR code."""
    return ((photo.monochrome or photo.skin_share(region) >= 0.2 or (grey_face and photo.colourless(region)))
            and not _touches(region, photo.shared(qr_codes)))


def qr_codes(photo: PhotoSignals) -> list[Region]:
    """Where the photo's QR codes are (working-image pixels, with a margin). A QR code is flat
    squares on a grid, a perfect mosaic, and agencies print one on nearly every flyer: on a
    white or beige flyer it read as a pixelated face."""
    # Read on the full-detail copy: shrunk to the working size, a flyer's code has modules of
    # 3-4 pixels and is no longer found.
    gray, detector = np.asarray(photo.full_gray, dtype=np.uint8), cv2.QRCodeDetector()
    found, corners = detector.detectMulti(gray)
    if not found:  # the one-code search finds small codes the many-code one misses
        found, corners = detector.detect(gray)
    if not found or corners is None:
        return []
    codes = []
    for quad in corners / photo.to_full:
        (x0, y0), (x1, y1) = quad.min(axis=0), quad.max(axis=0)
        codes.append(photo.grow(Region(int(x0), int(y0), int(x1 - x0), int(y1 - y0)), 0.1))
    return codes


def _touches(region: Region, others: list[Region]) -> bool:
    """Whether `region` shares any pixel with one of `others` (a window holding part of a QR code
    finds its grid there)."""
    return any(_gap(region, o) == 0 for o in others)


def _clusters(boxes: list[Region]) -> list[list[Region]]:
    """Group boxes that touch or overlap."""
    return signals.clusters(boxes, lambda a, b: _gap(a, b) == 0)


def _gap(a: Region, b: Region) -> float:
    """How far apart two boxes are (0 when they touch or overlap)."""
    dx = max(0, max(a.x, b.x) - min(a.x + a.width, b.x + b.width))
    dy = max(0, max(a.y, b.y) - min(a.y + a.height, b.y + b.height))
    return float(np.hypot(dx, dy))
