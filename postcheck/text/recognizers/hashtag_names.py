"""Names hidden in hashtags and handles: #prayforkayla, #JusticeForJaylen, @maya.j.

spaCy sees "#prayforkayla" as one odd token, so no name detector reaches "kayla". This
recognizer splits hashtags and handles into words (at capitals, dots, underscores and
digits, and around the campaign words people wrap names in) and reports the part that
is a listed name, with its span inside the hashtag. A handle is a person's account, so
any listed name in it counts; a hashtag needs a campaign word (#prayfor…, #justicefor…,
#…strong) or a first name and surname together (#KaylaMoore), because "#austin" or
"#faith" are usually not people.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from postcheck.text.recognizers.name_gazetteer import load_names

_TAG = re.compile(r"(?<![\w@#])([#@])([\p{L}\p{M}\d_.]*[\p{L}\p{M}\d_])")
# Words split off at capitals, digits, "_" and ".": "PrayForKayla" -> Pray, For, Kayla.
_PIECE = re.compile(r"\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}+(?!\p{Ll})|[\p{Ll}\p{M}]+")
_BEFORE_NAME = ("prayersfor", "prayfor", "pray4", "justicefor", "justice4", "standwith", "standingwith",
                "bringbackhome", "bring", "findingfor", "find", "free", "savefor", "save", "rememberingto",
                "remembering", "remember", "rip", "ripto", "happybirthday", "hbd", "missing", "helpfor",
                "help", "love", "team", "welcome", "welcomehome", "congrats", "support")
_AFTER_NAME = ("strong", "forever", "fund", "home", "warrior", "army", "nation", "sday", "day", "s")


class HashtagNameRecognizer(LocalRecognizer):
    """Recognize listed names inside hashtags and @handles."""

    SCORE = 0.6

    def __init__(self, supported_language: str = "en", supported_entity: str = "PERSON"):
        super().__init__(supported_entities=[supported_entity], supported_language=supported_language)

    def load(self) -> None:
        name_list = load_names()
        self.names, self.common = name_list.names, name_list.common

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for tag in _TAG.finditer(text):
            is_handle = tag.group(1) == "@"
            for start, end in self._name_parts(tag.group(2), is_handle):
                offset = tag.start(2)
                results.append(self._result(offset + start, offset + end))
        return results

    def _name_parts(self, body: str, is_handle: bool) -> list[tuple[int, int]]:
        """Spans (within `body`) of the listed names in one hashtag or handle."""
        lowered = body.lower()
        pieces = [(m.start(), m.end()) for m in _PIECE.finditer(body)]
        if not is_handle:
            return self._wrapped_name(lowered) or self._full_name(lowered, pieces)
        found = []
        for start, end in pieces:
            word = lowered[start:end]
            if self._is_name(word, strict=False):
                found.append((start, end))
            elif self._is_name(word[1:], strict=True):  # an initial and a surname: "jsmith"
                found.append((start + 1, end))
            else:
                found.extend((start + s, start + e) for s, e in self._full_name(word, [(0, len(word))]))
        return found

    def _wrapped_name(self, word: str) -> list[tuple[int, int]]:
        """A name inside campaign words: "prayforkayla" -> "kayla"; "kaylastrong" -> "kayla"."""
        for prefix in ("", *_BEFORE_NAME):
            if not word.startswith(prefix):
                continue
            rest = word[len(prefix):]
            for suffix in _AFTER_NAME if not prefix else ("", *_AFTER_NAME):
                core = rest[:len(rest) - len(suffix)] if suffix else rest
                # Everyday-word names ("hope", "grace") only after a campaign word.
                if rest.endswith(suffix) and self._is_name(core, strict=not prefix):
                    return [(len(prefix), len(prefix) + len(core))]
        return []

    def _full_name(self, lowered: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A first name and surname together: "#KaylaMoore" or "#kaylamoore"."""
        if len(pieces) == 2 and all(self._is_name(lowered[s:e], strict=True) for s, e in pieces):
            return [(pieces[0][0], pieces[1][1])]
        if len(pieces) == 1:
            start, end = pieces[0]
            word = lowered[start:end]
            for cut in range(3, len(word) - 2):
                if self._is_name(word[:cut], strict=True) and self._is_name(word[cut:], strict=True):
                    return [(start, end)]
        return []

    def _is_name(self, word: str, strict: bool) -> bool:
        return len(word) >= 3 and word in self.names and not (strict and word in self.common)

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.supported_entities[0], start=start, end=end, score=self.SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
