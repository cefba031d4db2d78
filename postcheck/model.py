"""Plain data shared by every part of postcheck.

This module imports nothing else of the project: readers build `Post`s, the screener
turns them into `Report`s, and every renderer reads `Report`s and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    """How bad a finding is. The verdict is the highest severity present."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


class Verdict(str, Enum):
    """What a careful supervisor would decide, or `error` when screening did not complete."""

    PASS = "pass"
    WARN = "warn"
    BLOCK = "block"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _VERDICT_RANK[self]


_VERDICT_RANK = {Verdict.PASS: 0, Verdict.WARN: 1, Verdict.BLOCK: 2, Verdict.ERROR: 3}


class ErrorKind(str, Enum):
    """Why a post could not be fully screened; each maps to its own exit code."""

    INPUT = "input"  # the post or one of its images could not be read (exit 2)
    DETECTOR = "detector"  # a detector could not run (exit 3)


@dataclass(frozen=True)
class SourceLocation:
    """Where a post came from, so a report can point back to it."""

    file: str | None = None
    line: int | None = None  # 1-based line or CSV row
    post_id: str | None = None  # the platform's own id, when it has one
    timestamp: str | None = None  # ISO-8601 when known

    def describe(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file + (f":{self.line}" if self.line else ""))
        if self.post_id:
            parts.append(f"id {self.post_id}")
        if self.timestamp:
            parts.append(self.timestamp)
        return ", ".join(parts) or "(inline draft)"


@dataclass(frozen=True)
class InMemoryPhoto:
    """A photo held in memory only (uploaded to `postcheck serve`): never written to disk.

    It stands where a photo's path would, so its name is what reports show.
    """

    name: str
    data: bytes = field(repr=False)

    def __str__(self) -> str:
        return self.name


@dataclass
class Post:
    """One draft: its text and the photos attached to it (files, or photos held in memory)."""

    id: str
    text: str
    images: list[Path | InMemoryPhoto] = field(default_factory=list)
    source: SourceLocation = field(default_factory=SourceLocation)


@dataclass(frozen=True)
class Region:
    """A pixel box inside an image."""

    x: int
    y: int
    width: int
    height: int


@dataclass
class Finding:
    """One thing wrong with a post: what, why (the policy clauses), and how to fix it."""

    rule_id: str
    category: str
    severity: Severity
    message: str
    fix: str
    cites: dict[str, str]  # policy key -> the clause, in the policy's words
    detector: str
    confidence: float
    start: int | None = None  # character span in the post's text, end exclusive
    end: int | None = None
    quote: str = ""
    image: str | None = None  # the image a photo finding is about
    region: Region | None = None
    suppressed: bool = False
    suppression_reason: str | None = None
    # Other rules that found the same problem (same category, the same words or photo region):
    # one problem is one finding, whichever rules saw it.
    also_rules: list[str] = field(default_factory=list)
    # What the quoted words are, for the safer rewrite (a rule's `rewrite:`): see rewrite.py.
    rewrite_as: str | None = None

    @property
    def rule_ids(self) -> list[str]:
        return [self.rule_id, *self.also_rules]

    def overlaps(self, other: "Finding") -> bool:
        """Whether the two quote overlapping words of the draft."""
        return (self.start is not None and other.start is not None
                and self.start < other.end and other.start < self.end)

    @property
    def rule_label(self) -> str:
        """The rule ID as reports show it: "PC-ID-001 (also PC-ID-011)"."""
        return f"{self.rule_id} (also {', '.join(self.also_rules)})" if self.also_rules else self.rule_id


@dataclass
class ScreenError:
    """A part of the screening that did not happen. Never a silent pass.

    `message` must not contain draft text: it may be logged.
    """

    kind: ErrorKind
    detector: str
    message: str
    image: str | None = None


@dataclass
class ImageSummary:
    """What was learned about one attached image besides its findings."""

    path: str
    width: int
    height: int
    format: str
    captured_at: str | None = None
    device: str | None = None
    gps: tuple[float, float] | None = None
    faces: list[Region] = field(default_factory=list)
    text_regions: list[Region] = field(default_factory=list)
    ocr_text: str = ""


@dataclass
class Report:
    """The result of screening one post."""

    post: Post
    findings: list[Finding] = field(default_factory=list)
    errors: list[ScreenError] = field(default_factory=list)
    images: list[ImageSummary] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds

    @property
    def active_findings(self) -> list[Finding]:
        return [f for f in self.findings if not f.suppressed]

    @property
    def verdict(self) -> Verdict:
        if self.errors:
            return Verdict.ERROR
        return verdict_for(self.active_findings)


def verdict_for(findings: list[Finding]) -> Verdict:
    """Any high finding blocks; any medium or low warns; none passes."""
    if not findings:
        return Verdict.PASS
    worst = max(f.severity.rank for f in findings)
    return Verdict.BLOCK if worst >= Severity.HIGH.rank else Verdict.WARN


@dataclass
class Unreadable:
    """A record an input reader could not turn into a Post; the batch goes on without it.

    `reason` says what was wrong with the record, never what it contained.
    """

    source: SourceLocation
    reason: str


def unreadable_report(item: Unreadable) -> Report:
    """The Report for a record that could not be read: no findings, one input error."""
    post = Post(id=item.source.post_id or item.source.describe(), text="", source=item.source)
    return Report(post=post, errors=[ScreenError(ErrorKind.INPUT, "reader", item.reason)])
