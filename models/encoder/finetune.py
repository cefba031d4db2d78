"""Fine-tune the sentence encoder on the training split, then export it as encoder.onnx.

    python models/encoder/finetune.py        # in the build environment (see build_encoder.py)

all-MiniLM-L6-v2 was trained to place paraphrases together, not to tell a post that names a
client from one that names a cousin. This script teaches it the difference: the encoder and
a throw-away linear layer (one output per category, and one for "breaks any policy") are
trained together on the training split's units, labelled exactly as models/learned/train.py
labels them (sentences and whole posts; masked where a sentence is neither clearly in nor
out). The validation and test splits are never seen. Seeded; on the same machine and
library versions the output is the same file.

Then run models/learned/train.py, which fits the shipped heads on the new vectors.
"""

from __future__ import annotations

import math
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "learned"))

import build_encoder  # noqa: E402
import train as corpus  # noqa: E402

from postcheck.text.normalize import fold  # noqa: E402

EPOCHS = 4
BATCH = 32
LENGTH_POOL = 50  # batches' worth of shuffled texts sorted by length at a time (length_batches)
MAX_TOKENS = 96
ENCODER_LR = 4e-5
HEAD_LR = 2e-3
WARMUP = 0.1
THREADS = 2


def main() -> None:
    import numpy as np
    import torch
    from tokenizers import Tokenizer

    rng = random.Random(corpus.SEED)
    np.random.seed(corpus.SEED)
    torch.manual_seed(corpus.SEED)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)

    posts, _ = corpus.split_corpus()
    train_posts = [p for p in posts if p.split == "train"]
    units = corpus.build_units(train_posts)
    # The encoder reads text folded at run time (SentenceEncoder.embed), so it learns on folded text.
    texts = [fold(text) for text in units.texts]
    labels = torch.tensor(units.labels, dtype=torch.float32)
    mask = labels >= 0
    positives = (labels == 1).sum(0).clamp(min=1)
    negatives = ((labels == 0).sum(0)).clamp(min=1)
    pos_weight = (negatives / positives).sqrt()  # softened class balance

    tokenizer = Tokenizer.from_file(str(HERE / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    with tempfile.TemporaryDirectory() as tmp:
        bert = build_encoder.load_base_model(Path(tmp) / "minilm")
    bert.train()
    head = torch.nn.Linear(bert.config.hidden_size, labels.shape[1])
    optimiser = torch.optim.AdamW([
        {"params": bert.parameters(), "lr": ENCODER_LR},
        {"params": head.parameters(), "lr": HEAD_LR},
    ], weight_decay=0.01)
    steps = EPOCHS * math.ceil(len(texts) / BATCH)
    warmup = int(WARMUP * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / max(warmup, 1), max(0.0, (steps - s) / max(steps - warmup, 1))))
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)
    dropout = torch.nn.Dropout(0.1)

    step = 0
    for epoch in range(EPOCHS):
        total = 0.0
        for chosen in length_batches(texts, rng):
            encodings = tokenizer.encode_batch([texts[i] for i in chosen])
            ids = torch.tensor([e.ids for e in encodings])
            attention = torch.tensor([e.attention_mask for e in encodings])
            tokens = bert(input_ids=ids, attention_mask=attention,
                          token_type_ids=torch.zeros_like(ids)).last_hidden_state
            weights = attention.unsqueeze(-1).float()
            pooled = torch.nn.functional.normalize((tokens * weights).sum(1) / weights.sum(1), dim=1)
            logits = head(dropout(pooled) * 8.0)  # unit vectors are small: scale for the head
            loss = (loss_fn(logits, labels[chosen].clamp(min=0)) * mask[chosen]).sum() / mask[chosen].sum()
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(bert.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            total += loss.item() * len(chosen)
            step += 1
        print(f"epoch {epoch + 1}/{EPOCHS}: loss {total / len(texts):.4f} ({step} steps)", flush=True)

    build_encoder.export(bert)
    build_encoder.record_digests()
    build_encoder.record_reference_vectors()


def length_batches(texts: list[str], rng: random.Random) -> list[list[int]]:
    """Shuffled batches of texts of similar length: a sentence batched with whole posts would
    be padded to their length, and padding is most of the cost on a CPU."""
    order = list(range(len(texts)))
    rng.shuffle(order)
    pool = BATCH * LENGTH_POOL
    batches = []
    for first in range(0, len(order), pool):
        chunk = sorted(order[first:first + pool], key=lambda i: len(texts[i]))
        batches += [chunk[i:i + BATCH] for i in range(0, len(chunk), BATCH)]
    rng.shuffle(batches)
    return batches


if __name__ == "__main__":
    main()
