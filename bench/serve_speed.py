"""A check through the page of `postcheck serve` (warm) beside a cold `postcheck check`.

    python bench/serve_speed.py [--repeat 5]

Starts a real `postcheck serve --no-browser` on a free loopback port and sends each draft to
its /api/check over HTTP, as the page does (median of `--repeat` checks per draft, after one
that is not counted); then runs `postcheck check` on the same drafts, each a fresh process.
The drafts are the three sample drafts and the cold-start draft, alone and with a photo
(scikit-image's packaged astronaut: a face, so the photo checks and OCR all run).
Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cold_start import DRAFT as COLD_START_DRAFT, wall  # noqa: E402

REPO = HERE.parent
DRAFTS = {path.stem: path.read_text(encoding="utf-8") for path in sorted((REPO / "sample_posts/drafts").glob("*.txt"))}
DRAFTS["cold_start"] = COLD_START_DRAFT
PHOTO_DRAFT = "cold_start"


def astronaut_jpeg() -> bytes:
    from PIL import Image
    from skimage import data

    buffer = io.BytesIO()
    Image.fromarray(data.astronaut()).save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def start_server(work: Path) -> tuple[subprocess.Popen, str, str, float]:
    """The server process, its base address, its token, and the seconds it took to be ready."""
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "postcheck", "serve", "--no-browser"], cwd=work,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    for line in server.stdout:
        found = re.search(r"(http://127\.0\.0\.1:\d+)/\?token=([\w-]+)", line)
        if found:
            return server, found.group(1), found.group(2), time.perf_counter() - started
    sys.exit("postcheck serve did not print its address")


def warm_check(client: httpx.Client, text: str, photo: bytes | None) -> float:
    files = [("text", (None, text))] + ([("photos", ("photo.jpg", photo, "image/jpeg"))] if photo else [])
    started = time.perf_counter()
    response = client.post("/api/check", files=files)
    elapsed = time.perf_counter() - started
    if response.status_code != 200 or 'data-verdict="error"' in response.text:
        sys.exit(f"the page's check failed: {response.status_code}")
    return elapsed


def cold_check(work: Path, name: str, photo: Path | None) -> float:
    command = [sys.executable, "-m", "postcheck", "check", f"{name}.txt", "--format", "json"]
    return wall(command + (["--image", str(photo)] if photo else []), work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    photo_bytes = astronaut_jpeg()
    cases = [(name, None) for name in DRAFTS] + [(PHOTO_DRAFT, photo_bytes)]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / ".postcheck.toml").write_text("", encoding="utf-8")  # no config from elsewhere
        for name, text in DRAFTS.items():
            (work / f"{name}.txt").write_text(text, encoding="utf-8")
        photo_path = work / "photo.jpg"
        photo_path.write_bytes(photo_bytes)

        server, base, token, ready = start_server(work)
        try:
            with httpx.Client(base_url=base, headers={"x-postcheck-token": token}, timeout=120) as client:
                first = warm_check(client, DRAFTS[PHOTO_DRAFT], None)
                warm = {}
                for name, photo in cases:
                    warm_check(client, DRAFTS[name], photo)  # not counted
                    warm[name, photo is not None] = [warm_check(client, DRAFTS[name], photo)
                                                     for _ in range(args.repeat)]
        finally:
            server.terminate()
            server.wait(timeout=30)
        cold = {(name, photo is not None): [cold_check(work, name, photo_path if photo else None)
                                            for _ in range(max(1, args.repeat // 2))] for name, photo in cases}

    print(f"postcheck serve: ready to check in {ready:.2f} s; its first check took {first * 1000:.0f} ms\n")
    print(f"{'draft':<32} {'page (warm), median':>20} {'postcheck check (cold)':>24}")
    for (name, with_photo), times in warm.items():
        label = name + (" + photo" if with_photo else "")
        print(f"{label:<32} {statistics.median(times) * 1000:>17.0f} ms "
              f"{statistics.median(cold[name, with_photo]):>21.2f} s")
    text_warm = [t for (name, photo), times in warm.items() if not photo for t in times]
    text_cold = [t for (name, photo), times in cold.items() if not photo for t in times]
    print(f"{'all text-only drafts':<32} {statistics.median(text_warm) * 1000:>17.0f} ms "
          f"{statistics.median(text_cold):>21.2f} s")


if __name__ == "__main__":
    main()
