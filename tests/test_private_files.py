"""Every file postcheck writes is readable by its owner only (0600), and its folder is made."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from PIL import Image

from postcheck.images.exif import strip_metadata
from postcheck.private_files import open_private
from postcheck.text.watchlist import Watchlist, create_key


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_private_and_its_folder_is_made(tmp_path):
    target = tmp_path / "out" / "deeper" / "report.html"
    with open_private(target, "w", encoding="utf-8") as handle:
        handle.write("x")
    assert _mode(target) == 0o600


def test_an_existing_readable_file_becomes_private(tmp_path):
    target = tmp_path / "report.jsonl"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    with open_private(target, "w", encoding="utf-8") as handle:
        handle.write("new")
    assert _mode(target) == 0o600 and target.read_text(encoding="utf-8") == "new"


def test_a_device_is_written_to_without_touching_its_mode():
    before = _mode(Path(os.devnull))
    with open_private(Path(os.devnull), "w", encoding="utf-8") as handle:
        handle.write("x")
    assert _mode(Path(os.devnull)) == before


def test_the_watchlist_and_a_stripped_photo_are_private(tmp_path):
    watchlist = Watchlist.new(create_key(tmp_path / "keys" / "watchlist.key"))
    watchlist.add_all(["Kayla Brooks"])
    watchlist.save(tmp_path / "watchlist.json")
    assert _mode(tmp_path / "watchlist.json") == 0o600
    assert _mode(tmp_path / "keys" / "watchlist.key") == 0o600
    Image.new("RGB", (20, 20), "white").save(tmp_path / "a.jpg")
    strip_metadata(tmp_path / "a.jpg", tmp_path / "copies" / "a.jpg")
    assert _mode(tmp_path / "copies" / "a.jpg") == 0o600


def test_scan_reports_are_private_and_land_in_a_folder_that_did_not_exist(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.txt").write_text("Lovely walk by the river this morning.", encoding="utf-8")
    (tmp_path / ".postcheck.toml").write_text("ocr = false\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "postcheck", "scan", "drafts", "--format", "jsonl",
                           "--output", "out/report.jsonl", "--html", "out/report.html", "--quiet"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for name in ("report.jsonl", "report.html"):
        assert _mode(tmp_path / "out" / name) == 0o600
