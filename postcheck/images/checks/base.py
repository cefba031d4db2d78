"""What every photo check is given and what it gives back.

A photo check is a class with an `id`, the `kinds` of observation it reports, a one-line
docstring that says what it looks for, and `run(photo, found)`. `photo` is a PhotoSignals:
the measurements of one photo, computed once and shared by every check. `found` is what
the checks before it in the registry (`checks/__init__.py`) reported, so that one spot is
reported once: the earlier check has it, a later one leaves it alone.

Checks measure in working-image pixels (long side <= faces.WORK_SIDE); the mosaic checks
also read `full_gray`, a larger copy where block edges are exact. ImageScreener.analyze
turns each Seen into an ImageFact in the photo's own pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, ClassVar, Protocol, TypeVar

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.images.faces import FaceCandidate, chest_below, iou
from postcheck.images.ocr import OcrResult
from postcheck.model import Region

MUST_NOT_POST = (220, 0, 0)  # red box on an annotated copy
CHECK_BEFORE_POSTING = (255, 140, 0)  # orange box
GRAPHIC_FLAT_SHARE = 0.4  # a picture this much constant colour is a graphic, not a photo
WORN_FACE_CONFIDENCE = 0.5  # a face this sure has a chest below it where tags and prints are worn

Measured = TypeVar("Measured")


@dataclass(frozen=True)
class Kind:
    """A kind of observation: the name rules match (`image: [name]`) and how it is shown."""

    name: str
    label: str  # beside its box on an annotated copy (on a banner when it has no region)
    colour: tuple[int, int, int] = MUST_NOT_POST
    face: bool = False  # marks a face, visible or hidden: listed among the photo's faces
    obscured: bool = False  # a face someone tried to hide; policy treats it as identifiable


@dataclass(frozen=True)
class Seen:
    """One observation by a check, before analyze turns it into an ImageFact."""

    kind: Kind
    region: Region | None  # working-image pixels; None when the check did not measure the working image
    confidence: float  # 0..1
    detail: str  # plain words; a "{where}" slot is filled with the region in the photo's own pixels
    candidate: FaceCandidate | None = None  # the detector's face this is a verdict on, if any
    original_region: Region | None = None  # for a check that measures the full-size photo (OCR): its region there


class PhotoSignals:
    """Per-photo measurements, computed once and shared by every check."""

    def __init__(self, rgb: np.ndarray, full_gray: np.ndarray, *, jpeg_grid: bool = False,
                 candidates: list[FaceCandidate], gps: tuple[float, float] | None = None,
                 text: OcrResult | None = None) -> None:
        self.rgb = rgb
        self.height, self.width = rgb.shape[:2]
        self.area = self.height * self.width
        self.gray = signals.gray(rgb)
        self.full_gray = full_gray
        self.to_full = full_gray.shape[1] / self.width
        # True when full_gray is a JPEG file's own pixels: its 8x8 coding grid is then
        # at multiples of 8, and flat 8-pixel blocks there are compression, not a mosaic.
        self.jpeg_grid = jpeg_grid
        self.candidates = candidates  # the face detector's, best first
        self.gps = gps  # (latitude, longitude) from the file's metadata
        self.text = text  # what OCR read in the full-size photo; None when OCR is off
        self.energy = signals.laplacian_energy(self.gray)
        self.tiles = signals.tile_sharpness(self.energy)
        self.reference = signals.reference_sharpness(self.tiles)
        self.hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
        self.skin = signals.skin_mask(rgb)
        self.monochrome = signals.is_monochrome(self.hsv[..., 1])
        self.flat = signals.flat_mask(rgb)
        # Truly constant colour (no smoothing): photos have little of it, flyers and logos a lot.
        self.is_graphic = float(signals.flat_mask(rgb, tolerance=3.0, smooth=False).mean()) > GRAPHIC_FLAT_SHARE
        self._shared: dict[Callable, object] = {}

    def shared(self, measure: Callable[[PhotoSignals], Measured]) -> Measured:
        """`measure(self)`, computed once per photo: for a measurement more than one check reads."""
        if measure not in self._shared:
            self._shared[measure] = measure(self)
        return self._shared[measure]  # type: ignore[return-value]

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

    def colourless(self, region: Region) -> bool:
        """True where the region itself is black and white: a grey face in a photo whose backdrop alone carries a tint,
        where skin colour says nothing."""
        return signals.is_monochrome(self.hsv[region.y : region.y + region.height, region.x : region.x + region.width, 1])

    def grow(self, r: Region, by: float) -> Region:
        """`r` widened by `by` of its size on every side, kept inside the photo."""
        mx, my = round(r.width * by), round(r.height * by)
        x0, y0 = max(0, r.x - mx), max(0, r.y - my)
        x1, y1 = min(self.width, r.x + r.width + mx), min(self.height, r.y + r.height + my)
        return Region(x0, y0, x1 - x0, y1 - y0)


class PhotoCheck(Protocol):
    """One photo check; its docstring's first line says what it looks for."""

    id: ClassVar[str]
    kinds: ClassVar[tuple[Kind, ...]]  # every kind `run` can report

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        """What this check sees in `photo` that is not on a spot in `found` already."""
        ...


def unexplained_faces(photo: PhotoSignals, found: list[Seen]) -> list[FaceCandidate]:
    """The detector's face candidates no earlier check has explained: not judged yet, not under a cover.

    Around a cover (an emoji, a sticker, a bar) the detector fires on what is left of the
    head (chin, collar, the emoji's own drawn face): those are the covered face, not another one.
    """
    judged = [s.candidate for s in found if s.candidate is not None]
    covers = [photo.grow(s.region, 0.5) for s in found if s.candidate is None and s.region is not None]
    return [c for c in photo.candidates if c not in judged and not overlaps(c.region, covers)]


def overlaps(region: Region, others: list[Region]) -> bool:
    """True when `region` and one of `others` are the same spot: they overlap, or one holds the other's centre."""
    return any(iou(region, o) >= 0.2 or contains(o, region) or contains(region, o) for o in others)


def regions(seen: list[Seen]) -> list[Region]:
    """The working-image regions of `seen` (whole-photo facts have none)."""
    return [s.region for s in seen if s.region is not None]


def contains(outer: Region, inner: Region) -> bool:
    """True when the centre of `inner` lies in `outer`."""
    cx, cy = inner.x + inner.width / 2, inner.y + inner.height / 2
    return outer.x <= cx <= outer.x + outer.width and outer.y <= cy <= outer.y + outer.height


def borders_touched(photo: PhotoSignals, r: Region, margin: float = 0.0) -> int:
    """How many of the photo's four edges `r` reaches, or comes within `margin` (a share of the
    photo's side) of: a box the edge cuts has surroundings on fewer sides."""
    mx, my = margin * photo.width, margin * photo.height
    return ((r.x <= mx) + (r.y <= my) + (r.x + r.width >= photo.width - mx)
            + (r.y + r.height >= photo.height - my))


def union(boxes: list[Region]) -> Region:
    """The smallest region holding every one of `boxes` (at least one)."""
    x0, y0 = min(r.x for r in boxes), min(r.y for r in boxes)
    x1, y1 = max(r.x + r.width for r in boxes), max(r.y + r.height for r in boxes)
    return Region(x0, y0, x1 - x0, y1 - y0)


def worn_below_a_face(photo: PhotoSignals, region: Region) -> bool:
    """True when `region` sits on a person's chest, below a face: a name tag, a badge or a
    shirt's print, which the text rules read (OCR), not a document or a face cover."""
    return any(cand.confidence >= WORN_FACE_CONFIDENCE and contains(chest_below(cand.region), region)
               for cand in photo.candidates)
