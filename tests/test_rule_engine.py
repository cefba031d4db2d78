"""The rule engine: packs select rules, config turns rules off and on and overrides severity."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from postcheck.errors import InputError
from postcheck.model import Post, Severity
from postcheck.rulebook import load_rulebook
from postcheck.settings import Settings
from postcheck.render.json_report import finding_fingerprint
from postcheck.suppress import Suppressor, add_to_ignore_file
from postcheck.text.matching import TextContext, compile_match
from postcheck.text.rules import RuleEngine

DRAFT = "Out till 1am doing a removal in Lancaster. Speaking for the whole department: we are done."


def _rule_ids(engine: RuleEngine, text: str = DRAFT) -> set[str]:
    return {r for f in engine.findings(TextContext(text=text)) for r in f.rule_ids}


def test_a_policy_pack_holds_only_the_rules_that_cite_its_policy(rulebook):
    engine = RuleEngine(rulebook, "cwig")
    assert all("cwig" in c.rule.cites for c in engine.rules)
    assert len(engine.rules) < len(rulebook.rules)


def test_findings_cite_only_the_chosen_pack(rulebook):
    engine = RuleEngine(rulebook, "la-dcfs")
    findings = engine.findings(TextContext(text=DRAFT))
    assert findings
    assert all(set(f.cites) == {"la-dcfs"} for f in findings)


def test_disable_turns_a_rule_off_and_enable_brings_one_in_from_outside_the_pack(rulebook):
    assert "PC-SCHED-001" in _rule_ids(RuleEngine(rulebook, "generic"))
    assert "PC-SCHED-001" not in _rule_ids(RuleEngine(rulebook, "generic", disabled_rules=["pc-sched-001"]))
    outside = next(r for r in rulebook.rules if "cwig" not in r.cites and r.id == "PC-VOICE-001")
    assert outside.id not in _rule_ids(RuleEngine(rulebook, "cwig"))
    assert outside.id in _rule_ids(RuleEngine(rulebook, "cwig", enabled_rules=[outside.id]))


def test_severity_override_changes_the_finding(rulebook):
    engine = RuleEngine(rulebook, "generic", severity_overrides={"PC-SCHED-001": Severity.HIGH})
    finding = next(f for f in engine.findings(TextContext(text=DRAFT)) if f.rule_id == "PC-SCHED-001")
    assert finding.severity == Severity.HIGH


def test_allowlisted_public_names_are_never_findings(rulebook):
    text = "Ring 661-555-0100 or text 661-555-0100 today"
    from postcheck.text.matching import EntityResult

    start = text.index("661")
    entities = [EntityResult("PHONE_NUMBER", start, start + 12, 0.75)]
    plain = RuleEngine(rulebook, "generic").findings(TextContext(text=text, entities=entities))
    allowed = RuleEngine(rulebook, "generic", allow=["661-555-0100"]).findings(TextContext(text=text, entities=entities))
    assert any(f.category == "contact_pii" for f in plain)
    assert not any(f.category == "contact_pii" for f in allowed)


def test_the_employer_and_its_disclaimer_come_from_config(rulebook):
    engine = RuleEngine(rulebook, "generic", employer_names=["Harbor County HSA"],
                        disclaimers=["Posts are mine, not Harbor County's."])
    named = "Ten years at Harbor County HSA today!"
    assert "PC-DISC-001" in _rule_ids(engine, named)
    assert "PC-DISC-001" not in _rule_ids(engine, named + " Posts are mine, not Harbor County's.")


def test_config_terms_with_accents_match_with_or_without_them(rulebook):
    # Terms are matched against folded text, so they are folded too: else "à" never matched.
    engine = RuleEngine(rulebook, "generic", employer_names=["Société de l'aide à l'enfance"],
                        disclaimers=["Opinions à titre personnel."])
    for named in ("Dix ans à la Société de l'aide à l'enfance!", "Ten years at Societe de l’aide a l’enfance!"):
        assert "PC-DISC-001" in _rule_ids(engine, named)
        assert "PC-DISC-001" not in _rule_ids(engine, named + " Opinions a titre personnel.")


def test_a_quote_never_cuts_a_word(rulebook):
    # PC-CONTACT-002 takes up to 25 characters after "message me"; that tail stops mid-word.
    text = "Told the parents on my caseload to message me on here instead of calling the office."
    finding = next(f for f in RuleEngine(rulebook, "generic").findings(TextContext(text=text))
                   if f.rule_id == "PC-CONTACT-002")
    assert finding.quote.startswith("message me") and finding.quote.endswith("calling")
    assert finding.quote == text[finding.start:finding.end]


def test_a_removal_quotes_its_town_whole_with_capitals_and_one_word_without(rulebook):
    engine = RuleEngine(rulebook, "generic")

    def quotes(text: str) -> list[str]:
        return [f.quote for f in engine.findings(TextContext(text=text)) if f.rule_id == "PC-CASE-010"]

    assert quotes("Removal in Santa Clarita ran long, no dinner") == ["Removal in Santa Clarita"]
    assert quotes("REMOVAL IN palmdale ran long again") == ["REMOVAL IN palmdale"]
    assert quotes("Week three on placement in Leeds and loving the team") == []
    assert quotes("My placement in statutory child protection starts Monday") == []


def test_one_problem_is_one_finding_listing_every_rule_that_saw_it(screener):
    report = screener.screen(Post(id="d", text="So proud of my kiddo Aaliyah, she made the team!"))
    naming = [f for f in report.findings if f.quote == "my kiddo Aaliyah"]
    assert len(naming) == 1
    assert {"PC-ID-001", "PC-ID-011"} <= set(naming[0].rule_ids)
    assert naming[0].rule_label.startswith(f"{naming[0].rule_id} (also ")


def test_a_suppression_keyed_to_any_rule_of_a_merged_finding_applies(screener, tmp_path):
    report = screener.screen(Post(id="d", text="So proud of my kiddo Aaliyah, she made the team!"))
    merged = next(f for f in report.findings if f.also_rules)
    ignore = tmp_path / ".postcheckignore"
    add_to_ignore_file(ignore, finding_fingerprint(merged, report.post.source), "checked", rule=merged.also_rules[0])
    Suppressor.load(ignore).apply(report)
    assert merged.suppressed


def test_a_findings_message_describes_what_its_quote_is(screener):
    report = screener.screen(Post(id="d", text="Removal in Lancaster ran late again."))
    removal = next(f for f in report.findings if f.quote.startswith("Removal in Lancaster"))
    assert "removal" in removal.message.lower()
    assert "gift" not in removal.message.lower()


def test_no_agency_is_built_in_and_a_packs_own_disclaimer_counts(rulebook):
    assert Settings().employer_names == [] and Settings().disclaimer == ""
    la_text = rulebook.pack("la-dcfs").disclaimer_example
    draft = f"Five years at DCFS this week! {la_text}"
    assert "PC-DISC-001" not in _rule_ids(RuleEngine(rulebook, "la-dcfs"), draft)
    assert "PC-DISC-001" in _rule_ids(RuleEngine(rulebook, "la-dcfs"), "Five years at DCFS this week!")


def test_a_rule_reads_the_learned_layer_through_a_lexicon_it_names(tmp_path):
    root = Path(__file__).resolve().parents[1] / "rules"
    copy = tmp_path / "rules"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("rules"))
    (copy / "lexicons.yaml").write_text(
        "casework_words:\n  any:\n    - {terms: [placement]}\n    - {model: case_details}\n"
        "plain_words:\n  - removal\n", encoding="utf-8")
    (copy / "rules").mkdir()
    rule = ("- id: {id}\n  category: case_details\n  message: m\n  fix: f\n"
            "  cites: {{la-dcfs: c}}\n  match: {{lexicon: {lexicon}}}\n")
    (copy / "rules" / "case.yaml").write_text(
        rule.format(id="T-MODEL", lexicon="casework_words") + rule.format(id="T-WORDS", lexicon="plain_words"),
        encoding="utf-8")
    rules = {r.id: r for r in load_rulebook(copy).rules}
    assert rules["T-MODEL"].reads_model
    assert not rules["T-WORDS"].reads_model


def test_a_word_in_disguised_letters_is_one_token_in_a_window():
    near = compile_match({"near": {"terms": ["kiddo"]}, "target": {"terms": ["varsity"]}, "window": 3}, {})
    assert near.find(TextContext(text="my kiddo C@rl H@yden made varsity"))
    assert not near.find(TextContext(text="my kiddo Carl from Hayden High made varsity"))


def test_a_regex_fragment_is_spelled_once_and_used_inside_patterns():
    lexicons = {"body": {"fragment": "uni|placement"}}
    twice = compile_match({"regex": r"\bnot my (?&body) or (?&body)'s\b"}, lexicons)
    assert twice.find(TextContext(text="my views, not my uni or placement's"))
    assert not twice.find(TextContext(text="my views, not my uni or mum's"))
    # the fragment is a group of its own: its alternation does not swallow the pattern around it
    once = compile_match({"regex": r"\bmy (?&body)'s\b"}, lexicons)
    assert not once.find(TextContext(text="the placement's rules"))


def test_a_regex_fragment_misnamed_or_named_as_a_term_list_is_refused():
    lexicons = {"body": {"fragment": "uni|placement"}}
    with pytest.raises(InputError, match="names no regex fragment"):
        compile_match({"regex": r"not my (?&bodies)'s"}, lexicons, "rule T")
    with pytest.raises(InputError, match="use them inside a regex"):
        compile_match({"lexicon": "body"}, lexicons, "rule T")


def test_the_shipped_lexicons_fragments_reach_the_disclaimer_rule(rulebook):
    opinion = "Child poverty rates here are a disgrace."
    engine = RuleEngine(rulebook, "la-dcfs")
    assert "PC-DISC-002" in _rule_ids(engine, opinion)
    assert "PC-DISC-002" not in _rule_ids(engine, f"{opinion} My views, not my uni or placement's.")
