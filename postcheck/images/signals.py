"""Pixel measurements the photo checks are built from (numpy + OpenCV).

Each function measures one thing and returns plain numbers or masks; the decisions
(thresholds, what counts as an obscured face) live in the checks (`checks/`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import cv2
import numpy as np

from postcheck.model import Region

TILE = 16  # sharpness map resolution, working-image pixels
# Share of a patch's edge strength within 2 degrees of one direction (folded mod 90) for
# the patch to count as tilted: mosaics measure about 0.5 and more, faces and fur below 0.25.
TILT_PEAK_SHARE = 0.3


def gray(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)


def laplacian_energy(gray_img: np.ndarray) -> np.ndarray:
    """Squared Laplacian per pixel: high where there is fine detail (edges, texture)."""
    return cv2.Laplacian(gray_img, cv2.CV_32F, ksize=3) ** 2


def tile_sharpness(energy: np.ndarray, tile: int = TILE) -> np.ndarray:
    """Mean Laplacian energy per `tile` x `tile` square (partial tiles at the edges dropped)."""
    rows, cols = energy.shape[0] // tile, energy.shape[1] // tile
    if rows == 0 or cols == 0:
        return np.full((1, 1), float(energy.mean()), dtype=np.float32)
    trimmed = energy[: rows * tile, : cols * tile]
    return trimmed.reshape(rows, tile, cols, tile).mean(axis=(1, 3))


def reference_sharpness(tiles: np.ndarray) -> float:
    """How sharp the photo's detailed parts are: the 75th percentile of its tiles.

    A percentile, not the mean, so that a large plain sky or wall does not make every
    face look sharp, and a single very busy patch does not make every face look blurred.
    """
    return max(float(np.percentile(tiles, 75)), 1.0)


def region_sharpness(energy: np.ndarray, region: Region, shrink: float = 0.15) -> float:
    """Mean Laplacian energy inside `region`, ignoring a margin where a blur mask's edge sits."""
    mx, my = round(region.width * shrink), round(region.height * shrink)
    patch = energy[region.y + my : region.y + region.height - my, region.x + mx : region.x + region.width - mx]
    return float(patch.mean()) if patch.size else 0.0


def ring_sharpness(energy: np.ndarray, region: Region, grow: float = 0.6) -> float:
    """Mean Laplacian energy around `region` (its box grown by `grow` on each side, less the box):
    how sharp a face's own surroundings are (hair, neck, what is behind it)."""
    height, width = energy.shape
    mx, my = round(region.width * grow), round(region.height * grow)
    x0, y0 = max(0, region.x - mx), max(0, region.y - my)
    x1, y1 = min(width, region.x + region.width + mx), min(height, region.y + region.height + my)
    ring = energy[y0:y1, x0:x1]
    inner = ring[region.y - y0 : region.y - y0 + region.height, region.x - x0 : region.x - x0 + region.width]
    count = ring.size - inner.size
    return float((ring.sum() - inner.sum()) / count) if count > 0 else 0.0


def features_at_face_scale(gray_patch: np.ndarray, side: int) -> float:
    """How much structure a face patch shows once shrunk to `side` pixels square: mean |Laplacian|
    over the patch's grey-level spread. Measured at the face's own scale, so it does not depend
    on how sharp the rest of the photo is: eyes, brows and a mouth show at 24-48 pixels in any
    face the camera caught, soft or sharp; a face blurred by an editor by a few percent of its
    width has none left there."""
    small = cv2.resize(gray_patch, (side, side), interpolation=cv2.INTER_AREA)
    return float(np.abs(cv2.Laplacian(small, cv2.CV_32F, ksize=3)).mean() / (small.std() + 2.0))


def local_contrast(gray_img: np.ndarray, window: int = 9) -> np.ndarray:
    """Grey-level standard deviation in a `window`-pixel square around each pixel: high where
    something is shown (even out of focus), low on plain walls and smooth skies, whose slow
    gradients a whole-strip deviation would count."""
    mean = cv2.blur(gray_img, (window, window))
    return np.sqrt(np.maximum(cv2.blur(gray_img * gray_img, (window, window)) - mean * mean, 0))


def around_sides(contrast: np.ndarray, energy: np.ndarray, region: Region, gap: float = 0.3,
                 depth: float = 0.5) -> list[tuple[float, float]]:
    """(mean Laplacian energy, mean local contrast) of each strip beside `region` that lies in
    the photo: left, right, above, below; each starts `gap` of the region's size away from it
    (past where a blur brushed over a face spills) and is `depth` of its size deep."""
    height, width = energy.shape
    gx, gy = round(region.width * gap), round(region.height * gap)
    dx, dy = max(2, round(region.width * depth)), max(2, round(region.height * depth))
    x0, y0, x1, y1 = region.x, region.y, region.x + region.width, region.y + region.height
    strips = ((x0 - gx - dx, y0, x0 - gx, y1), (x1 + gx, y0, x1 + gx + dx, y1),
              (x0, y0 - gy - dy, x1, y0 - gy), (x0, y1 + gy, x1, y1 + gy + dy))
    sides = []
    for sx0, sy0, sx1, sy1 in strips:
        sx0, sy0, sx1, sy1 = max(0, sx0), max(0, sy0), min(width, sx1), min(height, sy1)
        if sx1 - sx0 >= 2 and sy1 - sy0 >= 2:
            sides.append((float(energy[sy0:sy1, sx0:sx1].mean()), float(contrast[sy0:sy1, sx0:sx1].mean())))
    return sides


def tile_contrast(gray_img: np.ndarray) -> np.ndarray:
    """Grey-level standard deviation per TILE x TILE tile (as tile_sharpness lays them out)."""
    rows, cols = gray_img.shape[0] // TILE, gray_img.shape[1] // TILE
    if rows == 0 or cols == 0:
        return np.full((1, 1), float(gray_img.std()), dtype=np.float32)
    tiles = gray_img[: rows * TILE, : cols * TILE].reshape(rows, TILE, cols, TILE)
    return tiles.std(axis=(1, 3))


def robust_spread(values: np.ndarray, axis: int | None = None) -> np.ndarray | np.floating:
    """A robust standard deviation (1.4826 times the median absolute deviation) of `values`, over `axis`
    (all of them by default): JPEG ringing and a few stray pixels do not move it."""
    return 1.4826 * np.median(np.abs(values - np.median(values, axis=axis)), axis=axis)


def skin_mask(rgb: np.ndarray) -> np.ndarray:
    """Pixels whose colour is within the broad range of human skin tones (YCrCb box)."""
    ycrcb = cv2.cvtColor(rgb, cv2.COLOR_RGB2YCrCb)
    y, cr, cb = ycrcb[..., 0], ycrcb[..., 1], ycrcb[..., 2]
    return (y > 40) & (cr >= 135) & (cr <= 180) & (cb >= 80) & (cb <= 135)


MONOCHROME_SATURATION = 25  # the 90th percentile of saturation (0-255) of a black-and-white photo is below this


def is_monochrome(saturation: np.ndarray) -> bool:
    """True for a black-and-white photo, or part of one, given its HSV saturation: colour cues (skin, yellow) say
    nothing there."""
    return bool(saturation.size) and float(np.percentile(saturation, 90)) < MONOCHROME_SATURATION


@dataclass(frozen=True)
class EdgeProfiles:
    """Where a grey patch changes: mean |difference| per column and per row boundary."""

    patch: np.ndarray
    dx: np.ndarray  # |horizontal difference| between neighbouring pixels
    dy: np.ndarray  # |vertical difference|
    cols: np.ndarray  # mean |horizontal difference| at each column boundary
    rows: np.ndarray  # mean |vertical difference| at each row boundary
    flat_share: float  # share of neighbour differences of 3 grey levels or less (smaller axis)


def edge_profiles(gray_patch: np.ndarray) -> EdgeProfiles:
    dx = np.abs(np.diff(gray_patch, axis=1))
    dy = np.abs(np.diff(gray_patch, axis=0))
    flat = min(float((dx <= 3).mean()), float((dy <= 3).mean())) if dx.size and dy.size else 0.0
    return EdgeProfiles(gray_patch, dx, dy, dx.mean(axis=0), dy.mean(axis=1), flat)


def grey_count(gray_patch: np.ndarray, step: int, min_share: float) -> int:
    """How many grey levels (in bands `step` wide) each hold at least `min_share` of the patch's pixels."""
    counts = np.bincount((np.asarray(gray_patch, dtype=np.int64) // step).ravel(), minlength=256 // step)
    return int((counts >= min_share * gray_patch.size).sum())


def block_step(p: EdgeProfiles) -> float:
    """How far apart neighbouring blocks' greys are: the 90th percentile of the patch's
    neighbour differences above 2 grey levels (0 when it has none)."""
    steps = np.concatenate([p.dx[p.dx > 2], p.dy[p.dy > 2]])
    return float(np.percentile(steps, 90)) if steps.size else 0.0


def grid_score(p: EdgeProfiles) -> tuple[float, int]:
    """How strongly a patch is made of equal square blocks (mosaic), 0..1, and the block size.

    In a mosaic, horizontal change happens only on evenly spaced columns and vertical
    change only on evenly spaced rows, with the same spacing. So the autocorrelation of
    the column profile (and of the row profile) rises again to a clear peak at the block
    size after falling between block edges; natural detail decays smoothly instead. The
    score is the smaller of the two axes' peak prominences, times the share of change
    sitting on the block edges (JPEG's 8-pixel grid repeats too, but the picture changes
    between its lines).
    """
    if min(p.patch.shape) < 16:
        return 0.0, 0
    pc, pr = _prominences(_autocorrelation(p.cols)), _prominences(_autocorrelation(p.rows))
    # At least three blocks across, so that a repeat is a repeat.
    lags = np.arange(3, min(min(len(p.cols), len(p.rows)) // 3 + 1, len(pc) - 1, len(pr) - 1))
    if not len(lags):
        return 0.0, 0
    near_rows = np.maximum(np.maximum(pr[lags - 1], pr[lags]), pr[lags + 1])
    prominence = np.minimum(pc[lags], near_rows)
    best, best_lag = 0.0, 0
    for i in np.argsort(-prominence):
        if prominence[i] <= best:
            break  # the edge share is at most 1: no later lag can win
        lag = int(lags[i])
        score = float(prominence[i]) * min(_edge_share(p.cols, lag), _edge_share(p.rows, lag))
        if score > best:
            best, best_lag = score, lag
    return best, best_lag


def dominant_tilt(gray_patch: np.ndarray) -> float:
    """The angle (degrees, -45..45) a patch's edges line up on, or 0 when they line up on none.

    A mosaic's block edges all run along two perpendicular directions; in a photo rotated
    after it was pixelated those directions are tilted. Gradient directions folded into
    0..90 degrees and weighted by strength pile up at the tilt; natural detail spreads out.
    """
    if min(gray_patch.shape) < 16:
        return 0.0
    gx = cv2.Sobel(gray_patch, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(gray_patch, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = np.hypot(gx, gy)
    folded = np.degrees(np.arctan2(gy, gx)) % 90.0
    hist, _ = np.histogram(folded, bins=90, range=(0, 90), weights=magnitude)
    total = float(hist.sum())
    if total <= 0:
        return 0.0
    peak = int(np.argmax(hist))
    window = hist[[(peak + d) % 90 for d in (-2, -1, 0, 1, 2)]].sum()
    if window < TILT_PEAK_SHARE * total:
        return 0.0
    angle = peak + 0.5
    return angle - 90.0 if angle > 45 else angle


def straightened(gray_patch: np.ndarray, angle: float) -> np.ndarray:
    """`gray_patch` turned by -`angle` degrees, cut to the square that holds no corner fill."""
    h, w = gray_patch.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(gray_patch, turn, (w, h), flags=cv2.INTER_LINEAR)
    side = int(min(h, w) / (abs(np.cos(np.radians(angle))) + abs(np.sin(np.radians(angle)))))
    y0, x0 = (h - side) // 2, (w - side) // 2
    return turned[y0 : y0 + side, x0 : x0 + side]


def _edge_share(profile: np.ndarray, period: int) -> float:
    """Share of a difference profile held by its top 2-in-`period` entries (edges may spread over two)."""
    k = max(1, round(2 * len(profile) / period))
    total = float(profile.sum())
    return float(np.sort(profile)[-k:].sum() / total) if total > 0 else 0.0


def coarse_grid(p: EdgeProfiles) -> int:
    """Block size of a coarse mosaic (only a few blocks across), or 0.

    With four or five blocks the autocorrelation in `grid_score` has too few repeats to
    peak; the block edges themselves are still unmistakable: a handful of isolated spikes
    in the difference profiles, evenly spaced (some may be missing where two neighbouring
    blocks happen to share a colour), holding most of the change, on both axes alike.
    """
    across, down = _spike_period(p.cols), _spike_period(p.rows)
    if across and down and abs(across - down) <= max(1, 0.1 * across):
        return round((across + down) / 2)
    return 0


def _spike_period(profile: np.ndarray) -> int:
    top = float(profile.max()) if len(profile) >= 8 else 0.0
    if top <= 0 or top < 4 * float(np.median(profile)):
        return 0  # no isolated spikes: between block edges a mosaic hardly changes
    padded = np.concatenate(([-1.0, -1.0], profile, [-1.0, -1.0]))
    local_max = np.maximum.reduce([padded[i : i + len(profile)] for i in range(5)])
    peaks = np.flatnonzero((profile >= 0.25 * profile.max()) & (profile == local_max))
    if len(peaks) < 3:
        return 0
    gaps = np.diff(peaks)
    period = int(gaps.min())
    if period < 4 or np.abs(gaps / period - np.round(gaps / period)).max() > 0.15:
        return 0
    near_peaks = sum(float(profile[max(0, q - 1) : q + 2].sum()) for q in peaks)
    return period if near_peaks >= 0.6 * profile.sum() else 0


@dataclass(frozen=True)
class BlockGroup:
    """Flat blocks of one size lying on one grid: `box` around them, in the patch's pixels."""

    box: Region
    across: int  # from one block to the next along a row: the blocks' width
    down: int  # from one block to the next down a column: their height
    count: int
    greys: int  # how many different grey levels (in steps of 8) the blocks hold


FLAT_STEP = 2  # grey levels: inside a mosaic's block, even after JPEG, neighbours differ this little
MIN_BLOCK_SIDE = 10
BLOCK_FILL = 0.8  # of the block's box: one solid flat piece
BLOCK_SHAPE = (0.6, 1.7)  # width over height: a mosaic cut from a face box has blocks a little tall or wide
SAME_SIZE = 0.15  # blocks within this share of one another's size are the same size


def equal_flat_blocks(gray_patch: np.ndarray, min_count: int) -> list[BlockGroup]:
    """Groups of at least `min_count` flat blocks of one size, each group one cluster.

    A mosaic *is* flat blocks of one size side by side. With only four or five blocks across
    a face, the autocorrelation in `grid_score` has too few repeats to peak, and a window that
    is not cut to the mosaic holds other detail that hides `coarse_grid`'s spikes; the blocks
    themselves still show, wherever the mosaic lies (two neighbours of one colour merge and
    are skipped; the rest are enough).
    """
    g = gray_patch.astype(np.int16)
    flat = np.zeros(g.shape, np.uint8)
    flat[:-1, :-1] = (np.abs(np.diff(g, axis=1))[:-1, :] <= FLAT_STEP) & (np.abs(np.diff(g, axis=0))[:, :-1] <= FLAT_STEP)
    _, _, stats, _ = cv2.connectedComponentsWithStats(flat, connectivity=4)
    blocks = [Region(int(x), int(y), int(w), int(h)) for x, y, w, h, area in stats[1:]
              if min(w, h) >= MIN_BLOCK_SIDE and BLOCK_SHAPE[0] <= w / h <= BLOCK_SHAPE[1] and area >= BLOCK_FILL * w * h]
    groups: list[BlockGroup] = []
    grouped: list[Region] = []  # a block of each size already grouped
    for block in sorted(blocks, key=lambda r: -r.width * r.height):
        if any(_same_size(block, done) for done in grouped):
            continue
        grouped.append(block)
        alike = [r for r in blocks if _same_size(r, block)]
        # Two blocks apart at most: a neighbour of the same colour merged with one between.
        reach = 2 * max(block.width, block.height)

        def within_reach(a: Region, b: Region) -> bool:
            return abs(a.x - b.x) <= a.width + reach and abs(a.y - b.y) <= a.height + reach

        for cluster in clusters(alike, within_reach):
            if len(cluster) >= min_count:
                greys = len({int(gray_patch[r.y + r.height // 2, r.x + r.width // 2]) // 8 for r in cluster})
                x0, y0 = min(r.x for r in cluster), min(r.y for r in cluster)
                x1, y1 = max(r.x + r.width for r in cluster), max(r.y + r.height for r in cluster)
                groups.append(BlockGroup(Region(x0, y0, x1 - x0, y1 - y0), _spacing(cluster, "x"),
                                         _spacing(cluster, "y"), len(cluster), greys))
    return groups


def _same_size(a: Region, b: Region) -> bool:
    return abs(a.width - b.width) <= SAME_SIZE * b.width and abs(a.height - b.height) <= SAME_SIZE * b.height


def clusters(boxes: list[Region], near: Callable[[Region, Region], bool]) -> list[list[Region]]:
    """Boxes grouped so that each is `near(box, other)` to another of its group, in one pass:
    a box joins (and merges) every group it is near."""
    groups: list[list[Region]] = []
    for box in boxes:
        joined = [g for g in groups if any(near(box, other) for other in g)]
        groups = [g for g in groups if g not in joined] + [[box] + [o for g in joined for o in g]]
    return groups


def _spacing(blocks: list[Region], axis: str) -> int:
    """The shortest step from a block to the next one in its row ("x") or column ("y"): the
    blocks' size with the edge between them (a step over a merged neighbour is twice that)."""
    steps = []
    for r in blocks:
        for o in blocks:
            along, aside = (o.x - r.x, o.y - r.y) if axis == "x" else (o.y - r.y, o.x - r.x)
            if along > 0 and abs(aside) <= (r.height if axis == "x" else r.width) / 2:
                steps.append(along)
    size = blocks[0].width if axis == "x" else blocks[0].height
    return int(min(steps)) if steps else size + 2


def block_residual(p: EdgeProfiles, period: int, period_down: int | None = None) -> tuple[float, int, int]:
    """How much of a patch's variance is left after replacing it by block means, blocks
    `period` wide and `period_down` high (square when it is not given).

    Near 0 for a mosaic (it *is* block means); large for text, bricks or any real detail
    that merely repeats. The grid's phase (x, y offset of the first whole block) is taken
    from where the edges are strongest and returned with the residual share.
    """
    across, down = period, period_down or period
    if min(across, down) < 2 or p.patch.shape[0] < 2 * down or p.patch.shape[1] < 2 * across:
        return 1.0, 0, 0
    ox = (int(np.argmax([p.cols[o::across].sum() for o in range(across)])) + 1) % across
    oy = (int(np.argmax([p.rows[o::down].sum() for o in range(down)])) + 1) % down
    core = p.patch[oy:, ox:]
    h, w = (core.shape[0] // down) * down, (core.shape[1] // across) * across
    core = core[:h, :w]
    total = float(core.var()) if h and w else 0.0
    if total <= 1e-6:
        return 1.0, ox, oy
    means = core.reshape(h // down, down, w // across, across).mean(axis=(1, 3))
    residual = core - np.repeat(np.repeat(means, down, axis=0), across, axis=1)
    return float(residual.var() / total), ox, oy


def _autocorrelation(profile: np.ndarray) -> np.ndarray:
    centred = profile - profile.mean()
    denom = float((centred**2).sum())
    if denom <= 1e-6:
        return np.zeros(len(profile) // 2)
    full = np.correlate(centred, centred, mode="full")[len(centred) - 1 :] / denom
    return full[: len(profile) // 2]


def _prominences(acf: np.ndarray) -> np.ndarray:
    """Per lag: height of a local peak above the lowest point before it (0 where no peak)."""
    out = np.zeros(len(acf))
    if len(acf) < 4:
        return out
    lag = np.arange(2, len(acf) - 1)
    lowest_before = np.minimum.accumulate(acf[1:])[lag - 2]  # min of acf[1:lag]
    peak = (acf[lag] >= acf[lag - 1]) & (acf[lag] >= acf[lag + 1])
    out[lag] = np.where(peak, acf[lag] - lowest_before, 0.0)
    return out


def flat_mask(rgb: np.ndarray, tolerance: float = 12.0, *, smooth: bool = True) -> np.ndarray:
    """Pixels in areas of (almost) constant colour: painted shapes, not photographed surfaces.

    The photo is smoothed slightly first (unless `smooth` is False) so that JPEG's ripple
    inside a painted shape does not break it up; hair, fur and fabric keep their texture
    through that. The tolerance bounds the 5x5 colour variance summed over the channels.
    """
    img = (cv2.GaussianBlur(rgb, (0, 0), 1.0) if smooth else rgb).astype(np.float32)
    mean = cv2.blur(img, (5, 5))
    var = np.maximum(cv2.blur(img * img, (5, 5)) - mean * mean, 0).sum(axis=2)
    return var < tolerance


def components(mask: np.ndarray, min_area: int) -> list[tuple[Region, np.ndarray]]:
    """Connected regions of a mask (holes filled), each with its own filled mask."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    out = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if area < min_area:
            continue
        own = (labels[y : y + h, x : x + w] == i).astype(np.uint8)
        out.append((Region(x, y, w, h), _fill_holes(own)))
    return out


def _fill_holes(mask: np.ndarray) -> np.ndarray:
    padded = np.pad(mask, 1)
    flood = padded.copy()
    cv2.floodFill(flood, None, (0, 0), 1)
    holes = flood == 0
    return (padded | holes)[1:-1, 1:-1].astype(bool)


def circularity(filled: np.ndarray) -> float:
    """4*pi*area / perimeter^2: 1 for a disc, ~0.785 for a square, low for ragged shapes."""
    contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return 0.0
    contour = max(contours, key=cv2.contourArea)
    perimeter = cv2.arcLength(contour, True)
    return float(4 * np.pi * cv2.contourArea(contour) / perimeter**2) if perimeter else 0.0


def turned_box(outline: np.ndarray) -> tuple[float, float, float]:
    """An outline's turned bounding rectangle (its sides, long then short) and the share of that
    rectangle the outline fills: near 1 for a rectangle at any slant, 0 for a degenerate outline."""
    _, (width, height), _ = cv2.minAreaRect(outline)
    box = width * height
    return max(width, height), min(width, height), float(cv2.contourArea(outline) / box) if box > 0 else 0.0


def solidity(filled: np.ndarray) -> float:
    """Area / convex hull area: 1 for convex shapes (discs, bars), ~0.5-0.6 for stars."""
    contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return 0.0
    contour = max(contours, key=cv2.contourArea)
    hull = cv2.contourArea(cv2.convexHull(contour))
    return float(cv2.contourArea(contour) / hull) if hull else 0.0
