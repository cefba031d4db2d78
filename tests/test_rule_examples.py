"""Every rule carries its own proof: each `flag` example raises it, each `pass` example does not.

Examples are plain drafts, or for photo rules `{text: ..., images: [kind, ...]}`, where the
kinds stand for what the image detectors observed.
"""

from __future__ import annotations

import pytest

from postcheck.model import Region
from postcheck.rulebook import load_rulebook
from postcheck.screener import Screener
from postcheck.settings import Settings
from postcheck.text.matching import ImageFact
from postcheck.text.watchlist import Watchlist, create_key

RULEBOOK = load_rulebook()
FLAG = [(r.id, e) for r in RULEBOOK.rules for e in r.flag_examples]
PASS = [(r.id, e) for r in RULEBOOK.rules for e in r.pass_examples]


def _fired(screener, example, tmp_path_factory) -> set[str]:
    if isinstance(example, str):
        return {r for f in screener.findings_for_text(example) for r in f.rule_ids}
    if example.get("watchlist"):
        screener = _screener_watching(example["watchlist"], tmp_path_factory)
    facts = [ImageFact("photo.jpg", kind, Region(10, 10, 50, 50), 0.9) for kind in example.get("images", [])]
    return {r for f in screener.findings_for_text(example.get("text", ""), facts) for r in f.rule_ids}


def _screener_watching(names: list[str], tmp_path_factory) -> Screener:
    folder = tmp_path_factory.mktemp("watchlist")
    watchlist = Watchlist.new(create_key(folder / "watchlist.key"))
    watchlist.add_all(names)
    watchlist.save(folder / "watchlist.json")
    return Screener(Settings(watchlist=folder / "watchlist.json", watchlist_key=folder / "watchlist.key"))


@pytest.mark.parametrize(("rule_id", "example"), FLAG, ids=[f"{r}-flag{i}" for i, (r, _) in enumerate(FLAG)])
def test_flag_example_raises_its_rule(screener, rule_id, example, tmp_path_factory):
    assert rule_id in _fired(screener, example, tmp_path_factory)


@pytest.mark.parametrize(("rule_id", "example"), PASS, ids=[f"{r}-pass{i}" for i, (r, _) in enumerate(PASS)])
def test_pass_example_does_not_raise_its_rule(screener, rule_id, example, tmp_path_factory):
    assert rule_id not in _fired(screener, example, tmp_path_factory)


def test_every_category_has_rules_with_flag_and_pass_examples():
    for category in RULEBOOK.categories:
        rules = [r for r in RULEBOOK.rules if r.category == category]
        assert rules, f"no rule for {category}"
        assert any(r.flag_examples for r in rules), f"no flag example for {category}"
        assert any(r.pass_examples for r in rules), f"no pass example for {category}"


def test_every_rule_has_examples_and_cites_a_known_policy():
    for rule in RULEBOOK.rules:
        assert rule.flag_examples, f"{rule.id} has no flag example"
        assert rule.pass_examples, f"{rule.id} has no pass example"
        assert set(rule.cites) <= set(RULEBOOK.policies)
