"""CSV for spreadsheets: one row per finding and one per error; a clean post has no row.

Rows are made from `report_to_dict`, so the CSV says exactly what the JSON says.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from postcheck.model import Report
from postcheck.render.json_report import report_to_dict

COLUMNS = [
    "post_id",
    "source_file",
    "source_line",
    "source_post_id",
    "verdict",
    "row_type",  # "finding", "input_error" or "detector_error"
    "rule_id",
    "category",
    "severity",
    "message",
    "fix",
    "cites",
    "quote",
    "start",
    "end",
    "image",
    "suppressed",
    "suppression_reason",
    "detector",
    "confidence",
    "fingerprint",
    "also_rules",
]

# A cell starting with one of these is run as a formula by spreadsheet programs; drafts are
# untrusted text, so such cells get a leading apostrophe (OWASP's advice for CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CsvWriter:
    """Writes a header, then rows as reports arrive."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._csv = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        self._csv.writeheader()

    def write(self, report: Report) -> None:
        doc = report_to_dict(report, include_text=False)
        post = {
            "post_id": doc["post"]["id"],
            "source_file": doc["post"]["source"]["file"],
            "source_line": doc["post"]["source"]["line"],
            "source_post_id": doc["post"]["source"]["post_id"],
            "verdict": doc["verdict"],
        }
        for finding in doc["findings"]:
            self._row(post | _finding_cells(finding))
        for error in doc["errors"]:
            self._row(post | _error_cells(error))
        self._out.flush()

    def close(self) -> None:
        self._out.flush()

    def _row(self, cells: dict[str, Any]) -> None:
        self._csv.writerow({name: _cell(cells.get(name)) for name in COLUMNS})


def _finding_cells(finding: dict[str, Any]) -> dict[str, Any]:
    span = finding["span"] or {}
    return finding | {
        "row_type": "finding",
        "cites": "; ".join(f"{policy}: {clause}" for policy, clause in finding["cites"].items()),
        "start": span.get("start"),
        "end": span.get("end"),
        "also_rules": " ".join(finding["also_rules"]),
    }


def _error_cells(error: dict[str, Any]) -> dict[str, Any]:
    return error | {"row_type": f"{error['kind']}_error"}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text
