"""What image screening reports about one photo."""

from __future__ import annotations

from dataclasses import dataclass, field

from postcheck.model import ImageSummary
from postcheck.text.matching import ImageFact


@dataclass
class ImageAnalysis:
    """Everything image screening learned about one photo."""

    summary: ImageSummary
    # What the photo checks saw, named by the photo, as the rules match them (`image: [kind]`).
    observations: list[ImageFact] = field(default_factory=list)
