"""Ways to run the rules' regular expressions faster that find exactly the same matches.

Screening a post runs a few hundred case-insensitive regexes, some of them alternations of
hundreds of lexicon terms, and Python's `re` made that the largest cost of a `check`. Each
speed-up here is exact: it changes how a match is searched for, never what matches, and
where that cannot be shown for a pattern it leaves the pattern alone.

- `KeyWords`: skip a lexicon's regex when the post lacks every word the lexicon needs.
- `RequiredText`: skip a hand-written regex when the post lacks every string it needs.
- `alternation_by_first_char`: group an alternation of terms behind one-character lookaheads.
- `pattern_letters_lower_ascii` and `text_letters_lower_ascii`: drop IGNORECASE where it
  cannot change a match.

The pattern checks walk the parse tree of CPython's private `re._parser`; a pattern they cannot
parse, or an op they do not know, keeps the slow way, so a change in a later Python can cost
speed but not correctness (tests/test_matching_speed_paths.py compares both ways).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class KeyWords:
    """The words of which a text must contain one before a list of terms can match in it.

    Most posts contain none of a lexicon's terms, and a set lookup is far cheaper than
    running the lexicon's regex to find that out. `term_pattern` puts no word character on
    either side of a run of word characters in a term, so a text that a term matches holds
    each of the term's runs as a whole word, or as the start of a word when a `*` follows the
    run ("foster*"). One run per term is enough: the longest, as long words are the rarest.
    """

    whole: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, terms: Iterable[str]) -> KeyWords | None:
        """Keys for these terms, or None when a term has no word characters to key on."""
        whole, prefixes = set(), set()
        for term in terms:
            runs = list(_WORD.finditer(term.lower()))
            if not runs:
                return None
            key = max(runs, key=lambda run: len(run.group()))
            (prefixes if term[key.end():key.end() + 1] == "*" else whole).add(key.group())
        return cls(frozenset(whole), tuple(sorted(prefixes)))

    def any_in(self, words: frozenset[str]) -> bool:
        if not self.whole.isdisjoint(words):
            return True
        return bool(self.prefixes) and any(word.startswith(self.prefixes) for word in words)


def words_of(normalised: str) -> frozenset[str]:
    """The distinct words (runs of word characters) of a text, as `KeyWords.any_in` reads them."""
    return frozenset(_WORD.findall(normalised))


# A requirement with more strings than this costs about as much to look for as the regex.
MAX_REQUIRED_STRINGS = 64


@dataclass(frozen=True)
class RequiredText:
    """Strings of which a text must contain one before a pattern can match in it.

    Most hand-written patterns name words ("\\b(?:ministry|regulator)\\b", "call(?:ed)? (?:the )?
    hotline"), most posts hold none of them, and looking for a few strings with `in` is far
    cheaper than running the regex to find that out: on the benchmark's posts four in five of
    the rules' hand-written regexes are skipped this way. A match of the pattern contains every
    literal character its parse tree requires, in order, so a text it matches holds one of the
    strings `of` derives from those characters (see `_required`).
    """

    strings: tuple[str, ...]
    # Found with IGNORECASE: the strings are lower case, and may be looked for only in a text
    # whose letters are all lower-case ASCII (see `text_letters_lower_ascii`), where IGNORECASE
    # relates a character to itself alone.
    ignorecase: bool

    @classmethod
    def of(cls, pattern: str, ignorecase: bool) -> RequiredText | None:
        """What a text needs for the pattern (run with IGNORECASE or not) to match in it, or None
        when the parse tree names no such strings."""
        from re import _parser as parser

        try:
            parsed = parser.parse(pattern, re.IGNORECASE if ignorecase else 0)
        except re.error:
            return None
        if parsed.state.flags & re.IGNORECASE and not ignorecase:
            return None  # a global (?i) in a case-sensitive pattern
        strings = _required(parsed, ignorecase)
        return cls(tuple(sorted(strings)), ignorecase) if strings else None

    def any_in(self, text: str) -> bool:
        return any(map(text.__contains__, self.strings))


def _required(items, ignorecase: bool) -> frozenset[str] | None:
    """Strings of which every match of the parsed sequence `items` holds one (lower case when
    `ignorecase`), or None when none is known. Each element of a sequence must match, so each
    element's requirement is the sequence's: a run of literal characters, a class of literal
    characters, a group, a branch (one of its alternatives' requirements), a repeat of at least one, a lookahead or
    lookbehind that must hold (its text is in the subject string too). The most selective is
    kept: the longest shortest string, then the fewest strings. Anything else (classes,
    negative lookarounds, groups with flags of their own, optional repeats) requires nothing.
    """
    from re import _constants as sre

    candidates: list[frozenset[str] | None] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL and (char := _literal(value, ignorecase)) is not None:
            run.append(char)
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = value
            if not add_flags and not del_flags:
                candidates.append(_required(sub, ignorecase))
        elif op is sre.IN:  # a class of literals alone ("[‘’']", or "🙄|🤡" as parsed) is a branch
            chars = [_literal(member, ignorecase) if kind is sre.LITERAL else None for kind, member in value]
            if None not in chars:
                candidates.append(frozenset(chars))
        elif op is sre.BRANCH:
            alternatives = [_required(branch, ignorecase) for branch in value[1]]
            if all(alternatives):
                candidates.append(frozenset().union(*alternatives))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            minimum, _maximum, sub = value
            if minimum >= 1:
                candidates.append(_required(sub, ignorecase))
        elif op is sre.ASSERT:
            candidates.append(_required(value[1], ignorecase))
        elif op is sre.ATOMIC_GROUP:
            candidates.append(_required(value, ignorecase))
    if run:
        candidates.append(frozenset(["".join(run)]))
    usable = [c for c in candidates if c and "" not in c and len(c) <= MAX_REQUIRED_STRINGS]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _literal(code: int, ignorecase: bool) -> str | None:
    """The character a literal needs in the text, or None when it cannot be named: with
    IGNORECASE only ASCII (lower-cased) and caseless characters, which it relates to
    themselves alone in a text of lower-case ASCII letters."""
    char = chr(code)
    if not ignorecase or _caseless(char):
        return char
    return char.lower() if char.isascii() else None


def alternation_by_first_char(ordered: list[str], term_pattern: Callable[[str], str]) -> str:
    """The terms' alternation, grouped by first character behind a lookahead: `(?=f)(?:foster…|family…)|…`.

    Python's `re` tries every alternative at every position of the text; a lexicon of a few
    hundred terms made that the single largest cost of screening a post. A group's lookahead
    fails at once where no term of the group can start. It matches exactly what the plain
    alternation matches: each term's pattern begins with its first character, terms keep
    their order within a group, and (ASCII first characters only) no text character can
    start terms of two groups, so at every position the same term wins.
    """
    groups: dict[str, list[str]] = {}
    for term in ordered:
        first = term.lower().split()[0].rstrip("*")[:1]
        if not first or not first.isascii():
            return "|".join(term_pattern(t) for t in ordered)
        groups.setdefault(first, []).append(term_pattern(term))
    return "|".join(
        "(?=" + re.escape(first).replace("'", "['’]") + ")(?:" + "|".join(patterns) + ")"
        for first, patterns in groups.items()
    )


def text_letters_lower_ascii(normalised: str) -> bool:
    """Whether every letter of the text is a lower-case ASCII letter (other characters, emoji
    say, have no case): on such text a pattern that passes `pattern_letters_lower_ascii`
    matches the same without IGNORECASE."""
    return normalised.isascii() or all(char.isascii() or _caseless(char) for char in normalised)


def pattern_letters_lower_ascii(pattern: str) -> bool:
    """Whether every character the pattern names (literals, class members, range ends) is
    lower-case ASCII, a non-letter, or caseless, and the pattern sets no flags of its own.

    Then on text of the same kind IGNORECASE has nothing to fold: `x` matches only `x`, a
    range holds no capitals for a lower-case letter to fold to, and a back-reference
    compares equal strings. `re` runs about three times slower with IGNORECASE. Anything
    unusual keeps the flag.
    """
    from re import _constants as sre, _parser as parser

    try:
        parsed = parser.parse(pattern, 0)
    except re.error:
        return False
    if parsed.state.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return False

    def simple(items) -> bool:
        for op, value in items:
            if op in (sre.LITERAL, sre.NOT_LITERAL):
                if not _lower_ascii_or_caseless(value):
                    return False
            elif op is sre.RANGE:
                low, high = value
                if high - low > 512 or not all(_lower_ascii_or_caseless(c) for c in range(low, high + 1)):
                    return False
            elif op is sre.IN:
                if not simple(value):
                    return False
            elif op is sre.SUBPATTERN:
                _group, add_flags, del_flags, sub = value
                if add_flags or del_flags or not simple(sub):
                    return False
            elif op is sre.BRANCH:
                if not all(simple(branch) for branch in value[1]):
                    return False
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                if not simple(value[2]):
                    return False
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                if not simple(value[1]):
                    return False
            elif op is sre.ATOMIC_GROUP:
                if not simple(value):
                    return False
            elif op is sre.GROUPREF_EXISTS:
                _group, yes, no = value
                if not simple(yes) or (no is not None and not simple(no)):
                    return False
            elif op not in (sre.AT, sre.ANY, sre.CATEGORY, sre.NEGATE, sre.GROUPREF):
                return False  # an op this check does not know: keep IGNORECASE
        return True

    return simple(parsed)


def _caseless(char: str) -> bool:
    """A character with no case: IGNORECASE matches it to itself only."""
    return char.lower() == char == char.upper()


def _lower_ascii_or_caseless(code: int) -> bool:
    char = chr(code)
    return (char.isascii() and not char.isupper()) or _caseless(char)
