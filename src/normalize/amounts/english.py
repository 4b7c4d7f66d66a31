"""Amounts written in English: "$30 billion", "US$2.75bn", "€1.234,5 million", "5GW", "85%".

Numbers take any common grouping: "1,234.5", "1.234,5" and "1.234.567" (European), "1,5" before
a scale word. A lone ".ddd" is a decimal ("1.234 billion", "$1.234"), as English writers mean
it, except beside a currency word or code with no scale word ("12.500 USD"): thousands there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from normalize.amounts.quantity import Quantity
from normalize.resources import alternation, case_forms, caseless_alternation, metric_terms

NUMBER = (
    r"\d{1,3}(?:\.\d{3})+,\d+"  # 1.234,5
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d,])"  # 1.234.567
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,234.5
    r"|\d+,\d{1,2}(?![\d,])"  # 1,5 (decimal comma)
    r"|\d+(?:\.\d+)?"
)


_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def parse_number(text: str) -> float:
    """A number in any of the groupings of ``NUMBER``."""
    if "," not in text and text.count(".") < 2:  # "30", "2.75": most figures, as float reads them
        return float(text)
    if _DOT_GROUPED.fullmatch(text) and (text.count(".") > 1 or "," in text):
        return float(text.replace(".", "").replace(",", "."))
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    return float(text.replace(",", ""))


_ONE_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")


def parse_thousands(text: str) -> float:
    """A number beside a currency word or code: "12.500" is twelve thousand five hundred."""
    return float(text.replace(".", "")) if _ONE_DOT_GROUP.fullmatch(text) else parse_number(text)


@dataclass(frozen=True)
class _Terms:
    """The regex alternations of ``units.toml`` that the pattern and its anchors share."""

    symbols: str  # currency symbols
    words: str  # currency words, any case
    long_scales: str  # scale words ("billion", "bn"), any case; single letters are handled apart
    percent: str  # "percent" and "per cent", any case
    units: str  # SI unit symbols


def _long_scales(data: dict[str, Any]) -> list[str]:
    """The scale words ("billion", "bn"); single letters are handled apart."""
    return [s for s in data["scales"] if len(s) > 1]


@cache
def _terms() -> _Terms:
    data = metric_terms()
    return _Terms(
        symbols=alternation(list(data["currency_symbols"])),
        words=caseless_alternation(list(data["currency_words"])),
        long_scales=caseless_alternation(_long_scales(data)),
        percent=caseless_alternation(["percent", "per cent"]),
        units=alternation(data["si"]["units"]),
    )


@cache
def _pattern() -> re.Pattern[str]:
    t = _terms()
    symbols, words, long_scales, units, percent = t.symbols, t.words, t.long_scales, t.units, t.percent
    # Each part is optional, but a match needs a symbol, scale, unit or currency word (checked in
    # find): a regex that required one of them would need overlapping alternatives, which
    # backtrack; this one is linear.
    number = f"(?:{NUMBER})"
    scale = rf"(?:\s?(?:{long_scales})\b|[KMBT](?![\w]))"
    return re.compile(
        rf"(?<![\w.,$€£¥])(?P<approx>~\s?)?"
        rf"(?:(?P<sym>{symbols})\s?|(?P<pre>{words})\s)?"
        rf"(?<![\w.,])(?P<num>{number})(?P<scale>{scale})?"
        rf"(?:\s?[-–]\s?(?:{symbols})?(?P<num2>{number})(?P<scale2>{scale})?)?\+?"
        rf"(?P<unit>(?:\s?(?:{units}|%)|\s(?:{percent}))(?!\w))?"
        rf"(?:[- ](?P<post>{words})\b)?"
    )


def _scale_value(token: str | None) -> tuple[float, str | None]:
    if not token:
        return 1.0, None
    word = token.strip()
    return metric_terms()["scales"][word.lower()], word


@dataclass(frozen=True)
class _Anchors:
    """What must stand right before a figure (a currency symbol or word) or right after its digits
    (range dash, scale, unit, percent, currency word) for it to be an amount: a cheap test that
    spares the full pattern the many bare numbers ("in 2026", "ref 4471") of ordinary text."""

    before_reversed: re.Pattern[str]  # a symbol or word (and its space) ending a reversed window
    after: str  # a range, scale, unit or currency word after the digits: the scan's look-ahead
    reach: int  # the longest symbol or word before a figure, and its space
    last_chars: frozenset[str]  # the characters those symbols and words can end with


@cache
def _anchors() -> _Anchors:
    data, t = metric_terms(), _terms()
    symbols, words = list(data["currency_symbols"]), list(data["currency_words"])
    # What ends right before the digits is matched on the reversed window that ends there: one
    # anchored match, where a search for a match ending at the digits tries every start in the
    # window. Symbols and words are longest first, so the match is the longest, and so starts
    # where the leftmost forward match would (a symbol ends in a symbol, a word in a letter: at
    # most one of the two branches matches).
    reversed_symbols = alternation([w[::-1] for w in symbols])
    reversed_words = caseless_alternation([w[::-1] for w in words])
    after_firsts = set("-–KMBT%") | {u[0] for u in data["si"]["units"]}
    after_firsts |= _ignore_case_forms(w[0] for w in [*_long_scales(data), "percent", "per cent", *words])
    return _Anchors(
        before_reversed=re.compile(rf"\s?(?:{reversed_symbols})|\s(?:{reversed_words})"),
        # The first character is screened by one class: most runs of digits have no anchor.
        after=(
            rf"\+?\s?(?={_char_class(after_firsts)})(?:[-–]|[KMBT](?!\w)|(?:{t.units}|%)(?!\w)"
            rf"|(?:{t.long_scales}|{t.percent}|{t.words})\b)"
        ),
        reach=max(map(len, symbols + words)) + 1,
        last_chars=frozenset(w[-1] for w in symbols) | _ignore_case_forms({w[-1] for w in words}),
    )


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _ignore_case_forms(chars: Iterable[str]) -> frozenset[str]:
    """Every character an ignore-case pattern matches for one of ``chars``."""
    return frozenset(c for x in chars for c in case_forms(x))


def is_amount(m: re.Match[str]) -> bool:
    """Whether a match of the pattern is an amount: a figure needs a currency, scale or unit."""
    return any(m.group("sym", "pre", "post", "unit", "scale", "scale2"))


_APPROX_REACH = 2  # "~" and a space before a figure
_SUFFIX_REACH = 96  # the longest tail after a figure's digits: range, scale, unit, currency word


def _same_length_groups(words: list[str]) -> list[list[str]]:
    by_length: dict[int, list[str]] = {}
    for w in words:
        by_length.setdefault(len(w), []).append(w)
    return list(by_length.values())


@cache
def _anchored_runs(ascii_digits: bool) -> re.Pattern[str]:
    """The runs of digits (``\\d[\\d.,]*``, each whole) that have an anchor beside them: a
    currency symbol or word right before the digits (or one space before them), or a range, scale,
    unit or currency word after a run that ends in a digit. The regex engine visits every run;
    the Python loop in ``matches`` sees only these: a quarter of them in the bench's clean English.

    Look-behinds must have one width, so the symbols and words are grouped by length, and one
    class of their last characters screens them all. A run is only ever tried from its first
    digit: a digit after a digit is inside a run, and one after a "." or "," inside a run can
    have no symbol or word before it (none ends in one: ``metric_terms`` checks it) and has the
    run's own end, so it fails where its run did."""
    data, anchors = metric_terms(), _anchors()
    symbols, words = list(data["currency_symbols"]), list(data["currency_words"])
    digit = "[0-9]" if ascii_digits else r"\d"
    run_char = "[0-9.,]" if ascii_digits else r"[\d.,]"
    last = _char_class(anchors.last_chars)
    before = [
        rf"(?<=(?:{alternation(g)}){space}{digit})"
        for g in _same_length_groups(symbols)
        for space in ("", r"\s")
    ]
    before += [rf"(?<=(?:{caseless_alternation(g)})\s{digit})" for g in _same_length_groups(words)]
    return re.compile(
        rf"{digit}(?<!{digit}{digit})"
        rf"(?:(?:(?<={last}{digit})|(?<={last}\s{digit}))(?:{'|'.join(before)}){run_char}*+"
        rf"|{run_char}*+(?<={digit})(?={anchors.after}))"
    )


def matches(text: str, ascii_digits: bool | None = None) -> Iterator[re.Match[str]]:
    """The amounts among ``_pattern().finditer(text)`` (those ``is_amount`` keeps), found by
    visiting only the runs of digits with an anchor beside them: the full pattern is tried from
    where such a figure can start, bounded after it, instead of at every character of the text.
    ``ascii_digits`` says that every digit of ``text`` is 0-9, where the caller knows it."""
    pattern, anchors = _pattern(), _anchors()
    last_chars, reach, before_match = anchors.last_chars, anchors.reach, anchors.before_reversed.match
    pos = 0
    if ascii_digits is None:
        ascii_digits = text.isascii()
    for run in _anchored_runs(ascii_digits).finditer(text):
        start, end = run.span()
        if start < pos:
            continue
        # Where a figure with this number starts: at its currency symbol or word, where one
        # ends right before the digits or one space before them; else at the digits.
        first = start
        if not last_chars.isdisjoint(text[max(0, start - 2) : start]):
            before = before_match(text[max(0, start - reach) : start][::-1])
            if before:
                first = start - before.end()
        # Nothing else can start a match before its symbol, word or digits but "~" (a match
        # of an earlier number that runs into this one has a range dash: that run had an anchor
        # and its match moved ``pos`` past this one).
        if "~" in text[max(0, first - _APPROX_REACH) : first]:
            first = max(0, first - _APPROX_REACH)
        limit = min(len(text), end + _SUFFIX_REACH)
        m = pattern.search(text, max(pos, first), limit)
        while m is not None and m.end() <= start:  # a match wholly before this run
            if is_amount(m):
                yield m
            pos = m.end()
            m = pattern.search(text, pos, limit)
        if m is not None:
            if m.end() >= limit - 1 and limit < len(text):  # it may run past the bound: unbounded
                m = pattern.match(text, m.start()) or m
            if is_amount(m):
                yield m
            pos = m.end()


_FIELDS = ("approx", "sym", "pre", "num", "scale", "num2", "scale2", "unit", "post")


def find(text: str, ascii_digits: bool | None = None) -> list[Quantity]:
    """English amounts in ``text`` as ``Quantity`` objects (``ascii_digits`` as for ``matches``)."""
    data = metric_terms()
    out: list[Quantity] = []
    for m in matches(text, ascii_digits):
        # One call for all the groups: a figure reads most of them.
        approx, sym, pre, num, scale, num2, scale2, unit, post = m.group(*_FIELDS)
        mult1, written1 = _scale_value(scale)
        mult2, written2 = _scale_value(scale2)
        currency = data["currency_symbols"].get(sym) if sym else None
        if pre or post:
            currency = data["currency_words"][(pre or post).lower()]
        # "12.500 USD", "EUR 3.200": dots group thousands beside a currency word or code in any
        # language; only a symbol ("$12.500") or a scale word ("1.500 billion") makes it a decimal.
        read = parse_thousands if (pre or post) and not (scale or scale2) else parse_number
        value, low = read(num) * mult1, None
        if num2:
            low = value if written1 else read(num) * mult2
            value = read(num2) * mult2
        unit_symbol = unit.strip() if unit else None
        if unit_symbol and unit_symbol.lower() in ("percent", "per cent"):
            unit_symbol = "%"
        start = m.start("sym") if sym else m.start("pre") if pre else m.start("num")
        end = m.end()
        out.append(
            Quantity(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                lang="en",
                currency=currency,
                unit=unit_symbol,
                low=low,
                scale=written2 or written1,
                glued=bool(unit) and not unit[0].isspace(),
                approximate=bool(approx),
                number_end=m.end("num2") if num2 else m.end("num"),
                scale_end=max(m.end("scale"), m.end("scale2")),
                unit_start=m.end("unit") - len(unit.strip()) if unit else -1,
            )
        )
    return out
