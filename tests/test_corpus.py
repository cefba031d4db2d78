"""The learned layer's labelled corpus (models/corpus/): well-formed, provenanced, split
by writer and source, large enough, and exactly what the shipped model was trained on."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "models" / "corpus"
sys.path.insert(0, str(REPO / "models" / "learned"))
import train  # noqa: E402

SEVERITY = {"client_identity": "high", "contact_pii": "high", "inferable_identifier": "high",
            "case_details": "high", "documents": "high", "client_contact": "high",
            "conflict_of_interest": "high", "schedule_disclosure": "medium", "agency_voice": "medium",
            "unprofessional": "medium", "person_photo": "medium", "missing_disclaimer": "low"}
FILES = sorted(CORPUS.glob("*/*.jsonl"))


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_every_post_follows_the_format_and_says_where_it_came_from(path):
    ids = set()
    for post in _records(path):
        assert post["id"] not in ids
        ids.add(post["id"])
        assert {"text", "verdict", "categories", "evidence", "writer", "kind", "source"} <= post.keys(), post["id"]
        assert post["kind"] in ("written", "real_style")
        if post["kind"] == "real_style":
            assert not post["source"].startswith("written:"), post["id"]
        for evidence in post["evidence"]:
            assert evidence["quote"] in post["text"], post["id"]
            assert evidence["category"] in post["categories"], post["id"]
        worst = {SEVERITY[c] for c in post["categories"]}
        expected = "block" if "high" in worst else "warn" if worst else "pass"
        assert post["verdict"] == expected, post["id"]
        assert not (post.get("near_miss") and post["categories"]), post["id"]


@pytest.fixture(scope="module")
def corpus() -> list:
    posts, _ = train.split_corpus()
    return posts


def test_the_corpus_is_as_large_and_as_varied_as_the_issue_asks(corpus):
    mine = [p for p in corpus if p.file.startswith("models/")]
    assert len(mine) >= 2000
    categories = Counter(c for p in mine for c in p.categories)
    assert all(categories[c] >= 100 for c in train.CATEGORIES), categories
    clean = [p for p in mine if not p.categories]
    assert len(clean) >= 600
    assert sum(p.near_miss for p in clean) >= 300
    assert sum(p.kind == "real_style" for p in mine) >= 400
    assert len({p.writer for p in mine if p.kind == "written"}) >= 5


def test_no_writer_or_source_is_on_both_sides_of_a_split(corpus):
    sides = {}
    for post in corpus:
        key = post.source if post.kind == "real_style" else post.writer
        sides.setdefault(key, set()).add(post.split)
    assert all(len(s) == 1 for s in sides.values()), [k for k, s in sides.items() if len(s) > 1]


def test_held_out_writers_and_sources_never_reach_training(corpus):
    held_out = [json.loads(line) for path in (CORPUS / "heldout").glob("*.jsonl")
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert {p["writer"] for p in held_out}.isdisjoint({p.writer for p in corpus})
    assert {p["source"] for p in held_out if p["kind"] == "real_style"}.isdisjoint({p.source for p in corpus})
    assert not any(p.file.endswith("independent_c.jsonl") for p in corpus)


def test_near_duplicates_of_evaluation_posts_are_dropped():
    evaluation = ["Long night - out until 11pm placing two kids in Palmdale, again."]
    twin = train.Post("x", "Long night: out until 11pm placing two kids in Palmdale again!", set(), {}, "w", "s", "written")
    other = train.Post("y", "Our adoption fair starts at 10am at the Central Library!", set(), {}, "w", "s", "written")
    kept, dropped = train.deduplicate([twin, other], evaluation)
    assert kept == [other] and dropped["near-duplicate of an evaluation post"] == 1


def test_the_shingle_index_finds_exactly_the_near_duplicates_a_pairwise_scan_finds():
    """Prefix filtering only skips pairs that cannot reach the threshold. Each post here is
    common words and one word of its own; its edited copy swaps that word for another of its
    own (the rarest shingles, which lead each prefix, are then not shared) and changes a few
    common words, from barely to just too much: the index must agree with comparing every pair."""
    import random

    rng = random.Random(7)

    def word() -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 8)))

    common = [word() for _ in range(40)]
    posts, edited = [], []
    for _ in range(120):
        tokens = [rng.choice(common) for _ in range(rng.randint(6, 30))]
        posts.append(" ".join(tokens + [word()]))
        for _ in range(rng.randint(0, 3)):
            tokens[rng.randrange(len(tokens))] = rng.choice(common)
        edited.append(" ".join(tokens + [word()]))
    shingles = [train._shingles(t) for t in posts + edited]
    index = train.ShingleIndex(Counter(s for one in shingles for s in one))
    for i, one in enumerate(shingles):
        pairwise = any(train.near_duplicate(one, earlier) for earlier in shingles[:i])
        assert index.matches(one) == pairwise, (posts + edited)[i]
        index.add(one)
    found = sum(any(train.near_duplicate(one, earlier) for earlier in shingles[:120]) for one in shingles[120:])
    assert 20 < found < 120  # the set holds near-duplicates and copies edited past the threshold


def test_the_shipped_model_was_trained_on_exactly_these_files():
    card = json.loads((REPO / "models" / "learned" / "card.json").read_text(encoding="utf-8"))
    for name, digest in card["corpus_sha256"].items():
        assert hashlib.sha256((REPO / name).read_bytes()).hexdigest() == digest, f"{name} changed: retrain"
    trained = {Path(n).name for n in card["corpus_sha256"]}
    assert {p.name for p in FILES if p.parent.name not in train.UNTRAINED_FOLDERS} <= trained
