"""A clearly visible face."""

from __future__ import annotations

from postcheck.images.checks.base import CHECK_BEFORE_POSTING, Kind, PhotoSignals, Seen, unexplained_faces

FACE = Kind("face", "face", colour=CHECK_BEFORE_POSTING, face=True)
MIN_FACE_CONFIDENCE = 0.7  # below this a lone detection is not reported as a face


class VisibleFace:
    """A face the detector is sure of and no earlier check found hidden: a visible face."""

    id = "visible-face"
    kinds = (FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        return [Seen(FACE, cand.region, cand.confidence, f"face at {{where}} (detector confidence {cand.confidence:.2f})",
                     candidate=cand)
                for cand in unexplained_faces(photo, found) if cand.confidence >= MIN_FACE_CONFIDENCE]
