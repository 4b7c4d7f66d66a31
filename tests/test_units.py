from __future__ import annotations

import pytest

import normalize
from normalize.units import parse_amounts, power_of_ten


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$30 billion", 30e9, "USD"),
        ("US$2.75 billion", 2.75e9, "USD"),
        ("€4bn", 4e9, "EUR"),
        ("300 Billion", 300e9, None),
        ("~200B", 200e9, None),
        ("$150M", 150e6, "USD"),
        ("1,200 million yuan", 1.2e9, "CNY"),
        ("$40-60 billion", 60e9, "USD"),
    ],
)
def test_parse_amounts(text, value, currency):
    (_m, parsed, cur), *_ = parse_amounts(text)[-1:]
    assert parsed == pytest.approx(value) and cur == currency


def test_no_amount_inside_words():
    assert parse_amounts("the B2B market and GPT-4o at 5GW") == []


def test_power_of_ten():
    assert power_of_ten(10) == 1 and power_of_ten(0.01) == 2 and power_of_ten(3) is None


def test_bare_tenfold_figure_reported_with_both_spans_and_not_changed():
    text = (
        "Revenue run rate reached $30 billion in March.\n\n"
        "| Metric | Value |\n|---|---|\n| Annualized revenue run rate | Approximately 300 billion |"
    )
    result = normalize.clean(text)
    (finding,) = [f for f in result.findings if f.kind == "unit_inconsistency"]
    assert finding.data["other"]["text"] == "$30 billion" and finding.data["ratio"] == 10
    assert "亿" in finding.message
    assert result.text == text + "\n"


def test_different_metrics_and_counts_are_not_compared():
    text = (
        "The model has over 100B parameters. Revenue reached $3 billion.\n"
        "| Model | Parameters (est.) |\n|---|---|\n| Big | ~200B |"
    )
    assert [f for f in normalize.clean(text).findings if f.kind == "unit_inconsistency"] == []
