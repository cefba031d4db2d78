"""JSON Lines: one report per line, in the schema of `check --format json`."""

from __future__ import annotations

import json
from typing import TextIO

from postcheck.model import Report
from postcheck.render.json_report import report_to_dict


class JsonlWriter:
    """Writes each report as one line as soon as it is screened.

    The draft's text is left out by default: every line's `post.source` points back to the
    export that holds it, and each finding carries its quote.
    """

    def __init__(self, out: TextIO, *, include_text: bool = False) -> None:
        self._out = out
        self._include_text = include_text

    def write(self, report: Report) -> None:
        line = json.dumps(report_to_dict(report, include_text=self._include_text), ensure_ascii=False)
        self._out.write(line + "\n")
        self._out.flush()  # a consumer reading the pipe sees each post as it finishes

    def close(self) -> None:
        self._out.flush()
