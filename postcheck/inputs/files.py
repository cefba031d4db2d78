"""Reading a whole input file: regular files only, and text in the encodings editors save.

A FIFO, a device or a folder is refused before a byte is read (reading a FIFO would wait
forever). Text is UTF-8, with or without a byte-order mark; a UTF-16 or UTF-32 file is read
when it starts with its byte-order mark (Windows Notepad's "Unicode" saves UTF-16 so).
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from postcheck.errors import InputError

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_MARKED_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_regular_file(path: Path, what: str = "file") -> bytes:
    """The bytes of `path`; InputError naming it when it is not a regular file or cannot be read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise InputError(f"cannot read {what} {path}: {err.strerror or type(err).__name__}") from err
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        if stat.S_ISDIR(mode):
            raise InputError(f"{what} {path} is a folder; `postcheck scan {path}` screens every draft in it")
        raise InputError(f"{what} {path} is not a regular file")
    with os.fdopen(descriptor, "rb") as handle:
        try:
            return handle.read()
        except OSError as err:
            raise InputError(f"cannot read {what} {path}: {err.strerror or type(err).__name__}") from err


def decode_text(raw: bytes) -> str:
    """Text from bytes: by the byte-order mark when there is one, else strict UTF-8.

    Raises UnicodeDecodeError (its `start` is the bad byte's offset) on anything else."""
    for mark, encoding in _MARKED_ENCODINGS:
        if raw.startswith(mark):
            return raw[len(mark):].decode(encoding)
    return raw.decode("utf-8")
