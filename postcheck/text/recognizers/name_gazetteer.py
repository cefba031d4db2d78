"""People's names that spaCy's small model misses, from a first-name and surname list.

The list (models/names/names.tsv, built from Faker's person providers; see
models/MANIFEST.json) marks names that are also everyday English words ("Will",
"Grace", "May", "Hope", "Rose", "Bill"). A listed name counts when it is capitalised
and not a stop word; an everyday-word name also needs a neighbouring name, an initial,
a title or a "name" cue ("Grace Kim", "Mr. Bill", "her name is Hope"). In a post with
capitals, lower-case names count only right after "name" ("my name is nina") or as a
pair of listed names ("naomi ryan"); a post written all in lower case is read as if
capitalised. Tokens inside an address, e-mail or URL found by another recognizer
are not names.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from presidio_analyzer import LocalRecognizer, RecognizerResult

from postcheck.errors import DetectorUnavailable
from postcheck.text.recognizers.context_window import YieldsTo

NAMES_FILE = Path(__file__).resolve().parents[3] / "models" / "names" / "names.tsv"
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx", "mr.", "mrs.", "ms.", "dr.", "mx."})
_NAME_CUES = frozenset({"name", "named", "name:", "names"})
# spaCy is reliable on these, and a listed name inside them is a nationality, language or day.
# (Not GPE: the small model often reads a lone first name as a place.)
_NOT_PEOPLE = frozenset({"NORP", "LANGUAGE", "DATE", "TIME"})
# A surname followed by one of these is a firm ("Morgan Stanley", "Miller Ltd").
_ORG_WORDS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "incorporated",
                        "plc", "group", "co", "co.", "company", "orchestra", "agency", "movers", "stanley"})


@lru_cache(maxsize=1)
def load_names(path: Path = NAMES_FILE) -> tuple[frozenset[str], frozenset[str]]:
    """All listed names (lowercase) and the subset that are also everyday English words."""
    try:
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    except OSError as exc:
        raise DetectorUnavailable(f"name list missing or unreadable: {path.name}") from exc
    names = frozenset(name for name, _ in rows)
    common = frozenset(name for name, flag in rows if flag == "1")
    return names, common


def _is_initial(token) -> bool:
    return len(token.text.rstrip(".")) == 1 and token.text[0].isupper()


def _is_capitalised(token) -> bool:
    return token.text[0].isupper() and not token.text.isupper()


class NameGazetteerRecognizer(YieldsTo, LocalRecognizer):
    """Recognize listed first names and surnames in running text."""

    SCORE = 0.6
    FULL_NAME_SCORE = 0.75
    YIELDS_TO = frozenset({"STREET_ADDRESS", "EMAIL_ADDRESS", "URL"})

    def __init__(self, supported_language: str = "en", supported_entity: str = "PERSON"):
        super().__init__(supported_entities=[supported_entity], supported_language=supported_language)

    def load(self) -> None:
        self.names, self.common = load_names()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        # A post written all in lower case ("omg kayla did so good") gives no capitals to
        # go by; its listed names are then judged as if they were capitalised.
        capitals_mean_nothing = not any(ch.isupper() for ch in text)
        listed = [self._listed(token) for token in doc]
        accepted = [listed[i] and self._evidence(doc, listed, i, capitals_mean_nothing) for i in range(len(doc))]
        return [self._result(doc, start, end) for start, end in self._runs(doc, accepted)]

    def _listed(self, token) -> bool:
        in_tag = token.i > 0 and token.doc[token.i - 1].text in "#@" and not token.doc[token.i - 1].whitespace_
        return (not in_tag  # hashtags and handles are HashtagNameRecognizer's
                and token.lower_ in self.names and not token.is_stop and token.ent_type_ not in _NOT_PEOPLE
                and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in _ORG_WORDS))

    def _evidence(self, doc, listed: list[bool], i: int, capitals_mean_nothing: bool) -> bool:
        token = doc[i]
        if not (_is_capitalised(token) or capitals_mean_nothing):
            return token.lower_ not in self.common and (
                any(t.lower_ in _NAME_CUES for t in doc[max(0, i - 3):i])
                or any(listed[j] and doc[j].is_lower and doc[j].lower_ not in self.common
                       for j in (i - 1, i + 1) if 0 <= j < len(doc)))
        if token.lower_ not in self.common:
            return True
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        beside_name = any(
            t is not None and (_is_capitalised(t) or capitals_mean_nothing)
            and (listed[t.i] or _is_initial(t)) and t.lower_ not in self.common
            for t in (before, after)
        )
        titled = before is not None and before.lower_ in _TITLES
        cued = any(t.lower_ in _NAME_CUES for t in doc[max(0, i - 3):i])
        return beside_name or titled or cued

    def _runs(self, doc, accepted: list[bool]):
        """Spans of accepted tokens, grown over initials and capitalised proper nouns after them."""
        i = 0
        while i < len(doc):
            if not accepted[i]:
                i += 1
                continue
            end = i + 1
            while end < len(doc) and (accepted[end] or (
                    _is_capitalised(doc[end]) and (_is_initial(doc[end]) or doc[end].pos_ == "PROPN")
                    and doc[end].lower_ not in self.common and not doc[end].is_stop)):
                end += 1
            yield i, end
            i = end

    def _result(self, doc, start: int, end: int) -> RecognizerResult:
        span = doc[start:end]
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=span.start_char,
            end=span.end_char,
            score=self.FULL_NAME_SCORE if end - start > 1 else self.SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
