"""`postcheck init`, `postcheck config` and `postcheck ignore`, in process (no detectors load)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from postcheck import cli, exitcodes
from postcheck.config import load_config
from postcheck.suppress import read_ignore_file


@pytest.fixture
def here(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POSTCHECK_CONFIG", raising=False)
    return tmp_path


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli.app, list(args), input=input)


def test_init_in_a_script_needs_the_agency_flag_and_never_prompts(here):
    result = invoke("init", input="Acme County\n")
    assert result.exit_code == exitcodes.USAGE
    assert "--agency" in result.stderr
    assert not (here / ".postcheck.toml").exists()


def test_init_with_flags_writes_a_config_that_loads(here):
    result = invoke("init", "--agency", "Acme County Family Services", "--alias", "ACFS", "--policy", "dc-cfsa")
    assert result.exit_code == 0, result.stderr
    settings = load_config(cwd=here, environ={}).settings
    assert settings.employer_names == ["Acme County Family Services", "ACFS"]
    assert settings.policy == "dc-cfsa"
    assert "Acme County Family Services" in settings.disclaimer


def test_init_refuses_to_overwrite_without_force(here):
    (here / ".postcheck.toml").write_text('policy = "cwig"\n', encoding="utf-8")
    refused = invoke("init", "--agency", "Acme")
    assert refused.exit_code == exitcodes.USAGE and "--force" in refused.stderr
    assert (here / ".postcheck.toml").read_text(encoding="utf-8") == 'policy = "cwig"\n'
    assert invoke("init", "--agency", "Acme", "--force").exit_code == 0
    assert load_config(cwd=here, environ={}).settings.employer_names == ["Acme"]


def test_init_rejects_an_empty_agency_name(here):
    assert invoke("init", "--agency", "  ").exit_code == exitcodes.USAGE
    assert not (here / ".postcheck.toml").exists()


def test_init_rejects_an_unknown_policy_pack_before_writing(here):
    result = invoke("init", "--agency", "Acme", "--policy", "nowhere")
    assert result.exit_code == exitcodes.USAGE and "nowhere" in result.stderr
    assert not (here / ".postcheck.toml").exists()


def test_init_on_a_terminal_asks(here, monkeypatch):
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)
    result = invoke("init", input="Acme County DCFS\nACDCFS, Acme Kids\nla-dcfs\n")
    assert result.exit_code == 0, result.stderr
    settings = load_config(cwd=here, environ={}).settings
    assert settings.employer_names == ["Acme County DCFS", "ACDCFS", "Acme Kids"]
    assert settings.policy == "la-dcfs"


def test_config_shows_values_and_where_they_came_from(here):
    (here / ".postcheck.toml").write_text('policy = "cwig"\nfail_on = "warn"\n', encoding="utf-8")
    result = invoke("config", "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["config_file"] == str(here / ".postcheck.toml") and document["found_by"] == "search"
    shown = document["settings"]
    assert shown["policy"] == {"value": "cwig", "origin": str(here / ".postcheck.toml")}
    assert shown["fail_on"] == {"value": "never", "origin": "--fail-on flag"}
    assert shown["ocr"] == {"value": True, "origin": "default"}
    table = invoke("config")
    assert table.exit_code == 0
    assert "cwig" in table.stdout and "--fail-on" not in table.stdout and "default" in table.stdout


def test_config_reports_a_bad_file_with_exit_2(here):
    (here / "pyproject.toml").write_text('[tool.postcheck]\npolicy = 3\n', encoding="utf-8")
    result = invoke("config")
    assert result.exit_code == exitcodes.USAGE
    assert "[tool.postcheck]: key 'policy': must be a string" in result.stderr


def test_ignore_appends_to_the_configured_ignore_file(here):
    (here / ".postcheck.toml").write_text('ignore_file = "review/accepted.toml"\n', encoding="utf-8")
    (here / "review").mkdir()
    assert invoke("ignore", "0123456789abcdef", "--reason", "x", "--rule", "PC-NOPE-1").exit_code == exitcodes.USAGE
    result = invoke("ignore", "0123456789ABCDEF", "--reason", "Public event", "--rule", "pc-sched-001")
    assert result.exit_code == 0, result.stderr
    (entry,) = read_ignore_file(here / "review" / "accepted.toml")
    assert (entry.fingerprint, entry.reason, entry.rule) == ("0123456789abcdef", "Public event", "PC-SCHED-001")
    assert invoke("ignore", "0123456789abcdef", "--reason", "again").exit_code == exitcodes.USAGE
    assert invoke("ignore", "0123456789abcdef").exit_code == exitcodes.USAGE  # --reason is required
