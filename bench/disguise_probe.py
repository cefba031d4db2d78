"""How well the screen holds when a must-block post is disguised after the fact.

    python bench/disguise_probe.py SET.jsonl [SET.jsonl ...] [--posts 300] [--show NAME]

Takes the must-block posts of the labelled sets that postcheck (rules + model) blocks as
written, a seeded sample of at most --posts of them, and rewrites each with one disguise at a
time: look-alike Cyrillic letters, zero-width spaces inside words, spaced or dotted letters,
leetspeak, capitals, full-width letters, a star for a letter, no space after a stop, an emoji
between words, a line break between words. Each disguise touches a seeded share of the words of
four letters or more. Prints, per disguise, how many of the posts are still blocked, warned or
passed; --show NAME lists the posts that one disguise got past the block.

The labelled sets' own disguised posts were written by people; this probe checks the
normalisation and the model against disguises nobody chose to write, on posts the screen is
known to block, so that a drop is the disguise's doing.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from postcheck.evaluate import read_labeled
from postcheck.model import Post, Verdict
from postcheck.screener import Screener
from postcheck.settings import Settings

LOOK_ALIKES = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і"})
LEET = str.maketrans("aeiost", "4310$7")
LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def _some_words(text: str, change: Callable[[str], str], share: float) -> str:
    """`text` with a seeded `share` of its words of four letters or more changed."""
    pick = random.Random(text)
    return LONG_WORD.sub(lambda m: change(m.group()) if pick.random() < share else m.group(), text)


DISGUISES: dict[str, Callable[[str], str]] = {
    "look-alike letters": lambda t: _some_words(t, lambda w: w.translate(LOOK_ALIKES), 0.3),
    "zero-width spaces": lambda t: _some_words(t, lambda w: w[:2] + "\u200b" + w[2:], 0.3),
    "spaced letters": lambda t: _some_words(t, " ".join, 0.15),
    "dotted letters": lambda t: _some_words(t, ".".join, 0.15),
    "leetspeak": lambda t: _some_words(t, lambda w: w.translate(LEET), 0.3),
    "capitals": str.upper,
    "full-width letters": lambda t: _some_words(t, lambda w: "".join(chr(ord(c) + 0xFEE0) for c in w), 0.3),
    "a star for a letter": lambda t: _some_words(t, lambda w: w[0] + "*" + w[2:], 0.2),
    "no space after stops": lambda t: re.sub(r"(?<=[.,!?])\s+", "", t),
    "emoji between words": lambda t: t.replace(" ", " 👏 "),
    "a line break between words": lambda t: _some_words(t, lambda w: w + "\n", 0.3),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--show", choices=sorted(DISGUISES))
    args = parser.parse_args()

    screen = Screener(Settings()).screen_many
    must_block = [lab.post for path in args.sets for lab in read_labeled(path) if lab.verdict is Verdict.BLOCK]
    blocked = [p for p, r in zip(must_block, screen(must_block)) if r.verdict is Verdict.BLOCK]
    sample = random.Random(7).sample(blocked, min(args.posts, len(blocked)))
    print(f"{len(sample)} must-block posts that postcheck blocks as written "
          f"(of {len(must_block)} must-block posts, {len(blocked)} blocked)\n")
    print("| disguise | still blocked | warned | passed | errors |\n|---|---:|---:|---:|---:|")
    for name, disguise in DISGUISES.items():
        posts = [Post(id=p.id, text=disguise(p.text)) for p in sample]
        reports = list(screen(posts))
        verdicts = Counter(r.verdict for r in reports)
        print(f"| {name} | {verdicts[Verdict.BLOCK]} | {verdicts[Verdict.WARN]} | "
              f"{verdicts[Verdict.PASS]} | {verdicts[Verdict.ERROR]} |")
        if name == args.show:
            for post, report in zip(posts, reports):
                if report.verdict is not Verdict.BLOCK:
                    print(f"    {report.verdict.value}: {post.id}: {post.text!r}")


if __name__ == "__main__":
    main()
