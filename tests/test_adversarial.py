"""Bounded cost on adversarial text: every stage stays linear in the size of its input.

For each adversarial pattern the stages run on 100 KB and on 1 MB of it. The bound stated here:
each stage's time on 1 MB is at most BOUND_RATIO times its time on 100 KB (linear is about 10;
quadratic would be about 100), plus SLACK_S seconds for timer noise. A single 5 MB line must go
through the whole pipeline in under FIVE_MB_LIMIT_S seconds.
"""

from __future__ import annotations

import sys
import time

import pytest

from normalize import read, render, repair, translate, units
from normalize.config import Config
from normalize.glossary import load_glossary

BOUND_RATIO = 25
SLACK_S = 0.25
FIVE_MB_LIMIT_S = 60

PATTERNS = {
    "one-char": "a",
    "digits": "7",
    "cjk": "亿",
    "punctuation": ".,;:!?",
    "spaces-no-newline": " ",
    "money-run": "$1 billion ",
    "mixed-terms": "revenue水分 300亿美元 ",
    "vietnamese-amounts": "1.000 tỷ đồng ",
    "table-pipes": "|",
    "lines": "x\n",
    "mojibake": "â€™",
    "entities": "&amp;",
    "zero-width": "\u200b",
}


def stage_times(text: str) -> dict[str, float]:
    detect_stage = sys.modules["normalize.detect"]
    clean_stage = sys.modules["normalize.clean"]
    config, glossary = Config(), load_glossary(())
    stages = [
        ("repair", lambda d: repair.run(d, config)),
        ("detect", lambda d: detect_stage.run(d, config)),
        ("clean", lambda d: clean_stage.run(d, config)),
        ("translate", lambda d: translate.run([d], config, glossary, None)),
        ("units", lambda d: units.run(d, config)),
        ("render", render.render_text),
    ]
    start = time.perf_counter()
    doc = read.run(text)
    out = {"read": time.perf_counter() - start}
    for name, run in stages:
        start = time.perf_counter()
        run(doc)
        out[name] = time.perf_counter() - start
    return out


@pytest.mark.parametrize("unit", PATTERNS.values(), ids=PATTERNS.keys())
def test_each_stage_is_linear_on_adversarial_text(unit):
    import normalize.clean
    import normalize.detect  # noqa: F401

    small = stage_times(unit * (100_000 // len(unit)))
    large = stage_times(unit * (1_000_000 // len(unit)))
    for stage, seconds in large.items():
        assert seconds <= BOUND_RATIO * small[stage] + SLACK_S, (stage, small[stage], seconds)


def test_single_five_megabyte_line():
    import normalize

    line = ("Revenue水分 reached 300亿美元 while â€™ analysts &amp; investors waited " * 80_000)[:5_000_000]
    start = time.perf_counter()
    result = normalize.clean(line)
    assert time.perf_counter() - start < FIVE_MB_LIMIT_S
    assert result.text
