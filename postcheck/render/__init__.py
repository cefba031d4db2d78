"""Renderers: each turns Reports into one output format and reads nothing else.

Every writer follows `ReportWriter`: `write` each report as it is screened, then `close`
once. `open_writer` is the one place that maps a `--format` name to its writer, so
`check` (one report) and `scan` (many) render through the same path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol, TextIO

from postcheck.model import Report
from postcheck.render.csv_rows import CsvWriter
from postcheck.render.html_report import HtmlWriter
from postcheck.render.json_report import JsonWriter
from postcheck.render.jsonl import JsonlWriter
from postcheck.render.sarif import SarifWriter


class ReportWriter(Protocol):
    """Something that renders reports to an output it does not own (the caller closes it)."""

    def write(self, report: Report) -> None:
        """Render one report; streaming writers put it out at once."""

    def close(self) -> None:
        """Finish the output (SARIF and HTML write their closing parts here)."""


@dataclass(frozen=True)
class OutputFormat:
    """A `--format` choice."""

    name: str
    description: str
    many_reports: bool  # False: holds exactly one report (json)
    open: Callable[[TextIO], ReportWriter]


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("json", "one report as a JSON document (postcheck/schema/report-v1.json)", False, JsonWriter),
        OutputFormat("jsonl", "one JSON report per line, same schema as json", True, JsonlWriter),
        OutputFormat("csv", "one row per finding and per error", True, CsvWriter),
        OutputFormat("sarif", "SARIF 2.1.0 for code-scanning tools", True, SarifWriter),
        OutputFormat("html", "one self-contained HTML page with summary, filters and photos", True, HtmlWriter),
    )
}


def open_writer(name: str, out: TextIO) -> ReportWriter:
    """The writer for format `name`, writing to `out`."""
    try:
        output_format = FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown output format {name!r}; choose one of {', '.join(FORMATS)}") from None
    return output_format.open(out)
