"""A Presidio pattern recognizer declared by its class attributes alone.

Each regex recognizer of postcheck lists its ENTITY, PATTERNS, CONTEXT and regex FLAGS
(the detect-secrets habit: a regex detector only lists its patterns); this base class
does the wiring Presidio's own recognizers repeat in every `__init__`.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer


class DeclaredPattern(Pattern):
    """A Presidio `Pattern` compiled once, by its recognizer, with the recognizer's flags.

    Presidio's own `Pattern` compiles its regex to check it, without flags, and the recognizer
    compiles it again with its flags on the first post: for postcheck's 29 patterns that was
    55 ms of every cold `check` spent twice.
    """

    def __init__(self, name: str, regex: str, score: float) -> None:
        if not 0 <= score <= 1:
            raise ValueError(f"invalid score {score} for pattern {name!r}: it must lie between 0 and 1")
        self.name, self.regex, self.score = name, regex, score
        self.compiled_regex = self.compiled_with_flags = None


class DeclaredPatternRecognizer(PatternRecognizer):
    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[DeclaredPattern]]
    CONTEXT: ClassVar[list[str]] = []
    FLAGS: ClassVar[int] = re.IGNORECASE

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=self.FLAGS,
        )
        # Compiled here with the flags Presidio matches with, so a bad pattern fails when the
        # analyzer is built and the first post finds every pattern ready.
        for pattern in self.patterns:
            if pattern.compiled_regex is None or pattern.compiled_with_flags != self.FLAGS:
                pattern.compiled_regex = re.compile(pattern.regex, flags=self.FLAGS)
                pattern.compiled_with_flags = self.FLAGS
