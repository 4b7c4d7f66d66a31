"""Shipped rules and glossaries must be inside the built wheel, not only in the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_carries_rules_and_glossaries(tmp_path):
    pytest.importorskip("hatchling")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    (wheel,) = tmp_path.glob("normalize-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "normalize/rules/boilerplate.toml",
        "normalize/rules/function_words.tsv",
        "normalize/rules/scripts.toml",
        "normalize/rules/units.toml",
        "normalize/glossaries/zh-en.tsv",
        "normalize/glossaries/vi-en.tsv",
    ):
        assert needed in names
    # A normal (non-editable) install finds them through importlib.resources.
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    code = (
        "import normalize, normalize.glossary as g; assert normalize.__file__.startswith(sys.argv[1]);"
        "print(len(g.load_glossary()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import sys;" + code, str(target)],
        capture_output=True,
        env={"PYTHONPATH": str(target)},
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr.decode()
    assert int(out.stdout) > 50
