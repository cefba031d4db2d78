"""postcheck never opens a network socket: building the analyzer and analyzing a draft.

The guard records every attempt to resolve a host or open a connection and makes it
fail. The first test proves the guard works: tldextract's default extractor, with an
empty cache, tries to download the public-suffix list, and the guard sees it.
"""

from __future__ import annotations

import socket

import pytest


class NetworkAttempt(OSError):
    """Raised instead of any connection; an OSError so libraries fail as they would offline."""


@pytest.fixture
def network_attempts(monkeypatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str):
        def _refuse(*args, **kwargs):
            attempts.append(name)
            raise NetworkAttempt(f"network use in a test: {name}")
        return _refuse

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return attempts


def test_guard_catches_tldextract_downloading_the_suffix_list(network_attempts, tmp_path, monkeypatch):
    import tldextract

    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path))
    default_extractor = tldextract.TLDExtract(cache_dir=str(tmp_path))  # the default, with an empty cache
    default_extractor("a@b.com")
    assert network_attempts, "the guard did not see tldextract's download"


def test_building_and_analyzing_needs_no_network(network_attempts, tmp_path, monkeypatch):
    from postcheck.text.pii import build_analyzer

    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path))  # no cached suffix list to hide a download
    analyzer = build_analyzer()
    text = "Write to jane.doe@example.org or see https://example.com/help, jane at gmail dot com"
    found = {r.entity_type for r in analyzer.analyze(text=text, language="en") if r.score >= 0.4}
    assert "EMAIL_ADDRESS" in found
    assert network_attempts == []


def test_screening_a_post_with_a_photo_needs_no_network(network_attempts, tmp_path, monkeypatch):
    """The whole screener — text, learned layer, rules, faces, EXIF and OCR — built and run inside the guard."""
    from PIL import Image, ImageDraw

    from postcheck.model import Post
    from postcheck.screener import Screener

    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path))
    photo = tmp_path / "tag.png"
    image = Image.new("RGB", (480, 160), "white")
    ImageDraw.Draw(image).text((20, 60), "HELLO my name is", fill="black")
    image.save(photo)
    draft = "Mail me at jane.k.home@gmail.com after the visit with the twins' mum"
    report = Screener().screen(Post(id="p", text=draft, images=[photo]))
    assert not report.errors
    assert report.images and report.findings
    assert "model" in report.timings  # the learned layer ran inside the guard too
    assert network_attempts == []
