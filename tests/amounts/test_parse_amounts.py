"""The amount parser, table-driven: text -> value, currency, unit, normalized English, language."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from normalize.amounts import chinese, find_quantities, resolve_yen, vietnamese
from normalize.letters import has_only_ascii_letters

B, M, T = 1e9, 1e6, 1e12

# text, value, currency, unit, English, language
CASES = [
    # English: symbols, codes and words; scale words and letters; groupings
    ("$30 billion", 30 * B, "USD", None, "$30 billion", "en"),
    ("$30 Billion", 30 * B, "USD", None, "$30 billion", "en"),
    ("US$2.75 billion", 2.75 * B, "USD", None, "$2.75 billion", "en"),
    ("US$2.75bn", 2.75 * B, "USD", None, "$2.75 billion", "en"),
    ("$4B", 4 * B, "USD", None, "$4 billion", "en"),
    ("$150M", 150 * M, "USD", None, "$150 million", "en"),
    ("$200K", 200e3, "USD", None, "$200,000", "en"),
    ("$1.5T", 1.5 * T, "USD", None, "$1.5 trillion", "en"),
    ("$2 trillion", 2 * T, "USD", None, "$2 trillion", "en"),
    ("$3.00", 3.0, "USD", None, "$3", "en"),
    ("$1,234.50", 1234.5, "USD", None, "$1,234.5", "en"),
    ("$1B+", 1 * B, "USD", None, "$1 billion", "en"),
    ("€4bn", 4 * B, "EUR", None, "€4 billion", "en"),
    ("€1.234,5 million", 1234.5 * M, "EUR", None, "€1.2345 billion", "en"),
    ("1.234.567 euros", 1234567, "EUR", None, "€1.2346 million", "en"),
    ("£3bn", 3 * B, "GBP", None, "£3 billion", "en"),
    ("£250 million", 250 * M, "GBP", None, "£250 million", "en"),
    ("HK$5 billion", 5 * B, "HKD", None, "HK$5 billion", "en"),
    ("USD 5 billion", 5 * B, "USD", None, "$5 billion", "en"),
    ("5 billion USD", 5 * B, "USD", None, "$5 billion", "en"),
    ("5 billion US dollars", 5 * B, "USD", None, "$5 billion", "en"),
    ("30 billion dollars", 30 * B, "USD", None, "$30 billion", "en"),
    ("RMB 5 billion", 5 * B, "CNY", None, "5 billion yuan", "en"),
    ("CNY 12 million", 12 * M, "CNY", None, "12 million yuan", "en"),
    ("1,200 million yuan", 1.2 * B, "CNY", None, "1.2 billion yuan", "en"),
    ("8 billion renminbi", 8 * B, "CNY", None, "8 billion yuan", "en"),
    ("500 billion yen", 500 * B, "JPY", None, "500 billion yen", "en"),
    ("JPY 3 trillion", 3 * T, "JPY", None, "3 trillion yen", "en"),
    ("VND 2 trillion", 2 * T, "VND", None, "2 trillion dong", "en"),
    ("40 billion dong", 40 * B, "VND", None, "40 billion dong", "en"),
    ("EUR 7.5 million", 7.5 * M, "EUR", None, "€7.5 million", "en"),
    ("¥5 billion", 5 * B, "CNY|JPY", None, "¥5 billion", "en"),
    ("300 billion", 300 * B, None, None, "300 billion", "en"),
    ("300 Billion", 300 * B, None, None, "300 billion", "en"),
    ("~200B", 200 * B, None, None, "200 billion", "en"),
    ("1,5 million", 1.5 * M, None, None, "1.5 million", "en"),
    ("12,34 billion", 12.34 * B, None, None, "12.34 billion", "en"),
    ("1.234 billion", 1.234 * B, None, None, "1.234 billion", "en"),
    ("2 thousand", 2000, None, None, "2,000", "en"),
    ("128K", 128e3, None, None, "128,000", "en"),
    ("5 mn", 5 * M, None, None, "5 million", "en"),
    ("3 tn", 3 * T, None, None, "3 trillion", "en"),
    # English ranges: the value is the upper end
    ("$40-60 billion", 60 * B, "USD", None, "$60 billion", "en"),
    ("$18B-$30B", 30 * B, "USD", None, "$30 billion", "en"),
    # percentages and SI units
    ("85%", 85, None, "%", "85%", "en"),
    ("12.5 %", 12.5, None, "%", "12.5%", "en"),
    ("12 percent", 12, None, "%", "12%", "en"),
    ("7 per cent", 7, None, "%", "7%", "en"),
    # dots group thousands beside a currency word or code, in any language (issue 27)
    ("12.500 USD", 12500, "USD", None, "$12,500", "en"),
    ("USD 12.500", 12500, "USD", None, "$12,500", "en"),
    ("1.500 euros", 1500, "EUR", None, "€1,500", "en"),
    ("EUR 1.500 million", 1.5 * M, "EUR", None, "€1.5 million", "en"),  # a scale word: a decimal
    ("$1.500", 1.5, "USD", None, "$1.5", "en"),  # a symbol: a decimal, as English writes it
    # speed units
    ("120 mph", 120, None, "mph", "120 mph", "en"),
    ("120mph", 120, None, "mph", "120 mph", "en"),
    ("200 kph", 200, None, "kph", "200 kph", "en"),
    ("50 km/h", 50, None, "km/h", "50 km/h", "en"),
    ("5GW", 5, None, "GW", "5 GW", "en"),
    ("5 GW", 5, None, "GW", "5 GW", "en"),
    ("300 MW", 300, None, "MW", "300 MW", "en"),
    ("1.5 TWh", 1.5, None, "TWh", "1.5 TWh", "en"),
    ("250kWh", 250, None, "kWh", "250 kWh", "en"),
    ("3nm", 3, None, "nm", "3 nm", "en"),
    ("512GB", 512, None, "GB", "512 GB", "en"),
    ("2 TB", 2, None, "TB", "2 TB", "en"),
    ("3.2GHz", 3.2, None, "GHz", "3.2 GHz", "en"),
    ("400 Gbps", 400, None, "Gbps", "400 Gbps", "en"),
    ("10 billion kWh", 10 * B, None, "kWh", "10 billion kWh", "en"),
    # Chinese: digits and numerals, magnitudes, currencies, units
    ("300亿美元", 30 * B, "USD", None, "$30 billion", "zh"),
    ("1.2万亿元", 1.2 * T, "CNY", None, "1.2 trillion yuan", "zh"),
    ("9.3亿亿", 9.3e16, None, None, "93,000 trillion", "zh"),  # as in 9.3亿亿次 (a second)
    ("3.5亿港元", 350 * M, "HKD", None, "HK$350 million", "zh"),
    ("20亿港币", 2 * B, "HKD", None, "HK$2 billion", "zh"),
    ("三百亿元", 30 * B, "CNY", None, "30 billion yuan", "zh"),
    ("两千万美元", 20 * M, "USD", None, "$20 million", "zh"),
    ("三千五百万元", 35 * M, "CNY", None, "35 million yuan", "zh"),
    ("九十亿美元", 9 * B, "USD", None, "$9 billion", "zh"),
    ("90亿人民币", 9 * B, "CNY", None, "9 billion yuan", "zh"),
    ("人民币300亿元", 30 * B, "CNY", None, "30 billion yuan", "zh"),
    ("500万欧元", 5 * M, "EUR", None, "€5 million", "zh"),
    ("800万英镑", 8 * M, "GBP", None, "£8 million", "zh"),
    ("1000亿日元", 100 * B, "JPY", None, "100 billion yen", "zh"),
    ("10兆元", 10 * T, "CNY", None, "10 trillion yuan", "zh"),
    ("5千美元", 5000, "USD", None, "$5,000", "zh"),
    ("2,000亿元", 200 * B, "CNY", None, "200 billion yuan", "zh"),
    ("500美元", 500, "USD", None, "$500", "zh"),
    ("1亿", 100 * M, None, None, "100 million", "zh"),
    ("12万", 120e3, None, None, "120,000", "zh"),
    ("3百亿", 30 * B, None, None, "30 billion", "zh"),
    ("50兆瓦", 50, None, "MW", "50 MW", "zh"),
    ("5吉瓦", 5, None, "GW", "5 GW", "zh"),
    ("300千瓦时", 300, None, "kWh", "300 kWh", "zh"),
    ("7纳米", 7, None, "nm", "7 nm", "zh"),
    ("500亿千瓦时", 50 * B, None, "kWh", "50 billion kWh", "zh"),
    ("百分之五十", 50, None, "%", "50%", "zh"),
    ("百分之12.5", 12.5, None, "%", "12.5%", "zh"),
    # Vietnamese: dot grouping, comma decimals, magnitudes, currencies
    ("5 tỷ USD", 5 * B, "USD", None, "$5 billion", "vi"),
    ("2.000 tỷ đồng", 2 * T, "VND", None, "2 trillion dong", "vi"),
    ("1,5 triệu đồng", 1.5 * M, "VND", None, "1.5 million dong", "vi"),
    ("3 nghìn tỷ đồng", 3 * T, "VND", None, "3 trillion dong", "vi"),
    ("3 ngàn tỉ đồng", 3 * T, "VND", None, "3 trillion dong", "vi"),
    ("750 triệu VND", 750 * M, "VND", None, "750 million dong", "vi"),
    ("500.000 đồng", 500e3, "VND", None, "500,000 dong", "vi"),
    ("500.000 đ", 500e3, "VND", None, "500,000 dong", "vi"),
    ("3.200 đô la", 3200, "USD", None, "$3,200", "vi"),  # a Vietnamese currency word alone
    ("12.000 đô", 12000, "USD", None, "$12,000", "vi"),
    ("20 tỉ đô la Mỹ", 20 * B, "USD", None, "$20 billion", "vi"),
    ("2,5 tỷ đô", 2.5 * B, "USD", None, "$2.5 billion", "vi"),
    ("15 nghìn", 15e3, None, None, "15,000", "vi"),
    ("40 triệu", 40 * M, None, None, "40 million", "vi"),
    ("1.200 tỷ", 1.2 * T, None, None, "1.2 trillion", "vi"),
]


@pytest.mark.parametrize(
    ("text", "value", "currency", "unit", "english", "lang"), CASES, ids=[c[0] for c in CASES]
)
def test_parse(text, value, currency, unit, english, lang):
    (q,) = find_quantities(text)
    assert (q.text, q.currency, q.unit, q.english, q.lang) == (
        text.lstrip("~"),
        currency,
        unit,
        english,
        lang,
    )
    assert q.value == pytest.approx(value)


def test_enough_cases_in_each_language():
    langs = [c[5] for c in CASES]
    assert len(CASES) >= 80 and min(langs.count(x) for x in ("en", "zh", "vi")) >= 10


@pytest.mark.parametrize(
    "text",
    [
        "the B2B market",
        "GPT-4o",
        "TPU v5p",
        "in 2026",
        "a 10-year deal",
        "April 20, 2026",
        "Claude 3.5 Sonnet",
        "Fortune 500",
        "10,000 tỷ is not Vietnamese grouping",
    ],
)
def test_not_amounts(text):
    assert [q for q in find_quantities(text) if q.lang != "en" or q.currency or q.scale or q.unit] == []


def test_range_keeps_its_lower_end():
    (q,) = find_quantities("settle in the $40-60 billion range")
    assert (q.low, q.value, q.is_range) == (40e9, 60e9, True)


def test_amounts_in_running_text_in_order():
    text = "Vingroup raised 5 tỷ USD, Alibaba 300亿美元 and Acme $4B; power 5GW."
    assert [(q.text, q.lang) for q in find_quantities(text)] == [
        ("5 tỷ USD", "vi"),
        ("300亿美元", "zh"),
        ("$4B", "en"),
        ("5GW", "en"),
    ]


def test_yen_symbol_needs_the_document_to_decide():
    qs = find_quantities("¥5 billion")
    assert qs[0].currency == "CNY|JPY"
    assert resolve_yen(qs, "JPY")[0].english == "5 billion yen"
    assert find_quantities("¥5 billion", yen="CNY")[0].english == "5 billion yuan"


def test_mega_prefix_is_not_a_trillion():
    # 兆 before 瓦 is mega (MW); before 元 it is 10^12.
    assert [q.english for q in find_quantities("50兆瓦 and 10兆元")] == ["50 MW", "10 trillion yuan"]


@settings(max_examples=600, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [
                "$",
                "US$",
                "USD ",
                "~",
                "5",
                "1,234",
                "1.5",
                "-",
                " ",
                "billion",
                "B",
                "bn",
                "GW",
                "%",
                " dollars",
                "x",
                "B2B",
                "\n",
                "¥",
                "€",
                "a",
                "K",
                "–",
                "+",
                ".",
                ",",
                "9",
                " percent",
                " million",
                "HK$",
                "euros",
                "kWh",
                "—",
                "’",
                "٣",
            ]
        ),
        max_size=40,
    ).map("".join)
)
@example("~5B")
@example("~ 5%")
@example("about ~$5 and ~ $6 billion")
@example("~US$ 7bn")
@example("x~ USD 5")
@example("5-$10 and 5–US$10")
@example("xusd 5 billion")
@example("us dollars 5")
@example("US dollars  5")
@example("in 2026 by 5%, ~2026")
@example("5+% and 6+ dollars, 7+\u00a0GW, 8\u2003% and 9 PER CENT")
@example("5 Dollars, 6\tyuan, 7+-9 and 10 –12")
def test_number_guided_scan_equals_the_full_scan(text):
    from normalize.amounts import english
    from normalize.letters import has_only_ascii_letters

    full = [m.span() for m in english._pattern().finditer(text) if english.is_amount(m)]
    assert [m.span() for m in english.matches(text)] == full
    if has_only_ascii_letters(text):  # its digits are 0-9: the narrower run pattern must agree
        assert [m.span() for m in english.matches(text, ascii_digits=True)] == full


def test_long_texts_are_parsed_without_the_cache_and_give_the_same_amounts():
    from normalize.amounts import _find_quantities

    sentence = "Revenue reached $30 billion, up from 9 billion, and 5GW of capacity came online. "
    long_text = sentence * 80  # past the cached length
    _find_quantities.cache_clear()
    found = find_quantities(long_text)
    assert _find_quantities.cache_info().currsize == 0
    assert len(found) == 3 * 80
    assert [q.text for q in found[:3]] == [q.text for q in find_quantities(sentence)]
    assert found[3].start == len(sentence) + found[0].start


_CJK_PIECES = [
    "300",
    "1,234.5",
    "亿",
    "万",
    "美元",
    "元",
    "人民币",
    "百分之",
    "三百",
    "千瓦",
    "兆瓦",
    "兆",
    "US$",
    "¥",
    " ",
    "a",
    "5",
    "花",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CJK_PIECES), max_size=8).map("".join))
def test_chinese_pattern_lookahead_changes_no_match(text):
    # The leading lookahead only turns away positions where no match can start.
    pattern = chinese._pattern()
    source = pattern.pattern
    assert source.startswith("(?=[")
    bare = re.compile(source[source.index("])") + 2 :])
    assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
        (m.span(), m.groupdict()) for m in bare.finditer(text)
    ]


_VI_PIECES = [
    "5",
    " ",
    "tỷ",
    "TỶ",
    "Tỉ",
    "triệu",
    "TRIỆU",
    "nghìn",
    "ngàn",
    "đồng",
    "Đ",
    "đ",
    "vnd",
    "VnD",
    "ty",
    "à",
    "Zürich",
    "—",
    "’",
    "\u212a",
    "\u0130",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_VI_PIECES), max_size=6).map("".join))
def test_vietnamese_gate_is_the_word_search(text):
    words = vietnamese._gate().words
    expected = words.search(text.lower()) is not None
    assert vietnamese.may_hold_amounts(text) == expected
    assert vietnamese.may_hold_amounts(text, has_only_ascii_letters(text)) == expected


def test_vietnamese_gate_finds_ascii_words_with_i_or_k_as_str_lower_does(monkeypatch):
    # "İ" and the Kelvin sign lower to ASCII letters, so such words are not looked for in bytes.
    gate = vietnamese._gate()._replace(ascii_bytes=(), ascii_with_i_or_k=("kip",))
    monkeypatch.setattr(vietnamese, "_gate", lambda: gate)
    assert vietnamese.may_hold_amounts("5 \u212aIP—")
    assert not vietnamese.may_hold_amounts("5 KIT—")


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=40))
@example("no digits here")
@example("ref 4471")
@example("٣ and ３ are digits, but not ASCII ones")
def test_ascii_digit_test_is_the_character_class(text):
    import re

    from normalize.amounts import has_ascii_digit

    assert has_ascii_digit(text) == (re.search("[0-9]", text) is not None)
