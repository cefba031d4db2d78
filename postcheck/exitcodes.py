"""Exit codes, the contract with scripts and CI jobs (documented in the README)."""

OK = 0  # nothing at or above --fail-on
FINDINGS = 1  # findings at or above --fail-on
USAGE = 2  # usage or input error: bad option, unreadable draft/export/config
DETECTOR = 3  # a detector failed: screening did not complete (fail closed)
INTERRUPTED = 130  # stopped by SIGINT or SIGTERM before it finished (128 + SIGINT, the shell's convention)
