"""Which column (CSV) or key (JSON Lines) holds a post's text, id, images and time.

Users name them with --text-column/--id-column/--image-column; otherwise the first
common name present is used, compared without regard to case.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from postcheck.inputs.common import ColumnOptions, RecordError, is_remote, iso_timestamp
from postcheck.model import Post, SourceLocation

TEXT_NAMES = ("text", "post", "content", "body", "message", "caption")
ID_NAMES = ("id", "post_id")
IMAGE_NAMES = ("image", "images", "image_path", "image_paths", "media")
TIME_NAMES = ("timestamp", "created_at", "date", "time", "published")


def find_name(available: Iterable[str], chosen: str | None, common: tuple[str, ...]) -> str | None:
    """The column to use: the one the user chose, else the first common name present.

    Returns the name as spelled in the input, or None when nothing matches.
    """
    by_lower = {}
    for name in available:
        by_lower.setdefault(name.strip().lower(), name)
    for wanted in (chosen,) if chosen else common:
        if wanted.lower() in by_lower:
            return by_lower[wanted.lower()]
    return None


def image_paths(value: Any, base: Path) -> list[Path]:
    """Local image paths from a cell: a JSON list, or paths separated by ';' or '|'.

    Relative paths start at the folder of the file that names them; URLs are skipped
    because postcheck never fetches anything.
    """
    if value is None or value == "":
        return []
    if isinstance(value, str) and value.lstrip().startswith("["):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as err:
            raise RecordError(f"image list is not valid JSON ({err.msg})") from err
    if isinstance(value, str):
        references = re.split(r"[;|]", value)
    elif isinstance(value, list) and all(isinstance(item, str) for item in value):
        references = value
    else:
        raise RecordError("images must be a path, a ';'-separated list of paths or a JSON list of paths")
    return [
        base / reference.strip()
        for reference in references
        if reference.strip() and not is_remote(reference.strip())
    ]


def post_from_record(
    record: dict[str, Any], where: SourceLocation, options: ColumnOptions, file: Path
) -> Post:
    """A Post from one CSV row or JSON Lines object (already a name -> value mapping)."""
    text_key = find_name(record, options.text, TEXT_NAMES)
    if text_key is None:
        wanted = f"'{options.text}'" if options.text else "(" + ", ".join(TEXT_NAMES) + ")"
        raise RecordError(f"record has no text field {wanted}")
    text = record[text_key]
    if not isinstance(text, str):
        raise RecordError(f"field '{text_key}' is not a string")
    post_id = _cell(record, find_name(record, options.id, ID_NAMES))
    image_key = find_name(record, options.image, IMAGE_NAMES)
    images = image_paths(record[image_key], file.parent) if image_key else []
    timestamp = iso_timestamp(_cell(record, find_name(record, None, TIME_NAMES)))
    return Post(
        # The file and line, not the table's own id, name the post: they are unique by
        # construction, where a user's id column may repeat (and remembering every id
        # to check would make memory grow with the file).
        id=f"{file.stem}:{where.line}",
        text=text,
        images=images,
        source=SourceLocation(file=where.file, line=where.line, post_id=post_id, timestamp=timestamp),
    )


def _cell(record: dict[str, Any], key: str | None) -> str | None:
    value = record.get(key) if key else None
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None
