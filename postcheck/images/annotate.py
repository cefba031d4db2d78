"""Show, don't tell: draw what was found on a copy of the photo."""

from __future__ import annotations

from pathlib import Path

from PIL import ImageDraw, ImageFont

from postcheck.errors import InputError
from postcheck.private_files import open_private
from postcheck.images import observation as obs
from postcheck.images.load import load_image
from postcheck.images.observation import ImageAnalysis

COLOURS = {  # red: must not be posted; orange: check before posting; blue: text read
    obs.FACE: (255, 140, 0),
    obs.DOCUMENT: (220, 0, 0),
    "text": (30, 110, 255),
}
OBSCURED_COLOUR = (220, 0, 0)
LABELS = {
    obs.FACE: "face",
    obs.BLURRED_FACE: "blurred face",
    obs.PIXELATED_FACE: "pixelated face",
    obs.EMOJI_FACE: "covered face",
    obs.BAR_FACE: "barred face",
    obs.HIDDEN_FACE: "blurred face?",
    obs.DOCUMENT: "document",
}


def annotate(path: Path, analysis: ImageAnalysis, out_dir: Path) -> Path:
    """Write `out_dir/<name>.annotated.png` with a labelled box per finding; return its path."""
    photo = load_image(Path(path)).rgb.copy()
    draw = ImageDraw.Draw(photo)
    width = max(2, round(max(photo.size) / 300))
    font = ImageFont.load_default(size=max(12, round(max(photo.size) / 45)))
    for region in analysis.summary.text_regions:
        _box(draw, region, COLOURS["text"], width, "text", font)
    for o in analysis.observations:
        if o.region is not None and o.kind in LABELS:
            colour = OBSCURED_COLOUR if o.kind in obs.OBSCURED_KINDS else COLOURS[o.kind]
            _box(draw, o.region, colour, width, LABELS[o.kind], font)
    gps = next((o for o in analysis.observations if o.kind == obs.GPS), None)
    if gps is not None:
        _banner(draw, "GPS location in file", font)
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


def _banner(draw: ImageDraw.ImageDraw, text: str, font) -> None:
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    draw.rectangle((0, 0, right - left + 8, bottom - top + 8), fill=OBSCURED_COLOUR)
    draw.text((4 - left, 4 - top), text, fill=(255, 255, 255), font=font)
