"""Raw Chinese and Vietnamese amounts: parsed value, currency, English form (table-driven)."""

from __future__ import annotations

import pytest

import normalize
from normalize.amounts import raw_amounts

CASES = [
    # text, value, currency, English
    ("300亿美元", 30e9, "USD", "$30 billion"),
    ("1.2万亿元", 1.2e12, "CNY", "1.2 trillion yuan"),
    ("3.5亿港元", 3.5e8, "HKD", "HK$350 million"),
    ("三百亿元", 30e9, "CNY", "30 billion yuan"),
    ("两千万美元", 20e6, "USD", "$20 million"),
    ("90亿人民币", 9e9, "CNY", "9 billion yuan"),
    ("500万欧元", 5e6, "EUR", "€5 million"),
    ("10兆元", 10e12, "CNY", "10 trillion yuan"),
    ("5 tỷ USD", 5e9, "USD", "$5 billion"),
    ("2.000 tỷ đồng", 2e12, "VND", "2 trillion dong"),
    ("1,5 triệu đồng", 1.5e6, "VND", "1.5 million dong"),
    ("3 nghìn tỷ đồng", 3e12, "VND", "3 trillion dong"),
    ("750 triệu VND", 750e6, "VND", "750 million dong"),
]


@pytest.mark.parametrize(("text", "value", "currency", "english"), CASES)
def test_raw_amount(text, value, currency, english):
    (amount,) = raw_amounts(text)
    assert (amount.text, amount.currency, amount.english) == (text, currency, english)
    assert amount.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["a 50兆瓦 plant", "10,000 tỷ", "$30 billion", "5GW of 512GB"])
def test_not_raw_amounts(text):
    # 兆瓦 is megawatts; "10,000" is not Vietnamese grouping; English figures are not raw.
    assert raw_amounts(text) == []


def test_converted_inside_english_and_recorded():
    result = normalize.clean("Amazon committed 300亿美元 to the deal and Vingroup raised 5 tỷ USD in 2025.")
    assert result.text == "Amazon committed $30 billion to the deal and Vingroup raised $5 billion in 2025.\n"
    conversions = [(c.before, c.after) for c in result.changes if c.rule == "units.convert_amount"]
    assert conversions == [("5 tỷ USD", "$5 billion"), ("300亿美元", "$30 billion")]
    assert not [f for f in result.findings if f.kind == "untranslated"]


def test_glued_amount_gets_spaces():
    result = normalize.clean("The fund invested300亿美元last year in chip plants across the region.")
    assert result.text == "The fund invested $30 billion last year in chip plants across the region.\n"
