"""Loads the policy rulebook from `rules/`: categories, policies, lexicons, rules and packs.

The rulebook is data (YAML), Vale-style: a rule carries its ID, category, message, fix,
the policy clauses it rests on, how it matches, and its own flag/pass examples. This
module only reads and validates that data; `postcheck.text.matching` compiles `match`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from postcheck.assets import asset_dir
from postcheck.errors import InputError
from postcheck.model import Severity

# libyaml's loader parses the rulebook ~10x faster than the pure-Python one (start-up time).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

RULE_KEYS = {"id", "category", "severity", "message", "fix", "cites", "match", "unless", "examples", "confidence",
             "model_can_clear", "rewrite"}
# What a rule's quoted words are, for the safer rewrite (postcheck/rewrite.py says what each becomes).
REWRITE_KINDS = ("person", "school", "team", "venue", "places", "removed")


def rules_dir() -> Path:
    """Where the rulebook lives: $POSTCHECK_RULES_DIR, else postcheck's own `rules/`."""
    override = os.environ.get("POSTCHECK_RULES_DIR")
    return Path(override) if override else asset_dir("rules")


def pack_names(directory: Path | None = None) -> list[str]:
    """The policy packs, `generic` first, named by their files (a pack's file stem is its id),
    so the CLI's help can list them without reading the rulebook."""
    names = sorted(path.stem for path in ((directory or rules_dir()) / "packs").glob("*.yaml"))
    return sorted(names, key=lambda name: name != "generic")


@dataclass(frozen=True)
class Category:
    name: str
    severity: Severity
    title: str
    description: str


@dataclass(frozen=True)
class Policy:
    key: str
    name: str  # how a citation names it, e.g. "LA DCFS MD 16-02"


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: Severity
    message: str
    fix: str
    cites: dict[str, str]
    match: Any  # the raw match expression; compiled by postcheck.text.matching
    unless: Any = None
    confidence: float = 0.8
    # Whether the learned layer reading the post as clean withdraws this rule's text evidence:
    # set on rules whose matches are often allowed public information (an agency's phone,
    # e-mail, venue and event times; opinions; venting words), measured in docs/learned-layer.md.
    model_can_clear: bool = False
    # Whether the rule reads the learned layer: `model:` in its match or unless, or in a
    # lexicon they name. The learned layer is loaded only when some rule does.
    reads_model: bool = False
    rewrite_as: str | None = None  # REWRITE_KINDS; None: the rewrite leaves the words to the writer
    flag_examples: tuple[str, ...] = ()
    pass_examples: tuple[str, ...] = ()
    source: str = ""  # file the rule came from


@dataclass(frozen=True)
class Pack:
    """A policy pack: the rules that cite one agency's policy, or all of them (generic)."""

    id: str
    name: str
    policies: tuple[str, ...]  # policy keys whose rules the pack holds; empty means every rule
    disclaimer_example: str = ""


@dataclass
class Rulebook:
    categories: dict[str, Category]
    policies: dict[str, Policy]
    lexicons: dict[str, list[str] | dict]  # term lists, or match expressions shared by rules
    rules: list[Rule]
    packs: dict[str, Pack]

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id.upper() == rule_id.upper()), None)

    def rules_for(self, pack_id: str) -> list[Rule]:
        pack = self.pack(pack_id)
        if not pack.policies:
            return list(self.rules)
        return [r for r in self.rules if any(key in r.cites for key in pack.policies)]

    def pack(self, pack_id: str) -> Pack:
        if pack_id not in self.packs:
            raise InputError(f"unknown policy pack '{pack_id}' (known: {', '.join(sorted(self.packs))})")
        return self.packs[pack_id]

    def citation(self, policy_key: str, clause: str) -> str:
        policy = self.policies.get(policy_key)
        return f"{policy.name if policy else policy_key}: {clause}"


def _mentions_model(expr: Any, lexicons: dict[str, list[str] | dict]) -> bool:
    if isinstance(expr, list):
        return any(_mentions_model(v, lexicons) for v in expr)
    if not isinstance(expr, dict):
        return False
    if "model" in expr:
        return True
    names = expr.get("lexicon", [])
    shared = [lexicons.get(name) for name in (names if isinstance(names, list) else [names])]
    return (any(isinstance(spec, dict) and _mentions_model(spec, lexicons) for spec in shared)
            or any(_mentions_model(v, lexicons) for k, v in expr.items() if k != "lexicon"))


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read rule file {path}: {exc}") from exc


def _parse_rule(raw: dict, categories: dict[str, Category], policies: dict[str, Policy],
                lexicons: dict[str, list[str] | dict], source: str) -> Rule:
    where = f"{source}, rule {raw.get('id', '?')}"
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise InputError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("id", "category", "message", "fix", "cites", "match"):
        if key not in raw:
            raise InputError(f"{where}: missing '{key}'")
    category = categories.get(raw["category"])
    if category is None:
        raise InputError(f"{where}: unknown category '{raw['category']}'")
    unknown_policies = set(raw["cites"]) - set(policies)
    if unknown_policies:
        raise InputError(f"{where}: cites unknown policies {sorted(unknown_policies)}")
    rewrite_as = raw.get("rewrite")
    if rewrite_as is not None and rewrite_as not in REWRITE_KINDS:
        raise InputError(f"{where}: rewrite must be one of {', '.join(REWRITE_KINDS)}, not '{rewrite_as}'")
    examples = raw.get("examples") or {}
    return Rule(
        id=raw["id"],
        category=category.name,
        severity=Severity(raw.get("severity", category.severity.value)),
        message=raw["message"].strip(),
        fix=raw["fix"].strip(),
        cites={k: v.strip() for k, v in raw["cites"].items()},
        match=raw["match"],
        unless=raw.get("unless"),
        confidence=float(raw.get("confidence", 0.8)),
        model_can_clear=bool(raw.get("model_can_clear", False)),
        reads_model=_mentions_model(raw["match"], lexicons) or _mentions_model(raw.get("unless"), lexicons),
        rewrite_as=rewrite_as,
        flag_examples=tuple(examples.get("flag", ())),
        pass_examples=tuple(examples.get("pass", ())),
        source=source,
    )


@lru_cache(maxsize=4)
def load_rulebook(directory: Path | None = None) -> Rulebook:
    """Read and validate every file of the rulebook once per process."""
    root = directory or rules_dir()
    if not root.is_dir():
        raise InputError(f"rulebook folder not found: {root}")
    categories = {
        name: Category(name, Severity(spec["severity"]), spec["title"], spec["description"].strip())
        for name, spec in _read_yaml(root / "categories.yaml").items()
    }
    policies = {
        key: Policy(key, spec["name"]) for key, spec in _read_yaml(root / "policies.yaml").items()
    }
    # A lexicon is a list of terms, or a match expression (patterns such as agency names).
    lexicons = {name: spec if isinstance(spec, dict) else [str(t) for t in spec]
                for name, spec in _read_yaml(root / "lexicons.yaml").items()}
    rules: list[Rule] = []
    for path in sorted((root / "rules").glob("*.yaml")):
        for raw in _read_yaml(path) or []:
            rules.append(_parse_rule(raw, categories, policies, lexicons, path.name))
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise InputError(f"duplicate rule id {rule.id}")
        seen.add(rule.id)
    packs = {}
    for path in sorted((root / "packs").glob("*.yaml")):
        spec = _read_yaml(path)
        if spec["id"] != path.stem:
            raise InputError(f"pack file {path.name} holds pack '{spec['id']}': name the file {spec['id']}.yaml")
        packs[spec["id"]] = Pack(spec["id"], spec["name"], tuple(spec.get("policies") or ()),
                                 spec.get("disclaimer_example", ""))
    return Rulebook(categories, policies, lexicons, rules, packs)
