"""The rule-matching language: compiles a rule's `match` expression and evaluates it on a post.

Primitives find evidence (character spans in the text, or regions of an attached image):

    terms:   [phrase, ...]      case-insensitive phrases on word boundaries; `*` ends a word
                                 with any suffix ("foster*"); an apostrophe matches ' or ’
    lexicon: name | [names]     the term lists of rules/lexicons.yaml, shared between rules (a
                                 lexicon may instead be a match expression: shared patterns)
    regex:   pattern | [...]    a Python regular expression (case-insensitive; `case: true`
                                 matches the original capitals)
    entity:  [TYPE, ...]        PII/NER results (Presidio entity types); `min_score` optional
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
letters inside words read as letters: "k1ds" -> "kids"), so offsets stay those of the
original draft.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable, Protocol

from postcheck.errors import InputError
from postcheck.model import Region

_TOKEN = re.compile(r"\w+|[^\w\s]")
_WORD = re.compile(r"\w+")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_LEET_INSIDE_WORD = re.compile(r"(?<=[a-zA-Z])[013457@$!](?=[a-zA-Z])")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "ʼ": "'"})


def fold(text: str) -> str:
    """Fold compatibility characters (𝗯𝗼𝗹𝗱 -> bold), curly quotes, and digits or symbols used
    as letters inside words ("cl1ent" -> "client"), keeping capitals and every offset."""
    if not text.isascii():
        text = "".join(_fold_char(c) for c in text).translate(_QUOTES)
    return _LEET_INSIDE_WORD.sub(lambda m: _LEET[m.group()], text)


def _fold_char(char: str) -> str:
    """One character for one: its compatibility form, or its base letter without accents."""
    if char.isascii():
        return char
    compat = unicodedata.normalize("NFKC", char)
    if len(compat) != 1:
        return char
    base = unicodedata.normalize("NFKD", compat)[0]
    return base if base.isascii() and base.isalpha() else compat


def normalise(folded: str) -> str:
    """The folded text in lower case, for case-insensitive matching."""
    return folded.lower()


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
    shared_hits: dict[int, list[Hit]] = field(default_factory=dict, repr=False)  # see SharedMatcher

    def __post_init__(self) -> None:
        self.folded = fold(self.text)
        self.normalised = normalise(self.folded)
        # True when every letter of the normalised text is a lower-case ASCII letter (other
        # characters, emoji say, have no case): see RegexMatcher.
        self.lower_ascii_letters = self.normalised.isascii() or all(
            char.isascii() or _caseless(char) for char in self.normalised)
        self._token_starts = [m.start() for m in _TOKEN.finditer(self.text)]

    @cached_property
    def words(self) -> frozenset[str]:
        """The distinct words (runs of word characters) of the normalised text."""
        return frozenset(_WORD.findall(self.normalised))

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
        escaped = re.escape(word.rstrip("*")).replace("'", "['’]")
        parts.append(escaped + (r"\w*" if wildcard else ""))
    body = r"[\s\-]+".join(parts)
    left = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    right = "" if words[-1].endswith("*") or not re.search(r"\w$", words[-1]) else r"(?!\w)"
    return left + body + right


class RegexMatcher:
    """A regular expression over the normalised text, or with `case: true` over the folded
    text with its capitals (names, schools and teams are told apart by them)."""

    def __init__(self, pattern: str, score: float = 1.0, case_sensitive: bool = False,
                 key_words: KeyWords | None = None) -> None:
        self.pattern = re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
        self.score = score
        self.case_sensitive = case_sensitive
        self.key_words = key_words
        self._uses = 0
        self._without_ignorecase: re.Pattern | None = None

    def find(self, context: TextContext) -> list[Hit]:
        if self.key_words is not None and not self.key_words.any_in(context.words):
            return []
        if self.case_sensitive:
            pattern, text = self.pattern, context.folded
        elif context.lower_ascii_letters:
            pattern, text = self._lower_case_pattern(), context.normalised
        else:
            pattern, text = self.pattern, context.normalised
        return [Hit(m.start(), m.end(), score=self.score) for m in pattern.finditer(text)
                if m.end() > m.start()]

    def _lower_case_pattern(self) -> re.Pattern:
        """The pattern for normalised text whose letters are all lower-case ASCII.

        `re` runs about three times slower with IGNORECASE; on such text a pattern whose
        letters are lower-case ASCII too matches exactly the same without it. The copy is
        compiled on the second use, so one `check` (one post) never pays for it.
        """
        self._uses += 1
        if self._uses == 2 and _letters_lower_ascii(self.pattern.pattern):
            self._without_ignorecase = re.compile(self.pattern.pattern)
        return self._without_ignorecase or self.pattern


def _caseless(char: str) -> bool:
    """A character with no case: IGNORECASE matches it to itself only."""
    return char.lower() == char == char.upper()


def _lower_ascii_or_caseless(code: int) -> bool:
    char = chr(code)
    return (char.isascii() and not char.isupper()) or _caseless(char)


def _letters_lower_ascii(pattern: str) -> bool:
    """Whether every character the pattern names (literals, class members, range ends) is
    lower-case ASCII, a non-letter, or caseless, and the pattern sets no flags of its own.

    Then on text of the same kind IGNORECASE has nothing to fold: `x` matches only `x`, a
    range holds no capitals for a lower-case letter to fold to, and a back-reference
    compares equal strings. Anything unusual keeps the flag.
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


def terms_matcher(terms: Iterable[str]) -> RegexMatcher:
    # Longest first so "my foster kid" wins over "my foster".
    ordered = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not ordered:
        return RegexMatcher(r"(?!x)x")
    return RegexMatcher(_alternation_by_first_char(ordered), key_words=KeyWords.of(ordered))


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


def _alternation_by_first_char(ordered: list[str]) -> str:
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


class SharedMatcher:
    """A matcher several rules use (a pattern lexicon such as `agency_name`): it runs once
    per post and every rule reads the same hits."""

    def __init__(self, inner: Matcher) -> None:
        self.inner = inner

    def find(self, context: TextContext) -> list[Hit]:
        key = id(self)
        if key not in context.shared_hits:
            context.shared_hits[key] = self.inner.find(context)
        return context.shared_hits[key]


class EntityMatcher:
    def __init__(self, types: Iterable[str], min_score: float = 0.4) -> None:
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
                clusters.append(_cover_all(text_hits) if text_hits and not self.first_only else anchor)
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
                hits.append(_cover(target, best) if target.is_text and best.is_text else target)
        return hits


class ExceptMatcher:
    def __init__(self, target: Matcher, excluded: Matcher) -> None:
        self.target = target
        self.excluded = excluded

    def find(self, context: TextContext) -> list[Hit]:
        targets = self.target.find(context)
        if not targets:
            return []
        excluded = [h for h in self.excluded.find(context) if h.is_text]
        return [t for t in targets if not (t.is_text and any(t.start < e.end and e.start < t.end for e in excluded))]


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


def _cover(a: Hit, b: Hit) -> Hit:
    return _cover_all([a, b])


def _cover_all(hits: list[Hit]) -> Hit:
    return Hit(min(h.start for h in hits), max(h.end for h in hits), score=min(h.score for h in hits))


def compile_match(expr: Any, lexicons: dict[str, Any], where: str = "") -> Matcher:
    """Turn a rule's `match` expression (parsed YAML) into a Matcher; errors name the rule."""
    if isinstance(expr, list):
        return AnyMatcher([compile_match(e, lexicons, where) for e in expr])
    if not isinstance(expr, dict) or not expr:
        raise InputError(f"{where}: a match expression must be a mapping, got {expr!r}")
    options = {k: v for k, v in expr.items()
               if k in ("window", "min_score", "target", "score", "case", "band", "evidence")}
    kinds = [k for k in expr if k not in options]
    if len(kinds) != 1:
        raise InputError(f"{where}: one primitive or combinator per mapping, got {sorted(expr)}")
    kind, value = kinds[0], expr[kinds[0]]
    if kind == "terms":
        return terms_matcher(_as_list(value))
    if kind == "lexicon":
        names = _as_list(value)
        missing = [n for n in names if n not in lexicons]
        if missing:
            raise InputError(f"{where}: unknown lexicon(s) {missing}")
        terms = [t for n in names if isinstance(lexicons[n], list) for t in lexicons[n]]
        shared = [lexicons[n] if isinstance(lexicons[n], SharedMatcher)
                  else compile_match(lexicons[n], lexicons, f"{where}, lexicon {n}")
                  for n in names if not isinstance(lexicons[n], list)]
        return AnyMatcher(([terms_matcher(terms)] if terms else []) + shared)
    if kind == "regex":
        try:
            return AnyMatcher([RegexMatcher(p, options.get("score", 1.0), bool(options.get("case")))
                               for p in _as_list(value)])
        except re.error as exc:
            raise InputError(f"{where}: bad regex: {exc}") from exc
    if kind == "entity":
        return EntityMatcher(_as_list(value), options.get("min_score", 0.4))
    if kind == "image":
        return ImageMatcher(_as_list(value), options.get("min_score", 0.5))
    if kind == "model":
        band = options.get("band", "sure")
        if band not in MODEL_BANDS:
            raise InputError(f"{where}: 'band' must be one of {sorted(MODEL_BANDS)}")
        return ModelMatcher(_as_list(value), band)
    if kind == "any":
        return AnyMatcher([compile_match(e, lexicons, where) for e in value])
    if kind == "all":
        if options.get("evidence", "cover") not in ("cover", "first"):
            raise InputError(f"{where}: 'evidence' must be 'cover' or 'first'")
        return AllMatcher([compile_match(e, lexicons, where) for e in value], options.get("window"),
                          first_only=options.get("evidence") == "first")
    if kind == "near":
        if "target" not in options or "window" not in options:
            raise InputError(f"{where}: 'near' needs 'target' and 'window'")
        return NearMatcher(compile_match(options["target"], lexicons, where),
                           compile_match(value, lexicons, where), int(options["window"]))
    if kind == "not":
        return NotMatcher(compile_match(value, lexicons, where))
    if kind == "except":
        if "target" not in options:
            raise InputError(f"{where}: 'except' needs 'target'")
        return ExceptMatcher(compile_match(options["target"], lexicons, where), compile_match(value, lexicons, where))
    raise InputError(f"{where}: unknown match primitive '{kind}'")


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]
