"""One self-contained HTML file for a scan: summary, filters, and every post with its
flagged words highlighted and its photos shown with boxes where faces and text were found.

Nothing is loaded from the network: the stylesheet, the script and the photo thumbnails
(data: URIs) are inside the file, and a Content-Security-Policy forbids anything else.
Posts are rendered as they arrive into a temporary file; `close` writes the page around
them, so memory stays flat however many posts there are.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import tempfile
from datetime import datetime, timezone
from html import escape
from typing import TextIO

from postcheck import __version__
from postcheck.model import Finding, ImageSummary, Region, Report, Verdict
from postcheck.render.html_assets import CSS, SCRIPT
from postcheck.render.pieces import cut_at_findings
from postcheck.render.summary import ScanSummary
from postcheck.render.thumbnails import thumbnail_data_uri

THUMBNAIL_SIZE = 320
VERDICT_ORDER = (Verdict.BLOCK, Verdict.WARN, Verdict.PASS, Verdict.ERROR)
VERDICT_LABEL = {
    Verdict.BLOCK: "block",
    Verdict.WARN: "warn",
    Verdict.PASS: "pass",
    Verdict.ERROR: "not screened",
}


class HtmlWriter:
    """Writes the HTML report of a scan to `out` at `close`."""

    def __init__(self, out: TextIO, *, title: str = "postcheck report", worst: int = 10) -> None:
        self._out = out
        self._title = title
        self._summary = ScanSummary(keep=worst)
        self._posts = tempfile.TemporaryFile("w+", encoding="utf-8")

    def write(self, report: Report) -> None:
        index = self._summary.posts
        self._summary.add(report)
        self._posts.write(post_section(report, index))

    def close(self) -> None:
        out = self._out
        script_hash = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
        # Only the inline script written here may run, and nothing may be fetched.
        policy = f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'"
        out.write(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(self._title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        )
        out.write(_summary_section(self._summary, self._title))
        out.write(_filters(self._summary))
        out.write('<section id="posts">\n')
        self._posts.seek(0)
        shutil.copyfileobj(self._posts, out)
        self._posts.close()
        out.write(f"</section>\n</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n")
        out.flush()


def post_section(report: Report, index: int) -> str:
    """One post as an <article>: header, highlighted text, photos, findings, errors."""
    post = report.post
    verdict = report.verdict
    categories = sorted({f.category for f in report.active_findings})
    parts = [
        f'<article class="post v-{verdict.value}" id="post-{index}" data-verdict="{verdict.value}"'
        f' data-categories="{escape(" ".join(categories))}">\n',
        '<div class="post-head">',
        _badge(verdict),
        f"<h2>{escape(post.id)}</h2>",
        f'<span class="muted">{escape(post.source.describe())}</span>',
        "</div>\n",
    ]
    if post.text:
        parts.append(f'<div class="post-text">{highlight(post.text, report.findings)}</div>\n')
    parts.append(_photos(report))
    if report.findings:
        parts.append('<ol class="findings">\n')
        parts.extend(_finding_item(f) for f in report.findings)
        parts.append("</ol>\n")
    elif verdict is Verdict.PASS:
        parts.append('<p class="muted">Nothing found.</p>\n')
    if report.errors:
        parts.append('<ul class="errors">\n')
        for error in report.errors:
            about = f" (photo {escape(error.image)})" if error.image else ""
            parts.append(
                f"<li><b>{escape(error.kind.value)} error</b> in {escape(error.detector)}: "
                f"{escape(error.message)}{about}. This post was not fully screened.</li>\n"
            )
        parts.append("</ul>\n")
    parts.append("</article>\n")
    return "".join(parts)


def highlight(text: str, findings: list[Finding]) -> str:
    """The text, escaped, with every finding's span wrapped in a <mark>.

    Overlapping spans are cut into pieces; each piece is marked once, coloured by the most
    severe active finding over it, with every covering finding's message in its tooltip.
    """
    pieces = []
    for start, end, indices in cut_at_findings(text, findings):
        piece = escape(text[start:end])
        covering = [findings[i] for i in indices]
        if not covering:
            pieces.append(piece)
            continue
        worst = max(covering, key=lambda f: (not f.suppressed, f.severity.rank))
        classes = f"sev-{worst.severity.value} cat-{_css_name(worst.category)}"
        if worst.suppressed:
            classes += " suppressed"
        tip = "\n".join(_tooltip(f) for f in covering)
        pieces.append(f'<mark class="{classes}" title="{escape(tip)}">{piece}</mark>')
    return "".join(pieces)


def _tooltip(finding: Finding) -> str:
    line = f"{finding.category} ({finding.severity.value}): {finding.message}"
    return line + (" [suppressed]" if finding.suppressed else "")


def _photos(report: Report) -> str:
    """Every attached photo as a thumbnail with its boxes, or a note when it cannot be shown."""
    summaries = {summary.path: summary for summary in report.images}
    paths = list(dict.fromkeys([*map(str, report.post.images), *summaries]))
    if not paths:
        return ""
    figures = "".join(_figure(path, summaries.get(path), report.findings) for path in paths)
    has_boxes = any(s.faces or s.text_regions for s in report.images) or any(f.region for f in report.findings)
    return f'<div class="photos">{figures}</div>{_LEGEND if has_boxes else ""}\n'


_LEGEND = (
    '<div class="legend muted"><span><i style="border-color:#00b0ff"></i>face</span>'
    '<span><i style="border-color:#ffab00;border-style:dashed"></i>text</span>'
    '<span><i style="border-color:var(--high)"></i>finding</span></div>'
)


def _figure(path: str, summary: ImageSummary | None, findings: list[Finding]) -> str:
    uri = thumbnail_data_uri(path, THUMBNAIL_SIZE)
    name = escape(path)
    if uri is None:
        return f'<figure><div class="nothumb">photo could not be shown</div><figcaption>{name}</figcaption></figure>'
    boxes = []
    if summary is not None and summary.width and summary.height:
        size = (summary.width, summary.height)
        boxes += [_box(r, size, "face", "face found", "") for r in summary.faces]
        boxes += [_box(r, size, "text", "text found", "") for r in summary.text_regions]
        for finding in findings:
            if finding.image == path and finding.region is not None:
                tip = f"{finding.category} ({finding.severity.value}): {finding.message}"
                boxes.append(_box(finding.region, size, "finding", tip, finding.category))
    caption = [name]
    if summary is not None:
        caption.append(f"{summary.width}×{summary.height} {escape(summary.format)}")
        if summary.gps:
            caption.append(f"GPS {summary.gps[0]:.5f}, {summary.gps[1]:.5f}")
        if summary.captured_at:
            caption.append(f"taken {escape(summary.captured_at)}")
    return (
        f'<figure><div class="frame"><img src="{uri}" alt="{name}">{"".join(boxes)}</div>'
        f'<figcaption>{" · ".join(caption)}</figcaption></figure>'
    )


def _box(region: Region, size: tuple[int, int], kind: str, tip: str, label: str) -> str:
    """A box over the thumbnail, placed in percent of the photo so any thumbnail size fits."""
    width, height = size
    style = (
        f"left:{100 * region.x / width:.2f}%;top:{100 * region.y / height:.2f}%;"
        f"width:{100 * region.width / width:.2f}%;height:{100 * region.height / height:.2f}%"
    )
    tag = f"<span>{escape(label)}</span>" if label else ""
    return f'<div class="box {kind}" style="{style}" title="{escape(tip)}">{tag}</div>'


def _finding_item(finding: Finding) -> str:
    quote = f" <q>{escape(finding.quote)}</q>" if finding.quote else ""
    where = f" <span class=\"muted\">in photo {escape(finding.image)}</span>" if finding.image else ""
    suppressed = ""
    if finding.suppressed:
        reason = escape(finding.suppression_reason or "no reason given")
        suppressed = f'<div class="muted">Suppressed: {reason}. It does not count toward the verdict.</div>'
    cites = ""
    if finding.cites:
        items = "".join(f"<li><b>{escape(key)}</b>: {escape(clause)}</li>" for key, clause in finding.cites.items())
        cites = f'<ul class="cites">{items}</ul>'
    severity = finding.severity.value
    return (
        f'<li class="finding{" suppressed" if finding.suppressed else ""}">'
        f'<span class="sev sev-{severity}">{severity}</span> <span class="cat">{escape(finding.category)}</span> '
        f"{escape(finding.message)}{quote}{where} "
        f'<span class="rule">{escape(finding.rule_label)} · {escape(finding.detector)} · {finding.confidence:.2f}</span>'
        f'<div class="fix">{escape(finding.fix)}</div>'
        f"{cites}{suppressed}</li>\n"
    )


def _badge(verdict: Verdict) -> str:
    return f'<span class="badge v-{verdict.value}">{VERDICT_LABEL[verdict]}</span>'


def _summary_section(summary: ScanSummary, title: str) -> str:
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    cards = "".join(
        f'<div class="card v-{v.value}"><b>{summary.by_verdict[v]}</b>{VERDICT_LABEL[v]}</div>' for v in VERDICT_ORDER
    )
    errors = ""
    if summary.errors:
        errors = (
            f'<p><b>{summary.errors} errors</b> in {summary.posts_with_errors} posts: those posts were not fully'
            " screened and are marked “not screened” below.</p>"
        )
    rows = "".join(
        f"<tr><td><span class=cat>{escape(c)}</span></td><td>{summary.category_severity[c].value}</td>"
        f'<td class="num">{summary.posts_by_category[c]}</td></tr>'
        for c in summary.categories()
    )
    categories = (
        f"<table><tr><th>category</th><th>severity</th><th>posts</th></tr>{rows}</table>"
        if rows
        else '<p class="muted">No findings.</p>'
    )
    worst_rows = "".join(
        f'<tr><td><a href="#post-{w.index}">{escape(w.post_id)}</a></td><td>{_badge(w.verdict)}</td>'
        f'<td class="num">{w.findings}</td><td>{escape(", ".join(w.categories))}</td></tr>'
        for w in summary.worst()
    )
    worst = (
        f"<table><tr><th>post</th><th>verdict</th><th>findings</th><th>categories</th></tr>{worst_rows}</table>"
        if worst_rows
        else '<p class="muted">Every post passed.</p>'
    )
    return (
        f"<header><h1>{escape(title)}</h1>"
        f'<div class="muted">{summary.posts} posts · {summary.findings} findings'
        f" ({summary.suppressed} suppressed) · postcheck {__version__} · {generated}</div></header>\n"
        f'<section class="panel" id="summary"><div class="cards">{cards}</div>{errors}\n'
        f'<div class="summary-grid"><div><h2>Posts by category</h2>{categories}</div>'
        f"<div><h2>Worst posts</h2>{worst}</div></div></section>\n"
    )


def _filters(summary: ScanSummary) -> str:
    verdicts = "".join(
        f'<label><input type="checkbox" name="verdict" value="{v.value}" checked> {VERDICT_LABEL[v]}'
        f" ({summary.by_verdict[v]})</label>"
        for v in VERDICT_ORDER
    )
    options = "".join(
        f'<option value="{escape(c)}">{escape(c)} ({summary.posts_by_category[c]})</option>'
        for c in summary.categories()
    )
    return (
        f'<form class="panel" id="filters"><b>Show</b>{verdicts}'
        f'<label>category <select name="category"><option value="">any</option>{options}</select></label>'
        '<span id="shown" class="muted"></span><noscript>(filters need JavaScript)</noscript></form>\n'
    )


def _css_name(name: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "", name.lower())
