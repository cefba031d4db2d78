"""A blurred face: a face box with far less fine detail than the photo's sharp parts and every side of it.

Phones blur backgrounds on purpose (portrait mode, shallow depth of field): a face-like
patch of such a background is as blurred as everything around it, and is no edit. A
blurred face is an island: blurrier than the hair, neck and background around it, in a
blurred area not much larger than itself. Where an editor blurred a face past the
detector's surety, the mask's edge still shows: a face-sized island with no detail whose
surroundings, just past its edge, are many times more detailed. In a soft photo (a film
still, a grey indoor shot) the ratios say little, so a sure face is also read at its own
scale: shrunk to a few dozen pixels, a face the camera caught still shows eyes and a mouth,
a blurred one shows none.
"""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images import signals
from postcheck.images.checks.base import Kind, PhotoSignals, Seen, borders_touched, overlaps, unexplained_faces
from postcheck.images.faces import WORK_SIDE, FaceCandidate
from postcheck.model import Region

BLURRED_FACE = Kind("blurred_face", "blurred face", face=True, obscured=True)
MIN_FACE_CONFIDENCE = 0.4  # surer than for other traces: smooth non-faces (fur, sky) abound
BLUR_RATIO = 0.3  # face detail / the photo's sharp parts: clean faces measure 0.4-2
SURROUND_RATIO = 0.5  # face detail / its surroundings': clean faces 0.4-1.5, blurred faces below 0.2
# A face the detector is sure of in the full-detail copy still shows a face's structure: an
# editor's blur that leaves that much is an island far softer than around it (0.15 at most on
# the photo sets), while a face soft from focus or film grain is as soft as around it (0.23-0.47).
SURE_SURROUND_RATIO = 0.2
PLAIN_SURROUND_RATIO = 0.15  # alone enough on a plain photo, whose sharp parts say nothing
EDGE_MARGIN = 0.02  # share of the photo's side within which a box is cut by the photo's edge
BLURRED_TILE = 0.1  # a tile this much less sharp than the photo's sharp parts is blurred...
MIN_TILE_CONTRAST = 4.0  # ...when it shows something (a plain wall is flat, not blurred)
BACKGROUND_FACES = 4  # a blurred area this many face boxes large is a blurred background
SURE_FACE = 0.6  # a weaker face candidate inside a large blurred area is that area
SUBJECT_CONFIDENCE = 0.8  # a face this sure, and sharp, is the photo's subject in focus
# A weak box at the photo's edge, with its surroundings in the frame on no more sides than this and at least this share
# of the photo's height or width, shows no blur stopping at it (_framed_out).
MAX_FRAMED_SIDES, MIN_FRAMED_SHARE = 2, 0.35
# A crowd out of focus behind a sharp subject (a footballer before the stands) gives the detector
# many soft faces, each as soft as the next (16-25 others within a factor of 2 of a flagged box's
# detail on messi5's stands), where an editor's blur leaves one island (2 such others at most on
# the photo sets, where a sharp face is beside it). Its measured surroundings say little: the
# subject's arm or shoulder beside a crowd face makes it an island against them.
CROWD_FACES = 5
CROWD_DETAIL = 2.0  # "as soft": detail within this factor of the box's, either way
# Blur averages a face's colours but keeps them: in a colour photo a blurred face box is still
# partly skin-toned (0.13 and more on the photo sets, where a cover's colour took the rest), while
# a soft patch of a chessboard, a ceiling or a leaf that the detector took for a face has none.
MIN_BLURRED_SKIN = 0.1
COLOUR_PHOTO = 60  # 90th percentile of HSV saturation: a photo in colour, not black-and-white or sepia
# An editor's blur island, read around face candidates too weak for the ratios above:
MIN_ISLAND_CONFIDENCE = 0.2
# ...or, in a colour photo, a weak candidate whose box is a patch of skin (nine tenths of it;
# a heavy blur leaves a face one smooth skin tone) with less than a twelfth of its surroundings'
# detail. On the photo sets every such box was a blurred face (8 photos, 2 of them found by
# nothing else); the closest clean one, a dog's face shot with a shallow depth of field, is 0.82 skin.
SKIN_PATCH = 0.9
SKIN_PATCH_SURROUND_RATIO = 0.08
ISLAND_WINDOW = 0.6  # the island must close inside the face box grown by this on every side
ISLAND_OPEN = 0.1  # share of that window's edge the island may touch
ISLAND_AREA = (0.5, 2.6)  # island area / face box area: face-sized, not a background
ISLAND_STEP = 8.0  # detail just past the island's edge / inside it: a camera's blur fades, a mask's edge is a cliff
# A sure face read at its own scale (signals.features_at_face_scale). On the tune, held_out and
# held_out_2 photos, faces at least BIG_FACE wide shrunk to 48 px measured 0.81 and more when
# clean, 0.14-0.56 (most below 0.43) when blurred; smaller faces shrunk to 24 px, 1.03 and more
# when clean, 0.50-1.54 when blurred. Below the first bound the face is blurred whatever the
# ratios say (a soft film still, a grey indoor shot, where the photo's sharp parts are soft too);
# a big face at or above the second shows its features and is not, however soft the photo. A
# small face is never cleared that way: a light blur on it leaves features.
FEATURE_FACE_CONFIDENCE = 0.8
BIG_FACE = 96  # working pixels
FEATURELESS = {48: 0.45, 24: 0.8}  # side the face is shrunk to -> most structure a blurred face shows
FEATURED = {48: 0.7, 24: float("inf")}  # side -> least structure that shows a face the camera caught


class BlurredFace:
    """A face box blurrier than the photo's sharp parts and its own surroundings, not part of a blurred background: a blurred face."""

    id = "blurred-face"
    kinds = (BLURRED_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        new = []
        candidates = unexplained_faces(photo, found)
        subjects = [c for c in candidates if _sharp_subject(photo, c)]
        for cand in candidates:
            features = _features(photo, cand)
            if features == "shown":
                continue  # a face the camera caught, soft or not: VisibleFace reports it
            if cand.confidence >= MIN_FACE_CONFIDENCE and not _beside_a_surer_face(cand, candidates):
                face, versus_surroundings = _detail(photo, cand.region)
                versus_photo = face / photo.reference
                surround_ratio = SURE_SURROUND_RATIO if _sure_at_full_detail(cand) else SURROUND_RATIO
                blurred = (versus_photo < BLUR_RATIO and versus_surroundings < surround_ratio) or (
                    versus_surroundings < PLAIN_SURROUND_RATIO and not _weak_at_the_edge(photo, cand))
                detail = (f"face at {{where}} looks blurred (fine detail {versus_photo:.2f} of the photo's, "
                          f"{versus_surroundings:.2f} of its surroundings')")
                if not blurred and features == "absent":
                    blurred, detail = True, "face at {where} looks blurred: no eyes or mouth show even at its own scale"
                # A sure face with no eyes or mouth at its own scale is blurred whatever is around it:
                # a soft background beside it does not explain it away (every clean face of the photo
                # sets shows its features there, in or out of focus).
                if (blurred and (features == "absent" or not _soft_background(photo, cand, face, subjects))
                        and not _no_skin(photo, cand.region)):
                    new.append(Seen(BLURRED_FACE, cand.region, min(1.0, 0.6 + cand.confidence / 2), detail,
                                    candidate=cand))
                    continue
            if (MIN_ISLAND_CONFIDENCE <= cand.confidence < MIN_FACE_CONFIDENCE
                    and (ratio := _blurred_skin_patch(photo, cand, candidates, subjects)) is not None):
                new.append(Seen(BLURRED_FACE, cand.region, 0.7,
                                f"face at {{where}} looks blurred: a patch of skin with {ratio:.2f} of the fine "
                                "detail of its surroundings", candidate=cand))
                continue
            if cand.confidence >= MIN_ISLAND_CONFIDENCE and (step := _island_step(photo, cand.region)) >= ISLAND_STEP:
                new.append(Seen(BLURRED_FACE, cand.region, 0.7,
                                f"face at {{where}} looks blurred: a face-sized patch with no fine detail, "
                                f"{step:.0f} times less than just past its edge", candidate=cand))
        return new


def _detail(photo: PhotoSignals, region: Region) -> tuple[float, float]:
    """A face box's fine detail, and that detail over its surroundings' (a ring around the box)."""
    face = signals.region_sharpness(photo.energy, region)
    return face, face / max(signals.ring_sharpness(photo.energy, region), 1.0)


def _blurred_skin_patch(photo: PhotoSignals, cand: FaceCandidate, candidates: list[FaceCandidate],
                        subjects: list[FaceCandidate]) -> float | None:
    """Its detail over its surroundings' when a weak candidate's box in a colour photo is almost all
    skin and far softer than around it (not background, not at the photo's edge, not a piece of a
    surer face's head): a face blurred into one smooth skin tone; else None."""
    if photo.monochrome or photo.skin_share(cand.region) < SKIN_PATCH:
        return None
    face, ratio = _detail(photo, cand.region)
    if (ratio >= SKIN_PATCH_SURROUND_RATIO or borders_touched(photo, cand.region, EDGE_MARGIN)
            or _beside_a_surer_face(cand, candidates) or _soft_background(photo, cand, face, subjects)):
        return None
    return ratio


def _features(photo: PhotoSignals, cand: FaceCandidate) -> str | None:
    """Whether a sure face shows eyes, brows and a mouth at its own scale: "shown", "absent"
    (blurred by an editor), or None when the measure cannot tell (or the face is not sure)."""
    if cand.confidence < FEATURE_FACE_CONFIDENCE:
        return None
    side = 48 if cand.region.width >= BIG_FACE else 24
    # The face's middle: the box's edge may hold a blur mask's edge, or hair.
    x0, y0, x1, y1 = photo.full_box(photo.grow(cand.region, -0.12))
    patch = photo.full_gray[y0:y1, x0:x1]
    if patch.size < 16:
        return None
    structure = signals.features_at_face_scale(patch, side)
    return "absent" if structure < FEATURELESS[side] else "shown" if structure >= FEATURED[side] else None


def _no_skin(photo: PhotoSignals, region: Region) -> bool:
    """True when a colour photo shows (almost) no skin in `region`: whatever is soft there, it is
    no blurred face."""
    return photo.shared(_in_colour) and photo.skin_share(region) < MIN_BLURRED_SKIN


def _in_colour(photo: PhotoSignals) -> bool:
    return float(np.percentile(photo.hsv[..., 1], 90)) >= COLOUR_PHOTO


def _sure_at_full_detail(cand: FaceCandidate) -> bool:
    """True when the detector is sure of `cand` in the working copy, not only in a shrunk one."""
    return cand.confidence >= FEATURE_FACE_CONFIDENCE and cand.side == WORK_SIDE


def _weak_at_the_edge(photo: PhotoSignals, cand: FaceCandidate) -> bool:
    """True for a candidate the detector is unsure of whose box the photo's edge cuts.

    Its surroundings are read on three sides at most, so a soft patch of background beside a
    sharp subject (a candle's flame, a kitten's face in portrait mode) measures like a blurred
    face against them; such a candidate needs the photo's sharp parts to agree (BLUR_RATIO).
    """
    return cand.confidence < SURE_FACE and borders_touched(photo, cand.region, EDGE_MARGIN) > 0


def _beside_a_surer_face(cand: FaceCandidate, candidates: list[FaceCandidate]) -> bool:
    """A weak candidate touching a sure one is a piece of the same head (hair, a chin, a
    collar) that the detector also fired on, not a second, blurred face."""
    if cand.confidence >= SURE_FACE:
        return False
    c = cand.region
    for other in candidates:
        o = other.region
        if other.confidence >= SURE_FACE and other is not cand:
            reach = 1.5 * max(o.width, o.height)
            if (abs((c.x + c.width / 2) - (o.x + o.width / 2)) <= reach
                    and abs((c.y + c.height / 2) - (o.y + o.height / 2)) <= reach):
                return True
    return False


def _sharp_subject(photo: PhotoSignals, cand: FaceCandidate) -> bool:
    """True when `cand` is a sure face as sharp as the photo's sharp parts: the subject the camera focused on."""
    return cand.confidence >= SUBJECT_CONFIDENCE and photo.sharpness_ratio(cand.region) >= BLUR_RATIO


def _soft_background(photo: PhotoSignals, cand: FaceCandidate, face: float, subjects: list[FaceCandidate]) -> bool:
    """True when a blurred face box is a piece of soft background, not a face an editor blurred.

    An editor's blur is an island: around it the photo is sharp, or plain (a wall, a sky).
    A camera's blur (portrait mode, shallow depth of field, a crowd out of focus) goes on
    beside the box: at least half the sides of it that show something are as blurred as the
    box (a plain side, a wall or a sky or a background blurred flat, says nothing either way).
    A box is also background when it lies in a blurred area far larger than itself and
    either the detector is unsure of it or another face is sharp: the camera focused on
    that face, and the crowd behind it is out of focus (an editor's blur stays face-sized); or,
    beside a sharp face, when many other face candidates are as soft as it (that crowd, read by
    its faces where its tiles are not soft enough to count as a blurred area).
    And a box the detector is unsure of, cut by two of the photo's edges (a corner), is
    background when another face is sharp: half its surroundings lie outside the frame, so
    nothing shows that the blur stops at it, and a corner of a portrait's soft background
    measures like a blurred face against the sharp subject.
    """
    sides = signals.around_sides(photo.shared(_contrast), photo.energy, cand.region)
    shown = [energy for energy, contrast in sides if contrast >= MIN_TILE_CONTRAST]
    soft = sum(1 for energy in shown if energy < face / SURROUND_RATIO)
    if soft and 2 * soft >= len(shown):
        return True
    another_in_focus = any(s is not cand for s in subjects)
    if another_in_focus and _in_soft_crowd(photo, cand, face, subjects):
        return True
    if another_in_focus and cand.confidence < SURE_FACE and borders_touched(photo, cand.region, EDGE_MARGIN) >= 2:
        return True
    if _framed_out(photo, cand, sides):
        return True
    return (cand.confidence < SURE_FACE or another_in_focus) and _in_blurred_background(photo, cand.region)


def _framed_out(photo: PhotoSignals, cand: FaceCandidate, sides: list[tuple[float, float]]) -> bool:
    """True for a large candidate the detector is unsure of, cut by the photo's edge, whose surroundings lie in the frame
    on MAX_FRAMED_SIDES sides or fewer: most of the ring an editor's blur would stop at is outside the photo, so nothing
    shows that the blur stops at the box. A lens's shallow depth of field leaves such boxes on flowers or foliage
    (held_out_18's heather: a weak candidate 0.46-0.93 of the photo's height on its soft pink background at the
    frame's edge, 0.10-0.16 of the photo's detail). A small unsure box in a corner is still read as before (a face
    there may be an editor's blur; with a sharp face elsewhere the corner rule above decides)."""
    r = cand.region
    return (cand.confidence < SURE_FACE and borders_touched(photo, r, EDGE_MARGIN) > 0 and len(sides) <= MAX_FRAMED_SIDES
            and max(r.height / photo.height, r.width / photo.width) >= MIN_FRAMED_SHARE)


def _in_soft_crowd(photo: PhotoSignals, cand: FaceCandidate, face: float, subjects: list[FaceCandidate]) -> bool:
    """True when at least CROWD_FACES other face candidates, away from `cand` and from the sharp
    subjects, are as soft as it: a crowd out of focus behind the subject, not an edited island."""
    near = [photo.grow(cand.region, 0.2)] + [s.region for s in subjects]
    alike = 0
    for other in photo.candidates:
        if other is cand or overlaps(other.region, near):
            continue
        detail = signals.region_sharpness(photo.energy, other.region)
        if face / CROWD_DETAIL <= detail <= face * CROWD_DETAIL:
            alike += 1
    return alike >= CROWD_FACES


def _island_step(photo: PhotoSignals, region: Region) -> float:
    """How many times more detail lies just past the edge of the detail-free island around
    `region`'s centre than inside it; 0 when there is no such face-sized, closed island.

    The island is the connected low-detail area holding the box's middle, inside the box
    grown by ISLAND_WINDOW. It must close there (a background runs on past the window)
    and before the photo's edge, and be about the box's size.
    """
    window = photo.grow(region, ISLAND_WINDOW)
    x0, y0 = window.x, window.y
    patch = photo.energy[y0 : y0 + window.height, x0 : x0 + window.width]
    detail = cv2.blur(np.sqrt(patch), (5, 5))
    cx, cy = region.x + region.width // 2 - x0, region.y + region.height // 2 - y0
    hx, hy = max(1, region.width // 6), max(1, region.height // 6)
    inside = float(np.median(detail[max(0, cy - hy) : cy + hy + 1, max(0, cx - hx) : cx + hx + 1]))
    low = (detail < max(2.5 * inside, 0.08 * np.sqrt(photo.reference))).astype(np.uint8)
    _, labels = cv2.connectedComponents(low, connectivity=4)
    if labels[cy, cx] == 0:
        return 0.0
    island = (labels == labels[cy, cx]).astype(np.uint8)
    sides = {"top": island[0], "bottom": island[-1], "left": island[:, 0], "right": island[:, -1]}
    at_photo_edge = {"top": y0 == 0, "bottom": y0 + window.height == photo.height,
                     "left": x0 == 0, "right": x0 + window.width == photo.width}
    # At the photo's edge a page or a background may simply end: the island must close before it.
    if any(at_photo_edge[side] and rim.any() for side, rim in sides.items()):
        return 0.0
    area = island.sum() / (region.width * region.height)
    if np.concatenate(list(sides.values())).mean() > ISLAND_OPEN or not ISLAND_AREA[0] <= area <= ISLAND_AREA[1]:
        return 0.0
    kernel = np.ones((3, 3), np.uint8)
    past_edge = (cv2.dilate(island, kernel, iterations=4) > 0) & (cv2.dilate(island, kernel, iterations=1) == 0)
    return float(np.median(detail[past_edge])) / max(inside, 1e-3) if past_edge.any() else 0.0


def _contrast(photo: PhotoSignals) -> np.ndarray:
    return signals.local_contrast(photo.gray)


def _in_blurred_background(photo: PhotoSignals, region: Region) -> bool:
    """True when the face box lies in a blurred area far larger than itself."""
    labels, areas = photo.shared(_blurred_areas)
    t = signals.TILE
    row = min(labels.shape[0] - 1, (region.y + region.height // 2) // t)
    col = min(labels.shape[1] - 1, (region.x + region.width // 2) // t)
    label = labels[row, col]
    if label == 0:
        return False
    area = areas[label] * t * t
    return area >= BACKGROUND_FACES * region.width * region.height


def _blurred_areas(photo: PhotoSignals) -> tuple[np.ndarray, np.ndarray]:
    """Connected areas of blurred tiles (labels per tile, and each label's tile count)."""
    blurred = (photo.tiles < BLURRED_TILE * photo.reference) & (signals.tile_contrast(photo.gray) >= MIN_TILE_CONTRAST)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(blurred.astype(np.uint8), connectivity=8)
    return labels, stats[:, cv2.CC_STAT_AREA]
