"""Documents for the wording-blind boilerplate evaluation, built from ``boilerplate.py``.

Each document is one of the project's articles with site furniture of one half (A or B) around
it: lines under the headline, maybe a notice, an inline teaser between paragraphs, and a footer
of two to four sections with widget lines among them. Some documents carry a foreign headline
and a FAQ block that quotes the English title. Built in memory, deterministically; the builder
knows every line it added, so scores need nothing from the pipeline's own output.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "html"))
import boilerplate  # noqa: E402
import boilerplate_later  # noqa: E402
import boilerplate_more  # noqa: E402
from articles import ARTICLES, article_text  # noqa: E402
from boilerplate import Site  # noqa: E402

from foreign import HEADLINES  # noqa: E402

# The foreign headlines of foreign.py, in the order of the articles they translate.
_HEADLINE_OF = dict(zip([a[0] for a in ARTICLES], HEADLINES.values(), strict=False))
FAMILIES = ("header", "notice", "footer", "faq", "widget", "inline")


def _half(module: object, letter: str) -> dict[str, list]:  # type: ignore[type-arg]
    return {family: getattr(module, f"{family.upper()}_{letter}") for family in FAMILIES}


# Half A is what the rules may be written with; the others are wording they never saw when
# written (see boilerplate.py).
HALVES = (
    {h: _half(boilerplate, h) for h in "ABC"}
    | {h: _half(boilerplate_later, h) for h in "DEFGHI"}
    | {h: _half(boilerplate_more, h) for h in "JKLMN"}
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class BoilerplateDoc:
    name: str
    half: str
    text: str
    body: list[str]  # the lines that must stay (the headline among them when it is English)
    boilerplate: list[str]  # the lines that must go
    title: str  # the English title
    foreign_headline: bool = False
    families: list[str] = field(default_factory=list)
    line_families: list[str] = field(default_factory=list)  # the family of each boilerplate line


def _site(article: tuple, rng: random.Random) -> Site:  # type: ignore[type-arg]
    paragraphs = [v for k, v in article[4] if k == "p"]
    sentences = [s for p in paragraphs for s in _SENTENCE.split(p) if len(s) > 50]
    others = [
        (a[1], next(v for k, v in a[4] if k == "p").split(". ")[0]) for a in ARTICLES if a is not article
    ]
    year, month, day = (int(x) for x in article[2].split("-"))
    return Site(article[1], sentences, others, (year, month, day), article[3], rng)


def build(article: tuple, half: str, n: int, rng: random.Random) -> BoilerplateDoc:  # type: ignore[type-arg]
    pools = HALVES[half]
    site = _site(article, rng)
    blocks = article_text(article).strip().split("\n\n")
    title, body = blocks[0], blocks[1:]
    foreign = n % 4 == 3 and article[0] in _HEADLINE_OF
    added: list[str] = []
    families: list[str] = []
    line_families: list[str] = []

    def add(lines: list[str], family: str) -> None:
        added.extend(lines)
        line_families.extend([family] * len(lines))

    def take(family: str) -> list[str]:
        lines = rng.choice(pools[family])(site)
        families.append(family)
        add(lines, family)
        return lines

    header = take("header") + (take("notice") if n % 3 == 0 else [])
    if n % 2 == 0 and len(body) > 2:
        at = rng.randrange(1, len(body) - 1)
        body_out = [*body[:at], *take("inline"), *body[at:]]
    else:
        body_out = list(body)
    footer: list[str] = []
    sections = rng.sample(pools["footer"], rng.randint(2, 4))
    if foreign and not any(p in pools["faq"] for p in sections):
        sections = [*sections[:-1], rng.choice(pools["faq"])]
    for phrasing in sections:
        lines = phrasing(site)
        families.append("footer")
        add(lines, "footer")
        footer.extend(lines)
        if rng.random() < 0.5:
            footer.extend(take("widget"))
    headline = _HEADLINE_OF[article[0]] if foreign else title
    if foreign:
        add([headline], "headline")  # a foreign headline goes: replaced by the quoted title or dropped
    text = "\n\n".join([headline, *header, *body_out, *footer]) + "\n"
    kept = [title] if not foreign else []
    kept += [line for block in body for line in block.split("\n")]
    name = f"{half}_{n:02d}_{article[0]}"
    return BoilerplateDoc(name, half, text, kept, added, title, foreign, families, line_families)


def documents(half: str, count: int = 40, seed: int = 22) -> list[BoilerplateDoc]:
    rng = random.Random(f"{seed}-{half}")
    return [build(ARTICLES[n % len(ARTICLES)], half, n, rng) for n in range(count)]
