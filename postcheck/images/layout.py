"""Where a photo shows a sheet of paper (or a screen page) with lines of text on it.

A form or a letter photographed on a desk is a pale, low-colour four-sided patch; inside it,
lines of writing make the brightness rise and fall with a steady spacing from top to bottom,
whether or not a single word can be read (blur, distance and JPEG leave the banding). Walls,
cups and skies are pale too, but do not band; stripes band, but are not pale four-sided
patches, and where they are (a lectern's fluting) their brightness changes only across
them, while letters put strokes along every line of writing. Measured on the
working image; the decision is the document check's.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.model import Region

PALE_VALUE, PALE_SATURATION = 140, 50  # HSV: paper and white screens
# A screen in dark mode: value at most 255 - DARK_VALUE and chroma (saturation x value) at most
# DARK_CHROMA; darker than the shadowed side of a pale sheet, greyer than a coloured panel.
DARK_VALUE, DARK_CHROMA = 175, 30
# Yellow paper (a legal pad, a shorthand pad, a sticky note): too coloured for PALE_SATURATION (about 100 in HSV's
# 0-255 saturation, 130 in shadow), but of one hue, yellow (OpenCV's hue 20-36 of 180), and bright. A wooden desk is
# orange-brown (hue 10-18) and darker; a lemon or a yellow jersey is far more saturated.
TINT_HUE, TINT_VALUE, TINT_SATURATION = (20, 36), 150, 135
MIN_SHEET_SHARE = 0.015  # of the photo
MIN_SHEET_FILL = 0.75  # of the sheet's turned bounding rectangle: four-sided
MIN_SHEET_SIDE = 24  # pixels
# A page, a form, a screen or a receipt is at most about 1:6; a strip longer than this is a
# candle's lit side, a pole or a door frame, whose texture can band like lines of writing.
MAX_SHEET_ASPECT = 8
MIN_OUTLINED_SHARE, MAX_OUTLINED_SHARE = 0.03, 0.97  # of the photo: an outline as large as the photo is its frame
CORNER_TOLERANCE = 0.03  # of the outline's length: how far a corner may round off
# Solid black (darker than SOLID_GREY) in a sheet's core: a page's letters are thin strokes, a few percent of it
# even in bold print, and greyer once blurred; a lightbox's black frame, an ArUco board's or a marker board's
# black squares, a poster's black panel are solid ink over a third of the "sheet" or more.
SOLID_GREY = 60
STRIPS = 4  # the sheet is read in vertical strips, so a slant or perspective does not blur the banding
HALF_STARTS = (0.0, 0.25, 0.5)  # where the halves of a sheet that are read on their own begin, down it


# Drawn symbols (drawn_symbols): pale shapes closed by a thin line of ink, as a genogram's squares and circles
# or an ecomap's rings are. Their side, against the sheet's short side: larger than a letter's counter
# ("o", "e"), smaller than a box that splits the page.
SYMBOL_SIDE = (0.035, 0.3)
SYMBOL_ASPECT = 1.5  # squares and circles, not a form's long answer boxes
SYMBOL_FILL = 0.6  # of its bounding box: a square 1, a circle 0.79; a letter's bowl or a gap between strokes less
SYMBOL_RIM_INK = 0.45  # ink in a band round it as wide as a third of its side: a thin drawn line, not a dark table
SYMBOL_INSIDE_INK = 0.3  # ink inside: a symbol is drawn as an outline (an age or a mark may sit in it)
SYMBOL_SIZES = 1.6  # the symbols of one diagram are drawn at about one size: within this factor of their median


@dataclass(frozen=True)
class Sheet:
    """A pale four-sided patch and how strongly it bands like lines of text (0..1)."""

    region: Region
    banding: float
    lines: int  # how many lines of writing run down it
    # How much brightness changes along the lines against across them (stroke_ratio): letters
    # make it 0.2 or more, even blurred; a column's fluting far less.
    strokes: float
    dark: bool = False  # light writing on a dark page, read turned over
    # The same three read on the half of the sheet that bands most (its top, middle or bottom
    # half): a form's page mixes ruled boxes, a block of writing and blank lines, whose spacings
    # differ, so the page as a whole can band weakly while the block of writing bands clearly.
    half_banding: float = 0.0
    half_lines: int = 0
    half_strokes: float = 0.0
    solid: float = 0.0  # share of the sheet's core in solid black ink (SOLID_GREY)
    # The banding and lines read the other way (across the lines of writing): a page's words start and end anywhere and
    # band little across, a grid of letters, squares or keys as strongly as down.
    cross_banding: float = 0.0
    cross_lines: int = 0


def sheets(hsv: np.ndarray, gray: np.ndarray) -> list[Sheet]:
    """Every pale, four-sided patch of a photo (its HSV and grey copies), with its banding:
    found by paleness, and by a four-cornered outline (a sheet on a pale wall or desk
    merges with it by paleness alone, but its edges still show); and every dark one, read
    with its brightness turned over (a screen in dark mode: light writing on a dark page)."""
    # Turned over, dark becomes pale; colour is measured as chroma (saturation x value), since
    # HSV saturation swells on dark greys (a dark theme's blue-grey is 'saturated' at value 38).
    turned = hsv.copy()
    turned[..., 1] = (hsv[..., 1].astype(np.uint16) * hsv[..., 2] // 255).astype(hsv.dtype)
    turned[..., 2] = 255 - hsv[..., 2]
    found = (_pale_patches(hsv, gray) + _outlined_sheets(hsv, gray)
             + _pale_patches(turned, 255 - gray, DARK_VALUE, DARK_CHROMA, dark=True)
             + _pale_patches(hsv, gray, TINT_VALUE, TINT_SATURATION, hue=TINT_HUE))
    return [sheet for sheet in found if _elongation(sheet.region) <= MAX_SHEET_ASPECT]


def _elongation(region: Region) -> float:
    """The long side of `region` over its short side."""
    return max(region.width, region.height) / max(1, min(region.width, region.height))


def _pale_patches(hsv: np.ndarray, gray: np.ndarray, value: int = PALE_VALUE, colour: int = PALE_SATURATION,
                  dark: bool = False, hue: tuple[int, int] | None = None) -> list[Sheet]:
    height, width = gray.shape
    pale = (hsv[..., 2] >= value) & (hsv[..., 1] <= colour)
    if hue is not None:  # tinted paper: of this hue only
        pale &= (hsv[..., 0] >= hue[0]) & (hsv[..., 0] <= hue[1])
    pale = pale.astype(np.uint8)
    # The ink inside a sheet breaks it up: close over gaps the size of a line of text.
    gap = max(3, round(max(height, width) / 80))
    pale = cv2.morphologyEx(pale, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, gap)))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(pale, connectivity=8)
    found = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if area < MIN_SHEET_SHARE * height * width:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == label)
        rect = cv2.minAreaRect(np.column_stack([xs + x, ys + y]).astype(np.float32))
        (_, _), (rect_w, rect_h), _ = rect
        if min(rect_w, rect_h) < MIN_SHEET_SIDE or area < MIN_SHEET_FILL * rect_w * rect_h:
            continue
        found.append(_sheet(Region(x, y, w, h), gray, rect, dark))
    return found


def _outlined_sheets(hsv: np.ndarray, gray: np.ndarray) -> list[Sheet]:
    """Pale patches inside an outline with four corners: a page's edges against what it lies on."""
    height, width = gray.shape
    edges = cv2.Canny(cv2.GaussianBlur(gray.astype(np.uint8), (5, 5), 0), 30, 90)
    contours, _ = cv2.findContours(cv2.dilate(edges, np.ones((3, 3), np.uint8)), cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    found = []
    for contour in contours:
        hull = cv2.convexHull(contour)
        if not MIN_OUTLINED_SHARE * height * width <= cv2.contourArea(hull) <= MAX_OUTLINED_SHARE * height * width:
            continue
        corners = cv2.approxPolyDP(hull, CORNER_TOLERANCE * cv2.arcLength(hull, True), True)
        if len(corners) != 4:
            continue
        rect = cv2.minAreaRect(corners.reshape(-1, 2).astype(np.float32))
        if min(rect[1]) < MIN_SHEET_SIDE:
            continue
        x, y, w, h = cv2.boundingRect(corners)
        inside = hsv[y : y + h, x : x + w].reshape(-1, 3)
        if np.median(inside[:, 2]) < PALE_VALUE or np.median(inside[:, 1]) > PALE_SATURATION:
            continue
        found.append(_sheet(Region(x, y, w, h), gray, rect))
    return found


def _sheet(region: Region, gray: np.ndarray, rect, dark: bool = False) -> Sheet:
    """The sheet in the turned rectangle `rect` of `gray`, read down and across (a page may lie
    sideways) the way it bands more, whole and by its half that bands most."""
    flat = _flattened(gray, rect)
    down, across = text_banding(flat), text_banding(flat.T)
    (banding, lines), (cross_banding, cross_lines) = sorted((down, across), reverse=True)
    strokes = stroke_ratio(flat if down >= across else flat.T)
    (down, top), (across, side) = _best_half(flat), _best_half(flat.T)
    half_banding, half_lines = max(down, across)
    half_strokes = stroke_ratio(top if down >= across else side)
    core = _core(flat)
    solid = float((core < SOLID_GREY).mean()) if core.size else 0.0
    return Sheet(region, banding, lines, strokes, dark, half_banding, half_lines, half_strokes, solid, cross_banding,
                 cross_lines)


def _best_half(sheet: np.ndarray) -> tuple[tuple[float, int], np.ndarray]:
    """text_banding of the top, middle and bottom halves of `sheet` (down its rows): the
    strongest, and that half."""
    height = sheet.shape[0]
    halves = [sheet[round(start * height) : round((start + 0.5) * height)] for start in HALF_STARTS]
    return max(((text_banding(half), half) for half in halves), key=lambda pair: pair[0])


def stroke_ratio(sheet: np.ndarray) -> float:
    """Mean brightness change along the rows of `sheet` over the mean change down its columns,
    inside the same margins text_banding reads. Lines of writing are letters, whose strokes cross
    each line; the stripes of a barcode or a column's fluting run whole along it."""
    core = _core(sheet).astype(np.float32)
    if min(core.shape) < 2:
        return 0.0
    along = float(np.abs(np.diff(core, axis=1)).mean())
    across = float(np.abs(np.diff(core, axis=0)).mean())
    return along / across if across > 0 else 1.0


def _flattened(gray: np.ndarray, rect) -> np.ndarray:
    """The turned rectangle `rect` of `gray`, turned straight."""
    (_, _), (w, h), _ = rect
    corners = cv2.boxPoints(rect).astype(np.float32)
    width, height = int(w), int(h)
    target = np.float32([[0, height - 1], [0, 0], [width - 1, 0], [width - 1, height - 1]])
    return cv2.warpPerspective(gray, cv2.getPerspectiveTransform(corners, target), (width, height))


def text_banding(sheet: np.ndarray) -> tuple[float, int]:
    """How strongly the ink on a sheet rises and falls with a steady spacing down the page
    (0..1), and how many lines of writing run down it (the most any strip shows).

    Per vertical strip, the mean ink of each row; the autocorrelations of the strips are
    averaged (so a slanted page, whose lines start lower on one side, still adds up), and
    the score is the height of the first clear repeat above the dip before it.
    """
    core = _core(sheet)
    if min(core.shape) < MIN_SHEET_SIDE:
        return 0.0, 0
    ink = np.clip(np.percentile(core, 90) - core, 0, None)
    if ink.mean() < 2:
        return 0.0, 0  # a blank pale patch: a wall, a cup, a sky
    correlations, lines = [], 0
    for strip in np.array_split(ink, STRIPS, axis=1):
        profile = strip.mean(axis=1) - strip.mean()
        energy = float((profile**2).sum())
        if energy <= 1e-6:
            return 0.0, 0
        correlations.append(np.correlate(profile, profile, "full")[len(profile) - 1 :] / energy)
        lines = max(lines, _ink_runs(_smoothed(profile, max(3, len(profile) // 40)) > 0))
    mean = np.mean(correlations, axis=0)[: len(profile) // 3]
    best = 0.0
    for lag in range(3, len(mean) - 1):
        if mean[lag] >= mean[lag - 1] and mean[lag] >= mean[lag + 1]:
            best = max(best, float(mean[lag] - mean[1:lag].min()))
    return min(1.0, best), lines


def _core(sheet: np.ndarray) -> np.ndarray:
    """`sheet` without a 6% margin on each side, where a page's edge or its shadow lies."""
    h, w = sheet.shape
    return sheet[round(0.06 * h) : h - round(0.06 * h), round(0.06 * w) : w - round(0.06 * w)]


def _smoothed(profile: np.ndarray, window: int) -> np.ndarray:
    """A running mean: the strokes inside one line of writing must not read as several lines."""
    return np.convolve(profile, np.ones(window) / window, mode="same")


def _ink_runs(inked: np.ndarray) -> int:
    """Runs of at least two inked rows: the lines of writing down one strip."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inked.astype(np.int8), [0]))))
    return int(sum(1 for start, end in zip(edges[::2], edges[1::2]) if end - start >= 2))


MAX_WORD_BOXES = 8  # per patch, the largest: a tag or a jersey holds a few words


def word_boxes(gray: np.ndarray) -> list[Region]:
    """Boxes around single lines of large, high-contrast lettering ("Amara" on a name tag, a
    surname across a jersey), largest first.

    Tesseract's page layout takes a big bold word inside a bordered box for a picture and
    skips it; read on its own, the word reads. Letter edges (a morphological gradient) joined
    sideways into runs give the boxes; runs too flat, too tall or too sparse are not words.
    """
    height = gray.shape[0]
    edges = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    _, inked = cv2.threshold(edges, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    inked = cv2.morphologyEx(inked, cv2.MORPH_CLOSE,
                             cv2.getStructuringElement(cv2.MORPH_RECT, (max(9, height // 40), 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(inked, connectivity=8)
    boxes = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if 14 <= h <= height / 3 and 1.5 * h <= w <= 15 * h and area >= 0.35 * w * h:
            boxes.append(Region(x, y, w, h))
    return sorted(boxes, key=lambda b: -b.width * b.height)[:MAX_WORD_BOXES]


# A pale field filled with writing: the white panel of a name tag or a badge.
FIELD_VALUE = 200  # grey level of the field
FIELD_FILL = 0.85  # of its turned bounding rectangle: a filled, four-sided panel
FIELD_INK = (0.05, 0.5)  # share of ink (darker than INK_GREY) inside it: writing, not a blank panel or a photo
INK_GREY = 120


def name_fields(gray: np.ndarray) -> list[Region]:
    """The writing inside pale, filled panels (a name tag's white field, a badge's name panel),
    largest first, each cut inside the panel's edges.

    On a dark jacket a tag's border edges are as strong as its letters, so `word_boxes` joins
    the name to the border and rejects the run; the panel itself is easy to find and, read
    inside its edges, the name reads.
    """
    height = gray.shape[0]
    panels, _ = cv2.findContours((gray >= FIELD_VALUE).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found = []
    for panel in panels:
        long, short, fill = signals.turned_box(panel)
        if not (14 <= short <= height / 4 and 1.8 * short <= long <= 8 * short) or fill < FIELD_FILL:
            continue
        x, y, w, h = cv2.boundingRect(panel)
        inner = Region(x + w // 10, y + h // 4, w - 2 * (w // 10), h - 2 * (h // 4))
        ink = (gray[inner.y : inner.y + inner.height, inner.x : inner.x + inner.width] < INK_GREY).mean()
        if FIELD_INK[0] <= ink <= FIELD_INK[1]:
            found.append(inner)
    return sorted(found, key=lambda b: -b.width * b.height)[:MAX_WORD_BOXES]


SKEW_ANGLES = np.arange(-15.0, 15.01, 1.5)  # degrees tried when looking for the slant of lines of text
SKEW_GAIN = 2.5  # the best slant must sharpen the line pattern this much over reading it level
MIN_SKEW = 1.5  # degrees: Tesseract reads a slighter slant as it is


def text_skew(gray: np.ndarray) -> float:
    """The slant (degrees, counter-clockwise) of the lines of text in a photo, or 0.

    Lines of writing make the row sums of ink peak and dip most sharply when the page is
    level; turning the ink by each candidate angle and keeping the sharpest finds the
    slant a photographed or hand-held page has (Tesseract reads almost nothing past ~5°).
    """
    small = cv2.resize(gray, None, fx=320 / max(gray.shape), fy=320 / max(gray.shape), interpolation=cv2.INTER_AREA) \
        if max(gray.shape) > 320 else gray
    background = cv2.medianBlur(small.astype(np.uint8), 15).astype(np.float32)
    ink = (background - small.astype(np.float32) > 20).astype(np.float32)
    if ink.mean() < 0.01:
        return 0.0
    h, w = ink.shape
    sharpness = []
    for angle in SKEW_ANGLES:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D((w / 2, h / 2), float(angle), 1.0), (w, h))
        sharpness.append(float(np.var(turned.sum(axis=1))))
    best = int(np.argmax(sharpness))
    level = sharpness[int(np.argmin(np.abs(SKEW_ANGLES)))]
    # A best slant at the end of the range is no slant found: something else is tilted (a roof, an arm).
    if (abs(SKEW_ANGLES[best]) < MIN_SKEW or best in (0, len(SKEW_ANGLES) - 1)
            or sharpness[best] < SKEW_GAIN * max(level, 1e-6)):
        return 0.0
    return float(SKEW_ANGLES[best])


def _ink(sheet: np.ndarray) -> np.ndarray:
    """The dark marks on a sheet (its grey pixels), against their own neighbourhood."""
    block = max(15, (min(sheet.shape) // 12) | 1)
    return cv2.adaptiveThreshold(sheet.astype(np.uint8), 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 12)


def drawn_symbols(sheet: np.ndarray) -> int:
    """How many pale squares and circles, each closed by a thin drawn line and of about one size, a sheet (its grey
    pixels) holds: a genogram's people, an ecomap's rings. Lines of writing have none this large; a chessboard's or a
    marker board's squares are set in solid ink, and playing cards on a dark table in a dark ground, not a thin line."""
    height, width = sheet.shape
    short = min(height, width)
    if short < 40:
        return 0
    ink = _ink(sheet)
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return 0
    sides = []
    for contour, (_next, _prev, _child, parent) in zip(contours, hierarchy[0]):
        if parent < 0:  # an outer edge of ink; the pale shapes are the holes in it
            continue
        x, y, w, h = cv2.boundingRect(contour)
        if not SYMBOL_SIDE[0] * short <= min(w, h) <= max(w, h) <= SYMBOL_SIDE[1] * short:
            continue
        if max(w, h) > SYMBOL_ASPECT * min(w, h) or cv2.contourArea(contour) < SYMBOL_FILL * w * h:
            continue
        rim = max(2, round(0.3 * min(w, h)))
        x0, y0 = max(0, x - rim - 1), max(0, y - rim - 1)
        x1, y1 = min(width, x + w + rim + 1), min(height, y + h + rim + 1)
        near = ink[y0:y1, x0:x1] > 0
        shape = np.zeros(near.shape, np.uint8)
        cv2.drawContours(shape, [contour - np.array([x0, y0])], -1, 255, -1)
        band = cv2.dilate(shape, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * rim + 1, 2 * rim + 1))) > shape
        if near[band].mean() <= SYMBOL_RIM_INK and near[shape > 0].mean() <= SYMBOL_INSIDE_INK:
            sides.append(max(w, h))
    if not sides:
        return 0
    middle = float(np.median(sides))
    return sum(1 for side in sides if middle / SYMBOL_SIZES <= side <= middle * SYMBOL_SIZES)


# Staves of music (staves): groups of four to six long level lines at one spacing, set apart by a gap at least
# STAVE_GAP times that spacing. Sheet music's staves band as lines of writing do; a page, a form and lined paper
# hold no such groups (ruled lines run on at one spacing, a form's boxes at many).
STAVE_LINES = (4, 6)
STAVE_SPACING = (0.7, 1.3)  # of the group's first gap: one spacing
STAVE_GAP = 1.6
LONG_LINE = 0.5  # of a strip's width: a staff line, a ruled line or a fold runs across it; a word does not
LONG_LINE_SHARE = 1 / 8  # of the sheet's width, for long_line_share


def staves(sheet: np.ndarray) -> int:
    """How many staves of music a sheet (its grey pixels, at detail resolution) holds, in the vertical strip that
    holds most: groups of four to six long level lines at one spacing, apart from the lines above and below."""
    if min(sheet.shape) < 40:
        return 0
    ink, most = _ink(sheet), 0
    for strip in np.array_split(ink, STRIPS, axis=1):
        level = cv2.morphologyEx(strip, cv2.MORPH_OPEN, cv2.getStructuringElement(
            cv2.MORPH_RECT, (max(8, int(strip.shape[1] * LONG_LINE)), 1)))
        rows = (level > 0).any(axis=1).astype(np.int8)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], rows, [0]))))
        gaps = np.diff([(start + end - 1) / 2 for start, end in zip(edges[::2], edges[1::2])])
        count, start = 0, 0
        for end in range(1, len(gaps) + 1):  # gaps[start:end] at one spacing: lines start..end
            if end < len(gaps) and gaps[start] >= 2 and \
                    STAVE_SPACING[0] * gaps[start] <= gaps[end] <= STAVE_SPACING[1] * gaps[start]:
                continue
            before = gaps[start - 1] if start > 0 else np.inf
            after = gaps[end] if end < len(gaps) else np.inf
            if (STAVE_LINES[0] <= end - start + 1 <= STAVE_LINES[1] and gaps[start] >= 2
                    and min(before, after) > STAVE_GAP * gaps[start]):
                count += 1
            start = end
        most = max(most, count)
    return most


def long_line_share(sheet: np.ndarray) -> float:
    """The share of a sheet's marks (its grey pixels, at detail resolution) that lie in long level lines: ruled
    lines, a fold's or a pleat's crease; letters are short strokes."""
    ink = _ink(sheet)
    level = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (max(8, int(ink.shape[1] * LONG_LINE_SHARE)), 1)))
    return float((level > 0).sum() / max(1, (ink > 0).sum()))


UPRIGHT_BAR_SHARE = 1 / 8  # of the sheet's height, for upright_bar_share


def upright_bar_share(sheet: np.ndarray) -> float:
    """The share of a sheet's marks (its grey pixels, at detail resolution) that lie in long upright runs, an eighth of
    the sheet's height or more: a barcode's bars; a line of letters is far shorter than that on a sheet of four lines
    or more, and a table's ruled columns are a small share of its marks."""
    ink = _ink(sheet)
    upright = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (1, max(8, int(ink.shape[0] * UPRIGHT_BAR_SHARE)))))
    return float((upright > 0).sum() / max(1, (ink > 0).sum()))


def _deep_ink(sheet: np.ndarray, depth: float) -> np.ndarray:
    """Where a sheet (its grey pixels) is at least `depth` grey levels darker than its paper (its 90th percentile):
    writing, print and drawing; a fabric's folds and a soft shadow are shallower."""
    return sheet < np.percentile(sheet, 90) - depth if sheet.size else np.zeros(sheet.shape, bool)


def ink_share(sheet: np.ndarray, depth: float = 40) -> float:
    """The share of a sheet (its grey pixels) in ink (_deep_ink)."""
    return float(_deep_ink(sheet, depth).mean()) if sheet.size else 0.0


# Coloured drawing (coloured_ink): a child's drawing in crayon or felt pen is drawn in several vivid colours; a page,
# a form or a screen is written and printed mostly in black, grey or one pen's blue, with coloured badges at most.
VIVID_SATURATION, VIVID_VALUE = 100, 60  # HSV: a crayon's or a felt pen's stroke
HUE_BIN = 15  # of OpenCV's 180 hues: red, orange, yellow, green, blue, purple fall in different bins
HUE_SHARE = 0.05  # of the vivid ink, for a hue to count (and 20 pixels)


def coloured_ink(hsv: np.ndarray, gray: np.ndarray, depth: float = 40) -> tuple[float, int]:
    """The share of a sheet's ink (at least `depth` grey levels darker than its paper) in vivid colour, and how many
    hues that vivid ink is drawn in."""
    ink = _deep_ink(gray, depth)
    if not ink.any():
        return 0.0, 0
    vivid = ink & (hsv[..., 1] >= VIVID_SATURATION) & (hsv[..., 2] >= VIVID_VALUE)
    bins = np.bincount(((hsv[..., 0][vivid].astype(int) + HUE_BIN // 2) % 180) // HUE_BIN, minlength=180 // HUE_BIN)
    return float(vivid.sum() / ink.sum()), int((bins >= max(20, HUE_SHARE * vivid.sum())).sum())
