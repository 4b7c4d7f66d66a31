"""Amounts written in Vietnamese: "5 tỷ USD", "2.000 tỷ đồng", "1,5 triệu đồng", "500.000 đ".

Vietnamese groups thousands with dots and marks decimals with a comma (one or two digits, so an
English "10,000" is never read as Vietnamese). tỷ/tỉ is 10^9, triệu 10^6, nghìn/ngàn 10^3.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from normalize.amounts.quantity import Quantity
from normalize.letters import has_only_ascii_letters
from normalize.resources import alternation, metric_terms


def vietnamese_number(text: str) -> float:
    """``2.000`` (dots group thousands) or ``1,5`` (comma is the decimal mark)."""
    return float(text.replace(".", "").replace(",", "."))


@cache
def _pattern() -> re.Pattern[str]:
    data = metric_terms()["vietnamese"]
    mags = alternation(list(data["magnitudes"]))
    currencies = alternation(list(data["currencies"]))
    return re.compile(
        rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,2}})?|\d+(?:,\d{{1,2}})?)(?!\d|[.,]\d)\s?"
        rf"(?P<mag>(?:{mags})(?!\w))?"
        rf"(?:\s?(?P<cur>{currencies})(?!\w))?",
        re.IGNORECASE,
    )


class _Gate(NamedTuple):
    letters: re.Pattern[str]  # the non-ASCII letters of the words, for lowered text
    words: re.Pattern[str]  # the words, for lowered text
    # The ASCII words, as bytes to find in UTF-8 with ASCII letters lowered: ``str.lower`` works
    # through every character of a text with curly quotes or dashes. Only "İ" and the Kelvin
    # sign lower to ASCII letters ("i̇", "k"), so words with "i" or "k" are looked for in
    # ``str.lower`` text instead.
    ascii_bytes: tuple[bytes, ...]
    ascii_with_i_or_k: tuple[str, ...]


@cache
def _gate() -> _Gate:
    data = metric_terms()["vietnamese"]
    words = [
        *data["magnitudes"],
        *(c for c, code in data["currencies"].items() if code == "VND" or not c.isascii()),
    ]
    # Each non-ASCII word holds one of these letters: one character-class search (cheap, and
    # most text has none) comes before the word alternation.
    letters = sorted({c for w in words for c in w if not c.isascii()})
    ascii_words = [w.lower() for w in words if w.isascii()]
    # Case-sensitive on lowered text: an ignore-case search of non-ASCII words is five times slower.
    return _Gate(
        re.compile("[" + re.escape("".join(letters)) + "]"),
        re.compile(alternation(words)),
        tuple(w.encode() for w in ascii_words if not set(w) & {"i", "k"}),
        tuple(w for w in ascii_words if set(w) & {"i", "k"}),
    )


def may_hold_amounts(text: str, plain: bool | None = None) -> bool:
    """Cheap test: a Vietnamese amount needs a magnitude word, a dong currency or a Vietnamese
    currency word. ``plain`` is
    ``has_only_ascii_letters(text)`` where the caller knows it."""
    gate = _gate()
    if gate.ascii_bytes:
        lowered_bytes = text.encode().lower()
        for word in gate.ascii_bytes:  # a loop, not any(): one word, asked of every block
            if word in lowered_bytes:
                return True
    if gate.ascii_with_i_or_k and any(w in text.lower() for w in gate.ascii_with_i_or_k):
        return True
    # The other words hold letters outside ASCII, which text with only ASCII letters lacks.
    if plain if plain is not None else has_only_ascii_letters(text):
        return False
    lowered = text.lower()
    return gate.letters.search(lowered) is not None and gate.words.search(lowered) is not None


def find(text: str) -> list[Quantity]:
    """Vietnamese amounts in ``text`` as ``Quantity`` objects."""
    data = metric_terms()["vietnamese"]
    out: list[Quantity] = []
    for m in _pattern().finditer(text):
        mag, cur = m.group("mag"), m.group("cur")
        # A magnitude word makes it Vietnamese; a currency alone only with dong ("500.000 đồng")
        # or a Vietnamese currency word ("3.200 đô la"), since "5 USD" is as English as it is
        # Vietnamese.
        currency = data["currencies"][cur.lower()] if cur else None
        if not mag and currency != "VND" and (not cur or cur.isascii()):
            continue
        value = vietnamese_number(m.group("num")) * (data["magnitudes"][mag.lower()] if mag else 1)
        out.append(Quantity(m.start(), m.end(), m.group(0), value, "vi", currency=currency))
    return out
