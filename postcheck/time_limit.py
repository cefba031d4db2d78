"""A limit on the seconds one post's screening may take, as a safety net behind the size limits.

Every stage is linear in its input and bounded by `max_chars`, so the limit should never be
reached; if a detector nevertheless stalls on some input, the post becomes an error naming the
limit instead of holding up a check or a scan. The timer is SIGALRM, which only the main thread
of a process receives: `check` and each scan worker screen there; elsewhere the limit is not
enforced (and `limited()` says so by returning False).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitExceeded(BaseException):
    """Raised inside the screening code when its time is up. A BaseException, like
    KeyboardInterrupt, so that detectors' `except Exception` (fail closed) do not take it
    for a crash."""


def enforceable() -> bool:
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


@contextmanager
def time_limit(seconds: float) -> Iterator[bool]:
    """Raise TimeLimitExceeded in the block after `seconds`; yields whether the limit is enforced."""
    if seconds <= 0 or not enforceable():
        yield False
        return

    def expire(signum, frame):  # noqa: ARG001 - the signal handler's signature
        raise TimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
