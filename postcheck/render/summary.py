"""Counts over a batch of reports, kept in bounded memory, and their terminal rendering.

`ScanSummary` sees every report once (`add`) and keeps only counters and the few worst
posts, so a scan of any size summarises in constant memory.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table
from rich.text import Text

from postcheck.model import ErrorKind, Report, Severity, Verdict
from postcheck.render.terminal import VERDICT_COLOUR



@dataclass(frozen=True, order=True)
class WorstPost:
    """One of the worst posts of a scan. Ordered so that the worse post is the greater."""

    rank: tuple[int, int, int, int]  # verdict, high findings, active findings, earlier first
    index: int = field(compare=False)  # 0-based position in the scan
    post_id: str = field(compare=False)
    source: str = field(compare=False)
    verdict: Verdict = field(compare=False)
    findings: int = field(compare=False)
    categories: tuple[str, ...] = field(compare=False)


class ScanSummary:
    """What a scan found, by verdict and by category, plus the `keep` worst posts.

    An unscreened post (verdict `error`) ranks worst of all: it was not cleared.
    """

    def __init__(self, keep: int = 10) -> None:
        self.keep = keep
        self.posts = 0
        self.by_verdict: Counter[Verdict] = Counter()
        self.posts_by_category: Counter[str] = Counter()  # a post counts once per category
        self.category_severity: dict[str, Severity] = {}
        self.findings = 0  # active findings
        self.suppressed = 0
        self.errors_by_kind: Counter[ErrorKind] = Counter()  # ScreenErrors over all posts, as the summary shows them
        self.posts_with_errors = 0
        self._worst: list[WorstPost] = []  # min-heap of the `keep` worst so far

    def add(self, report: Report) -> None:
        """Count one report; reports are numbered in the order they are added."""
        index = self.posts
        self.posts += 1
        verdict = report.verdict
        self.by_verdict[verdict] += 1
        active = report.active_findings
        self.findings += len(active)
        self.suppressed += len(report.findings) - len(active)
        self.errors_by_kind.update(e.kind for e in report.errors)
        self.posts_with_errors += bool(report.errors)
        categories = sorted({f.category for f in active})
        self.posts_by_category.update(categories)
        for finding in active:
            known = self.category_severity.get(finding.category)
            if known is None or finding.severity.rank > known.rank:
                self.category_severity[finding.category] = finding.severity
        if verdict is not Verdict.PASS:
            self._consider(report, index, verdict, len(active), tuple(categories))

    @property
    def errors(self) -> int:
        """ScreenErrors over all posts."""
        return sum(self.errors_by_kind.values())

    def worst(self) -> list[WorstPost]:
        """The worst posts seen, worst first."""
        return sorted(self._worst, reverse=True)

    def categories(self) -> list[str]:
        """Categories seen, most severe first, then most frequent."""
        return sorted(
            self.posts_by_category,
            key=lambda c: (-self.category_severity[c].rank, -self.posts_by_category[c], c),
        )

    def _consider(
        self, report: Report, index: int, verdict: Verdict, active: int, categories: tuple[str, ...]
    ) -> None:
        high = sum(f.severity is Severity.HIGH for f in report.active_findings)
        entry = WorstPost(
            rank=(verdict.rank, high, active, -index),
            index=index,
            post_id=report.post.id,
            source=report.post.source.describe(),
            verdict=verdict,
            findings=active,
            categories=categories,
        )
        if len(self._worst) < self.keep:
            heapq.heappush(self._worst, entry)
        elif entry > self._worst[0]:
            heapq.heapreplace(self._worst, entry)


def render_summary(summary: ScanSummary, console: Console) -> None:
    """Print the scan's summary: posts by verdict, by category, and the worst posts."""
    verdicts = Table(title=f"{summary.posts} posts screened", title_justify="left")
    verdicts.add_column("verdict")
    verdicts.add_column("posts", justify="right")
    for verdict in (Verdict.BLOCK, Verdict.WARN, Verdict.PASS, Verdict.ERROR):
        style = VERDICT_COLOUR[verdict]
        verdicts.add_row(Text(verdict.value, style=style), str(summary.by_verdict[verdict]))
    console.print(verdicts)
    if summary.errors:
        console.print(
            Text(
                f"{summary.errors} errors in {summary.posts_with_errors} posts: those posts were not fully screened.",
                style=VERDICT_COLOUR[Verdict.ERROR],
            )
        )

    if summary.posts_by_category:
        categories = Table(title="Posts by category", title_justify="left")
        categories.add_column("category")
        categories.add_column("severity")
        categories.add_column("posts", justify="right")
        for category in summary.categories():
            categories.add_row(
                Text(category), summary.category_severity[category].value, str(summary.posts_by_category[category])
            )
        console.print(categories)

    worst = summary.worst()
    if worst:
        table = Table(title="Worst posts", title_justify="left")
        table.add_column("post", overflow="fold")
        # The source is what a supervisor opens next: never cut it short, wrap it instead.
        longest = max(len(post.source) for post in worst)
        table.add_column("source", overflow="fold", min_width=min(longest, 20))
        table.add_column("verdict")
        table.add_column("findings", justify="right")
        table.add_column("categories", overflow="fold")
        for post in worst:
            # Ids and sources come from the export: Text keeps rich from reading them as markup.
            table.add_row(
                Text(post.post_id, overflow="fold"),
                Text(post.source, overflow="fold"),
                Text(post.verdict.value, style=VERDICT_COLOUR[post.verdict]),
                str(post.findings),
                Text("\n".join(post.categories), overflow="fold"),
            )
        console.print(table)
