"""Suppressions: the ignore file, baselines, and fingerprints that survive edits."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from postcheck.errors import InputError
from postcheck.model import Finding, Post, Report, Severity, SourceLocation, Verdict
from postcheck.render.json_report import JsonWriter, finding_fingerprint, load_schema, report_to_dict
from postcheck.render.jsonl import JsonlWriter
from postcheck.render.sarif import SarifWriter
from postcheck.suppress import Suppressor, add_to_ignore_file, read_baseline, read_ignore_file


def finding(rule_id: str, quote: str, start: int, severity: Severity = Severity.HIGH) -> Finding:
    return Finding(rule_id=rule_id, category="schedule_disclosure", severity=severity, message="m", fix="f",
                   cites={"generic": "clause"}, detector="rules", confidence=0.9,
                   start=start, end=start + len(quote), quote=quote)


def report(file: str = "posts/visit.md", *findings: Finding) -> Report:
    text = "Seeing the Ortiz kids Tuesday at 4pm at Maple Park."
    return Report(post=Post(id=file, text=text, source=SourceLocation(file=file)), findings=list(findings))


def make_report(file: str = "posts/visit.md") -> Report:
    return report(file, finding("PC-SCHED-001", "Tuesday at 4pm", 22),
                  finding("PC-LOC-001", "Maple  Park", 40, Severity.MEDIUM))


def fingerprints(rep: Report) -> list[str]:
    return [finding_fingerprint(f, rep.post.source) for f in rep.findings]


def ignore_entry(fingerprint: str, reason: str | None = "public event", rule: str | None = None) -> str:
    lines = ["[[ignore]]", f'fingerprint = "{fingerprint}"']
    if rule:
        lines.append(f'rule = "{rule}"')
    if reason is not None:
        lines.append(f'reason = "{reason}"')
    return "\n".join(lines) + "\n"


# Fingerprints


def test_fingerprint_ignores_offsets_and_spacing_but_not_the_post(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    base = finding("PC-SCHED-001", "Tuesday at 4pm", 22)
    here = SourceLocation(file="posts/visit.md")
    moved = replace(base, start=90, end=104, quote="tuesday  at\n4pm")
    assert finding_fingerprint(moved, here) == finding_fingerprint(base, here)
    assert finding_fingerprint(base, SourceLocation(file=str(tmp_path / "posts" / "visit.md"))) == \
        finding_fingerprint(base, here)  # absolute or relative, the same file
    assert finding_fingerprint(base, SourceLocation(file="./posts/visit.md")) == finding_fingerprint(base, here)
    assert finding_fingerprint(base, SourceLocation(file="posts/other.md")) != finding_fingerprint(base, here)
    assert finding_fingerprint(base, SourceLocation(file="posts.csv", line=3)) != \
        finding_fingerprint(base, SourceLocation(file="posts.csv", line=4))


def test_json_report_carries_the_post_aware_fingerprint():
    rep = make_report()
    assert [f["fingerprint"] for f in report_to_dict(rep)["findings"]] == fingerprints(rep)


# The ignore file


def test_ignored_finding_stays_in_the_report_marked_with_its_reason(tmp_path):
    rep = make_report()
    sched, loc = fingerprints(rep)
    ignore = tmp_path / ".postcheckignore"
    ignore.write_text(ignore_entry(sched, "Public adoption fair, announced by the county"), encoding="utf-8")
    Suppressor.load(ignore).apply(rep)
    assert len(rep.findings) == 2
    assert rep.findings[0].suppressed and rep.findings[0].suppression_reason == "Public adoption fair, announced by the county"
    assert not rep.findings[1].suppressed
    assert rep.verdict == Verdict.WARN  # the medium finding is still active
    document = report_to_dict(rep)
    jsonschema.validate(document, load_schema())
    assert [(f["suppressed"], f["suppression_reason"]) for f in document["findings"]] == [
        (True, "Public adoption fair, announced by the county"), (False, None)]


def test_suppression_is_bound_to_the_post(tmp_path):
    ignore = tmp_path / ".postcheckignore"
    ignore.write_text(ignore_entry(fingerprints(make_report("posts/visit.md"))[0]), encoding="utf-8")
    other = Suppressor.load(ignore).apply(make_report("posts/another-visit.md"))
    assert not any(f.suppressed for f in other.findings)


def test_entry_with_another_rule_does_not_suppress(tmp_path):
    rep = make_report()
    ignore = tmp_path / ".postcheckignore"
    ignore.write_text(ignore_entry(fingerprints(rep)[0], rule="PC-LOC-001"), encoding="utf-8")
    assert not Suppressor.load(ignore).apply(rep).findings[0].suppressed


def test_missing_ignore_file_suppresses_nothing(tmp_path):
    rep = Suppressor.load(tmp_path / "absent").apply(make_report())
    assert rep.verdict == Verdict.BLOCK


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (ignore_entry("0123456789abcdef", reason=None), "'reason' is required"),
        (ignore_entry("0123456789abcdef", reason="  "), "'reason' is required"),
        (ignore_entry("not-a-fingerprint"), "16 hex digits"),
        (ignore_entry("0123456789abcdef") + 'quote = "x"\n', "unknown key 'quote'"),
        (ignore_entry("0123456789abcdef") * 2, "listed twice"),
        ('fingerprint = "0123456789abcdef"\n', "unknown key 'fingerprint'"),
        ("[[ignore]\n", "not valid TOML"),
    ],
)
def test_bad_ignore_file_is_an_input_error_naming_it(tmp_path, text, message):
    ignore = tmp_path / ".postcheckignore"
    ignore.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        read_ignore_file(ignore)
    assert str(ignore) in str(caught.value)


def test_add_to_ignore_file_creates_then_appends_keeping_comments(tmp_path):
    ignore = tmp_path / ".postcheckignore"
    add_to_ignore_file(ignore, "0123456789abcdef", "Public event", "PC-SCHED-001")
    with ignore.open("a", encoding="utf-8") as handle:
        handle.write("# reviewed by the comms lead\n")
    add_to_ignore_file(ignore, "fedcba9876543210", 'The "Maple Park" fair is public')
    text = ignore.read_text(encoding="utf-8")
    assert text.startswith("# postcheck ignore file") and "# reviewed by the comms lead" in text
    assert [(s.fingerprint, s.reason, s.rule) for s in read_ignore_file(ignore)] == [
        ("0123456789abcdef", "Public event", "PC-SCHED-001"),
        ("fedcba9876543210", 'The "Maple Park" fair is public', None),
    ]
    with pytest.raises(InputError, match="already lists"):
        add_to_ignore_file(ignore, "0123456789abcdef", "again")
    with pytest.raises(InputError, match="'reason' is required"):
        add_to_ignore_file(ignore, "1111111111111111", "")


# Baselines


@pytest.mark.parametrize("writer", [JsonWriter, JsonlWriter, SarifWriter])
def test_baseline_hides_known_findings_and_keeps_new_ones(tmp_path, writer):
    earlier = report("posts/visit.md", finding("PC-SCHED-001", "Tuesday at 4pm", 22))
    out = io.StringIO()
    w = writer(out)
    w.write(earlier)
    w.close()
    baseline = tmp_path / "baseline.out"
    baseline.write_text(out.getvalue(), encoding="utf-8")
    assert read_baseline(baseline) == set(fingerprints(earlier))

    now = Suppressor.load(None, baseline).apply(make_report())
    assert [f.suppressed for f in now.findings] == [True, False]
    assert now.findings[0].suppression_reason == f"in baseline {baseline}"


def test_ignore_reason_wins_over_baseline(tmp_path):
    rep = make_report()
    ignore = tmp_path / ".postcheckignore"
    ignore.write_text(ignore_entry(fingerprints(rep)[0], "reviewed"), encoding="utf-8")
    baseline = tmp_path / "base.json"
    baseline.write_text(json.dumps(report_to_dict(make_report())), encoding="utf-8")
    rep = Suppressor.load(ignore, baseline).apply(rep)
    assert [f.suppression_reason for f in rep.findings] == ["reviewed", f"in baseline {baseline}"]
    assert rep.verdict == Verdict.PASS


@pytest.mark.parametrize("text", ["not json at all\n", '{"hello": 1}\n', "[1, 2]\n"])
def test_baseline_that_is_not_a_report_is_an_input_error(tmp_path, text):
    baseline = tmp_path / "base.json"
    baseline.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="base.json"):
        read_baseline(baseline)


def test_missing_baseline_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read baseline"):
        Suppressor.load(None, tmp_path / "nope.jsonl")
