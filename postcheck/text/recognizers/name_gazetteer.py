"""People's names that spaCy's small model misses, from a first-name and surname list.

The list (models/names/names.tsv, built from Faker's person providers; see
models/MANIFEST.json) marks names that are also everyday English words ("Will",
"Grace", "May", "Hope", "Rose", "Bill"). A listed name counts when it is capitalised
and not a stop word; an everyday-word name also needs a neighbouring name, an initial,
a title or a "name" cue ("Grace Kim", "Mr. Bill", "her name is Hope"). In a post with
capitals, lower-case names count only right after "name" ("my name is nina") or as a
pair of listed names ("naomi ryan"); a post written all in lower case is read as if
capitalised. A capitalised word introduced as a name counts even when it is not listed
("my name is Akinori", "Mr. Rednjak"). Listed names that spaCy reads as a place and that
follow a place word ("moved to London") or are never given names ("Hollywood") are
places; a name followed by "Elementary", "Ltd" and the like is an institution. Tokens
inside an address, e-mail or URL found by another recognizer are not names, nor is a pet's
name, a team or a month beside a day ("a crab called Dai", "the Jets game", "25 June";
spacy_entities.is_pet_team_or_date).
Tokens are looked up as the rules read them (postcheck.text.normalize.fold): "C@rl H@yden",
"K@yl33" and "Sinéad" are listed names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from presidio_analyzer import LocalRecognizer, RecognizerResult

from postcheck.assets import models_dir, read_model_text
from postcheck.text.normalize import fold
from postcheck.text.recognizers.context_window import YieldsTo
from postcheck.text.recognizers.spacy_entities import is_pet_team_or_date

NAMES_FILE = models_dir() / "names" / "names.tsv"
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx", "mr.", "mrs.", "ms.", "dr.", "mx."})
_NAME_CUES = frozenset({"name", "named", "name:", "names"})
# Words right before a capitalised word that make it a name even when it is not listed:
# "my name is Akinori", "people call me Csanád", "Mr. Rednjak".
_NAMING_WORDS = frozenset({"named", "called", *_TITLES})
_NAMING_PAIRS = frozenset({("name", "is"), ("name", ":"), ("call", "me"), ("calls", "me"), ("name", "'s")})
# spaCy is reliable on these, and a listed name inside them is a nationality, language or day.
# (Not GPE: the small model often reads a lone first name as a place.)
_NOT_PEOPLE = frozenset({"NORP", "LANGUAGE", "DATE", "TIME"})
# A name followed by one of these names a firm or an institution ("Miller Ltd", "Lincoln
# Elementary", "London Business School"); schools and teams are the rules' business.
_ORG_WORDS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "incorporated",
                        "plc", "group", "co", "co.", "company", "orchestra", "agency", "movers", "school",
                        "elementary", "middle", "high", "academy", "college", "university", "hospital",
                        "church", "center", "centre", "foundation", "institute", "bank", "club", "park",
                        "library", "county", "street", "avenue", "road"})
# spaCy's place entities: a listed name there is a place when a place word leads to it
# ("moved to London", "in Paris") or when it is never a given name ("Hollywood").
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_LEAD = frozenset({"in", "at", "to", "from", "near", "of", "across", "around", "outside", "visit",
                         "visiting", "visited", "moved", "toward", "towards", "into"})


@dataclass(frozen=True)
class NameList:
    """The gazetteer: every listed name (lowercase), and two subsets of it."""

    names: frozenset[str]
    common: frozenset[str]  # also everyday English words: "will", "grace"
    surnames_only: frozenset[str]  # never a given name: "hollywood", "forbes"


@lru_cache(maxsize=1)
def load_names(path: Path = NAMES_FILE) -> NameList:
    """Read models/names/names.tsv (see models/names/build_names.py for its columns)."""
    rows = [line.split("\t") for line in read_model_text(path, "name list").splitlines()]
    return NameList(
        names=frozenset(name for name, _, _ in rows),
        common=frozenset(name for name, common, _ in rows if common == "1"),
        surnames_only=frozenset(name for name, _, given in rows if given == "0"),
    )


def _word(token) -> str:
    """The token in lower case, its disguised letters read as letters ("C@rl" -> "carl")."""
    return _folded_lower(token.text)


@lru_cache(maxsize=65536)
def _folded_lower(text: str) -> str:
    # Each token is looked up several times per post (listed, evidence, runs), and words recur.
    return fold(text).lower()


def _is_initial(token) -> bool:
    return len(token.text.rstrip(".")) == 1 and token.text[0].isupper()


def _is_capitalised(token) -> bool:
    return token.text[0].isupper() and not token.text.isupper()


def _named_here(doc, i: int) -> bool:
    """A capitalised word introduced as a name: "my name is Akinori", "Mr. Rednjak"."""
    token = doc[i]
    if not (_is_capitalised(token) and token.is_alpha) or token.is_stop:
        return False
    before = [t.lower_ for t in doc[max(0, i - 2):i]]
    return (bool(before) and before[-1] in _NAMING_WORDS) or tuple(before) in _NAMING_PAIRS


class NameGazetteerRecognizer(YieldsTo, LocalRecognizer):
    """Recognize listed first names and surnames in running text."""

    SCORE = 0.6
    FULL_NAME_SCORE = 0.75
    YIELDS_TO = frozenset({"STREET_ADDRESS", "EMAIL_ADDRESS", "URL"})

    def __init__(self, supported_language: str = "en", supported_entity: str = "PERSON"):
        super().__init__(supported_entities=[supported_entity], supported_language=supported_language)

    def load(self) -> None:
        name_list = load_names()
        self.names, self.common, self.surnames_only = name_list.names, name_list.common, name_list.surnames_only

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        # A post written all in lower case ("omg kayla did so good") gives no capitals to
        # go by; its listed names are then judged as if they were capitalised.
        capitals_mean_nothing = not any(ch.isupper() for ch in text)
        listed = [self._listed(token) for token in doc]
        accepted = [(listed[i] and self._evidence(doc, listed, i, capitals_mean_nothing)) or _named_here(doc, i)
                    for i in range(len(doc))]
        results = [self._result(doc, start, end) for start, end in self._runs(doc, accepted)]
        return [r for r in results if not is_pet_team_or_date(text, r.start, r.end)]

    def _listed(self, token) -> bool:
        in_tag = token.i > 0 and token.doc[token.i - 1].text in ("#", "@") and not token.doc[token.i - 1].whitespace_
        return (not in_tag  # hashtags and handles are HashtagNameRecognizer's
                and _word(token) in self.names and not token.is_stop and token.ent_type_ not in _NOT_PEOPLE
                and not self._is_place(token))

    def _is_place(self, token) -> bool:
        if token.ent_type_ not in _PLACE_ENTITIES:
            return False
        led = token.i > 0 and token.doc[token.i - 1].lower_ in _PLACE_LEAD
        return led or _word(token) in self.surnames_only

    def _evidence(self, doc, listed: list[bool], i: int, capitals_mean_nothing: bool) -> bool:
        token = doc[i]
        if not (_is_capitalised(token) or capitals_mean_nothing):
            return _word(token) not in self.common and (
                any(t.lower_ in _NAME_CUES for t in doc[max(0, i - 3):i])
                or any(listed[j] and doc[j].is_lower and _word(doc[j]) not in self.common
                       for j in (i - 1, i + 1) if 0 <= j < len(doc)))
        if _word(token) not in self.common:
            return True
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        beside_name = any(
            t is not None and (_is_capitalised(t) or capitals_mean_nothing)
            and (listed[t.i] or _is_initial(t)) and _word(t) not in self.common
            for t in (before, after)
        )
        titled = before is not None and before.lower_ in _TITLES
        cued = any(t.lower_ in _NAME_CUES for t in doc[max(0, i - 3):i])
        return beside_name or titled or cued

    def _runs(self, doc, accepted: list[bool]):
        """Spans of accepted tokens, grown over initials and capitalised words after them
        that spaCy's NER reads as part of a person's name; a span followed by an
        organisation word ("Elementary", "Ltd") is dropped."""
        i = 0
        while i < len(doc):
            if not accepted[i]:
                i += 1
                continue
            end = i + 1
            while end < len(doc) and doc[end].lower_ not in _ORG_WORDS and (accepted[end] or (
                    _is_capitalised(doc[end]) and (_is_initial(doc[end]) or doc[end].ent_type_ == "PERSON")
                    and _word(doc[end]) not in self.common and not doc[end].is_stop)):
                end += 1
            if not (end < len(doc) and doc[end].lower_ in _ORG_WORDS):
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
