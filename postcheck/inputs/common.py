"""Pieces several readers share: options, record errors, timestamps, mojibake, media paths.

A reader turns each record of an export into a `Post`, or into an `Unreadable` that says
why it could not, so one bad record never stops a batch. Reasons name the field or the
syntax that was wrong, never the record's content: they may be logged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeAlias

from postcheck.errors import InputError
from postcheck.model import Post, SourceLocation, Unreadable

Item: TypeAlias = Post | Unreadable


@dataclass(frozen=True)
class ColumnOptions:
    """Column (or key) names the user chose for CSV and JSON Lines; None means detect."""

    text: str | None = None
    id: str | None = None
    image: str | None = None


class RecordError(Exception):
    """One record cannot become a Post. The message says why, never what it contained."""


def require(record: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    """`record[key]`, checked to be a dict entry of the expected JSON type."""
    if not isinstance(record, dict):
        raise RecordError(f"record is a JSON {_json_type(record)}, expected an object")
    if key not in record:
        raise RecordError(f"record has no '{key}' field")
    value = record[key]
    if not isinstance(value, kind):
        raise RecordError(f"field '{key}' is a JSON {_json_type(value)}")
    return value


def objects(record: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The optional list of JSON objects at `record[key]` ([] when absent or null)."""
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise RecordError(f"field '{key}' is not a list of objects")
    return value


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def build_each(
    records: Iterable[tuple[SourceLocation, Any]],
    build: Callable[[Any, SourceLocation], Post | None],
) -> Iterator[Item]:
    """Turn located records into Posts; a RecordError (raised or yielded) becomes an Unreadable.

    `build` returns None for a record that is deliberately not a post (e.g. a boost).
    """
    for where, record in records:
        try:
            if isinstance(record, RecordError):
                raise record
            post = build(record, where)
        except RecordError as err:
            yield Unreadable(source=where, reason=str(err))
            continue
        if post is not None:
            yield post


def each_file(files: list[Path], read_file: Callable[[Path], Iterator[Item]]) -> Iterator[Item]:
    """Read the files of one export in order.

    When the input is a single file that cannot be read at all, there is nothing to scan:
    InputError. When it is one part of a multi-part export, that part becomes one
    Unreadable item and the other parts are still read.
    """
    for file in files:
        try:
            yield from read_file(file)
        except InputError as err:
            if len(files) == 1:
                raise
            yield Unreadable(source=SourceLocation(file=str(file)), reason=str(err))


def iso_from_epoch(value: Any) -> str:
    """An epoch timestamp (seconds, or milliseconds when that large) as ISO-8601 UTC."""
    seconds = float(value)
    if seconds > 1e11:  # no post is dated after the year 5138: this is milliseconds
        seconds /= 1000
    return datetime.fromtimestamp(seconds, tz=UTC).isoformat()


def iso_timestamp(value: Any) -> str | None:
    """A timestamp from a user's table as ISO-8601; an unrecognised one is kept as written."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return iso_from_epoch(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return iso_from_epoch(text)
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return text


def fix_mojibake(text: str) -> str:
    """Undo Meta's export encoding: UTF-8 bytes stored as Latin-1 code points.

    Applied only when the round trip succeeds, so text that was stored correctly
    (or contains real characters above U+00FF) is returned unchanged.
    """
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


# A scheme has two letters or more, so a Windows drive ("C:\\photos") is not taken for one.
_URL_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+:")


def is_remote(reference: str) -> bool:
    """True for a URL (http, https, data…) rather than a path inside the export."""
    return _URL_SCHEME.match(reference) is not None


def export_media(file: Path, uri: str, inner_dirs: frozenset[str]) -> Path:
    """The local path of a media URI found in an export file.

    Meta exports keep their JSON a few folders deep (e.g. `your_instagram_activity/content/`)
    while media URIs are relative to the export's top folder: walk up past those inner
    folders. If the file is not there but exists relative to a folder in between, use that;
    a missing file keeps the top-folder path, so the image screener can report it.
    """
    folders = [file.parent]
    while folders[-1].name in inner_dirs and folders[-1].parent != folders[-1]:
        folders.append(folders[-1].parent)
    for folder in reversed(folders):
        if (folder / uri).exists():
            return folder / uri
    return folders[-1] / uri


def natural_order(path: Path) -> list[Any]:
    """Sort key that puts part2 before part10."""
    return [int(piece) if piece.isdigit() else piece for piece in re.split(r"(\d+)", path.name)]


def sniff(file: Path, size: int = 4096) -> str:
    """The first bytes of a file as text, for recognising a format by its shape."""
    try:
        with file.open("rb") as handle:
            return handle.read(size).decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    except OSError as err:
        raise InputError(f"cannot read {file}: {err.strerror}") from err
