"""E-mail addresses written to dodge scrapers: "jane at gmail dot com", "jane[at]gmail[dot]com".

A plain " at " is everyday English ("shop at target.com", "at 4:45am"), so the spoken
form needs " dot " before a common top-level domain, or a well-known mail provider
after the "at" ("jane at gmail.com"). Bracketed forms ([at], (at), {at}) count alone.
"""

from __future__ import annotations

from postcheck.text.recognizers.declared import DeclaredPattern, DeclaredPatternRecognizer

_LOCAL = r"[\w.+-]*\w"
_TLD = r"(?:com|org|net|edu|gov|us|io|co|me|info|biz|mil)"
_BRACKET_AT = r"[ \t]*[\[({<][ \t]*at[ \t]*[\])}>][ \t]*"
_BRACKET_DOT = r"[ \t]*(?:[\[({<][ \t]*dot[ \t]*[\])}>]|\.)[ \t]*"
_SPOKEN_DOT = r"[ \t]+dot[ \t]+"
_PROVIDER = r"(?:gmail|yahoo|hotmail|outlook|icloud|aol|protonmail|proton|live|msn|comcast|att|verizon|ymail|me|mac)"


class ObfuscatedEmailRecognizer(DeclaredPatternRecognizer):
    """Recognize e-mail addresses with "at"/"dot" spelled out or bracketed."""

    ENTITY = "EMAIL_ADDRESS"

    PATTERNS = [
        DeclaredPattern("bracketed at", rf"\b{_LOCAL}{_BRACKET_AT}[\w-]+(?:{_BRACKET_DOT}[\w-]+)*{_BRACKET_DOT}{_TLD}\b", 0.8),
        DeclaredPattern("spoken at and dot", rf"\b{_LOCAL}[ \t]+at[ \t]+[\w-]+(?:{_SPOKEN_DOT}[\w-]+)*{_SPOKEN_DOT}{_TLD}\b", 0.7),
        DeclaredPattern("spoken at, mail provider", rf"\b{_LOCAL}[ \t]+at[ \t]+{_PROVIDER}(?:{_SPOKEN_DOT}|\.){_TLD}\b", 0.7),
    ]
    CONTEXT = ["email", "e-mail", "mail", "contact", "reach", "write"]

