import copy
import json
from dataclasses import replace

import jsonschema
import pytest

from postcheck.render import FORMATS, open_writer
from postcheck.render.json_report import (
    SCHEMA_VERSION,
    JsonWriter,
    dumps_report,
    finding_fingerprint,
    load_schema,
    report_to_dict,
)


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("include_text", [True, False])
def test_every_report_validates_against_the_schema(validator, all_reports, include_text):
    for report in all_reports:
        validator.validate(json.loads(dumps_report(report, include_text=include_text)))


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d.pop("verdict"),
        lambda d: d.update(verdict="maybe"),
        lambda d: d["findings"][0].update(severity="critical"),
        lambda d: d["findings"][0].update(confidence=1.5),
        lambda d: d["findings"][0]["span"].update(start="0"),
        lambda d: d["findings"][0].pop("cites"),
        lambda d: d.update(schema_version="2.0"),
        lambda d: d["post"].update(unexpected=True),
    ],
)
def test_a_broken_document_fails_validation(validator, schedule_report, break_it):
    document = report_to_dict(schedule_report)
    broken = copy.deepcopy(document)
    break_it(broken)
    assert not validator.is_valid(broken)
    assert validator.is_valid(document)


def test_document_carries_verdict_findings_and_provenance(schedule_report):
    document = report_to_dict(schedule_report)
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["tool"]["name"] == "postcheck"
    assert document["verdict"] == "block"
    assert document["post"]["source"] == {"file": "exports/posts.jsonl", "line": 3, "post_id": "987", "timestamp": None}
    court = document["findings"][1]
    assert court["rule_id"] == "PC-CASE-002"
    assert court["severity"] == "high"
    assert set(court["cites"]) == {"la-dcfs", "dc-cfsa"}
    text = schedule_report.post.text
    assert text[court["span"]["start"] : court["span"]["end"]] == court["quote"] == "court with the Ortiz kids"


def test_suppressed_finding_stays_in_the_document_with_its_reason(schedule_report):
    suppressed = [f for f in report_to_dict(schedule_report)["findings"] if f["suppressed"]]
    assert [(f["quote"], f["suppression_reason"]) for f in suppressed] == [("at 8am", "time of a public hearing")]


def test_suppressed_findings_do_not_raise_the_verdict(schedule_report):
    schedule_report.findings = [f for f in schedule_report.findings if f.suppressed]
    assert report_to_dict(schedule_report)["verdict"] == "pass"


def test_errors_make_the_verdict_error(error_report):
    document = report_to_dict(error_report)
    assert document["verdict"] == "error"
    assert [(e["kind"], e["image"]) for e in document["errors"]] == [("detector", None), ("input", "missing.jpg")]


def test_photo_finding_has_image_and_region_and_no_span(photo_report, photo):
    document = report_to_dict(photo_report)
    finding = document["findings"][0]
    assert finding["span"] is None
    assert finding["image"] == str(photo)
    assert finding["region"] == {"x": 250, "y": 100, "width": 120, "height": 150}
    image = document["images"][0]
    assert image["gps"] == {"latitude": 34.05, "longitude": -118.25}
    assert image["faces"] == [finding["region"]]


def test_draft_text_is_left_out_on_request(photo_report):
    with_text = report_to_dict(photo_report)
    without = report_to_dict(photo_report, include_text=False)
    assert with_text["post"]["text"] == "Great day at the park!"
    assert with_text["images"][0]["ocr_text"] == "LINCOLN ELEM"
    assert "text" not in without["post"]
    assert "ocr_text" not in without["images"][0]
    assert without["findings"] == with_text["findings"]


def test_fingerprint_ignores_offsets_but_not_the_words(schedule_report):
    finding = schedule_report.findings[0]
    moved = replace(finding, start=finding.start + 5, end=finding.end + 5)
    assert finding_fingerprint(moved) == finding_fingerprint(finding)
    assert finding_fingerprint(replace(finding, quote="until 11pm")) != finding_fingerprint(finding)
    assert finding_fingerprint(replace(finding, rule_id="PC-OTHER")) != finding_fingerprint(finding)


def test_json_writer_holds_one_report(schedule_report, clean_report, tmp_path):
    path = tmp_path / "out.json"
    with path.open("w", encoding="utf-8") as out:
        writer = JsonWriter(out)
        writer.write(schedule_report)
        with pytest.raises(ValueError):
            writer.write(clean_report)
        writer.close()
    assert json.loads(path.read_text(encoding="utf-8"))["post"]["id"] == "p1"


@pytest.mark.parametrize("name", ["json", "jsonl", "csv", "sarif", "html"])
def test_registry_opens_each_format(name, schedule_report, tmp_path):
    path = tmp_path / "out"
    with path.open("w", encoding="utf-8") as out:
        writer = open_writer(name, out)
        writer.write(schedule_report)
        writer.close()
    assert "PC-CASE-002" in path.read_text(encoding="utf-8")
    assert FORMATS[name].many_reports == (name != "json")


def test_registry_refuses_an_unknown_format(tmp_path):
    with (tmp_path / "out").open("w") as out, pytest.raises(ValueError, match="unknown output format"):
        open_writer("xml", out)


def test_every_field_of_the_schema_is_documented():
    undocumented = []

    def walk(node, path):
        if isinstance(node, dict):
            for name, field in node.get("properties", {}).items():
                if "description" not in field:
                    undocumented.append(f"{path}.{name}")
            for key, child in node.items():
                walk(child, f"{path}.{key}")
        elif isinstance(node, list):
            for i, child in enumerate(node):
                walk(child, f"{path}[{i}]")

    walk(load_schema(), "$")
    assert undocumented == []
