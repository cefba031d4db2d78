"""What image screening reports: observations about one photo, in plain words."""

from __future__ import annotations

from dataclasses import dataclass, field

from postcheck.model import ImageSummary, Region

# Every kind an observation can have. The rule engine maps each to a finding.
FACE = "face"  # a clearly visible face
BLURRED_FACE = "blurred_face"
PIXELATED_FACE = "pixelated_face"
EMOJI_FACE = "emoji_face"  # a face covered by an emoji or sticker
BAR_FACE = "bar_face"  # a bar drawn over the eyes
HIDDEN_FACE = "hidden_face"  # a blurred, detail-free skin-coloured island where a face was
GPS = "gps"
DOCUMENT = "document"
OBSCURED_KINDS = frozenset({BLURRED_FACE, PIXELATED_FACE, EMOJI_FACE, BAR_FACE, HIDDEN_FACE})
KINDS = OBSCURED_KINDS | {FACE, GPS, DOCUMENT}


@dataclass(frozen=True)
class ImageObservation:
    """One thing seen in a photo, with where it is and how sure the detector is."""

    kind: str  # one of KINDS
    region: Region | None  # original-image pixels; None for whole-image facts (gps, document)
    confidence: float  # 0..1
    detail: str  # plain words for the report; never OCR'd text


@dataclass
class ImageAnalysis:
    """Everything image screening learned about one photo."""

    summary: ImageSummary
    observations: list[ImageObservation] = field(default_factory=list)

    @property
    def obscured(self) -> list[ImageObservation]:
        return [o for o in self.observations if o.kind in OBSCURED_KINDS]
