"""Shared, expensive objects for the photo-screening tests: screeners and packaged photos."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import make_image_set as image_set  # tests/images/ is on sys.path for its own conftest

from postcheck.images import ImageScreener


@pytest.fixture(scope="session")
def face_screener() -> ImageScreener:
    """Faces, obscured faces and metadata; no OCR (faster)."""
    return ImageScreener(ocr=False)


@pytest.fixture(scope="session")
def ocr_screener() -> ImageScreener:
    return ImageScreener(ocr=True)


@pytest.fixture(scope="session")
def photo_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("photos")


@pytest.fixture(scope="session")
def save_photo(photo_dir):
    """Save a PIL image under the session's photo folder and return its path."""

    def save(image, name: str, **options) -> Path:
        path = photo_dir / name
        image.save(path, **options)
        return path

    return save


@pytest.fixture(scope="session")
def face_photos():
    """The packaged face photos with their face boxes and eye lines."""
    return {p.name: (image_set.load_photo(p.name), p) for p in image_set.FACE_PHOTOS}


@pytest.fixture
def rng() -> random.Random:
    return random.Random(7)
