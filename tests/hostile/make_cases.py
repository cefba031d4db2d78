"""Hostile inputs for postcheck, made on the fly (no binary is committed where a script can make it).

    python tests/hostile/make_cases.py OUT_DIR     # writes every case under OUT_DIR, lists them

Each case is a `Case`: the command-line arguments to run (paths inside the case's folder),
the exit code postcheck must give, and for an input it must refuse, the file name its one-line
message must name. For `scan` cases, `screened` lists the post ids that must still be
screened beside the broken item. tests/test_hostile.py runs every case through the installed
CLI; docs/reliability.md says what the suite covers.
"""

from __future__ import annotations

import io
import json
import os
import struct
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PIL import Image

CLEAN = "Lovely walk by the river with the dog this morning."
RISKY = "Call the mom at 310-555-0199 tonight about the visit."


@dataclass
class Case:
    name: str
    make: Callable[[Path], list[str]]  # writes the inputs into a folder, returns the CLI arguments
    exit_code: int
    names: str | None = None  # the input the one-line message must name
    screened: list[str] = field(default_factory=list)  # scan: post ids screened despite the bad item
    needs_non_root: bool = False  # file permissions mean nothing to root


# ---- files ------------------------------------------------------------------------------------

def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _png(width: int, height: int, mode: str = "RGB", colour=(120, 160, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _bomb_png(side: int = 30_000) -> bytes:
    """A valid 1-bit PNG of side x side pixels in a few kilobytes: a decompression bomb."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    raw = zlib.compress(row * side, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _jpeg_with_bad_gps() -> bytes:
    image = Image.new("RGB", (64, 64), (90, 120, 150))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1] = "Q"  # latitude reference that is neither N nor S
    gps[2] = (999.0, 75.0, 3600.0)  # degrees, minutes, seconds out of range
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def _sixteen_bit_grey_png_with_text() -> bytes:
    """16-bit greyscale with mid-range values (the case that once turned all white)."""
    image = Image.new("I;16", (200, 60), 30000)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _animated_gif() -> bytes:
    frames = [Image.new("P", (32, 32), c) for c in (1, 2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


def _draft_with(image_name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        draft = _write(folder, "draft.txt", CLEAN)
        image = _write(folder, image_name, data() if callable(data) else data)
        return ["check", str(draft), "--image", str(image)]
    return make


def _check_file(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        return ["check", str(_write(folder, name, data))]
    return make


def _fifo(folder: Path) -> list[str]:
    path = folder / "draft.txt"
    os.mkfifo(path)
    return ["check", str(path)]


def _folder_as_draft(folder: Path) -> list[str]:
    _write(folder / "drafts", "a.txt", RISKY)
    return ["check", str(folder / "drafts")]


def _symlink_loop(folder: Path) -> list[str]:
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    return ["check", str(folder / "a.txt")]


def _no_permission(folder: Path) -> list[str]:
    path = _write(folder, "draft.txt", RISKY)
    path.chmod(0)
    return ["check", str(path)]


def _fifo_photo(folder: Path) -> list[str]:
    draft = _write(folder, "draft.txt", CLEAN)
    os.mkfifo(folder / "fifo.jpg")
    return ["check", str(draft), "--image", str(folder / "fifo.jpg")]


# ---- scan inputs: one broken item beside good ones ------------------------------------------

def _jsonl_with_bad_line(folder: Path) -> list[str]:
    lines = [json.dumps({"id": "good-1", "text": RISKY}), "{not json", json.dumps({"id": "good-2", "text": CLEAN})]
    return ["scan", str(_write(folder, "posts.jsonl", "\n".join(lines) + "\n")), "--jobs", "1"]


def _jsonl_with_binary_line(folder: Path) -> list[str]:
    data = (json.dumps({"id": "good-1", "text": RISKY}) + "\n").encode() + b"\xff\xfe\x00\x81garbage\n" + \
        (json.dumps({"id": "good-2", "text": CLEAN}) + "\n").encode()
    return ["scan", str(_write(folder, "posts.jsonl", data)), "--jobs", "1"]


def _drafts_folder_with(bad_name: str, bad: bytes | str | None) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        drafts = folder / "drafts"
        _write(drafts, "good-1.txt", RISKY)
        _write(drafts, "good-2.txt", CLEAN)
        if bad is None:
            os.mkfifo(drafts / bad_name)
        else:
            _write(drafts, bad_name, bad)
        return ["scan", str(drafts), "--jobs", "1"]
    return make


def _drafts_folder_with_media_json(folder: Path) -> list[str]:
    drafts = folder / "drafts"
    _write(drafts, "a.txt", RISKY)
    _write(drafts, "media.json", "[]")
    return ["scan", str(drafts), "--jobs", "1"]


def _export(files: dict[str, bytes | str]) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        root = folder / "export"
        for name, data in files.items():
            _write(root, name, data)
        return ["scan", str(root), "--jobs", "1"]
    return make


def _one_export_file(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        return ["scan", str(_write(folder, name, data)), "--jobs", "1"]
    return make


CASES: list[Case] = [
    # check: drafts that are not text, or not files
    Case("binary draft", _check_file("draft.txt", bytes(range(256)) * 8), 2, "draft.txt"),
    Case("invalid UTF-8 draft", _check_file("draft.txt", b"Call the mom \xff\xfe at \xc3\x28 tonight"), 2, "draft.txt"),
    Case("UTF-16 draft with a BOM is read", _check_file("draft.txt", RISKY.encode("utf-16")), 1),
    Case("UTF-8 draft with a BOM is read", _check_file("draft.txt", b"\xef\xbb\xbf" + RISKY.encode()), 1),
    Case("zero-byte draft", _check_file("draft.txt", b""), 0),
    Case("FIFO as a draft", _fifo, 2, "draft.txt"),
    Case("folder as a draft", _folder_as_draft, 2, "drafts"),
    Case("missing draft", lambda folder: ["check", str(folder / "nope.txt")], 2, "nope.txt"),
    Case("symlink loop", _symlink_loop, 2, "a.txt"),
    Case("unreadable draft", _no_permission, 2, "draft.txt", needs_non_root=True),
    Case("phone number split by an invisible character",
         _check_file("draft.txt", "Call the mom at 310-555\u2066-0199 tonight"), 1),
    Case("photo linked from the web", _check_file("draft.md", "Day out! ![](https://example.org/kid.jpg)"), 0),
    # check: photos that are broken, lie, or try to exhaust memory
    Case("zero-byte photo", _draft_with("photo.jpg", b""), 2, "photo.jpg"),
    Case("truncated photo", _draft_with("photo.png", lambda: _png(400, 300)[:300]), 2, "photo.png"),
    Case("text file named .jpg", _draft_with("photo.jpg", b"just some text, not a picture"), 2, "photo.jpg"),
    Case("PNG named .jpg is read", _draft_with("photo.jpg", lambda: _png(120, 90)), 0),
    Case("decompression bomb", _draft_with("bomb.png", _bomb_png), 2, "bomb.png"),
    Case("malformed GPS", _draft_with("photo.jpg", _jpeg_with_bad_gps), 0),
    Case("16-bit greyscale photo", _draft_with("grey16.png", _sixteen_bit_grey_png_with_text), 0),
    Case("animated GIF", _draft_with("moving.gif", _animated_gif), 2, "moving.gif"),
    Case("FIFO as a photo", _fifo_photo, 2, "fifo.jpg"),
    # scan: one bad item, the rest screened
    Case("JSONL with a broken line", _jsonl_with_bad_line, 2, "posts.jsonl", ["good-1", "good-2"]),
    Case("JSONL with a binary line", _jsonl_with_binary_line, 2, "posts.jsonl", ["good-1", "good-2"]),
    Case("drafts folder with a binary file", _drafts_folder_with("bad.txt", bytes(range(256)) * 4), 2,
         "bad.txt", ["good-1", "good-2"]),
    Case("drafts folder with a FIFO", _drafts_folder_with("fifo.txt", None), 2, "fifo.txt", ["good-1", "good-2"]),
    Case("drafts folder holding media.json", _drafts_folder_with_media_json, 2, "media.json"),
    Case("empty JSONL", _one_export_file("posts.jsonl", ""), 0),
    Case("CSV without a text column", _one_export_file("posts.csv", "id,when\n1,today\n"), 2, "posts.csv"),
    Case("X archive with a broken tweets.js",
         _export({"data/tweets.js": "window.YTD.tweets.part0 = [{\"tweet\": "}), 2, "tweets.js"),
    Case("Mastodon outbox that is not JSON", _export({"outbox.json": "{\"orderedItems\": [", "actor.json": "{}"}),
         2, "outbox.json"),
    Case("Facebook export with a broken posts file",
         _export({"your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json": "[{"}),
         2, "your_posts__check_ins__photos_and_videos_1.json"),
    Case("Instagram export with a broken posts file",
         _export({"your_instagram_activity/content/posts_1.json": "[{\"media\": "}), 2, "posts_1.json"),
    Case("LinkedIn Shares.csv with no columns", _one_export_file("Shares.csv", "\x00\x00\x00"), 2, "Shares.csv"),
]


def main() -> None:
    out = Path(sys.argv[1])
    for number, case in enumerate(CASES):
        folder = out / f"{number:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{folder}\t{case.name}\t{' '.join(case.make(folder))}")


if __name__ == "__main__":
    main()
