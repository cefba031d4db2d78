"""The caseload watchlist: keyed digests that a list of common names cannot reverse without
the key, a key that must match, and malformed or old files refused by name."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from postcheck.errors import InputError
from postcheck.text.watchlist import Watchlist, create_key, read_key

CASELOAD = ["Kayla Brooks", "Jayden Miller", "Aaliyah Johnson", "Marisol Quintero", "Tyler Smith",
            "Emma Davis", "Noah Garcia", "Olivia Brown", "Liam Wilson", "Ava Martinez"]
# What an attacker tries: common first names and surnames, alone and joined (the forms the
# list stores), lower-cased as the list folds them. It holds every name on the caseload.
COMMON_NAMES = sorted({part.lower() for name in CASELOAD for part in name.split()}
                      | {"".join(name.lower().split()) for name in CASELOAD}
                      | {"james", "maria", "sophia", "jackson", "lucas", "mia", "harper", "ethan", "lopez", "lee"})


@pytest.fixture
def saved(tmp_path):
    key = create_key(tmp_path / "private" / "watchlist.key")
    watchlist = Watchlist.new(key)
    watchlist.add_all(CASELOAD)
    watchlist.save(tmp_path / "watchlist.json")
    return tmp_path / "watchlist.json", tmp_path / "private" / "watchlist.key"


def test_a_dictionary_attack_on_the_list_file_alone_recovers_no_name(saved):
    list_file, _ = saved
    data = json.loads(list_file.read_text(encoding="utf-8"))
    stored = set(data["digests"])
    assert "Kayla" not in list_file.read_text(encoding="utf-8").title()
    guesses = {hashlib.sha256(word.encode()).hexdigest() for word in COMMON_NAMES}
    guesses |= {hashlib.sha256((data.get("salt", "") + word).encode()).hexdigest() for word in COMMON_NAMES}
    guesses |= {hashlib.sha256((data["key_id"] + word).encode()).hexdigest() for word in COMMON_NAMES}
    assert not stored & guesses


def test_with_the_key_the_same_dictionary_finds_every_name(saved):
    """The attack above fails for want of the key, not because the dictionary was wrong."""
    list_file, key_file = saved
    watchlist = Watchlist.load(list_file, read_key(key_file))
    recovered = {word for word in COMMON_NAMES if watchlist._digest(word) in watchlist.digests}
    assert {"kayla", "brooks", "marisol", "quintero"} <= recovered
    assert watchlist.find("prayers for kayla brooks tonight #justiceforkayla")


def test_another_key_is_refused_not_silently_matching_nothing(saved, tmp_path):
    list_file, _ = saved
    with pytest.raises(InputError, match="another key"):
        Watchlist.load(list_file, create_key(tmp_path / "other.key"))


def test_the_old_unkeyed_format_is_refused_with_what_to_do(tmp_path, saved):
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"format": "postcheck-watchlist-1", "salt": "ab", "digests": ["cd"]}), encoding="utf-8")
    with pytest.raises(InputError, match="watchlist add"):
        Watchlist.load(old, read_key(saved[1]))


@pytest.mark.parametrize("payload", [
    {"format": "postcheck-watchlist-2", "key_id": "x", "digests": [1, 2]},
    {"format": "postcheck-watchlist-2", "key_id": "x", "digests": "ab"},
    ["not", "a", "table"],
    {"format": "postcheck-watchlist-2"},
])
def test_a_malformed_watchlist_is_an_input_error_naming_the_file(tmp_path, saved, payload):
    path = tmp_path / "w.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(InputError, match="w.json"):
        Watchlist.load(path, read_key(saved[1]))


def test_watchlist_add_makes_a_key_apart_from_the_list_and_check_uses_it(tmp_path):
    env = dict(os.environ, POSTCHECK_WATCHLIST_KEY=str(tmp_path / "keys" / "team.key"))
    (tmp_path / "names.txt").write_text("Kayla Brooks\n", encoding="utf-8")
    (tmp_path / ".postcheck.toml").write_text('watchlist = "wl.json"\nocr = false\n', encoding="utf-8")
    made = subprocess.run([sys.executable, "-m", "postcheck", "watchlist", "add", "names.txt", "-w", "wl.json"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "keys" / "team.key").exists() and "New key" in made.stderr
    check = subprocess.run([sys.executable, "-m", "postcheck", "check", "--text", "prayers for kayla tonight",
                            "--format", "json"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert check.returncode == 1 and "PC-ID-007" in check.stdout
    env["POSTCHECK_WATCHLIST_KEY"] = str(tmp_path / "missing.key")
    keyless = subprocess.run([sys.executable, "-m", "postcheck", "check", "--text", "prayers for kayla tonight"],
                             cwd=tmp_path, env=env, capture_output=True, text=True)
    assert keyless.returncode == 2 and "missing.key" in keyless.stderr


def test_a_long_hashtag_is_hashed_a_bounded_number_of_times_per_letter(saved, monkeypatch):
    """Every substring of a hashtag used to be hashed: quadratic (8 million for 4,000 letters)."""
    from postcheck.text import watchlist as module

    list_file, key_file = saved
    watchlist = Watchlist.load(list_file, read_key(key_file))
    calls = []
    original = watchlist._digest
    monkeypatch.setattr(watchlist, "_digest", lambda folded: calls.append(1) or original(folded))
    found = watchlist.find("#" + "x" * 4000 + "kayla")
    assert found  # still found at the end of the tag
    assert len(calls) <= 4006 * module.MAX_NAME_LETTERS


@pytest.mark.parametrize("spelled", ["K a y l a", "K.a.y.l.a", "K-a-y-l-a", "K_a_y_l_a", "K*a*y*l*a"])
def test_a_name_spelled_out_with_any_separator_cleaning_knows_is_found(saved, spelled):
    watchlist_file, key_file = saved
    watchlist = Watchlist.load(watchlist_file, read_key(key_file))
    text = f"visit with {spelled} went ok"
    assert (text.index(spelled), text.index(spelled) + len(spelled)) in watchlist.find(text)
