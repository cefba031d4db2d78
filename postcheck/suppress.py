"""Suppressions that leave a trail: an ignore file of reviewed findings, and baselines.

The ignore file (`.postcheckignore`) is TOML, one table per accepted finding, so a review
shows who accepted what and why (the reason is required):

    [[ignore]]
    fingerprint = "3f2a9c0d1e4b5a67"   # from the report's JSON, SARIF or terminal output
    rule = "PC-SCHED-001"              # optional: only suppress a finding of this rule
    reason = "The county announced this event publicly"

A baseline is an earlier report (JSON, JSON Lines or SARIF): the findings it holds were
known then, so only new ones count. Either way a suppressed finding stays in the report,
marked `suppressed` with its reason; it is never dropped, it just does not set the verdict.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from postcheck.errors import InputError
from postcheck.model import Report
from postcheck.render.json_report import finding_fingerprint
from postcheck.render.sarif import FINGERPRINT_KEY

ENTRY_KEYS = {"fingerprint", "reason", "rule"}
FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")
IGNORE_FILE_HEADER = """\
# postcheck ignore file: findings a person reviewed and accepted.
# Each [[ignore]] needs the finding's fingerprint and the reason it is acceptable.
# Add entries with `postcheck ignore FINGERPRINT --reason "..."`.
"""


@dataclass(frozen=True)
class Suppression:
    """One accepted finding: which one (fingerprint, optionally its rule) and why."""

    fingerprint: str
    reason: str
    rule: str | None = None


@dataclass
class Suppressor:
    """Marks findings that were accepted (ignore file) or already known (baseline)."""

    accepted: dict[str, Suppression]
    baseline: frozenset[str] = frozenset()
    baseline_name: str = ""

    @classmethod
    def load(cls, ignore_file: Path | None, baseline: Path | None = None) -> "Suppressor":
        """An ignore file that does not exist suppresses nothing; a baseline must exist."""
        accepted = read_ignore_file(ignore_file) if ignore_file is not None and ignore_file.exists() else []
        return cls(
            accepted={s.fingerprint: s for s in accepted},
            baseline=read_baseline(baseline) if baseline is not None else frozenset(),
            baseline_name=str(baseline or ""),
        )

    def apply(self, report: Report) -> Report:
        """Mark the report's suppressed findings in place; every finding stays in the report."""
        for finding in report.findings:
            if finding.suppressed:
                continue
            fingerprint = finding_fingerprint(finding, report.post.source)
            accepted = self.accepted.get(fingerprint)
            if accepted is not None and (accepted.rule is None
                                         or accepted.rule.upper() in {r.upper() for r in finding.rule_ids}):
                finding.suppressed, finding.suppression_reason = True, accepted.reason
            elif fingerprint in self.baseline:
                finding.suppressed, finding.suppression_reason = True, f"in baseline {self.baseline_name}"
        return report


def read_ignore_file(path: Path) -> list[Suppression]:
    """Every entry of an ignore file, validated: fingerprint format, a reason, no unknown keys."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read ignore file {path}: {exc.strerror or type(exc).__name__}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from exc
    extra = set(data) - {"ignore"}
    if extra:
        raise InputError(f"{path}: unknown key '{sorted(extra)[0]}'; entries go in [[ignore]] tables")
    entries = data.get("ignore", [])
    if not isinstance(entries, list):
        raise InputError(f"{path}: 'ignore' must be [[ignore]] tables")
    suppressions: dict[str, Suppression] = {}
    for number, entry in enumerate(entries, start=1):
        suppression = _entry(entry, f"{path}, entry {number}")
        if suppression.fingerprint in suppressions:
            raise InputError(f"{path}, entry {number}: fingerprint {suppression.fingerprint} is listed twice")
        suppressions[suppression.fingerprint] = suppression
    return list(suppressions.values())


def _entry(entry: Any, where: str) -> Suppression:
    if not isinstance(entry, dict):
        raise InputError(f"{where}: must be a table")
    unknown = set(entry) - ENTRY_KEYS
    if unknown:
        raise InputError(f"{where}: unknown key '{sorted(unknown)[0]}' (keys: fingerprint, reason, rule)")
    fingerprint, reason, rule = entry.get("fingerprint"), entry.get("reason"), entry.get("rule")
    if not isinstance(fingerprint, str) or not FINGERPRINT.match(fingerprint):
        raise InputError(f"{where}: 'fingerprint' must be the 16 hex digits of a finding's fingerprint")
    if not isinstance(reason, str) or not reason.strip():
        raise InputError(f"{where}: 'reason' is required: say why this finding is acceptable")
    if rule is not None and not isinstance(rule, str):
        raise InputError(f"{where}: 'rule' must be a rule ID string")
    return Suppression(fingerprint, reason.strip(), rule)


def add_to_ignore_file(path: Path, fingerprint: str, reason: str, rule: str | None = None) -> Suppression:
    """Append one entry (creating the file with a header); existing text and comments are kept."""
    suppression = _entry({"fingerprint": fingerprint, "reason": reason} | ({"rule": rule} if rule else {}),
                         "the new entry")
    existing = read_ignore_file(path) if path.exists() else []
    if any(s.fingerprint == fingerprint for s in existing):
        raise InputError(f"{path} already lists fingerprint {fingerprint}")
    lines = ["", "[[ignore]]", f"fingerprint = {json.dumps(fingerprint)}"]
    if rule:
        lines.append(f"rule = {json.dumps(rule, ensure_ascii=False)}")
    lines.append(f"reason = {json.dumps(suppression.reason, ensure_ascii=False)}")
    header = "" if path.exists() else IGNORE_FILE_HEADER
    with path.open("a", encoding="utf-8") as handle:
        handle.write(header + "\n".join(lines) + "\n")
    return suppression


def read_baseline(path: Path) -> frozenset[str]:
    """The fingerprints of every finding in an earlier report: JSON, JSON Lines or SARIF."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read baseline {path}: {exc.strerror or type(exc).__name__}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"baseline {path} is not valid UTF-8") from exc
    try:
        documents = [json.loads(text)]
    except json.JSONDecodeError:
        try:
            documents = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise InputError(f"baseline {path} is not a postcheck JSON, JSON Lines or SARIF report "
                             f"(line {exc.lineno})") from exc
    fingerprints: set[str] = set()
    for document in documents:
        fingerprints.update(_fingerprints(document, path))
    return frozenset(fingerprints)


def _fingerprints(document: Any, path: Path) -> Iterable[str]:
    if isinstance(document, list):  # a JSON array of reports
        return (fp for item in document for fp in _fingerprints(item, path))
    if isinstance(document, dict) and "findings" in document:  # one postcheck report
        return (f["fingerprint"] for f in document["findings"] if isinstance(f, dict) and "fingerprint" in f)
    if isinstance(document, dict) and "runs" in document:  # SARIF
        return (
            result["partialFingerprints"][FINGERPRINT_KEY]
            for run in document["runs"]
            for result in run.get("results", [])
            if FINGERPRINT_KEY in result.get("partialFingerprints", {})
        )
    raise InputError(f"baseline {path} is not a postcheck JSON, JSON Lines or SARIF report")
