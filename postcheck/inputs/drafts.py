"""A folder of drafts: one post per .txt or .md file, photos beside it with the same stem.

`visit.txt` gets `visit.jpg`, `visit.png`, `visit.1.jpg`, `visit.2.jpg`…; a draft can also
reference images Markdown-style (`![alt](photos/park.jpg)`), relative to the draft.
Subfolders are read too; hidden files are not.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import sys
from typing import Optional

from postcheck.errors import InputError
from postcheck.inputs.common import ColumnOptions, Item, is_remote
from postcheck.inputs.files import decode_text, read_regular_file
from postcheck.model import Post, SourceLocation, Unreadable

NAME = "drafts"
DRAFT_SUFFIXES = frozenset({".txt", ".md"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".tif", ".tiff", ".bmp"})
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_NUMBERED = re.compile(r"\.\d+$")  # the ".1" in visit.1.jpg


def files_in(folder: Path) -> list[Path]:
    return sorted(
        (path for path in folder.rglob("*") if claims(path) and not _hidden(path.relative_to(folder))),
        key=lambda path: path.relative_to(folder).parts,
    )


def claims(file: Path) -> bool:
    # Not only regular files: a FIFO or a broken link named like a draft is reported, not skipped.
    return file.suffix.lower() in DRAFT_SUFFIXES and not file.is_dir()


def read(files: list[Path], options: ColumnOptions) -> Iterator[Item]:
    """One item per draft file; images found once per folder, not once per draft."""
    top = Path(os.path.commonpath([file.parent for file in files]))
    folder, images = None, {}
    for file in files:  # sorted, so each folder's drafts come together
        if file.parent != folder:
            folder, images = file.parent, _images_by_stem(file.parent)
        yield _read_draft(file, top, images.get(file.stem, []))


def _read_draft(file: Path, top: Path, beside: list[Path]) -> Item:
    where = SourceLocation(file=str(file))
    try:
        raw = read_regular_file(file, "draft")
    except InputError as err:
        return Unreadable(source=where, reason=str(err))
    try:
        text = decode_text(raw)
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        return Unreadable(source=SourceLocation(file=str(file), line=line), reason="not valid UTF-8")
    referenced = [file.parent / ref for ref in _MARKDOWN_IMAGE.findall(text) if not is_remote(ref)]
    return Post(
        id=file.relative_to(top).as_posix(),
        text=text,
        images=list(dict.fromkeys(beside + referenced)),
        source=where,
    )


def _images_by_stem(folder: Path) -> dict[str, list[Path]]:
    """Images in one folder grouped by the draft stem they belong to."""
    groups: dict[str, list[Path]] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
            groups.setdefault(_NUMBERED.sub("", path.stem), []).append(path)
    return groups


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def read_draft(path: Optional[str], text: Optional[str]) -> tuple[str, SourceLocation]:
    """The one draft `check` screens: from --text, a file, or standard input ('-')."""
    if text is not None:
        if path is not None:
            raise InputError("give a draft file or --text, not both")
        return text, SourceLocation()
    if path is None:
        raise InputError("no draft given: pass a file, '-' for standard input, or --text \"...\"")
    if path == "-":
        raw, source = sys.stdin.buffer.read(), SourceLocation(file="<stdin>")
    else:
        raw, source = read_regular_file(Path(path), "draft"), SourceLocation(file=path)
    try:
        return decode_text(raw), source
    except UnicodeDecodeError as exc:
        raise InputError(
            f"draft {source.file} is not valid UTF-8 (bad byte at position {exc.start}); "
            "save it as UTF-8 and try again"
        ) from exc
