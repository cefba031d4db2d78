"""Every labelled post's findings, with the learned layer off: for showing a refactor changed nothing.

    python bench/findings_snapshot.py before.json      # on the old code
    python bench/findings_snapshot.py after.json       # on the new code
    diff before.json after.json                        # silence: no report changed

It screens every post of tests/fixtures/*.jsonl, models/corpus/heldout/*.jsonl and (when it is
there) ../shared/eval/dev.jsonl, and records each post's verdict and its findings as (rule, span);
then the same posts with a small watchlist and some spelled-out names, so that path is covered;
then every raw Presidio recognizer result at every score, in OUT with the suffix
`.entities.json`. The learned layer is left out because a model change is not a refactor: its
figures are compared by bench/quality.py on held-out sets.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from postcheck.evaluate import read_labeled
from postcheck.model import Post
from postcheck.rulebook import load_rulebook
from postcheck.screener import Screener
from postcheck.settings import Settings
from postcheck.text.pii import build_analyzer
from postcheck.text.watchlist import Watchlist, create_key

REPO = Path(__file__).resolve().parents[1]
SETS = sorted((REPO / "tests" / "fixtures").glob("*.jsonl")) + sorted((REPO / "models" / "corpus" / "heldout").glob(
    "*.jsonl")) + [p for p in [REPO.parent / "shared" / "eval" / "dev.jsonl"] if p.exists()]
SPELLED_OUT = ["K i m was here", "K-i-m was here", "A.v.a said hi", "E l i and M a r c u s", "K a y l a B r o o k s",
               "c l i e n t named Ava", "A_v_a", "E*l*i", "U.S.A. and a.k.a. K.i.m", "call me at 555 0134 about Kim Lee"]


def record(screener: Screener, posts: list[Post]) -> list:
    return [[r.post.id, r.verdict.value, sorted([" ".join(f.rule_ids), f.start or 0, f.end or 0] for f in r.findings)]
            for r in screener.screen_many(posts)]


def main(out: Path) -> None:
    posts = [labelled.post for path in SETS for labelled in read_labeled(path)]
    learned = [r.id for r in load_rulebook().rules if r.reads_model]
    snapshot = {"posts": len(posts), "rules": record(Screener(Settings(disable=learned)), posts)}
    with tempfile.TemporaryDirectory() as folder:
        key_file = Path(folder) / "watchlist.key"
        watchlist = Watchlist.new(create_key(key_file))
        watchlist.add_all(["Kim Lee", "Ava Martinez", "Eli Brown", "Marcus Webb", "Kayla Brooks"])
        watchlist.save(Path(folder) / "watchlist.json")
        watching = Screener(Settings(disable=learned, watchlist=Path(folder) / "watchlist.json",
                                     watchlist_key=key_file))
        extra = [Post(id=f"spelled-{n}", text=text) for n, text in enumerate(SPELLED_OUT)]
        snapshot["watchlist"] = record(watching, posts + extra)
    out.write_text(json.dumps(snapshot, indent=0), encoding="utf-8")
    analyzer = build_analyzer()
    entities = [[p.id, sorted([r.entity_type, r.start, r.end, round(r.score, 6)]
                              for r in analyzer.analyze(p.text, language="en"))] for p in posts]
    out.with_suffix(".entities.json").write_text(json.dumps(entities, indent=0), encoding="utf-8")
    print(f"{len(posts)} posts recorded in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
