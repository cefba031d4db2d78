"""Sparse TF-IDF vectors of word uni/bigrams and in-word character n-grams.

The same code fits the vocabulary at training time and vectorises at run time, so the
two can never disagree. Character n-grams let "pl@cement" and "placment" share most of
their features with "placement"; digits are read as one shape ("6pm" and "7pm" alike).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Iterable

import numpy as np

from postcheck.text.normalize import fold

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
CHAR_NGRAMS = (2, 5)


def analyze(text: str) -> list[str]:
    """The n-gram terms of a text, with repeats: its words' and word pairs' terms, then each
    word's character n-grams."""
    words = _words(text)
    return _word_terms(words) + [term for word in words for term in _char_ngrams(word)]


def _words(text: str) -> list[str]:
    return _WORD.findall(_DIGIT.sub("0", fold(text, boxed_letters=False).lower()))


def _word_terms(words: list[str]) -> list[str]:
    return ["w " + w for w in words] + ["b " + a + " " + b for a, b in zip(words, words[1:])]


def _char_ngrams(word: str) -> list[str]:
    padded = f"<{word}>"
    low, high = CHAR_NGRAMS
    return ["c " + padded[i:i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)]


@dataclass(frozen=True)
class SparseVector:
    indices: np.ndarray  # int32 feature indices
    values: np.ndarray  # float32 weights, L2-normalised


class TfidfFeatures:
    """A fitted vocabulary and its inverse document frequencies."""

    def __init__(self, vocabulary: list[str], idf: np.ndarray) -> None:
        self.vocabulary = vocabulary
        self.index = {term: i for i, term in enumerate(vocabulary)}
        self.idf = idf.astype(np.float32)
        # Words recur from post to post and sentence to post: each word's character n-grams are
        # looked up once (most of a vector's terms; a bounded cache, as a scan's words are not).
        self._char_indices = lru_cache(maxsize=65_536)(self._char_ngram_indices)

    # Stored as one UTF-8 byte array of the terms joined by newlines (no term holds one):
    # read back in a tenth of the time an array of 60,000 strings takes, at every cold start.
    def packed_vocabulary(self) -> np.ndarray:
        return np.frombuffer("\n".join(self.vocabulary).encode("utf-8"), dtype=np.uint8)

    @classmethod
    def from_packed(cls, packed: np.ndarray, idf: np.ndarray) -> TfidfFeatures:
        return cls(packed.tobytes().decode("utf-8").split("\n"), idf)

    @classmethod
    def fit(cls, texts: Iterable[str], min_df: int = 2, max_features: int = 60_000) -> TfidfFeatures:
        texts = list(texts)
        df = Counter(term for text in texts for term in set(analyze(text)))
        kept = sorted((t for t, n in df.items() if n >= min_df), key=lambda t: (-df[t], t))[:max_features]
        kept.sort()
        idf = np.array([math.log((1 + len(texts)) / (1 + df[t])) + 1 for t in kept], dtype=np.float32)
        return cls(kept, idf)

    def vector(self, text: str) -> SparseVector:
        # The terms of `analyze`, in its order: the order the weights are summed in stays the same.
        words = _words(text)
        word_terms = [i for i in map(self.index.get, _word_terms(words)) if i is not None]
        counts = Counter(chain(word_terms, *map(self._char_indices, words)))
        if not counts:
            return SparseVector(np.zeros(0, np.int32), np.zeros(0, np.float32))
        indices = np.fromiter(counts.keys(), np.int32, len(counts))
        tf = np.fromiter(counts.values(), np.float32, len(counts))
        values = (1 + np.log(tf)) * self.idf[indices]
        return SparseVector(indices, values / np.linalg.norm(values))

    def _char_ngram_indices(self, word: str) -> tuple[int, ...]:
        return tuple(i for i in map(self.index.get, _char_ngrams(word)) if i is not None)
