"""SARIF 2.1.0: checked against the parts of the specification code-scanning tools rely on."""

import io
import json
from urllib.parse import unquote

import pytest

from postcheck.render.sarif import SarifWriter


def sarif_of(reports) -> dict:
    out = io.StringIO()
    writer = SarifWriter(out)
    for report in reports:
        writer.write(report)
    writer.close()
    return json.loads(out.getvalue())


def assert_valid_sarif(log: dict) -> None:
    """The structure SARIF 2.1.0 requires of the members postcheck writes."""
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "postcheck"
    rules = driver["rules"]
    assert len({rule["id"] for rule in rules}) == len(rules)
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]
        for location in result["locations"]:
            assert location.get("physicalLocation") or location.get("logicalLocations")
            physical = location.get("physicalLocation")
            if physical:
                assert physical["artifactLocation"]["uri"]
                assert physical.get("region", {"startLine": 1})["startLine"] >= 1
        for suppression in result.get("suppressions", []):
            assert suppression["kind"] in {"inSource", "external"}
    for invocation in run["invocations"]:
        assert isinstance(invocation["executionSuccessful"], bool)
        for notification in invocation["toolExecutionNotifications"]:
            assert notification["level"] in {"error", "warning", "note", "none"}
            assert notification["message"]["text"]


def test_a_scan_is_valid_sarif(all_reports):
    assert_valid_sarif(sarif_of(all_reports))


def test_an_empty_scan_is_valid_sarif():
    log = sarif_of([])
    assert_valid_sarif(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


@pytest.mark.parametrize("rule_id, level", [("PC-CASE-002", "error"), ("PC-TEST-001", "warning")])
def test_severity_maps_to_level(schedule_report, rule_id, level):
    results = sarif_of([schedule_report])["runs"][0]["results"]
    assert {r["level"] for r in results if r["ruleId"] == rule_id} == {level}


def test_low_severity_is_a_note(hostile_report):
    results = sarif_of([hostile_report])["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "note"]


def test_rules_are_collected_once_each_and_cite_their_policies(schedule_report, photo_report):
    rules = sarif_of([schedule_report, photo_report, schedule_report])["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["PC-TEST-001", "PC-CASE-002", "PC-ID-001", "PC-PHOTO-001"]
    court = rules[1]
    assert "la-dcfs: Which court department." in court["help"]["text"]
    assert court["properties"]["policies"] == ["dc-cfsa", "la-dcfs"]


def test_result_points_at_the_posts_file_and_line(schedule_report):
    result = sarif_of([schedule_report])["runs"][0]["results"][1]
    location = result["locations"][0]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": "exports/posts.jsonl"},
        "region": {"startLine": 3},
    }
    assert location["logicalLocations"] == [{"name": "p1", "kind": "object"}]
    start = schedule_report.post.text.index("court with the Ortiz kids")
    assert result["properties"]["span"] == {"start": start, "end": start + len("court with the Ortiz kids")}
    assert "court with the Ortiz kids" in result["message"]["text"]
    assert "Fix: Say nothing about court" in result["message"]["text"]


def test_file_paths_become_uri_references(hostile_report):
    location = sarif_of([hostile_report])["runs"][0]["results"][0]["locations"][0]
    uri = location["physicalLocation"]["artifactLocation"]["uri"]
    assert " " not in uri and "<" not in uri
    assert unquote(uri) == "a b/<c>.jsonl"


def test_a_draft_without_a_file_has_a_logical_location_only(error_report):
    notification = sarif_of([error_report])["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]
    assert notification["locations"] == [{"logicalLocations": [{"name": "p3", "kind": "object"}]}]


def test_suppressed_finding_is_reported_as_suppressed(schedule_report):
    results = sarif_of([schedule_report])["runs"][0]["results"]
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["suppressions"][0]["justification"] for r in suppressed] == ["time of a public hearing"]


def test_photo_finding_relates_to_the_photo(photo_report, photo):
    result = sarif_of([photo_report])["runs"][0]["results"][0]
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == photo.as_uri()
    assert result["properties"]["region"] == {"x": 250, "y": 100, "width": 120, "height": 150}


def test_errors_make_the_run_unsuccessful_and_are_listed(error_report, clean_report):
    invocation = sarif_of([clean_report, error_report])["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    texts = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert texts == [
        "detector error in presidio: analyzer could not be built",
        "input error in image-reader: file not found (photo missing.jpg)",
    ]
