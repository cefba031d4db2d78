"""The shipped learned model: load it (checking every file's sha256), score posts.

`models/learned/` holds `classifier.npz` (vocabulary, weights, calibration, thresholds)
and `card.json` (what it was trained on and how it scored); the encoder lives in
`models/encoder/`. Every file's sha256 is in models/MANIFEST.json: a missing or changed
file raises DetectorUnavailable, so the screen fails closed instead of passing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from postcheck.assets import models_dir as default_models_dir
from postcheck.errors import DetectorUnavailable
from postcheck.learned.features import SparseVector, TfidfFeatures
from postcheck.learned.units import unit_spans
from postcheck.text.matching import ModelSignal

ENCODER_FILES = ("encoder/encoder.onnx", "encoder/tokenizer.json")
CLASSIFIER_FILE = "learned/classifier.npz"
CARD_FILE = "learned/card.json"


@dataclass
class PostScores:
    """Per unit of one post (`units`: sentence spans, then the whole post), the probability
    of each head (`probabilities[unit, head]`: the categories, then the gate)."""

    units: list[tuple[int, int]]
    probabilities: np.ndarray
    everyday: bool = False  # the whole post reads as from outside the job (`LinearHead.reads_everyday`)


@dataclass(frozen=True)
class Gate:
    """Thresholds on the probability that a post breaks any policy."""

    sure: float  # at or above: findings at their category's severity
    unsure: float  # at or above (and below `sure`): findings that ask for a second look
    clean: float  # below: the post reads as clean, and rules the model may clear stand down


@dataclass
class ModelReading:
    """What the learned layer read in one post."""

    signals: list[ModelSignal]  # the sentences behind the categories it breaks
    # When the gate reads the post as clean: the categories whose heads also read none of it.
    cleared: frozenset[str]


# A post whose whole reads below this on the gate is read by its whole alone; its sentences
# are not encoded. Over the 8,804 labelled posts outside the held-out sets, reading them as
# well flagged 17 clean posts more (a lone sentence out of a quiet post is the noisiest unit:
# a race-day timetable's "8:45 1K fun run") and 2 warn-level posts; skipping them also saves a
# third of the encoder's work. Chosen there among 0.1, 0.15 and 0.2: 0.15 passed a must-block post.
QUIET = 0.1


def reads_quiet(whole_gate: float) -> bool:
    """Whether a post whose whole post scores `whole_gate` on the gate is read by its whole alone."""
    return whole_gate < QUIET


def post_gate(unit_gates: np.ndarray) -> float:
    """A post's gate score from its units' gate probabilities (its sentences, then the whole post
    when it has more than one): the mean of the likeliest sentence's and the whole post's.

    A sentence read alone, out of its post, is the noisiest unit: "Will report back when the
    slugs eat them." scored 0.63 in a gardening post whose whole read 0.05. Taking the mean lets
    the whole post temper a lone sentence, and one breaching sentence still lifts a long post.
    """
    if len(unit_gates) == 1:
        return float(unit_gates[0])
    return 0.5 * (float(unit_gates[:-1].max()) + float(unit_gates[-1]))


def _linear(embeddings: np.ndarray, vectors: list[SparseVector], embedding_weights: np.ndarray,
            tfidf_weights: np.ndarray, bias) -> np.ndarray:
    """Decision values of linear heads over [embedding, sparse TF-IDF], one row per unit."""
    scores = embeddings @ embedding_weights + bias
    for row, vector in enumerate(vectors):
        if len(vector.indices):
            scores[row] += vector.values @ tfidf_weights[vector.indices]
    return scores


class LinearHead:
    """One calibrated linear classifier per head over [embedding, TF-IDF]: a head per
    category, then the gate (the post breaks some policy), the last column."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.heads: list[str] = [str(c) for c in arrays["categories"]]
        self.categories = self.heads[:-1]
        self.features = TfidfFeatures.from_packed(arrays["vocabulary"], arrays["idf"])
        self.embedding_weights = arrays["embedding_weights"].astype(np.float32)  # (dims, K)
        self.tfidf_weights = arrays["tfidf_weights"].astype(np.float32)  # (vocabulary, K)
        self.bias = arrays["bias"].astype(np.float32)
        self.platt = arrays["platt"].astype(np.float32)  # (2, K): p = sigmoid(a * z + b)
        self.thresholds = arrays["thresholds"].astype(np.float32)  # per category
        self.gate = Gate(*map(float, arrays["gate"]))
        # The everyday head: whether a whole post reads as from outside social care (a developer's
        # link list, a holiday, a match). Such a post gets no model finding and reads clean.
        self.everyday_embedding_weights = arrays["everyday_embedding_weights"].astype(np.float32)
        self.everyday_tfidf_weights = arrays["everyday_tfidf_weights"].astype(np.float32)
        self.everyday_bias, self.everyday_threshold = map(float, arrays["everyday"])

    def probabilities(self, embeddings: np.ndarray, vectors: list[SparseVector]) -> np.ndarray:
        scores = _linear(embeddings, vectors, self.embedding_weights, self.tfidf_weights, self.bias)
        return 1.0 / (1.0 + np.exp(-(self.platt[0] * scores + self.platt[1])))

    def everyday_probabilities(self, embeddings: np.ndarray, vectors: list[SparseVector]) -> np.ndarray:
        scores = _linear(embeddings, vectors, self.everyday_embedding_weights, self.everyday_tfidf_weights,
                         self.everyday_bias)
        return 1.0 / (1.0 + np.exp(-scores))

    def reads_everyday(self, embeddings: np.ndarray, vectors: list[SparseVector]) -> np.ndarray:
        return self.everyday_probabilities(embeddings, vectors) >= self.everyday_threshold


def import_runtime() -> None:
    """Import the encoder's runtimes now, in the calling thread (see Screener). A missing
    package is not reported here: SentenceEncoder imports it again and fails closed."""
    with contextlib.suppress(ImportError):
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401

        import postcheck.learned.encoder  # noqa: F401


class LearnedModel:
    def __init__(self, models_dir: Path | None = None, threads: int = 1) -> None:
        self.models_dir = models_dir or default_models_dir()
        self.threads = threads
        _verify(self.models_dir, ENCODER_FILES + (CLASSIFIER_FILE,))
        try:
            with np.load(self.models_dir / CLASSIFIER_FILE, allow_pickle=False) as arrays:
                self.head = LinearHead(dict(arrays))
        except (OSError, ValueError, KeyError) as exc:
            raise DetectorUnavailable(f"learned model unreadable: {type(exc).__name__}") from exc

    @cached_property
    def encoder(self):
        from postcheck.learned.encoder import SentenceEncoder

        try:
            return SentenceEncoder(self.models_dir / ENCODER_FILES[0], self.models_dir / ENCODER_FILES[1],
                                   threads=self.threads)
        except Exception as exc:  # onnxruntime raises its own types for a bad graph
            raise DetectorUnavailable(f"sentence encoder failed to load: {type(exc).__name__}") from exc

    @property
    def categories(self) -> list[str]:
        return self.head.categories

    def score(self, texts: list[str]) -> list[PostScores]:
        """Scores for each text's units (each encoded alone: see encoder.py). The whole post is
        read first, and its sentences only when the whole does not read quiet (`reads_quiet`)."""
        units = [unit_spans(text) for text in texts]
        features = self._features([text[slice(*spans[-1])] for text, spans in zip(texts, units)])
        whole = self.head.probabilities(*features)
        everyday = self.head.reads_everyday(*features)
        scores = [PostScores([spans[-1]], whole[i:i + 1], bool(everyday[i])) for i, spans in enumerate(units)]
        loud = [i for i, spans in enumerate(units)
                if len(spans) > 1 and not everyday[i] and not reads_quiet(whole[i, -1])]
        sentences = self.head.probabilities(*self._features([texts[i][s:e] for i in loud for s, e in units[i][:-1]]))
        row = 0
        for i in loud:
            count = len(units[i]) - 1
            scores[i] = PostScores(units[i], np.vstack([sentences[row:row + count], whole[i:i + 1]]))
            row += count
        return scores

    def _features(self, texts: list[str]) -> tuple[np.ndarray, list[SparseVector]]:
        if not texts:
            return np.zeros((0, self.head.embedding_weights.shape[0]), dtype=np.float32), []
        return self.encoder.embed(texts), [self.head.features.vector(t) for t in texts]

    def read(self, texts: list[str]) -> list[ModelReading]:
        """For each text, the sentences behind the categories it breaks, and whether it reads clean.

        The gate (the probability, over the post's units, that the post breaks any policy)
        decides whether there is a finding and its band, or whether the post reads clean; the
        category heads decide which categories (those at or above their threshold, else the
        likeliest one) and which sentence each finding quotes (the one scoring highest for it).
        """
        readings = []
        for scores in self.score(texts):
            violation = post_gate(scores.probabilities[:, -1]) if scores.units and not scores.everyday else 0.0
            cleared: frozenset[str] = frozenset()
            if violation < self.head.gate.clean:
                post = scores.probabilities[:, :-1].max(0) if scores.units else np.zeros(len(self.categories))
                cleared = frozenset(c for c, p, t in zip(self.categories, post, self.head.thresholds) if p < t)
            readings.append(ModelReading(self._signals(scores, violation), cleared))
        return readings

    def _signals(self, scores: PostScores, violation: float) -> list[ModelSignal]:
        gate = self.head.gate
        if not scores.units or violation < gate.unsure:
            return []
        band = "sure" if violation >= gate.sure else "unsure"
        sentences = len(scores.units) - 1 if len(scores.units) > 1 else 1
        categories = scores.probabilities[:, :-1]
        post = categories.max(0)
        chosen = np.flatnonzero(post >= self.head.thresholds)
        if not len(chosen):
            chosen = [int((post / self.head.thresholds).argmax())]
        signals = []
        for k in chosen:
            start, end = scores.units[int(categories[:sentences, k].argmax())]
            signals.append(ModelSignal(self.categories[k], start, end, round(violation, 3), band))
        return signals


def card(models_dir: Path | None = None) -> dict:
    """The model card written by the training script (what it learned from, how it scored)."""
    path = (models_dir or default_models_dir()) / CARD_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DetectorUnavailable(f"model card unreadable: {type(exc).__name__}") from exc


def _verify(models_dir: Path, names: tuple[str, ...]) -> None:
    try:
        manifest = json.loads((models_dir / "MANIFEST.json").read_text(encoding="utf-8"))
        expected = {a["name"]: a["sha256"] for a in manifest["assets"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DetectorUnavailable(f"models/MANIFEST.json unreadable: {type(exc).__name__}") from exc
    for name in names:
        try:
            digest = hashlib.sha256((models_dir / name).read_bytes()).hexdigest()
        except OSError as exc:
            raise DetectorUnavailable(f"model file missing: {name}") from exc
        if digest != expected.get(name):
            raise DetectorUnavailable(f"model file does not match its sha256 in MANIFEST.json: {name}")
