"""SARIF 2.1.0, so code-scanning tools can show findings in a repository of posts.

One run; results are written as reports arrive, rules are collected as they are first
seen, and the run's tool and invocation are written at `close`. JSON does not order an
object's members, so putting `results` before `tool` is still valid SARIF.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote as percent_encode

from postcheck import __version__
from postcheck.model import Report
from postcheck.render.json_report import report_to_dict

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"high": "error", "medium": "warning", "low": "note"}
FINGERPRINT_KEY = "postcheckFinding/v1"


class SarifWriter:
    """Streams one SARIF log: results as reports arrive, rules and errors at `close`.

    The log is written as
    `{"$schema", "version", "runs": [{"results": [...], "invocations": [...], "tool": {...}}]}`:
    results go straight to `out`, errors to a temporary file until the invocation is written.
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._rules: list[dict[str, Any]] = []  # reportingDescriptors, in first-seen order
        self._rule_index: dict[str, int] = {}  # rule id -> its place in self._rules
        # Errors go in the run's invocation, which is written after the results.
        self._notifications = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._results = 0
        self._notified = 0
        out.write(f'{{"$schema": "{SARIF_SCHEMA}", "version": "{SARIF_VERSION}", "runs": [{{\n"results": [')

    def write(self, report: Report) -> None:
        doc = report_to_dict(report, include_text=False)
        location = _post_location(doc["post"])
        for finding in doc["findings"]:
            self._emit(self._out, self._results, self._result(finding, location))
            self._results += 1
        for error in doc["errors"]:
            self._emit(self._notifications, self._notified, _notification(error, location))
            self._notified += 1

    def close(self) -> None:
        out = self._out
        successful = json.dumps(self._notified == 0)
        out.write(f'\n],\n"invocations": [{{"executionSuccessful": {successful}, "toolExecutionNotifications": [')
        self._notifications.seek(0)
        shutil.copyfileobj(self._notifications, out)
        self._notifications.close()
        driver = {"name": "postcheck", "version": __version__, "semanticVersion": __version__, "rules": self._rules}
        out.write(f'\n]}}],\n"tool": {json.dumps({"driver": driver}, ensure_ascii=False)}\n}}]}}\n')
        out.flush()

    @staticmethod
    def _emit(stream: TextIO, count: int, item: dict[str, Any]) -> None:
        stream.write(("\n" if count == 0 else ",\n") + json.dumps(item, ensure_ascii=False))

    def _result(self, finding: dict[str, Any], location: dict[str, Any]) -> dict[str, Any]:
        rule_index = self._index_of_rule(finding)
        message = finding["message"]
        if finding["quote"]:
            message += f' ("{finding["quote"]}")'
        if finding["fix"]:
            message += f" Fix: {finding['fix']}"
        result: dict[str, Any] = {
            "ruleId": finding["rule_id"],
            "ruleIndex": rule_index,
            "level": LEVEL[finding["severity"]],
            "message": {"text": message},
            "locations": [location],
            "partialFingerprints": {FINGERPRINT_KEY: finding["fingerprint"]},
            "properties": {
                "category": finding["category"],
                "severity": finding["severity"],
                "detector": finding["detector"],
                "confidence": finding["confidence"],
                "span": finding["span"],
                "quote": finding["quote"],
                "region": finding["region"],
                "also_rules": finding["also_rules"],
            },
        }
        if finding["image"]:
            result["relatedLocations"] = [
                {"id": 1, "physicalLocation": {"artifactLocation": {"uri": _uri(finding["image"])}},
                 "message": {"text": "the photo this finding is about"}}
            ]
        if finding["suppressed"]:
            result["suppressions"] = [
                {"kind": "external", "status": "accepted", "justification": finding["suppression_reason"] or ""}
            ]
        return result

    def _index_of_rule(self, finding: dict[str, Any]) -> int:
        rule_id = finding["rule_id"]
        if rule_id not in self._rule_index:
            self._rule_index[rule_id] = len(self._rules)
            self._rules.append(_rule(finding))
        return self._rule_index[rule_id]


def _rule(finding: dict[str, Any]) -> dict[str, Any]:
    """A reportingDescriptor from the first finding of a rule; its help cites the policies."""
    cites = finding["cites"]
    help_text = f"{finding['fix']}\n\nPolicy:\n" + "\n".join(f"- {p}: {c}" for p, c in cites.items())
    help_markdown = f"**How to fix:** {finding['fix']}\n\n**Policy:**\n\n" + "\n".join(
        f"- `{p}`: {c}" for p, c in cites.items()
    )
    return {
        "id": finding["rule_id"],
        "shortDescription": {"text": f"{finding['category'].replace('_', ' ')} ({finding['severity']})"},
        "fullDescription": {"text": finding["message"]},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVEL[finding["severity"]]},
        "properties": {"category": finding["category"], "tags": [finding["category"]], "policies": sorted(cites)},
    }


def _notification(error: dict[str, Any], location: dict[str, Any]) -> dict[str, Any]:
    text = f"{error['kind']} error in {error['detector']}: {error['message']}"
    if error["image"]:
        text += f" (photo {error['image']})"
    return {"level": "error", "message": {"text": text}, "locations": [location],
            "properties": {"kind": error["kind"], "detector": error["detector"]}}


def _post_location(post: dict[str, Any]) -> dict[str, Any]:
    """Where the post is: its file and line when known, and always its id as a logical location."""
    source = post["source"]
    location: dict[str, Any] = {"logicalLocations": [{"name": post["id"], "kind": "object"}]}
    if source["file"]:
        physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(source["file"])}}
        if source["line"]:
            # Offsets in the post's text are not columns of the file (an export escapes its
            # text), so the region is the post's line; the span is in the result's properties.
            physical["region"] = {"startLine": source["line"]}
        location["physicalLocation"] = physical
    return location


def _uri(path: str) -> str:
    """A URI reference for a path: absolute paths as file URIs, relative ones percent-encoded."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return percent_encode(pure.as_posix())
