from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture(scope="session")
def normalizer():
    import normalize

    return normalize.Normalizer()
