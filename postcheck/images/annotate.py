"""Show, don't tell: draw what was found on a copy of the photo."""

from __future__ import annotations

from pathlib import Path

from PIL import ImageDraw, ImageFont

from postcheck.errors import InputError
from postcheck.images import checks
from postcheck.images.load import load_image
from postcheck.images.observation import ImageAnalysis
from postcheck.private_files import open_private

TEXT_COLOUR = (30, 110, 255)  # blue: text read; each kind of observation has its own colour


def annotate(path: Path, analysis: ImageAnalysis, out_dir: Path) -> Path:
    """Write `out_dir/<name>.annotated.png` with a labelled box per finding; return its path."""
    photo = load_image(Path(path)).rgb.copy()
    draw = ImageDraw.Draw(photo)
    width = max(2, round(max(photo.size) / 300))
    font = ImageFont.load_default(size=max(12, round(max(photo.size) / 45)))
    for region in analysis.summary.text_regions:
        _box(draw, region, TEXT_COLOUR, width, "text", font)
    kinds = checks.kinds()
    whole_file = []  # kinds of observation about the whole file (GPS): a banner each, not a box
    for o in analysis.observations:
        kind = kinds[o.kind]
        if o.region is not None:
            _box(draw, o.region, kind.colour, width, kind.label, font)
        elif kind not in whole_file:
            whole_file.append(kind)
    top = 0
    for kind in whole_file:
        top = _banner(draw, kind.label, kind.colour, top, font)
    out = Path(out_dir) / f"{Path(path).stem}.annotated.png"
    try:
        with open_private(out, "wb") as handle:
            photo.save(handle, format="PNG")
    except OSError as exc:
        raise InputError(f"could not write annotated image {out.name} ({type(exc).__name__})") from None
    return out


def _box(draw: ImageDraw.ImageDraw, r, colour, width: int, label: str, font) -> None:
    draw.rectangle((r.x, r.y, r.x + r.width, r.y + r.height), outline=colour, width=width)
    left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
    y = r.y - (bottom - top) - 2 * width if r.y > bottom - top + 2 * width else r.y + r.height + width
    draw.rectangle((r.x, y, r.x + right - left + 2 * width, y + bottom - top + 2 * width), fill=colour)
    draw.text((r.x + width - left, y + width - top), label, fill=(255, 255, 255), font=font)


def _banner(draw: ImageDraw.ImageDraw, text: str, colour, y: int, font) -> int:
    """Draw `text` on a strip at the photo's top left, starting at `y`; return where the next one goes."""
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    draw.rectangle((0, y, right - left + 8, y + bottom - top + 8), fill=colour)
    draw.text((4 - left, y + 4 - top), text, fill=(255, 255, 255), font=font)
    return y + bottom - top + 9
