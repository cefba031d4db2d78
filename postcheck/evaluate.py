"""Metrics of the screener over a labelled set (JSON Lines: text, verdict, categories, evidence)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from postcheck.errors import InputError
from postcheck.model import Post, Report, SourceLocation, Verdict


@dataclass
class LabeledPost:
    post: Post
    verdict: Verdict
    categories: set[str]
    evidence: list[tuple[str, str]]  # (category, quote)
    image_evidence: list[tuple[str, str]] = field(default_factory=list)  # (image, category)
    near_miss: bool = False  # a clean post that looks risky but is allowed


def read_labeled(path: Path) -> Iterator[LabeledPost]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read labeled set {path}: {type(exc).__name__}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            post = Post(
                id=str(raw["id"]),
                text=raw["text"],
                images=[path.parent / p for p in raw.get("images") or []],
                source=SourceLocation(file=str(path), line=number, post_id=str(raw["id"])),
            )
            yield LabeledPost(
                post=post,
                verdict=Verdict(raw["verdict"]),
                categories=set(raw.get("categories") or []),
                evidence=[(e["category"], e["quote"]) for e in raw.get("evidence") or []],
                image_evidence=[(str(path.parent / e["image"]), e["category"])
                                for e in raw.get("image_evidence") or []],
                near_miss=bool(raw.get("near_miss")),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a labeled post ({type(exc).__name__}: {exc})") from exc


@dataclass
class Scores:
    posts: int = 0
    verdict_correct: int = 0
    gold_block: int = 0
    block_caught: int = 0
    block_as_pass: int = 0
    gold_pass: int = 0
    pass_flagged: int = 0
    gold_near_miss: int = 0
    near_miss_flagged: int = 0
    errors: int = 0
    evidence_total: int = 0
    evidence_found: int = 0
    true_pos: Counter = field(default_factory=Counter)
    false_pos: Counter = field(default_factory=Counter)
    false_neg: Counter = field(default_factory=Counter)
    mistakes: list[dict] = field(default_factory=list)

    def add(self, labeled: LabeledPost, report: Report) -> None:
        predicted = report.verdict
        self.posts += 1
        self.verdict_correct += predicted == labeled.verdict
        self.errors += predicted == Verdict.ERROR
        if labeled.verdict == Verdict.BLOCK:
            self.gold_block += 1
            self.block_caught += predicted == Verdict.BLOCK
            self.block_as_pass += predicted == Verdict.PASS
        if labeled.verdict == Verdict.PASS:
            self.gold_pass += 1
            self.pass_flagged += predicted != Verdict.PASS
            if labeled.near_miss:
                self.gold_near_miss += 1
                self.near_miss_flagged += predicted != Verdict.PASS
        found = {f.category for f in report.active_findings}
        for category in found | labeled.categories:
            if category in found and category in labeled.categories:
                self.true_pos[category] += 1
            elif category in found:
                self.false_pos[category] += 1
            else:
                self.false_neg[category] += 1
        for category, quote in labeled.evidence:
            self.evidence_total += 1
            self.evidence_found += _quote_found(report, category, quote)
        for image, category in labeled.image_evidence:
            self.evidence_total += 1
            self.evidence_found += any(f.category == category and f.image == image for f in report.active_findings)
        if predicted != labeled.verdict or found != labeled.categories:
            self.mistakes.append({
                "id": labeled.post.id, "expected": labeled.verdict.value, "got": predicted.value,
                "missing": sorted(labeled.categories - found), "extra": sorted(found - labeled.categories),
            })

    def as_dict(self) -> dict:
        categories = sorted(set(self.true_pos) | set(self.false_pos) | set(self.false_neg))
        return {
            "posts": self.posts,
            "verdict_accuracy": _ratio(self.verdict_correct, self.posts),
            "block_recall": _ratio(self.block_caught, self.gold_block),
            "blocks_reported_as_pass": self.block_as_pass,
            "false_alarm_rate_on_pass": _ratio(self.pass_flagged, self.gold_pass),
            "false_alarm_rate_on_near_misses": _ratio(self.near_miss_flagged, self.gold_near_miss),
            "evidence_quote_recall": _ratio(self.evidence_found, self.evidence_total),
            "errors": self.errors,
            "categories": {
                c: {
                    "support": self.true_pos[c] + self.false_neg[c],
                    "recall": _ratio(self.true_pos[c], self.true_pos[c] + self.false_neg[c]),
                    "precision": _ratio(self.true_pos[c], self.true_pos[c] + self.false_pos[c]),
                }
                for c in categories
            },
            "mistakes": self.mistakes,
        }


def _quote_found(report: Report, category: str, quote: str) -> bool:
    """A quote counts as found when a finding of its category overlaps it in the text."""
    start = report.post.text.find(quote)
    if start < 0:
        return False
    end = start + len(quote)
    return any(f.category == category and f.start is not None and f.start < end and start < f.end
               for f in report.active_findings)


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


def evaluate(labeled: Iterable[LabeledPost], screen) -> Scores:
    """Screen every labeled post with `screen(posts) -> reports` and score the reports."""
    items = list(labeled)
    scores = Scores()
    for item, report in zip(items, screen([i.post for i in items])):
        scores.add(item, report)
    return scores
