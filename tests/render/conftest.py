"""Reports built by hand, so renderer tests need neither spaCy nor any detector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from postcheck.model import (
    ErrorKind,
    Finding,
    ImageSummary,
    Post,
    Region,
    Report,
    ScreenError,
    Severity,
    SourceLocation,
)

SCHEDULE_TEXT = "Back at the office until 10pm again, then court with the Ortiz kids at 8am."


def text_finding(text: str, quote: str, **fields) -> Finding:
    """A finding over the first occurrence of `quote` in `text`."""
    start = text.index(quote)
    defaults = dict(
        rule_id="PC-TEST-001",
        category="schedule_disclosure",
        severity=Severity.MEDIUM,
        message="Gives the time of a work task.",
        fix="Leave out clock times.",
        cites={"la-dcfs": "Posts about an employee's schedule should not include specific dates, times, or tasks."},
        detector="rule",
        confidence=0.9,
    )
    return Finding(**(defaults | fields), start=start, end=start + len(quote), quote=quote)


@pytest.fixture(scope="session")
def photo(tmp_path_factory) -> Path:
    """A real JPEG with a face-like oval and a sign, 640x480."""
    path = tmp_path_factory.mktemp("photos") / "visit.jpg"
    image = Image.new("RGB", (640, 480), (120, 170, 210))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 360, 640, 480), fill=(90, 140, 80))
    draw.ellipse((250, 100, 370, 250), fill=(230, 190, 160))
    draw.rectangle((420, 300, 600, 350), fill=(250, 250, 250))
    draw.text((430, 315), "LINCOLN ELEM", fill=(0, 0, 0))
    image.save(path, "JPEG")
    return path


@pytest.fixture
def schedule_report() -> Report:
    """A blocked post: overlapping text findings, one suppressed finding, a known source line."""
    text = SCHEDULE_TEXT
    return Report(
        post=Post(id="p1", text=text, source=SourceLocation(file="exports/posts.jsonl", line=3, post_id="987")),
        findings=[
            text_finding(text, "until 10pm"),
            text_finding(
                text,
                "court with the Ortiz kids",
                rule_id="PC-CASE-002",
                category="case_details",
                severity=Severity.HIGH,
                message="Names a court task with a client family.",
                fix="Say nothing about court or the family.",
                cites={"la-dcfs": "Which court department.", "dc-cfsa": "Confidential information about the client."},
            ),
            text_finding(text, "Ortiz", rule_id="PC-ID-001", category="client_identity", severity=Severity.HIGH,
                         message="Names a client family."),
            text_finding(text, "at 8am", suppressed=True, suppression_reason="time of a public hearing"),
        ],
        timings={"text": 0.012, "rules": 0.003},
    )


@pytest.fixture
def photo_report(photo: Path) -> Report:
    """A warned post with a photo: a face box, a text box and a finding on a region."""
    return Report(
        post=Post(
            id="p2", text="Great day at the park!", images=[photo], source=SourceLocation("exports/posts.jsonl", line=4)
        ),
        findings=[
            Finding(
                rule_id="PC-PHOTO-001",
                category="person_photo",
                severity=Severity.MEDIUM,
                message="A face is clearly visible.",
                fix="Confirm consent and that no client is shown, or crop the face out.",
                cites={"renison": "Taking and sharing photos without consent."},
                detector="faces",
                confidence=0.8,
                image=str(photo),
                region=Region(250, 100, 120, 150),
            )
        ],
        images=[
            ImageSummary(
                path=str(photo), width=640, height=480, format="JPEG", gps=(34.05, -118.25),
                faces=[Region(250, 100, 120, 150)], text_regions=[Region(420, 300, 180, 50)], ocr_text="LINCOLN ELEM",
            )
        ],
    )


@pytest.fixture
def error_report() -> Report:
    """A post a detector failed on, and whose photo could not be read."""
    return Report(
        post=Post(id="p3", text="Quiet shift.", images=[Path("missing.jpg")]),
        errors=[
            ScreenError(ErrorKind.DETECTOR, "presidio", "analyzer could not be built"),
            ScreenError(ErrorKind.INPUT, "image-reader", "file not found", image="missing.jpg"),
        ],
    )


@pytest.fixture
def clean_report() -> Report:
    return Report(post=Post(id="p4", text="Proud of our team at the recruitment fair today!"))


@pytest.fixture
def hostile_report() -> Report:
    """Markup and formula-looking text in every field a draft or a rule can fill."""
    text = '<script>alert("x")</script> =HYPERLINK("http://evil.example") call 555-0100'
    return Report(
        post=Post(id='<img src=x onerror=alert(1)>', text=text, source=SourceLocation(file="a b/<c>.jsonl", line=1)),
        findings=[
            text_finding(text, "<script>", rule_id="PC-X-<b>", category="contact_pii", severity=Severity.HIGH,
                         message="<b>bold</b> message", fix="\"quoted\" & <fix>"),
            text_finding(text, "=HYPERLINK", category="contact_pii", severity=Severity.LOW),
        ],
    )


@pytest.fixture
def all_reports(schedule_report, photo_report, error_report, clean_report, hostile_report) -> list[Report]:
    return [schedule_report, photo_report, error_report, clean_report, hostile_report]
