"""The units stage reads each block's figures once, and again only after an edit."""

from __future__ import annotations

from collections import Counter

import normalize
from normalize.amounts import find_quantities
from normalize.units import figures, mentions


def test_each_block_text_is_parsed_once_by_the_units_stage(monkeypatch):
    parsed: Counter[str] = Counter()

    def counting(text, yen=None):
        parsed[text] += 1
        return find_quantities(text, yen)

    # Every module of the stage that parses is watched, not only ``figures`` (``style`` reads
    # through ``figures.parse_block``).
    for module in (figures, mentions):
        monkeypatch.setattr(module, "find_quantities", counting)
    long_block = " ".join(
        f"Unit {n} reported revenue of $4.{n} billion and 5GW of capacity." for n in range(80)
    )
    assert len(long_block) > 4096  # longer than the global cache keeps: parsed per step before
    text = (
        "Results\n\n"
        f"{long_block}\n\n"
        "The group said revenue reached 300亿美元 and the plant 5 GW, per the filing.\n\n"
        "| Metric | Value |\n|---|---|\n| Revenue | $30 billion |\n"
    )
    result = normalize.clean(text)
    assert "$30 billion and the plant" in result.text  # converted, so read again after the edit
    assert parsed and max(parsed.values()) == 1, [t[:60] for t, n in parsed.items() if n > 1]
    converted = [t for t in parsed if "300亿美元" in t]
    assert len(converted) == 1 and any("$30 billion and the plant" in t for t in parsed)


def test_a_block_is_read_again_only_when_its_text_changed():
    from normalize.model import Block

    block = Block(index=0, text="It cost $5 billion.")
    reading = figures.Figures()
    first = reading.of(block)
    assert reading.of(block) is first and reading.parses == 1
    block.text = "It cost $6 billion."
    assert reading.of(block)[0].value == 6e9 and reading.parses == 2
