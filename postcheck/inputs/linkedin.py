"""LinkedIn "Get a copy of your data": `Shares.csv`, one share per row.

Header: Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility. `MediaUrl` is a
remote URL and is not fetched; `Date` has no time zone and is kept without one. A share
whose link preview has several thumbnails is repeated on consecutive rows: read once.

LinkedIn's quirk: in a multi-line share every line is wrapped in doubled quotes inside
the quoted field, so after CSV parsing the first line ends with `"`, the last starts with
one and every line between is `"…"`. Those quotes are removed, and only when the whole
pattern is there, so a one-line share keeps any quotes it really has.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from postcheck.errors import InputError
from postcheck.inputs.common import ColumnOptions, Item, build_each, each_file, iso_timestamp, sniff
from postcheck.inputs.textfile import csv_table
from postcheck.model import Post, SourceLocation

NAME = "linkedin"
FILE_NAME = "Shares.csv"
HEADER = ("Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility")


def files_in(folder: Path) -> list[Path]:
    return [folder / FILE_NAME] if (folder / FILE_NAME).is_file() else []


def claims(file: Path) -> bool:
    if file.suffix.lower() != ".csv":
        return False
    return file.name == FILE_NAME or "ShareCommentary" in sniff(file, 300).split("\n", 1)[0]


def read(files: list[Path], options: ColumnOptions) -> Iterator[Item]:
    return each_file(files, _read_file)


def _read_file(file: Path) -> Iterator[Item]:
    header, rows = csv_table(file)
    if "ShareCommentary" not in header:
        raise InputError(f"{file} has no LinkedIn Shares header ({','.join(HEADER)})")
    yield from build_each(_first_of_each_share(rows), lambda row, where: _post(row, where, file))


def _first_of_each_share(rows: Iterator[tuple[SourceLocation, Any]]) -> Iterator[tuple[SourceLocation, Any]]:
    """LinkedIn repeats a share on consecutive rows, one per thumbnail size of its link
    preview (only MediaUrl differs); the share is one post, located at its first row."""
    previous = None
    for where, row in rows:
        key = (row.get("ShareLink"), row.get("ShareCommentary")) if isinstance(row, dict) else None
        if key is None or key != previous:
            yield where, row
        previous = key


def _post(row: dict[str, str], where: SourceLocation, file: Path) -> Post:
    urn = unquote(row.get("ShareLink", "").rstrip("/").rsplit("/", 1)[-1]) or None
    return Post(
        # Named by file and line, like any table: a share can reappear further down.
        id=f"{file.stem}:{where.line}",
        text=strip_doubled_quotes(row["ShareCommentary"]),
        images=[],  # MediaUrl is remote-only
        source=SourceLocation(
            file=where.file, line=where.line, post_id=urn, timestamp=iso_timestamp(row.get("Date"))
        ),
    )


def strip_doubled_quotes(text: str) -> str:
    """Undo LinkedIn's per-line quoting of multi-line shares (see the module docstring)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    first, *middle, last = lines
    wrapped = all(len(line) >= 2 and line[0] == '"' and line[-1] == '"' for line in middle)
    if not (first.endswith('"') and last.startswith('"') and wrapped):
        return text
    return "\n".join([first[:-1], *(line[1:-1] for line in middle), last[1:]])
