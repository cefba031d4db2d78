"""Hostile inputs through the installed CLI: each is answered with its exit code and a one-line
message naming the input, never a traceback, never draft text on stderr; in a scan, every
other item is still screened. The cases are made by tests/hostile/make_cases.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "hostile"))
from make_cases import CASES, RISKY, Case  # noqa: E402

from test_pipeline_cli import environment, find_postcheck  # noqa: E402


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([find_postcheck(), *args], cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300, env=environment(COLUMNS="250", **env))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_hostile_input_is_answered_by_name(case: Case, tmp_path):
    if case.needs_non_root and os.geteuid() == 0:
        pytest.skip("file permissions do not bind root")
    args = case.make(tmp_path)
    if args[0] == "scan":
        args += ["--format", "jsonl", "--output", str(tmp_path / "reports.jsonl")]
    result = _run(args, tmp_path)
    output = result.stdout + result.stderr

    assert result.returncode == case.exit_code, output
    assert "Traceback" not in output
    assert RISKY not in result.stderr
    reports_file = tmp_path / "reports.jsonl"
    reports = [json.loads(line) for line in reports_file.read_text(encoding="utf-8").splitlines()] \
        if reports_file.exists() else []
    failed = [r for r in reports if r["verdict"] == "error"]
    if case.screened:  # in a scan, the other posts were screened
        verdicts = {r["post"]["source"]["post_id"] or Path(r["post"]["source"]["file"]).stem: r["verdict"]
                    for r in reports}
        assert all(verdicts.get(post) not in (None, "error") for post in case.screened), verdicts
    if case.names and failed:  # a bad item of a scan: its error report names its file
        assert all(case.names in r["post"]["source"]["file"] and r["errors"] for r in failed)
    elif case.names:  # refused outright: one line says which input
        assert any(case.names in line for line in output.splitlines()), output

def test_read_only_home_and_temp_folders_do_not_stop_a_check(tmp_path):
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir(), temp.mkdir()
    draft = tmp_path / "draft.txt"
    draft.write_text(RISKY, encoding="utf-8")
    home.chmod(0o500), temp.chmod(0o500)
    try:
        result = _run(["check", str(draft)], tmp_path, HOME=str(home), TMPDIR=str(temp))
    finally:
        home.chmod(0o700), temp.chmod(0o700)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
