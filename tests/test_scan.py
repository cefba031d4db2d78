"""`postcheck scan`: every input kind, input order, `--jobs`, per-post errors and exit codes.

The CLI runs in process (typer's CliRunner), with `--jobs 1` unless the test is about workers,
so the spaCy pipeline loaded for one test serves the next. The multi-process test screens a
handful of posts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from postcheck.cli import app
from postcheck.inputs import read_posts
from postcheck.model import ErrorKind, Post, Report, SourceLocation, Unreadable, unreadable_report
from postcheck.render.json_report import report_to_dict
from postcheck.scan import scan_reports, screen_chunk
from postcheck.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "sample_posts" / "exports"
KINDS = ["drafts", "facebook", "instagram", "linkedin", "mastodon", "x", "posts.csv", "posts.jsonl"]

CLEAN = "Made banana bread with my nephew this weekend and it vanished in an hour."
RISKY = "Placed Jayden Ortiz (age 7) with his aunt on 4418 Maple Street tonight, home by 11pm."


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A folder with an empty config of its own, so no config above it is picked up."""
    monkeypatch.delenv("POSTCHECK_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".postcheck.toml").write_text("", encoding="utf-8")
    return tmp_path


def scan(*args: str):
    """Run `postcheck scan ... --format jsonl --output reports.jsonl`; the result and the reports."""
    result = CliRunner().invoke(app, ["scan", *args, "--format", "jsonl", "--output", "reports.jsonl"])
    lines = Path("reports.jsonl").read_text(encoding="utf-8").splitlines()
    return result, [json.loads(line) for line in lines]


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def without_timings(report: Report) -> dict:
    document = report_to_dict(report)
    document.pop("timings")  # seconds measured, the only part that differs between runs
    return document


@pytest.mark.parametrize("kind", KINDS)
def test_every_input_kind_gives_one_report_per_post_in_input_order(workdir, kind):
    items = list(read_posts(SAMPLES / kind))
    result, reports = scan(str(SAMPLES / kind), "--jobs", "1", "--no-ocr", "--quiet")

    assert items and [r["post"]["id"] for r in reports] == [
        item.id if isinstance(item, Post) else unreadable_report(item).post.id for item in items]
    # Records the reader could not read (the samples hold a few on purpose) are the only errors.
    unreadable = [isinstance(item, Unreadable) for item in items]
    assert [r["verdict"] == "error" for r in reports] == unreadable
    assert result.exit_code == (2 if any(unreadable) else 1)  # every sample export has a post to block


def test_the_demo_scan_of_the_sample_drafts_with_their_photos_has_no_errors(workdir):
    # As `make demo` runs it: OCR on, photos with and without text.
    result, reports = scan(str(SAMPLES / "drafts"), "--jobs", "1", "--quiet")
    assert [r["errors"] for r in reports if r["errors"]] == []
    assert any(r["images"] for r in reports) and result.exit_code == 1


def test_unreadable_record_and_corrupt_photo_are_reported_per_post_and_the_scan_completes(workdir):
    (workdir / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n this is not image data")
    posts = write_jsonl(workdir / "posts.jsonl", [
        {"id": "p1", "text": CLEAN},
        '{"id": "p2", "text": "an unfinished record',
        {"id": "p3", "text": CLEAN, "images": ["broken.png"]},
        {"id": "p4", "text": RISKY},
    ])
    result, reports = scan(str(posts), "--jobs", "1", "--no-ocr")

    assert result.exit_code == 2
    assert len(reports) == 4
    first, unreadable, corrupt, risky = reports
    assert [r["post"]["source"]["line"] for r in reports] == [1, 2, 3, 4]
    assert (first["post"]["source"]["post_id"], first["verdict"], first["errors"]) == ("p1", "pass", [])
    assert unreadable["verdict"] == "error"
    assert [(e["kind"], e["detector"]) for e in unreadable["errors"]] == [("input", "reader")]
    assert corrupt["post"]["source"]["post_id"] == "p3" and corrupt["verdict"] == "error"
    assert [(e["kind"], e["image"]) for e in corrupt["errors"]] == [("input", str(workdir / "broken.png"))]
    assert risky["post"]["source"]["post_id"] == "p4" and risky["verdict"] == "block"
    # The summary (on stderr, beside a machine format) counts the posts and the errors.
    assert "4 posts screened" in result.stderr
    assert "2 errors in 2 posts" in result.stderr
    assert CLEAN not in result.stderr and "Ortiz" not in result.stderr  # no draft text in the summary


def test_a_detector_that_cannot_be_built_fails_every_post_closed_with_exit_3(workdir):
    (workdir / ".postcheck.toml").write_text('model = "no_such_spacy_pipeline"\n', encoding="utf-8")
    posts = write_jsonl(workdir / "posts.jsonl", [{"id": "a", "text": CLEAN}, {"id": "b", "text": RISKY}])
    result, reports = scan(str(posts), "--jobs", "1")

    assert result.exit_code == 3
    assert [r["post"]["source"]["post_id"] for r in reports] == ["a", "b"]
    assert all(r["verdict"] == "error" and r["findings"] == [] for r in reports)
    assert {e["kind"] for r in reports for e in r["errors"]} == {"detector"}
    assert "2 errors in 2 posts" in result.stderr


def test_terminal_format_prints_the_summary_by_verdict_and_category(workdir):
    posts = write_jsonl(workdir / "posts.jsonl", [{"id": "calm", "text": CLEAN}, {"id": "visit", "text": RISKY}])
    result = CliRunner().invoke(app, ["scan", str(posts), "--jobs", "1"])

    assert result.exit_code == 1
    assert "2 posts screened" in result.stdout
    verdict_rows = {line.split()[1]: line.split()[3] for line in result.stdout.splitlines()
                    if line.startswith("│") and line.split()[1] in ("block", "warn", "pass", "error")}
    assert verdict_rows == {"block": "1", "warn": "0", "pass": "1", "error": "0"}
    assert "Worst posts" in result.stdout and "visit" in result.stdout


def test_two_workers_give_the_same_reports_in_the_same_order_as_one_process():
    items: list[Post | Unreadable] = [
        Post(id=f"post-{n}", text=text, source=SourceLocation(file="mixed.jsonl", line=n))
        for n, text in enumerate([CLEAN, RISKY, RISKY.replace("Jayden Ortiz", "Mia Chen"), CLEAN, RISKY, CLEAN], 1)
    ]
    items.insert(3, Unreadable(SourceLocation(file="mixed.jsonl", line=99), "record is not JSON"))
    settings = Settings(ocr=False)

    # Chunks of two: the seven items are spread over both workers and come back out of order.
    one = [without_timings(r) for r in scan_reports(items, settings, jobs=1, batch_size=2)]
    two = [without_timings(r) for r in scan_reports(items, settings, jobs=2, batch_size=2)]

    assert two == one
    assert [r["post"]["id"] for r in two] == ["post-1", "post-2", "post-3", "mixed.jsonl:99", "post-4", "post-5",
                                              "post-6"]
    assert [r["verdict"] for r in two] == ["pass", "block", "block", "error", "pass", "block", "pass"]


class _ScreenerThatCrashesOn:
    """Stands in for the Screener: raises whenever a batch holds a post with the given text."""

    def __init__(self, poison: str) -> None:
        self.poison = poison

    def screen_many(self, items, batch_size):
        if any(isinstance(i, Post) and i.text == self.poison for i in items):
            raise RuntimeError("detector crashed")
        return [Report(post=i) for i in items]


def test_a_crash_in_a_batch_costs_only_the_post_that_caused_it():
    chunk = [Post(id="a", text=CLEAN), Post(id="b", text="boom"), Post(id="c", text=RISKY)]
    reports = screen_chunk(_ScreenerThatCrashesOn("boom"), chunk)

    assert [r.post.id for r in reports] == ["a", "b", "c"]
    assert [r.errors for r in reports[::2]] == [[], []]
    (error,) = reports[1].errors
    assert error.kind is ErrorKind.DETECTOR and "RuntimeError" in error.message
    assert "boom" not in error.message


def test_one_post_that_breaks_a_detector_is_its_own_error_not_its_batchs(monkeypatch):
    """A detector that fails on one post's text fails the batch; each post is then tried alone."""
    from postcheck.errors import DetectorUnavailable
    from postcheck.model import Post
    from postcheck.screener import Screener

    screener = Screener()
    analyze = screener._analyze_texts

    def breaks_on_one_post(texts):
        if any("breaks-the-detector" in text.lower() for text in texts):
            raise DetectorUnavailable("text detectors failed: ValueError")
        return analyze(texts)

    monkeypatch.setattr(screener, "_analyze_texts", breaks_on_one_post)
    posts = [Post("ok-1", "Call the mom at 310-555-0199 tonight"), Post("bad", "BREAKS-THE-DETECTOR"),
             Post("ok-2", "Lovely walk by the river this morning.")]
    reports = list(screener.screen_many(posts))
    assert [r.verdict.value for r in reports] == ["block", "error", "pass"]
    assert reports[1].errors[0].kind.value == "detector"


def _children(pid: int) -> set[int]:
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.add(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in state


def test_sigterm_stops_the_workers_and_removes_the_incomplete_report(tmp_path):
    """A killed scan must not leave workers running, nor a partial report that looks complete."""
    import json as json_module
    import signal
    import subprocess
    import sys
    import time

    posts = tmp_path / "posts.jsonl"
    with posts.open("w", encoding="utf-8") as handle:
        for n in range(4000):
            handle.write(json_module.dumps({"id": str(n), "text": f"Home visit {n} went fine, call me at 310-555-0199"}) + "\n")
    (tmp_path / ".postcheck.toml").write_text("ocr = false\n", encoding="utf-8")
    scan = subprocess.Popen([sys.executable, "-m", "postcheck", "scan", "posts.jsonl", "--format", "jsonl",
                             "--output", "out.jsonl", "--jobs", "2", "--quiet"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers: set[int] = set()
    for _ in range(600):  # wait (up to a minute) until the scan is under way in its workers
        workers = _children(scan.pid)
        if len(workers) >= 2 and (tmp_path / "out.jsonl").exists() and (tmp_path / "out.jsonl").stat().st_size:
            break
        time.sleep(0.1)
    assert scan.poll() is None, "the scan ended before it could be interrupted"
    scan.send_signal(signal.SIGTERM)
    _, stderr = scan.communicate()
    assert scan.returncode == 130, stderr
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert not (tmp_path / "out.jsonl").exists()
    for _ in range(100):
        if not any(_alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def test_the_worst_posts_table_shows_each_source_whole(workdir):
    folder = workdir / "exports" / "facebook_export_2026" / "your_activity_across_facebook"
    folder.mkdir(parents=True)
    posts = write_jsonl(folder / "posts.jsonl", [{"id": "visit", "text": RISKY}])
    result = CliRunner().invoke(app, ["scan", str(posts), "--jobs", "1"])

    table = result.stdout[result.stdout.index("Worst posts"):]
    source_cells = [line.split("│")[2].strip() for line in table.splitlines() if line.startswith("│")]
    assert "…" not in table
    assert str(posts) in "".join(source_cells)
    rows = [line for line in table.splitlines() if line.startswith("│")]
    assert rows and all(line.rstrip().endswith("│") for line in rows)  # no column cut off at the edge


def test_the_html_report_is_written_into_a_folder_that_does_not_exist_yet(workdir):
    posts = write_jsonl(workdir / "posts.jsonl", [{"id": "visit", "text": RISKY}])
    target = workdir / "out" / "report.html"  # as `make demo` on a fresh clone
    result = CliRunner().invoke(app, ["scan", str(posts), "--jobs", "1", "--html", str(target)])

    assert result.exit_code == 1, result.stderr
    assert "<html" in target.read_text(encoding="utf-8")
