"""How long photo screening takes: cold start, and per photo with and without OCR.

    python bench/image_speed.py [--repeat N]

Cold start is measured in a fresh interpreter (import postcheck.images + build the
screener), so it includes loading YuNet, OpenCV and Tesseract's English model. Photos
come from scikit-image / matplotlib sample data (the `test` extra), plus one 12-megapixel
phone-sized photo made by enlarging one of them.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from PIL import Image  # noqa: E402

from postcheck.images import ImageScreener  # noqa: E402
from tests.images.make_image_set import load_photo  # noqa: E402

COLD = """
import time
t = time.perf_counter()
from postcheck.images import ImageScreener
ImageScreener(ocr={ocr})
print(time.perf_counter() - t)
"""


def cold_start(ocr: bool) -> float:
    out = subprocess.run([sys.executable, "-c", COLD.format(ocr=ocr)], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    return float(out.stdout.strip().splitlines()[-1])


def photos(folder: Path) -> dict[str, Path]:
    paths = {}
    for name in ("astronaut", "grace_hopper", "coffee", "page"):
        paths[name] = folder / f"{name}.jpg"
        load_photo(name).save(paths[name], quality=90)
    big = load_photo("astronaut").resize((4000, 3000), Image.BICUBIC)
    paths["phone 4000x3000"] = folder / "phone.jpg"
    big.save(paths["phone 4000x3000"], quality=90)
    return paths


def per_photo(screener: ImageScreener, path: Path, repeat: int) -> float:
    screener.analyze(path)  # warm
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        screener.analyze(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"cold start (import + build), faces only: {cold_start(False):.2f} s")
    print(f"cold start (import + build), with OCR:   {cold_start(True):.2f} s")
    faces_only, with_ocr = ImageScreener(ocr=False), ImageScreener(ocr=True)
    with tempfile.TemporaryDirectory() as tmp:
        print("\n| photo | size | faces only | with OCR |\n|---|---|---|---|")
        for name, path in photos(Path(tmp)).items():
            with Image.open(path) as img:
                size = f"{img.width}x{img.height}"
            print(f"| {name} | {size} | {per_photo(faces_only, path, args.repeat) * 1000:.0f} ms "
                  f"| {per_photo(with_ocr, path, args.repeat) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
