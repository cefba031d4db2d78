"""Input readers: drafts and platform exports in, `Post`s (or `Unreadable`s) out.

One module per format; `detect` picks one by the input's shape. Readers are lazy: a
post is read when the caller asks for it, so memory stays flat on any size of export
(a platform's JSON export is parsed one part file at a time).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from postcheck.inputs.common import ColumnOptions
from postcheck.inputs.detect import BY_NAME, detect
from postcheck.model import Post, Unreadable

FORMATS: list[str] = list(BY_NAME)


def read_posts(
    path: Path,
    *,
    fmt: str | None = None,
    text_column: str | None = None,
    id_column: str | None = None,
    image_column: str | None = None,
) -> Iterator[Post | Unreadable]:
    """Posts from a draft, a folder of drafts or a platform export, one at a time.

    Raises InputError here, before anything is screened, when `path` does not exist,
    its format cannot be told (or `fmt` does not fit it), a column named in the options
    is missing, or the input's only file cannot be read at all. After that nothing is
    raised: a record that cannot be read, or one broken part of a multi-part export,
    becomes an `Unreadable` with its location and reading goes on. Column options
    apply to CSV and JSON Lines.
    """
    reader, files = detect(Path(path), fmt)
    options = ColumnOptions(text=text_column, id=id_column, image=image_column)
    items = reader.read(files, options)
    # Read the first item now so that a file that cannot be opened or parsed at all
    # fails here, not half-way through the caller's loop.
    first = next(items, None)
    return items if first is None else chain([first], items)
