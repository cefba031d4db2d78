"""Tell visible faces from faces someone tried to hide, and find hidden faces detectors miss.

Policy treats an obscured face as identifiable: a blurred, pixelated, emoji-covered or
barred face is still a client's face. Each check below looks for the trace one way of
hiding leaves behind, with thresholds set by reasoning about that trace (how flat a
painted shape is, how much detail blur removes) and checked on the labeled set in
tests/images/, not fitted to it:

- blur: a face region with far less fine detail than the photo's sharp parts;
- mosaic: a face region made of equal flat squares (a repeating grid of edges);
- emoji: a flat, saturated yellow disc (an emoji is a face, so detectors often fire on it);
- sticker: a flat, vivid shape of another colour where a head is (a face candidate or skin
  around it), or any vivid patch on a black-and-white photo;
- bar: a flat dark rectangle, wider than tall, across a face or between skin above and below;
- hidden face: a compact, detail-free, skin-coloured island inside an otherwise sharp photo,
  the trace of a blur so strong that no detector sees a face any more.

Everything here works in working-image pixels (long side <= faces.WORK_SIDE); the
mosaic check also looks at the full-resolution crop, where block edges are exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from postcheck.images import observation as obs
from postcheck.images import signals
from postcheck.images.faces import FaceCandidate, iou
from postcheck.model import Region

VISIBLE_FACE_CONFIDENCE = 0.7  # below this a lone detection is not reported as a face
OBSCURED_FACE_CONFIDENCE = 0.35  # a face-shaped region this sure, showing a trace of hiding
BLUR_CONFIDENCE = 0.4  # blur check needs a surer face: smooth non-faces (fur, sky) abound
BLUR_RATIO = 0.3  # face detail / the photo's sharp parts: clean faces measure 0.4-2
GRID_SCORE = 0.15  # mosaic grid prominence: clean faces and JPEG grids measure <= 0.13
PATCH_GRID_SCORE = 0.3  # the same, for a window with no face detected in it
MIN_EMOJI_FEATURES = 0.015  # share of a yellow disc's inside taken by dark marks: eyes, mouth
EMOJI_FEATURE_DARKNESS = 0.75  # a mark is darker than this share of the disc's brightness
MIN_PATCH_CONTRAST = 12.0  # grey-level spread of a pixelated face; flat sky and paper have less
GRAPHIC_FLAT_SHARE = 0.4  # a picture this much constant colour is a graphic, not a photo
NATIVE_BLOCKY_SHARE = 0.5  # share of smooth windows with a grid above which the whole photo is blocky
MAX_WINDOWS_PER_SIZE = 120  # mosaic scan budget per window size (keeps big photos fast)
MOSAIC_FLAT_SHARE = 0.5  # blocks are flat inside: at least half the neighbour steps are tiny
BLOCK_RESIDUAL = 0.3  # variance a block-mean picture leaves unexplained: a mosaic ~0-0.2
MIN_COVER_AREA = 0.0015  # a cover smaller than this share of the photo hides no face
STICKER_AREA = 0.003  # coloured shapes smaller than this are logos and badges, not face covers
STICKER_CHROMA = 100  # median max-min of R, G, B inside a sticker: vivid, not brown, tan or beige
PAINT_STD = 3.0  # robust colour spread inside a painted shape; photographed surfaces measure more


@dataclass(frozen=True)
class Seen:
    """A finding in working-image pixels, before it becomes an ImageObservation."""

    kind: str
    region: Region
    confidence: float
    detail: str  # plain words with a "{where}" slot the screener fills in original-image pixels


class PhotoSignals:
    """Per-photo measurements, computed once and shared by every check."""

    def __init__(self, rgb: np.ndarray, full_gray: np.ndarray, *, jpeg_grid: bool = False) -> None:
        self.rgb = rgb
        self.height, self.width = rgb.shape[:2]
        self.area = self.height * self.width
        self.gray = signals.gray(rgb)
        self.full_gray = full_gray
        self.to_full = full_gray.shape[1] / self.width
        # True when full_gray is a JPEG file's own pixels: its 8x8 coding grid is then
        # at multiples of 8, and flat 8-pixel blocks there are compression, not a mosaic.
        self.jpeg_grid = jpeg_grid
        self.energy = signals.laplacian_energy(self.gray)
        self.tiles = signals.tile_sharpness(self.energy)
        self.reference = signals.reference_sharpness(self.tiles)
        self.hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
        self.skin = signals.skin_mask(rgb)
        self.monochrome = signals.is_monochrome(rgb)
        self.flat = signals.flat_mask(rgb)
        # Truly constant colour (no smoothing): photos have little of it, flyers and logos a lot.
        self.is_graphic = float(signals.flat_mask(rgb, tolerance=3.0, smooth=False).mean()) > GRAPHIC_FLAT_SHARE

    def is_mosaic(self, profiles: signals.EdgeProfiles, x: int, y: int, min_score: float) -> tuple[float, int]:
        """(grid score, block size) when the full-detail window at x, y is a mosaic, else (0, 0)."""
        score, block = signals.grid_score(profiles)
        if score < min_score:
            block = signals.coarse_grid(profiles)
            if not block:
                return 0.0, 0
            score = min_score  # a grid found from its edges alone: just sure enough
        residual, ox, oy = signals.block_residual(profiles, block)
        if residual > BLOCK_RESIDUAL:
            return 0.0, 0
        if self.jpeg_grid and block == 8 and (x + ox) % 8 == 0 and (y + oy) % 8 == 0:
            return 0.0, 0
        return score, block

    def sharpness_ratio(self, region: Region) -> float:
        return signals.region_sharpness(self.energy, region) / self.reference

    def full_box(self, region: Region) -> tuple[int, int, int, int]:
        """`region` in full-detail pixels as x0, y0, x1, y1."""
        k = self.to_full
        return (round(region.x * k), round(region.y * k),
                round((region.x + region.width) * k), round((region.y + region.height) * k))

    def skin_share(self, region: Region) -> float:
        patch = self.skin[region.y : region.y + region.height, region.x : region.x + region.width]
        return float(patch.mean()) if patch.size else 0.0


def inspect_faces(sig: PhotoSignals, candidates: list[FaceCandidate]) -> list[Seen]:
    """Every visible and obscured face in the photo, most certain first, no two on one spot."""
    seen: list[Seen] = painted_covers(sig, candidates)
    # Around a cover the detector fires on what is left of the head (chin, collar, the
    # emoji's own drawn face): those are the covered face, not another one.
    covered = [Seen(c.kind, _grow(sig, c.region, 0.5), c.confidence, c.detail) for c in seen]
    patches, blocky_photo = mosaic_patches(sig)
    for cand in candidates:
        if _overlaps(cand.region, covered):
            continue
        found = _obscured_candidate(sig, cand, blocky_photo)
        if found:
            seen.append(found)
        elif cand.confidence >= VISIBLE_FACE_CONFIDENCE:
            seen.append(Seen(obs.FACE, cand.region, cand.confidence,
                             f"face at {{where}} (detector confidence {cand.confidence:.2f})"))
    visible_face = any(s.kind == obs.FACE for s in seen)
    for found in patches + skin_islands(sig, edge_ok=not visible_face):
        if not _overlaps(found.region, seen):
            seen.append(found)
    return seen


def _obscured_candidate(sig: PhotoSignals, cand: FaceCandidate, blocky_photo: bool) -> Seen | None:
    """Blur or mosaic inside a face-shaped region, or None when it looks untouched.

    In a photo that is blocky all over (`blocky_photo`), blocks in a face are no edit.
    """
    if cand.confidence < OBSCURED_FACE_CONFIDENCE:
        return None
    grid, block = 0.0, 0
    for region in (cand.region, _grow(sig, cand.region, 0.25)) if not blocky_photo else ():
        x0, y0, x1, y1 = sig.full_box(region)
        profiles = signals.edge_profiles(sig.full_gray[y0:y1, x0:x1])
        grid, block = max((grid, block), sig.is_mosaic(profiles, x0, y0, GRID_SCORE))
    if grid:
        return Seen(obs.PIXELATED_FACE, cand.region, min(1.0, 0.6 + grid),
                    f"face at {{where}} is pixelated (mosaic of {block}-pixel blocks)")
    ratio = sig.sharpness_ratio(cand.region)
    if cand.confidence >= BLUR_CONFIDENCE and ratio < BLUR_RATIO:
        return Seen(obs.BLURRED_FACE, cand.region, min(1.0, 0.6 + cand.confidence / 2),
                    f"face at {{where}} looks blurred (fine detail {ratio:.2f} of the photo's)")
    return None


# --- painted covers: emoji, stickers, bars ------------------------------------------


def painted_covers(sig: PhotoSignals, candidates: list[FaceCandidate]) -> list[Seen]:
    """Flat painted shapes over a head: yellow discs anywhere, other shapes only with a head around them."""
    found: list[Seen] = []
    min_area = int(MIN_COVER_AREA * sig.area)
    h, s, v = sig.hsv[..., 0], sig.hsv[..., 1], sig.hsv[..., 2]
    flat = sig.flat
    # Emoji yellow is far more saturated and brighter than blonde hair or a beige wall.
    # The disc is looked for by colour alone (small, compressed emoji keep their shape
    # that way) and, where yellow surroundings merge with it, by smooth yellow only.
    yellow = (h >= 14) & (h <= 36) & (s >= 150) & (v >= 180)
    for mask in (yellow, yellow & signals.flat_mask(sig.rgb, tolerance=24.0)):
        for region, filled in signals.components(_close(mask), min_area):
            if (not _overlaps(region, found) and _is_disc(filled) and _is_flat(sig, region, filled)
                    and (_has_drawn_features(sig, region, filled) or _head_around(sig, region, candidates))):
                found.append(Seen(obs.EMOJI_FACE, region, 0.9, "yellow emoji-like disc at {where} covers what is likely a face"))
    for region, filled in signals.components(_close(flat & (s >= 90) & (v >= 60)), int(STICKER_AREA * sig.area)):
        if _overlaps(region, found) or not (_is_painted(sig, region, filled) and _is_flat(sig, region, filled)):
            continue
        pixels = sig.rgb[region.y : region.y + region.height, region.x : region.x + region.width][filled].astype(np.int16)
        if np.median(pixels.max(axis=1) - pixels.min(axis=1)) < STICKER_CHROMA:
            continue  # brown floors and beige walls are flat too; stickers are vivid
        # A face cover is about as tall as wide and one solid piece (a star is the least
        # solid), but not a plain rectangle: that is a mosaic block, a sign or a screen.
        fill = filled.sum() / (region.width * region.height)
        if (0.7 <= region.width / region.height <= 1.5 and signals.solidity(filled) >= 0.5 and fill < 0.9
                and not _in_mosaic(sig, region) and _head_around(sig, region, candidates)):
            found.append(Seen(obs.EMOJI_FACE, region, 0.8, "sticker at {where} covers what is likely a face"))
    if sig.monochrome:
        found += _colour_on_black_and_white(sig, found)
    for cand in candidates:
        bar = _bar_across(sig, cand)
        if bar is not None and not _overlaps(bar, found):
            found.append(Seen(obs.BAR_FACE, bar, 0.85, "dark bar at {where} drawn across a face"))
    for region, filled in signals.components(flat & (v < 60), min_area):
        if _overlaps(region, found):
            continue
        if _is_bar(region, filled) and _is_painted(sig, region, filled) and _skin_above_and_below(sig, region):
            found.append(Seen(obs.BAR_FACE, region, 0.8, "dark bar at {where} drawn between skin above and below (a barred face)"))
    return found


def _in_mosaic(sig: PhotoSignals, region: Region) -> bool:
    """True when the shape is a few merged blocks of a pixelated patch, not a sticker."""
    x0, y0, x1, y1 = sig.full_box(_grow(sig, region, 0.5))
    x, y = max(0, x0), max(0, y0)
    return bool(sig.is_mosaic(signals.edge_profiles(sig.full_gray[y:y1, x:x1]), x, y, GRID_SCORE)[0])


def _colour_on_black_and_white(sig: PhotoSignals, found: list[Seen]) -> list[Seen]:
    """Vivid colour patches in a black-and-white photo: always added later, so an edit.

    Shape and paint tests are skipped here: JPEG smears a small sticker's colour, but in a
    grey photo any compact vivid patch of face size is a sticker or an emoji.
    """
    rgb = sig.rgb.astype(np.int16)
    vivid = (rgb.max(axis=2) - rgb.min(axis=2)) >= STICKER_CHROMA
    out = []
    for region, filled in signals.components(_close(vivid), int(MIN_COVER_AREA * sig.area)):
        if not _overlaps(region, found + out) and 0.5 <= region.width / region.height <= 2.0:
            out.append(Seen(obs.EMOJI_FACE, region, 0.75, "coloured sticker at {where} on a black-and-white photo covers what is likely a face"))
    return out


def _bar_across(sig: PhotoSignals, cand: FaceCandidate) -> Region | None:
    """Rows of flat dark paint across the middle of a face box (the eyes), or None.

    Row by row rather than as a shape, because a bar drawn over dark hair or glasses
    merges with them into one dark blob; the bar's rows are still flat from side to side.
    Even a weak face candidate will do: the test itself is strict.
    """
    r = cand.region
    v = sig.hsv[r.y : r.y + r.height, r.x : r.x + r.width, 2].astype(np.float32)
    if v.shape[0] < 8 or v.shape[1] < 8:
        return None
    dark_flat_rows = ((v[:, 1:] < 60) & (np.abs(np.diff(v, axis=1)) < 4)).mean(axis=1) >= 0.6
    for start, end in _runs(dark_flat_rows):
        if end - start < max(3, round(0.06 * r.height)) or start == 0 or end >= len(dark_flat_rows):
            continue
        # Eyes sit in the middle band of a face box (a hat brim or hair sits at its top),
        # and paint ends in a sharp step: skin on at least one side is clearly brighter.
        centre = (start + end) / 2 / r.height
        bar_level = float(np.median(v[start:end]))
        above, below = float(np.median(v[max(0, start - 3) : start])), float(np.median(v[end : end + 3]))
        if 0.2 <= centre <= 0.65 and max(above, below) - bar_level >= 40:
            return Region(r.x, r.y + start, r.width, end - start)
    return None


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True values."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def _is_disc(filled: np.ndarray) -> bool:
    h, w = filled.shape
    return 0.7 <= w / h <= 1.4 and signals.solidity(filled) >= 0.85 and signals.circularity(filled) >= 0.6


def _has_drawn_features(sig: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """Dark eyes or a mouth inside a yellow disc: an emoji, not a sun or a ball.

    A smiley's eyes and mouth cover about 5% of its disc. Only marks clearly darker than
    the disc count (JPEG shifts a flat disc's colour, not its brightness), and the rim is
    left out, where the disc blurs into the background. Emoji too small to keep their
    features count only with a head around them (see `painted_covers`).
    """
    rim = max(1, round(0.1 * min(region.width, region.height)))
    inside = _shrunk(filled, rim)
    if inside.sum() < 20:
        return False
    value = sig.hsv[region.y : region.y + region.height, region.x : region.x + region.width, 2][inside].astype(np.float32)
    return float((value < EMOJI_FEATURE_DARKNESS * np.median(value)).mean()) >= MIN_EMOJI_FEATURES


def _is_flat(sig: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """Painted, not photographed: most of the shape has almost no fine detail."""
    patch = sig.energy[region.y : region.y + region.height, region.x : region.x + region.width][filled]
    return float(np.median(patch)) < 0.05 * sig.reference


def _is_painted(sig: PhotoSignals, region: Region, filled: np.ndarray) -> bool:
    """One solid colour inside (a photographed surface always varies by a few levels)."""
    inner = _shrunk(filled, 2)
    if inner.sum() < 20:
        return False
    pixels = sig.rgb[region.y : region.y + region.height, region.x : region.x + region.width][inner].astype(np.float32)
    spread = 1.4826 * np.median(np.abs(pixels - np.median(pixels, axis=0)), axis=0)  # robust std: JPEG ringing aside
    return float(spread.max()) < PAINT_STD


def _is_bar(region: Region, filled: np.ndarray) -> bool:
    """A horizontal rectangle at least twice as wide as tall, filling its box."""
    return region.width >= 2 * region.height and filled.sum() >= 0.85 * region.width * region.height


def _head_around(sig: PhotoSignals, region: Region, candidates: list[FaceCandidate]) -> bool:
    """A face candidate under or beside the shape, or skin around it (neck, ears, brow).

    Without this, every flat coloured shape (a flyer's graphics, a logo) would read as a
    covered face; with it, a sticker must sit where a head is.
    """
    around = _grow(sig, region, 0.3)
    for c in candidates:
        if _contains(around, c.region) or _contains(_grow(sig, c.region, 0.3), region):
            return True
    if sig.monochrome:  # a colour shape painted on a black-and-white photo
        return True
    # Skin around it (neck, ears, brow, hands) - but only in a photo: in a flyer or a
    # logo, flat shapes and skin-like colours are everywhere.
    return not sig.is_graphic and sig.skin_share(around) >= 0.1


def _skin_above_and_below(sig: PhotoSignals, bar: Region) -> bool:
    """Skin directly above and below a bar: a forehead and cheeks the detector lost."""
    if sig.monochrome:
        return False
    above = Region(bar.x, max(0, bar.y - bar.height), bar.width, min(bar.height, bar.y))
    below = Region(bar.x, bar.y + bar.height, bar.width, max(0, min(bar.height, sig.height - bar.y - bar.height)))
    return sig.skin_share(above) >= 0.3 and sig.skin_share(below) >= 0.3


# --- traces found without any face detection ----------------------------------------


def mosaic_patches(sig: PhotoSignals) -> tuple[list[Seen], bool]:
    """Windows of the photo made of equal flat blocks: a pixelated patch no detector sees as a face.

    Windows of three sizes slide over the full-detail photo; a window counts when its
    block grid is unmistakable (a stricter bar than inside a face box, and the blocks
    must explain the window: text, brick walls and tiled floors repeat but are not
    block means) and it holds skin or the photo is black-and-white. Overlapping
    windows are reported as one patch. A photo that is blocky nearly everywhere (a small
    picture enlarged without smoothing) has no patch that stands out: nothing is reported,
    and the second value, "the whole photo is blocky", is True.
    """
    hits: list[tuple[Region, float, int]] = []
    flat_windows = blocky_windows = 0
    full_h, full_w = sig.full_gray.shape
    k = sig.to_full
    for fraction in (0.12, 0.2, 0.3):
        size = max(24, round(fraction * min(full_h, full_w)))
        # Half-window steps, but no more than ~120 windows per size: small photos have
        # small windows, and checking hundreds of them buys nothing.
        step = max(8, size // 2, int(np.sqrt(full_h * full_w / MAX_WINDOWS_PER_SIZE)))
        for y in range(0, max(1, full_h - size + 1), step):
            for x in range(0, max(1, full_w - size + 1), step):
                window = sig.full_gray[y : y + size, x : x + size]
                profiles = signals.edge_profiles(window)
                if profiles.flat_share < MOSAIC_FLAT_SHARE:
                    continue  # texture: cheap to rule out, and most of a photo is
                flat_windows += 1
                score, block = sig.is_mosaic(profiles, x, y, PATCH_GRID_SCORE)
                if not score or block < 4:
                    continue
                blocky_windows += 1
                if window.std() < MIN_PATCH_CONTRAST:
                    continue  # smooth sky or paper, where JPEG itself leaves flat blocks
                region = Region(round(x / k), round(y / k), round(size / k), round(size / k))
                if sig.monochrome or sig.skin_share(region) >= 0.2:
                    hits.append((region, score, block))
    if flat_windows >= 10 and blocky_windows > NATIVE_BLOCKY_SHARE * flat_windows:
        return [], True
    found = []
    for cluster in _clusters([r for r, _, _ in hits], gap=0):
        box = _union(cluster)
        score, block = max((s, b) for r, s, b in hits if r in cluster)
        found.append(Seen(obs.PIXELATED_FACE, box, min(1.0, 0.5 + score),
                          f"pixelated patch at {{where}} (mosaic of {block}-pixel blocks) where a face may be"))
    return found, False


def skin_islands(sig: PhotoSignals, *, edge_ok: bool) -> list[Seen]:
    """A detail-free, compact skin-coloured island in a sharp photo: a face blurred past recognition.

    An island cut by one edge of the photo counts only when `edge_ok` (no face is visible
    elsewhere): next to a visible face, a smooth patch at the edge is far more often a
    plain background than a second, blurred face.
    """
    if sig.monochrome:
        return []
    smooth = sig.tiles < 0.03 * sig.reference
    if not smooth.any():
        return []
    found = []
    t = signals.TILE
    for tile_region, filled in signals.components(smooth, 4):
        region = Region(tile_region.x * t, tile_region.y * t, tile_region.width * t, tile_region.height * t)
        share = region.width * region.height / sig.area
        # A face cut by the photo's edge is still a face, but an island along two edges
        # is a corner of smooth background.
        if not 0.01 <= share <= 0.4 or _borders_touched(sig, region) > int(edge_ok) or signals.solidity(filled) < 0.8:
            continue
        if sig.skin_share(region) < 0.5:
            continue
        ring = _grow(sig, region, 0.3)
        ring_sharpness = signals.region_sharpness(sig.energy, ring, shrink=0.0) / sig.reference
        if ring_sharpness >= 0.2:
            found.append(Seen(obs.HIDDEN_FACE, region, 0.7,
                              f"smooth skin-coloured patch at {{where}} looks like a heavily blurred face"))
    return found


# --- small geometry helpers ---------------------------------------------------------


def _shrunk(filled: np.ndarray, rim: int) -> np.ndarray:
    """A shape's mask without a rim of `rim` pixels (where edges blur into the background)."""
    return cv2.erode(filled.astype(np.uint8), np.ones((2 * rim + 1, 2 * rim + 1), np.uint8)).astype(bool)


def _close(mask: np.ndarray) -> np.ndarray:
    """Bridge the thin seams (JPEG edges, an emoji's eyes) that split one painted shape."""
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    return cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_CLOSE, kernel).astype(bool)


def _grow(sig: PhotoSignals, r: Region, by: float) -> Region:
    mx, my = round(r.width * by), round(r.height * by)
    x0, y0 = max(0, r.x - mx), max(0, r.y - my)
    x1, y1 = min(sig.width, r.x + r.width + mx), min(sig.height, r.y + r.height + my)
    return Region(x0, y0, x1 - x0, y1 - y0)


def _contains(outer: Region, inner: Region) -> bool:
    cx, cy = inner.x + inner.width / 2, inner.y + inner.height / 2
    return outer.x <= cx <= outer.x + outer.width and outer.y <= cy <= outer.y + outer.height


def _overlaps(region: Region, seen: list[Seen]) -> bool:
    return any(iou(region, s.region) >= 0.2 or _contains(s.region, region) or _contains(region, s.region) for s in seen)


def _borders_touched(sig: PhotoSignals, r: Region) -> int:
    return (r.x <= 0) + (r.y <= 0) + (r.x + r.width >= sig.width) + (r.y + r.height >= sig.height)


def _union(regions: list[Region]) -> Region:
    x0, y0 = min(r.x for r in regions), min(r.y for r in regions)
    x1, y1 = max(r.x + r.width for r in regions), max(r.y + r.height for r in regions)
    return Region(x0, y0, x1 - x0, y1 - y0)


def _clusters(regions: list[Region], gap: float) -> list[list[Region]]:
    """Group boxes that lie within `gap` pixels of each other."""
    groups: list[list[Region]] = []
    for r in regions:
        near = [g for g in groups if any(_distance(r, o) <= gap for o in g)]
        merged = [r] + [o for g in near for o in g]
        groups = [g for g in groups if g not in near] + [merged]
    return groups


def _distance(a: Region, b: Region) -> float:
    dx = max(0, max(a.x, b.x) - min(a.x + a.width, b.x + b.width))
    dy = max(0, max(a.y, b.y) - min(a.y + a.height, b.y + b.height))
    return float(np.hypot(dx, dy))

