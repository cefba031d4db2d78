"""The yellow-emoji check: a flat yellow disc covers a face when it shows a drawn face or a head is at it."""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images.checks import PhotoSignals
from postcheck.images.checks.emoji import YellowEmoji
from postcheck.images.checks.paint import PRINTED_WORDS
from postcheck.images.faces import WORK_SIDE, FaceCandidate
from postcheck.images.ocr import OcrResult
from postcheck.model import Region

DISC = Region(300, 200, 60, 60)


def _yellow_disc_among_tan_things(face_beside: bool) -> PhotoSignals:
    """A sharp photo of tan and orange things (a tote's products, a shelf of books) with a plain
    yellow disc among them, no eyes or mouth drawn on it; with `face_beside`, a face candidate at it."""
    rng = np.random.default_rng(0)
    tan = np.array((205, 150, 100), np.float32)  # a skin tone
    rgb = np.clip(tan + rng.normal(0, 40, (480, 640, 3)), 0, 255).astype(np.uint8)
    cv2.circle(rgb, (DISC.x + 30, DISC.y + 30), 30, (255, 210, 0), -1)
    candidates = [FaceCandidate(Region(290, 190, 80, 90), 0.5, WORK_SIDE)] if face_beside else []
    return PhotoSignals(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), candidates=candidates)


def test_a_plain_yellow_disc_among_skin_toned_things_is_no_emoji():
    assert YellowEmoji().run(_yellow_disc_among_tan_things(face_beside=False), []) == []


def test_a_plain_yellow_disc_where_a_face_is_found_is_an_emoji():
    assert [s.kind.name for s in YellowEmoji().run(_yellow_disc_among_tan_things(face_beside=True), [])] == ["emoji_face"]


def _smiling_disc_on_print(words: int) -> PhotoSignals:
    """A flat yellow disc with two dark eyes and a mouth drawn on it, on a plain pale picture OCR read `words` words
    from, and no face candidate: a comic's drawn head or a packet's mascot when the picture reads as print."""
    rgb = np.full((480, 640, 3), 235, np.uint8)
    centre = (DISC.x + 30, DISC.y + 30)
    cv2.circle(rgb, centre, 30, (255, 210, 0), -1)
    for eye in (-10, 10):
        cv2.circle(rgb, (centre[0] + eye, centre[1] - 8), 4, (40, 30, 0), -1)
    cv2.ellipse(rgb, (centre[0], centre[1] + 8), (12, 6), 0, 0, 180, (40, 30, 0), 3)
    return PhotoSignals(rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), candidates=[], text=OcrResult(words=words))


def test_a_smiling_disc_on_a_photo_is_an_emoji():
    assert [s.kind.name for s in YellowEmoji().run(_smiling_disc_on_print(words=0), [])] == ["emoji_face"]


def test_a_smiling_disc_on_a_picture_that_reads_as_print_is_its_drawing():
    assert YellowEmoji().run(_smiling_disc_on_print(words=PRINTED_WORDS), []) == []
