"""Quality floors on labelled sets (never the shared dev set), rules and learned layer together.

`challenge*` and `independent_a`/`b` were written by other hands before the learned layer and
are now part of its training corpus (`independent_b` calibrates it): their floors guard the
rules and the model against regressions, not generalisation. The held-out sets were never
trained on or calibrated on. Each was written by a fresh writer (real-style sets from fresh
sources) for one model version and scored once when that version was frozen: `iB`, `iA`, `iO`
for the shipped tenth model (iB's false alarms on the seventh were read before the tenth's
fold change, so iB is not untouched); `hH`, `hG`, `hF` for the seventh; `hE`, `hD`, `hC`, `hB`,
`hA`, `hO`, `jB`, `jA`, `jO` for versions that were trained and not shipped (each scored once
on the model shipped then); `lB` and `lA` after the tenth was frozen; `nA` and `nB` beside the
decision sets of a thirteenth model that was not shipped; `oA` and `oB` after a quiet post
came to be read by its whole alone (`hG`'s floor then allowed one must-block post passed: that
change passed one that had warned). `independent_c`, a writer of its own
(`hW`) and real-style posts from Canadian, Australian and New Zealand sources (`hR`) have been
held out from every model version. Their floors are what the shipped model scored (measured
when it was frozen, and again when its gate was changed to read the whole post beside its likeliest
sentence; see docs/quality-and-benchmarks.md), so a change that drops below them has made
postcheck worse on posts nobody here wrote.
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
        (FIXTURES / "challenge.jsonl", 0.95, 0.95, 0, 0.05, None),
        (FIXTURES / "challenge_holdout.jsonl", 0.85, 0.95, 0, 0.05, None),
        (FIXTURES / "independent_a.jsonl", 0.88, 0.95, 0, 0.07, None),
        (FIXTURES / "independent_b.jsonl", 0.85, 0.95, 1, 0.1, None),
        # held out
        (FIXTURES / "independent_c.jsonl", 0.8, 0.93, 1, 0.15, None),
        (HELD_OUT / "hW.jsonl", 0.9, 0.89, 2, 0.09, 0.11),
        (HELD_OUT / "hR.jsonl", 0.9, 0.95, 0, 0.05, 0.05),
        (HELD_OUT / "hH.jsonl", 0.92, 0.93, 1, 0.0, 0.0),
        (HELD_OUT / "hG.jsonl", 0.89, 0.95, 1, 0.17, 0.17),
        (HELD_OUT / "hF.jsonl", 0.88, 1.0, 0, 0.12, 0.13),
        (HELD_OUT / "hE.jsonl", 0.91, 0.94, 3, 0.06, 0.07),
        (HELD_OUT / "hD.jsonl", 0.81, 0.93, 1, 0.1, 0.1),
        (HELD_OUT / "hC.jsonl", 0.89, 1.0, 0, 0.1, 0.1),
        (HELD_OUT / "hB.jsonl", 0.87, 0.88, 4, 0.11, 0.11),
        (HELD_OUT / "hA.jsonl", 0.84, 0.86, 2, 0.08, 0.05),
        (HELD_OUT / "hO.jsonl", 0.91, 1.0, 0, 0.11, 0.11),
        (HELD_OUT / "iB.jsonl", 0.84, 0.87, 5, 0.09, 0.1),
        (HELD_OUT / "iA.jsonl", 0.86, 0.94, 1, 0.06, 0.08),
        (HELD_OUT / "iO.jsonl", 0.91, 0.93, 1, 0.08, 0.09),
        (HELD_OUT / "jB.jsonl", 0.9, 0.94, 2, 0.08, 0.08),
        (HELD_OUT / "jA.jsonl", 0.81, 0.84, 4, 0.14, 0.13),
        (HELD_OUT / "jO.jsonl", 0.87, 1.0, 0, 0.12, 0.1),
        (HELD_OUT / "kB.jsonl", 0.86, 0.92, 3, 0.1, 0.11),
        (HELD_OUT / "kA.jsonl", 0.89, 0.94, 1, 0.14, 0.17),
        # written after the tenth was frozen and scored once on it (2026-12-02); the same day's
        # later rule fixes were checked on them too, so these floors are their later figures
        (HELD_OUT / "lB.jsonl", 0.91, 1.0, 0, 0.12, 0.13),
        (HELD_OUT / "lA.jsonl", 0.95, 0.93, 2, 0.02, 0.02),
        # written after the thirteenth model (not shipped) was tried, and scored once on the tenth
        (HELD_OUT / "nA.jsonl", 0.84, 0.93, 0, 0.19, 0.18),
        (HELD_OUT / "nB.jsonl", 0.85, 0.94, 1, 0.15, 0.19),
        # written after the quiet reading (2026-12-03) and scored once, at the session's end
        (HELD_OUT / "oA.jsonl", 0.77, 0.91, 5, 0.36, 0.36),
        (HELD_OUT / "oB.jsonl", 0.88, 0.94, 1, 0.08, 0.06),
        # the tenth model was chosen on it (disguised posts, half allowed): a guard, not a measure
        (HELD_OUT / "vE.jsonl", 0.83, 0.97, 0, 0.19, 0.19),
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
