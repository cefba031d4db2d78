"""The sentence encoder: all-MiniLM-L6-v2, int8, run by onnxruntime on the CPU.

The ONNX graph (built by models/encoder/build_encoder.py) takes token ids and returns a
mean-pooled, L2-normalised 384-float vector per sentence, so nothing here needs torch.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

MAX_TOKENS = 128
BATCH = 32


class SentenceEncoder:
    def __init__(self, model_path: Path, tokenizer_path: Path, threads: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"])
        self.dimensions = self.session.get_outputs()[0].shape[1]

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text. Texts of like length are batched together (less padding)."""
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for first in range(0, len(order), BATCH):
            chosen = order[first:first + BATCH]
            encodings = self.tokenizer.encode_batch([texts[i] for i in chosen])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            (vectors,) = self.session.run(None, {
                "input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
            out[chosen] = vectors
        return out
