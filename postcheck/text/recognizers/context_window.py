"""Context for pattern matches: words in the raw text on both sides, and other recognizers.

Presidio's LemmaContextAwareEnhancer looks only at the five preceding non-stop-word
lemmas, and spaCy counts "call" as a stop word, so "call me on 450 0840" never gets
its boost, nor does "416 60 039 office". Recognizers that mix this class in look for
their CONTEXT words within a few characters before and after each match instead, and
mark the result as enhanced so Presidio's enhancer does not add a second boost.

Entity types also compete: a house number inside an address ("9543 1819 St. John
Street") is not a phone number. A recognizer lists in YIELDS_TO the entity types whose
spans (found by other recognizers) swallow its own results.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from postcheck.text.matching import REPORTING_SCORE

# A context word nearby adds what Presidio's enhancer adds, and lifts the result at least to
# the score the rules report (the floor Presidio's enhancer uses too).
CONTEXT_BOOST = 0.35
MIN_SCORE_WITH_CONTEXT = REPORTING_SCORE


class YieldsTo:
    """Mixin for a recognizer: drop its results that lie inside a YIELDS_TO span of another."""

    YIELDS_TO: frozenset[str] = frozenset()

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None) -> list[RecognizerResult]:
        return drop_contained(raw_recognizer_results, other_raw_recognizer_results, self.YIELDS_TO)


class TextWindowContext(YieldsTo):
    """Mixin for a PatternRecognizer: yield as YieldsTo does, then boost results whose
    CONTEXT words sit nearby."""

    CONTEXT: list[str] = []
    CONTEXT_BEFORE = 40  # characters
    CONTEXT_AFTER = 12

    def _context_regex(self) -> re.Pattern:
        cls = type(self)
        if "_compiled_context" not in cls.__dict__:
            words = "|".join(re.escape(w) for w in sorted(cls.CONTEXT, key=len, reverse=True))
            cls._compiled_context = re.compile(rf"\b(?:{words})", re.IGNORECASE)
        return cls._compiled_context

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None) -> list[RecognizerResult]:
        """Drop results inside a span this recognizer yields to; boost those with context nearby."""
        kept = super().enhance_using_context(text, raw_recognizer_results, other_raw_recognizer_results,
                                             nlp_artifacts, context)
        found = self._context_regex()
        for result in kept:
            window = (text[max(0, result.start - self.CONTEXT_BEFORE):result.start]
                      + " " + text[result.end:result.end + self.CONTEXT_AFTER])
            if found.search(window):
                result.score = min(1.0, max(result.score + CONTEXT_BOOST, MIN_SCORE_WITH_CONTEXT))
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return kept


# Only confident spans swallow others: a weak pattern waiting for a context boost
# ("Barbara Yudina Apt. 675" read as street name + number) must not hide a person.
MIN_SWALLOWING_SCORE = 0.5


def drop_contained(results: list[RecognizerResult], others: list[RecognizerResult],
                   entity_types: frozenset[str]) -> list[RecognizerResult]:
    """The results not lying inside a confident span of one of `entity_types` among `others`."""
    outer = [(o.start, o.end) for o in others
             if o.entity_type in entity_types and o.score >= MIN_SWALLOWING_SCORE]
    return [r for r in results if not any(s <= r.start and r.end <= e for s, e in outer)]
