"""Deterministic generator of article-like documents with the defects normalize handles.

Used by the restore property (10,000 documents) and the fuzz suites; ``random.Random(seed)``
makes every run the same.
"""

from __future__ import annotations

import random

SENTENCES = [
    "The company reported strong growth in its cloud business during the quarter.",
    "Analysts expect revenue to rise again next year as demand for chips grows.",
    "Anthropic's annualized revenue run rate reached $30 billion in March 2026.",
    "Investors will watch the market closely for signs of a slowdown.",
    "The deal gives Amazon priority access to 5GW of computing power.",
    "Regulators in Zürich and São Paulo asked for more disclosure.",
]
HEADLINES = [
    "Anthropic đạt doanh thu 30 tỷ USD nhờ điện toán đám mây",
    "亚马逊与Anthropic达成300亿美元合作",
    "Облачные провайдеры усиливают конкуренцию",
    "La nube redefine la competencia entre gigantes",
    "Cloud Giants Bet Billions on AI Startups",
]
GLUED = ["revenue水分", "a百花齐放 period", "算力", "the 估值 rose", "300亿美元"]
FOOTERS = [
    "Related topics\nAnthropic\nClaude",
    "Further Reading\n- One story\n- Another story",
    "常见问题\n这次公司发布的文章主要讲了什么?\n文章讨论了云计算。",
    "💬 Comments (0)",
    "Archive: May 2026",
]
NOISE = ["\u200b", "\ufeff", "\x07", "\u00a0", "  ", "\t", "&amp;", "&nbsp;", "\ufffd\ufffd\ufffd"]
TABLE = "| Metric | Value |\n|---|---|\n| Revenue run rate | Approximately 300 billion |"


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def sentence(rng: random.Random) -> str:
    s = rng.choice(SENTENCES)
    roll = rng.random()
    if roll < 0.15:
        words = s.split()
        words.insert(rng.randrange(len(words)), rng.choice(GLUED))
        s = " ".join(words)
    elif roll < 0.25:
        s = mojibake(s.replace("'", "\u2019"))
    elif roll < 0.35:
        cut = rng.randrange(len(s))
        s = s[:cut] + rng.choice(NOISE) + s[cut:]
    return s


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))


def document(rng: random.Random) -> str:
    parts = [rng.choice(HEADLINES)] if rng.random() < 0.6 else []
    parts += [paragraph(rng) for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.3:
        parts.insert(rng.randint(1, len(parts)), TABLE)
    if rng.random() < 0.5:
        parts.append(rng.choice(FOOTERS))
    gaps = [rng.choice(["\n", "\n\n", "\n\n\n", " \n", "\r\n", "\n \n"]) for _ in parts]
    text = "".join(gap + part for gap, part in zip(gaps, parts, strict=True)).lstrip("\n")
    return text + rng.choice(["", "\n", "\n\n", "  "])


def documents(count: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [document(rng) for _ in range(count)]
