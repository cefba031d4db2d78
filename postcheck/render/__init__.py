"""Renderers: each turns Reports into one output format and reads nothing else.

Every writer follows `ReportWriter`: `write` each report as it is screened, then `close`
once. `FORMATS` is the registry of `--format` choices and `open_writer` the one place that
maps a name to its writer, so `check` (one report) and `scan` (many) render through the same
path. A writer's module is imported only when its format is used (the CLI's help lists the
formats, and must start fast).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Protocol, TextIO

from postcheck.model import Report


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
    writer: str  # "module:Class" under postcheck.render; the class takes the output stream

    def open(self, out: TextIO) -> ReportWriter:
        module, name = self.writer.split(":")
        return getattr(import_module(f"postcheck.render.{module}"), name)(out)


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("json", "one report as a JSON document (postcheck/schema/report-v1.json)", False,
                     "json_report:JsonWriter"),
        OutputFormat("jsonl", "one JSON report per line, same schema as json", True, "jsonl:JsonlWriter"),
        OutputFormat("csv", "one row per finding and per error", True, "csv_rows:CsvWriter"),
        OutputFormat("sarif", "SARIF 2.1.0 for code-scanning tools", True, "sarif:SarifWriter"),
        OutputFormat("html", "one self-contained HTML page with summary, filters and photos", True,
                     "html_report:HtmlWriter"),
    )
}


def open_writer(name: str, out: TextIO) -> ReportWriter:
    """The writer for format `name`, writing to `out`."""
    try:
        output_format = FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown output format {name!r}; choose one of {', '.join(FORMATS)}") from None
    return output_format.open(out)


def formats_help(first: str) -> str:
    """The --format choices for a command's help, `first` being what it prints by default."""
    return f"{first}, or " + "; ".join(f"{f.name}: {f.description}" for f in FORMATS.values()) + "."
