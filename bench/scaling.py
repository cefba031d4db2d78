"""Time and memory of one `postcheck check` as its draft grows, and on the hostile sizes.

    python bench/scaling.py

Each row is a fresh `postcheck check --format json` process. "screening s" is the sum of the
report's stage timings (text, model, rules): the work the draft costs, without the start-up
every check pays; "per 1,000 chars" shows whether that work grows linearly. Peak memory is
the process's largest RSS (bench/throughput.py samples it).

    1x, 10x, 100x   a typical post (about 190 characters, a name, a place, a phone number)
                    repeated; 100x is about 19,000 characters
    emoji           100,000 emoji in a row (no spaces: the case that was quadratic)
    50 MB           a 50,000,000-character draft: refused by max_chars, naming the limit
    hashtag         one 4,000-letter hashtag, with a watchlist of 200 names
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from throughput import measure  # noqa: E402

TYPICAL = ("court tmrw for the little one, mum's still using. Jaylen (7) is at Hillcrest Primary in "
           "Dayton now, call the foster mum on 937-555-0142 if you see him at practice. long week lol. ")


def postcheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "postcheck", "check", *args, "--format", "json"]


def run(name: str, draft: Path, *extra: str) -> dict:
    report_file = draft.with_suffix(".json")
    with report_file.open("w") as out:
        result = measure(name, postcheck(str(draft), *extra), 1, accept=(0, 1, 2), stdout=out)
    try:
        report = json.loads(report_file.read_text(encoding="utf-8"))
        screening = sum(report["timings"].values())
        outcome = report["verdict"] if not report["errors"] else "refused: " + report["errors"][0]["message"][:60]
    except ValueError:  # a refusal before screening prints no report
        screening, outcome = 0.0, "refused"
    chars = len(draft.read_text(encoding="utf-8"))
    return {"input": name, "chars": chars, "wall s": round(result.seconds, 2), "screening s": round(screening, 2),
            "per 1,000 chars": round(screening / chars * 1000, 3) if screening else None,
            "peak MiB": round(result.peak_rss_mib), "outcome": outcome}


def watchlist_for(folder: Path) -> list[str]:
    from postcheck.text.watchlist import Watchlist, create_key

    key = create_key(folder / "watchlist.key")
    watchlist = Watchlist.new(key)
    watchlist.add_all([f"Name{n} Surname{n}" for n in range(200)])
    watchlist.save(folder / "watchlist.json")
    config = folder / "postcheck.toml"
    config.write_text(f'watchlist = "{folder / "watchlist.json"}"\nwatchlist_key = "{folder / "watchlist.key"}"\n',
                      encoding="utf-8")
    return ["--config", str(config)]


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for times in (1, 10, 100):
            draft = folder / f"typical-{times}x.txt"
            draft.write_text(TYPICAL * times, encoding="utf-8")
            rows.append(run(f"{times}x a typical post", draft))
        emoji = folder / "emoji.txt"
        emoji.write_text("😂" * 100_000, encoding="utf-8")
        rows.append(run("100,000 emoji", emoji, "--max-chars", "100000"))
        big = folder / "big.txt"
        big.write_text("a" * 50_000_000, encoding="utf-8")
        rows.append(run("a 50 MB draft", big))
        hashtag = folder / "hashtag.txt"
        hashtag.write_text("#" + "abcdefghij" * 400, encoding="utf-8")
        rows.append(run("a 4,000-letter hashtag, watchlist of 200", hashtag, *watchlist_for(folder)))
    columns = list(rows[0])
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join("" if row[c] is None else str(row[c]) for c in columns) + " |")


if __name__ == "__main__":
    main()
