"""The yellow-emoji check: a flat yellow disc covers a face when it shows a drawn face or a head is at it."""

from __future__ import annotations

import cv2
import numpy as np

from postcheck.images.checks import PhotoSignals
from postcheck.images.checks.emoji import YellowEmoji
from postcheck.images.faces import WORK_SIDE, FaceCandidate
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
