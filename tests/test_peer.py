"""Other projects' test suites (``../shared/peer``): each stage that wraps a library is never
worse than that library alone on the library's own cases, measured side by side in one run
(``scripts/peer_suites.py`` prints the same table)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from peer_suites import PEER, chardet_suite, ftfy_suite, realworld_suite, trafilatura_suite  # noqa: E402

pytestmark = pytest.mark.skipif(not PEER.is_dir(), reason=f"{PEER} is not there (it comes with ../shared)")


def test_ftfy_cases_as_ftfy_gets_them():
    result = ftfy_suite()
    assert result["cases"] == 151
    assert result["normalize"] == result["library"] == 151, result["differ"]


def test_chardet_files_no_worse_than_charset_normalizer_and_never_wrong_in_silence():
    result = chardet_suite()
    assert result["cases"] == 424
    assert result["normalize"] >= result["library"], result["differ"]
    assert result["wrong_without_finding"] == 0, [d for d in result["differ"] if not d["flagged"]]


def test_trafilatura_evaluation_pages_no_worse_than_trafilatura_and_never_markup_or_silent():
    # A third of the 990 pages (every third one) keeps the suite short; the script runs them all.
    result = trafilatura_suite(step=3)
    assert result["cases"] == 330
    assert result["normalize"] >= result["library"]
    assert result["pages_with_markup"] == 0
    assert result["empty_without_finding"] == 0


def test_trafilatura_realworld_assertions_all_hold():
    result = realworld_suite()
    assert result["cases"] >= 400
    assert result["normalize"] == result["cases"], result["differ"]
