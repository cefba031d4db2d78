"""Quality side by side: plain Presidio, postcheck's rules alone, and rules + the learned layer.

    python bench/quality.py SET.jsonl [SET.jsonl ...]   # labelled sets in the FORMAT.md form

For each set, one row per screener: block recall, must-block posts reported as pass, false
alarms on clean posts and on near-misses, and each category's recall. Plain Presidio is scored
as in bench/presidio_baseline_eval.py (any PII entity blocks). "rules" is postcheck with every
PC-ML rule disabled (the model is never loaded); "rules + model" is postcheck as shipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from presidio_baseline_eval import as_report, plain_presidio  # noqa: E402

from postcheck.evaluate import Scores, evaluate, read_labeled  # noqa: E402
from postcheck.rulebook import load_rulebook  # noqa: E402
from postcheck.screener import Screener  # noqa: E402
from postcheck.settings import Settings  # noqa: E402


def screeners() -> dict:
    analyzer = plain_presidio()
    learned = [r.id for r in load_rulebook().rules if r.reads_model]

    def presidio(posts):
        return [as_report(p, analyzer.analyze(p.text, language="en")) for p in posts]

    return {"plain Presidio": presidio, "rules": Screener(Settings(disable=learned)).screen_many,
            "rules + model": Screener(Settings()).screen_many}


def score(path: Path, screen) -> dict:
    result: Scores = evaluate(read_labeled(path), screen)
    figures = result.as_dict()
    figures.pop("mistakes")
    figures["must_block"] = result.gold_block
    return figures


def main(paths: list[str]) -> None:
    chosen = screeners()
    results = {Path(p).name: {name: score(Path(p), screen) for name, screen in chosen.items()} for p in paths}
    print("| set | screener | posts | block recall | blocks passed | false alarms, clean | false alarms, near-misses | lowest category recall |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for name, by_screener in results.items():
        for screener, f in by_screener.items():
            recalls = {c: v["recall"] for c, v in f["categories"].items() if v["recall"] is not None}
            low = min(recalls, key=recalls.get) if recalls else None
            print(f"| {name} | {screener} | {f['posts']} | {f['block_recall']} | {f['blocks_reported_as_pass']}"
                  f" of {f['must_block']} | {f['false_alarm_rate_on_pass']} | "
                  f"{f['false_alarm_rate_on_near_misses']} | {low} {recalls.get(low)} |")
    print("\n" + json.dumps(results, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
