"""A wheel of postcheck works without the checkout: rules/ and models/ travel inside it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_the_wheel_lists_every_package_folder_and_maps_the_data_folders():
    listed = set(PYPROJECT["packages"])
    code = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "postcheck").rglob("__init__.py")}
    assert code <= listed, f"add to [tool.setuptools].packages: {sorted(code - listed)}"
    mapped = PYPROJECT["package-dir"]
    for package in listed - code:  # data-only packages: schema, and rules/ and models/ mapped in
        top = ".".join(package.split(".")[:2])
        folder = REPO / mapped.get(top, top.replace(".", "/")) / "/".join(package.split(".")[2:])
        assert folder.is_dir(), package


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory) -> Path:
    """postcheck built as a wheel (no build isolation: nothing fetched) and unpacked into a folder."""
    work = tmp_path_factory.mktemp("wheel")
    # From a copy without build output: setuptools reuses a stale build/ folder if it finds one.
    source = work / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "out", "tests", "bench", "sample_posts"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
    subprocess.run(pip + ["wheel", "--no-deps", "--no-build-isolation", "-w", str(work / "dist"), str(source)],
                   check=True, cwd=work)
    (wheel,) = (work / "dist").glob("postcheck-*.whl")
    subprocess.run(pip + ["install", "--no-deps", "--no-index", "--target", str(work / "site"), str(wheel)],
                   check=True, cwd=work)
    return work


def test_the_wheel_carries_the_rulebook_names_and_schema(installed_wheel):
    (wheel,) = (installed_wheel / "dist").glob("postcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = {str(p.relative_to(REPO)) for p in (REPO / "rules").rglob("*.yaml")}
    assert {f"postcheck/{r}" for r in rules} <= names
    assert {"postcheck/models/MANIFEST.json", "postcheck/models/names/names.tsv",
            "postcheck/models/names/everyday_words.txt", "postcheck/schema/report-v1.json"} <= names


def test_an_installed_wheel_screens_a_draft_away_from_the_checkout(installed_wheel, tmp_path):
    (tmp_path / ".postcheck.toml").write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTCHECK_")}
    env["PYTHONPATH"] = str(installed_wheel / "site")
    where = subprocess.run([sys.executable, "-c", "import postcheck; print(postcheck.__file__)"],
                           env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(installed_wheel / "site"))  # not the checkout's package

    draft = "Proud of my youth Marisol, she aced her test. Her mom stated she relapsed."
    done = subprocess.run([sys.executable, "-m", "postcheck", "check", "--text", draft, "--format", "json"],
                          env=env, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["verdict"] == "block"
    assert {"client_identity", "case_details"} <= {f["category"] for f in report["findings"]}
