"""Benchmark: the pipeline against a naive baseline, per stage, jobs, streaming memory, start-up.

    python scripts/bench.py                 # full run: 20 MB corpus, 1 GB JSONL stream, folder batches
    python scripts/bench.py --mb 4 --jsonl-mb 50 --jobs-mb 10 --files 2000 --json   # a quick run
    python scripts/bench.py translate       # batched translation vs Argos's per-block way
    python scripts/bench.py batch           # folder batches only (scripts/bench_batch.py)
    python scripts/bench.py review          # a hostile document's review page (scripts/bench_review.py)
    python scripts/bench.py stage --against REV   # one stage against another checkout (bench_stage.py)

The corpus is built deterministically: the sample articles, varied (numbers and reference tags
changed so no two paragraphs are identical), and documents from ``tests/docgen.py`` carrying the
defect kinds (foreign headlines, glued terms, mojibake, invisible characters, entities, footers,
tables). Everything is measured in this one run; the baseline runs beside the pipeline on the
same sample, and the ratio is printed. Throughput is the best of five passes for both (caches of
per-text answers are emptied before each pipeline pass); --jobs 1 and --jobs 2 take the best of
five alternating runs each, and beside them one and two CPU-bound Python loops run at once show
the speed-up two processes can have on the machine at all.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the defect generator the tests use

import normalize  # noqa: E402
from normalize import read, render, repair, translate, units  # noqa: E402
from normalize.config import Config  # noqa: E402
from normalize.glossary import load_glossary  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from bench_batch import files_against_jsonl, folder_scaling  # noqa: E402
from bench_batch import rows as batch_rows  # noqa: E402


def varied(text: str, rng: random.Random) -> str:
    return "\n".join(
        f"{line} (ref {rng.randrange(10**6)})" if line.strip() else line for line in text.split("\n")
    )


def build_corpus(megabytes: float) -> tuple[list[str], list[str]]:
    """(clean English documents, defect documents), about ``megabytes`` MB each half."""
    from docgen import document

    rng = random.Random(0)
    gen = random.Random(1)
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
    clean_base = [seeds["002"], seeds["003"]]
    defect_base = [seeds["000"], seeds["001"], seeds["004"]]
    half = megabytes * 1e6 / 2
    clean: list[str] = []
    size = 0
    while size < half:
        clean.append(varied(rng.choice(clean_base), rng))
        size += len(clean[-1])
    defect: list[str] = []
    size = 0
    while size < half:
        defect.append(varied(rng.choice(defect_base), rng) if rng.random() < 0.3 else document(gen))
        size += len(defect[-1])
    return clean, defect


def mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


REPEATS = 5  # throughput is the best of this many passes, for the pipeline and the baseline alike


def best_of(run: Callable[[], float], repeats: int = REPEATS) -> float:
    """The fastest of ``repeats`` timings: other load on the machine only ever adds time."""
    return min(run() for _ in range(repeats))


def time_pipeline(texts: list[str]) -> float:
    n = normalize.Normalizer()
    n.clean(texts[0])  # rules and regexes loaded before the clock starts

    def one_pass() -> float:
        forget_results()
        start = time.perf_counter()
        for text in texts:
            n.clean(text)
        return time.perf_counter() - start

    return best_of(one_pass)


# Caches of per-text answers, by module: emptied before each timed pass. A name the code under
# test lacks (an older checkout, measured with PYTHONPATH for a comparison) is skipped.
_TEXT_CACHES = (
    ("normalize.amounts", "_find_quantities"),
    ("normalize.detect.language", "_langdetect_cached"),
    ("normalize.detect.words", "plain_word_counts"),
    ("normalize.detect.words", "latin_words"),
    ("normalize.detect.language", "_classify_script"),
    ("normalize.letters", "_punctuation_only_past_ascii"),
)


def forget_results() -> None:
    """Empty the caches that hold answers for texts (not the loaded rules and profiles), so that
    a later pass does not reuse what an earlier pass over the same texts worked out."""
    import importlib

    for module, name in _TEXT_CACHES:
        cached = getattr(importlib.import_module(module), name, None)
        if hasattr(cached, "cache_clear"):  # an older checkout may have the name, uncached
            cached.cache_clear()


def time_naive(texts: list[str]) -> float:
    """The baseline: ftfy on every paragraph, then langdetect on every paragraph."""
    import ftfy
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    with contextlib.suppress(LangDetectException):
        detect(ftfy.fix_text("profiles loaded before the clock starts"))

    def one_pass() -> float:
        start = time.perf_counter()
        for text in texts:
            for para in text.split("\n"):
                if para.strip():
                    fixed = ftfy.fix_text(para)
                    with contextlib.suppress(LangDetectException):
                        detect(fixed)
        return time.perf_counter() - start

    return best_of(one_pass)


def stage_seconds(texts: list[str]) -> dict[str, float]:
    detect_stage, clean_stage = sys.modules["normalize.detect"], sys.modules["normalize.clean"]
    config, glossary = Config(), load_glossary(())
    stages = {
        "read": None,
        "repair": lambda d: repair.run(d, config),
        "detect": lambda d: detect_stage.run(d, config),
        "clean": lambda d: clean_stage.run(d, config),
        "translate": lambda d: translate.run([d], config, glossary, None),
        "units": lambda d: units.run(d, config),
        "render": render.render_text,
    }
    totals = dict.fromkeys(stages, 0.0)
    for text in texts:
        start = time.perf_counter()
        doc = read.run(text)
        totals["read"] += time.perf_counter() - start
        for name, run in stages.items():
            if run is not None:
                start = time.perf_counter()
                run(doc)
                totals[name] += time.perf_counter() - start
    return totals


def write_jsonl(texts: list[str], path: Path, megabytes: float | None = None) -> float:
    """Write ``texts`` as JSONL (cycling until ``megabytes`` MB when given); returns MB written."""
    written, n = 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while (n < len(texts)) if megabytes is None else (written < megabytes * 1e6):
            line = json.dumps({"id": n, "text": texts[n % len(texts)]}, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return written / 1e6


def run_batch(src: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Run ``normalize batch --jsonl`` as a user does; returns (seconds, peak RSS of its process
    tree in MB, polled every 0.2 s)."""
    cmd = [sys.executable, "-m", "normalize", "batch", "--jsonl", str(src), "-o", str(out)]
    start = time.perf_counter()
    proc = subprocess.Popen([*cmd, "--jobs", str(jobs), "-q"])
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        # Wait for the exit itself, so that the time is not rounded up to the next poll.
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.2)
    if proc.returncode != 0:
        raise SystemExit(f"bench: batch run failed with exit {proc.returncode}")
    return time.perf_counter() - start, peak / 1e6


# A CPU-bound Python loop with no memory traffic and no I/O: what the machine gives two
# processes at once, whatever the program.
_LOOP = "x = 0\nfor i in range(10_000_000):\n    x += i"


def run_loops(n: int) -> float:
    """Wall seconds for ``n`` processes running ``_LOOP`` at once."""
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", _LOOP]) for _ in range(n)]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - start


def time_jobs(texts: list[str], repeats: int = REPEATS) -> dict[str, float]:
    """Seconds for ``normalize batch --jsonl --jobs 1`` and ``--jobs 2`` over ``texts`` (a fresh
    process each run), and for one and two CPU-bound loops, the best of ``repeats`` runs each.
    The four runs alternate, so that a slow spell of the machine does not fall on one of them
    only; the loops give the speed-up two processes can have on this machine at all."""
    best = dict.fromkeys(("jobs1", "jobs2", "loop1", "loop2"), float("inf"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        write_jsonl(texts, src)
        for _ in range(repeats):
            for n in (1, 2):
                best[f"jobs{n}"] = min(best[f"jobs{n}"], run_batch(src, Path(tmp) / "out.jsonl", n)[0])
                best[f"loop{n}"] = min(best[f"loop{n}"], run_loops(n))
    return best


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (OSError, ValueError):
            continue
    return total


def stream_rss(texts: list[str], megabytes: float, jobs: int) -> tuple[float, float, float]:
    """Peak RSS (MB) and MB/s of `normalize batch --jsonl` over ``megabytes`` MB of JSONL."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        written = write_jsonl(texts, src, megabytes)
        seconds, peak = run_batch(src, Path(tmp) / "out.jsonl", jobs)
        return peak, written / seconds, written


def compile_package() -> None:
    """Compile the package's bytecode, as ``pip install`` does for an installed package. Every
    timed ``normalize`` process then loads it, instead of compiling the sources again (about
    0.1 s each) where it is missing or stale, as in an editable install with
    PYTHONDONTWRITEBYTECODE set."""
    import compileall

    compileall.compile_dir(str(Path(normalize.__file__).parent), quiet=1)


def startup() -> tuple[float, float]:
    """Median wall time of ``normalize clean`` on the smallest seed, and of ``python -c pass``."""
    smallest = min((ROOT / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)

    def median(cmd: list[str]) -> float:
        runs = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    return median([sys.executable, "-m", "normalize", "clean", str(smallest)]), median(
        [sys.executable, "-c", "pass"]
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    parser.add_argument("--baseline-mb", type=float, default=0.5, help="sample the naive baseline runs on")
    parser.add_argument("--jsonl-mb", type=float, default=1024, help="JSONL streamed for the RSS figure")
    parser.add_argument(
        "--jobs-mb",
        type=float,
        default=40,
        help="defect documents (MB) for --jobs 1 against --jobs 2 (default 40: each run's fixed start-up "
        "cost, about 0.3 s, weighs too much on a smaller input)",
    )
    parser.add_argument("--files", type=int, default=10_000, help="small files compared with JSONL")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    import normalize.clean
    import normalize.detect  # noqa: F401

    compile_package()  # before any timed process: they time the pipeline, not the compiler
    clean, defect = build_corpus(args.mb)
    fig: dict[str, object] = {
        "corpus_mb": round(mb(clean) + mb(defect), 1),
        "documents": len(clean) + len(defect),
    }
    for name, texts in (("clean", clean), ("defect", defect)):
        seconds = time_pipeline(texts)
        fig[f"{name}_mb_s"] = round(mb(texts) / seconds, 2)
        fig[f"{name}_docs_s"] = round(len(texts) / seconds, 1)
    rng = random.Random(2)
    sample: list[str] = []
    size = 0.0
    for text in rng.sample(clean + defect, len(clean + defect)):
        if size >= args.baseline_mb:
            break
        sample.append(text)
        size += len(text.encode("utf-8")) / 1e6
    naive, ours = time_naive(sample), time_pipeline(sample)
    fig.update(
        baseline_sample_mb=round(mb(sample), 2),
        naive_mb_s=round(mb(sample) / naive, 3),
        pipeline_on_sample_mb_s=round(mb(sample) / ours, 2),
        speedup_vs_naive=round(naive / ours, 1),
    )
    fig["stage_seconds"] = {k: round(v, 2) for k, v in stage_seconds(defect).items()}
    # A larger input than the corpus's defect half shows how far the fixed cost of each run
    # (imports, warm-up) weighs on the speed-up: it is paid once whatever the input size.
    jobs_docs = build_corpus(2 * args.jobs_mb)[1]
    fig["jobs_mb"] = round(mb(jobs_docs), 1)
    seconds = time_jobs(jobs_docs)
    one, two = seconds["jobs1"], seconds["jobs2"]
    fig.update(jobs1_s=round(one, 2), jobs2_s=round(two, 2), jobs2_speedup=round(one / two, 2))
    fig["two_loops_speedup"] = round(2 * seconds["loop1"] / seconds["loop2"], 2)
    peak, rate, streamed = stream_rss(clean + defect, args.jsonl_mb, 2)
    fig.update(stream_mb=round(streamed), stream_peak_rss_mb=round(peak), stream_mb_s=round(rate, 2))
    fig.update(folder_scaling() | files_against_jsonl(args.files))
    cli, bare = startup()
    fig.update(
        startup_s=round(cli, 3), python_pass_s=round(bare, 3), startup_over_python_s=round(cli - bare, 3)
    )
    if args.json:
        print(json.dumps(fig, indent=2))
        return
    rows = [
        ("corpus", f"{fig['corpus_mb']} MB, {fig['documents']} documents"),
        ("pipeline, clean English", f"{fig['clean_mb_s']} MB/s, {fig['clean_docs_s']} docs/s"),
        ("pipeline, defect corpus", f"{fig['defect_mb_s']} MB/s, {fig['defect_docs_s']} docs/s"),
        (
            "naive baseline (ftfy + langdetect per paragraph)",
            f"{fig['naive_mb_s']} MB/s on {fig['baseline_sample_mb']} MB",
        ),
        (
            "pipeline on the same sample",
            f"{fig['pipeline_on_sample_mb_s']} MB/s: {fig['speedup_vs_naive']}x the baseline",
        ),
        ("time per stage, defect corpus (s)", ", ".join(f"{k} {v}" for k, v in fig["stage_seconds"].items())),  # type: ignore[attr-defined]
        (
            f"--jobs 1 / --jobs 2 ({fig['jobs_mb']} MB of defect documents)",
            f"{fig['jobs1_s']} s / {fig['jobs2_s']} s: {fig['jobs2_speedup']}x",
        ),
        ("two CPU-bound loops at once vs one (the machine's ceiling)", f"{fig['two_loops_speedup']}x"),
        (
            f"streaming {fig['stream_mb']} MB JSONL, --jobs 2",
            f"peak RSS {fig['stream_peak_rss_mb']} MB, {fig['stream_mb_s']} MB/s",
        ),
        *batch_rows(fig, 300, 1200),  # type: ignore[arg-type]
        (
            "start-up: normalize clean (smallest seed)",
            f"{fig['startup_s']} s vs python -c pass {fig['python_pass_s']} s",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"| {'measure'.ljust(width)} | result |\n|{'-' * (width + 2)}|---|")
    for label, value in rows:
        print(f"| {label.ljust(width)} | {value} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["translate"]:
        from bench_translate import main as bench_translate

        bench_translate(sys.argv[2:])
    elif sys.argv[1:2] == ["batch"]:
        from bench_batch import main as bench_batch

        bench_batch(sys.argv[2:])
    elif sys.argv[1:2] == ["stage"]:
        from bench_stage import main as bench_stage

        bench_stage(sys.argv[2:])
    elif sys.argv[1:2] == ["review"]:
        from bench_review import main as bench_review

        bench_review(sys.argv[2:])
    else:
        main()
