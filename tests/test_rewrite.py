"""safer_rewrite: each finding's words replaced as its rule's `rewrite:` says, overlaps never crash."""

from __future__ import annotations

import pytest

from postcheck.model import Finding, Severity
from postcheck.rewrite import REMOVED, safer_rewrite
from postcheck.rulebook import load_rulebook


def finding(text: str, quote: str, rule_id: str, category: str, confidence: float = 0.9) -> Finding:
    """A finding of a shipped rule, carrying what that rule's YAML says its words are."""
    start = text.index(quote)
    rule = load_rulebook().rule(rule_id)
    return Finding(rule_id=rule_id, category=category, severity=Severity.HIGH, message="", fix="",
                   cites={}, detector="rules", confidence=confidence,
                   start=start, end=start + len(quote), quote=quote,
                   rewrite_as=rule.rewrite_as if rule else None)


DRAFT = ("So proud of Kayla at Lincoln Elementary and the Eastside Hawks! "
         "Her mom is at 619.555.0134, 1420 W. Cedar Ave, case #19-00345. Placing her brother in Palmdale tonight.")


def test_replaces_each_kind_of_finding():
    findings = [
        finding(DRAFT, "Kayla", "PC-ID-001", "client_identity"),
        finding(DRAFT, "Lincoln Elementary", "PC-INF-001", "inferable_identifier"),
        finding(DRAFT, "the Eastside Hawks", "PC-INF-002", "inferable_identifier"),
        finding(DRAFT, "Her mom", "PC-ID-005", "client_identity"),
        finding(DRAFT, "619.555.0134", "PC-PII-001", "contact_pii"),
        finding(DRAFT, "1420 W. Cedar Ave", "PC-PII-003", "contact_pii"),
        finding(DRAFT, "19-00345", "PC-PII-004", "contact_pii"),
        finding(DRAFT, "Placing her brother in Palmdale", "PC-CASE-001", "case_details"),
    ]
    assert safer_rewrite(DRAFT, findings) == (
        "So proud of a youth at their school and their team! "
        f"a parent is at {REMOVED}, {REMOVED}, case #{REMOVED}. Placing her brother in a nearby town tonight."
    )


def test_a_full_stop_at_the_end_of_a_finding_stays():
    text = "They live at 1420 W. Cedar Ave. Come by!"
    rewritten = safer_rewrite(text, [finding(text, "1420 W. Cedar Ave.", "PC-PII-003", "contact_pii")])
    assert rewritten == f"They live at {REMOVED}. Come by!"


def test_without_findings_the_draft_is_unchanged():
    assert safer_rewrite(DRAFT, []) == DRAFT


def test_findings_without_a_span_or_words_to_swap_are_left_alone():
    photo = Finding(rule_id="PC-ID-008", category="client_identity", severity=Severity.HIGH, message="",
                    fix="", cites={}, detector="images", confidence=0.9, image="a.jpg")
    tone = finding(DRAFT, "So proud", "PC-UNPRO-001", "unprofessional")
    assert safer_rewrite(DRAFT, [photo, tone]) == DRAFT


@pytest.mark.parametrize("quotes", [
    ("619.555.0134", "555.0134, 1420"),  # partial overlap
    ("1420 W. Cedar Ave", "Cedar"),  # one inside the other
    ("Kayla", "Kayla"),  # the same span twice
])
def test_overlapping_findings_do_not_crash_and_leave_nothing_behind(quotes):
    first, second = quotes
    findings = [finding(DRAFT, first, "PC-PII-001", "contact_pii"),
                finding(DRAFT, second, "PC-ID-001", "client_identity", confidence=0.5)]
    rewritten = safer_rewrite(DRAFT, findings)
    assert first not in rewritten and second not in rewritten


def test_a_new_rule_is_rewritten_by_what_its_yaml_says_not_by_its_id():
    text = "Coffee with Tayshawn after the meeting."
    new_rule = Finding(rule_id="PC-ID-999", category="client_identity", severity=Severity.HIGH, message="",
                       fix="", cites={}, detector="rules", confidence=0.9, start=12, end=20,
                       quote="Tayshawn", rewrite_as="person")
    assert safer_rewrite(text, [new_rule]) == "Coffee with a youth after the meeting."

