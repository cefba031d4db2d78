"""A Presidio pattern recognizer declared by its class attributes alone.

Each regex recognizer of postcheck lists its ENTITY, PATTERNS, CONTEXT and regex FLAGS
(the detect-secrets habit: a regex detector only lists its patterns); this base class
does the wiring Presidio's own recognizers repeat in every `__init__`.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer


class DeclaredPatternRecognizer(PatternRecognizer):
    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
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
