"""Per-class precision and recall of photo screening on the labeled image set.

    python bench/images_eval.py [SET_DIR] [--seed N] [--copies N] [--show-misses]

SET_DIR holds images and labels.jsonl as written by tests/images/make_image_set.py;
when it does not exist it is generated (with --seed, and --copies variants of each
obscuring method and strength per photo). Faces only (no OCR).
An image is predicted "obscured_face" when any obscured-face observation is reported,
"clean_face" when a visible face (and nothing obscured) is, and "no_person" otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from postcheck.images import OBSCURED_KINDS, ImageScreener  # noqa: E402
from tests.images.make_image_set import build  # noqa: E402

CLASSES = ("clean_face", "obscured_face", "no_person")


def predicted(analysis) -> str:
    kinds = {o.kind for o in analysis.observations}
    if kinds & OBSCURED_KINDS:
        return "obscured_face"
    return "clean_face" if "face" in kinds else "no_person"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", nargs="?", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    set_dir = args.set_dir or Path(tempfile.mkdtemp(prefix="postcheck-images-"))
    if not (set_dir / "labels.jsonl").exists():
        build(set_dir, seed=args.seed, copies=args.copies)
    labels = [json.loads(line) for line in open(set_dir / "labels.jsonl", encoding="utf-8")]
    screener = ImageScreener(ocr=False)
    pairs, by_method, misses = [], Counter(), []
    for label in labels:
        analysis = screener.analyze(set_dir / label["file"])
        truth, guess = label["class"], predicted(analysis)
        pairs.append((truth, guess))
        by_method[(label["method"], guess == truth)] += 1
        by_method[(f'{label["method"]} {label["strength"]}', guess == truth)] += 1
        if guess != truth:
            misses.append((label["file"], truth, guess, [o.detail for o in analysis.observations]))
    print(f"| class | images | precision | recall |\n|---|---|---|---|")
    for cls in CLASSES:
        tp = sum(1 for t, g in pairs if t == cls and g == cls)
        support = sum(1 for t, _ in pairs if t == cls)
        called = sum(1 for _, g in pairs if g == cls)
        print(f"| {cls} | {support} | {tp / called if called else 0:.2f} | {tp / support if support else 0:.2f} |")
    print("\n| obscuring method (strength) | images | flagged as obscured |\n|---|---|---|")
    for method in sorted({m for m, _ in by_method}, key=lambda m: (m.split()[0], float(m.split()[1]) if " " in m else -1)):
        if method.startswith("none"):
            continue
        hit, miss = by_method[(method, True)], by_method[(method, False)]
        print(f"| {method} | {hit + miss} | {hit / (hit + miss):.2f} |")
    if args.show_misses:
        for miss in misses:
            print("MISS", *miss)


if __name__ == "__main__":
    main()
