"""One reading of a document's figures for the whole units stage.

Conversion, formatting, the metric checks and the restatement check all read each block's
figures. They share one ``Figures``: a block is parsed the first time a step asks, and again only
when an edit has changed its text since. (The global cache of ``find_quantities`` holds short
texts only; a long block was parsed once per step.)
"""

from __future__ import annotations

from collections.abc import Callable

from normalize.amounts import Quantity, find_quantities
from normalize.model import Block

QuantitiesOf = Callable[[Block], tuple[Quantity, ...]]


def parse_block(block: Block) -> tuple[Quantity, ...]:
    """A block's figures, read on their own (callers outside the units stage)."""
    return find_quantities(block.text)


class Figures:
    """Each block's figures, keyed by block and parsed once per text it has had."""

    def __init__(self, yen: str | None = None) -> None:
        self.yen = yen  # how the document reads a bare ¥, for every step alike
        self._read: dict[int, tuple[str, tuple[Quantity, ...]]] = {}
        self.parses = 0  # how many texts were parsed: tests hold the stage to one per text

    def of(self, block: Block) -> tuple[Quantity, ...]:
        """The block's figures, in order, for its text as it is now."""
        kept = self._read.get(block.index)
        if kept is not None and kept[0] == block.text:
            return kept[1]
        found = find_quantities(block.text, self.yen)
        self.parses += 1
        self._read[block.index] = (block.text, found)
        return found
