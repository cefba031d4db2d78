"""Unreadable, corrupt, huge and unsupported images are clear InputErrors, never crashes."""

from __future__ import annotations

import struct
import zlib

import pytest
from PIL import Image

from postcheck.errors import InputError
from postcheck.images import load


def test_a_truncated_jpeg_is_an_input_error(face_screener, save_photo, photo_dir):
    whole = save_photo(Image.new("RGB", (400, 300), (10, 200, 30)), "whole.jpg", quality=90)
    broken = photo_dir / "truncated.jpg"
    broken.write_bytes(whole.read_bytes()[:400])
    with pytest.raises(InputError, match="corrupt|readable"):
        face_screener.analyze(broken)


def test_random_bytes_are_an_input_error(face_screener, photo_dir):
    junk = photo_dir / "junk.png"
    junk.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError):
        face_screener.analyze(junk)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims to be width x height; its header alone is enough to refuse it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def test_a_huge_image_is_refused_before_decoding(face_screener, photo_dir):
    huge = photo_dir / "huge.png"
    huge.write_bytes(_png_header_only(40_000, 40_000))
    with pytest.raises(InputError, match="too large"):
        face_screener.analyze(huge)


def test_an_image_over_the_pixel_limit_is_refused(face_screener, save_photo, monkeypatch):
    path = save_photo(Image.new("RGB", (300, 200)), "over-limit.png")
    monkeypatch.setattr(load, "MAX_PIXELS", 300 * 200 - 1)
    with pytest.raises(InputError, match="too large"):
        face_screener.analyze(path)


@pytest.mark.parametrize("fmt,suffix", [("GIF", ".gif"), ("BMP", ".bmp"), ("TIFF", ".tif")])
def test_an_unsupported_format_is_an_input_error(face_screener, save_photo, fmt, suffix):
    path = save_photo(Image.new("RGB", (50, 40), (1, 2, 3)), "photo" + suffix, format=fmt)
    with pytest.raises(InputError, match="not supported"):
        face_screener.analyze(path)


def test_a_missing_file_is_an_input_error(face_screener, photo_dir):
    with pytest.raises(InputError, match="not found"):
        face_screener.analyze(photo_dir / "nowhere.jpg")


@pytest.mark.parametrize("fmt,suffix", [("PNG", ".png"), ("WEBP", ".webp"), ("JPEG", ".jpg")])
def test_supported_formats_open(face_screener, save_photo, fmt, suffix):
    analysis = face_screener.analyze(save_photo(Image.new("RGB", (64, 48), (30, 60, 90)), "ok" + suffix, format=fmt))
    assert (analysis.summary.width, analysis.summary.height, analysis.summary.format) == (64, 48, fmt)


def test_heic_opens_when_pillow_heif_is_installed(face_screener, save_photo):
    if not load.HEIF_AVAILABLE:
        pytest.skip("pillow-heif is not installed")
    analysis = face_screener.analyze(save_photo(Image.new("RGB", (64, 48), (30, 60, 90)), "phone.heic"))
    assert analysis.summary.format == "HEIF"


def test_transparent_png_is_flattened(save_photo):
    path = save_photo(Image.new("RGBA", (10, 10), (0, 0, 0, 0)), "clear.png")
    assert load.load_image(path).rgb.getpixel((5, 5)) == (255, 255, 255)


@pytest.mark.parametrize("suffix", ["webp", "png"])
def test_an_animated_image_is_refused_not_screened_on_its_first_frame(photo_dir, suffix):
    frames = [Image.new("RGB", (60, 60), colour) for colour in ("white", "black", "red")]
    path = photo_dir / f"moving.{suffix}"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100)
    with pytest.raises(InputError, match="animated"):
        load.load_image(path)
