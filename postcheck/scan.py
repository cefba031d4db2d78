"""Batch screening: many posts through the Screener, in chunks, in one process or several.

    posts (lazy) -> chunks of `batch_size` -> Screener.screen_many in a worker -> reports, in input order

Each worker process builds its Screener once and keeps it for every chunk it is given. At
most a few chunks per worker are in flight, so memory stays flat however long the input
is. Chunks are the same whatever the number of workers, and reports come back in input
order, so `--jobs` never changes the report.

Nothing is lost: a post whose screening raised, or whose worker process died, comes back
as a Report with a detector error (verdict `error`, exit 3), and the scan goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING

from postcheck.exitcodes import ExitTally
from postcheck.model import ErrorKind, Post, Report, ScreenError, Unreadable, unreadable_report
from postcheck.render.summary import ScanSummary
from postcheck.settings import Settings

if TYPE_CHECKING:
    from postcheck.render import ReportWriter
    from postcheck.screener import Screener
    from postcheck.suppress import Suppressor

log = logging.getLogger("postcheck")

# spaCy's tok2vec and NER run faster on larger batches; a few hundred short posts is past the
# knee of that curve and still a small amount of memory per chunk in flight.
DEFAULT_BATCH_SIZE = 256
# Chunks in flight per worker: one being screened, one queued so a worker never waits for the
# parent, one being handed back.
CHUNKS_PER_WORKER = 3
# spawn, not fork: a fork copies the parent's threads' locks (rich's progress bar refreshes
# from a thread) and saves nothing here, because the parent never imports spaCy.
START_METHOD = "spawn"

Item = Post | Unreadable


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def screen_and_write(
    items: Iterable[Item],
    settings: Settings,
    suppressor: "Suppressor",
    writers: list["ReportWriter"],
    *,
    jobs: int = 1,
    keep_timings: bool = True,
    each_report: Callable[[], None] | None = None,
) -> tuple[ScanSummary, ExitTally]:
    """The scan: screen every item, mark its suppressed findings, write its report to every
    writer (then close them), and return the summary and what the exit code depends on.
    `each_report` is called once per report (a progress bar)."""
    summary, tally = ScanSummary(), ExitTally()
    for report in scan_reports(items, settings, jobs=jobs):
        suppressor.apply(report)
        if not keep_timings:
            report.timings.clear()
        for writer in writers:
            writer.write(report)
        summary.add(report)
        tally.add(report)
        if each_report is not None:
            each_report()
    for writer in writers:
        writer.close()
    return summary, tally


def scan_reports(
    items: Iterable[Item],
    settings: Settings,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Report]:
    """One Report per item, in input order, screened by `jobs` processes (1: this process).

    Unreadable items become Reports with an input error. The Screener is built here (or in
    each worker) from `settings`; a detector that cannot be built makes every post a
    detector error rather than stopping the scan.
    """
    chunks = _chunks(items, batch_size)
    if jobs <= 1:
        from postcheck.screener import Screener

        screener = Screener(settings)
        for chunk in chunks:
            yield from screen_chunk(screener, chunk)
    else:
        yield from _scan_in_workers(chunks, settings, jobs)


def screen_chunk(screener: Screener, chunk: list[Item]) -> list[Report]:
    """Screen one chunk; if the batch raises, screen its posts one by one so only the post
    that raised becomes an error."""
    try:
        return list(screener.screen_many(chunk, batch_size=len(chunk)))
    except Exception as exc:
        log.error("a batch of %d posts failed (%s); screening them one by one", len(chunk), type(exc).__name__)
    reports = []
    for item in chunk:
        try:
            reports.extend(screener.screen_many([item], batch_size=1))
        except Exception as exc:
            reports.append(_crashed(item, f"screening crashed: {type(exc).__name__}"))
    return reports


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(size, 1))):
        yield chunk


def _scan_in_workers(chunks: Iterator[list[Item]], settings: Settings, jobs: int) -> Iterator[Report]:
    """Keep `jobs * CHUNKS_PER_WORKER` chunks in flight and hand reports back in input order."""
    window = jobs * CHUNKS_PER_WORKER
    pool = _start_pool(settings, jobs)
    in_flight: deque[tuple[list[Item], Future]] = deque()
    try:
        while True:
            while len(in_flight) < window and (chunk := next(chunks, None)) is not None:
                in_flight.append((chunk, _submit(pool, chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                reports = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory, a crash in native code). Every chunk
                # still in flight is lost with the pool: report those posts, start a new pool.
                log.error("a worker process died; %d posts are reported as not screened",
                          len(chunk) + sum(len(c) for c, _ in in_flight))
                yield from (_crashed(item, "worker process died") for item in chunk)
                for lost, _ in in_flight:
                    yield from (_crashed(item, "worker process died") for item in lost)
                in_flight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _start_pool(settings, jobs)
                continue
            yield from reports
    except BaseException:  # interrupted, or the consumer stopped early: no worker may outlive the scan
        _stop_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's worker processes now, mid-chunk. Python 3.11's executor offers no
    public way to stop a running worker (3.14 adds `terminate_workers`), so its map is read."""
    for process in list(getattr(pool, "_processes", {}).values()):
        process.terminate()


def _start_pool(settings: Settings, jobs: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context(START_METHOD)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(settings,))


def _submit(pool: ProcessPoolExecutor, chunk: list[Item]) -> Future:
    try:
        return pool.submit(_screen_in_worker, chunk)
    except BrokenProcessPool as exc:  # the pool broke before this chunk went in: fail it the same way
        future: Future = Future()
        future.set_exception(exc)
        return future


# One Screener per worker process, built by the pool's initializer and kept for its lifetime.
_worker_screener: Screener | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_screener
    from postcheck.screener import Screener

    # Presidio logs every recognizer it loads; workers keep only warnings from postcheck.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    _worker_screener = Screener(settings)


def _screen_in_worker(chunk: list[Item]) -> list[Report]:
    return screen_chunk(_worker_screener, chunk)


def _crashed(item: Item, reason: str) -> Report:
    """The Report for an item whose screening did not complete."""
    if isinstance(item, Unreadable):
        return unreadable_report(item)
    return Report(post=item, errors=[ScreenError(ErrorKind.DETECTOR, "screener", reason)])
