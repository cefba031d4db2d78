"""CSV files of posts: one row per post, columns named in a header row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from postcheck.errors import InputError
from postcheck.inputs.columns import TEXT_NAMES, find_name, post_from_record
from postcheck.inputs.common import ColumnOptions, Item, build_each, each_file
from postcheck.inputs.textfile import csv_table

NAME = "csv"


def files_in(folder: Path) -> list[Path]:
    """A folder is never read as CSV: name the file."""
    return []


def claims(file: Path) -> bool:
    return file.suffix.lower() == ".csv"


def read(files: list[Path], options: ColumnOptions) -> Iterator[Item]:
    return each_file(files, lambda file: _read_file(file, options))


def _read_file(file: Path, options: ColumnOptions) -> Iterator[Item]:
    header, rows = csv_table(file)
    _check_columns(file, header, options)
    yield from build_each(rows, lambda row, where: post_from_record(row, where, options, file))


def _check_columns(file: Path, header: list[str], options: ColumnOptions) -> None:
    """Fail before the first row when a column the user named, or any text column, is missing."""
    columns = ", ".join(header)
    for chosen, role in (
        (options.text, "--text-column"),
        (options.id, "--id-column"),
        (options.image, "--image-column"),
    ):
        if chosen and find_name(header, chosen, ()) is None:
            raise InputError(f"{file} has no column '{chosen}' ({role}); its columns are: {columns}")
    if find_name(header, None, TEXT_NAMES) is None and not options.text:
        raise InputError(
            f"{file} has no text column ({', '.join(TEXT_NAMES)}); its columns are: {columns}; "
            "name one with --text-column"
        )
