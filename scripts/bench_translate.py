"""Benchmark: batched translation against per-block translation the way Argos Translate does it.

    python scripts/bench.py translate                 # 120 sentences, decoding capped at 48 tokens
    python scripts/bench.py translate --sentences 96 --json

Both run in this one process on the same synthetic model, sized like a real Argos model
(6+6 layers, d_model 512, 8 heads, FFN 2048, int8, a 32,000-entry vocabulary) with random
weights, built here because no model can be downloaded. Random weights never emit the end
token, so both paths decode exactly ``--cap`` tokens per sentence.

- per block (Argos Translate): one ``translate_batch`` call per block, its settings: beam 4,
  ``max_batch_size=32`` tokens, ``length_penalty=0.2``, scores returned;
- batched (normalize): every sentence in one ``translate_batch`` call through
  ``ArgosTranslator``, at normalize's default beam (2) and, to show what batching alone gives,
  at beam 4.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "công",
    "ty",
    "đã",
    "xây",
    "dựng",
    "một",
    "mạng",
    "lưới",
    "phụ",
    "thuộc",
    "thông",
    "qua",
    "kiểm",
    "soát",
    "kiến",
    "trúc",
    "mô",
    "hình",
    "chiến",
    "lược",
    "thâm",
    "nhập",
    "triển",
    "khai",
    "đám",
    "mây",
    "và",
    "ràng",
    "buộc",
    "hệ",
    "sinh",
    "thái",
    "tạo",
    "ra",
    "sự",
    "tập",
    "trung",
    "quyền",
    "lực",
    "trong",
    "năm",
    "nay",
    "doanh",
    "thu",
    "tăng",
    "mạnh",
    "nhờ",
    "nhu",
    "cầu",
    "về",
    "trí",
    "tuệ",
    "nhân",
    "tạo",
    "của",
    "các",
    "doanh",
    "nghiệp",
    "lớn",
    "nhỏ",
]


def make_sentences(n: int, seed: int = 7) -> list[list[str]]:
    """Deterministic Vietnamese-like sentences (12 to 30 words), grouped into blocks of 1 to 4."""
    rng = random.Random(seed)
    sentences = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "." for _ in range(n)
    ]
    blocks, at = [], 0
    while at < n:
        size = rng.randint(1, 4)
        blocks.append(sentences[at : at + size])
        at += size
    return blocks


def build_model_package(folder: Path, vocab: int) -> Path:
    """A real-sized synthetic vi->en package file in ``folder``."""
    from normalize.translate import synthetic

    lines = [" ".join(random.Random(i).sample(WORDS, 20)) for i in range(200)]
    return synthetic.build_package(
        folder / "vi_en.argosmodel",
        "vi",
        "en",
        lines,
        vocab_size=400,
        min_vocabulary=vocab,
        layers=6,
        d_model=512,
        heads=8,
        ffn=2048,
        quantization="int8",
        seed=3,
    )


def per_block(model_dir: Path, blocks: list[list[str]], cap: int) -> float:
    """Seconds for Argos Translate's way: one translate_batch call per block, its settings."""
    import ctranslate2
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_file=str(model_dir / "sentencepiece.model"))
    model = ctranslate2.Translator(
        str(model_dir / "model"), device="cpu", inter_threads=1, intra_threads=0, compute_type="auto"
    )
    start = time.perf_counter()
    for block in blocks:
        results = model.translate_batch(
            [sp.encode(s, out_type=str) for s in block],
            replace_unknowns=True,
            max_batch_size=32,
            batch_type="tokens",
            beam_size=4,
            num_hypotheses=1,
            length_penalty=0.2,
            return_scores=True,
            max_decoding_length=cap,
        )
        [sp.decode(r.hypotheses[0]) for r in results]
    return time.perf_counter() - start


def batched(blocks: list[list[str]], cap: int, beam: int) -> float:
    """Seconds for normalize's path: every sentence through ArgosTranslator in one call."""
    from normalize.config import Config
    from normalize.translate.argos import ArgosTranslator

    translator = ArgosTranslator(Config(max_decoding_length=cap, beam_size=beam))
    sentences = [s for block in blocks for s in block]
    translator.translate("vi", sentences[:1])  # load the model outside the timing, as above
    start = time.perf_counter()
    out = translator.translate("vi", sentences)
    assert len(out) == len(sentences)
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="bench.py translate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sentences", type=int, default=120, help="sentences to translate (default 120)")
    parser.add_argument("--cap", type=int, default=48, help="decoding length cap in tokens (default 48)")
    parser.add_argument("--vocab", type=int, default=32000, help="model vocabulary size (default 32000)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ARGOS_PACKAGES_DIR"] = str(Path(tmp) / "packages")
        from normalize.translate import packages

        info = packages.install(build_model_package(Path(tmp), args.vocab))
        blocks = make_sentences(args.sentences)
        n = sum(len(b) for b in blocks)
        seconds = {
            "per_block_beam4": per_block(info.path, blocks, args.cap),
            "batched_beam4": batched(blocks, args.cap, 4),
            "batched_default_beam2": batched(blocks, args.cap, 2),
        }
    fig = {
        "sentences": n,
        "blocks": len(blocks),
        "cap_tokens": args.cap,
        "cpu_cores": os.cpu_count(),
        **{f"{k}_sentences_per_s": round(n / v, 2) for k, v in seconds.items()},
        "ratio_batched_default": round(seconds["per_block_beam4"] / seconds["batched_default_beam2"], 2),
        "ratio_batched_beam4": round(seconds["per_block_beam4"] / seconds["batched_beam4"], 2),
    }
    if args.json:
        print(json.dumps(fig, indent=2))
        return
    print(
        f"{n} sentences in {len(blocks)} blocks, 6+6 layers d512 int8, "
        f"vocab {args.vocab}, cap {args.cap} tokens"
    )
    print("| path | sentences/s |\n|---|---|")
    print(f"| per block, Argos Translate's way (beam 4) | {fig['per_block_beam4_sentences_per_s']} |")
    print(f"| batched, beam 4 | {fig['batched_beam4_sentences_per_s']} ({fig['ratio_batched_beam4']}x) |")
    print(
        f"| batched, normalize default (beam 2) | {fig['batched_default_beam2_sentences_per_s']} "
        f"({fig['ratio_batched_default']}x) |"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
