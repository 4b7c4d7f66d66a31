from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"

# Translation packages a developer has installed must not change what the tests see, and the
# tests must not write into the home folder: Argos Translate reads these when first imported
# (subprocesses inherit them). Tests that need a package install one into a folder of their own.
_ARGOS_HOME = Path(tempfile.mkdtemp(prefix="normalize-tests-argos-"))
atexit.register(shutil.rmtree, _ARGOS_HOME, ignore_errors=True)  # one left behind per run, before
os.environ["ARGOS_PACKAGES_DIR"] = str(_ARGOS_HOME / "packages")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_ARGOS_HOME / _var.lower())


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture(scope="session")
def normalizer():
    import normalize

    return normalize.Normalizer()


def assert_generator_reproduces(folder: Path, module: str, tmp_path: Path) -> None:
    """Run ``folder/module.py``'s ``write(tmp_path)`` and check it writes exactly the committed
    files of ``folder`` (so test data and its expected results cannot drift from their source)."""
    import importlib
    import sys

    sys.path.insert(0, str(folder))
    try:
        importlib.import_module(module).write(tmp_path)
    finally:
        sys.path.remove(str(folder))
    for written in sorted(tmp_path.iterdir()):
        if written.is_dir():
            got = {p.name: p.read_bytes() for p in written.iterdir()}
            assert got == {p.name: p.read_bytes() for p in (folder / written.name).iterdir()}, written.name
        else:
            assert written.read_bytes() == (folder / written.name).read_bytes(), written.name
