"""Undo a phone editor's turn: a photo rotated by a few degrees inside plain corner fill.

Rotating a photo in an editor (or with Pillow's `rotate(expand=True)`) leaves four
triangles of one colour (white or black) at the corners and tilts everything in it, so a
mosaic's grid, an eye bar and a face are all tilted too. When a photo has those corners,
the checks read it turned back straight and cut to the picture inside the fill; the
regions they report are mapped back onto the photo as it was posted.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from postcheck.model import Region

FILL_TOLERANCE = 12  # grey levels: JPEG ripples a flat fill by a few
MIN_CORNER_SHARE = 0.002  # each corner triangle at least this share of the photo
MIN_TILT, MAX_TILT = 0.5, 45.0  # degrees: below this nothing is tilted; above it the photo was turned
# Share of the turned rectangle the picture fills (dark picture edges can merge with black fill)
MIN_INSIDE_FILL = 0.8
MIN_PICTURE_SHARE = 0.5  # a smaller 'picture' in plain fill is a subject on a plain background


@dataclass(frozen=True)
class Tilt:
    """Where the turned picture lies in a photo (measured on one copy of it) and by how much."""

    centre: tuple[float, float]
    size: tuple[float, float]  # width, height of the picture inside the fill
    angle: float  # degrees the posted photo was turned by

    def _turn(self, scale: float) -> tuple[np.ndarray, tuple[int, int]]:
        cx, cy = self.centre[0] * scale, self.centre[1] * scale
        w, h = self.size[0] * scale, self.size[1] * scale
        turn = cv2.getRotationMatrix2D((cx, cy), self.angle, 1.0)
        # Cut a pixel in from each side: those hold the resampled seam with the fill.
        turn[:, 2] += (w / 2 - cx - 1, h / 2 - cy - 1)
        return turn, (max(1, int(w) - 2), max(1, int(h) - 2))

    def straight(self, rgb: np.ndarray, scale: float = 1.0) -> np.ndarray:
        """`rgb` (a copy `scale` times the size of the measured one) turned straight and cut to the picture."""
        turn, size = self._turn(scale)
        return np.ascontiguousarray(cv2.warpAffine(rgb, turn, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE))

    def to_posted(self, r: Region, scale: float = 1.0) -> Region:
        """`r`, in straightened pixels of the copy `scale` times the measured one, as the box
        around it in that copy as posted."""
        back = cv2.invertAffineTransform(self._turn(scale)[0])
        corners = np.array([[r.x, r.y, 1], [r.x + r.width, r.y, 1],
                            [r.x, r.y + r.height, 1], [r.x + r.width, r.y + r.height, 1]], dtype=np.float64)
        mapped = corners @ back.T
        (x0, y0), (x1, y1) = np.maximum(mapped.min(axis=0), 0), mapped.max(axis=0)
        return Region(int(x0), int(y0), max(1, round(x1 - x0)), max(1, round(y1 - y0)))


def find_tilt(rgb: np.ndarray) -> Tilt | None:
    """How the photo was turned, when it sits tilted inside plain corner fill; else None."""
    height, width = rgb.shape[:2]
    if min(height, width) < 32:
        return None
    corners = [rgb[0, 0], rgb[0, -1], rgb[-1, 0], rgb[-1, -1]]
    fill = np.median(np.array(corners, dtype=np.float32), axis=0)
    if max(float(np.abs(c.astype(np.float32) - fill).max()) for c in corners) > FILL_TOLERANCE:
        return None
    near_fill = (np.abs(rgb.astype(np.int16) - fill.astype(np.int16)).max(axis=2) <= FILL_TOLERANCE).astype(np.uint8)
    reached = np.zeros((height + 2, width + 2), np.uint8)
    for x, y in ((0, 0), (width - 1, 0), (0, height - 1), (width - 1, height - 1)):
        cv2.floodFill(near_fill, reached, (x, y), 2, loDiff=0, upDiff=0, flags=4 | cv2.FLOODFILL_MASK_ONLY | (1 << 8))
    outside = reached[1:-1, 1:-1].astype(bool)
    if not _four_triangles(outside):
        return None
    inside = np.column_stack(np.nonzero(~outside)[::-1]).astype(np.float32)
    (cx, cy), (w, h), angle = cv2.minAreaRect(inside)
    if abs(angle) > 45:  # minAreaRect may name the sides the other way round: the turn is below 45 degrees
        w, h, angle = h, w, angle - 90 if angle > 0 else angle + 90
    if (not MIN_TILT <= abs(angle) <= MAX_TILT or len(inside) < MIN_INSIDE_FILL * w * h
            or w * h < MIN_PICTURE_SHARE * width * height):
        return None
    return Tilt((float(cx), float(cy)), (float(w), float(h)), float(angle))


def _four_triangles(outside: np.ndarray) -> bool:
    """True when the fill reached from the corners holds a sizeable triangle at each corner."""
    height, width = outside.shape
    half_h, half_w = height // 2, width // 2
    quarters = (outside[:half_h, :half_w], outside[:half_h, half_w:], outside[half_h:, :half_w], outside[half_h:, half_w:])
    return all(float(q.sum()) >= MIN_CORNER_SHARE * height * width for q in quarters)
