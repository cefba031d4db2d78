"""The README's rule table is generated from the rulebook; it must not drift from it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from postcheck.cli import app
REPO = Path(__file__).resolve().parent.parent


def test_readme_rule_table_matches_the_rulebook():
    generated = CliRunner().invoke(app, ["rules", "--markdown"]).stdout.strip()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert generated in readme, "README rule table is stale: regenerate it with `postcheck rules --markdown`"
