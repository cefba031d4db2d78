"""What a photo's metadata gives away (where, when, with what), and a clean copy.

A phone writes the GPS position into every photo by default; posting the original
file reveals where it was taken (a client's home, a school). The rest of the EXIF
(capture time, device) is reported so the worker sees what the file carries.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image

from postcheck.errors import InputError
from postcheck.images.load import load_image
from postcheck.model import InMemoryPhoto
from postcheck.private_files import open_private

_GPS_IFD = ExifTags.IFD.GPSInfo
_EXIF_IFD = ExifTags.IFD.Exif


@dataclass(frozen=True)
class PhotoMetadata:
    """The identifying facts in a photo's metadata; None where the file has none."""

    captured_at: str | None = None  # as written by the camera, e.g. "2024:05:01 14:03:22"
    device: str | None = None  # "Make Model"
    gps: tuple[float, float] | None = None  # (latitude, longitude) in decimal degrees


def read_metadata(exif: Image.Exif) -> PhotoMetadata:
    """Pull capture time, device and GPS position out of an EXIF block."""
    exif_ifd = exif.get_ifd(_EXIF_IFD)
    captured = exif_ifd.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)
    device = " ".join(
        str(part).strip("\x00 ") for part in (exif.get(ExifTags.Base.Make), exif.get(ExifTags.Base.Model)) if part
    )
    return PhotoMetadata(
        captured_at=str(captured).strip("\x00 ") if captured else None,
        device=device or None,
        gps=_gps_position(exif.get_ifd(_GPS_IFD)),
    )


def _gps_position(gps: dict) -> tuple[float, float] | None:
    """Decimal (lat, lon) from the GPS IFD, or None when it holds no usable position."""
    try:
        lat = _degrees(gps[ExifTags.GPS.GPSLatitude], gps.get(ExifTags.GPS.GPSLatitudeRef, "N"))
        lon = _degrees(gps[ExifTags.GPS.GPSLongitude], gps.get(ExifTags.GPS.GPSLongitudeRef, "E"))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return round(lat, 6), round(lon, 6)


def _degrees(dms, ref) -> float:
    degrees, minutes, seconds = (float(v) for v in dms)
    value = degrees + minutes / 60 + seconds / 3600
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "ignore")
    return -value if str(ref).strip("\x00 ").upper() in ("S", "W") else value


def strip_metadata(src: Path, dst: Path) -> None:
    """Write a copy of `src` to `dst` with no EXIF, XMP, ICC comments or GPS.

    The copy is in `dst`'s format, chosen by its suffix, defaulting to the source's format.
    """
    dst = Path(dst)
    data, _ = stripped_copy(Path(src), Image.registered_extensions().get(dst.suffix.lower()))
    try:
        with open_private(dst, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise InputError(f"could not write a stripped copy to {dst.name} ({type(exc).__name__})") from None


def stripped_copy(src: Path | InMemoryPhoto, fmt: str | None = None) -> tuple[bytes, str]:
    """The photo re-encoded with no EXIF, XMP, ICC comments or GPS, and the format it is in.

    The pixels are re-encoded upright (orientation applied) in `fmt`, defaulting to the
    source's format (HEIF as JPEG, which every site takes). JPEG is written at quality 95.
    """
    loaded = load_image(src)
    fmt = fmt or ("JPEG" if loaded.format == "HEIF" else loaded.format)
    # A fresh image carries no info dict, so nothing of the original's metadata can leak.
    clean = Image.frombytes("RGB", loaded.rgb.size, loaded.rgb.tobytes())
    options = {"quality": 95} if fmt in ("JPEG", "WEBP") else {}
    buffer = io.BytesIO()
    try:
        clean.save(buffer, format=fmt, **options)
    except (OSError, KeyError, ValueError) as exc:
        raise InputError(f"could not make a stripped copy as {fmt} ({type(exc).__name__})") from None
    return buffer.getvalue(), fmt
