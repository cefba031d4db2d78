"""Open an attached photo safely: known formats only, bounded size, upright, RGB.

Pillow will happily start decoding a 20,000 x 20,000 PNG or a truncated JPEG; a
screener that crashes or stalls on one attachment fails the whole batch. So every
limit is checked on the header before pixels are decoded, and every decoding error
becomes an `InputError` that names the kind of problem, never the file's content.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from postcheck.errors import InputError
from postcheck.model import InMemoryPhoto

# A phone photo is 12-50 megapixels; anything past this is not a social-media photo
# and would cost seconds and gigabytes to screen.
MAX_PIXELS = 60_000_000
ORIENTATION = 0x0112  # the EXIF tag saying how the camera was held
MAX_FILE_BYTES = 80 * 1024 * 1024
SUPPORTED_FORMATS = {"JPEG", "PNG", "WEBP", "HEIF", "MPO"}
ANIMATED_FORMATS = {"PNG", "WEBP"}  # APNG and animated WebP

Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow's own decompression-bomb guard, as a backstop


def _register_heif() -> bool:
    """Teach Pillow HEIC/HEIF when pillow-heif is installed; it is optional."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


HEIF_AVAILABLE = _register_heif()


@dataclass
class LoadedImage:
    """A decoded photo, turned upright, with what its file said about itself."""

    path: Path | InMemoryPhoto
    rgb: Image.Image  # mode "RGB", EXIF orientation already applied
    format: str  # Pillow's format name: JPEG, PNG, WEBP, HEIF
    exif: Image.Exif  # the original EXIF block (may be empty)
    xmp: bytes | None  # raw XMP packet, when the file carries one


def load_image(path: Path | InMemoryPhoto) -> LoadedImage:
    """Decode the photo at `path`, or held in memory, within the size limits, or raise `InputError` saying why not."""
    if isinstance(path, InMemoryPhoto):
        name, size, source = path.name, len(path.data), io.BytesIO(path.data)
    else:
        path = Path(path)
        if not path.exists():
            raise InputError(f"image not found: {path.name}")
        if not path.is_file():  # a FIFO or a device would hang or stream forever
            raise InputError(f"image {path.name} is not a regular file")
        name, size, source = path.name, path.stat().st_size, path
    if size > MAX_FILE_BYTES:
        raise InputError(f"image {name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as img:
                fmt = img.format or "?"
                if fmt not in SUPPORTED_FORMATS:
                    hint = " (install pillow-heif for HEIC)" if fmt == "?" and not HEIF_AVAILABLE else ""
                    raise InputError(f"image {name}: format {fmt} is not supported; use JPEG, PNG, WebP or HEIC{hint}")
                width, height = img.size
                frames = getattr(img, "n_frames", 1)
                # Screening the first frame alone would pass the others unseen. (An MPO's second
                # image is the camera's own preview or depth map of the same photo.)
                if fmt in ANIMATED_FORMATS and frames > 1:
                    raise InputError(f"image {name} is animated ({frames} frames): postcheck screens still "
                                     f"photos only; attach a still of each frame that matters")
                if width * height > MAX_PIXELS:
                    raise InputError(f"image {name} is too large ({width}x{height} pixels, limit {MAX_PIXELS:,})")
                exif = img.getexif()
                xmp = img.info.get("xmp")
                img.load()
                # Turned only when the camera says so: an unneeded copy of 12 megapixels costs ~35 ms.
                upright = ImageOps.exif_transpose(img) if exif.get(ORIENTATION, 1) != 1 else img
                rgb = _to_rgb(upright)
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(f"image {name} is too large to decode safely") from None
    except UnidentifiedImageError:
        hint = "" if HEIF_AVAILABLE else " (HEIC needs pillow-heif)"
        raise InputError(f"image {name} is not a readable JPEG, PNG, WebP or HEIC file{hint}") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:  # truncated or corrupt data
        raise InputError(f"image {name} is corrupt or truncated ({type(exc).__name__})") from None
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8")
    return LoadedImage(path=path, rgb=rgb, format="JPEG" if fmt == "MPO" else fmt, exif=exif, xmp=xmp)


def _to_rgb(img: Image.Image) -> Image.Image:
    """Flatten transparency onto white (how a feed shows it) and return RGB. Greyscale of more
    than 8 bits is scaled down first: Pillow's own conversion clips it, often to all white."""
    if img.mode.startswith("I") or img.mode == "F":
        img = _eight_bit(img)
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return img if img.mode == "RGB" else img.convert("RGB")


def _eight_bit(img: Image.Image) -> Image.Image:
    """A 16-bit, 32-bit or float greyscale image as 8-bit greyscale, its full range kept."""
    import numpy as np

    values = np.asarray(img, dtype=np.float64)
    if img.mode.startswith("I;16"):
        scaled = values / 257.0  # 0..65535 onto 0..255, as a viewer shows it
    else:
        low, high = float(values.min()), float(values.max())
        scaled = (values - low) * (255.0 / (high - low)) if high > low else np.zeros_like(values)
    return Image.fromarray(np.clip(np.rint(scaled), 0, 255).astype(np.uint8), "L")
