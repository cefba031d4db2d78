"""Photo screening: faces (visible and obscured), location metadata, text in the picture.

    screener = ImageScreener()            # builds the face detector and OCR once
    analysis = screener.analyze(path)     # ImageAnalysis: summary + observations
    strip_metadata(path, clean_path)      # a copy without EXIF/XMP/GPS
    annotate(path, analysis, out_dir)     # a copy with boxes and labels drawn
"""

from postcheck.images.annotate import annotate
from postcheck.images.exif import strip_metadata
from postcheck.images.observation import KINDS, OBSCURED_KINDS, ImageAnalysis, ImageObservation
from postcheck.images.screener import ImageScreener

__all__ = ["ImageScreener", "ImageAnalysis", "ImageObservation", "KINDS", "OBSCURED_KINDS", "annotate", "strip_metadata"]
