"""The sentence encoder: all-MiniLM-L6-v2, int8, run by onnxruntime on the CPU.

The ONNX graph (built by models/encoder/build_encoder.py) takes token ids and returns a
mean-pooled, L2-normalised 384-float vector per sentence, so nothing here needs torch.

Each text is encoded on its own and unpadded. The int8 graph quantises its activations
dynamically, with one scale over the whole input tensor, so in a batch a text's vector would
depend on its neighbours, and padded its cost would be that of 128 tokens (11 ms) whatever its
length: a draft could pass in `check` and be flagged in `scan`. Alone and unpadded, the same
text always gets the same vector, at a cost that grows with its length (about 2 ms for a
20-token sentence).

The encoder reads each text folded as the rules read it (postcheck.text.normalize: "c0urt w4s
l0ng" -> "court was long"), but for letters in boxes ("🅰"), which it reads as emoji, as it was
trained. Read raw, disguised letters became a signal of their own: most disguised posts it learned
from broke a policy, so a harmless post in leetspeak read as a breach.
It reads each emoji as its name in words ("🙄" -> "face with rolling eyes"): the tokenizer
knows no emoji, and as one unknown token every emoji meant the same thing, a sign of a breach
since most posts with emoji it learned from broke a policy.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

from postcheck.text.normalize import fold

MAX_TOKENS = 128
# Skin tones, the joiner inside combined emoji, and flag letters carry no meaning the words would.
_DROPPED = frozenset([*range(0x1F3FB, 0x1F400), 0x200D, *range(0x1F1E6, 0x1F200)])


@lru_cache(maxsize=4096)
def _emoji_as_words(char: str) -> str:
    code = ord(char)
    if code in _DROPPED:
        return ""
    if code >= 0x2190 and unicodedata.category(char) == "So":
        name = unicodedata.name(char, "")
        return f" {name.lower()} " if name else char
    return char


# A run of seven or more of one emoji is read as three: a wall of "😀" filled the encoder's 128
# tokens with its name, and the model, reading little else, cleared the phone number after it. No
# labelled post holds a run longer than six, so the model reads every post it was trained on as before.
_EMOJI_RUN = re.compile(r"(([^\x00-\x7f\w\s])(?:\ufe0f)?)\1{6,}")


def encoder_text(text: str) -> str:
    """The text as the encoder reads it: folded, each emoji as its name in words, a run of seven or more of one
    emoji as three (_EMOJI_RUN)."""
    folded = fold(text, boxed_letters=False)
    if folded.isascii():
        return folded
    return "".join(_emoji_as_words(c) for c in _EMOJI_RUN.sub(r"\1\1\1", folded))


class SentenceEncoder:
    def __init__(self, model_path: Path, tokenizer_path: Path, threads: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # the shipped tokenizer.json pads every text to 128 tokens
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # The extended level gives the same vectors as the default (all) on the shipped graph,
        # bit for bit over 600 corpus posts; the layout passes it leaves out rewrite
        # convolutions, which a transformer lacks. The shipped graph is stored already
        # optimised at this level (models/encoder/build_encoder.py), so this finds nothing to do.
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        self.session = onnxruntime.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"])
        self.dimensions = self.session.get_outputs()[0].shape[1]

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text, each text encoded alone (see the module's note)."""
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch([encoder_text(text) for text in texts])):
            ids = np.array([encoding.ids], dtype=np.int64)
            mask = np.array([encoding.attention_mask], dtype=np.int64)
            (vector,) = self.session.run(None, {
                "input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
            out[row] = vector[0]
        return out
