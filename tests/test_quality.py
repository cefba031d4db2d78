"""Quality floors on labelled sets (never the shared dev set), rules and learned layer together.

`challenge*` and `independent_a`/`b` were written by other hands before the learned layer and
are now part of its training corpus (`independent_b` calibrates it): their floors guard the
rules and the model against regressions, not generalisation. The sets in
models/corpus/heldout/ were never trained on or calibrated on by the shipped (fifteenth)
model. `independent_c`, a writer of its own (`hW`) and real-style posts from Canadian,
Australian and New Zealand sources (`hR`) have been held out from every model version; the
others were each written by a fresh writer (real-style sets from fresh sources) for an earlier
version and scored once then (models/corpus/README.md says which). The fifteenth was
chosen over the fourteenth on them, beside two decision sets (docs/learned-layer.md), so their floors
are a guard; the honest figure of what ships is `uA` and `uB`, written for it and scored once at
the end, and `xA` and `xB`, written after it was frozen and scored once a session later. Each
floor is what the shipped model scored, so a change that drops below one has made postcheck
worse on posts nobody here wrote.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from postcheck.evaluate import evaluate, read_labeled

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
HELD_OUT = REPO / "models" / "corpus" / "heldout"


@pytest.mark.parametrize(
    ("path", "min_accuracy", "min_block_recall", "max_blocks_as_pass", "max_false_alarms", "max_near_miss_alarms"),
    [
        (FIXTURES / "challenge.jsonl", 0.96, 1.0, 0, 0.06, None),
        (FIXTURES / "challenge_holdout.jsonl", 0.88, 1.0, 0, 0.0, None),
        (FIXTURES / "independent_a.jsonl", 0.95, 1.0, 0, 0.0, None),
        (FIXTURES / "independent_b.jsonl", 0.92, 1.0, 0, 0.0, None),
        # held out
        (FIXTURES / "independent_c.jsonl", 0.85, 0.96, 1, 0.08, None),
        (HELD_OUT / "hW.jsonl", 0.92, 0.91, 3, 0.04, 0.06),
        (HELD_OUT / "hR.jsonl", 0.9, 0.95, 0, 0.05, 0.05),
        (HELD_OUT / "hH.jsonl", 0.92, 0.97, 1, 0.02, 0.02),
        (HELD_OUT / "hG.jsonl", 0.87, 0.95, 1, 0.11, 0.11),
        (HELD_OUT / "hF.jsonl", 0.88, 1.0, 0, 0.1, 0.11),
        (HELD_OUT / "hE.jsonl", 0.91, 0.97, 1, 0.05, 0.06),
        (HELD_OUT / "hD.jsonl", 0.8, 0.95, 1, 0.13, 0.13),
        (HELD_OUT / "hC.jsonl", 0.95, 1.0, 0, 0.04, 0.04),
        (HELD_OUT / "hB.jsonl", 0.88, 0.91, 5, 0.11, 0.11),
        (HELD_OUT / "hA.jsonl", 0.92, 0.97, 1, 0.04, 0.05),
        (HELD_OUT / "hO.jsonl", 0.93, 1.0, 0, 0.06, 0.07),
        (HELD_OUT / "iB.jsonl", 0.85, 0.91, 4, 0.08, 0.08),
        (HELD_OUT / "iA.jsonl", 0.89, 0.94, 2, 0.03, 0.04),
        (HELD_OUT / "iO.jsonl", 0.93, 0.93, 1, 0.05, 0.06),
        # the tenth model was chosen on it (disguised posts, half allowed): a guard, not a measure
        (HELD_OUT / "vE.jsonl", 0.87, 1.0, 0, 0.15, 0.15),
        # written for the fifteenth model and scored once, at the session's end (2026-12-03)
        (HELD_OUT / "uA.jsonl", 0.87, 0.97, 1, 0.2, 0.18),
        (HELD_OUT / "uB.jsonl", 0.9, 1.0, 0, 0.1, 0.08),
        # written after the fifteenth was frozen, scored once at the end of the next session (2026-12-03)
        (HELD_OUT / "xA.jsonl", 0.92, 0.98, 1, 0.08, 0.1),
        (HELD_OUT / "xB.jsonl", 0.85, 0.93, 1, 0.06, 0.09),
    ],
    ids=lambda value: value.name if isinstance(value, Path) else None,
)
def test_quality_floor(screener, path, min_accuracy, min_block_recall, max_blocks_as_pass, max_false_alarms,
                       max_near_miss_alarms):
    scores = evaluate(read_labeled(path), screener.screen_many).as_dict()
    assert scores["errors"] == 0
    assert scores["verdict_accuracy"] >= min_accuracy, scores["mistakes"]
    assert scores["block_recall"] >= min_block_recall, scores["mistakes"]
    assert scores["blocks_reported_as_pass"] <= max_blocks_as_pass, scores["mistakes"]
    assert scores["false_alarm_rate_on_pass"] <= max_false_alarms, scores["mistakes"]
    if max_near_miss_alarms is not None:
        assert scores["false_alarm_rate_on_near_misses"] <= max_near_miss_alarms, scores["mistakes"]
