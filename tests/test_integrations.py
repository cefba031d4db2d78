"""The integrations run as their hosts would run them: pre-commit, GitHub Actions, a shell.

pre-commit cannot install the hook repository offline, so the test hands pre-commit our
hook definition as a local hook (same id, entry, file types, serial) calling the installed
console script, in a throwaway git repository of posts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from postcheck import config, exitcodes
from postcheck.suppress import read_ignore_file

REPO = Path(__file__).resolve().parent.parent
HOOKS = REPO / ".pre-commit-hooks.yaml"
WORKFLOW = REPO / "docs" / "github-actions-postcheck.yml"
BIN = Path(sys.executable).parent

CLEAN = "Thank you to everyone who came to the foster parent information night!\n"
BLOCKING = "Just left a home visit with Jayden Ortiz (age 7) at 4418 Maple Street. His mom relapsed again.\n"


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "POSTCHECK_CONFIG"}}
    return env | {"PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}"} | extra


def posts_repository(root: Path) -> Path:
    """A repository of posts: drafts under posts/, a config, and a Python file that is not a post."""
    (root / "posts").mkdir(parents=True)
    (root / "posts" / "thanks.md").write_text(CLEAN, encoding="utf-8")
    (root / "posts" / "visit.txt").write_text(BLOCKING, encoding="utf-8")
    (root / "tools.py").write_text(f"# {BLOCKING}", encoding="utf-8")
    (root / ".postcheck.toml").write_text("ocr = false\n", encoding="utf-8")
    return root


def guide() -> str:
    """What a pipeline engineer reads: the README's "Exit codes" section (the exit-code table) and
    docs/pipelines-and-configuration.md (the config keys table, examples and recipes).

    The doc's relative links are rewritten from the repository root, as the README's are written.
    """
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    exit_codes = re.search(r"^## Exit codes\n.*?(?=^## |\Z)", readme, flags=re.M | re.S).group(0)
    doc = REPO / "docs" / "pipelines-and-configuration.md"
    from_root = re.sub(r"\]\(([^)#\s:]+)",
                       lambda m: "](" + os.path.relpath(doc.parent / m.group(1), REPO).replace(os.sep, "/"),
                       doc.read_text(encoding="utf-8"))
    return exit_codes + "\n" + from_root


def fenced(language: str) -> list[str]:
    """The guide's code blocks in one language."""
    return re.findall(rf"```{language}\n(.*?)```", guide(), flags=re.S)


# pre-commit


def test_hook_manifest_is_valid_and_calls_the_installed_script():
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(HOOKS))
    assert (hook["id"], hook["language"], hook["require_serial"]) == ("postcheck", "python", True)
    assert set(hook["types_or"]) == {"markdown", "plain-text"}
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert hook["entry"].split()[0] in scripts


def test_pre_commit_screens_changed_posts_and_refuses_a_blocking_one(tmp_path):
    from pre_commit.clientlib import load_manifest

    repo = posts_repository(tmp_path / "posts-repo")
    (hook,) = load_manifest(str(HOOKS))
    program, *arguments = hook["entry"].split()
    local = {key: hook[key] for key in ("id", "name", "types_or", "require_serial")} | {
        "language": "system",  # installing a python hook needs the network; run the installed script
        "entry": " ".join([str(BIN / program), *arguments]),
        "args": ["--format", "jsonl"],
        "verbose": True,
    }
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    env = environment(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    refused = subprocess.run([str(BIN / "pre-commit"), "run", "--all-files"], cwd=repo, env=env,
                             capture_output=True, text=True)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    reports = [json.loads(line) for line in refused.stdout.splitlines() if line.startswith("{")]
    verdicts = {r["post"]["source"]["file"]: r["verdict"] for r in reports}
    assert verdicts == {"posts/thanks.md": "pass", "posts/visit.txt": "block"}  # not tools.py


# GitHub Actions


def test_workflow_uploads_sarif_then_fails_and_its_command_works(tmp_path):
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["screen"]["steps"]
    screen = next(step for step in steps if step.get("id") == "screen")
    upload_at = next(i for i, step in enumerate(steps) if step.get("uses", "").startswith(
        "github/codeql-action/upload-sarif@"))
    upload, fail_step = steps[upload_at], steps[upload_at + 1]
    assert steps.index(screen) < upload_at
    assert screen["continue-on-error"] is True and "always()" in upload["if"]
    assert fail_step["if"] == "steps.screen.outcome == 'failure'" and "exit 1" in fail_step["run"]
    assert screen["run"].rstrip().endswith(f"> {upload['with']['sarif_file']}")

    repo = posts_repository(tmp_path / "posts-repo")
    result = subprocess.run(["bash", "-e", "-c", screen["run"]], cwd=repo, env=environment(), capture_output=True)
    assert result.returncode == exitcodes.FINDINGS, result.stderr
    sarif = json.loads((repo / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    flagged = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert flagged == {"posts/visit.txt"}


# The guide ("Use in pipelines")


def test_guide_lists_every_config_key_and_exit_code():
    text = guide()
    documented = set(re.findall(r"^\| `\[?(\w+)\]?` \|", text, flags=re.M))
    assert documented == set(config.KEYS)
    codes = {int(code) for code in re.findall(r"^\|\s*(\d+) \|", text, flags=re.M)}
    assert codes == {exitcodes.OK, exitcodes.FINDINGS, exitcodes.USAGE, exitcodes.DETECTOR, exitcodes.INTERRUPTED}


def test_guide_toml_examples_are_valid(tmp_path):
    settings_example, ignore_example = fenced("toml")
    (tmp_path / ".postcheck-watchlist.json").write_text("{}", encoding="utf-8")
    values = config.validate_table(tomllib.loads(settings_example), tmp_path, "guide")
    assert values["policy"] == "la-dcfs"
    ignore = tmp_path / ".postcheckignore"
    ignore.write_text(ignore_example, encoding="utf-8")
    (entry,) = read_ignore_file(ignore)
    assert entry.reason and entry.rule == "PC-SCHED-001"


def test_guide_pre_commit_snippet_is_a_valid_pre_commit_config(tmp_path):
    from pre_commit.clientlib import load_config

    (snippet,) = [block for block in fenced("yaml") if block.startswith("repos:")]
    path = tmp_path / ".pre-commit-config.yaml"
    path.write_text(snippet, encoding="utf-8")
    (repo,) = load_config(str(path))["repos"]
    (hook,) = repo["hooks"]
    assert hook["id"] == yaml.safe_load(HOOKS.read_text(encoding="utf-8"))[0]["id"]


def test_guide_shell_recipe_runs(tmp_path):
    if shutil.which("jq") is None:
        pytest.skip("the recipe uses jq, which is not installed")
    (recipe,) = fenced("sh")
    (tmp_path / "draft.txt").write_text(BLOCKING, encoding="utf-8")
    (tmp_path / ".postcheck.toml").write_text("ocr = false\n", encoding="utf-8")
    script = 'publish() { echo "published $1"; }\n' + recipe
    result = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=environment(), capture_output=True, text=True)
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(row) == 3 and row[0] in {"low", "medium", "high"} for row in rows)
    assert "held: breaks policy" in result.stderr and "published" not in result.stdout


def test_guide_links_point_at_files_in_the_repository():
    targets = [t for t in re.findall(r"\]\(([^)#\s]+)\)", guide()) if "://" not in t]
    assert targets and all((REPO / target).is_file() for target in targets)
