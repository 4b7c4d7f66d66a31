"""Every amount of a document in its context: metric, subject, years, sentence or table row.

Two figures are mentions of the same quantity when they measure the same metric ("annualized
revenue run rate", "valuation") of the same subject (a proper noun near the figure: "Anthropic")
in compatible years. A table figure takes its metric and subject from its row label and column
header, so tables are compared with the prose around them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from normalize.amounts import Quantity, find_quantities
from normalize.model import HEADING, TABLE, Block, Document
from normalize.resources import alternation, bounded_alternation, function_words, metric_terms
from normalize.units.figures import QuantitiesOf, parse_block

_SENTENCE_BREAK = re.compile(r"[.!?;](?:\s|$)|\n")
_WINDOW_BEFORE = 8
_WINDOW_AFTER = 3
# "\b(?:19|20)\d\d\b", written so that the engine finds its first character by a class scan: the
# look-behind after "19" or "20" is the "\b" before them.
_YEAR = re.compile(r"(?:19|20)(?<!\w\d\d)\d\d\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&-]*")
# The words of ``_WORD`` that start with a capital, found without the others: a word starts at
# the first letter of a run of word characters, so only digits, "&" and "-" may precede it there.
_CAPITALISED_WORD = re.compile(r"(?<![A-Za-z0-9&-])[0-9&-]*([A-Z][A-Za-z0-9&-]*)")
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@dataclass(frozen=True)
class Mention:
    q: Quantity  # offsets inside the block's text
    block: int
    metric: str | None
    words: tuple[str, ...]  # the capitalised words of its context: its subjects among them
    nouns: ProperNouns = field(compare=False, repr=False)  # the document's judge of those words
    years: frozenset[str]
    sentence: int  # sentence (or table row) number inside the block
    table: bool = False
    headline: bool = False

    @property
    def where(self) -> dict[str, object]:
        return {"block": self.block, "start": self.q.start, "end": self.q.end, "text": self.q.text}

    @property
    def subjects(self) -> frozenset[str]:
        """The proper nouns of its context ("Anthropic"), judged when first asked for."""
        return self.nouns.among(self.words)


def shared_subjects(a: Mention, b: Mention) -> frozenset[str]:
    """The subjects of both: only the words both contexts hold are judged, so the many mentions
    never compared with another cost no judgement."""
    theirs = set(b.words)
    return a.nouns.among([w for w in a.words if w in theirs])


def _term_patterns(terms: list[str] | set[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """An ignore-case pattern for any of ``terms``, and a case-sensitive one for lowered ASCII
    text (several times faster, the engine scanning for the terms' first letters; the same
    answer there when the terms are ASCII, else None)."""
    ignore_case = re.compile(r"\b(?:" + alternation(terms) + r")\b", re.IGNORECASE)
    if not all(t.isascii() for t in terms):
        return ignore_case, None
    return ignore_case, re.compile(bounded_alternation({t.lower() for t in terms}))


@cache
def _metric_matchers() -> list[tuple[str, bool, tuple[re.Pattern[str], re.Pattern[str] | None]]]:
    out = []
    for key, entry in metric_terms()["metrics"].items():
        out.append((key, bool(entry.get("money", True)), _term_patterns(entry["terms"])))
    return out


@cache
def _money_metrics() -> frozenset[str]:
    return frozenset(key for key, money, _ in _metric_matchers() if money)


def is_money_metric(metric: str | None) -> bool:
    return metric in _money_metrics()


@cache
def _any_metric() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    return _term_patterns({t for e in metric_terms()["metrics"].values() for t in e["terms"]})


def _search(patterns: tuple[re.Pattern[str], re.Pattern[str] | None], text: str, lowered: str | None) -> bool:
    ignore_case, lower = patterns
    if lower is not None and lowered is not None:
        return lower.search(lowered) is not None
    return ignore_case.search(text) is not None


def metric_in(text: str) -> str | None:
    """The first metric (in the order of ``units.toml``, most specific first) named in ``text``."""
    lowered = text.lower() if text.isascii() else None
    if not _search(_any_metric(), text, lowered):  # most windows name none: one search, not one per metric
        return None
    for key, _money, patterns in _metric_matchers():
        if _search(patterns, text, lowered):
            return key
    return None


_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&-")


class ProperNouns:
    """Capitalised words the document never writes in lower case: "Anthropic", "AWS", "Google".

    A word such as "Core" that also appears as "core" is an ordinary word capitalised by
    position or title case, not a subject. Words are judged when a check compares two figures'
    contexts (a few per document), not by splitting the whole text into words.
    """

    def __init__(self, doc: Document) -> None:
        self.text = "\n".join(block.text for block in doc.live_blocks())
        self.common = function_words().get("en", frozenset()) | _MONTHS
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        return self._judge(word) and is_token_of(self.text, word)

    def among(self, words: Iterable[str]) -> frozenset[str]:
        """The proper nouns among ``words``, which must be words of the document."""
        known = self.known
        return frozenset(w for w in words if (known[w] if w in known else self._judge(w)))

    def _judge(self, word: str) -> bool:
        # Capitalised, not a function word or month, never written in lower case. Whether the
        # word is in the document at all is the caller's to know (``among``) or to ask (``in``).
        if word not in self.known:
            folded = word.lower()
            self.known[word] = (
                len(word) > 1
                and word[0].isupper()
                and folded not in self.common
                and not is_token_of(self.text, folded)
            )
        return self.known[word]


def is_token_of(text: str, word: str) -> bool:
    """Whether ``_WORD.findall(text)`` would yield ``word`` (a word starting with a letter)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if end == len(text) or text[end] not in _TOKEN_CHARS:
            # A token starts at the first letter of a run of token characters: only digits,
            # "&" and "-" may stand between ``at`` and whatever precedes the run.
            before = at - 1
            while before >= 0 and text[before] in "0123456789&-":
                before -= 1
            if before < 0 or text[before] not in _TOKEN_CHARS:
                return True
        at = text.find(word, at + 1)
    return False


def capitalised_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that could be proper nouns: those that start with a capital."""
    return tuple(_CAPITALISED_WORD.findall(text))


# Context windows are cut by characters first, so a figure in a megabyte-long "sentence" costs
# the same as one in a normal sentence.
_CONTEXT_CHARS = 240


def _before(text: str, offset: int) -> str:
    return " ".join(text[max(0, offset - _CONTEXT_CHARS) : offset].split()[-_WINDOW_BEFORE:])


def _after(text: str, offset: int) -> str:
    return " ".join(text[offset : offset + _CONTEXT_CHARS].split()[:_WINDOW_AFTER])


def segment_mentions(
    block: Block,
    segment: str,
    offset: int,
    unit: int,
    context: str | None,
    nouns: ProperNouns,
    quantities: list[Quantity] | None = None,
    only: frozenset[float] | None = None,
) -> list[Mention]:
    """Mentions of one sentence, or of one table cell whose row and header are ``context``.

    Without a table context, a figure takes the metric named in the words before it, else in
    the few words after it ("$40 billion investment"), else the metric of the figure before it
    in the sentence: "reached $30 billion, up from 9 billion". ``quantities`` saves parsing the
    segment again when the caller has them; their offsets are in the block, ``offset`` past the
    segment's. With ``only``, a segment none of whose priced figures (no range) has one of its
    values gives no mentions (``units.values_to_check`` says why none is needed).
    """
    if quantities is None:
        quantities = [q.shifted(offset) for q in find_quantities(segment)]
    found = [q for q in quantities if q.lang == "en"]
    if not found or (only is not None and not any(_is_priced_among(q, only) for q in found)):
        return []  # most table cells and many sentences: no context work at all
    out: list[Mention] = []
    context_metric = metric_in(context) if context else None
    previous = context_metric
    years = frozenset(_YEAR.findall(segment + " " + (context or "")))  # once per segment: linear
    for q in found:
        start, end = q.start - offset, q.end - offset  # in the segment
        metric = context_metric or metric_in(_before(segment, start))
        metric = metric or (None if context else metric_in(_after(segment, end))) or previous
        previous = metric
        words = capitalised_words((context or "") + " " + segment[max(0, start - _CONTEXT_CHARS) : start])
        out.append(Mention(q, block.index, metric, words, nouns, years, unit, context is not None))
    return out


def _is_priced_among(q: Quantity, values: frozenset[float]) -> bool:
    return bool(q.currency) and not q.is_range and q.value in values


def prose_mentions(
    block: Block, nouns: ProperNouns, only: frozenset[float] | None = None, of: QuantitiesOf = parse_block
) -> list[Mention]:
    """Mentions of a prose block, sentence by sentence, from its figures as ``of`` reads them.
    ``only`` as for ``segment_mentions``."""
    everything = of(block)
    if not everything or (only is not None and not any(_is_priced_among(q, only) for q in everything)):
        return []
    bounds = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(block.text)] + [len(block.text)]
    starts = bounds[:-1]
    by_sentence: dict[int, list[Quantity]] = {}
    for q in everything:
        by_sentence.setdefault(bisect.bisect_right(starts, q.start) - 1, []).append(q)
    out: list[Mention] = []
    for unit, found in by_sentence.items():
        start, end = bounds[unit], bounds[unit + 1]
        out.extend(segment_mentions(block, block.text[start:end], start, unit, None, nouns, found, only))
    return out


def _cell_quantities(block: Block, of: QuantitiesOf) -> dict[int, list[Quantity]] | None:
    """The block's figures by start offset, read once for the whole table, when that reads each
    cell as parsing it alone would: no figure runs across a "|" or a line end. None otherwise."""
    found = of(block)
    if any("|" in q.text or "\n" in q.text for q in found):
        return None
    by_start: dict[int, list[Quantity]] = {}
    for q in found:
        by_start.setdefault(q.start, []).append(q)
    return by_start


def _holds_english_figure(line: str, parsed: dict[int, list[Quantity]] | None, end: int) -> bool:
    """Whether a table's first row (ending at ``end``) holds a figure: a first row that does is
    data (a one-row summary table, a table with no header), not a header."""
    if parsed is not None:
        return any(q.lang == "en" for start, qs in parsed.items() if start < end for q in qs)
    return any(q.lang == "en" for q in find_quantities(line))


def table_mentions(
    block: Block, nouns: ProperNouns, only: frozenset[float] | None = None, of: QuantitiesOf = parse_block
) -> list[Mention]:
    """Mentions of a Markdown table; each cell's context is its row label and column header.
    A first row with figures in it is data, and the table has no header. ``only`` as for
    ``segment_mentions``."""
    out: list[Mention] = []
    offset = 0
    header: list[str] = []
    parsed = _cell_quantities(block, of)
    if parsed is not None and not parsed:  # no figure anywhere in the table
        return out
    starts = sorted(parsed) if parsed else []
    for row, line in enumerate(block.text.split("\n")):
        line_start, offset = offset, offset + len(line) + 1
        if (
            row
            and parsed is not None
            and bisect.bisect_left(starts, line_start) == bisect.bisect_left(starts, offset)
        ):
            continue  # a row without figures: nothing to read
        cells = line.strip().strip("|").split("|")
        if row == 0 and not _holds_english_figure(line, parsed, offset):
            header = cells
        elif not set(line.strip()) <= set("|-: "):
            cell_start = line_start + line.index("|") + 1 if "|" in line else line_start
            for col, cell in enumerate(cells):
                found = None  # None: parse the cell alone
                if col and parsed is not None and block.text.startswith(cell, cell_start):
                    lo = bisect.bisect_left(starts, cell_start)
                    hi = bisect.bisect_left(starts, cell_start + len(cell))
                    found = [q for s in starts[lo:hi] for q in parsed[s]]
                if col and found != []:  # the row label is context, not a figure
                    context = f"{cells[0]} | {header[col] if col < len(header) else ''}"
                    out.extend(segment_mentions(block, cell, cell_start, row, context, nouns, found, only))
                cell_start += len(cell) + 1
    return out


def document_mentions(
    doc: Document, only: frozenset[float] | None = None, of: QuantitiesOf = parse_block
) -> list[Mention]:
    """Every English amount of the live blocks, in document order; with ``only``, those of the
    sentences and table cells where a priced figure (no range) has one of its values. ``of``
    gives a block's figures (the units stage's one reading of them)."""
    nouns = ProperNouns(doc)
    live = doc.live_blocks()
    headline = live[0].index if live and (live[0].kind == HEADING or doc.metadata.get("title")) else -1
    out: list[Mention] = []
    for block in live:
        if block.lang not in ("en", None):
            continue
        if block.kind == TABLE:
            found = table_mentions(block, nouns, only, of)
        else:
            found = prose_mentions(block, nouns, only, of)
        if block.index == headline:
            found = [Mention(**{**m.__dict__, "headline": True}) for m in found]
        out.extend(found)
    return out
