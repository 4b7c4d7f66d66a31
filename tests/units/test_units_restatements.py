"""The general 亿 check: bare restatements ten times a priced figure, on a corpus written for it."""

from __future__ import annotations

import pytest
from restatements import DEV, HELD_OUT

import normalize
from normalize.units.checks import counts_things


def reported(text: str) -> list[str]:
    """The figures the document's unit findings sit on, in order."""
    result = normalize.clean(text)
    blocks = result.document.blocks
    return [blocks[f.block].text[f.start : f.end] for f in result.findings if f.kind == "unit_inconsistency"]


def test_the_corpus_is_large_and_has_decoys():
    docs = DEV + HELD_OUT
    assert len(docs) >= 40
    assert sum(1 for _, _, expected in docs if expected) >= 15
    assert sum(1 for _, _, expected in docs if not expected) >= 20


@pytest.mark.parametrize("name, text, expected", DEV, ids=[d[0] for d in DEV])
def test_every_tenfold_restatement_is_reported_and_nothing_else(name, text, expected):
    assert reported(text) == expected


def test_held_out_documents_score():
    # Scored once as written and never tuned on: 4 of 5 restatements found (the miss: "this 180
    # billion order", where "order" is read as a counted noun), no false report in 13 documents.
    expected = [(name, figure) for name, _, figures in HELD_OUT for figure in figures]
    found = [(name, figure) for name, text, _ in HELD_OUT for figure in reported(text)]
    assert not set(found) - set(expected)  # no false report
    assert len(set(found) & set(expected)) >= 4


def test_the_finding_names_both_figures_and_the_cause():
    result = normalize.clean(DEV[0][1])
    (finding,) = [f for f in result.findings if f.kind == "unit_inconsistency"]
    assert finding.data["check"] == "bare_restatement"
    assert finding.data["other"]["text"] == "$4.5 billion" and finding.data["ratio"] == 10.0
    assert "'45 billion'" in finding.message and "'$4.5 billion'" in finding.message
    assert "亿" in finding.data["likely_cause"]


@pytest.mark.parametrize(
    "after, counted",
    [
        (" monthly active users", True),
        ("-parameter model", True),
        (" light-years away", True),
        (" people", True),
        (", per the filing", False),
        (" in 2024", False),
        (" was spent", False),
        (". Users grew", False),  # the next sentence's noun is not this figure's
    ],
)
def test_counted_nouns_after_the_figure(after, counted):
    text = "45 billion" + after
    assert counts_things(text, len("45 billion")) is counted
