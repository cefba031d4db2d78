"""The caseload watchlist file: read back what was saved, refuse a malformed one by name."""

from __future__ import annotations

import json

import pytest

from postcheck.errors import InputError
from postcheck.text.watchlist import Watchlist


def test_a_saved_watchlist_reads_back_and_finds_its_names(tmp_path):
    watchlist = Watchlist.new()
    watchlist.add_all(["Kayla Brooks"])
    watchlist.save(tmp_path / "w.json")
    again = Watchlist.load(tmp_path / "w.json")
    assert again.digests == watchlist.digests
    text = "prayers for kayla brooks tonight"
    assert again.find(text)


@pytest.mark.parametrize("payload", [
    {"salt": 5, "digests": ["ab"]},
    {"salt": "ab", "digests": [1, 2]},
    {"salt": "ab", "digests": "ab"},
    ["not", "a", "table"],
    {"digests": []},
])
def test_a_malformed_watchlist_is_an_input_error_naming_the_file(tmp_path, payload):
    path = tmp_path / "w.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(InputError, match="w.json"):
        Watchlist.load(path)
