"""The learned screening layer: its parts, its findings, and failing closed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from postcheck.errors import DetectorUnavailable
from postcheck.learned.classifier import LearnedModel, post_gate, reads_quiet
from postcheck.learned.encoder import encoder_text
from postcheck.learned.features import TfidfFeatures, analyze
from postcheck.learned.units import sentence_spans, unit_spans
from postcheck.model import Post
from postcheck.rulebook import load_rulebook
from postcheck.screener import Screener
from postcheck.settings import Settings
from postcheck.text.matching import EntityResult, ModelSignal, TextContext
from postcheck.text.rules import RuleEngine

REPO = Path(__file__).resolve().parents[1]
LEARNED_RULES = [r.id for r in load_rulebook().rules if r.reads_model]


def test_sentences_keep_their_offsets_and_the_post_is_a_unit_of_its_own():
    text = "Court tmrw for the little one.  Mum's still using!\nwish us luck"
    sentences = sentence_spans(text)
    assert [text[s:e] for s, e in sentences] == ["Court tmrw for the little one.", "Mum's still using!", "wish us luck"]
    assert unit_spans(text)[-1] == (0, len(text))
    assert unit_spans("one line only") == [(0, 13)]


def test_a_stop_typed_without_a_space_still_ends_a_sentence_but_initials_do_not():
    text = "so I accepted.Growth! Ask J.Smith, e.g.tomorrow"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["so I accepted.", "Growth!", "Ask J.Smith, e.g.tomorrow"]


def test_character_ngrams_read_disguised_words_as_the_words():
    plain, disguised = set(analyze("placement")), set(analyze("pl@cement"))
    assert "w placement" in disguised  # folded before n-grams are taken
    assert len(plain & disguised) == len(plain)
    assert set(analyze("out at 6pm")) & set(analyze("out at 9pm")) >= {"w 0pm"}  # digits read as one shape


def test_a_vector_weighs_the_terms_of_analyze_in_their_order():
    """`vector` looks each word's character n-grams up once (cached), and must still sum the
    weights in the order of `analyze`'s terms, or a score could move in its last bits."""
    seen = ["Placement at 6pm, placement again!", "pl@cement k1ds k1ds. Kids, kids", "court tmrw"]
    features = TfidfFeatures.fit(seen * 2)
    for text in seen + ["placement placement 9pm kids", "words never seen", ""]:
        counts = Counter(i for i in map(features.index.get, analyze(text)) if i is not None)
        vector = features.vector(text)
        assert vector.indices.tolist() == list(counts)
        if counts:
            weights = (1 + np.log(np.array(list(counts.values()), np.float32))) * features.idf[vector.indices]
            assert np.array_equal(vector.values, weights / np.linalg.norm(weights))


def test_the_gate_reads_the_whole_post_beside_its_likeliest_sentence():
    assert post_gate(np.array([0.8])) == pytest.approx(0.8)  # one sentence: the post itself
    # sentences, then the whole post: a lone sentence out of context is tempered by the whole
    assert post_gate(np.array([0.1, 0.63, 0.05])) == pytest.approx(0.34)
    assert post_gate(np.array([0.2, 0.9, 0.7])) == pytest.approx(0.8)


def test_one_sentence_read_out_of_its_post_does_not_flag_it(screener):
    # Its second sentence alone reads as a breach (gate 0.63); the post as a whole reads 0.05.
    draft = "Planted tomatoes. Will report back when the slugs eat them."
    assert not [f for f in screener.screen(Post("p", draft)).findings if f.rule_id.startswith("PC-ML")]


@pytest.fixture(scope="module")
def learned() -> LearnedModel:
    return LearnedModel()


def test_a_post_whose_whole_reads_quiet_is_not_read_sentence_by_sentence(learned):
    quiet = "Planted tomatoes. Will report back when the slugs eat them."
    loud = "Placed both boys with their nan in Dayton last night. Mum kicked off at the door."
    quiet_scores, loud_scores = learned.score([quiet, loud])
    assert quiet_scores.units == [(0, len(quiet))]  # the whole post alone
    assert reads_quiet(float(quiet_scores.probabilities[0, -1]))
    assert len(loud_scores.units) == 3  # two sentences, then the whole post
    assert not reads_quiet(float(loud_scores.probabilities[-1, -1]))


def test_a_post_from_outside_the_job_reads_everyday_and_gets_no_model_finding(learned, screener):
    draft = "Shipped the patch for the login bug at 2am. Users can sign in again. Post-mortem Friday."
    (scores,) = learned.score([draft])
    assert scores.everyday
    assert len(scores.units) == 1  # read whole: its sentences are not encoded
    # The gate alone would have flagged this developer's post (a time, a day, a "post-mortem").
    assert scores.probabilities[0, -1] >= learned.head.gate.unsure
    assert not [f for f in screener.screen(Post("p", draft)).findings if f.rule_id.startswith("PC-ML")]


def test_a_post_about_a_client_never_reads_everyday(learned):
    drafts = ["Placed both boys with their nan in Dayton last night. Mum kicked off at the door.",
              "Court tomorrow for the little one, mum's still using, fingers crossed.",
              "lol the dad on my caseload just turned up to the visit hammered again 🙄"]
    assert not [s for s in learned.score(drafts) if s.everyday]


def test_the_model_quotes_the_sentence_behind_a_violation(screener):
    draft = "Lovely weather today. Court tomorrow for the little one, mum's still using, fingers crossed."
    findings = [f for f in screener.screen(Post("p", draft)).findings if f.rule_id.startswith("PC-ML")]
    assert findings, "the learned layer found nothing in a post about a client's court hearing"
    assert {f.category for f in findings} & {"case_details", "client_identity"}
    for finding in findings:
        assert finding.quote == draft[finding.start:finding.end]
        assert finding.quote.startswith("Court tomorrow")
        assert 0 < finding.confidence <= 1


def test_an_agency_event_with_its_date_time_and_address_stays_clean(screener):
    draft = ("Foster care info night! Thursday 12 March, 6-8pm, Central Library, 201 Main St. "
             "Questions? Call our recruiter on 555-0142.")
    assert screener.screen(Post("p", draft)).verdict.value == "pass"


def test_a_post_read_as_clean_withdraws_clearable_rule_evidence_but_not_a_name():
    rulebook = load_rulebook()
    engine = RuleEngine(rulebook, "generic")
    text = "Call Kayla Brooks on 310-555-0199"
    entities = [EntityResult("PHONE_NUMBER", 21, 33, 0.9), EntityResult("WATCHLIST_NAME", 5, 16, 1.0)]
    assert load_rulebook().rule("PC-PII-001").model_can_clear
    assert not load_rulebook().rule("PC-ID-007").model_can_clear
    clears = frozenset({"contact_pii", "client_identity"})
    read_clean = {r for f in engine.findings(TextContext(text, entities, model_clears=clears)) for r in f.rule_ids}
    not_clean = {r for f in engine.findings(TextContext(text, entities)) for r in f.rule_ids}
    assert "PC-PII-001" in not_clean and "PC-PII-001" not in read_clean
    assert "PC-ID-007" in read_clean  # a watchlist name is never cleared


def test_the_model_primitive_reads_the_band():
    engine = RuleEngine(load_rulebook(), "generic")
    text = "She went to her forever family today."
    sure = [ModelSignal("case_details", 0, len(text), 0.9, "sure")]
    unsure = [ModelSignal("case_details", 0, len(text), 0.6, "unsure")]
    assert "PC-ML-CASE" in {f.rule_id for f in engine.findings(TextContext(text, model_signals=sure))}
    found = {f.rule_id: f for f in engine.findings(TextContext(text, model_signals=unsure))}
    assert set(found) == {"PC-ML-CASE-REVIEW"}
    assert found["PC-ML-CASE-REVIEW"].severity.value == "medium"  # a second look warns


def test_with_every_learned_rule_disabled_the_model_is_never_loaded():
    screener = Screener(Settings(disable=LEARNED_RULES))
    report = screener.screen(Post("p", "Court tomorrow for the little one"))
    assert screener._learned is None and screener._learned_loading is None
    assert "model" not in report.timings


def _models_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "models"
    shutil.copytree(REPO / "models", copy, ignore=shutil.ignore_patterns("corpus", "*.py"))
    return copy


@pytest.mark.parametrize("broken", ["learned/classifier.npz", "encoder/encoder.onnx", "encoder/tokenizer.json"])
def test_a_corrupt_model_file_fails_closed(tmp_path, broken):
    models = _models_copy(tmp_path)
    path = models / broken
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    with pytest.raises(DetectorUnavailable, match="sha256"):
        LearnedModel(models)


def test_a_missing_model_file_exits_3_through_the_cli_without_showing_the_draft(tmp_path):
    models = _models_copy(tmp_path)
    (models / "learned" / "classifier.npz").unlink()
    draft = "Court tomorrow for the little one, wish us luck"
    env = dict(os.environ, POSTCHECK_MODELS_DIR=str(models))
    done = subprocess.run([sys.executable, "-m", "postcheck", "check", "--text", draft, "--format", "json"],
                          env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 3, done.stderr
    assert json.loads(done.stdout)["verdict"] == "error"
    assert "classifier.npz" in done.stderr + done.stdout
    assert "little one" not in done.stderr
    assert "Traceback" not in done.stderr


def test_scores_are_probabilities_and_a_text_scores_the_same_whatever_its_neighbours(learned):
    """Dynamic int8 quantisation shares one scale across a batch: texts are encoded alone, so a
    draft scores the same in `check` as among a scan's other posts."""
    texts = ["Call the mom at 310-555-0199 tonight", "Lovely walk by the river this morning."]
    alone = learned.score(texts[:1])[0].probabilities
    first, second = learned.score(texts), learned.score(list(reversed(texts)))
    # Equal to float rounding (the heads' matrix product is blocked by batch size), not to the
    # percent a shared quantisation scale used to move it.
    assert np.allclose(first[0].probabilities, alone, rtol=1e-5, atol=1e-7)
    assert np.allclose(second[1].probabilities, alone, rtol=1e-5, atol=1e-7)
    for scores in first:
        assert ((scores.probabilities >= 0) & (scores.probabilities <= 1)).all()


def test_the_encoder_gives_the_same_vectors_on_every_cpu(learned):
    """The heads were fitted on vectors from one machine; a CPU whose int8 kernel saturates (AVX2
    without VNNI) gave vectors up to 0.02 apart from those, and verdicts moved. The graph's
    weights are stored unsigned so every CPU computes the same integers (build_encoder.py); what
    is left is float rounding, far inside this tolerance (the saturating kernel moved an element of
    each of these vectors by 0.008 to 0.023). models/encoder/build_encoder.py writes the vectors
    with each new encoder."""
    golden = json.loads((REPO / "tests" / "fixtures" / "encoder_vectors.json").read_text(encoding="utf-8"))
    vectors = learned.encoder.embed(golden["texts"])
    assert np.abs(vectors - np.array(golden["vectors"])).max(axis=1).tolist() == pytest.approx([0.0] * len(golden["texts"]), abs=5e-3)


def test_the_shipped_encoder_is_stored_already_optimised():
    """Stored as onnxruntime's extended level fuses it, a cold start builds the session in 40 ms
    instead of 100 (build_encoder.py, store_optimized). The fused layer norms name op types that
    only the optimiser writes."""
    graph = (REPO / "models" / "encoder" / "encoder.onnx").read_bytes()
    assert b"SkipLayerNormalization" in graph and b"DynamicQuantizeMatMul" in graph


def test_the_encoder_reads_disguised_letters_as_the_letters(learned):
    """Read raw, leetspeak was a signal of its own (most disguised posts it learned from broke a
    policy), and harmless posts written in it were blocked."""
    disguised, plain = learned.encoder.embed(["c0urt w4s l0ng 2d4y, t1me f0r tea", "court was long 2day, time for tea"])
    assert np.abs(disguised - plain).max() == 0.0


def test_a_post_gets_the_same_verdict_alone_and_in_a_batch(screener):
    posts = [Post("a", "Call the mom at 310-555-0199 tonight"), Post("b", "Lovely walk by the river this morning.")]
    together = [r.verdict for r in screener.screen_many(posts)]
    alone = [screener.screen(p).verdict for p in posts]
    assert together == alone


def test_a_model_finding_that_repeats_a_rule_finding_is_dropped_for_the_rules_sharper_quote(screener):
    draft = "Out till 12:30am again placing two sisters in Lancaster. My kiddo Aaliyah (9) held my hand."
    findings = screener.screen(Post("p", draft)).findings
    by_category: dict[str, list[str]] = {}
    for finding in findings:
        by_category.setdefault(finding.category, []).append(finding.rule_id)
    assert "client_identity" in by_category and "case_details" in by_category
    assert not any(rule.startswith("PC-ML") for rule in by_category["client_identity"]), by_category


def test_a_name_in_a_sentence_about_a_client_is_quoted_by_itself():
    engine = RuleEngine(load_rulebook(), "generic", disabled_rules=["PC-ID-001", "PC-ID-011", "PC-ID-002"])
    text = "Took Marisol to see her mum at the contact centre, she cried the whole way back."
    sentence = [ModelSignal("case_details", 0, len(text), 0.9, "sure")]
    context = TextContext(text, [EntityResult("PERSON", 5, 12, 0.85)], model_signals=sentence)
    names = [f for f in engine.findings(context) if f.rule_id == "PC-ML-ID-NAME"]
    assert [f.quote for f in names] == ["Marisol"]


def test_quiet_still_names_a_detector_that_failed(tmp_path):
    models = _models_copy(tmp_path)
    (models / "learned" / "classifier.npz").unlink()
    env = dict(os.environ, POSTCHECK_MODELS_DIR=str(models))
    done = subprocess.run([sys.executable, "-m", "postcheck", "check", "--text", "a draft", "--quiet"],
                          env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 3
    assert done.stdout == ""
    assert "detector error" in done.stderr and "classifier.npz" in done.stderr


def test_the_encoder_reads_an_emoji_by_its_name_and_a_long_run_of_one_as_three():
    assert encoder_text("c0urt 🙄") == "court  face with rolling eyes "
    assert encoder_text("😂" * 6) == " face with tears of joy " * 6
    assert encoder_text("😀" * 40) == " grinning face " * 3
    assert encoder_text("ok!!!!! 👍🏽") == "ok!!!!!  thumbs up sign "

