"""Units stage: raw CJK/Vietnamese amounts converted, money figures checked against each other.

Figures are never rewritten here: a tenfold error is reported with both spans and a likely cause,
and a person decides. The commonest cause in translated articles is the Chinese unit 亿 (10^8)
rendered as "billion" (10^9): "300亿美元" is $30 billion, not "300 billion".
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import cache

from normalize.amounts import english_amount, raw_amounts
from normalize.config import Config
from normalize.glossary import glue_replacement
from normalize.model import TABLE, Block, Document, Edit, Finding, apply_edits
from normalize.resources import metric_terms

STAGE = "units"
_AMOUNT = re.compile(
    r"(?<![\w.,$€£])(?:(?P<cur>US\$|HK\$|\$|€|£)\s?)?"
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\+?\s?"
    r"(?P<scale>(?i:trillion|billion|million|thousand|tn|bn|mn)|[KMBT])\b"
    r"(?:[- ](?P<cur2>(?i:dollars?|yuan|euros?|usd|rmb|cny|vnd|dong))\b)?"
)
# "$40-60 billion": the currency of the range's first number carries over.
_RANGE_CURRENCY = re.compile(r"(US\$|HK\$|\$|€|£)\d+(?:\.\d+)?\s?[-–]\s?$")
_SENTENCE_BREAK = re.compile(r"[.!?;](?:\s|$)|\n")
_WINDOW_WORDS = 8


@dataclass(frozen=True)
class Amount:
    block: int
    start: int
    end: int
    text: str
    value: float
    currency: str | None
    metric: str | None
    sentence: int  # index of the sentence (or table row) inside the block


@cache
def _metric_matchers() -> list[tuple[str, bool, re.Pattern[str]]]:
    data = metric_terms()
    out = []
    for key, entry in data["metrics"].items():
        terms = sorted(entry["terms"], key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + r")\b", re.IGNORECASE)
        out.append((key, bool(entry.get("money", True)), pattern))
    return out


def is_money_metric(metric: str | None) -> bool:
    return any(key == metric and money for key, money, _ in _metric_matchers())


def metric_in(text: str) -> str | None:
    """The first metric (in the order of ``units.toml``, most specific first) named in ``text``."""
    for key, _money, pattern in _metric_matchers():
        if pattern.search(text):
            return key
    return None


def parse_amounts(text: str) -> list[tuple[re.Match[str], float, str | None]]:
    """Each amount with a scale word in ``text``: (match, value, ISO currency or None)."""
    currencies = metric_terms()["currencies"]
    scales = metric_terms()["scales"]
    out = []
    for m in _AMOUNT.finditer(text):
        value = float(m.group("num").replace(",", "")) * scales[m.group("scale").lower()]
        symbol = m.group("cur") or m.group("cur2")
        if symbol is None:
            rng = _RANGE_CURRENCY.search(text, max(0, m.start() - 16), m.start())
            symbol = rng.group(1) if rng else None
        out.append((m, value, currencies.get(symbol.lower()) if symbol else None))
    return out


def _window_before(sentence: str, offset: int) -> str:
    return " ".join(sentence[:offset].split()[-_WINDOW_WORDS:])


def amounts_in(block: Block, segment: str, offset: int, unit: int, metric: str | None) -> list[Amount]:
    """Amounts of one sentence or table cell starting at ``offset`` in the block.

    ``metric`` is the segment's own metric (a table's row or column); without one, each figure
    takes the metric named just before it, or else continues the one before it in the
    sentence: "reached $30 billion, up from 9 billion".
    """
    amounts: list[Amount] = []
    previous = metric
    for m, value, currency in parse_amounts(segment):
        found = metric or metric_in(_window_before(segment, m.start())) or previous
        previous = found
        start, end = offset + m.start(), offset + m.end()
        amounts.append(Amount(block.index, start, end, m.group(0), value, currency, found, unit))
    return amounts


def prose_amounts(block: Block) -> list[Amount]:
    """Amounts of a prose block, sentence by sentence."""
    bounds = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(block.text)] + [len(block.text)]
    return [
        amount
        for unit, (start, end) in enumerate(itertools.pairwise(bounds))
        for amount in amounts_in(block, block.text[start:end], start, unit, None)
    ]


def table_amounts(block: Block) -> list[Amount]:
    """Amounts of a Markdown table, each with the metric of its column header or row label."""
    amounts: list[Amount] = []
    offset = 0
    header: list[str] = []
    for row, line in enumerate(block.text.split("\n")):
        cells = line.strip().strip("|").split("|")
        if row == 0:
            header = cells
        elif not set(line.strip()) <= set("|-: "):
            cell_start = offset + line.index("|") + 1 if "|" in line else offset
            for col, cell in enumerate(cells):
                if col:
                    metric = metric_in(header[col] if col < len(header) else "") or metric_in(cells[0])
                    amounts.extend(amounts_in(block, cell, cell_start, row, metric))
                cell_start += len(cell) + 1
        offset += len(line) + 1
    return amounts


def power_of_ten(ratio: float) -> int | None:
    """The exponent when ``ratio`` is 10, 100, 1000 or 10000 (either way round), else None."""
    if ratio <= 0:
        return None
    exp = math.log10(ratio if ratio >= 1 else 1 / ratio)
    nearest = round(exp)
    return nearest if 1 <= nearest <= 4 and abs(exp - nearest) < 0.02 else None


def _partner(bare: Amount, candidates: list[Amount]) -> Amount:
    def key(c: Amount) -> tuple[bool, bool, int]:
        return (c.block != bare.block, power_of_ten(bare.value / c.value) is None, abs(c.block - bare.block))

    return min(candidates, key=key)


def currency_inconsistencies(amounts: list[Amount]) -> list[Finding]:
    """Bare money figures ("300 billion") where the same metric carries a currency elsewhere."""
    findings = []
    with_currency = [a for a in amounts if a.currency and a.metric]
    for bare in amounts:
        if bare.currency or not is_money_metric(bare.metric):
            continue
        candidates = [c for c in with_currency if c.metric == bare.metric and c.value != bare.value]
        if not candidates:
            continue
        other = _partner(bare, candidates)
        exp = power_of_ten(bare.value / other.value)
        if exp == 1 and bare.value > other.value:
            cause = "10^8 unit (亿) read as 10^9: the figure is likely ten times too large"
        elif exp:
            cause = f"figures differ by a factor of 10^{exp}: a magnitude unit was likely mistranslated"
        else:
            cause = (
                f"no currency, and the value does not match; read as 亿 (10^8) it would be "
                f"{english_amount(bare.value / 10, None)}"
            )
        findings.append(
            Finding(
                "unit_inconsistency",
                bare.block,
                bare.start,
                bare.end,
                f"{bare.text!r} ({(bare.metric or 'amount').replace('_', ' ')}) has no currency "
                f"where the same metric reads {other.text!r}; {cause}",
                {
                    "metric": bare.metric,
                    "value": bare.value,
                    "other": {
                        "block": other.block,
                        "start": other.start,
                        "end": other.end,
                        "text": other.text,
                        "value": other.value,
                        "currency": other.currency,
                    },
                    "ratio": round(bare.value / other.value, 6),
                    "likely_cause": cause,
                },
            )
        )
    return findings


def convert_raw_amounts(doc: Document, block: Block) -> None:
    """Rewrite Chinese and Vietnamese amounts in an English block into English, recorded."""
    edits = [
        Edit(
            a.start,
            a.end,
            glue_replacement(block.text, a.start, a.end, a.english),
            "units.convert_amount",
            f"{a.text!r} is {a.english}",
        )
        for a in raw_amounts(block.text)
    ]
    apply_edits(doc, block, edits, STAGE)


def run(doc: Document, config: Config) -> None:
    """Units stage entry point: convert raw amounts, collect amounts, report inconsistent figures."""
    for block in doc.live_blocks():
        if block.lang in ("en", None) and not block.text.isascii():
            convert_raw_amounts(doc, block)
    amounts: list[Amount] = []
    for block in doc.live_blocks():
        amounts.extend(table_amounts(block) if block.kind == TABLE else prose_amounts(block))
    for finding in currency_inconsistencies(amounts):
        doc.add_finding(finding)
