"""Exit codes, the contract with scripts and CI jobs (the README's exit-code table), and the
one rule that picks a run's code from its reports."""

from __future__ import annotations

from collections.abc import Iterable

from postcheck.model import ErrorKind, Report, Verdict, verdict_for

OK = 0  # nothing at or above --fail-on
FINDINGS = 1  # findings at or above --fail-on
USAGE = 2  # usage or input error: bad option, unreadable draft/export/config
DETECTOR = 3  # a detector failed: screening did not complete (fail closed)
INTERRUPTED = 130  # stopped by SIGINT or SIGTERM before it finished (128 + SIGINT, the shell's convention)


class ExitTally:
    """What the exit code depends on, taken from one report at a time: a scan keeps no reports."""

    def __init__(self) -> None:
        self.worst = Verdict.PASS  # the worst verdict of the active findings, errors aside
        self.error_kinds: set[ErrorKind] = set()
        self.not_screened = 0  # posts with an error

    def add(self, report: Report) -> None:
        self.error_kinds.update(e.kind for e in report.errors)
        self.not_screened += bool(report.errors)
        verdict = verdict_for(report.active_findings)
        if verdict.rank > self.worst.rank:
            self.worst = verdict

    def code(self, fail_on: str) -> int:
        """DETECTOR if a detector failed, else USAGE if an input was unreadable, else FINDINGS
        or OK by the --fail-on level."""
        if ErrorKind.DETECTOR in self.error_kinds:
            return DETECTOR
        if ErrorKind.INPUT in self.error_kinds:
            return USAGE
        threshold = {"block": Verdict.BLOCK, "warn": Verdict.WARN}.get(fail_on)
        if threshold is not None and self.worst.rank >= threshold.rank:
            return FINDINGS
        return OK


def exit_code_for(reports: Iterable[Report], fail_on: str) -> int:
    """The exit code of a run that produced `reports` (see ExitTally.code)."""
    tally = ExitTally()
    for report in reports:
        tally.add(report)
    return tally.code(fail_on)
