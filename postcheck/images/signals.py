"""Pixel measurements the obscured-face checks are built from (numpy + OpenCV).

Each function measures one thing and returns plain numbers or masks; the decisions
(thresholds, what counts as an obscured face) live in `obscured.py`.
"""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.model import Region

TILE = 16  # sharpness map resolution, working-image pixels


def gray(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)


def laplacian_energy(gray_img: np.ndarray) -> np.ndarray:
    """Squared Laplacian per pixel: high where there is fine detail (edges, texture)."""
    return cv2.Laplacian(gray_img, cv2.CV_32F, ksize=3) ** 2


def tile_sharpness(energy: np.ndarray) -> np.ndarray:
    """Mean Laplacian energy per TILE x TILE tile (partial tiles at the edges dropped)."""
    rows, cols = energy.shape[0] // TILE, energy.shape[1] // TILE
    if rows == 0 or cols == 0:
        return np.full((1, 1), float(energy.mean()), dtype=np.float32)
    trimmed = energy[: rows * TILE, : cols * TILE]
    return trimmed.reshape(rows, TILE, cols, TILE).mean(axis=(1, 3))


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


def skin_mask(rgb: np.ndarray) -> np.ndarray:
    """Pixels whose colour is within the broad range of human skin tones (YCrCb box)."""
    ycrcb = cv2.cvtColor(rgb, cv2.COLOR_RGB2YCrCb)
    y, cr, cb = ycrcb[..., 0], ycrcb[..., 1], ycrcb[..., 2]
    return (y > 40) & (cr >= 135) & (cr <= 180) & (cb >= 80) & (cb <= 135)


def is_monochrome(rgb: np.ndarray) -> bool:
    """True for black-and-white photos, where colour cues (skin, yellow) say nothing."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    return float(np.percentile(hsv[..., 1], 90)) < 25


def grid_score(gray_patch: np.ndarray) -> tuple[float, int]:
    """How strongly a patch is made of equal square blocks (mosaic), 0..1, and the block size.

    In a mosaic, horizontal change happens only on evenly spaced columns and vertical
    change only on evenly spaced rows, with the same spacing. So the autocorrelation of
    the column profile of |horizontal differences| (and of the row profile) rises again
    to a clear peak at the block size after falling between block edges. Natural detail
    decays smoothly instead, and JPEG's 8-pixel grid is weak next to the picture's own
    change. The score is the smaller of the two axes' peak prominences.
    """
    if min(gray_patch.shape) < 16:
        return 0.0, 0
    cols = np.abs(np.diff(gray_patch, axis=1)).mean(axis=0)
    rows = np.abs(np.diff(gray_patch, axis=0)).mean(axis=1)
    acf_c, acf_r = _autocorrelation(cols), _autocorrelation(rows)
    best, best_lag = 0.0, 0
    # At least three blocks across, so that a repeat is a repeat.
    for lag in range(3, min(len(cols), len(rows)) // 3 + 1):
        if lag + 2 > min(len(acf_c), len(acf_r)):
            break
        score = min(_prominence(acf_c, lag), max(_prominence(acf_r, k) for k in (lag - 1, lag, lag + 1)))
        # Blocks are flat inside: the change must sit on the block edges, not merely
        # repeat (JPEG's 8-pixel grid repeats too, but the picture changes between lines).
        score *= min(_edge_share(cols, lag), _edge_share(rows, lag))
        if score > best:
            best, best_lag = score, lag
    return best, best_lag


def _edge_share(profile: np.ndarray, period: int) -> float:
    """Share of a difference profile held by its top 2-in-`period` entries (edges may spread over two)."""
    k = max(1, round(2 * len(profile) / period))
    total = float(profile.sum())
    return float(np.sort(profile)[-k:].sum() / total) if total > 0 else 0.0


def block_residual(gray_patch: np.ndarray, period: int) -> tuple[float, int, int]:
    """How much of a patch's variance is left after replacing it by `period`-sized block means.

    Near 0 for a mosaic (it *is* block means); large for text, bricks or any real detail
    that merely repeats. The grid's phase (x, y offset of the first whole block) is taken
    from where the edges are strongest and returned with the residual share.
    """
    if period < 2 or min(gray_patch.shape) < 2 * period:
        return 1.0, 0, 0
    cols = np.abs(np.diff(gray_patch, axis=1)).mean(axis=0)
    rows = np.abs(np.diff(gray_patch, axis=0)).mean(axis=1)
    ox = (int(np.argmax([cols[o::period].sum() for o in range(period)])) + 1) % period
    oy = (int(np.argmax([rows[o::period].sum() for o in range(period)])) + 1) % period
    core = gray_patch[oy:, ox:]
    h, w = (core.shape[0] // period) * period, (core.shape[1] // period) * period
    core = core[:h, :w]
    total = float(core.var())
    if h == 0 or w == 0 or total <= 1e-6:
        return 1.0, ox, oy
    means = core.reshape(h // period, period, w // period, period).mean(axis=(1, 3))
    residual = core - np.repeat(np.repeat(means, period, axis=0), period, axis=1)
    return float(residual.var() / total), ox, oy


def _autocorrelation(profile: np.ndarray) -> np.ndarray:
    centred = profile - profile.mean()
    denom = float((centred**2).sum())
    if denom <= 1e-6:
        return np.zeros(len(profile) // 2)
    full = np.correlate(centred, centred, mode="full")[len(centred) - 1 :] / denom
    return full[: len(profile) // 2]


def _prominence(acf: np.ndarray, lag: int) -> float:
    """Height of a local peak at `lag` above the lowest point before it (0 if not a peak)."""
    if lag < 2 or lag + 1 >= len(acf) or acf[lag] < acf[lag - 1] or acf[lag] < acf[lag + 1]:
        return 0.0
    return float(acf[lag] - acf[1:lag].min())


def flat_mask(rgb: np.ndarray, tolerance: float = 12.0) -> np.ndarray:
    """Pixels in areas of (almost) constant colour: painted shapes, not photographed surfaces.

    The photo is smoothed slightly first so that JPEG's ripple inside a painted shape
    does not break it up; hair, fur and fabric keep their texture through that. The
    tolerance bounds the 5x5 colour variance summed over the three channels.
    """
    img = cv2.GaussianBlur(rgb, (0, 0), 1.0).astype(np.float32)
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


def solidity(filled: np.ndarray) -> float:
    """Area / convex hull area: 1 for convex shapes (discs, bars), ~0.5-0.6 for stars."""
    contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return 0.0
    contour = max(contours, key=cv2.contourArea)
    hull = cv2.contourArea(cv2.convexHull(contour))
    return float(cv2.contourArea(contour) / hull) if hull else 0.0
