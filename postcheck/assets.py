"""Where postcheck's data folders are: `rules/` and `models/`.

In a checkout (and an editable install) they sit at the top of the repository, beside the
package, where the project's layout keeps them. A wheel carries them inside the package as
`postcheck/rules` and `postcheck/models` (see pyproject.toml), so an installed postcheck
needs no checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

from postcheck.errors import DetectorUnavailable

PACKAGE_DIR = Path(__file__).resolve().parent


def asset_dir(name: str) -> Path:
    """The folder `name` ("rules" or "models"): the installed copy, else the checkout's."""
    installed = PACKAGE_DIR / name
    return installed if installed.is_dir() else PACKAGE_DIR.parent / name


def models_dir() -> Path:
    """Where model files live: $POSTCHECK_MODELS_DIR, else postcheck's own `models/`."""
    override = os.environ.get("POSTCHECK_MODELS_DIR")
    return Path(override) if override else asset_dir("models")


def read_model_text(path: Path, what: str) -> str:
    """The text of a file under models/; a missing or unreadable one raises DetectorUnavailable,
    so the screen fails closed instead of running without it."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DetectorUnavailable(f"{what} missing or unreadable: {path.name}") from exc
