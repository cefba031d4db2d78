"""The photo checks, one module each, and the registry ImageScreener.analyze runs.

Policy treats an obscured face as identifiable: a blurred, pixelated, emoji-covered or
barred face is still a client's face. Each face check looks for the trace one way of
hiding leaves behind, with thresholds set by reasoning about that trace (how flat a
painted shape is, how much detail blur removes) and checked on the labeled set in
tests/images/, not fitted to it. The interface is in `base.py`; adding a check is
docs/adding-a-photo-check.md.
"""

from __future__ import annotations

from postcheck.images.checks.bar import Bar, RaisedBar
from postcheck.images.checks.base import Kind, PhotoCheck, PhotoSignals, Seen
from postcheck.images.checks.blurred import BlurredFace
from postcheck.images.checks.document import Document
from postcheck.images.checks.emoji import YellowEmoji
from postcheck.images.checks.gps import Gps
from postcheck.images.checks.hidden_face import HiddenFace
from postcheck.images.checks.pixelated import PixelatedFace, PixelatedPatch
from postcheck.images.checks.sticker import Sticker
from postcheck.images.checks.visible_face import VisibleFace

# In the order they run: a check leaves alone a spot an earlier one reported.
CHECKS: list[PhotoCheck] = [
    # Covers first: the detector often fires on what a cover leaves of a head, and that
    # is the covered face, not another one.
    YellowEmoji(), Sticker(), Bar(),
    # Then each face the detector found: the first check to explain it has it.
    PixelatedFace(), BlurredFace(), RaisedBar(), VisibleFace(),
    # Then traces of faces no detector sees any more.
    PixelatedPatch(), HiddenFace(),
    # Facts about the whole file.
    Gps(), Document(),
]


def kinds() -> dict[str, Kind]:
    """Every kind of observation the registered checks report, by name."""
    by_name: dict[str, Kind] = {}
    for check in CHECKS:
        for kind in check.kinds:
            if by_name.setdefault(kind.name, kind) != kind:
                raise ValueError(f"photo checks declare kind '{kind.name}' two different ways")
    return by_name


# The face kinds that mean someone tried to hide a face (the image benchmark groups by them).
OBSCURED_KINDS = frozenset(name for name, kind in kinds().items() if kind.obscured)

__all__ = ["CHECKS", "OBSCURED_KINDS", "Kind", "PhotoCheck", "PhotoSignals", "Seen", "kinds"]
