"""Photo screening: faces (visible and obscured), location metadata, text in the picture.

    screener = ImageScreener()            # builds the face detector and OCR once
    analysis = screener.analyze(path)     # ImageAnalysis: summary + observations
    strip_metadata(path, clean_path)      # a copy without EXIF/XMP/GPS
    annotate(path, analysis, out_dir)     # a copy with boxes and labels drawn

What is looked for is a set of photo checks, one module each, in `checks/`.
"""

from postcheck.images.annotate import annotate
from postcheck.images.checks import OBSCURED_KINDS, kinds
from postcheck.images.exif import strip_metadata
from postcheck.images.observation import ImageAnalysis
from postcheck.images.screener import ImageScreener

__all__ = ["ImageScreener", "ImageAnalysis", "OBSCURED_KINDS", "annotate", "kinds", "strip_metadata"]
