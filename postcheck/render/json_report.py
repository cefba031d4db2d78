"""The one JSON serialisation of a Report; every machine-readable format is built from it.

`report_to_dict` is the contract with scripts: its output is described field by field by
the JSON Schema in `postcheck/schema/report-v1.json`, and `SCHEMA_VERSION` says which
revision of that schema a document follows (docs/inputs-and-outputs.md gives the versioning policy).
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import resources
from typing import Any, TextIO

from postcheck import __version__
from postcheck.model import Finding, ImageSummary, Region, Report, ScreenError, SourceLocation

SCHEMA_VERSION = "1.0"
SCHEMA_RESOURCE = "report-v1.json"


def report_to_dict(report: Report, *, include_text: bool = True) -> dict[str, Any]:
    """The report as plain JSON-ready data.

    `include_text` decides whether the draft itself (the post's text and the text read from
    its photos) goes into the document. Findings always carry their quote either way.
    """
    post = report.post
    post_dict: dict[str, Any] = {
        "id": post.id,
        "source": {
            "file": post.source.file,
            "line": post.source.line,
            "post_id": post.source.post_id,
            "timestamp": post.source.timestamp,
        },
        "images": [str(path) for path in post.images],
    }
    if include_text:
        post_dict["text"] = post.text
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "postcheck", "version": __version__},
        "post": post_dict,
        "verdict": report.verdict.value,
        "findings": [_finding(f, post.source) for f in report.findings],
        "errors": [_error(e) for e in report.errors],
        "images": [_image(i, include_text) for i in report.images],
        "timings": dict(report.timings),
    }


def dumps_report(report: Report, *, include_text: bool = True) -> str:
    """Pretty JSON for one report (`postcheck check --format json`)."""
    return json.dumps(report_to_dict(report, include_text=include_text), indent=2, ensure_ascii=False)


def finding_fingerprint(finding: Finding, source: SourceLocation | None = None) -> str:
    """A short id that stays the same while the same problem stays in the same post.

    Built from what the finding is about (rule, quoted words, image, box) and which post it
    is in (`source_key`), not from character offsets, so editing another part of the draft
    does not change it. Suppressions (`.postcheckignore`), baselines and SARIF viewers key on it.
    """
    region = finding.region
    parts = [
        finding.rule_id,
        " ".join(finding.quote.split()).casefold(),
        finding.image or "",
        "" if region is None else f"{region.x},{region.y},{region.width},{region.height}",
        "" if source is None else source_key(source),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def source_key(source: SourceLocation) -> str:
    """Which post a finding is in, as its fingerprint sees it.

    The file, '/'-separated and relative to the working directory when inside it (pre-commit
    and CI run from the repository root), then the platform's post id or, without one, the line.
    """
    file = source.file or ""
    if file and not file.startswith("<"):  # "<stdin>" is a name, not a path
        absolute = os.path.abspath(file)
        inside = os.path.commonpath([absolute, os.getcwd()]) == os.getcwd()
        file = (os.path.relpath(absolute) if inside else absolute).replace(os.sep, "/")
    if source.post_id:
        return f"{file}#{source.post_id}"
    return f"{file}:{source.line}" if source.line else file


def load_schema() -> dict[str, Any]:
    """The JSON Schema that `report_to_dict`'s output follows, as shipped with this version."""
    text = resources.files("postcheck").joinpath("schema", SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


class JsonWriter:
    """Writes one report as one pretty JSON document; for many reports use JSON Lines."""

    def __init__(self, out: TextIO, *, include_text: bool = True) -> None:
        self._out = out
        self._include_text = include_text
        self._written = False

    def write(self, report: Report) -> None:
        if self._written:
            raise ValueError("the json format holds one report; use jsonl for several")
        self._out.write(dumps_report(report, include_text=self._include_text) + "\n")
        self._written = True

    def close(self) -> None:
        self._out.flush()


def _finding(finding: Finding, source: SourceLocation) -> dict[str, Any]:
    has_span = finding.start is not None and finding.end is not None
    return {
        "rule_id": finding.rule_id,
        "category": finding.category,
        "severity": finding.severity.value,
        "message": finding.message,
        "fix": finding.fix,
        "cites": dict(finding.cites),
        "detector": finding.detector,
        "confidence": finding.confidence,
        "span": {"start": finding.start, "end": finding.end} if has_span else None,
        "quote": finding.quote,
        "image": finding.image,
        "region": _region(finding.region) if finding.region else None,
        "suppressed": finding.suppressed,
        "suppression_reason": finding.suppression_reason,
        "fingerprint": finding_fingerprint(finding, source),
        "also_rules": list(finding.also_rules),
    }


def _error(error: ScreenError) -> dict[str, Any]:
    return {
        "kind": error.kind.value,
        "detector": error.detector,
        "message": error.message,
        "image": error.image,
    }


def _image(image: ImageSummary, include_text: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "path": image.path,
        "width": image.width,
        "height": image.height,
        "format": image.format,
        "captured_at": image.captured_at,
        "device": image.device,
        "gps": {"latitude": image.gps[0], "longitude": image.gps[1]} if image.gps else None,
        "faces": [_region(r) for r in image.faces],
        "text_regions": [_region(r) for r in image.text_regions],
    }
    if include_text:
        data["ocr_text"] = image.ocr_text
    return data


def _region(region: Region) -> dict[str, int]:
    return {"x": region.x, "y": region.y, "width": region.width, "height": region.height}
