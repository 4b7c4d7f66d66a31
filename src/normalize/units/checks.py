"""Consistency checks on money figures. They report, with both spans and a likely cause; they
never rewrite a figure, because only a person can tell which of two figures is wrong.

- bare figure: "Approximately 300 billion" where the same metric carries a currency elsewhere;
- same quantity: two mentions of one metric of one subject that differ by 10, 100 or 10,000;
- headline: a headline figure that no body figure confirms and one contradicts by such a factor;
- bare restatement: a figure with a scale word and nothing else ("around 45 billion, per the
  filing") where the document prices a figure exactly ten times smaller ("$4.5 billion"),
  whatever the metric words or subject. Only the factor ten: it is the 亿/billion slip, and a
  bare figure with no metric is too weak a sign for the other factors.

The commonest cause in translated articles is the Chinese unit 亿 (10^8) rendered as "billion"
(10^9): "300亿美元" is $30 billion, not "300 billion".
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import cache

from normalize.amounts import Quantity, english_amount
from normalize.model import Finding
from normalize.resources import metric_terms
from normalize.units.mentions import Mention, is_money_metric, shared_subjects

SUSPECT_EXPONENTS = (1, 2, 4)  # 亿 vs billion, 百万 or a decimal slip, a dropped 万
# Checks compare figures pairwise; an article has dozens of money figures, so a document with
# more than this many is checked on its first MAX_MENTIONS only, keeping the cost bounded.
MAX_MENTIONS = 400


def power_of_ten(a: float, b: float) -> int | None:
    """The exponent when ``a / b`` is 10, 100, 1000 or 10000 (either way round), else None."""
    if a <= 0 or b <= 0:
        return None
    exp = abs(math.log10(a) - math.log10(b))
    nearest = round(exp)
    return nearest if 1 <= nearest <= 4 and abs(exp - nearest) < 0.02 else None


def suspect_values(values: list[float]) -> frozenset[float]:
    """The values among ``values`` that differ from another by a factor ``SUSPECT_EXPONENTS``
    names: sorted by logarithm, each value looks only at the values a suspect distance above it,
    so a document with many figures costs n log n, not n squared."""
    ordered = sorted((math.log10(v), v) for v in set(values) if v > 0)
    logs = [log for log, _ in ordered]
    found: set[float] = set()
    for i, (low, value) in enumerate(ordered):
        for exp in SUSPECT_EXPONENTS:
            # A window a little wider than power_of_ten's tolerance; power_of_ten decides.
            j = bisect.bisect_left(logs, low + exp - 0.03, i + 1)
            while j < len(logs) and logs[j] < low + exp + 0.03:
                if power_of_ten(ordered[j][1], value) == exp:
                    found.update((value, ordered[j][1]))
                j += 1
    return frozenset(found)


def likely_cause(suspect: float, other: float) -> str:
    """What probably turned ``other`` into ``suspect``."""
    exp = power_of_ten(suspect, other)
    larger = suspect > other
    if exp == 1:
        if larger:
            return "10^8 unit (亿) read as 10^9: the figure is likely ten times too large"
        return "10^9 read as 10^8 (亿): the figure is likely ten times too small"
    if exp == 4:
        return "the Chinese unit 万 (10^4) was dropped or added"
    if exp == 2:
        return "a factor of 100: 百万 (10^6) and 亿 (10^8) confused, or a misplaced decimal point"
    if exp == 3:
        return "a factor of 1,000: million and billion confused"
    read_as_yi = english_amount(suspect / 10, None)
    return f"no currency, and the value does not match; read as 亿 (10^8) it would be {read_as_yi}"


def _finding(suspect: Mention, other: Mention, check: str, message: str) -> Finding:
    cause = likely_cause(suspect.q.value, other.q.value)
    return Finding(
        "unit_inconsistency",
        suspect.block,
        suspect.q.start,
        suspect.q.end,
        f"{message}; {cause}",
        {
            "check": check,
            "metric": suspect.metric,
            "value": suspect.q.value,
            "other": {**other.where, "value": other.q.value, "currency": other.q.currency},
            "ratio": round(suspect.q.value / other.q.value, 6),
            "likely_cause": cause,
        },
    )


def _label(m: Mention) -> str:
    return (m.metric or "amount").replace("_", " ")


def _compatible(a: Mention, b: Mention) -> bool:
    """Same metric of the same subject, in years that overlap (or are not given)."""
    if a.metric != b.metric or a.q.currency != b.q.currency:
        return False
    if a.years and b.years and not (a.years & b.years):
        return False
    return bool(shared_subjects(a, b))  # last: it judges words


def bare_figures(mentions: list[Mention]) -> list[Finding]:
    """Money figures without a currency where the same metric carries one elsewhere."""
    findings = []
    priced = [m for m in mentions if m.q.currency and m.metric and not m.q.is_range and m.q.value > 0]
    for bare in mentions:
        if bare.q.currency or bare.q.unit or bare.q.value <= 0 or not is_money_metric(bare.metric):
            continue
        candidates = [c for c in priced if c.metric == bare.metric and c.q.value != bare.q.value]
        if not candidates:
            continue
        other = min(
            candidates,
            key=lambda c: (
                c.block != bare.block,
                power_of_ten(bare.q.value, c.q.value) is None,
                abs(c.block - bare.block),
            ),
        )
        message = (
            f"{bare.q.text!r} ({_label(bare)}) has no currency where the same metric reads {other.q.text!r}"
        )
        findings.append(_finding(bare, other, "bare_figure", message))
    return findings


def same_quantity(mentions: list[Mention]) -> list[Finding]:
    """Mentions of one quantity, in different sentences, that differ by 10, 100 or 10,000.

    The finding goes on the figure whose value is in the minority among the mentions (the later
    one on a tie), once.
    """
    priced = [
        m
        for m in mentions
        if m.q.currency and is_money_metric(m.metric) and not m.q.is_range and not m.headline
    ]
    counts = Counter((m.metric, m.q.value) for m in priced)
    findings: dict[tuple[int, int], Finding] = {}
    for i, a in enumerate(priced):
        for b in priced[i + 1 :]:
            # The ratio first: it is pure arithmetic, and comparing subjects judges words.
            if power_of_ten(a.q.value, b.q.value) not in SUSPECT_EXPONENTS:
                continue
            if (a.block, a.sentence) == (b.block, b.sentence) or not _compatible(a, b):
                continue
            suspect, other = (
                (a, b) if counts[(a.metric, a.q.value)] < counts[(b.metric, b.q.value)] else (b, a)
            )
            key = (suspect.block, suspect.q.start)
            message = (
                f"{suspect.q.text!r} and {other.q.text!r} both give the {_label(suspect)} of "
                f"{', '.join(sorted(shared_subjects(suspect, other)))}"
            )
            findings.setdefault(key, _finding(suspect, other, "same_quantity", message))
    return list(findings.values())


def headline_figures(mentions: list[Mention]) -> list[Finding]:
    """Headline money figures that no body figure confirms and one contradicts by 10^k."""
    findings = []
    body = [m for m in mentions if not m.headline and m.q.currency and not m.q.is_range]
    for head in (m for m in mentions if m.headline and m.q.currency and not m.q.is_range):
        related = [
            b
            for b in body
            if b.q.currency == head.q.currency
            and (head.metric is None or b.metric == head.metric)
            and (not head.subjects or shared_subjects(head, b))
        ]
        if any(b.q.value == head.q.value for b in related):
            continue
        off = [b for b in related if power_of_ten(head.q.value, b.q.value) in SUSPECT_EXPONENTS]
        if off:
            message = f"the headline's {head.q.text!r} contradicts the body's {off[0].q.text!r}"
            findings.append(_finding(head, off[0], "headline", message))
    return findings


def check(mentions: list[Mention]) -> list[Finding]:
    """All consistency findings for a document's mentions (the first ``MAX_MENTIONS`` money ones)."""
    mentions = [m for m in mentions if m.q.currency or is_money_metric(m.metric)][:MAX_MENTIONS]
    return bare_figures(mentions) + same_quantity(mentions) + headline_figures(mentions)


# The words after a figure, up to the first punctuation (a hyphen joins: "45 billion-parameter").
_TOKEN_AFTER = re.compile(r"[^\W\d_][\w-]*|[^\s\w-]|\d+")
_WORDS_AFTER = 3


@cache
def counted_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in metric_terms()["counted_nouns"]["words"])


def counts_things(text: str, end: int) -> bool:
    """Whether one of the few words after a figure ending at ``end`` is a counted noun in the
    plural ("45 billion monthly active users"), or the singular hyphened to the figure ("a 45
    billion-parameter model"). A singular noun after a figure is what the figure buys or is
    worth ("this 180 billion order"), not what it counts."""
    words: list[str] = []
    for token in _TOKEN_AFTER.finditer(text, end, min(len(text), end + 80)):
        word = token.group(0)
        if not word[0].isalpha():
            break
        words.extend(w for w in word.lower().split("-") if w)
        if len(words) >= _WORDS_AFTER:
            break
    nouns = counted_nouns()
    if text[end : end + 1] == "-" and words and f"{words[0]}s" in nouns:
        return True
    return any(w in nouns for w in words[:_WORDS_AFTER])


def _value_key(value: float) -> str:
    return f"{value:.9g}"  # 4.2 * 1e9 and 42e9 / 10 are the same figure


def is_bare_scale_figure(q: Quantity) -> bool:
    """A figure with a spelled-out scale word ("billion", "bn") and no currency, unit or range."""
    scale = (q.scale or "").strip()
    return bool(len(scale) > 1 and not q.currency and not q.unit and not q.is_range and q.value > 0)


def bare_restatements(figures: list[tuple[int, str, Quantity]]) -> list[Finding]:
    """Bare scale figures (``is_bare_scale_figure``, no counted noun after) with a priced figure
    exactly ten times smaller anywhere in the document. ``figures``: (block, its text, figure)
    in document order."""
    bare = [(block, text, q) for block, text, q in figures if is_bare_scale_figure(q)]
    if not bare:  # most documents: no figure to compare
        return []
    priced: dict[str, tuple[int, Quantity]] = {}
    for block, _, q in figures:
        if q.currency and not q.is_range and q.value > 0:
            priced.setdefault(_value_key(q.value), (block, q))
    findings = []
    for block, text, q in bare:
        if counts_things(text, q.end):
            continue
        found = priced.get(_value_key(q.value / 10))
        if found is None:
            continue
        other_block, other = found
        cause = likely_cause(q.value, other.value)
        message = (
            f"{q.text!r} has no currency, unit or counted noun, and the document gives {other.text!r}, "
            f"exactly ten times smaller; {cause}"
        )
        where = {"block": other_block, "start": other.start, "end": other.end, "text": other.text}
        data = {
            "check": "bare_restatement",
            "metric": None,
            "value": q.value,
            "other": {**where, "value": other.value, "currency": other.currency},
            "ratio": 10.0,
            "likely_cause": cause,
        }
        findings.append(Finding("unit_inconsistency", block, q.start, q.end, message, data))
    return findings
