"""Chinese and Vietnamese amounts written inside English text, and their English form.

"300亿美元" is $30 billion (亿 = 10^8), "1.2万亿元" is 1.2 trillion yuan, "5 tỷ USD" is $5 billion,
"2.000 tỷ đồng" is 2 trillion dong (Vietnamese groups digits with dots).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_DIGITS = {
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
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_MAGNITUDES = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
    "兆": 1e12,
}
_CN_CURRENCIES = {
    "美元": "USD",
    "港元": "HKD",
    "人民币": "CNY",
    "元": "CNY",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
}
_VI_MAGNITUDES = {
    "nghìn tỷ": 1e12,
    "nghìn tỉ": 1e12,
    "ngàn tỷ": 1e12,
    "tỷ": 1e9,
    "tỉ": 1e9,
    "triệu": 1e6,
    "nghìn": 1e3,
    "ngàn": 1e3,
}
_VI_CURRENCIES = {"usd": "USD", "đô la mỹ": "USD", "đô": "USD", "đồng": "VND", "vnd": "VND"}

# 兆 is 10^12 only as money (兆元); before 瓦 or 字节 it is the SI prefix mega.
CHINESE_AMOUNT = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,8})\s?"
    r"(?P<mag>万亿|千亿|百亿|亿|千万|百万|万|兆(?=[美港欧日]?元|人民币))"
    r"(?P<cur>美元|港元|欧元|英镑|日元|人民币|元)?"
)
VIETNAMESE_AMOUNT = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})+|\d+(?:,\d{1,2})?)\s"
    r"(?P<mag>nghìn tỷ|nghìn tỉ|ngàn tỷ|tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)"
    r"(?:\s(?P<cur>USD|VND|đồng|đô la Mỹ|đô)(?!\w))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RawAmount:
    start: int
    end: int
    text: str
    value: float
    currency: str | None
    english: str


def chinese_number(text: str) -> float:
    """``3.5`` or ``三百二十`` as a number."""
    if text[0].isdigit():
        return float(text)
    total = num = 0
    for ch in text:
        if ch in _CN_DIGITS:
            num = _CN_DIGITS[ch]
        else:
            total += (num or 1) * _CN_UNITS[ch]
            num = 0
    return float(total + num)


def vietnamese_number(text: str) -> float:
    """``2.000`` (dots group thousands) or ``1,5`` (comma is the decimal mark, one or two digits,
    so an English ``10,000`` is never read as Vietnamese)."""
    return float(text.replace(".", "").replace(",", "."))


def english_amount(value: float, currency: str | None) -> str:
    """``3e10, "USD"`` -> ``$30 billion``."""
    for scale, word in (
        (1e12, " trillion"),
        (1e9, " billion"),
        (1e6, " million"),
        (1e3, " thousand"),
        (1, ""),
    ):
        if value >= scale or scale == 1:
            number = f"{value / scale:.3f}".rstrip("0").rstrip(".") + word
            break
    prefix = {"USD": "$", "HKD": "HK$", "EUR": "€", "GBP": "£"}.get(currency or "")
    if prefix:
        return prefix + number
    suffix = {"CNY": " yuan", "JPY": " yen", "VND": " dong"}.get(currency or "", "")
    return number + suffix


def raw_amounts(text: str) -> list[RawAmount]:
    """Chinese and Vietnamese amounts in ``text``, in order, with their English form."""
    found = []
    for m in CHINESE_AMOUNT.finditer(text):
        value = chinese_number(m.group("num")) * _CN_MAGNITUDES[m.group("mag")]
        currency = _CN_CURRENCIES.get(m.group("cur") or "")
        found.append(
            RawAmount(m.start(), m.end(), m.group(0), value, currency, english_amount(value, currency))
        )
    for m in VIETNAMESE_AMOUNT.finditer(text):
        value = vietnamese_number(m.group("num")) * _VI_MAGNITUDES[m.group("mag").lower()]
        currency = _VI_CURRENCIES.get((m.group("cur") or "").lower())
        found.append(
            RawAmount(m.start(), m.end(), m.group(0), value, currency, english_amount(value, currency))
        )
    return sorted(found, key=lambda a: a.start)
