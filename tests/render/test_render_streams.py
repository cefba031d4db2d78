"""JSON Lines and CSV: the streaming formats for scripts and spreadsheets."""

import csv
import io
import json

from postcheck.render.csv_rows import COLUMNS, CsvWriter
from postcheck.render.json_report import report_to_dict
from postcheck.render.jsonl import JsonlWriter


def test_jsonl_writes_one_line_per_report_that_round_trips(all_reports):
    out = io.StringIO()
    writer = JsonlWriter(out)
    for report in all_reports:
        writer.write(report)
    writer.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == len(all_reports)
    for line, report in zip(lines, all_reports):
        assert json.loads(line) == report_to_dict(report, include_text=False)


def test_jsonl_writes_each_report_before_the_next_arrives(schedule_report):
    out = io.StringIO()
    writer = JsonlWriter(out)
    writer.write(schedule_report)
    assert json.loads(out.getvalue())["post"]["id"] == "p1"


def test_jsonl_leaves_the_draft_text_out_unless_asked(schedule_report):
    without, with_text = io.StringIO(), io.StringIO()
    JsonlWriter(without).write(schedule_report)
    JsonlWriter(with_text, include_text=True).write(schedule_report)
    assert "text" not in json.loads(without.getvalue())["post"]
    assert json.loads(with_text.getvalue())["post"]["text"] == schedule_report.post.text


def _csv_rows(reports) -> list[dict[str, str]]:
    out = io.StringIO()
    writer = CsvWriter(out)
    for report in reports:
        writer.write(report)
    writer.close()
    out.seek(0)
    reader = csv.DictReader(out)
    assert reader.fieldnames == COLUMNS
    return list(reader)


def test_csv_has_one_row_per_finding_and_per_error_and_none_for_a_clean_post(all_reports, clean_report):
    rows = _csv_rows(all_reports)
    expected = sum(len(r.findings) + len(r.errors) for r in all_reports)
    assert len(rows) == expected
    assert clean_report.post.id not in {row["post_id"] for row in rows}


def test_csv_finding_row_says_what_where_and_why(schedule_report):
    rows = _csv_rows([schedule_report])
    court = next(row for row in rows if row["rule_id"] == "PC-CASE-002")
    assert court["row_type"] == "finding"
    assert court["verdict"] == "block"
    assert (court["source_file"], court["source_line"], court["source_post_id"]) == ("exports/posts.jsonl", "3", "987")
    assert court["quote"] == "court with the Ortiz kids"
    assert schedule_report.post.text[int(court["start"]) : int(court["end"])] == court["quote"]
    assert court["cites"].startswith("la-dcfs: Which court department.; dc-cfsa: ")
    suppressed = [row for row in rows if row["suppressed"] == "true"]
    assert [row["suppression_reason"] for row in suppressed] == ["time of a public hearing"]


def test_csv_error_rows_name_the_kind_of_error(error_report):
    rows = _csv_rows([error_report])
    assert [(row["row_type"], row["detector"], row["image"]) for row in rows] == [
        ("detector_error", "presidio", ""),
        ("input_error", "image-reader", "missing.jpg"),
    ]
    assert {row["verdict"] for row in rows} == {"error"}


def test_csv_defuses_cells_a_spreadsheet_would_run_as_formulas(hostile_report):
    rows = _csv_rows([hostile_report])
    quotes = {row["quote"] for row in rows}
    assert "'=HYPERLINK" in quotes
    assert "<script>" in quotes  # only formula starts are touched


def test_escape_sequences_in_a_draft_reach_the_terminal_as_symbols_not_commands():
    import io

    from rich.console import Console

    from postcheck.model import Post, Report
    from postcheck.render.terminal import render_report, visible

    draft = "Call me \x1b]0;pwned\x07 \x1b[2J now\r\nbye\x9b"
    out = io.StringIO()
    render_report(Report(post=Post("p", draft)), Console(file=out, no_color=True, width=100))
    shown = out.getvalue()
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "␛]0;pwned␇" in shown
    assert len(visible(draft)) == len(draft)  # offsets of highlighted spans still hold
