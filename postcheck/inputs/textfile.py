"""Reading line-based files (CSV, JSON Lines) lazily, one line at a time.

Lines are decoded one by one so that a single line of invalid UTF-8 spoils only the
record it belongs to, not the rest of the file.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

from postcheck.errors import InputError
from postcheck.inputs.common import RecordError
from postcheck.model import SourceLocation


def numbered_lines(file: Path) -> Iterator[tuple[int, str, bool]]:
    """(1-based line number, text, whether it was valid UTF-8) for each line, read lazily.

    An invalid line is decoded with replacement characters so that its neighbours still
    parse; callers report the record it belongs to as unreadable.
    """
    try:
        handle = file.open("rb")
    except OSError as err:
        raise InputError(f"cannot read {file}: {err.strerror}") from err
    with handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            try:
                yield number, raw.decode("utf-8"), True
            except UnicodeDecodeError:
                yield number, raw.decode("utf-8", errors="replace"), False


def csv_records(file: Path) -> Iterator[tuple[int, list[str], str | None]]:
    """(first line, fields, problem) for each CSV record; problem is None for a good one.

    A record may span several lines (quoted newlines); it is located by its first line.
    Blank lines are skipped.
    """
    invalid_lines: list[int] = []

    def lines() -> Iterator[str]:
        for number, text, valid in numbered_lines(file):
            if not valid:
                invalid_lines.append(number)
            yield text

    reader = csv.reader(lines())
    first_line = 1
    while True:
        try:
            fields = next(reader)
            problem = None
        except StopIteration:
            return
        except csv.Error as err:
            fields, problem = [], f"CSV syntax error ({err})"
        last_line = reader.line_num
        if invalid_lines and invalid_lines[0] <= last_line:
            problem = f"line {invalid_lines[0]} is not valid UTF-8"
            invalid_lines[:] = [n for n in invalid_lines if n > last_line]
        if fields or problem:
            yield first_line, fields, problem
        first_line = last_line + 1


def csv_table(file: Path) -> tuple[list[str], Iterator[tuple[SourceLocation, dict[str, str] | RecordError]]]:
    """A CSV file's header, read now, and its rows as header -> value mappings, read lazily.

    A row that cannot be read, or has more or fewer fields than the header, comes out
    as a RecordError in place of the mapping.
    """
    records = csv_records(file)
    first = next(records, None)
    if first is None:
        raise InputError(f"{file} is empty")
    _, header, problem = first
    if problem:
        raise InputError(f"{file}: the header row cannot be read ({problem})")

    def rows() -> Iterator[tuple[SourceLocation, dict[str, str] | RecordError]]:
        for line, fields, problem in records:
            where = SourceLocation(file=str(file), line=line)
            if problem:
                yield where, RecordError(problem)
            elif len(fields) != len(header):
                yield where, RecordError(f"row has {len(fields)} fields, the header has {len(header)}")
            else:
                yield where, dict(zip(header, fields, strict=True))

    return header, rows()
