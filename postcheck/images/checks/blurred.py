"""A blurred face: a face box with far less fine detail than the photo's sharp parts."""

from __future__ import annotations

from postcheck.images.checks.base import Kind, PhotoSignals, Seen, unexplained_faces

BLURRED_FACE = Kind("blurred_face", "blurred face", face=True, obscured=True)
MIN_FACE_CONFIDENCE = 0.4  # surer than for other traces: smooth non-faces (fur, sky) abound
BLUR_RATIO = 0.3  # face detail / the photo's sharp parts: clean faces measure 0.4-2


class BlurredFace:
    """A face box with far less fine detail than the photo's sharp parts: a blurred face."""

    id = "blurred-face"
    kinds = (BLURRED_FACE,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        new = []
        for cand in unexplained_faces(photo, found):
            ratio = photo.sharpness_ratio(cand.region)
            if cand.confidence >= MIN_FACE_CONFIDENCE and ratio < BLUR_RATIO:
                new.append(Seen(BLURRED_FACE, cand.region, min(1.0, 0.6 + cand.confidence / 2),
                                f"face at {{where}} looks blurred (fine detail {ratio:.2f} of the photo's)", candidate=cand))
        return new
