"""A small but real Argos package, built offline: for tests and benchmarks, never for users.

No model can be downloaded here, so the tests and ``scripts/bench.py translate`` build one: a
SentencePiece model trained on the given lines, a CTranslate2 Transformer written through its
spec API with seeded random weights, ``metadata.json``, zipped as ``.argosmodel``. It goes
through the same install and translation code as a real package. Its output is noise (random
weights never stop on their own, so callers cap the decoding length), which is enough to test
the plumbing: what reaches the model, in what batches, and where its output lands.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

# OpenNMT's special tokens come first in an Argos model's vocabulary.
SPECIALS = ["<blank>", "<unk>", "<s>", "</s>"]


def train_sentencepiece(lines: list[str], vocab_size: int) -> bytes:
    """A unigram SentencePiece model trained on ``lines`` (as the model file's bytes)."""
    import sentencepiece

    buffer = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        bos_id=-1,
        eos_id=-1,
        unk_id=0,
        num_threads=1,
        minloglevel=2,
    )
    return buffer.getvalue()


def _fill_transformer(spec: Any, vocab_size: int, d_model: int, ffn: int, seed: int) -> None:
    """Seeded random weights for every variable of a Transformer spec."""
    import numpy as np

    rng = np.random.default_rng(seed)

    def rand(*shape: int) -> Any:
        return (rng.standard_normal(shape) / np.sqrt(shape[-1])).astype(np.float32)

    def norm(layer: Any) -> None:
        layer.gamma = np.ones(d_model, np.float32)
        layer.beta = np.zeros(d_model, np.float32)

    def linear(layer: Any, out: int, inp: int) -> None:
        layer.weight = rand(out, inp)
        layer.bias = np.zeros(out, np.float32)

    def attention(layer: Any, self_attention: bool) -> None:
        norm(layer.layer_norm)
        if self_attention:  # fused query/key/value, then the output projection
            linear(layer.linear[0], 3 * d_model, d_model)
            linear(layer.linear[1], d_model, d_model)
        else:  # query, fused key/value, output
            linear(layer.linear[0], d_model, d_model)
            linear(layer.linear[1], 2 * d_model, d_model)
            linear(layer.linear[2], d_model, d_model)

    def feed_forward(layer: Any) -> None:
        norm(layer.layer_norm)
        linear(layer.linear_0, ffn, d_model)
        linear(layer.linear_1, d_model, ffn)

    spec.encoder.embeddings[0].weight = rand(vocab_size, d_model)
    spec.decoder.embeddings.weight = rand(vocab_size, d_model)
    norm(spec.encoder.layer_norm)
    norm(spec.decoder.layer_norm)
    for layer in spec.encoder.layer:
        attention(layer.self_attention, True)
        feed_forward(layer.ffn)
    for layer in spec.decoder.layer:
        attention(layer.self_attention, True)
        attention(layer.attention, False)
        feed_forward(layer.ffn)
    linear(spec.decoder.projection, vocab_size, d_model)


def write_ctranslate2_model(
    out_dir: Path,
    vocabulary: list[str],
    layers: int = 2,
    d_model: int = 64,
    heads: int = 4,
    ffn: int = 128,
    quantization: str | None = None,
    seed: int = 0,
) -> None:
    """A CTranslate2 Transformer with random weights over ``vocabulary``, saved in ``out_dir``."""
    from ctranslate2.specs import transformer_spec

    spec = transformer_spec.TransformerSpec.from_config((layers, layers), heads)
    _fill_transformer(spec, len(vocabulary), d_model, ffn, seed)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization=quantization)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))


def build_package(
    out_file: Path,
    from_code: str,
    to_code: str,
    lines: list[str],
    vocab_size: int = 200,
    version: str = "1.0",
    min_vocabulary: int = 0,
    **model_options: Any,
) -> Path:
    """Write ``out_file`` (.argosmodel): metadata, SentencePiece model and CTranslate2 model.

    min_vocabulary: pad the model's vocabulary with filler entries up to this size, so that its
        output layer costs what a real model's does (a real one has some 32,000 entries).
    """
    import sentencepiece

    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    sp_bytes = train_sentencepiece(lines, vocab_size)
    processor = sentencepiece.SentencePieceProcessor(model_proto=sp_bytes)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    vocabulary = SPECIALS + [p for p in pieces if p not in SPECIALS]
    vocabulary += [f"▁filler{n}" for n in range(min_vocabulary - len(vocabulary))]
    metadata = {
        "package_version": version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": from_code,
        "to_code": to_code,
        "to_name": to_code,
        "type": "translate",
        "links": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp) / "model"
        write_ctranslate2_model(model_dir, vocabulary, **model_options)
        with zipfile.ZipFile(out_file, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{name}/metadata.json", json.dumps(metadata, indent=2))
            archive.writestr(f"{name}/sentencepiece.model", sp_bytes)
            for item in sorted(model_dir.iterdir()):
                archive.write(item, f"{name}/model/{item.name}")
    return out_file
