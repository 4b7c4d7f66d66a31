"""Folder batches: how time grows with the number of files, and files against JSONL.

    python scripts/bench.py batch            # 300 vs 1,200 files; 10,000 files vs the same as JSONL
    python scripts/bench.py batch --files 2000 --json

Each figure is the best of a few runs of ``normalize batch`` as a user runs it (a fresh process,
``--jobs 2``, ``-q``), into a fresh output folder each time. The small files are generated
documents from ``tests/docgen.py`` (a few KB each, with every defect kind).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def small_documents(count: int) -> list[str]:
    from docgen import documents

    return documents(count, seed=11)


def write_files(texts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True)
    for n, text in enumerate(texts):
        (folder / f"doc{n:05}.txt").write_text(text, encoding="utf-8")


def timed(cmd: list[str], out: Path, repeats: int) -> float:
    """Best wall time of ``repeats`` runs, each into an empty ``out``."""
    best = float("inf")
    for _ in range(repeats):
        if out.exists():
            shutil.rmtree(out) if out.is_dir() else out.unlink()
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def batch_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "normalize", "batch", *args, "--jobs", "2", "-q"]


def folder_scaling(small: int = 300, large: int = 1200, repeats: int = 3) -> dict[str, float]:
    """Seconds for ``small`` and ``large`` files (4x by default) and the ratio of the two."""
    texts = small_documents(large)
    fig: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (small, large):
            src = Path(tmp) / f"in{n}"
            write_files(texts[:n], src)
            fig[f"files_{n}_s"] = round(
                timed(batch_cmd(str(src), "-o", str(Path(tmp) / "out")), Path(tmp) / "out", repeats), 2
            )
    fig["files_ratio"] = round(fig[f"files_{large}_s"] / fig[f"files_{small}_s"], 2)
    fig["count_ratio"] = large / small
    return fig


def files_against_jsonl(count: int = 10_000, repeats: int = 2) -> dict[str, float]:
    """Documents per second for ``count`` files into a folder, and for the same texts as one
    JSONL file into one JSONL file."""
    texts = small_documents(count)
    with tempfile.TemporaryDirectory() as tmp:
        src, jsonl = Path(tmp) / "in", Path(tmp) / "in.jsonl"
        write_files(texts, src)
        jsonl.write_text(
            "".join(json.dumps({"id": n, "text": t}) + "\n" for n, t in enumerate(texts)), encoding="utf-8"
        )
        files_s = timed(batch_cmd(str(src), "-o", str(Path(tmp) / "out")), Path(tmp) / "out", repeats)
        jsonl_s = timed(
            batch_cmd("--jsonl", str(jsonl), "-o", str(Path(tmp) / "out.jsonl")),
            Path(tmp) / "out.jsonl",
            repeats,
        )
    return {
        "many_files": count,
        "many_files_docs_s": round(count / files_s, 1),
        "same_as_jsonl_docs_s": round(count / jsonl_s, 1),
        "files_vs_jsonl": round(jsonl_s / files_s, 2),
    }


def rows(fig: dict[str, float], small: int, large: int) -> list[tuple[str, str]]:
    return [
        (
            f"folder batch, {small} vs {large} small files (--jobs 2)",
            f"{fig[f'files_{small}_s']} s / {fig[f'files_{large}_s']} s: {fig['files_ratio']}x the time "
            f"for {fig['count_ratio']:.0f}x the files",
        ),
        (
            f"folder batch, {int(fig['many_files'])} small files vs the same as JSONL",
            f"{fig['many_files_docs_s']} vs {fig['same_as_jsonl_docs_s']} docs/s: {fig['files_vs_jsonl']}x",
        ),
    ]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=300, help="files in the smaller folder (default 300)")
    parser.add_argument(
        "--files", type=int, default=10_000, help="files compared with JSONL (default 10,000)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    fig = folder_scaling(args.small, 4 * args.small) | files_against_jsonl(args.files)
    if args.json:
        print(json.dumps(fig, indent=2))
        return
    for label, value in rows(fig, args.small, 4 * args.small):
        print(f"| {label} | {value} |")


if __name__ == "__main__":
    main(sys.argv[1:])
