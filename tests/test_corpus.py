"""The evaluation corpus (tests/corpus): expected outputs, and the scores issue targets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import normalize
from conftest import assert_generator_reproduces

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
sys.path.insert(0, str(ROOT / "scripts"))
import evaluate  # noqa: E402

sys.path.remove(str(ROOT / "scripts"))


def test_corpus_size_and_make_up():
    categories = [d["category"] for d in MANIFEST]
    assert len(MANIFEST) >= 60
    assert categories.count("clean") * 3 >= len(MANIFEST)
    langs = {p["lang"] for d in MANIFEST for p in d["passages"]}
    assert {"vi", "zh", "ja", "ko", "ru", "es", "fr", "de"} <= langs
    encodings = {d["encoding"] for d in MANIFEST}
    assert {"cp1252", "latin-1", "gb18030", "shift_jis", "utf-16"} <= encodings


@pytest.mark.parametrize("entry", MANIFEST, ids=[d["name"] for d in MANIFEST])
def test_document_gives_its_expected_output(entry):
    result = normalize.clean_file(CORPUS / "docs" / f"{entry['name']}.txt")
    assert result.text == (CORPUS / "expected" / f"{entry['name']}.out").read_text(encoding="utf-8")


def test_committed_corpus_is_what_the_generator_writes(tmp_path):
    assert_generator_reproduces(CORPUS, "make_corpus", tmp_path)


def test_scores_meet_the_targets():
    s = evaluate.score(MANIFEST)
    assert s["foreign_passage_recall"] >= 0.98 and s["foreign_passage_precision"] >= 0.98, s["misses"]
    assert s["stray_term_recall"] >= 0.98, s["misses"]
    assert s["mojibake_repaired"] == 1.0 and s["unrepairable_flagged"] == 1.0, s["misses"]
    assert s["clean_document_damage"] == 0.0, s["misses"]


def test_detect_cli_gives_the_same_findings_as_the_library():
    sample = [
        next(d for d in MANIFEST if d["category"] == c)
        for c in dict.fromkeys(d["category"] for d in MANIFEST)
    ]
    assert evaluate.score(sample, use_cli=True)["counts"] == evaluate.score(sample)["counts"]


def test_findings_carry_language_code_confidence_and_evidence():
    result = normalize.clean_file(CORPUS / "docs" / "headline_es.txt")
    finding = next(f for f in result.findings if f.kind == "foreign_block")
    assert finding.data["lang"] == "es" and 0.9 <= finding.data["confidence"] <= 1.0
    assert finding.data["evidence"]["langdetect"]["lang"] == "es"
    vi = next(
        f
        for f in normalize.clean_file(CORPUS / "docs" / "headline_vi.txt").findings
        if f.kind == "foreign_block"
    )
    assert vi.data["evidence"]["vietnamese_words"] >= 2


def test_repaired_mojibake_is_recorded_and_unrepairable_text_flagged_with_its_span():
    fixed = normalize.clean_file(CORPUS / "docs" / "mojibake_cp1252.txt")
    assert any(c.stage == "repair" and "â€" in c.before for c in fixed.changes)
    broken = normalize.clean_file(CORPUS / "docs" / "unrepairable_1.txt")
    garbled = [f for f in broken.findings if f.kind == "garbled"]
    block = broken.document.blocks[garbled[0].block]
    assert [block.text[f.start : f.end] for f in garbled] == ["\ufffd\ufffd\ufffd\ufffd"]


def test_boilerplate_half_a_is_removed_and_no_body_line_is_lost():
    for policy in ("drop", "keep"):
        s = evaluate.boilerplate_score("A", policy)
        assert s["boilerplate_left"] <= 0.03, s["left"]
        assert s["body_lost"] == 0.0, s["lost"]
        assert s["counts"]["titles_recovered"] == s["counts"]["foreign_headlines"]


@pytest.mark.parametrize(
    "half, bounds",
    [
        # Half B is not used to write rules, but its misses were read, and so were C's to M's:
        # each at 0 left under both policies (issue 22 asks for 0.03) but L, whose last three
        # header phrasings stay (0.015 / 0.021; docs/evaluation.md says why). Half N was written
        # once M's misses had been read, before the changes made from them, and scored before
        # and once after them: 0.000 under drop, 0.006 under keep both times. The bounds hold
        # those figures so that they can only get better.
        ("B", {"drop": 0.005, "keep": 0.005}),
        ("C", {"drop": 0.005, "keep": 0.005}),
        ("D", {"drop": 0.005, "keep": 0.005}),
        ("E", {"drop": 0.005, "keep": 0.005}),
        ("F", {"drop": 0.005, "keep": 0.005}),
        ("G", {"drop": 0.005, "keep": 0.005}),
        ("H", {"drop": 0.005, "keep": 0.005}),
        ("I", {"drop": 0.005, "keep": 0.005}),
        ("J", {"drop": 0.005, "keep": 0.005}),
        ("K", {"drop": 0.005, "keep": 0.005}),
        ("L", {"drop": 0.02, "keep": 0.025}),
        ("M", {"drop": 0.005, "keep": 0.005}),
        ("N", {"drop": 0.005, "keep": 0.01}),
    ],
)
def test_boilerplate_wording_the_rules_never_saw(half, bounds):
    for policy, bound in bounds.items():
        s = evaluate.boilerplate_score(half, policy)
        assert s["boilerplate_left"] <= bound, s["left"]
        assert s["body_lost"] == 0.0, s["lost"]
        assert s["counts"]["titles_recovered"] == s["counts"]["foreign_headlines"]
