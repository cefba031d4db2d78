"""Quality side by side: plain Presidio, postcheck's rules alone, and rules + the learned layer.

    python bench/quality.py SET.jsonl [SET.jsonl ...]          # labelled sets in the FORMAT.md form
    python bench/quality.py --card "when and how" SET.jsonl ...  # and record them in the model card

With --card, the rules + model figures of each set become the model card's `held_out`
figures (models/learned/card.json, shown by `postcheck explain PC-ML-ID`), with the note
saying when and how they were scored; the manifest's digest of the card follows. Use it
once per model, on sets that model never saw.

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


def record_in_card(results: dict, paths: list[str], note: str) -> None:
    sys.path.insert(0, str(HERE.parent / "models" / "learned"))
    from train import update_manifest  # noqa: E402

    card_path = HERE.parent / "models" / "learned" / "card.json"
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["held_out"] = {str(Path(p).relative_to(HERE.parent)): _card_figures(results[Path(p).name]["rules + model"])
                        for p in paths}
    card["held_out_scored"] = note
    card_path.write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    update_manifest()


def _card_figures(figures: dict) -> dict:
    keep = ("posts", "block_recall", "blocks_reported_as_pass", "must_block", "false_alarm_rate_on_pass",
            "false_alarm_rate_on_near_misses")
    return {k: figures[k] for k in keep} | {
        "category_recall": {c: v["recall"] for c, v in figures["categories"].items() if v["recall"] is not None}}


def main(paths: list[str], card_note: str | None = None) -> None:
    chosen = screeners()
    results = {Path(p).name: {name: score(Path(p), screen) for name, screen in chosen.items()} for p in paths}
    if card_note:
        record_in_card(results, [str(Path(p).resolve()) for p in paths], card_note)
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
    arguments = sys.argv[1:]
    note = None
    if arguments[:1] == ["--card"]:
        note, arguments = arguments[1], arguments[2:]
    main(arguments, note)
