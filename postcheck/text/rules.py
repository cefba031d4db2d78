"""The policy rule layer: runs a pack's rules over a post and turns their evidence into findings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from postcheck.model import Finding, Severity
from postcheck.rulebook import Rule, Rulebook
from postcheck.text.matching import (
    Hit, Matcher, SharedMatcher, TextContext, compile_match, is_fragment, terms_matcher,
)

MAX_FINDINGS_PER_RULE = 5


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    matcher: Matcher
    unless: Matcher | None


class RuleEngine:
    """Compiles a pack's rules once; `findings(context)` evaluates them on one post.

    Agency-specific words come from config and extend two lexicons the rules use:
    `employer` (the agency's names and aliases) and `disclaimer` (its disclaimer text).
    Allowed public names and numbers are removed from the evidence before it becomes a finding.
    When the learned layer reads the post as clean of a category (an agency's event, its
    hotline), the text evidence of that category's rules it may clear is withdrawn too; photo
    evidence always stands.
    """

    def __init__(
        self,
        rulebook: Rulebook,
        pack_id: str,
        *,
        employer_names: Iterable[str] = (),
        disclaimers: Iterable[str] = (),
        allow: Iterable[str] = (),
        disabled_rules: Iterable[str] = (),
        enabled_rules: Iterable[str] = (),
        severity_overrides: dict[str, Severity] | None = None,
    ) -> None:
        self.rulebook = rulebook
        self.pack = rulebook.pack(pack_id)
        lexicons = dict(rulebook.lexicons)
        lexicons["employer"] = list(lexicons.get("employer", [])) + list(employer_names)
        pack_disclaimer = [self.pack.disclaimer_example] if self.pack.disclaimer_example else []
        lexicons["disclaimer"] = list(lexicons.get("disclaimer", [])) + pack_disclaimer + list(disclaimers)
        regexes: dict = {}  # one matcher per distinct pattern or term list, run once per post
        for name, spec in lexicons.items():  # pattern lexicons: compiled once, run once per post
            if isinstance(spec, dict) and not is_fragment(spec):
                where = f"lexicons.yaml, lexicon {name}"
                lexicons[name] = SharedMatcher(compile_match(spec, lexicons, where, regexes))
        disabled = {r.upper() for r in disabled_rules}
        enabled = {r.upper() for r in enabled_rules}
        chosen = rulebook.rules_for(pack_id)
        chosen += [r for r in rulebook.rules if r.id.upper() in enabled and r not in chosen]
        self.severity_overrides = {k.upper(): v for k, v in (severity_overrides or {}).items()}
        self.rules = [
            CompiledRule(
                rule,
                compile_match(rule.match, lexicons, f"{rule.source}, rule {rule.id}", regexes),
                compile_match(rule.unless, lexicons, f"{rule.source}, rule {rule.id}", regexes) if rule.unless else None,
            )
            for rule in chosen
            if rule.id.upper() not in disabled
        ]
        # The learned layer runs only when a chosen rule reads it (`model:` in match or unless).
        self.model_rule_ids = {c.rule.id for c in self.rules if c.rule.reads_model}
        self.uses_model = bool(self.model_rule_ids)
        allowed = [a for a in allow if a.strip()]
        self.allow = terms_matcher(allowed) if allowed else None

    def findings(self, context: TextContext) -> list[Finding]:
        allowed_spans = self.allow.find(context) if self.allow else []
        findings: list[Finding] = []
        for compiled in self.rules:
            hits = compiled.matcher.find(context)
            if not hits or (compiled.unless and compiled.unless.find(context)):
                continue
            hits = [h for h in hits if not any(h.overlaps(a) for a in allowed_spans)]
            if compiled.rule.model_can_clear and compiled.rule.category in context.model_clears:
                hits = [h for h in hits if h.image is not None]
            findings.extend(self._to_findings(compiled.rule, hits, context.text))
        return one_row_per_problem(self._without_model_repeats(findings))

    def _without_model_repeats(self, findings: list[Finding]) -> list[Finding]:
        """A model finding that a rule finding already makes (same category, overlapping words) is
        dropped: the rule's quote is the sharper, and its severity (with the agency's overrides)
        is the agency's call on those words."""
        ruled = [f for f in findings if f.rule_id not in self.model_rule_ids and f.start is not None]
        return [f for f in findings if f.rule_id not in self.model_rule_ids or f.start is None or not any(
            r.category == f.category and r.overlaps(f) for r in ruled)]

    def _to_findings(self, rule: Rule, hits: list[Hit], text: str) -> list[Finding]:
        text_hits = _merge_spans([_whole_words(h, text) for h in hits if h.is_text])
        image_hits = {(h.image, h.region): h for h in hits if h.image is not None}
        evidence: list[Hit] = text_hits + list(image_hits.values())
        if not evidence and any(h.image is None and not h.is_text for h in hits):
            evidence = [Hit()]  # matched by absence alone (e.g. no disclaimer): no span to point at
        return [self._finding(rule, hit, text) for hit in evidence[:MAX_FINDINGS_PER_RULE]]

    def _finding(self, rule: Rule, hit: Hit, text: str) -> Finding:
        cites = {key: self.rulebook.citation(key, clause) for key, clause in rule.cites.items()
                 if not self.pack.policies or key in self.pack.policies}
        return Finding(
            rule_id=rule.id,
            category=rule.category,
            severity=self.severity_overrides.get(rule.id.upper(), rule.severity),
            message=rule.message,
            fix=rule.fix,
            cites=cites,
            detector="rules",
            confidence=round(rule.confidence * hit.score, 3),
            start=hit.start,
            end=hit.end,
            quote=text[hit.start:hit.end] if hit.is_text else "",
            image=hit.image,
            region=hit.region,
            rewrite_as=rule.rewrite_as,
        )


def one_row_per_problem(findings: list[Finding]) -> list[Finding]:
    """Findings of one category on overlapping words (or the same photo region) are one
    problem: the most severe is kept (the earlier rule on a tie) and lists the others in
    `also_rules`, so a worker reads one row per thing to fix."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: -f.severity.rank):  # stable: rule order on ties
        same = next((k for k in kept if _same_problem(k, finding)), None)
        if same is None:
            kept.append(finding)
            continue
        same.also_rules += [r for r in finding.rule_ids if r not in same.rule_ids]
        same.rewrite_as = same.rewrite_as or finding.rewrite_as
    order = {id(f): i for i, f in enumerate(findings)}
    return sorted(kept, key=lambda f: order[id(f)])


def _same_problem(a: Finding, b: Finding) -> bool:
    if a.category != b.category:
        return False
    if a.start is not None and b.start is not None:
        return a.overlaps(b)
    return a.start is None and b.start is None and a.image is not None and (a.image, a.region) == (b.image, b.region)


def _whole_words(hit: Hit, text: str) -> Hit:
    """The hit widened to whole words where it starts or ends inside one, so a quote never
    cuts a word ("message me instead of calli" becomes "... calling")."""
    start, end = hit.start, hit.end
    while 0 < start < len(text) and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        start -= 1
    while 0 < end < len(text) and _is_word_char(text[end - 1]) and _is_word_char(text[end]):
        end += 1
    return hit if (start, end) == (hit.start, hit.end) else Hit(start, end, score=hit.score)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _merge_spans(hits: list[Hit]) -> list[Hit]:
    merged: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if merged and hit.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Hit(last.start, max(last.end, hit.end), score=max(last.score, hit.score))
        else:
            merged.append(hit)
    return merged
