"""Small inline copies of photos for the HTML report."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image, ImageOps


def thumbnail_data_uri(path: str, size: int) -> str | None:
    """The photo shrunk to fit `size` pixels, as a data: URI; None if it cannot be read.

    The photo is turned upright by its EXIF orientation (detectors report boxes in the photo
    as displayed) and re-encoded without any metadata, so its GPS position and camera do
    not travel with the report. Only a regular file is opened: a FIFO or a device named like
    a photo would block the report forever.
    """
    if not Path(path).is_file():
        return None
    try:
        with Image.open(path) as image:
            image.draft("RGB", (size, size))  # JPEG only: decode at a reduced scale, much faster
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((size, size))
            rgb = upright.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    buffer = io.BytesIO()
    rgb.save(buffer, format="JPEG", quality=80)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
