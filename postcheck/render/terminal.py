"""The report a worker reads: the verdict in words and colour, the draft with flagged spans
highlighted, and one row per finding saying what, why (which policy) and how to fix it."""

from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from postcheck.model import Finding, Report, Severity, Verdict
from postcheck.render.json_report import finding_fingerprint

# Colour is never the only signal: each verdict is also spelled out in words.
VERDICT_COLOUR = {Verdict.BLOCK: "red", Verdict.WARN: "yellow", Verdict.PASS: "green", Verdict.ERROR: "magenta"}
VERDICT_WORDS = {
    Verdict.BLOCK: "BLOCK — do not post this draft",
    Verdict.WARN: "WARN — review before posting",
    Verdict.PASS: "PASS — no policy problems found",
    Verdict.ERROR: "ERROR — screening did not complete; do not treat as safe",
}
SEVERITY_STYLE = {Severity.HIGH: "red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan"}
HIGHLIGHT = {Severity.HIGH: "bold white on red", Severity.MEDIUM: "black on yellow", Severity.LOW: "black on cyan"}


def visible(text: str) -> str:
    """Control characters from a draft shown as symbols, one for one (offsets keep): an escape
    sequence in a draft must not clear the screen or retitle the window."""
    return _CR_BEFORE_LF.sub(" ", text).translate(_CONTROL_PICTURES)


# C0 controls as their Unicode "control pictures" (␛ for ESC), DEL as ␡, C1 controls as �;
# line breaks and tabs are kept, and a Windows line end's CR is shown as a space.
_CR_BEFORE_LF = re.compile(r"\r(?=\n)")
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
_CONTROL_PICTURES |= {0x7F: "\u2421"} | {code: "\ufffd" for code in range(0x80, 0xA0)}


def category_title(category: str) -> str:
    """The category's title for people, from rules/categories.yaml (its key if it has none)."""
    from postcheck.rulebook import load_rulebook

    known = load_rulebook().categories.get(category)
    return known.title if known else category


def where(finding: Finding) -> str:
    """Where a finding points: the quoted words, or the photo and its region."""
    if finding.image:
        place = f"photo {finding.image}"
        if finding.region:
            r = finding.region
            place += f" at x={r.x}, y={r.y} ({r.width}×{r.height} px)"
        return visible(place + (f': "{finding.quote}"' if finding.quote else ""))
    return f'"{visible(finding.quote)}"' if finding.quote else "(the post as a whole)"


def _citation_lines(finding: Finding) -> list[Text]:
    """The lead policy clause in full and a count of the others (all are in --format json)."""
    cites = list(finding.cites.values())
    if not cites:
        return []
    lines = [Text(f"• {cites[0]}", style="dim")]
    if len(cites) > 1:
        lines.append(Text(f"  (+{len(cites) - 1} more {'policy' if len(cites) == 2 else 'policies'}; "
                          f"postcheck explain {finding.rule_id})", style="dim italic"))
    return lines


def highlighted_text(report: Report) -> Text:
    text = Text(visible(report.post.text))
    # Lower severities first so a high finding's colour wins where spans overlap.
    for finding in sorted(report.active_findings, key=lambda f: f.severity.rank):
        if finding.start is not None:
            text.stylize(HIGHLIGHT[finding.severity], finding.start, finding.end)
    return text


def render_report(report: Report, console: Console, *, show_text: bool = True) -> None:
    ink = "black" if report.verdict is Verdict.WARN else "white"  # legible on yellow
    style, words = f"bold {ink} on {VERDICT_COLOUR[report.verdict]}", VERDICT_WORDS[report.verdict]
    console.print(Text(f" {words} ", style=style))
    if report.post.source.file:
        console.print(Text(report.post.source.describe(), style="dim"))
    if show_text and report.post.text:
        console.print(Panel(highlighted_text(report), title="Your draft", title_align="left", border_style="dim"))
    findings = sorted(report.active_findings, key=lambda f: (-f.severity.rank, f.start or 0))
    if findings:
        table = Table(show_lines=True, expand=True, title=f"{len(findings)} finding(s)", title_justify="left")
        table.add_column("What", ratio=3)
        table.add_column("Why", ratio=4)
        table.add_column("How to fix", ratio=3)
        for finding in findings:
            what = Text.assemble(
                (f"{finding.severity.value.upper()} ", SEVERITY_STYLE[finding.severity]),
                (category_title(finding.category), "bold"), "\n", where(finding), "\n",
                (f"{finding.rule_label} · {finding_fingerprint(finding, report.post.source)}", "dim"),
            )
            why = Group(Text(finding.message), *_citation_lines(finding))
            table.add_row(what, why, Text(finding.fix))
        console.print(table)
    suppressed = [f for f in report.findings if f.suppressed]
    if suppressed:
        console.print(Text(f"{len(suppressed)} finding(s) suppressed (reasons in --format json; "
                           "see .postcheckignore or your baseline).", style="dim"))
    if findings:
        console.print(Text("Reviewed a finding and it is fine to post? `postcheck ignore FINGERPRINT "
                           "--reason \"...\"` records why (the ID after the rule).", style="dim"))
    for image in report.images:
        facts = [f"{image.width}×{image.height} {image.format}"]
        if image.captured_at:
            facts.append(f"taken {image.captured_at}")
        if image.device:
            facts.append(f"device {image.device}")
        if image.gps:
            facts.append(f"GPS {image.gps[0]:.5f}, {image.gps[1]:.5f}")
        facts.append(f"{len(image.faces)} face(s)")
        console.print(Text(f"Photo {image.path}: " + ", ".join(facts), style="dim"))
    for error in report.errors:
        target = f" ({error.image})" if error.image else ""
        console.print(Text(f"✖ {error.kind.value} error in {error.detector}{target}: {error.message}", style="magenta"))
    if report.verdict == Verdict.PASS:
        console.print(Text("Nothing here breaks the policy pack. You still know your clients best: "
                           "if a reader could work out who a client is, don't post it.", style="green"))
