"""The terminal view of `postcheck evaluate`'s scores."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def render_scores(scores: dict, console: Console, *, show_mistakes: bool = False) -> None:
    summary = Table(title=f"postcheck evaluate: {scores['posts']} posts", show_header=False)
    for key in ("verdict_accuracy", "block_recall", "blocks_reported_as_pass", "false_alarm_rate_on_pass",
                "false_alarm_rate_on_near_misses",
                "evidence_quote_recall", "errors"):
        summary.add_row(key.replace("_", " "), _fmt(scores[key]))
    console.print(summary)
    table = Table(title="By category")
    for column in ("category", "support", "recall", "precision"):
        table.add_column(column)
    for category, row in scores["categories"].items():
        table.add_row(category, str(row["support"]), _fmt(row["recall"]), _fmt(row["precision"]))
    console.print(table)
    if show_mistakes:
        for m in scores["mistakes"]:
            console.print(f"{m['id']}: expected {m['expected']}, got {m['got']}; "
                          f"missing {m['missing']} extra {m['extra']}", markup=False)
