"""Formatting made consistent within a document, by the document's own majority.

Two choices are harmonised, in prose only (paragraphs and list items; headlines and tables keep
their compact forms, as editors write them):

- money scales abbreviated or spelled out: "$4B" beside "$4 billion" (only with
  ``Config.harmonize_money``: off by default);
- SI units glued or spaced: "5GW" beside "5 GW" (per unit symbol).

Where a document uses both forms, the form it uses more often wins; on a tie the spelled-out
scale and the spaced unit win (the AP and SI conventions). A document that is consistent with
itself is left as it is: a clean article's "512GB" stays.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from normalize.amounts import Quantity
from normalize.model import LIST_ITEM, PARAGRAPH, Block, Edit
from normalize.units.figures import QuantitiesOf, parse_block

_SPELLED = {
    "k": "thousand",
    "m": "million",
    "mn": "million",
    "b": "billion",
    "bn": "billion",
    "t": "trillion",
    "tn": "trillion",
}


@dataclass(frozen=True)
class _Found:
    block: Block
    q: Quantity


def _prose_quantities(blocks: list[Block], of: QuantitiesOf) -> list[_Found]:
    return [
        _Found(b, q)
        for b in blocks
        if b.kind in (PARAGRAPH, LIST_ITEM) and b.lang in ("en", None)
        for q in of(b)
        if q.lang == "en" and not q.is_range
    ]


def _is_abbreviated(scale: str) -> bool:
    return scale.lower() in _SPELLED


def scale_edits(found: list[_Found]) -> list[tuple[Block, Edit]]:
    """Rewrite the minority scale style of money figures to the majority's."""
    money = [f for f in found if f.q.is_money and f.q.scale and f.q.unit is None]
    abbreviated = [f for f in money if _is_abbreviated(f.q.scale or "")]
    spelled = [f for f in money if not _is_abbreviated(f.q.scale or "")]
    if not abbreviated or not spelled:
        return []
    to_abbreviated = len(abbreviated) > len(spelled)
    # The document's own abbreviation for each word: "bn" if it writes "bn", else "B".
    own = {_SPELLED[(f.q.scale or "").lower()]: (f.q.scale or "") for f in abbreviated}
    edits = []
    for f in spelled if to_abbreviated else abbreviated:
        scale = f.q.scale or ""
        word = scale.lower() if not _is_abbreviated(scale) else _SPELLED[scale.lower()]
        after = own.get(word, word[0].upper()) if to_abbreviated else " " + word
        before = f.block.text[f.q.number_end : f.q.scale_end]
        edit = Edit(
            f.q.number_end,
            f.q.scale_end,
            after,
            "units.scale_style",
            f"the document writes money scales {'abbreviated' if to_abbreviated else 'spelled out'} "
            f"({max(len(abbreviated), len(spelled))} to {min(len(abbreviated), len(spelled))}): "
            f"{before.strip()!r} -> {after.strip()!r}",
        )
        edits.append((f.block, edit))
    return edits


def unit_spacing_edits(found: list[_Found]) -> list[tuple[Block, Edit]]:
    """Glue or space each SI unit the way the document mostly does."""
    edits = []
    by_unit: dict[str, list[_Found]] = {}
    for f in found:
        if f.q.unit and f.q.unit != "%" and not f.q.scale:
            by_unit.setdefault(f.q.unit, []).append(f)
    for unit, items in by_unit.items():
        style = Counter(f.q.glued for f in items)
        if len(style) < 2:
            continue
        glue = style[True] > style[False]
        for f in items:
            if f.q.glued == glue:
                continue
            gap_start = f.q.number_end
            edit = Edit(
                gap_start,
                f.q.unit_start,
                "" if glue else " ",
                "units.unit_spacing",
                f"the document writes {unit} {'glued to' if glue else 'spaced from'} the figure "
                f"({style[glue]} to {style[not glue]})",
            )
            edits.append((f.block, edit))
    return edits


def edits(
    blocks: list[Block], money: bool = False, of: QuantitiesOf = parse_block
) -> list[tuple[Block, Edit]]:
    """Formatting edits for the live blocks of one document; money scales only when asked
    (``Config.harmonize_money``): writing "$17B" in a list and "$100 billion" in prose is an
    editor's choice, and text with no defect comes back unchanged. ``of`` gives a block's
    figures."""
    found = _prose_quantities(blocks, of)
    return (scale_edits(found) if money else []) + unit_spacing_edits(found)
