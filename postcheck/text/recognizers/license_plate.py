"""Licence plates: "plate 7ABC123", "tag: KLM-4821", "rego 572 KQZ", and California's 1ABC234 shape alone.

Most plate formats are just a few letters and digits ("10U", "SARAH20", "NOV 2026"),
so a plate needs a cue word before it ("plate", "licence", "tag"). The one shape that
stands on its own is California's digit-three-letters-three-digits plate, which is
rare in prose; it is scored at the rules' reporting score, and a cue lifts it.
"""

from __future__ import annotations

import regex as re

from postcheck.text.matching import REPORTING_SCORE
from postcheck.text.recognizers.declared import DeclaredPattern, DeclaredPatternRecognizer

_CUE = r"(?i:plates?|licen[cs]e(?:[ \t]+plate)?|lic\.?|tags?|plate[ \t]+number|rego|reg(?:istration)?)"
_MARKER = r"(?i:[ \t]*(?:#|no\.?|number))?[ \t]*:?[ \t]*"
# Letters and digits, 2-8 of them, with at most one space or hyphen, mixing both.
_PLATE = r"(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}"


class LicensePlateRecognizer(DeclaredPatternRecognizer):
    """Recognize a vehicle licence plate."""

    ENTITY = "LICENSE_PLATE"

    PATTERNS = [
        DeclaredPattern("plate after a cue", rf"\b{_CUE}{_MARKER}\K{_PLATE}\b", 0.7),
        DeclaredPattern("California shape", r"\b[1-9][A-Z]{3}\d{3}\b", REPORTING_SCORE),
    ]
    CONTEXT = ["plate", "license", "licence", "car", "vehicle", "tag"]

    # Plates are written in capitals: "tag abc" is not a plate. Cue words opt out.
    FLAGS = re.MULTILINE

    def invalidate_result(self, pattern_text: str) -> bool:
        """At least four characters of letters and digits."""
        return sum(ch.isalnum() for ch in pattern_text) < 4
