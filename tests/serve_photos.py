"""Photos for the `postcheck serve` tests, made in memory: a face (scikit-image's packaged
astronaut photo) with a GPS position in its EXIF, and a plain picture with none."""

from __future__ import annotations

import io

from PIL import ExifTags, Image

# Somewhere in Los Angeles, as a phone would write it.
GPS_LATITUDE = (34.0, 3.0, 7.2)
GPS_LONGITUDE = (118.0, 14.0, 34.8)


def face_photo_with_gps() -> bytes:
    """A JPEG of a person's face whose EXIF says where it was taken."""
    from skimage import data

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Phone"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = GPS_LONGITUDE
    buffer = io.BytesIO()
    Image.fromarray(data.astronaut()).save(buffer, format="JPEG", quality=90, exif=exif)
    return buffer.getvalue()


def plain_png(size: tuple[int, int] = (64, 48)) -> bytes:
    """A small picture with no person, no text and no metadata."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 140, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def has_gps(photo: bytes) -> bool:
    with Image.open(io.BytesIO(photo)) as image:
        return bool(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))
