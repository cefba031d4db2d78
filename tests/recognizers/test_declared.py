"""The declared-recognizer base: patterns compiled once, with the recognizer's flags, when it is built."""

from __future__ import annotations

import pytest
import regex

from postcheck.text.recognizers import postcheck_recognizers
from postcheck.text.recognizers.declared import DeclaredPattern, DeclaredPatternRecognizer


class _Shouting(DeclaredPatternRecognizer):
    ENTITY = "SHOUT"
    PATTERNS = [DeclaredPattern("shout", r"\bhey\b", 0.5)]
    FLAGS = regex.IGNORECASE


def test_every_pattern_is_compiled_with_its_recognizers_flags_when_built():
    for recognizer in postcheck_recognizers():
        for pattern in getattr(recognizer, "patterns", []):
            assert isinstance(pattern, DeclaredPattern), pattern.name
            assert pattern.compiled_with_flags == recognizer.global_regex_flags, pattern.name
            assert pattern.compiled_regex.pattern == pattern.regex


def test_a_declared_recognizer_matches_with_its_flags():
    found = _Shouting().analyze("well HEY there", entities=["SHOUT"])
    assert [(r.start, r.end, r.score) for r in found] == [(5, 8, 0.5)]


def test_a_bad_pattern_fails_when_its_recognizer_is_built():
    class Broken(DeclaredPatternRecognizer):
        ENTITY = "BROKEN"
        PATTERNS = [DeclaredPattern("unclosed", r"(oops", 0.5)]

    with pytest.raises(regex.error):
        Broken()


def test_a_score_outside_zero_to_one_is_refused():
    with pytest.raises(ValueError):
        DeclaredPattern("too sure", r"x", 1.5)
