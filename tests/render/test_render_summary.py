"""The scan summary: counts by verdict and category, the worst posts, in bounded memory."""

import io
from dataclasses import replace

from rich.console import Console

from postcheck.model import ErrorKind, Post, Report, Verdict
from postcheck.render.summary import ScanSummary, render_summary


def summarise(reports, keep=10) -> ScanSummary:
    summary = ScanSummary(keep=keep)
    for report in reports:
        summary.add(report)
    return summary


def test_counts_posts_by_verdict_and_category(all_reports):
    summary = summarise(all_reports)
    assert summary.posts == 5
    assert summary.by_verdict == {Verdict.BLOCK: 2, Verdict.WARN: 1, Verdict.ERROR: 1, Verdict.PASS: 1}
    assert summary.posts_by_category["contact_pii"] == 1  # one post, two findings
    assert summary.posts_by_category["schedule_disclosure"] == 1
    assert summary.errors == 2 and summary.posts_with_errors == 1
    assert summary.errors_by_kind == {ErrorKind.DETECTOR: 1, ErrorKind.INPUT: 1}
    assert summary.suppressed == 1
    assert summary.findings == sum(len(r.active_findings) for r in all_reports)


def test_categories_come_most_severe_first(all_reports):
    categories = summarise(all_reports).categories()
    high = {"case_details", "client_identity", "contact_pii"}
    assert set(categories[:3]) == high
    assert set(categories[3:]) == {"schedule_disclosure", "person_photo"}


def test_worst_posts_are_ranked_and_bounded(all_reports, schedule_report):
    # Many more posts than the summary keeps: only the `keep` worst survive, worst first.
    lighter = replace(schedule_report, findings=schedule_report.findings[:2])
    many = all_reports + [replace(lighter, post=Post(id=f"x{i}", text=lighter.post.text)) for i in range(50)]
    summary = summarise(many, keep=3)
    worst = summary.worst()
    assert [w.post_id for w in worst] == ["p3", "p1", "<img src=x onerror=alert(1)>"]
    assert [w.verdict for w in worst] == [Verdict.ERROR, Verdict.BLOCK, Verdict.BLOCK]
    assert worst[1].findings == 3 and worst[1].index == 0
    assert summary.posts == 55


def test_passing_posts_are_never_among_the_worst(clean_report):
    assert summarise([clean_report] * 3).worst() == []


def test_render_summary_prints_tables_without_reading_ids_as_markup(all_reports):
    console = Console(file=io.StringIO(), width=160, color_system=None)
    odd = Report(post=Post(id="[bold]x[/bold]", text=""), findings=all_reports[0].findings)
    render_summary(summarise(all_reports + [odd]), console)
    printed = console.file.getvalue()
    assert "6 posts screened" in printed
    assert "2 errors in 1 posts" in printed
    assert "[bold]x[/bold]" in printed
    assert "case_details" in printed
