"""The photo-check registry: a new check is run, its kind is known and drawn, and rules and checks agree."""

from __future__ import annotations

from typing import Any

import yaml
from PIL import Image

from postcheck.images import annotate, checks
from postcheck.images.checks import Kind, PhotoSignals, Seen
from postcheck.model import Region
from postcheck.rulebook import rules_dir

WATERMARK = Kind("watermark", "watermark", colour=(0, 200, 0))


class Watermark:
    """A throw-away check for this test: the top-left quarter of every photo is a 'watermark'."""

    id = "watermark"
    kinds = (WATERMARK,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        return [Seen(WATERMARK, Region(0, 0, photo.width // 2, photo.height // 2), 0.9, "watermark at {where}")]


def test_a_registered_check_is_run_and_its_kind_is_labelled(monkeypatch, face_screener, save_photo, tmp_path):
    monkeypatch.setattr(checks, "CHECKS", [*checks.CHECKS, Watermark()])
    path = save_photo(Image.new("RGB", (800, 600), (90, 140, 200)), "plain-sky.png")

    analysis = face_screener.analyze(path)

    [fact] = analysis.observations
    assert (fact.image, fact.kind, fact.confidence) == (str(path), "watermark", 0.9)
    assert fact.region == Region(0, 0, 400, 300)  # the working image's quarter, in the photo's own pixels
    assert fact.detail == "watermark at 0,0 (400x300)"
    assert checks.kinds()["watermark"] == WATERMARK
    drawn = Image.open(annotate(path, analysis, tmp_path))
    assert drawn.getpixel((200, 299)) == WATERMARK.colour  # its box, in its colour, with no list to edit


def test_every_registered_check_has_an_id_a_one_line_doc_and_kinds():
    ids = [check.id for check in checks.CHECKS]
    assert len(ids) == len(set(ids))
    for check in checks.CHECKS:
        doc = (type(check).__doc__ or "").strip()
        assert doc and "\n" not in doc, f"{check.id}: the docstring is the check's one-line doc"
        assert check.kinds, f"{check.id} declares no kinds"


def test_every_photo_kind_has_a_rule_and_every_image_rule_a_check():
    matched: set[str] = set()
    for file in sorted((rules_dir() / "rules").glob("*.yaml")):
        for rule in yaml.safe_load(file.read_text(encoding="utf-8")):
            matched |= _image_kinds(rule.get("match")) | _image_kinds(rule.get("unless"))
    assert matched == set(checks.kinds())


def _image_kinds(spec: Any) -> set[str]:
    """Every kind named by an `image:` match anywhere in a rule's match tree."""
    if isinstance(spec, list):
        return set().union(*map(_image_kinds, spec))
    if not isinstance(spec, dict):
        return set()
    found = set(_as_list(spec["image"])) if "image" in spec else set()
    return found.union(*(_image_kinds(value) for key, value in spec.items() if key != "image"))


def _as_list(value: Any) -> list[str]:
    return value if isinstance(value, list) else [value]
