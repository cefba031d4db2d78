"""The installed `postcheck` command as a script or CI job uses it: pipes, exit codes, streams.

Each test runs the console script in a subprocess from a temporary folder holding its own
`.postcheck.toml`, so no config above the folder is picked up. Every screening subprocess
loads spaCy, so the cases are few and each checks several things.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from postcheck.model import Post, SourceLocation
from postcheck.render.json_report import finding_fingerprint, load_schema

CLEAN = "Beautiful sunrise on my morning run today. Feeling grateful for the weekend.\n"
BLOCKING = "Just left a home visit with Jayden Ortiz (age 7) at 4418 Maple Street. His mom relapsed again.\n"
DRAFT_WORDS = ("Jayden", "Ortiz", "Maple", "sunrise", "relapsed")
SGR = re.compile(rb"\x1b\[([0-9;]*)m")


def find_postcheck() -> str:
    """The console script installed beside this Python (the venv's bin), else on PATH."""
    found = shutil.which("postcheck", path=str(Path(sys.executable).parent)) or shutil.which("postcheck")
    assert found, "the postcheck console script is not installed (pip install -e .)"
    return found


POSTCHECK = find_postcheck()


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "POSTCHECK_CONFIG", "TERM"}}
    return env | extra


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / ".postcheck.toml").write_text('policy = "generic"\nocr = false\n', encoding="utf-8")
    return tmp_path


def run(folder: Path, *args: str, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([POSTCHECK, *args], input=stdin if stdin is not None else b"", capture_output=True,
                          cwd=folder, env=environment(**env))


def run_on_terminal(folder: Path, *args: str, **env: str) -> tuple[int, bytes]:
    """Run with stdout and stderr on a pseudo-terminal, as a person at a shell would."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([POSTCHECK, *args], stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal,
                               cwd=folder, env=environment(TERM="xterm-256color", **env))
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closes when the process exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    return process.wait(), b"".join(chunks)


def colour_codes(output: bytes) -> list[str]:
    """The SGR parameters that set a foreground or background colour."""
    colours = []
    for params in SGR.findall(output):
        for param in params.decode().split(";"):
            if param and (30 <= int(param) <= 49 or 90 <= int(param) <= 107):
                colours.append(param)
    return colours


def parse_report(stdout: bytes) -> dict:
    document = json.loads(stdout)
    jsonschema.validate(document, load_schema())
    return document


def test_clean_draft_from_stdin_exits_0_with_a_plain_report(folder):
    result = run(folder, "check", "-", stdin=CLEAN.encode())
    assert result.returncode == 0, result.stderr
    assert b"PASS" in result.stdout and result.stderr == b""
    assert b"\x1b[" not in result.stdout  # not a terminal: no colour, no cursor tricks


def test_blocking_draft_as_json_exits_1_with_only_json_on_stdout(folder):
    (folder / "draft.txt").write_text(BLOCKING, encoding="utf-8")
    result = run(folder, "check", "draft.txt", "--format", "json")
    assert result.returncode == 1
    assert result.stderr == b""
    document = parse_report(result.stdout)
    assert document["verdict"] == "block"
    assert all(not f["suppressed"] for f in document["findings"])


def blocking_findings(screener) -> list:
    """The findings the subprocess will make: the session screener runs the same (default) settings."""
    assert screener.settings.policy == "generic"
    return screener.screen(Post(id="draft", text=BLOCKING)).findings


def test_warn_level_exits_0_by_default_and_1_with_fail_on_warn_and_quiet_is_silent(folder, screener):
    """Severity overrides in the config turn the blocking draft into a warning one."""
    overrides = "".join(f'"{rule}" = "medium"\n' for rule in sorted({r for f in blocking_findings(screener) for r in f.rule_ids}))
    (folder / ".postcheck.toml").write_text(f'policy = "generic"\nocr = false\n[severity]\n{overrides}',
                                            encoding="utf-8")
    default = run(folder, "check", "-", "--quiet", stdin=BLOCKING.encode())
    assert (default.returncode, default.stdout, default.stderr) == (0, b"", b"")
    strict = run(folder, "check", "-", "--format", "json", "--fail-on", "warn", stdin=BLOCKING.encode())
    assert strict.returncode == 1
    assert parse_report(strict.stdout)["verdict"] == "warn"


def test_ignored_findings_stay_in_json_with_their_reasons(folder, screener):
    (folder / "draft.md").write_text(BLOCKING, encoding="utf-8")
    expected = []
    for finding in blocking_findings(screener):
        fingerprint = finding_fingerprint(finding, SourceLocation(file="draft.md"))
        added = run(folder, "ignore", fingerprint, "--reason", f"reviewed {finding.rule_id}")
        assert added.returncode == 0, added.stderr
        expected.append((fingerprint, True, f"reviewed {finding.rule_id}"))
    result = run(folder, "check", "draft.md", "--format", "json")
    assert result.returncode == 0
    document = parse_report(result.stdout)
    assert document["verdict"] == "pass"
    assert [(f["fingerprint"], f["suppressed"], f["suppression_reason"]) for f in document["findings"]] == expected


def test_detector_failure_exits_3_and_says_so_in_json(folder):
    (folder / ".postcheck.toml").write_text('model = "no_such_model"\n', encoding="utf-8")
    result = run(folder, "check", "-", "--format", "json", stdin=CLEAN.encode())
    assert result.returncode == 3
    document = parse_report(result.stdout)
    assert document["verdict"] == "error"
    assert [e["kind"] for e in document["errors"]] == ["detector"]


def test_bad_config_exits_2_naming_file_and_key(folder):
    config = folder / ".postcheck.toml"
    config.write_text('policy = "generic"\nfail_on = "sometimes"\n', encoding="utf-8")
    result = run(folder, "check", "-", "--format", "json", stdin=BLOCKING.encode())
    assert result.returncode == 2
    assert result.stdout == b""
    assert str(config).encode() in result.stderr and b"fail_on" in result.stderr


@pytest.mark.parametrize("case", ["invalid-utf8", "missing", "directory"])
def test_unreadable_draft_exits_2_without_echoing_it(folder, case):
    draft = folder / "draft.txt"
    if case == "invalid-utf8":
        draft.write_bytes(BLOCKING.encode("utf-8") + b"\xff\xfe caf\xe9\n")
    elif case == "directory":
        draft.mkdir()
    result = run(folder, "check", "draft.txt", "--format", "json")
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"draft.txt" in result.stderr
    assert not any(word.encode() in result.stderr for word in DRAFT_WORDS)


def test_colour_on_a_terminal_and_none_with_no_color(folder):
    # An error message is enough to see the colour decision, without loading the detectors.
    args = ("check", "--text", CLEAN, "--config", "missing.toml")
    code, coloured = run_on_terminal(folder, *args)
    assert code == 2 and colour_codes(coloured)
    code, plain = run_on_terminal(folder, *args, NO_COLOR="1")
    assert code == 2 and b"missing.toml" in plain
    assert colour_codes(plain) == []


def test_scan_with_a_baseline_counts_only_new_findings(folder, screener):
    from postcheck.render.json_report import report_to_dict

    (folder / "posts").mkdir()
    (folder / "posts" / "visit.txt").write_text(BLOCKING, encoding="utf-8")
    (folder / "posts" / "sunrise.md").write_text(CLEAN, encoding="utf-8")
    earlier = screener.screen(Post(id="visit.txt", text=BLOCKING, source=SourceLocation(file="posts/visit.txt")))
    assert earlier.findings
    (folder / "baseline.json").write_text(json.dumps(report_to_dict(earlier)), encoding="utf-8")

    result = run(folder, "scan", "posts", "--baseline", "baseline.json", "--format", "jsonl", "--jobs", "1")
    assert result.returncode == 0, result.stderr  # the blocking post is in the baseline
    reports = {r["post"]["source"]["file"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(reports) == {"posts/visit.txt", "posts/sunrise.md"}
    visit = reports["posts/visit.txt"]
    assert visit["verdict"] == "pass" and visit["findings"]
    assert {(f["suppressed"], f["suppression_reason"]) for f in visit["findings"]} == {(True, "in baseline baseline.json")}
    assert b"screened" in result.stderr and not any(w.encode() in result.stderr for w in ("Jayden", "relapsed"))


@pytest.mark.parametrize(("config", "args", "code", "kinds"), [
    ("", ("no-such-folder",), 2, None),
    ('format = "json"\n', ("posts",), 2, None),  # one report per document: scan needs jsonl
    ("", ("posts", "--format", "jsonl"), 2, ["input"]),  # posts/notes.txt is not UTF-8
    ('model = "no_such_model"\n', ("posts/sunrise.md", "--format", "jsonl"), 3, ["detector"]),
])
def test_scan_exit_codes_for_errors(folder, config, args, code, kinds):
    (folder / ".postcheck.toml").write_text(config, encoding="utf-8")
    (folder / "posts").mkdir()
    (folder / "posts" / "sunrise.md").write_text(CLEAN, encoding="utf-8")
    (folder / "posts" / "notes.txt").write_bytes(b"Caf\xe9 with Jayden\n")
    result = run(folder, "scan", *args, "--jobs", "1")
    assert result.returncode == code, result.stderr
    assert b"Jayden" not in result.stderr
    if kinds is None:  # refused before screening
        assert result.stdout == b""
    else:
        reports = [json.loads(line) for line in result.stdout.splitlines()]
        assert [e["kind"] for r in reports for e in r["errors"]] == kinds
        assert all(r["verdict"] == ("error" if r["errors"] else "pass") for r in reports)


def test_quiet_scan_prints_nothing_but_still_writes_its_output_file(folder, monkeypatch):
    """In process (the detectors are loaded already in a test session): --quiet keeps stdout and stderr empty."""
    from typer.testing import CliRunner

    from postcheck.cli import app

    monkeypatch.chdir(folder)
    (folder / "posts").mkdir()
    (folder / "posts" / "visit.txt").write_text(BLOCKING, encoding="utf-8")
    args = ["scan", "posts", "--format", "jsonl", "--jobs", "1", "--quiet"]
    printed = CliRunner().invoke(app, args)
    assert (printed.exit_code, printed.stdout, printed.stderr) == (1, "", "")
    written = CliRunner().invoke(app, [*args, "--output", "reports.jsonl"])
    assert (written.exit_code, written.stdout, written.stderr) == (1, "", "")
    (report,) = map(json.loads, (folder / "reports.jsonl").read_text(encoding="utf-8").splitlines())
    assert report["verdict"] == "block"


def test_a_linked_online_photo_is_reported_unscreened_and_fail_on_decides_what_it_costs(folder):
    """The photo was never screened: the report says so (a warn), and --fail-on warn or a severity
    override turns that into a failing exit, as the user chooses."""
    draft = b"Great day at the park with my kiddo! ![](https://photos.example.com/park.jpg)"
    default = run(folder, "check", "-", "--format", "json", stdin=draft)
    report = parse_report(default.stdout)
    assert "PC-PHOTO-002" in {f["rule_id"] for f in report["findings"]}
    strict = run(folder, "check", "-", "--quiet", "--fail-on", "warn",
                 stdin=b"Lovely day out ![](https://photos.example.com/park.jpg)")
    assert strict.returncode == 1


def test_no_timings_makes_two_runs_byte_for_byte_the_same(folder):
    """Without --no-timings, reports differ between runs only by the seconds each stage took."""
    drafts = folder / "drafts"
    drafts.mkdir()
    (drafts / "a.txt").write_text("Call the mom at 310-555-0199 tonight", encoding="utf-8")
    (drafts / "b.txt").write_text("Lovely walk by the river this morning.", encoding="utf-8")
    first = run(folder, "scan", "drafts", "--format", "jsonl", "--no-timings", "--jobs", "1")
    second = run(folder, "scan", "drafts", "--format", "jsonl", "--no-timings", "--jobs", "1")
    assert first.stdout == second.stdout and first.stdout
    assert all(json.loads(line)["timings"] == {} for line in first.stdout.decode().splitlines())
    one = run(folder, "check", "-", "--format", "json", "--no-timings", stdin=b"Lovely walk by the river.")
    assert parse_report(one.stdout)["timings"] == {}


def test_a_post_over_the_length_limit_is_refused_by_name_and_only_that_post(folder):
    long_draft = ("a long line of text " * 100).encode()
    one = run(folder, "check", "-", "--max-chars", "500", stdin=long_draft)
    assert one.returncode == 2
    assert b"over the limit of 500" in one.stdout + one.stderr and b"a long line" not in one.stderr
    drafts = folder / "drafts"
    drafts.mkdir()
    (drafts / "a.txt").write_text("Call the mom at 310-555-0199 tonight", encoding="utf-8")
    (drafts / "b.txt").write_bytes(long_draft)
    scanned = run(folder, "scan", "drafts", "--format", "jsonl", "--max-chars", "500", "--jobs", "1")
    verdicts = {json.loads(line)["post"]["id"]: json.loads(line)["verdict"]
                for line in scanned.stdout.decode().splitlines()}
    assert verdicts == {"a.txt": "block", "b.txt": "error"}
    assert scanned.returncode == 2
