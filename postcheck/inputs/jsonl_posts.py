"""JSON Lines files of posts: one JSON object per line (the evaluation format is one)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from postcheck.inputs.columns import post_from_record
from postcheck.inputs.common import ColumnOptions, Item, RecordError, build_each, each_file
from postcheck.inputs.textfile import numbered_lines
from postcheck.model import Post, SourceLocation

NAME = "jsonl"
SUFFIXES = (".jsonl", ".ndjson")


def files_in(folder: Path) -> list[Path]:
    """A folder is never read as JSON Lines: name the file."""
    return []


def claims(file: Path) -> bool:
    return file.suffix.lower() in SUFFIXES


def read(files: list[Path], options: ColumnOptions) -> Iterator[Item]:
    return each_file(files, lambda file: _read_file(file, options))


def _read_file(file: Path, options: ColumnOptions) -> Iterator[Item]:
    located = (
        (SourceLocation(file=str(file), line=number), (text, valid))
        for number, text, valid in numbered_lines(file)
    )

    def build(line: tuple[str, bool], where: SourceLocation) -> Post | None:
        text, valid = line
        if not valid:
            raise RecordError("line is not valid UTF-8")
        if not text.strip():
            return None
        try:
            record = json.loads(text.strip())
        except json.JSONDecodeError as err:
            raise RecordError(f"line is not valid JSON ({err.msg}, column {err.colno})") from err
        if not isinstance(record, dict):
            raise RecordError("line is not a JSON object")
        return post_from_record(record, where, options, file)

    yield from build_each(located, build)
