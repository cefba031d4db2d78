"""Reading whole JSON export files, one at a time, with the line each record starts on.

Platform exports are split into parts of a few megabytes, so one part is parsed at a
time; records are then handed out one by one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from postcheck.errors import InputError
from postcheck.inputs.common import RecordError
from postcheck.inputs.files import decode_text, read_regular_file
from postcheck.model import SourceLocation

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"


def read_text(file: Path) -> str:
    """A whole export file as text; InputError when it cannot be read or is not UTF-8."""
    raw = read_regular_file(file)
    try:
        return decode_text(raw)
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise InputError(f"{file} is not valid UTF-8 (line {line})") from err


def load_json(file: Path) -> Any:
    """A whole JSON file; InputError when it is not valid JSON."""
    try:
        return json.loads(read_text(file))
    except json.JSONDecodeError as err:
        raise InputError(f"{file} is not valid JSON ({err.msg}, line {err.lineno})") from err


def located_elements(
    file: Path, text: str, start: int = 0
) -> Iterator[tuple[SourceLocation, tuple[int, Any] | RecordError]]:
    """Each element of the JSON array at `text[start:]`: its location and (1-based index, value).

    InputError if there is no array there. A syntax error part-way yields one
    RecordError in place of (index, value) and stops: the earlier records have been
    handed out, and the rest of the file cannot be told apart reliably.
    """
    position = _skip_space(text, start)
    if not text.startswith("[", position):
        raise InputError(f"{file} does not hold a JSON list of records")
    position += 1
    line, counted_to = 1 + text.count("\n", 0, position), position
    index = 0
    while True:
        position = _skip_space(text, position)
        if text.startswith("]", position):
            return
        try:
            if index:
                if not text.startswith(",", position):
                    raise json.JSONDecodeError("expected ',' or ']'", text, position)
                position = _skip_space(text, position + 1)
            line, counted_to = line + text.count("\n", counted_to, position), position
            value, position = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as err:
            reason = f"JSON syntax error ({err.msg}, line {err.lineno}); the rest of this file was not read"
            yield SourceLocation(file=str(file), line=err.lineno), RecordError(reason)
            return
        index += 1
        yield SourceLocation(file=str(file), line=line), (index, value)


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position
