"""A safer version of a draft: what the findings point at, replaced or removed.

Built on presidio-anonymizer. Each finding with a text span becomes one analyzer-style
result whose entity type says how to replace it; overlapping spans are resolved by the
anonymizer (the more confident finding keeps the overlap), so they never collide.

A rule says what its quoted words are (`rewrite:` in its YAML, carried on the finding):

- `person`: a client's name or nickname -> "a youth" ("a parent" or "a family" when the quote says so)
- `removed`: phone, e-mail, address, case number, plate, birth date, ID numbers -> "[removed]"
- `school` -> "their school"; `team` -> "their team"; `venue` -> "a nearby place"
- `places`: the towns inside the quote ("placing two kids in Palmdale") -> "a nearby town"

Findings of rules without `rewrite:` (photos, tone, missing disclaimers) have no words to
swap and are left to the writer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from postcheck.model import Finding

REMOVED = "[removed]"

# Replacement key -> the words that take the span's place.
_REPLACEMENTS = {
    "YOUTH": "a youth",
    "PARENT": "a parent",
    "FAMILY": "a family",
    "REMOVED": REMOVED,
    "SCHOOL": "their school",
    "TEAM": "their team",
    "VENUE": "a nearby place",
    "TOWN": "a nearby town",
}
_BY_KIND = {"school": "SCHOOL", "team": "TEAM", "venue": "VENUE", "removed": "REMOVED"}
_PARENT_WORDS = re.compile(r"\b(?:mom|mum|dad|mother|father|parent|grand(?:ma|pa|mother|father)|aunt|uncle)s?\b",
                           re.IGNORECASE)
_FAMILY_WORDS = re.compile(r"\b(?:family|families|household)\b", re.IGNORECASE)
# A capitalised place after in/at/to/near inside a placement quote.
_PLACE_IN_QUOTE = re.compile(r"\b(?:in|at|to|near|from)\s+((?:[A-Z][\w'.-]*\s?){1,3})")


def safer_rewrite(text: str, findings: list[Finding]) -> str:
    """The draft with each finding's span replaced as the module docstring describes."""
    from presidio_anonymizer.entities import ConflictResolutionStrategy, RecognizerResult

    results = [RecognizerResult(key, start, end, score)
               for key, start, end, score in _replacement_spans(text, findings)]
    if not results:
        return text
    rewritten = _anonymizer().anonymize(
        text=text,
        analyzer_results=results,
        operators=_operators(),
        conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS,
    ).text
    return _tidy(rewritten)


def _replacement_spans(text: str, findings: list[Finding]):
    """(replacement key, start, end, score) for every finding that has words to replace."""
    for finding in findings:
        if finding.start is None or finding.end is None or finding.start >= finding.end:
            continue
        quote = text[finding.start:finding.end]
        if finding.rewrite_as == "places":
            for place in _PLACE_IN_QUOTE.finditer(quote):
                name = place.group(1).rstrip()
                yield "TOWN", finding.start + place.start(1), finding.start + place.start(1) + len(name), finding.confidence
            continue
        key = _key_for(finding, quote)
        if key:
            # "1420 W. Cedar Ave." may end a sentence: the full stop stays in the text.
            end = finding.end - 1 if quote.endswith(".") else finding.end
            yield key, finding.start, end, finding.confidence


def _key_for(finding: Finding, quote: str) -> str | None:
    if finding.rewrite_as == "person":
        if _PARENT_WORDS.search(quote):
            return "PARENT"
        return "FAMILY" if _FAMILY_WORDS.search(quote) else "YOUTH"
    return _BY_KIND.get(finding.rewrite_as or "")


def _tidy(text: str) -> str:
    """Collapse the doubled spaces and space-before-punctuation that replacements leave."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r" +([,.!?;:])", r"\1", text)


@lru_cache(maxsize=1)
def _anonymizer():
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()


@lru_cache(maxsize=1)
def _operators():
    from presidio_anonymizer.entities import OperatorConfig

    return {key: OperatorConfig("replace", {"new_value": value}) for key, value in _REPLACEMENTS.items()}
