"""The README as a newcomer uses it: short, its test command is what CI runs, and every other
command in it runs as written, from a fresh copy of the repository with a fresh environment."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(README.read_text(encoding="utf-8")) if lang == language]


def test_readme_is_short():
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 250


def test_the_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    (test_command,) = [b.strip() for b in blocks("sh") if "pytest" in b]
    assert test_command == ci


def test_every_docs_link_resolves():
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(((?:docs/)[^)#]+)\)", text)
    assert len(links) >= 8
    for link in links:
        assert (ROOT / link).is_file(), link


def _fresh_copy(tmp_path: Path) -> Path:
    """The tracked files, as a clone has them (no .venv, no out/)."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    copy = tmp_path / "clone"
    for name in filter(None, files.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, copy / name)
    return copy


@pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs the git checkout"
)
def test_every_command_runs_as_written_from_a_fresh_clone(tmp_path):
    clone = _fresh_copy(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "NORMALIZE_DEBUG", "PYTHONPATH")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    shell = [b for b in blocks("sh") if "pytest" not in b]
    assert len(shell) >= 5
    for block in shell:  # in order: the main job first makes .venv and out/
        proc = subprocess.run(
            ["bash", "-e", "-c", block], cwd=clone, env=env, capture_output=True, timeout=900
        )
        assert proc.returncode == 0, (
            f"{block}\n{proc.stdout.decode()[-1500:]}\n{proc.stderr.decode()[-1500:]}"
        )
        if "--rules my-site.toml" in block:  # what the README says the site's file does
            assert proc.stdout.decode() == (
                "Port Strike Ends\n\nDockworkers went back to work on Monday after a nine-day strike.\n"
            )
    seeds = sorted(p.name for p in (clone / "seeds").glob("*.txt"))
    assert sorted(p.name for p in (clone / "out").glob("0*_*.txt")) == seeds  # the main job's outputs
    assert len((clone / "out" / "articles.clean.jsonl").read_text(encoding="utf-8").splitlines()) == len(
        seeds
    )
    # The Python examples, with this suite's interpreter (it has the ray extra; the fresh
    # environment above has the core install only, as the README says).
    printed = []
    for block in blocks("python"):
        proc = subprocess.run(
            [sys.executable, "-c", block], cwd=clone, env=env, capture_output=True, timeout=300
        )
        assert proc.returncode == 0, f"{block}\n{proc.stderr.decode()[-3000:]}"
        printed.append(proc.stdout.decode())
    library, ray_example = printed
    assert library.startswith("Inflated revenue grew to $30 billion last year.\n")
    assert ray_example.strip().endswith(f"{len(seeds)} articles, {len(seeds)} cleaned")
