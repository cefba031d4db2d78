"""Build the labeled image set postcheck's photo screening is measured on.

Every picture comes from a photo that ships inside a package (scikit-image's data
folder, matplotlib's sample data), so the set is rebuilt offline, byte for byte,
from a seed. Faces are obscured the ways workers do it: gaussian blur, mosaic
(pixelation), a yellow smiley emoji, a coloured sticker (heart, star, disc) or a
black bar over the eyes, each at several strengths, with the photo rescaled,
cropped (so the face moves) and saved at several JPEG qualities. Clean face
photos and photos with no person in them are the controls.

    python tests/images/make_image_set.py OUT_DIR [--seed N] [--copies N]

writes OUT_DIR/*.jpg|png and OUT_DIR/labels.jsonl, one line per image:
{"file", "class": clean_face|obscured_face|no_person, "method", "strength", "source", "face": [x,y,w,h]|null}
"""

from __future__ import annotations

import argparse
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


@dataclass(frozen=True)
class FacePhoto:
    """A packaged photo of a person, with its face box and eye line (measured once with YuNet)."""

    name: str
    box: tuple[int, int, int, int]  # x, y, w, h
    eye_y: int


FACE_PHOTOS = (
    FacePhoto("astronaut", (178, 63, 89, 112), 102),
    FacePhoto("grace_hopper", (182, 121, 171, 211), 194),
    FacePhoto("camera", (195, 113, 60, 80), 147),
)
NO_PERSON_PHOTOS = ("coffee", "chelsea", "rocket", "text", "page", "motorcycle", "hubble_deep_field", "coins")
METHODS = ("blur", "mosaic", "emoji", "sticker", "bar")
STRENGTHS = {  # per method, from light to heavy; each is relative to the face's size
    "blur": (0.05, 0.1, 0.2, 0.35),  # gaussian radius / face width
    "mosaic": (14, 9, 6, 4),  # blocks across the face
    "emoji": (1.0, 1.25, 1.5),  # emoji diameter / face height
    "sticker": (1.0, 1.25, 1.5),  # sticker size / face height
    "bar": (0.15, 0.22, 0.3),  # bar height / face height
}


def load_photo(name: str) -> Image.Image:
    """A packaged photo as RGB (grayscale ones stay gray, stored as RGB)."""
    if name == "grace_hopper":
        import matplotlib.cbook

        with matplotlib.cbook.get_sample_data("grace_hopper.jpg") as fh:
            return Image.open(fh).convert("RGB")
    import skimage.data

    if name == "motorcycle":
        array = skimage.data.stereo_motorcycle()[0]
    else:
        array = getattr(skimage.data, name)()
    if array.dtype == bool:
        array = array.astype(np.uint8) * 255
    return Image.fromarray(array).convert("RGB")


# --- the ways a face gets obscured -------------------------------------------------


def cover_box(box, rng: random.Random, grow: float):
    """The face box grown by `grow` on each side and nudged a little, as a hand would."""
    x, y, w, h = box
    mx, my = w * grow, h * grow
    dx, dy = rng.uniform(-0.05, 0.05) * w, rng.uniform(-0.05, 0.05) * h
    return (round(x - mx + dx), round(y - my + dy), round(x + w + mx + dx), round(y + h + my + dy))


def blur(img, face, eye_y, strength, rng):
    radius = max(1.0, strength * face[2])
    box = clip(cover_box(face, rng, rng.uniform(0.1, 0.3)), img.size)
    blurred = img.filter(ImageFilter.GaussianBlur(radius))
    mask = Image.new("L", img.size, 0)
    shape = ImageDraw.Draw(mask)
    (shape.ellipse if rng.random() < 0.5 else shape.rectangle)(box, fill=255)
    return Image.composite(blurred, img, mask)


def mosaic(img, face, eye_y, strength, rng):
    box = clip(cover_box(face, rng, rng.uniform(0.05, 0.25)), img.size)
    region = img.crop(box)
    block = max(2, round(face[2] / strength))
    small = region.resize((max(1, region.width // block), max(1, region.height // block)), Image.BILINEAR)
    out = img.copy()
    out.paste(small.resize(region.size, Image.NEAREST), box[:2])
    return out


def emoji(img, face, eye_y, strength, rng):
    x, y, w, h = face
    d = strength * max(w, h)
    cx, cy = x + w / 2 + rng.uniform(-0.08, 0.08) * w, y + h / 2 + rng.uniform(-0.08, 0.08) * h
    out = img.copy()
    draw = ImageDraw.Draw(out)
    yellow = rng.choice([(255, 204, 51), (255, 215, 0), (249, 197, 19), (255, 221, 87)])
    outline = (200, 140, 0) if rng.random() < 0.5 else None
    draw.ellipse(_disc(cx, cy, d / 2), fill=yellow, outline=outline, width=max(1, round(d / 40)))
    dark = (90, 60, 20)
    for ex in (-0.18, 0.18):  # eyes
        draw.ellipse(_disc(cx + ex * d, cy - 0.12 * d, 0.06 * d), fill=dark)
    mouth = _disc(cx, cy + 0.02 * d, 0.28 * d)
    draw.arc(mouth, 20, 160, fill=dark, width=max(2, round(d / 22)))
    return out


def sticker(img, face, eye_y, strength, rng):
    x, y, w, h = face
    size = strength * max(w, h)
    cx, cy = x + w / 2 + rng.uniform(-0.08, 0.08) * w, y + h / 2 + rng.uniform(-0.08, 0.08) * h
    colour = rng.choice([(230, 30, 60), (255, 105, 180), (60, 120, 230), (40, 180, 90), (150, 60, 200), (255, 140, 0)])
    out = img.copy()
    draw = ImageDraw.Draw(out)
    shape = rng.choice(["heart", "star", "disc"])
    if shape == "disc":
        draw.ellipse(_disc(cx, cy, size / 2), fill=colour)
    elif shape == "star":
        points = []
        for i in range(10):
            r = size / 2 if i % 2 == 0 else size / 4.5
            a = -math.pi / 2 + i * math.pi / 5
            points.append((cx + r * math.cos(a), cy + r * math.sin(a) * 1.05))
        draw.polygon(points, fill=colour)
    else:
        r = size / 4
        draw.ellipse(_disc(cx - r, cy - r / 2, r), fill=colour)
        draw.ellipse(_disc(cx + r, cy - r / 2, r), fill=colour)
        draw.polygon([(cx - 2 * r, cy - r / 3), (cx + 2 * r, cy - r / 3), (cx, cy + 2 * r)], fill=colour)
    return out


def bar(img, face, eye_y, strength, rng):
    x, y, w, h = face
    half = strength * h / 2
    extra = rng.uniform(0.0, 0.2) * w
    colour = rng.choice([(0, 0, 0), (15, 15, 15), (40, 40, 40)])
    out = img.copy()
    ImageDraw.Draw(out).rectangle((x - extra, eye_y - half, x + w + extra, eye_y + half), fill=colour)
    return out


OBSCURE = {"blur": blur, "mosaic": mosaic, "emoji": emoji, "sticker": sticker, "bar": bar}


def _disc(cx, cy, r):
    return (cx - r, cy - r, cx + r, cy + r)


def clip(box, size):
    x0, y0, x1, y1 = box
    return (max(0, x0), max(0, y0), min(size[0], x1), min(size[1], y1))


# --- framing: size, position, file format ------------------------------------------


SCALES = (0.5, 0.75, 1.0, 1.5, 2.0)


def reframe(img: Image.Image, face, eye_y, rng: random.Random, scales=SCALES):
    """Crop a window that keeps the face (so it lands elsewhere in the frame), then rescale by one of `scales`."""
    x, y, w, h = face
    cw = round(img.width * rng.uniform(0.7, 1.0))
    ch = round(img.height * rng.uniform(0.7, 1.0))
    lo_x, hi_x = max(0, x + w - cw + 2), min(x - 2, img.width - cw)
    lo_y, hi_y = max(0, y + h - ch + 2), min(y - 2, img.height - ch)
    left = rng.randint(lo_x, hi_x) if hi_x >= lo_x else 0
    top = rng.randint(lo_y, hi_y) if hi_y >= lo_y else 0
    img = img.crop((left, top, left + cw, top + ch))
    scale = rng.choice(scales)
    img = img.resize((round(cw * scale), round(ch * scale)), Image.LANCZOS)
    face = tuple(round(v * scale) for v in (x - left, y - top, w, h))
    return img, face, round((eye_y - top) * scale)


def save(img: Image.Image, out_dir: Path, stem: str, rng: random.Random, *, png_share: float = 0.2,
         exif: bytes | None = None) -> str:
    """Write `img` as PNG (`png_share` of the time) or as JPEG at a random quality; return the file name."""
    extra = {} if exif is None else {"exif": exif}
    if rng.random() < png_share:
        name = stem + ".png"
        img.save(out_dir / name, **extra)
    else:
        name = stem + ".jpg"
        img.save(out_dir / name, quality=rng.choice([40, 60, 75, 90, 95]), **extra)
    return name


def build(out_dir: Path, seed: int = 0, copies: int = 2) -> list[dict]:
    """Write the set into `out_dir` and return its labels."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []

    def add(img, stem, cls, method, strength, source, face):
        name = save(img, out_dir, stem, rng)
        labels.append({"file": name, "class": cls, "method": method, "strength": strength,
                       "source": source, "face": list(face) if face else None})

    for photo in FACE_PHOTOS:
        original = load_photo(photo.name)
        for copy in range(copies * 2):
            img, face, eye_y = reframe(original, photo.box, photo.eye_y, rng)
            add(img, f"{photo.name}-clean-{copy}", "clean_face", "none", 0, photo.name, face)
        for method in METHODS:
            for strength in STRENGTHS[method]:
                for copy in range(copies):
                    img, face, eye_y = reframe(original, photo.box, photo.eye_y, rng)
                    img = OBSCURE[method](img, face, eye_y, strength, rng)
                    add(img, f"{photo.name}-{method}-{strength}-{copy}", "obscured_face", method, strength, photo.name, face)
    for name in NO_PERSON_PHOTOS:
        original = load_photo(name)
        for copy in range(copies):
            scale = rng.choice([0.75, 1.0, 1.5])
            img = original.resize((round(original.width * scale), round(original.height * scale)), Image.LANCZOS)
            add(img, f"{name}-{copy}", "no_person", "none", 0, name, None)
    with open(out_dir / "labels.jsonl", "w", encoding="utf-8") as fh:
        for label in labels:
            fh.write(json.dumps(label) + "\n")
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--copies", type=int, default=2, help="framings per (photo, method, strength)")
    args = parser.parse_args()
    labels = build(args.out_dir, args.seed, args.copies)
    print(f"wrote {len(labels)} images to {args.out_dir}")


if __name__ == "__main__":
    main()
