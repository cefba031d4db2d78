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

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"


def read_text(file: Path) -> str:
    """A whole export file as text; InputError when it cannot be read or is not UTF-8."""
    try:
        raw = file.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {file}: {err.strerror}") from err
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise InputError(f"{file} is not valid UTF-8 (line {line})") from err


def load_json(file: Path) -> Any:
    """A whole JSON file; InputError when it is not valid JSON."""
    try:
        return json.loads(read_text(file))
    except json.JSONDecodeError as err:
        raise InputError(f"{file} is not valid JSON ({err.msg}, line {err.lineno})") from err


def array_elements(text: str, start: int = 0) -> Iterator[tuple[int, int, Any]]:
    """(1-based index, line, value) for each element of the JSON array at `text[start:]`.

    InputError if there is no array there. A syntax error part-way yields one
    RecordError in place of a value and stops: earlier records have been handed out,
    and the rest of the file cannot be told apart reliably.
    """
    position = _skip_space(text, start)
    if not text.startswith("[", position):
        raise InputError("expected a JSON list of records")
    position += 1
    line, counted_to = 1 + text.count("\n", 0, position), position
    index = 0
    while True:
        position = _skip_space(text, position)
        if text.startswith("]", position):
            return
        if index:
            if not text.startswith(",", position):
                yield index + 1, _line_at(text, position, line, counted_to), _syntax_error(text, position)
                return
            position = _skip_space(text, position + 1)
        line, counted_to = line + text.count("\n", counted_to, position), position
        try:
            value, position = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as err:
            yield index + 1, line, _syntax_error(text, err.pos, err.msg)
            return
        index += 1
        yield index, line, value


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position


def _line_at(text: str, position: int, line: int, counted_to: int) -> int:
    return line + text.count("\n", counted_to, position)


def _syntax_error(text: str, position: int, message: str = "expected ',' or ']'") -> RecordError:
    line = text.count("\n", 0, position) + 1
    return RecordError(f"JSON syntax error ({message}, line {line}); the rest of this file was not read")
