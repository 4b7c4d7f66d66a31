"""Translate stage: glossary terms first, then machine translation, then the untranslated policy.

Stray foreign terms inside English sentences are replaced in place from the glossary. A foreign
headline is replaced by the English title the page itself quotes (kept by the clean stage) when
there is one: the page's own words beat a model's. Other foreign blocks go to the translator
(``translate/machine.py``) when a model covers their language, batched across the documents of
a batch; anything left is handled by ``Config.on_untranslated``: ``drop`` (default), ``keep`` or
``mark``.
"""

from __future__ import annotations

import bisect
from typing import Any

from normalize.amounts import find_quantities
from normalize.config import Config
from normalize.detect import language_name
from normalize.glossary import Glossary, glue_replacement
from normalize.model import HEADING, Block, Document, Edit, Finding, apply_edits, remove_block
from normalize.translate import machine
from normalize.translate.base import Translator

STAGE = "translate"

__all__ = ["Translator", "run"]


def _inside_any(intervals: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted, non-overlapping ``intervals``."""
    at = bisect.bisect_right(intervals, (start, float("inf"))) - 1
    return at >= 0 and intervals[at][0] <= start and end <= intervals[at][1]


def keep_case(text: str, match: Any) -> str:
    """The glossary target, capitalised when the source was ("Revenue水分" -> "Inflated revenue")."""
    target: str = match.entry.target
    if text[match.start : match.start + 1].isupper() and target[:1].islower():
        return target[0].upper() + target[1:]
    return target


def replace_stray_terms(doc: Document, block: Block, spans: list[Finding], glossary: Glossary) -> None:
    """Replace glossary terms that overlap foreign spans; flag the spans no entry covers."""
    spans = sorted(spans, key=lambda s: s.start)
    span_starts = [s.start for s in spans]
    span_ends = [s.end for s in spans]
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []  # edit intervals, kept sorted
    covered: set[int] = set()
    for lang in sorted({s.data.get("lang", "") for s in spans}):
        for match in glossary.find(block.text, lang):
            hits = range(
                bisect.bisect_right(span_ends, match.start), bisect.bisect_left(span_starts, match.end)
            )
            at = bisect.bisect_left(taken, (match.start, match.end))
            clash = (at > 0 and taken[at - 1][1] > match.start) or (
                at < len(taken) and taken[at][0] < match.end
            )
            if not hits or clash:
                continue
            taken.insert(at, (match.start, match.end))
            covered.update(hits)
            edits.append(
                Edit(
                    match.start,
                    match.end,
                    glue_replacement(block.text, match.start, match.end, keep_case(block.text, match)),
                    f"glossary.{lang}-en",
                    f"glossary term from {match.entry.origin}",
                )
            )
    for i, span in enumerate(spans):
        if i not in covered:
            doc.add_finding(
                Finding(
                    "untranslated",
                    block.index,
                    span.start,
                    span.end,
                    f"{language_name(span.data.get('lang', ''))} term {span.data.get('text')!r} "
                    "has no glossary entry and no model; kept as is",
                    {"lang": span.data.get("lang"), "policy": "keep"},
                )
            )
    apply_edits(doc, block, edits, STAGE)


def recover_headline(doc: Document, block: Block) -> bool:
    """Replace a foreign headline with the page's own English title, when it quotes one."""
    title = (doc.metadata.get("title_candidates") or [None])[0]
    first = doc.live_blocks()[0] if doc.live_blocks() else None
    if title is None or block is not first or block.kind != HEADING:
        return False
    apply_edits(
        doc,
        block,
        [
            Edit(
                0,
                len(block.text),
                title,
                "headline.quoted_title",
                "foreign headline replaced by the English title the page quotes",
            )
        ],
        STAGE,
    )
    doc.metadata["title"] = title
    return True


def apply_policy(doc: Document, block: Block, lang: str, policy: str) -> None:
    """What happens to a foreign block nothing can translate."""
    doc.add_finding(
        Finding(
            "untranslated",
            block.index,
            0,
            len(block.text),
            f"no translation model for {lang}->en; block handled by policy '{policy}'",
            {"lang": lang, "pair": f"{lang}-en", "policy": policy},
        )
    )
    if policy == "drop":
        remove_block(doc, block, STAGE, "untranslated.drop", f"no {lang}->en model; policy drop")
    elif policy == "mark":
        marker = f"[untranslated {lang}] "
        apply_edits(doc, block, [Edit(0, 0, marker, "untranslated.mark", f"no {lang}->en model")], STAGE)


def translate_foreign_blocks(
    foreign: list[tuple[Document, Block, str]], glossary: Glossary, translator: Translator | None
) -> list[tuple[Document, Block, str]]:
    """Machine-translate what the translator covers, all documents at once; return the rest."""
    if translator is None:
        return foreign
    covered = {lang for _, _, lang in foreign if translator.covers(lang)}
    jobs = [machine.plan_block(d, b, lang, glossary) for d, b, lang in foreign if lang in covered]
    machine.translate_jobs(jobs, translator)
    done = {id(job.block) for job in jobs if machine.apply_job(job, translator.describe(job.lang))}
    return [(d, b, lang) for d, b, lang in foreign if id(b) not in done]


def run(
    docs: list[Document], config: Config, glossary: Glossary, translator: Translator | None = None
) -> None:
    """Translate stage entry point, for one document or a batch (translation batched across them)."""
    foreign: list[tuple[Document, Block, str]] = []
    for doc in docs:
        replace_glossary_terms(doc, glossary)
        for block, lang in foreign_blocks(doc):
            if not recover_headline(doc, block):  # the page's own English title beats a model
                foreign.append((doc, block, lang))
    for doc, block, lang in translate_foreign_blocks(foreign, glossary, translator):
        apply_policy(doc, block, lang, config.on_untranslated)


def foreign_blocks(doc: Document) -> list[tuple[Block, str]]:
    """The live blocks the detector called foreign, with their language."""
    return [
        (doc.blocks[f.block], f.data["lang"])
        for f in doc.findings
        if f.kind == "foreign_block" and not doc.blocks[f.block].removed
    ]


def replace_glossary_terms(doc: Document, glossary: Glossary) -> None:
    """Stray foreign terms in English blocks: glossary replacements, or untranslated findings."""
    spans_by_block: dict[int, list[Finding]] = {}
    for f in doc.findings:
        if f.kind == "foreign_span" and not doc.blocks[f.block].removed:
            spans_by_block.setdefault(f.block, []).append(f)
    for index, spans in spans_by_block.items():
        block = doc.blocks[index]
        # Amounts such as 300亿美元 are the units stage's to convert, not stray terms.
        amounts = [(q.start, q.end) for q in find_quantities(block.text) if q.lang != "en"]
        spans = [s for s in spans if not _inside_any(amounts, s.start, s.end)]
        if spans:
            replace_stray_terms(doc, block, spans, glossary)
