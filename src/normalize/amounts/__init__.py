"""Amounts in English, Chinese and Vietnamese text: value, currency or unit, and English form.

``find_quantities`` is the one entry point. It runs the three language parsers and keeps, where
their matches overlap, the Chinese or Vietnamese reading (it is the more specific one: "2.000
tỷ đồng" is two trillion dong, not "2.000" followed by words). Every figure needs a scale, a
currency or a unit to count; a bare "2026" is not an amount.

The tables behind the parsers (scale words, currency symbols and words, SI units, Chinese and
Vietnamese magnitudes) live in ``rules/units.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from normalize.amounts import chinese, english, vietnamese
from normalize.amounts.format import english_amount, format_number
from normalize.amounts.quantity import Quantity
from normalize.letters import HAN, has_only_ascii_letters

__all__ = ["Quantity", "english_amount", "find_quantities", "format_number", "resolve_yen"]


def resolve_yen(quantities: list[Quantity], hint: str | None) -> list[Quantity]:
    """Give bare ¥ amounts the currency ``hint`` ("CNY" or "JPY") names; keep them open without one."""
    if hint not in ("CNY", "JPY"):
        return quantities
    return [q._replace(currency=hint) if q.currency == "CNY|JPY" else q for q in quantities]


_HAS_DIGIT = re.compile(r"\d")
# Every byte but the ASCII digits (UTF-8 writes other characters with bytes from 0x80 up): what
# deleting them leaves is the digits. Two passes in C cost half a character-class search.
_NOT_ASCII_DIGIT = bytes(b for b in range(256) if not 0x30 <= b <= 0x39)


def has_ascii_digit(text: str) -> bool:
    return bool(text.encode().translate(None, _NOT_ASCII_DIGIT))


# The cache holds block texts: long ones are parsed each time so that it stays a few megabytes.
_CACHED_TEXT_CHARS = 4096


def find_quantities(text: str, yen: str | None = None) -> tuple[Quantity, ...]:
    """Every amount in ``text``, in order, overlaps resolved; ``yen`` settles a bare ¥. The
    tuple is the cache's own: the stages read it several times and never change it."""
    if len(text) > _CACHED_TEXT_CHARS:
        return _parse_quantities(text, yen)
    return _find_quantities(text, yen)


@lru_cache(maxsize=2048)
def _find_quantities(text: str, yen: str | None) -> tuple[Quantity, ...]:
    # Cached: the units stage reads each block more than once (conversion, style, checks).
    return _parse_quantities(text, yen)


def _parse_quantities(text: str, yen: str | None) -> tuple[Quantity, ...]:
    # Cheap gates first: most text has no Chinese and no Vietnamese magnitude or dong. Text
    # whose letters are all ASCII (most blocks) holds no CJK, and its digits are 0-9, which
    # ``has_ascii_digit`` finds without a regex.
    plain = has_only_ascii_letters(text)
    has_cjk = not plain and HAN.search(text) is not None
    if not has_cjk and not (has_ascii_digit(text) if plain else _HAS_DIGIT.search(text)):
        return ()
    found = chinese.find(text) if has_cjk else []
    if vietnamese.may_hold_amounts(text, plain):
        found += vietnamese.find(text)
    if not found:  # most text: English amounts only, found in order and without overlaps
        return tuple(resolve_yen(english.find(text, plain), yen))
    specific: list[Quantity] = []
    for q in sorted(found, key=lambda q: (q.start, -q.end)):
        if not specific or q.start >= specific[-1].end:
            specific.append(q)
    # Both lists are sorted and free of overlaps, so one merge pass keeps this linear.
    kept = list(specific)
    i = 0
    for q in english.find(text, plain):
        while i < len(specific) and specific[i].end <= q.start:
            i += 1
        if i == len(specific) or q.end <= specific[i].start:
            kept.append(q)
    return tuple(resolve_yen(sorted(kept, key=lambda q: q.start), yen))
