"""A caseload watchlist whose file alone does not give the names away.

A supervisor adds client names; the list file keeps, for each name, keyed digests
(HMAC-SHA256) of its normalised forms (each name part, and the parts joined without spaces).
The key is 32 random bytes kept in a separate key file. Names have little entropy, so an
unkeyed hash, salted or not, falls to a list of common names in milliseconds; without the key,
the list file is 256 bits of guessing away from any name. A draft is checked by hashing its
candidate words the same way: plain words, runs of single letters ("K a y l a"), adjacent word
pairs, and every substring of a hashtag or handle (`#prayforkayla`). Matches emit
WATCHLIST_NAME entities, which a rule in the rulebook turns into a high-severity
`client_identity` finding. What this protects against, and what not: docs/watchlist.md.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from postcheck.errors import InputError
from postcheck.private_files import open_private
from postcheck.text.cleaning import spelled_out_words

ENTITY = "WATCHLIST_NAME"
MIN_PART_LENGTH = 3  # shorter parts ("Al", "Jo") would match inside too many ordinary words
# Longer runs of a hashtag are not tried as names: a name (parts joined) is shorter than this,
# and the bound keeps a hashtag's cost linear in its length (a 4,000-letter tag: 160,000 hashes,
# not 8 million).
MAX_NAME_LETTERS = 40
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TAGGED = re.compile(r"[#@][\w.]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isalpha())


FORMAT = "postcheck-watchlist-2"
KEY_BYTES = 32
DEFAULT_KEY_FILE = Path("~/.config/postcheck/watchlist.key")


def default_key_file() -> Path:
    """$POSTCHECK_WATCHLIST_KEY, else ~/.config/postcheck/watchlist.key."""
    return Path(os.environ.get("POSTCHECK_WATCHLIST_KEY") or DEFAULT_KEY_FILE).expanduser()


def read_key(path: Path) -> bytes:
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read watchlist key {path}: {type(exc).__name__}") from exc
    if len(key) != KEY_BYTES:
        raise InputError(f"watchlist key {path} is not a {KEY_BYTES}-byte key")
    return key


def create_key(path: Path) -> bytes:
    """A new random key, written only-you-can-read (refuses to overwrite an existing key)."""
    if path.exists():
        raise InputError(f"watchlist key {path} exists already")
    key = secrets.token_bytes(KEY_BYTES)
    with open_private(path, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
    return key


def _key_id(key: bytes) -> str:
    """Names the key in the list file, so a wrong key is an error, not a watchlist that never matches."""
    return hmac.digest(key, b"postcheck watchlist key id", "sha256").hex()[:16]


def open_watchlist(path: Path | None, key_file: Path | None = None) -> "Watchlist | None":
    """The watchlist a config names (None if it names none), with its key from `key_file` or the
    default key file; any problem is an InputError naming the file."""
    if path is None:
        return None
    return Watchlist.load(path, read_key(key_file or default_key_file()))


@dataclass
class Watchlist:
    key: bytes
    digests: set[str]

    @classmethod
    def load(cls, path: Path, key: bytes) -> "Watchlist":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            fmt, key_id, digests = data.get("format"), data.get("key_id"), data["digests"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"cannot read watchlist {path}: {type(exc).__name__}") from exc
        if fmt != FORMAT:
            raise InputError(f"watchlist {path} is in an old, unkeyed format that a list of common names can "
                             f"reverse; build it again with `postcheck watchlist add` and delete the old file")
        # Checked here, so a malformed file is a usage error naming it, not a crash mid-screen.
        if not isinstance(digests, list) or not all(isinstance(d, str) for d in digests):
            raise InputError(f"watchlist {path} is malformed: 'digests' must be a list of texts")
        if key_id != _key_id(key):
            raise InputError(f"watchlist {path} was made with another key than the one given")
        return cls(key=key, digests=set(digests))

    @classmethod
    def new(cls, key: bytes) -> "Watchlist":
        return cls(key=key, digests=set())

    def save(self, path: Path) -> None:
        payload = {"format": FORMAT, "key_id": _key_id(self.key), "digests": sorted(self.digests)}
        with open_private(path, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(payload, indent=1) + "\n")

    def _digest(self, folded: str) -> str:
        return hmac.digest(self.key, folded.encode("utf-8"), "sha256").hex()

    def add(self, name: str) -> int:
        """Add a name's forms; returns how many digests were new."""
        parts = [_fold(p) for p in name.split()]
        forms = {p for p in parts if len(p) >= MIN_PART_LENGTH}
        if len(parts) > 1:
            forms.add("".join(parts))
        before = len(self.digests)
        self.digests.update(self._digest(f) for f in forms)
        return len(self.digests) - before

    def add_all(self, names: Iterable[str]) -> int:
        return sum(self.add(n) for n in names if n.strip())

    def find(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the draft whose words hash to a watched name."""
        spans = []
        words = list(_WORD.finditer(text))
        for word in words:
            if self._digest(_fold(word.group())) in self.digests:
                spans.append((word.start(), word.end()))
        for first, second in zip(words, words[1:]):
            if self._digest(_fold(first.group() + second.group())) in self.digests:
                spans.append((first.start(), second.end()))
        # Spelled-out names ("K i m", "A.v.a") are read down to the shortest part the list stores,
        # while cleaning rejoins only runs of four or more letters: shorter runs are mostly
        # abbreviations ("U.S.A."), harmless here, where a run counts only if it hashes to a listed name.
        for spelled in spelled_out_words(text, MIN_PART_LENGTH):
            if self._digest(_fold(spelled.group())) in self.digests:
                spans.append((spelled.start(), spelled.end()))
        for tag in _TAGGED.finditer(text):
            spans.extend(self._inside(tag.group(), tag.start()))
        return sorted(set(spans))

    def _inside(self, tag: str, offset: int) -> list[tuple[int, int]]:
        letters = [(i, c) for i, c in enumerate(tag) if c.isalpha()]
        found = []
        for a in range(len(letters)):
            for b in range(a + MIN_PART_LENGTH, min(a + MAX_NAME_LETTERS, len(letters)) + 1):
                folded = _fold("".join(c for _, c in letters[a:b]))
                if self._digest(folded) in self.digests:
                    found.append((offset + letters[a][0], offset + letters[b - 1][0] + 1))
        return found
