"""The general 亿 check: bare restatements ten times a priced figure, on a corpus written for it."""

from __future__ import annotations

import pytest
from restatements import DEV, HELD_OUT, HELD_OUT_2

import normalize
from normalize.units.checks import counts_things


def reported(text: str) -> list[str]:
    """The figures the document's unit findings sit on, in order."""
    result = normalize.clean(text)
    blocks = result.document.blocks
    return [blocks[f.block].text[f.start : f.end] for f in result.findings if f.kind == "unit_inconsistency"]


def test_the_corpus_is_large_and_has_decoys():
    docs = DEV + HELD_OUT + HELD_OUT_2
    assert len(docs) >= 40
    assert sum(1 for _, _, expected in docs if expected) >= 15
    assert sum(1 for _, _, expected in docs if not expected) >= 20


@pytest.mark.parametrize("name, text, expected", DEV, ids=[d[0] for d in DEV])
def test_every_tenfold_restatement_is_reported_and_nothing_else(name, text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("name, text, expected", HELD_OUT, ids=[d[0] for d in HELD_OUT])
def test_the_first_held_out_set_now_seen(name, text, expected):
    # Scored once as written: 4 of 5 restatements, no false report; the miss ("this 180 billion
    # order", a singular noun read as a count) was then fixed.
    assert reported(text) == expected


def test_the_second_held_out_set():
    # Written after that fix and scored once; see the closing figures in docs/units.md.
    expected = [(name, figure) for name, _, figures in HELD_OUT_2 for figure in figures]
    found = [(name, figure) for name, text, _ in HELD_OUT_2 for figure in reported(text)]
    assert not set(found) - set(expected)  # no false report
    assert set(found) == set(expected)


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
        (" order", False),  # what the figure is worth, not what it counts
        ("-person team", True),
        (", per the filing", False),
        (" in 2024", False),
        (" was spent", False),
        (". Users grew", False),  # the next sentence's noun is not this figure's
    ],
)
def test_counted_nouns_after_the_figure(after, counted):
    text = "45 billion" + after
    assert counts_things(text, len("45 billion")) is counted
