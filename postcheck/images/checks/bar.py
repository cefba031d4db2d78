"""A bar over the eyes: a flat dark rectangle, wider than tall, across a face."""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.images.checks.base import Kind, PhotoSignals, Seen, overlaps, regions
from postcheck.images.checks.paint import MIN_COVER_AREA, is_painted
from postcheck.images.faces import FaceCandidate
from postcheck.model import Region

BAR_FACE = Kind("bar_face", "barred face", face=True, obscured=True)
EDGE_ROWS = 0.02  # a bar's soft edge, as a share of the face box's height
STEP_BAND = 0.03  # the rows beyond it whose brightness is compared with the bar's


class Bar:
    """A flat dark bar across a face, or between skin above and below it: a barred face."""

    id = "bar"
    kinds = (BAR_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        new: list[Seen] = []
        for cand in photo.candidates:
            bar = _bar_across(photo, cand) or _tilted_bar_across(photo, cand)
            if bar is not None and not overlaps(bar, regions(found + new)):
                new.append(Seen(BAR_FACE, bar, 0.85, "dark bar at {where} drawn across a face"))
        for region, filled in signals.components(photo.flat & (photo.hsv[..., 2] < 60), int(MIN_COVER_AREA * photo.area)):
            if overlaps(region, regions(found + new)):
                continue
            if _is_bar(region, filled) and is_painted(photo, region, filled) and _skin_above_and_below(photo, region):
                new.append(Seen(BAR_FACE, region, 0.8, "dark bar at {where} drawn between skin above and below (a barred face)"))
        return new


def _bar_across(photo: PhotoSignals, cand: FaceCandidate) -> Region | None:
    """Rows of flat dark paint across the middle of a face box (the eyes), or None.

    Row by row rather than as a shape, because a bar drawn over dark hair or glasses
    merges with them into one dark blob; the bar's rows are still flat from side to side.
    Even a weak face candidate will do: the test itself is strict.
    """
    r = cand.region
    v = photo.hsv[r.y : r.y + r.height, r.x : r.x + r.width, 2].astype(np.float32)
    if v.shape[0] < 8 or v.shape[1] < 8:
        return None
    dark_flat_rows = ((v[:, 1:] < 60) & (np.abs(np.diff(v, axis=1)) < 4)).mean(axis=1) >= 0.6
    for start, end in _runs(dark_flat_rows):
        if end - start < max(3, round(0.06 * r.height)) or start == 0 or end >= len(dark_flat_rows):
            continue
        # Eyes sit in the middle band of a face box (a hat brim or hair sits at its top),
        # and paint ends in a sharp step: skin on at least one side is clearly brighter.
        # The step is read a few rows off the run: scaling and JPEG leave the bar's edge
        # rows dark but noisy, so they fall outside the run yet are still paint.
        centre = (start + end) / 2 / r.height
        bar_level = float(np.median(v[start:end]))
        edge, band = int(EDGE_ROWS * r.height), max(3, int(STEP_BAND * r.height))
        above = float(np.median(v[max(0, start - edge - band) : start - edge])) if start > edge else bar_level
        below = float(np.median(v[end + edge : end + edge + band])) if end + edge < len(v) else bar_level
        if 0.2 <= centre <= 0.65 and max(above, below) - bar_level >= 40:
            return Region(r.x, r.y + start, r.width, end - start)
    return None


def _tilted_bar_across(photo: PhotoSignals, cand: FaceCandidate) -> Region | None:
    """A flat dark bar at any angle across the eye band of a face box, or None.

    A bar that follows a tilted head, or was drawn in a hurry, crosses the face's rows at a
    slant, so no row of the box is dark from side to side; as a shape it is still a long,
    solid, painted rectangle whose middle sits where the eyes are.
    """
    r = cand.region
    around = photo.grow(r, 0.3)
    x0, y0 = around.x, around.y
    dark = photo.flat[y0 : y0 + around.height, x0 : x0 + around.width] & (
        photo.hsv[y0 : y0 + around.height, x0 : x0 + around.width, 2] < 60)
    for part, filled in signals.components(dark, max(8, int(0.02 * r.width * r.height))):
        region = Region(x0 + part.x, y0 + part.y, part.width, part.height)
        ys, xs = np.nonzero(filled)
        (cx, cy), sides, _angle = cv2.minAreaRect(np.column_stack([xs, ys]).astype(np.float32))
        long, short = max(sides), min(sides)
        centre = (y0 + part.y + cy - r.y) / r.height
        if (short >= 3 and long >= 2.5 * short and long >= 0.6 * r.width and filled.sum() >= 0.8 * long * short
                and 0.15 <= centre <= 0.7 and is_painted(photo, region, filled)):
            return region
    return None


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True values."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def _is_bar(region: Region, filled: np.ndarray) -> bool:
    """A horizontal rectangle at least twice as wide as tall, filling its box."""
    return region.width >= 2 * region.height and filled.sum() >= 0.85 * region.width * region.height


def _skin_above_and_below(photo: PhotoSignals, bar: Region) -> bool:
    """Skin directly above and below a bar: a forehead and cheeks the detector lost."""
    if photo.monochrome:
        return False
    above = Region(bar.x, max(0, bar.y - bar.height), bar.width, min(bar.height, bar.y))
    below = Region(bar.x, bar.y + bar.height, bar.width, max(0, min(bar.height, photo.height - bar.y - bar.height)))
    return photo.skin_share(above) >= 0.3 and photo.skin_share(below) >= 0.3
