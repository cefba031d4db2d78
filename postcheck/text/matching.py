"""The rule-matching language: compiles a rule's `match` expression and evaluates it on a post.

Primitives find evidence (character spans in the text, or regions of an attached image):

    terms:   [phrase, ...]      case-insensitive phrases on word boundaries; `*` ends a word
                                 with any suffix ("foster*"); folded as the text is, so
                                 "enfance" and "à" match with or without accents
    lexicon: name | [names]     the term lists of rules/lexicons.yaml, shared between rules (a
                                 lexicon may instead be a match expression: shared patterns)
    regex:   pattern | [...]    a Python regular expression (case-insensitive; `case: true`
                                 matches the original capitals); `(?&name)` in it stands for
                                 the regex fragment `name` of rules/lexicons.yaml, as a group
    entity:  [TYPE, ...]        PII/NER results (Presidio entity types) scoring at least
                                 `min_score` (default REPORTING_SCORE)
    image:   [kind, ...]        observations of the image detectors ("blurred_face", "gps", ...)
    model:   category | [...]   sentences the learned layer reads as breaking the category;
                                 `band: sure` (the default: at or above its sure threshold),
                                 `unsure` (between its two thresholds) or `any` (either)

Combinators say how signals must co-occur:

    any:  [expr, ...]           any of them; evidence from all that matched
    all:  [expr, ...]           every one of them; the first is the evidence, the rest are
                                 conditions. With `window: N` all must lie within N tokens of
                                 the first, and the evidence is the span covering them (or, with
                                 `evidence: first`, the first's own span)
    near: expr                  with `target: expr` and `window: N`: each target that has `near`
                                 within N tokens (either side); evidence covers both
    not:  expr                  the post has no match for expr (no evidence of its own)
    except: expr                with `target: expr`: the target's hits that do not overlap
                                 any hit of expr ("a name, unless it is a senator's")

Text is matched after a length-preserving normalisation (lower case, compatibility forms
such as 𝗯𝗼𝗹𝗱 letters folded, curly quotes straightened, digits and symbols used as
letters inside words read as letters: "k1ds" -> "kids"; see postcheck.text.normalize), so
offsets stay those of the original draft. `compile_match` turns an expression into a
Matcher by looking each key up in `_PRIMITIVES`; how the regexes are run fast is
postcheck.text.regex_speedups.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable, Protocol

from postcheck.errors import InputError
from postcheck.model import Region
from postcheck.text.normalize import fold, normalise
from postcheck.text.regex_speedups import (
    KeyWords,
    RequiredText,
    alternation_by_first_char,
    pattern_letters_lower_ascii,
    text_letters_lower_ascii,
    words_of,
)

# Entity results from this score up are reported: the `entity` primitive's default `min_score`.
# Recognizers score their weak shapes below it and let a context word lift them to it.
REPORTING_SCORE = 0.4

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Hit:
    """Evidence for a match: a span of the text, or a region of an image, or neither (`not`)."""

    start: int | None = None
    end: int | None = None
    image: str | None = None
    region: Region | None = None
    score: float = 1.0

    @property
    def is_text(self) -> bool:
        return self.start is not None

    def overlaps(self, other: Hit) -> bool:
        """Whether both are spans of the text that share at least one character."""
        return self.is_text and other.is_text and self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class EntityResult:
    """A PII/NER result, decoupled from Presidio's class so rules can be tested without it."""

    entity_type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class ImageFact:
    """An image detector's observation, named by the image it was made on."""

    image: str
    kind: str
    region: Region | None
    confidence: float
    detail: str = ""


@dataclass(frozen=True)
class ModelSignal:
    """A sentence the learned layer reads as breaking a category, with its probability and
    band (`sure` or `unsure`, from the category's calibrated thresholds)."""

    category: str
    start: int
    end: int
    probability: float
    band: str


MODEL_BANDS = {"sure": ("sure",), "unsure": ("unsure",), "any": ("sure", "unsure")}


@dataclass
class TextContext:
    """Everything rules may look at for one post."""

    text: str
    entities: list[EntityResult] = field(default_factory=list)
    images: list[ImageFact] = field(default_factory=list)
    model_signals: list[ModelSignal] = field(default_factory=list)
    # Categories the learned layer is confident the post does not break (see RuleEngine.findings).
    model_clears: frozenset[str] = frozenset()
    # Hits of matchers several rules use, by the matcher's id (see SharedMatcher, RegexMatcher.shared).
    shared_hits: dict[int, list[Hit]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.folded = fold(self.text)
        self.normalised = normalise(self.folded)
        self.lower_ascii_letters = text_letters_lower_ascii(self.normalised)  # see RegexMatcher
        # Counted on the folded text, so a disguised word is one token ("C@rl", not "C", "@", "rl").
        self._token_starts = [m.start() for m in _TOKEN.finditer(self.folded)]

    @cached_property
    def words(self) -> frozenset[str]:
        """The distinct words of the normalised text (see KeyWords)."""
        return words_of(self.normalised)

    def token_index(self, char: int) -> int:
        """Index of the token that starts at or before `char`."""
        return max(bisect.bisect_right(self._token_starts, char) - 1, 0)

    def token_gap(self, a: Hit, b: Hit) -> int:
        """Tokens between two text hits (0 when they touch or overlap)."""
        if a.start > b.start:
            a, b = b, a
        if b.start < a.end:
            return 0
        return max(self.token_index(b.start) - self.token_index(a.end - 1) - 1, 0)


class Matcher(Protocol):
    def find(self, context: TextContext) -> list[Hit]: ...


def term_pattern(term: str) -> str:
    """A regex for one lexicon term: words on boundaries, `*` as a word suffix, flexible spaces."""
    words = term.lower().split()
    parts = []
    for word in words:
        wildcard = word.endswith("*")
        escaped = re.escape(word.rstrip("*"))
        parts.append(escaped + (r"\w*" if wildcard else ""))
    body = r"[\s\-]+".join(parts)
    left = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    right = "" if words[-1].endswith("*") or not re.search(r"\w$", words[-1]) else r"(?!\w)"
    return left + body + right


def terms_matcher(terms: Iterable[str]) -> RegexMatcher:
    """One matcher for a list of terms (see term_pattern)."""
    return _ordered_terms_matcher(_ordered_terms(terms))


def _ordered_terms(terms: Iterable[str]) -> tuple[str, ...]:
    # A term is folded as the text is, so that one written with accents or curly quotes (an
    # employer "Société de l'aide à l'enfance" from a config) matches what it is run on.
    # Longest first so "my foster kid" wins over "my foster".
    return tuple(sorted({fold(t.strip()) for t in terms if t.strip()}, key=len, reverse=True))


def _ordered_terms_matcher(ordered: tuple[str, ...]) -> RegexMatcher:
    if not ordered:
        return RegexMatcher(r"(?!x)x")
    return RegexMatcher(alternation_by_first_char(ordered, term_pattern), key_words=KeyWords.of(ordered))


class RegexMatcher:
    """A regular expression over the normalised text, or with `case: true` over the folded
    text with its capitals (names, schools and teams are told apart by them)."""

    def __init__(self, pattern: str, score: float = 1.0, case_sensitive: bool = False,
                 key_words: KeyWords | None = None) -> None:
        self.source = pattern
        self.flags = 0 if case_sensitive else re.IGNORECASE
        self.score = score
        self.case_sensitive = case_sensitive
        self.key_words = key_words
        # Set when a second rule names the same pattern or term list (see _Scope.regex): its
        # hits are then kept on the post's context, so it runs once a post however many rules
        # name it (the `client_ref` lexicon's alternation was run eight times a post).
        self.shared = False
        self._uses = 0
        self._without_ignorecase: re.Pattern | None = None
        self._required: RequiredText | None = None
        # A term list's pattern is built from escaped terms, so it cannot fail to compile, and it
        # runs only on posts that hold one of its key words: it is compiled on the first such
        # post, so one `check` compiles only the lists its draft touches. A hand-written
        # pattern compiles now, so a bad one fails when the rulebook loads.
        self._pattern: re.Pattern | None = None if key_words is not None else re.compile(pattern, self.flags)

    @property
    def pattern(self) -> re.Pattern:
        if self._pattern is None:
            self._pattern = re.compile(self.source, self.flags)
        return self._pattern

    def find(self, context: TextContext) -> list[Hit]:
        return _once_a_post(context, id(self), self._search) if self.shared else self._search(context)

    def _search(self, context: TextContext) -> list[Hit]:
        if self.key_words is not None and not self.key_words.any_in(context.words):
            return []
        self._uses += 1
        if self._uses == 2:
            self._prepare_for_many_posts()
        if self.case_sensitive:
            pattern, text = self.pattern, context.folded
        elif context.lower_ascii_letters:
            pattern, text = self._without_ignorecase or self.pattern, context.normalised
        else:
            pattern, text = self.pattern, context.normalised
        required = self._required
        if required is not None and (context.lower_ascii_letters or not required.ignorecase) \
                and not required.any_in(text):
            return []
        return [Hit(m.start(), m.end(), score=self.score) for m in pattern.finditer(text)
                if m.end() > m.start()]

    def _prepare_for_many_posts(self) -> None:
        """The speed-ups of regex_speedups that cost a parse of the pattern: made on the
        second use, so one `check` (one post) never pays for them. A copy without
        IGNORECASE for normalised text whose letters are all lower-case ASCII, when that
        matches the same; and, for a hand-written pattern (a term list has its key words),
        the strings a text needs before the pattern can match in it."""
        if not self.case_sensitive and pattern_letters_lower_ascii(self.source):
            self._without_ignorecase = re.compile(self.source)
        if self.key_words is None:
            self._required = RequiredText.of(self.source, ignorecase=not self.case_sensitive)


class SharedMatcher:
    """A matcher several rules use (a pattern lexicon such as `agency_name`): it runs once
    per post and every rule reads the same hits."""

    def __init__(self, inner: Matcher) -> None:
        self.inner = inner

    def find(self, context: TextContext) -> list[Hit]:
        return _once_a_post(context, id(self), self.inner.find)


def _once_a_post(context: TextContext, key: int, search: Callable[[TextContext], list[Hit]]) -> list[Hit]:
    """The hits of a matcher several rules use: searched for on the post's first asking, then
    read back from the post's context by every other rule."""
    hits = context.shared_hits.get(key)
    if hits is None:
        hits = context.shared_hits[key] = search(context)
    return hits


class EntityMatcher:
    def __init__(self, types: Iterable[str], min_score: float = REPORTING_SCORE) -> None:
        self.types = set(types)
        self.min_score = min_score

    def find(self, context: TextContext) -> list[Hit]:
        return [Hit(e.start, e.end, score=e.score) for e in context.entities
                if e.entity_type in self.types and e.score >= self.min_score]


class ImageMatcher:
    def __init__(self, kinds: Iterable[str], min_confidence: float = 0.5) -> None:
        self.kinds = set(kinds)
        self.min_confidence = min_confidence

    def find(self, context: TextContext) -> list[Hit]:
        return [Hit(image=f.image, region=f.region, score=f.confidence) for f in context.images
                if f.kind in self.kinds and f.confidence >= self.min_confidence]


class ModelMatcher:
    def __init__(self, categories: Iterable[str], band: str) -> None:
        self.categories = set(categories)
        self.bands = MODEL_BANDS[band]

    def find(self, context: TextContext) -> list[Hit]:
        return [Hit(s.start, s.end, score=s.probability) for s in context.model_signals
                if s.category in self.categories and s.band in self.bands]


class AnyMatcher:
    def __init__(self, children: list[Matcher]) -> None:
        self.children = children

    def find(self, context: TextContext) -> list[Hit]:
        return [hit for child in self.children for hit in child.find(context)]


def _any_of(children: list[Matcher]) -> Matcher:
    """Any of the children: the one child itself when there is one (its hits, without the
    copy an AnyMatcher would make, for every one of the few hundred patterns a post runs)."""
    return children[0] if len(children) == 1 else AnyMatcher(children)


class AllMatcher:
    def __init__(self, children: list[Matcher], window: int | None, first_only: bool = False) -> None:
        self.children = children
        self.window = window
        self.first_only = first_only

    def find(self, context: TextContext) -> list[Hit]:
        found = []
        for child in self.children:
            hits = child.find(context)
            if not hits:
                return []
            found.append(hits)
        if self.window is None:
            return found[0]
        # Anchor on each hit of the first child; every other child must have a hit within the
        # window of the anchor (hits without a span, from `not` or images, always fit).
        clusters = []
        for anchor in found[0]:
            chosen = [anchor]
            for hits in found[1:]:
                best = _nearest(context, anchor, hits, self.window)
                if best is None:
                    break
                chosen.append(best)
            else:
                text_hits = [h for h in chosen if h.is_text]
                clusters.append(_cover(text_hits) if text_hits and not self.first_only else anchor)
        return clusters


class NearMatcher:
    def __init__(self, target: Matcher, near: Matcher, window: int) -> None:
        self.target = target
        self.near = near
        self.window = window

    def find(self, context: TextContext) -> list[Hit]:
        targets = self.target.find(context)
        if not targets:
            return []
        neighbours = self.near.find(context)
        hits = []
        for target in targets:
            best = _nearest(context, target, neighbours, self.window)
            if best is not None:
                hits.append(_cover([target, best]) if target.is_text and best.is_text else target)
        return hits


class ExceptMatcher:
    def __init__(self, target: Matcher, excluded: Matcher) -> None:
        self.target = target
        self.excluded = excluded

    def find(self, context: TextContext) -> list[Hit]:
        targets = self.target.find(context)
        if not targets:
            return []
        excluded = self.excluded.find(context)
        return [t for t in targets if not any(t.overlaps(e) for e in excluded)]


class NotMatcher:
    def __init__(self, child: Matcher) -> None:
        self.child = child

    def find(self, context: TextContext) -> list[Hit]:
        return [] if self.child.find(context) else [Hit()]


def _nearest(context: TextContext, anchor: Hit, candidates: list[Hit], window: int) -> Hit | None:
    best, best_gap = None, window + 1
    for hit in candidates:
        if not (anchor.is_text and hit.is_text):
            return hit
        gap = context.token_gap(anchor, hit)
        if gap < best_gap:
            best, best_gap = hit, gap
    return best


def _cover(hits: list[Hit]) -> Hit:
    """One text hit spanning them all, as sure as the least sure of them."""
    return Hit(min(h.start for h in hits), max(h.end for h in hits), score=min(h.score for h in hits))


@dataclass(frozen=True)
class _Scope:
    """What compiling one rule's expression needs besides the expression: the lexicons, where
    the rule is written (to name in errors), and the regex matchers already made for the other
    rules compiled with the same `regexes` (None: not shared)."""

    lexicons: dict[str, Any]
    where: str
    regexes: dict[tuple, RegexMatcher] | None

    def compile(self, expr: Any) -> Matcher:
        return compile_match(expr, self.lexicons, self.where, self.regexes)

    def error(self, message: str) -> InputError:
        return InputError(f"{self.where}: {message}")

    def regex(self, key: tuple, build: Callable[[], RegexMatcher]) -> RegexMatcher:
        """The matcher for `key` (a pattern and its options, or a term list): the one made
        for an earlier rule, then shared, or a new one from `build`."""
        if self.regexes is None:
            return build()
        matcher = self.regexes.get(key)
        if matcher is None:
            matcher = self.regexes[key] = build()
        else:
            matcher.shared = True
        return matcher

    def terms(self, terms: Iterable[str]) -> RegexMatcher:
        ordered = _ordered_terms(terms)
        return self.regex(("terms", ordered), lambda: _ordered_terms_matcher(ordered))


def _terms(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    return scope.terms(_as_list(value))


def _lexicon(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    """Term lists are merged into one terms matcher; a pattern lexicon is a match expression,
    compiled (or, from RuleEngine, already shared) on its own."""
    names = _as_list(value)
    lexicons = scope.lexicons
    missing = [n for n in names if n not in lexicons]
    if missing:
        raise scope.error(f"unknown lexicon(s) {missing}")
    fragments = [n for n in names if is_fragment(lexicons[n])]
    if fragments:
        raise scope.error(f"{fragments} are regex fragments: use them inside a regex as (?&name)")
    terms = [t for n in names if isinstance(lexicons[n], list) for t in lexicons[n]]
    shared = [lexicons[n] if isinstance(lexicons[n], SharedMatcher)
              else compile_match(lexicons[n], lexicons, f"{scope.where}, lexicon {n}", scope.regexes)
              for n in names if not isinstance(lexicons[n], list)]
    return _any_of(([scope.terms(terms)] if terms else []) + shared)


def is_fragment(spec: Any) -> bool:
    """A lexicon that is a named piece of regex (`{fragment: pattern}`), used as `(?&name)`."""
    return isinstance(spec, dict) and set(spec) == {"fragment"}


_FRAGMENT_CALL = re.compile(r"\(\?&(\w+)\)")


def _expand_fragments(pattern: str, scope: _Scope) -> str:
    def fragment(call: re.Match) -> str:
        spec = scope.lexicons.get(call[1])
        if not is_fragment(spec):
            raise scope.error(f"(?&{call[1]}) names no regex fragment in lexicons.yaml")
        return f"(?:{spec['fragment']})"
    return _FRAGMENT_CALL.sub(fragment, pattern)


def _regex(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    score, case = options.get("score", 1.0), bool(options.get("case"))
    patterns = [_expand_fragments(p, scope) for p in _as_list(value)]
    try:
        return _any_of([scope.regex(("regex", p, repr(score), case), lambda p=p: RegexMatcher(p, score, case))
                           for p in patterns])
    except re.error as exc:
        raise scope.error(f"bad regex: {exc}") from exc


def _entity(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    return EntityMatcher(_as_list(value), options.get("min_score", REPORTING_SCORE))


def _image(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    return ImageMatcher(_as_list(value), options.get("min_score", 0.5))


def _model(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    band = options.get("band", "sure")
    if band not in MODEL_BANDS:
        raise scope.error(f"'band' must be one of {sorted(MODEL_BANDS)}")
    return ModelMatcher(_as_list(value), band)


def _any(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    return _any_of([scope.compile(e) for e in value])


def _all(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    if options.get("evidence", "cover") not in ("cover", "first"):
        raise scope.error("'evidence' must be 'cover' or 'first'")
    return AllMatcher([scope.compile(e) for e in value], options.get("window"),
                      first_only=options.get("evidence") == "first")


def _near(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    if "target" not in options or "window" not in options:
        raise scope.error("'near' needs 'target' and 'window'")
    return NearMatcher(scope.compile(options["target"]), scope.compile(value), int(options["window"]))


def _not(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    return NotMatcher(scope.compile(value))


def _except(value: Any, options: dict[str, Any], scope: _Scope) -> Matcher:
    if "target" not in options:
        raise scope.error("'except' needs 'target'")
    return ExceptMatcher(scope.compile(options["target"]), scope.compile(value))


# Each key a `match` mapping may name (see the module docstring), and what compiles it from
# the key's value, the mapping's options and the scope.
_PRIMITIVES: dict[str, Callable[[Any, dict[str, Any], _Scope], Matcher]] = {
    "terms": _terms,
    "lexicon": _lexicon,
    "regex": _regex,
    "entity": _entity,
    "image": _image,
    "model": _model,
    "any": _any,
    "all": _all,
    "near": _near,
    "not": _not,
    "except": _except,
}
# Keys that qualify a primitive rather than name one.
_OPTIONS = frozenset({"window", "min_score", "target", "score", "case", "band", "evidence"})


def compile_match(expr: Any, lexicons: dict[str, Any], where: str = "",
                  regexes: dict[tuple, RegexMatcher] | None = None) -> Matcher:
    """Turn a rule's `match` expression (parsed YAML) into a Matcher; errors name the rule.
    Expressions compiled with the same `regexes` share one matcher per distinct pattern or term
    list, run once a post (a rule engine passes one for all its rules)."""
    if isinstance(expr, list):
        return _any_of([compile_match(e, lexicons, where, regexes) for e in expr])
    if not isinstance(expr, dict) or not expr:
        raise InputError(f"{where}: a match expression must be a mapping, got {expr!r}")
    options = {k: v for k, v in expr.items() if k in _OPTIONS}
    kinds = [k for k in expr if k not in options]
    if len(kinds) != 1:
        raise InputError(f"{where}: one primitive or combinator per mapping, got {sorted(expr)}")
    kind = kinds[0]
    if kind not in _PRIMITIVES:
        raise InputError(f"{where}: unknown match primitive '{kind}'")
    return _PRIMITIVES[kind](expr[kind], options, _Scope(lexicons, where, regexes))


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]
