"""Units stage: raw Chinese and Vietnamese amounts converted, formatting made consistent, money
figures checked against each other.

Conversions and formatting are changes with before and after; consistency problems are
findings only (see ``checks``): figures are never rewritten to agree.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from normalize.amounts import Quantity
from normalize.config import Config
from normalize.glossary import glue_replacement
from normalize.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE, Block, Document, Edit, apply_edits
from normalize.read import classify_line
from normalize.resources import metric_terms
from normalize.units import checks, style
from normalize.units.figures import Figures
from normalize.units.mentions import document_mentions

STAGE = "units"
_YUAN_WORDS = ("yuan", "rmb", "renminbi", "china", "chinese", "元", "人民币")
_YEN_WORDS = ("yen", "japan", "japanese", "日元", "円")


@cache
def _bare_yen_symbols() -> tuple[str, ...]:
    return tuple(s for s, code in metric_terms()["currency_symbols"].items() if code == "CNY|JPY")


def yen_reading(doc: Document) -> str | None:
    """ "CNY" or "JPY" for a bare ¥, from what the document talks about; None when it is unclear
    or when there is no ¥ to read."""
    text = " ".join(b.text for b in doc.live_blocks())
    if not any(symbol in text for symbol in _bare_yen_symbols()):
        return None
    text = text.lower()
    yuan = sum(text.count(w) for w in _YUAN_WORDS)
    yen = sum(text.count(w) for w in _YEN_WORDS)
    if yuan == yen:
        return None
    return "CNY" if yuan > yen else "JPY"


# A conversion can leave a raw amount beside it ("0亿亿美元" before 亿亿 was known: "0亿" became
# "0", then "0 亿美元" read as an amount), which a second run would convert. The block is read
# again after its conversions, as that run would, until none is left; two rounds are the most
# seen.
_CONVERSION_ROUNDS = 4


def convert_raw_amounts(doc: Document, block: Block, figures: Figures) -> None:
    """Rewrite Chinese and Vietnamese amounts in an English block into English, recorded."""
    for _ in range(_CONVERSION_ROUNDS):
        edits = [
            Edit(
                q.start,
                q.end,
                glue_replacement(block.text, q.start, q.end, q.english),
                "units.convert_amount",
                f"{q.text!r} is {q.english}",
            )
            for q in figures.of(block)
            if q.lang != "en" and q.english != q.text
        ]
        if not edits:
            return
        apply_edits(doc, block, edits, STAGE)


def reread_kinds(doc: Document) -> None:
    """Give each one-line block the kind the reader gives its text now. Translation and
    conversions change a line's length ("revenue水分 300亿美元" becomes "inflated revenue $30
    billion"), so a line read as a heading may now read as a paragraph, and the first live block
    takes the headline's looser limits. Formatting is harmonised in prose only: it must see the
    kinds that reading the output will see, or cleaning the output would change it again."""
    # A line still as read, and first now exactly when it was first then, has the kind the reader
    # gave it (HTML headings aside: the page, not the line, made them headings).
    as_read = doc.original if doc.format != "html" else []
    for n, block in enumerate(doc.live_blocks()):
        unchanged = block.index < len(as_read) and block.text == as_read[block.index]
        if unchanged and (n == 0) == (block.index == 0):
            continue
        if block.kind in (HEADING, PARAGRAPH, LIST_ITEM) and "\n" not in block.text and block.text.strip():
            block.kind = classify_line(block.text, first=n == 0)


def harmonise_formatting(doc: Document, figures: Figures, money: bool = False) -> None:
    per_block: dict[int, list[Edit]] = defaultdict(list)
    for block, edit in style.edits(doc.live_blocks(), money, figures.of):
        per_block[block.index].append(edit)
    for index, edits in per_block.items():
        apply_edits(doc, doc.blocks[index], edits, STAGE)


def values_to_check(doc: Document, figures: Figures | None = None) -> frozenset[float] | None:
    """Which figures the consistency checks could use in ``doc``. Each check sets an English
    figure with a currency against another: a bare one (a scale, no currency or unit), or a
    priced one 10, 100 or 10,000 times as large. So:

    - None: every figure, as where a bare figure is compared with every priced one;
    - a set of values: only the priced figures (no range) with one of these values can be part
      of a finding; the others need no context work, which is most of the stage's cost;
    - empty: no check can find anything.
    """
    of = (figures or Figures()).of
    priced: list[float] = []
    bare = False
    count = 0
    for block in doc.live_blocks():
        if block.lang not in ("en", None):
            continue
        found = of(block)
        if block.kind == TABLE and any("|" in q.text or "\n" in q.text for q in found):
            return None  # its cells are parsed one by one: these figures do not predict theirs
        for q in found:
            if q.lang != "en":
                continue
            count += 1
            if q.value <= 0:
                continue
            if q.currency:
                if not q.is_range:
                    priced.append(q.value)
            elif not q.unit:
                bare = True
    if not priced:
        return frozenset()
    if bare or count > checks.MAX_MENTIONS:  # the checks read only the first MAX_MENTIONS
        return None
    return checks.suspect_values(priced)


def run(doc: Document, config: Config) -> None:
    """Units stage entry point."""
    figures = Figures(yen_reading(doc))  # one reading of each block's figures for every step
    for block in doc.live_blocks():
        if block.lang in ("en", None):  # "2.000 VND" is as raw in ASCII as "2.000 tỷ đồng" is
            convert_raw_amounts(doc, block, figures)
    reread_kinds(doc)
    harmonise_formatting(doc, figures, config.harmonize_money)
    values = values_to_check(doc, figures)
    if values is None or values:
        for finding in checks.check(document_mentions(doc, values, figures.of)):
            doc.add_finding(finding)
    reported = {(f.block, f.start) for f in doc.findings if f.kind == "unit_inconsistency"}
    for finding in checks.bare_restatements(english_figures(doc, figures)):
        if (finding.block, finding.start) not in reported:
            doc.add_finding(finding)


def english_figures(doc: Document, figures: Figures) -> list[tuple[int, str, Quantity]]:
    """(block, text, figure) for the English figures of the live English blocks, tables whole."""
    return [
        (block.index, block.text, q)
        for block in doc.live_blocks()
        if block.lang in ("en", None)
        for q in figures.of(block)
        if q.lang == "en"
    ]
