"""GPS, capture time and device are read from EXIF; strip_metadata leaves none behind."""

from __future__ import annotations

from PIL import ExifTags, Image

from postcheck.images import strip_metadata
from postcheck.images.exif import read_metadata
from postcheck.images.load import load_image


def exif_with_gps() -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Acme"
    exif[ExifTags.Base.Model] = "Phone 9"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2024:05:01 14:03:22"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (34.0, 3.0, 7.2)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (118.0, 14.0, 34.8)
    return exif


def test_gps_time_and_device_are_read_and_reported(face_screener, save_photo):
    path = save_photo(Image.new("RGB", (120, 90), (90, 140, 200)), "located.jpg", exif=exif_with_gps())
    analysis = face_screener.analyze(path)
    lat, lon = analysis.summary.gps
    assert abs(lat - 34.052) < 1e-3 and abs(lon + 118.243) < 1e-3
    assert analysis.summary.captured_at == "2024:05:01 14:03:22"
    assert analysis.summary.device == "Acme Phone 9"
    gps = [o for o in analysis.observations if o.kind == "gps"]
    assert len(gps) == 1 and gps[0].region is None


def test_a_photo_without_gps_has_no_gps_observation(face_screener, save_photo):
    analysis = face_screener.analyze(save_photo(Image.new("RGB", (120, 90), (90, 140, 200)), "plain.jpg"))
    assert analysis.summary.gps is None
    assert not [o for o in analysis.observations if o.kind == "gps"]


def test_strip_metadata_removes_gps_and_exif(save_photo, photo_dir):
    src = save_photo(Image.new("RGB", (120, 90), (90, 140, 200)), "to-strip.jpg", exif=exif_with_gps())
    dst = photo_dir / "stripped.jpg"
    strip_metadata(src, dst)
    with Image.open(dst) as clean:
        assert clean.size == (120, 90)
        assert not clean.getexif()
        assert not clean.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert "exif" not in clean.info and "xmp" not in clean.info
    assert read_metadata(load_image(dst).exif).gps is None


def test_strip_metadata_keeps_the_photo_upright(save_photo, photo_dir):
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # stored sideways, shown rotated 90 degrees
    src = save_photo(Image.new("RGB", (120, 90), (200, 50, 50)), "sideways.jpg", exif=exif)
    strip_metadata(src, photo_dir / "upright.png")
    with Image.open(photo_dir / "upright.png") as clean:
        assert clean.size == (90, 120)
