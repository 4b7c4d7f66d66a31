"""Amounts written in Chinese: "300亿美元", "1.2万亿元", "三千五百万元", "50兆瓦", "百分之五十".

亿 is 10^8 and 万 is 10^4, so "300亿美元" is $30 billion; translated articles that render 亿 as
"billion" are ten times off. 兆 is 10^12 only before a currency (Taiwan and Japan use it so);
before 瓦 or 字节 it is the SI prefix mega.
"""

from __future__ import annotations

import re
from functools import cache

from normalize.amounts.quantity import Quantity
from normalize.resources import alternation, metric_terms

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMERALS = "零〇一二两三四五六七八九十百千"


def chinese_number(text: str) -> float:
    """``3.5``, ``1,200`` or ``三百二十`` as a number."""
    if text[0].isdigit():
        return float(text.replace(",", ""))
    total = num = 0
    for ch in text:
        if ch in _DIGITS:
            num = _DIGITS[ch]
        else:
            total += (num or 1) * _UNITS[ch]
            num = 0
    return float(total + num)


@cache
def _pattern() -> re.Pattern[str]:
    data = metric_terms()["chinese"]
    # 千 and 兆 are magnitudes only where no unit follows: 千瓦 is kW, 兆瓦 is MW.
    mags = alternation([m for m in data["magnitudes"] if m not in ("兆", "千")]) + "|千(?![瓦克])"
    currencies = alternation(list(data["currencies"]))
    units = alternation(list(data["units"]))
    # Every match starts with 百 (of 百分之), a prefix, a digit or a numeral: the lookahead turns
    # the many other positions away with one character test instead of the whole pattern.
    return re.compile(
        rf"(?=[\d百人美港UH$¥￥{_NUMERALS}])"
        rf"(?:百分之(?P<pct>\d+(?:\.\d+)?|[{_NUMERALS}]{{1,8}})"
        rf"|(?P<pre>人民币|美元|港币|US\$|HK\$|\$|¥|￥)?"
        rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{_NUMERALS}]{{1,8}})\s?"
        rf"(?P<mag>{mags}|兆(?=[美港欧日]?元|人民币|港币))?"
        rf"(?:(?P<cur>{currencies})|(?P<unit>{units}))?)"
    )


_PREFIX_CURRENCY = {"人民币": "CNY", "美元": "USD", "港币": "HKD", "US$": "USD", "HK$": "HKD", "$": "USD"}


def find(text: str) -> list[Quantity]:
    """Chinese amounts in ``text`` as ``Quantity`` objects."""
    data = metric_terms()["chinese"]
    out: list[Quantity] = []
    for m in _pattern().finditer(text):
        if m.group("pct"):
            value = chinese_number(m.group("pct"))
            out.append(Quantity(m.start(), m.end(), m.group(0), value, "zh", unit="%"))
            continue
        pre, mag, cur, unit = m.group("pre"), m.group("mag"), m.group("cur"), m.group("unit")
        numeral = not m.group("num")[0].isdigit()
        # Digits need a Chinese magnitude, currency or unit to be a Chinese amount ("5 GW" is
        # English); a prefix alone ("$300") is left to the English parser.
        if not (mag or cur or unit) and not (numeral and pre):
            continue
        value = chinese_number(m.group("num")) * (data["magnitudes"][mag] if mag else 1)
        currency = data["currencies"].get(cur) if cur else None
        if pre:
            currency = _PREFIX_CURRENCY.get(pre, "CNY|JPY" if cur is None else currency)
        out.append(
            Quantity(
                m.start(),
                m.end(),
                m.group(0),
                value,
                "zh",
                currency=currency,
                unit=data["units"][unit] if unit else None,
            )
        )
    return out
