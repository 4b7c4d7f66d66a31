"""Whole-document golden tests on the sample articles, and what the pipeline issue requires of each."""

from __future__ import annotations

import json
import re

import pytest

import normalize
from conftest import GOLDEN, SEEDS, seed
from normalize.amounts import find_quantities

HAN = re.compile(r"[\u4e00-\u9fff]")
VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_output_matches_golden(path, normalizer):
    result = normalizer.clean_file(path)
    assert result.text == (GOLDEN / f"{path.stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_findings_match_golden(path, normalizer):
    report = normalizer.clean_file(path).report()
    expected = json.loads((GOLDEN / f"{path.stem}.findings.json").read_text(encoding="utf-8"))
    assert report["metadata"] == expected["metadata"]
    assert report["findings"] == expected["findings"]


def test_000_footer_gone_body_intact_metadata_moved(normalizer):
    source = seed("000").read_text(encoding="utf-8")
    result = normalizer.clean_file(seed("000"))
    lines = result.text.splitlines()
    for gone in ("Related topics", "Archive", "Further Reading", "常见问题", "April 2026"):
        assert gone not in lines
    assert "related articles" not in result.text and "published articles" not in result.text
    assert not HAN.search(result.text)
    body = source[: source.index("\nRelated topics")].split("\n")[4:]
    for line in body:  # every body paragraph, heading and table row, unchanged
        assert line in lines
    assert result.metadata["date"] == "April 2026"
    assert result.metadata["tags"] == ["Anthropic", "Claude"]


def test_001_english_title_no_vietnamese_notice_gone(normalizer):
    result = normalizer.clean_file(seed("001"))
    lines = result.text.splitlines()
    assert (
        lines[0]
        == "Anthropic's Quiet Coup: How a Five-Year-Old Startup Became AI's Hidden Infrastructure Overlord"
    )
    assert not VIETNAMESE.search(result.text)
    assert "shown in English by default" not in result.text
    assert result.metadata["tags"] == ["Anthropic", "AI infrastructure", "constitutional AI"]
    source = seed("001").read_text(encoding="utf-8").split("\n")
    body = source[source.index("Technical Deep Dive") : source.index("Related topics")]
    assert "\n".join(body).strip() in result.text


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_clean_articles_unchanged_and_nothing_detected(prefix, normalizer):
    source = seed(prefix).read_text(encoding="utf-8")
    result = normalizer.clean_file(seed(prefix))
    assert result.findings == []
    # Both come back as they were: 003 writes "$17B" and "$115B" but once "$100 billion", and
    # money-scale harmonisation is off by default (an editor's choice, not a repair).
    assert result.text == source.rstrip("\n") + "\n"
    assert result.changes == []
    assert "Anthropic’s" in result.text or prefix == "002"  # curly quotes kept


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_no_figure_changes_value(path, normalizer):
    """Every amount in the output has the value and currency of an amount in the input."""
    source = {(q.value, q.currency, q.unit) for q in find_quantities(path.read_text(encoding="utf-8"))}
    for q in find_quantities(normalizer.clean_file(path).text):
        assert (q.value, q.currency, q.unit) in source, q.text


def test_004_glossary_and_units(normalizer):
    result = normalizer.clean_file(seed("004"))
    assert not HAN.search(result.text)
    assert "inflated revenue from cloud service credits" in result.text
    assert "a hundred-flowers-blooming exploration period" in result.text
    assert "💬" not in result.text and "Comments (0)" not in result.text
    flagged = {
        (f.block, result.document.blocks[f.block].text[f.start : f.end], f.data["other"]["text"])
        for f in result.findings
        if f.kind == "unit_inconsistency"
    }
    texts = sorted(t for _, t, _ in flagged)
    assert texts == ["300 Billion", "300 billion", "90 billion"]
    assert {other for _, _, other in flagged} == {"$30 billion"}
    # no figure changed: every amount of the input is still in the output
    source = seed("004").read_text(encoding="utf-8")
    for amount in re.findall(r"\$?\d[\d,.]*\+? ?(?:billion|Billion|GW)", source):
        assert amount in result.text


def test_detect_lists_every_defect():
    kinds = {p: {f.kind for f in normalize.detect(seed(p).read_bytes())} for p in ("000", "001", "004")}
    assert kinds["000"] == {"boilerplate", "metadata_line"}
    assert {"foreign_block", "boilerplate", "metadata_line", "untranslated"} <= kinds["001"]
    assert {"foreign_span", "unit_inconsistency", "boilerplate"} <= kinds["004"]
