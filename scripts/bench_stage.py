"""One stage's time against another checkout's, in one run, the two taking turns.

    python scripts/bench.py stage --against f22a39b          # the clean stage before issue 22
    python scripts/bench.py stage --against HEAD~3 --stage detect --rounds 5 --json

Both checkouts time the same documents: the defect half of ``bench.build_corpus`` (built by this
checkout's generator), read, repaired and detected by each checkout's own code, then the stage
alone, the best of ``--passes`` passes over fresh copies with the garbage collector off and the
caches of per-text answers emptied before each (``bench.forget_results``, as bench.py does).
Each checkout runs in a process of its own (its ``src`` first on ``PYTHONPATH``), in turns,
``--rounds`` times; the best of each is compared. The other checkout is a temporary git
worktree, removed at the end. Nothing else should run on the machine meanwhile.
"""

from __future__ import annotations

import argparse
import copy
import gc
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("repair", "detect", "clean")


def time_stage(stage: str, megabytes: float, passes: int) -> float:
    """Best seconds of ``passes`` runs of ``stage`` over the corpus's defect half (in this
    process, with whichever ``normalize`` it imports)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench
    from normalize import read
    from normalize.config import Config

    config = Config()
    order = list(STAGES)
    modules = {name: importlib.import_module(f"normalize.{name}") for name in order}
    before = order[: order.index(stage)]
    docs = []
    for text in bench.build_corpus(megabytes)[1]:
        doc = read.run(text)
        for name in before:
            modules[name].run(doc, config)
        docs.append(doc)
    run = modules[stage].run

    def one_pass() -> float:
        fresh = [copy.deepcopy(d) for d in docs]
        bench.forget_results()  # as bench.py times its passes: no answer kept from the last one
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            for doc in fresh:
                run(doc, config)
            return time.perf_counter() - start
        finally:
            gc.enable()

    return bench.best_of(one_pass, passes)


def _child(tree: Path, args: argparse.Namespace) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree / "src"), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, __file__, "--child", "--stage", args.stage, "--mb", str(args.mb)]
    done = subprocess.run(
        [*cmd, "--passes", str(args.passes)], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"bench stage: the run in {tree} failed: {last}")
    return float(json.loads(done.stdout)["seconds"])


def _worktree(rev: str, where: Path) -> Path:
    tree = where / "against"
    done = subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["git failed"])[-1]
        raise SystemExit(f"bench stage: cannot check out {rev!r}: {why}")
    return tree


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench.py stage", description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", help="a git revision to compare with (required)")
    parser.add_argument("--stage", choices=STAGES, default="clean", help="the stage to time (default: clean)")
    parser.add_argument("--mb", type=float, default=4, help="corpus size as bench.py builds it (default: 4)")
    parser.add_argument("--passes", type=int, default=12, help="warm passes per run; the best counts")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each checkout, in turns")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps({"seconds": time_stage(args.stage, args.mb, args.passes)}))
        return
    if not args.against:
        parser.error("--against REV is required")
    with tempfile.TemporaryDirectory() as tmp:
        tree = _worktree(args.against, Path(tmp))
        try:
            runs: dict[str, list[float]] = {"this": [], "against": []}
            for _ in range(args.rounds):
                runs["against"].append(_child(tree, args))
                runs["this"].append(_child(ROOT, args))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    this, against = min(runs["this"]), min(runs["against"])
    fig = {
        "stage": args.stage,
        "against": args.against,
        "corpus_mb": args.mb,
        "this_ms": round(this * 1000, 1),
        "against_ms": round(against * 1000, 1),
        "ratio": round(this / against, 2),
        "runs_ms": {k: [round(v * 1000, 1) for v in vs] for k, vs in runs.items()},
    }
    if args.json:
        print(json.dumps(fig, indent=2))
        return
    print(
        f"{args.stage} stage over the defect half of a {args.mb:g} MB corpus, best of {args.passes} passes, "
        f"{args.rounds} rounds:\n  this checkout {fig['this_ms']} ms, {args.against} {fig['against_ms']} ms: "
        f"{fig['ratio']}x"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
