"""`check` with photos: GPS becomes a finding, and the copies a worker asks for are written clean."""

from __future__ import annotations

from PIL import Image
from typer.testing import CliRunner

from postcheck.cli import app

GPS_IFD = 0x8825


def _photo_with_gps(path):
    image = Image.new("RGB", (320, 240), (90, 140, 200))
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (34.0, 3.0, 15.0), 3: "W", 4: (118.0, 14.0, 37.0)}
    image.save(path, exif=exif)
    return path


def test_gps_in_a_photo_blocks_and_strip_metadata_writes_a_copy_without_it(tmp_path):
    photo = _photo_with_gps(tmp_path / "park.jpg")
    clean_dir, annotated_dir = tmp_path / "clean", tmp_path / "annotated"
    result = CliRunner().invoke(app, ["check", "--text", "Sunset at the park", "--image", str(photo), "--no-ocr",
                                      "--format", "json", "--strip-metadata", str(clean_dir),
                                      "--annotate", str(annotated_dir)])
    assert result.exit_code == 1, result.output
    assert '"inferable_identifier"' in result.stdout
    assert Image.open(photo).getexif().get_ifd(GPS_IFD)
    assert not Image.open(clean_dir / "park.jpg").getexif().get_ifd(GPS_IFD)
    assert list(annotated_dir.iterdir())
