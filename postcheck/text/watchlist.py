"""A caseload watchlist that never holds a readable name.

A supervisor adds client names; the file keeps a random salt and, for each name, salted
SHA-256 digests of its normalised forms (each name part, and the parts joined without
spaces). A draft is checked by hashing its candidate words the same way: plain words,
runs of single letters ("K a y l a"), adjacent word pairs, and every substring of a
hashtag or handle (`#prayforkayla`). Matches emit WATCHLIST_NAME entities, which a rule
in the rulebook turns into a high-severity `client_identity` finding.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from postcheck.errors import InputError
from postcheck.private_files import open_private

ENTITY = "WATCHLIST_NAME"
MIN_PART_LENGTH = 3  # shorter parts ("Al", "Jo") would match inside too many ordinary words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TAGGED = re.compile(r"[#@][\w.]+")
_SPELLED = re.compile(r"\b(?:[^\W\d_][ .]){2,}[^\W\d_]\b")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isalpha())


@dataclass
class Watchlist:
    salt: str
    digests: set[str]

    @classmethod
    def load(cls, path: Path) -> "Watchlist":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            salt, digests = data["salt"], data["digests"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"cannot read watchlist {path}: {type(exc).__name__}") from exc
        # Checked here, so a malformed file is a usage error naming it, not a crash mid-screen.
        if not isinstance(salt, str) or not isinstance(digests, list) or not all(isinstance(d, str) for d in digests):
            raise InputError(f"watchlist {path} is malformed: 'salt' must be text and 'digests' a list of texts")
        return cls(salt=salt, digests=set(digests))

    @classmethod
    def new(cls) -> "Watchlist":
        return cls(salt=secrets.token_hex(16), digests=set())

    def save(self, path: Path) -> None:
        payload = {"format": "postcheck-watchlist-1", "salt": self.salt, "digests": sorted(self.digests)}
        with open_private(path, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(payload, indent=1) + "\n")

    def _digest(self, folded: str) -> str:
        return hashlib.sha256((self.salt + folded).encode("utf-8")).hexdigest()

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
        for spelled in _SPELLED.finditer(text):
            if self._digest(_fold(spelled.group())) in self.digests:
                spans.append((spelled.start(), spelled.end()))
        for tag in _TAGGED.finditer(text):
            spans.extend(self._inside(tag.group(), tag.start()))
        return sorted(set(spans))

    def _inside(self, tag: str, offset: int) -> list[tuple[int, int]]:
        letters = [(i, c) for i, c in enumerate(tag) if c.isalpha()]
        found = []
        for a in range(len(letters)):
            for b in range(a + MIN_PART_LENGTH, len(letters) + 1):
                folded = _fold("".join(c for _, c in letters[a:b]))
                if self._digest(folded) in self.digests:
                    found.append((offset + letters[a][0], offset + letters[b - 1][0] + 1))
        return found
