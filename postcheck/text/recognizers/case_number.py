"""Case, referral, docket and file (dossier) numbers: "Case #19-00345", "referral 2231-88",
"JV-2023-0142", "referral 24/118832", "case ref 2017/CP/0442", "ref 2024-18873", "Ref 4471-209 closed".

The number must follow one of those words, and must look like an identifier: a "#",
"no.", "number" or "ref" marker before it, or letters or a hyphen inside it, and at least
three digits. So "in case 2 of us go", "poster #42" and "code SARAH20" stay quiet. A number
shaped like a phone number ("hotline 1-800-422-4453", "intake 602-555-0142") is a line to call,
not a file, and is left to the phone-number rules. Only the identifier is reported, so a
rewrite keeps the word "case".
"""

from __future__ import annotations

import re

from postcheck.text.recognizers.declared import DeclaredPattern, DeclaredPatternRecognizer

_CASE_WORD = (r"(?:case|referral|docket|petition|dependency|juvenile|court|hotline|intake|"
              r"investigation|incident|file|dossier|report|cps|dcfs)")
_MARKER = r"(?:#|no\.?|num\.?|number|id|ref(?:erence)?\.?)"
_ID = r"[A-Z]{0,5}-?\d[\dA-Z]*(?:[-/][\dA-Z]+)*"
# "ref", "Ref. no.", "reference #:" standing alone before a serial
_REF_MARKER = r"\bref(?:erence)?\.?[ \t]*(?:no\.?|#)?[ \t]*:?[ \t]*"
# Ten-digit North American numbers, with or without the trunk 1; vanity numbers
# ("1-855-503-SAFE", "1-800-25-ABUSE", a local "555-KIDS"); anything after a toll-free code
# ("1-844-CO-4-KIDS", "1-800-91Prevent").
_PHONE_SHAPED = re.compile(r"(?:1-)?\d{3}-\d{3}-\d{4}|(?:1-)?\d{3}-(?:\d{2,3}-)?[A-Z]{4,5}"
                           r"|(?:1-)?8(?:00|33|44|55|66|77|88)-[\dA-Z-]+", re.IGNORECASE)


class CaseNumberRecognizer(DeclaredPatternRecognizer):
    """Recognize a case, referral or docket number after the word that introduces it."""

    ENTITY = "CASE_NUMBER"

    PATTERNS = [
        DeclaredPattern("case word and marker",
                rf"\b{_CASE_WORD}s?[ \t]*{_MARKER}[ \t]*:?[ \t]*#?[ \t]*\K{_ID}\b", 0.7),
        DeclaredPattern("case word and structured id",
                rf"\b{_CASE_WORD}s?[ \t]*:?[ \t]*\K(?=[A-Z0-9/-]*[A-Z-])(?=[A-Z0-9/-]*\d)[A-Z]{{0,5}}-?\d[\dA-Z]*(?:[-/][\dA-Z]+)+\b"
                , 0.6),
        # a year or team prefix and a serial: "referral 24/118832" (five digits or more after the
        # slash, so a date, "24/7" or a score is not one)
        DeclaredPattern("case word and slashed serial",
                rf"\b{_CASE_WORD}s?[ \t]*:?[ \t]*\K\d{{1,4}}/\d{{5,8}}\b", 0.6),
        # a reference alone before a year and a serial: "ref 2024-18873 has been reopened" (a
        # four-digit year, so a season "ref 2024-25" is not one)
        DeclaredPattern("reference marker and year serial",
                rf"{_REF_MARKER}\K(?:19|20)\d\d-\d{{4,7}}\b", 0.6),
        # any reference a file is said to close or open under: "Ref 4471-209 closed. No further
        # action." (an order or a ticket is "shipped" or "resolved", not closed and reopened)
        DeclaredPattern("reference marker and a serial that closes or opens",
                rf"{_REF_MARKER}\K\d{{3,6}}-\d{{3,7}}\b(?=[ \t]+(?:has[ \t]+been[ \t]+|was[ \t]+|is[ \t]+|now[ \t]+)?"
                r"(?:closed|reopened|re-opened|opened|nfa|allocated|transferred|stepped[ \t]+down|escalated)\b)", 0.6),
    ]
    CONTEXT = ["case", "referral", "docket", "file"]

    def invalidate_result(self, pattern_text: str) -> bool:
        """An identifier has at least three digits ("Case #42" is too short to identify) and
        is not a phone number."""
        return sum(ch.isdigit() for ch in pattern_text) < 3 or bool(_PHONE_SHAPED.fullmatch(pattern_text))
