"""models/MANIFEST.json lists every asset under models/ with the right sha256."""

import hashlib
import json
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent / "models"


def test_every_listed_asset_exists_with_its_sha256():
    manifest = json.loads((MODELS / "MANIFEST.json").read_text(encoding="utf-8"))
    assert manifest["assets"]
    for asset in manifest["assets"]:
        assert {"name", "version", "source", "licence", "sha256"} <= asset.keys(), asset.get("name")
        data = (MODELS / asset["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == asset["sha256"], asset["name"]
