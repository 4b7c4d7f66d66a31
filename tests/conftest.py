from __future__ import annotations

import os
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
os.environ["ARGOS_PACKAGES_DIR"] = str(_ARGOS_HOME / "packages")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_ARGOS_HOME / _var.lower())


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture(scope="session")
def normalizer():
    import normalize

    return normalize.Normalizer()
