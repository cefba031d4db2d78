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

from postcheck.inputs.common import ColumnOptions, Item, is_remote
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
    return file.suffix.lower() in DRAFT_SUFFIXES and file.is_file()


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
        raw = file.read_bytes()
    except OSError as err:
        return Unreadable(source=where, reason=f"cannot read the file ({err.strerror})")
    try:
        text = raw.decode("utf-8-sig")
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
