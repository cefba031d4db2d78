"""Span recall and precision per label: postcheck's PII layer beside plain Presidio.

Runs both analyzers over Presidio's synthetic evaluation set (presidio-research
`synth_dataset_v2.json`, 1,500 labelled sentences) and prints one row per label.

A gold span counts as found when a prediction of that label with score >= 0.3 overlaps
it by at least one character; a prediction counts as correct when it overlaps a gold
span of its label. Plain Presidio has no STREET_ADDRESS entity, so its LOCATION
predictions stand in for it (that is how the issue measured 0.10); its precision for
that row is therefore low by construction (LOCATION also fires on cities and countries).

Nothing here opens a socket: plain Presidio's e-mail recognizer, whose default
tldextract downloads the public-suffix list, is swapped for postcheck's offline one
(same patterns, same validation, bundled suffix list).

Usage: python bench/pii_recall.py [PATH_TO_synth_dataset_v2.json] [--threshold 0.4] [--show LABEL]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing the package
DEFAULT_DATASET = REPO / ".." / "shared" / "external" / "pii" / "presidio-research" / "synth_dataset_v2.json"
SCORE_THRESHOLD = 0.3
# postcheck entities the set has no label for: counted, so their noise on it shows.
UNLABELLED = ("CASE_NUMBER", "DATE_OF_BIRTH", "LICENSE_PLATE")

# gold label -> (entities that count for plain Presidio, entities that count for postcheck)
LABELS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "PERSON": (frozenset({"PERSON"}), frozenset({"PERSON"})),
    "STREET_ADDRESS": (frozenset({"LOCATION"}), frozenset({"STREET_ADDRESS"})),
    "PHONE_NUMBER": (frozenset({"PHONE_NUMBER"}), frozenset({"PHONE_NUMBER"})),
    "CREDIT_CARD": (frozenset({"CREDIT_CARD"}), frozenset({"CREDIT_CARD"})),
    "EMAIL_ADDRESS": (frozenset({"EMAIL_ADDRESS"}), frozenset({"EMAIL_ADDRESS"})),
    "US_SSN": (frozenset({"US_SSN"}), frozenset({"US_SSN"})),
}


@dataclass
class Tally:
    """Counts for one label and one analyzer."""

    support: int = 0  # gold spans
    found: int = 0  # gold spans overlapped by a prediction
    predicted: int = 0  # predictions
    correct: int = 0  # predictions overlapping a gold span
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.support if self.support else float("nan")

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else float("nan")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(analyzer, samples: list[dict], which: int, threshold: float) -> dict[str, Tally]:
    """Tally recall and precision per label; `which` picks the plain (0) or postcheck (1) mapping."""
    tallies = {label: Tally() for label in (*LABELS, *UNLABELLED)}
    for sample in samples:
        text = sample["full_text"]
        predictions = [r for r in analyzer.analyze(text=text, language="en") if r.score >= threshold]
        for r in predictions:
            if r.entity_type in UNLABELLED:
                tallies[r.entity_type].predicted += 1
                tallies[r.entity_type].false_alarms.append(text[r.start:r.end])
        for label, mapping in LABELS.items():
            accepted = mapping[which]
            gold = [(s["start_position"], s["end_position"]) for s in sample["spans"] if s["entity_type"] == label]
            mine = [(r.start, r.end) for r in predictions if r.entity_type in accepted]
            tally = tallies[label]
            tally.support += len(gold)
            tally.predicted += len(mine)
            for g in gold:
                if any(overlaps(g, p) for p in mine):
                    tally.found += 1
                else:
                    tally.misses.append(text[g[0]:g[1]])
            for p in mine:
                if any(overlaps(p, g) for g in gold):
                    tally.correct += 1
                else:
                    tally.false_alarms.append(text[p[0]:p[1]])
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--threshold", type=float, default=SCORE_THRESHOLD,
                        help="lowest score that counts (postcheck's rules use 0.4)")
    parser.add_argument("--show", metavar="LABEL", help="also list postcheck's misses and false alarms for LABEL")
    args = parser.parse_args(argv)

    from postcheck.text.pii import build_analyzer
    from presidio_baseline_eval import plain_presidio

    samples = json.loads(args.dataset.read_text(encoding="utf-8"))
    results = {}
    for name, build, which in (("plain", plain_presidio, 0), ("postcheck", build_analyzer, 1)):
        started = time.perf_counter()
        results[name] = score(build(), samples, which, args.threshold)
        print(f"{name}: {len(samples)} samples in {time.perf_counter() - started:.1f}s", file=sys.stderr)

    print(f"span recall and precision, score >= {args.threshold}, any overlap; {len(samples)} samples")
    header = f"{'label':<15} {'support':>7} {'recall plain':>12} {'recall pc':>9} " \
             f"{'prec plain':>10} {'prec pc':>7} {'FP plain':>8} {'FP pc':>5}"
    print(header)
    print("-" * len(header))
    for label in LABELS:
        plain, mine = results["plain"][label], results["postcheck"][label]
        print(f"{label:<15} {plain.support:>7} {plain.recall:>12.2f} {mine.recall:>9.2f} "
              f"{plain.precision:>10.2f} {mine.precision:>7.2f} "
              f"{plain.predicted - plain.correct:>8} {mine.predicted - mine.correct:>5}")
    print("\npostcheck entities the set has no label for (each one fired is a false alarm or an unlabelled find):")
    for label in UNLABELLED:
        print(f"  {label:<15} {results['postcheck'][label].predicted:>5}")
    if args.show:
        tally = results["postcheck"][args.show]
        print(f"\npostcheck misses for {args.show}:", *map(repr, tally.misses), sep="\n  ")
        print(f"\npostcheck false alarms for {args.show}:", *map(repr, tally.false_alarms), sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
