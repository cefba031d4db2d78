"""Opening the files postcheck writes: reports, photo copies and the watchlist hold drafts,
findings or digests of client names, so only their owner may read them (mode 0600)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO

PRIVATE_MODE = 0o600


def open_private(path: Path, mode: str = "w", **options) -> IO:
    """Open `path` for writing as a file only its owner can read, making its folder if needed.

    A new file is created 0600; an existing regular file is truncated and set to 0600. Devices
    and pipes (`--output /dev/null`, a FIFO) are written to as they are, their mode untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    try:
        if stat.S_ISREG(os.fstat(descriptor).st_mode):
            os.fchmod(descriptor, PRIVATE_MODE)
        return os.fdopen(descriptor, mode, **options)
    except BaseException:
        os.close(descriptor)
        raise
