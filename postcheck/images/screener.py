"""ImageScreener: one photo in, everything image screening learned about it out."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from postcheck.errors import DetectorUnavailable
from postcheck.images import checks
from postcheck.images.checks import PhotoSignals, Seen
from postcheck.images.exif import read_metadata
from postcheck.images.faces import WORK_SIDE, FaceCandidate, FaceDetector, chest_below
from postcheck.images.layout import text_skew
from postcheck.images.load import load_image
from postcheck.images.ocr import OcrResult
from postcheck.images.observation import ImageAnalysis
from postcheck.images.signals import gray
from postcheck.images.straighten import Tilt, find_tilt
from postcheck.model import ImageSummary, InMemoryPhoto, Region
from postcheck.text.matching import ImageFact

DETAIL_SIDE = 1280  # the mosaic checks read block edges at up to this resolution
# A face judged blurred or pixelated must be this wide in the photo as posted (pixels): a face a dozen pixels wide
# (a drawn crowd's, a far stand's) holds no fine detail to lose and no blocks to count, and reads as blurred or
# pixelated by its own smallness. The smallest obscured face the labelled photo set finds is 20 pixels wide; a
# drawn crowd's faces, 6 to 14.
MIN_JUDGED_FACE = 16
JUDGED_KINDS = frozenset({"blurred_face", "pixelated_face"})
# Name tags, lanyards and jerseys: the chest below each of the likeliest faces is read again.
MAX_WORN_TEXT_FACES = 2
WORN_TEXT_FACE_CONFIDENCE = 0.5


class ImageScreener:
    """Builds the face detector (and OCR) once; `analyze` each attached photo."""

    def __init__(self, *, ocr: bool = True) -> None:
        self.faces = FaceDetector()
        self.ocr = None
        if ocr:
            from postcheck.images.ocr import OcrEngine

            self.ocr = OcrEngine()

    def analyze(self, path: Path | InMemoryPhoto) -> ImageAnalysis:
        """Run every registered photo check on one photo.

        Raises InputError if it cannot be read, DetectorUnavailable if a detector or a check fails.
        """
        loaded = load_image(path)
        meta = read_metadata(loaded.exif)
        photo = loaded.rgb
        # The working copy is shrunk from the detail copy: shrinking a 12-megapixel photo twice
        # costs about 40 ms more and gives the same picture to a grey level.
        detail_photo = _shrink(photo, DETAIL_SIDE)
        work, detail = np.asarray(_shrink(detail_photo, WORK_SIDE)), np.asarray(detail_photo)
        jpeg_grid = loaded.format == "JPEG" and detail.shape[1] == photo.width
        posted_width = work.shape[1]
        tilt = find_tilt(work)
        if tilt is not None:  # the checks read it turned straight; no JPEG grid survives the turn
            work, detail = tilt.straight(work), tilt.straight(detail, detail.shape[1] / posted_width)
            jpeg_grid = False
        candidates = self.faces.candidates(work)
        to_original = photo.width / posted_width
        text = self._read_text(photo, work, tilt, candidates, to_original) if self.ocr is not None else None
        try:
            signals = PhotoSignals(work, gray(detail), jpeg_grid=jpeg_grid,
                                   candidates=candidates, gps=meta.gps, text=text)
            found: list[Seen] = []
            for check in checks.CHECKS:
                found += [seen for seen in check.run(signals, found) if not _too_small(seen, to_original)]
        except (ValueError, MemoryError, ArithmeticError) as exc:  # never a silent pass
            raise DetectorUnavailable(f"photo checks failed ({type(exc).__name__})") from exc
        facts = [_fact(str(path), seen, to_original, tilt) for seen in found]
        summary = ImageSummary(
            path=str(path), width=photo.width, height=photo.height, format=loaded.format,
            captured_at=meta.captured_at, device=meta.device, gps=meta.gps,
            faces=[fact.region for seen, fact in zip(found, facts) if seen.kind.face],
        )
        if text is not None:
            summary.ocr_text, summary.text_regions = text.text, text.lines
        return ImageAnalysis(summary=summary, observations=facts)


    def _read_text(self, photo: Image.Image, work: np.ndarray, tilt: Tilt | None,
                   candidates: list[FaceCandidate], to_original: float) -> OcrResult:
        """OCR of the photo as posted, and of the chest below its likeliest faces."""
        # A photo turned inside corner fill is read at its turn; else at the slant of its lines.
        text = self.ocr.read(photo, skew=tilt.angle if tilt is not None else text_skew(gray(work)))
        chests = [_chest(c.region if tilt is None else tilt.to_posted(c.region), to_original, photo.size)
                  for c in candidates[:MAX_WORN_TEXT_FACES] if c.confidence >= WORN_TEXT_FACE_CONFIDENCE]
        self.ocr.read_worn(photo, [c for c in chests if c is not None], text)
        return text


def _chest(face: Region, k: float, size: tuple[int, int]) -> Region | None:
    """The chest below `face` (working pixels), in the photo's own pixels and inside it."""
    chest = chest_below(face)
    x0, y0 = max(0, round(chest.x * k)), max(0, round(chest.y * k))
    x1, y1 = min(size[0], round((chest.x + chest.width) * k)), min(size[1], round((chest.y + chest.height) * k))
    return Region(x0, y0, x1 - x0, y1 - y0) if x1 - x0 >= 16 and y1 - y0 >= 16 else None


def _too_small(seen: Seen, k: float) -> bool:
    """True when `seen` judges a face blurred or pixelated that is under MIN_JUDGED_FACE pixels wide as posted."""
    return (seen.kind.name in JUDGED_KINDS and seen.region is not None
            and seen.region.width * k < MIN_JUDGED_FACE)


def _shrink(photo: Image.Image, side: int) -> Image.Image:
    scale = side / max(photo.size)
    if scale >= 1:
        return photo
    return photo.resize((max(1, round(photo.width * scale)), max(1, round(photo.height * scale))), Image.BILINEAR)


def _fact(image: str, seen: Seen, k: float, tilt: Tilt | None) -> ImageFact:
    """`seen` as a rule fact about `image`, in the photo's own pixels (`k` of them per working-image
    pixel as posted; `tilt` when the checks read the working image turned straight)."""
    if seen.region is None:  # a whole-file fact, or measured on the full-size photo already
        return ImageFact(image, seen.kind.name, seen.original_region, seen.confidence, seen.detail)
    r = seen.region if tilt is None else tilt.to_posted(seen.region)
    region = Region(round(r.x * k), round(r.y * k), round(r.width * k), round(r.height * k))
    where = f"{region.x},{region.y} ({region.width}x{region.height})"
    # Confidences measured on the working image are reported to two places; OCR's is kept
    # as measured (rounding it would change the confidence of document findings).
    return ImageFact(image, seen.kind.name, region, round(seen.confidence, 2), seen.detail.format(where=where))
