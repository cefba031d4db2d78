"""The speed-ups in rule matching change how patterns are run, never what they match.

1. A term list becomes an alternation grouped by first character behind a lookahead.
2. A pattern whose letters are lower-case ASCII also gets a copy compiled without
   IGNORECASE, used only on posts whose letters are lower-case ASCII too.
3. A term list's regex runs only on posts that hold one of its key words, and is compiled
   on the first such post (one `check` compiles only the lists its draft touches).
4. A hand-written regex runs only on posts that hold one of the strings it requires.
5. Rules that name the same pattern or term list share one matcher, run once a post.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from postcheck.rulebook import load_rulebook
from postcheck.text.matching import RegexMatcher, TextContext, compile_match, term_pattern, terms_matcher
from postcheck.text.regex_speedups import KeyWords, RequiredText

FIXTURES = Path(__file__).parent / "fixtures"

TERMS = ["foster kid", "foster*", "my foster kid", "'til", "o'brien", "one of my clients", "on call", "kid*"]
TEXTS = [
    "My foster kid and my FOSTER-kids are on call 'til 9, one of my clients is O’Brien.",
    "fosters, fostering; kidding kiddo ONE OF MY CLIENTS on-call",
    "Fostering ſtill matters: Kelvin K and İstanbul, straße, café foster kid 😩",
    "",
]


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]


@pytest.mark.parametrize("text", TEXTS)
def test_grouped_terms_match_exactly_what_the_plain_alternation_matches(text):
    ordered = sorted(set(TERMS), key=len, reverse=True)
    plain = re.compile("|".join(term_pattern(t) for t in ordered), re.IGNORECASE)
    context = TextContext(text=text)
    assert [(h.start, h.end) for h in terms_matcher(TERMS).find(context)] == spans(plain, context.normalised)


@pytest.mark.parametrize("pattern", [r"\b(?:mom|dad)\s+said\b", r"[a-z]+'s\s+case", r"\d{1,2}\s?(?:am|pm)\b",
                                     r"\bDCFS\b", r"[A-Z]{2,}", r"caf[eé]"])
@pytest.mark.parametrize("text", TEXTS + ["Mom said 9am at DCFS; Dad said it's Maria's case, CAFE"])
def test_lower_case_path_matches_exactly_what_ignorecase_matches(pattern, text):
    context = TextContext(text=text)
    reference = re.compile(pattern, re.IGNORECASE)
    matcher = RegexMatcher(pattern)
    for _ in range(3):  # the first use, then the uses after the lower-case copy is made
        assert [(h.start, h.end) for h in matcher.find(context)] == spans(reference, context.normalised)


def lower_case_copy(matcher: RegexMatcher) -> re.Pattern | None:
    """The copy without IGNORECASE that the matcher makes once it is used twice on lower-case text."""
    context = TextContext(text="mom")
    matcher.find(context)
    matcher.find(context)
    return matcher._without_ignorecase


def test_the_lower_case_path_is_taken_only_when_pattern_and_text_allow_it():
    assert lower_case_copy(RegexMatcher(r"\bmom\b")) is not None
    assert lower_case_copy(RegexMatcher(r"\bDCFS\b")) is None  # a capital: keep IGNORECASE
    assert lower_case_copy(RegexMatcher(r"(?-i:mom)")) is None  # flags of its own
    assert lower_case_copy(RegexMatcher(r"\bMom\b", case_sensitive=True)) is None
    assert TextContext(text="MOM said 9AM 😩 — ok").lower_ascii_letters
    assert not TextContext(text="straße").lower_ascii_letters  # ß has a capital form
    assert not TextContext(text="ı").lower_ascii_letters  # dotless i: IGNORECASE relates it to I


def test_key_words_are_each_terms_longest_word_whole_or_as_a_prefix():
    keys = KeyWords.of(["my foster*", "one of my clients", "o'clock", "24/7"])
    assert keys.prefixes == ("foster",)
    assert keys.whole == {"clients", "clock", "24"}
    assert KeyWords.of(["foster kid", "😩"]) is None  # nothing to key on: always run the regex


def test_a_post_without_any_key_word_is_not_searched():
    matcher = terms_matcher(["foster kid", "placement*"])
    assert matcher.key_words.any_in(TextContext(text="Two placements today").words)
    assert not matcher.key_words.any_in(TextContext(text="Fostering a kid is hard").words)


def test_a_term_list_is_compiled_on_the_first_post_that_holds_a_key_word():
    matcher = terms_matcher(["foster kid", "placement*"])
    assert matcher._pattern is None
    assert matcher.find(TextContext(text="Fostering a kid is hard")) == []
    assert matcher._pattern is None
    assert [(h.start, h.end) for h in matcher.find(TextContext(text="Two placements today"))] == [(4, 14)]
    assert matcher._pattern is not None
    assert RegexMatcher(r"\bmom\b")._pattern is not None  # hand-written: compiled (and checked) at once
    with pytest.raises(re.error):
        RegexMatcher(r"(unclosed")


def rulebook_texts() -> list[str]:
    texts = list(TEXTS)
    for rule in load_rulebook().rules:
        texts += [e if isinstance(e, str) else e.get("text", "") for e in rule.flag_examples + rule.pass_examples]
    for fixture in FIXTURES.glob("*.jsonl"):
        texts += [json.loads(line)["text"] for line in fixture.read_text(encoding="utf-8").splitlines()]
    return texts


def test_key_words_never_hide_a_match_of_any_lexicon_in_the_rulebook():
    texts = [TextContext(text=t) for t in rulebook_texts()]
    term_lists = {name: terms for name, terms in load_rulebook().lexicons.items() if isinstance(terms, list)}
    for name, terms in term_lists.items():
        keyed = terms_matcher(terms)
        unkeyed = RegexMatcher(keyed.pattern.pattern)
        for context in texts:
            assert keyed.find(context) == unkeyed.find(context), (name, context.text)


@pytest.mark.parametrize(("pattern", "ignorecase", "strings"), [
    (r"\b(?:ministry|regulator)\b", True, ("ministry", "regulator")),
    (r"\bDCFS\b", True, ("dcfs",)),  # IGNORECASE: looked for in lower case
    (r"\bDCFS\b", False, ("DCFS",)),
    (r"(?:my )?clients?\s+(?:said|told)", True, ("client",)),  # optional parts require nothing
    (r"[^.!?\n]*\b(?:inquest|coroner)", True, ("coroner", "inquest")),
    (r"(?<=\bin\s)[A-Z][a-z]+(?! Street)", False, ("in",)),  # a lookbehind's text is in the post too
    (r"🙄|🤡", True, ("🙄", "🤡")),  # caseless: IGNORECASE relates an emoji to itself alone
    (r"\w+['’]\w+", True, ("'", "’")),  # a class of literals
    (r"caf[eé]", True, ("caf",)),
    (r"café", True, ("caf",)),  # a letter with a capital form beyond ASCII ends the string
])
def test_required_text_names_the_strings_a_match_must_hold(pattern, ignorecase, strings):
    assert RequiredText.of(pattern, ignorecase) == RequiredText(strings, ignorecase)


@pytest.mark.parametrize(("pattern", "ignorecase"), [
    (r"(?-i:Mom)", True),  # flags of its own
    (r"(?i)mom", False),
    (r"[A-Z]{2,}", False),  # classes only
    (r"\d{1,2}\s?(?:am|pm)?", True),  # its one string is optional
    (r"(?!mom)\w+", True),
])
def test_a_pattern_without_required_text_is_always_run(pattern, ignorecase):
    assert RequiredText.of(pattern, ignorecase) is None


def test_required_text_is_looked_for_only_where_ignorecase_cannot_relate_other_letters():
    matcher = RegexMatcher(r"\bclient\b")
    for text, hits in [("my client", 1), ("my clıent", 1), ("my CLIENT", 1), ("my cl1ent", 1), ("no one", 0)]:
        for _ in range(3):  # the first use, then the uses after the required text is made
            assert len(matcher.find(TextContext(text=text))) == hits, text
    assert matcher._required == RequiredText(("client",), ignorecase=True)


def rulebook_patterns() -> list[RegexMatcher]:
    """Every hand-written pattern of the rulebook (its rules' and its pattern lexicons')."""
    rulebook = load_rulebook()
    regexes: dict = {}
    for rule in rulebook.rules:
        for expr in filter(None, [rule.match, rule.unless]):
            compile_match(expr, dict(rulebook.lexicons), rule.id, regexes)
    return [matcher for key, matcher in regexes.items() if key[0] == "regex"]


def test_required_text_never_hides_a_match_of_any_pattern_in_the_rulebook():
    texts = [TextContext(text=t) for t in rulebook_texts()]
    patterns = rulebook_patterns()
    assert sum(RequiredText.of(m.source, not m.case_sensitive) is not None for m in patterns) > len(patterns) / 2
    for matcher in patterns:
        reference = re.compile(matcher.source, matcher.flags)
        for context in texts:
            text = context.folded if matcher.case_sensitive else context.normalised
            assert [(h.start, h.end) for h in matcher.find(context)] == spans(reference, text), (
                matcher.source, context.text)


def test_rules_naming_the_same_pattern_or_term_list_share_one_matcher_run_once_a_post():
    lexicons = {"kids": ["foster kid", "kiddo"]}
    regexes: dict = {}
    rules = [compile_match(expr, lexicons, "", regexes) for expr in [
        {"lexicon": "kids"},
        {"all": [{"terms": ["kiddo", "foster kid"]}, {"regex": r"\bmom\b"}]},
        {"regex": r"\bmom\b"},
        {"regex": r"\bmom\b", "score": 0.5},  # another score: another matcher
    ]]
    assert len(regexes) == 3
    assert [m.shared for m in regexes.values()] == [True, True, False]
    context = TextContext(text="My foster kid's mom")
    first = [rule.find(context) for rule in rules]
    assert len(context.shared_hits) == 2
    assert [rule.find(context) for rule in rules] == first
    alone = [compile_match(expr, lexicons).find(TextContext(text="My foster kid's mom")) for expr in [
        {"lexicon": "kids"}, {"all": [{"terms": ["kiddo", "foster kid"]}, {"regex": r"\bmom\b"}]},
        {"regex": r"\bmom\b"}, {"regex": r"\bmom\b", "score": 0.5}]]
    assert first == alone
