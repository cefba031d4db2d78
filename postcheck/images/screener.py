"""ImageScreener: one photo in, everything image screening learned about it out."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from postcheck.errors import DetectorUnavailable
from postcheck.images import observation as obs
from postcheck.images.exif import read_metadata
from postcheck.images.faces import WORK_SIDE, FaceDetector
from postcheck.images.load import load_image
from postcheck.images.obscured import PhotoSignals, Seen, inspect_faces
from postcheck.images.observation import ImageAnalysis, ImageObservation
from postcheck.images.signals import gray
from postcheck.model import ImageSummary, Region

DETAIL_SIDE = 1280  # the mosaic check reads block edges at up to this resolution


class ImageScreener:
    """Builds the face detector (and OCR) once; `analyze` each attached photo."""

    def __init__(self, *, ocr: bool = True) -> None:
        self.faces = FaceDetector()
        self.ocr = None
        if ocr:
            from postcheck.images.ocr import OcrEngine

            self.ocr = OcrEngine()

    def analyze(self, path: Path) -> ImageAnalysis:
        """Screen one photo. Raises InputError if it cannot be read, DetectorUnavailable if a detector fails."""
        loaded = load_image(Path(path))
        meta = read_metadata(loaded.exif)
        photo = loaded.rgb
        work = np.asarray(_shrink(photo, WORK_SIDE))
        detail = np.asarray(_shrink(photo, DETAIL_SIDE))
        to_original = photo.width / work.shape[1]
        try:
            signals = PhotoSignals(work, gray(detail), jpeg_grid=loaded.format == "JPEG" and detail.shape[1] == photo.width)
            seen = inspect_faces(signals, self.faces.candidates(work))
        except (ValueError, MemoryError, ArithmeticError) as exc:  # never a silent pass
            raise DetectorUnavailable(f"obscured-face checks failed ({type(exc).__name__})") from exc
        observations = [_to_observation(s, to_original) for s in seen]
        summary = ImageSummary(
            path=str(path), width=photo.width, height=photo.height, format=loaded.format,
            captured_at=meta.captured_at, device=meta.device, gps=meta.gps,
            faces=[o.region for o in observations if o.region is not None],
        )
        if meta.gps:
            observations.append(ImageObservation(
                obs.GPS, None, 1.0, f"the file records where it was taken (GPS {meta.gps[0]:.4f}, {meta.gps[1]:.4f})"))
        if self.ocr is not None:
            text = self.ocr.read(photo)
            summary.ocr_text, summary.text_regions = text.text, text.lines
            if text.looks_like_document:
                observations.append(ImageObservation(
                    obs.DOCUMENT, _union(text.lines), min(1.0, 0.5 + text.text_area),
                    f"the photo is mostly text ({text.words} readable words): it looks like a document or form"))
        return ImageAnalysis(summary=summary, observations=observations)


def _shrink(photo: Image.Image, side: int) -> Image.Image:
    scale = side / max(photo.size)
    if scale >= 1:
        return photo
    return photo.resize((max(1, round(photo.width * scale)), max(1, round(photo.height * scale))), Image.BILINEAR)


def _to_observation(seen: Seen, k: float) -> ImageObservation:
    r = seen.region
    region = Region(round(r.x * k), round(r.y * k), round(r.width * k), round(r.height * k))
    where = f"{region.x},{region.y} ({region.width}x{region.height})"
    return ImageObservation(seen.kind, region, round(seen.confidence, 2), seen.detail.format(where=where))


def _union(regions: list[Region]) -> Region | None:
    if not regions:
        return None
    x0, y0 = min(r.x for r in regions), min(r.y for r in regions)
    x1, y1 = max(r.x + r.width for r in regions), max(r.y + r.height for r in regions)
    return Region(x0, y0, x1 - x0, y1 - y0)
