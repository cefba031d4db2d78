"""What the page shows for one report, worked out from `report_to_dict` (the one JSON form of
a report) so that the templates only lay it out: the draft cut into highlighted pieces, the
finding cards numbered, and the boxes to draw over each photo."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from postcheck.model import Report, Severity, Verdict
from postcheck.render.json_report import report_to_dict
from postcheck.render.pieces import cut_at_findings
from postcheck.render.terminal import VERDICT_WORDS, category_title
from postcheck.rewrite import safer_rewrite

# Each severity and verdict in words and a symbol as well as a colour: colour is never the only signal.
SEVERITY_WORDS = {"high": "Must fix", "medium": "Check before posting", "low": "Worth a look"}
VERDICT_SYMBOL = {"block": "✕", "warn": "!", "pass": "✓", "error": "?"}


@dataclass
class TextPiece:
    """A run of the draft; `numbers` are the cards of the findings that cover it (none: not flagged)."""

    text: str
    numbers: list[int] = field(default_factory=list)
    severity: str = ""
    ending: list[int] = field(default_factory=list)  # findings whose span ends here: their [n] goes after it


@dataclass
class Box:
    """A box over a photo, in the photo's own pixels; the SVG's viewBox scales it to the thumbnail."""

    kind: str  # face, text or finding: the box's style
    label: str  # the words drawn beside it, so colour is never the only signal
    x: int
    y: int
    width: int
    height: int
    severity: str = ""


@dataclass
class PhotoView:
    index: int  # the photo's place in the request: the page shows that file from the browser's memory
    name: str
    summary: dict[str, Any] | None  # the report's image entry; None when the photo could not be read
    boxes: list[Box]
    finding_numbers: list[int]

    @property
    def label_size(self) -> float:
        """Label text height in the photo's pixels: about a twentieth of the thumbnail, whatever its size."""
        return max(self.summary["width"], self.summary["height"]) / 20 if self.summary else 0

    def label_y(self, box: Box) -> float:
        """Where a box's label sits: above the box, or inside its top when the box touches the photo's top."""
        return box.y - self.label_size * 0.25 if box.y > self.label_size else box.y + self.label_size


def result_context(report: Report) -> dict[str, Any]:
    """Everything the result template needs for one screened draft."""
    data = report_to_dict(report)
    verdict = Verdict(data["verdict"])
    findings = data["findings"]
    for number, finding in enumerate(findings, start=1):
        finding["number"] = number
        finding["category_title"] = category_title(finding["category"])
    # No rewrite when screening did not complete: it would look like a safe version of an unchecked draft.
    needs_rewrite = verdict in (Verdict.BLOCK, Verdict.WARN)
    rewrite = safer_rewrite(report.post.text, report.active_findings) if needs_rewrite else None
    return {
        "report": data,
        "verdict": verdict.value,
        "verdict_words": VERDICT_WORDS[verdict],
        "verdict_symbol": VERDICT_SYMBOL[verdict.value],
        "severity_words": SEVERITY_WORDS,
        "pieces": highlighted_pieces(report, findings),
        "photos": photo_views(data),
        "rewrite": rewrite,
        "rewrite_changed": rewrite is not None and rewrite != report.post.text,
        "active_count": sum(1 for f in findings if not f["suppressed"]),
    }


def highlighted_pieces(report: Report, findings: list[dict[str, Any]]) -> list[TextPiece]:
    """The draft cut at every finding's edges (`findings`: the report's, as numbered cards);
    each piece is marked once with the worst active severity over it, as the HTML report does."""
    text = report.post.text
    pieces = []
    for start, end, indices in cut_at_findings(text, report.findings):
        covering = [findings[i] for i in indices]
        worst = max((Severity(f["severity"]) for f in covering if not f["suppressed"]),
                    key=lambda severity: severity.rank, default=None)
        severity = "" if not covering else worst.value if worst else "suppressed"
        pieces.append(TextPiece(text[start:end], [f["number"] for f in covering], severity,
                                [f["number"] for f in covering if f["span"]["end"] == end]))
    return pieces


def photo_views(data: dict[str, Any]) -> list[PhotoView]:
    """One view per attached photo, in the order they were sent, with its boxes."""
    summaries = {image["path"]: image for image in data["images"]}
    views = []
    for index, name in enumerate(data["post"]["images"]):
        summary = summaries.get(name)
        about = [f for f in data["findings"] if f["image"] == name]
        boxes: list[Box] = []
        if summary is not None:
            boxes = [Box("finding", str(f["number"]), **f["region"], severity=f["severity"])
                     for f in about if f["region"]]
            for kind, regions in (("face", summary["faces"]), ("text", summary["text_regions"])):
                for region in regions:
                    # A face a finding is about is one box, labelled with both, not two labels on top of each other.
                    same = next((b for b in boxes if b.kind == "finding" and (b.x, b.y, b.width, b.height)
                                 == (region["x"], region["y"], region["width"], region["height"])), None)
                    if same is not None:
                        same.label += f" {kind}"
                    else:
                        boxes.append(Box(kind, kind, **region))
        views.append(PhotoView(index, name, summary, boxes, [f["number"] for f in about]))
    return views
