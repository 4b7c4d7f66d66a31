"""``scripts/bench.py stage``: one stage timed against another checkout, in turns."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = [sys.executable, str(ROOT / "scripts" / "bench.py"), "stage"]


def _worktrees() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "worktree", "list"], capture_output=True, text=True).stdout


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs a git checkout: the other tree is a worktree")
def test_a_stage_is_timed_in_both_checkouts_and_the_worktree_goes():
    before = _worktrees()
    args = ["--against", "HEAD", "--mb", "0.05", "--passes", "1", "--rounds", "1", "--json"]
    done = subprocess.run([*BENCH, *args], capture_output=True, text=True, check=True)
    fig = json.loads(done.stdout)
    assert fig["stage"] == "clean" and fig["against"] == "HEAD"
    assert fig["this_ms"] > 0 and fig["against_ms"] > 0
    assert fig["ratio"] == pytest.approx(fig["this_ms"] / fig["against_ms"], rel=0.1)
    assert _worktrees() == before  # the temporary checkout is removed


def test_an_unknown_revision_is_one_line_and_a_failure():
    done = subprocess.run([*BENCH, "--against", "no-such-revision-here"], capture_output=True, text=True)
    assert done.returncode != 0
    assert done.stderr.strip().startswith("bench stage: cannot check out 'no-such-revision-here'")
    assert len(done.stderr.strip().splitlines()) == 1
