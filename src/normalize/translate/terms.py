"""Stray foreign terms inside English blocks: the glossary first, then CC-CEDICT for Chinese,
then the model (when one is installed); a term none of them renders is kept in place and
flagged."""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from normalize.amounts import find_quantities
from normalize.detect import language_name
from normalize.glossary import Glossary, glue_replacement
from normalize.model import Block, Document, Edit, Finding, apply_edits
from normalize.translate.base import Translator
from normalize.translate.debris import looks_like_debris

if TYPE_CHECKING:
    from normalize.translate import machine

STAGE = "translate"


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


@dataclass
class StrayTerms:
    """One English block's stray foreign terms: glossary edits, and the spans no entry covers."""

    doc: Document
    block: Block
    edits: list[Edit]
    uncovered: list[Finding]
    spans: list[Finding]  # every foreign span of the block, covered or not
    # Where the block's Chinese and Vietnamese amounts are: the units stage's to convert. A span
    # that touches one ("亿万美元" after "0") is never rendered from the dictionary.
    amounts: list[tuple[int, int]] = dataclasses.field(default_factory=list)


def glossary_edits(doc: Document, block: Block, spans: list[Finding], glossary: Glossary) -> StrayTerms:
    """Glossary replacements for the terms inside foreign spans, and the parts of the spans no
    entry covers (a span the glossary covers in part leaves its other words uncovered)."""
    spans = sorted(spans, key=lambda s: s.start)
    span_starts = [s.start for s in spans]
    span_ends = [s.end for s in spans]
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []  # edit intervals, kept sorted
    for lang in sorted({s.data.get("lang", "") for s in spans}):
        near = [(s.start, s.end) for s in spans if s.data.get("lang", "") == lang]
        for match in glossary.find(block.text, lang, near):
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
            edits.append(
                Edit(
                    match.start,
                    match.end,
                    glue_replacement(block.text, match.start, match.end, keep_case(block.text, match)),
                    f"glossary.{lang}-en",
                    f"glossary term from {match.entry.origin}",
                )
            )
    uncovered = [part for span in spans for part in uncovered_parts(block.text, span, taken)]
    return StrayTerms(doc, block, edits, uncovered, spans)


def overlapping(starts: list[int], ends: list[int], start: int, end: int) -> range:
    """Which of sorted, non-overlapping intervals (given as their starts and ends) overlap
    [start, end): a bisection, so a block with many terms costs n log n, not n squared."""
    return range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end))


def uncovered_parts(text: str, span: Finding, taken: list[tuple[int, int]]) -> list[Finding]:
    """The pieces of a foreign span outside the glossary's matches (``taken``: sorted, not
    overlapping) that still hold letters."""
    at_match = max(0, bisect.bisect_left(taken, (span.start, span.start)) - 1)
    pieces, at = [], span.start
    while at_match < len(taken) and taken[at_match][0] < span.end:  # no slice: a copy per span
        start, end = taken[at_match]
        at_match += 1
        if end <= at:
            continue
        pieces.append((at, max(at, start)))
        at = max(at, end)
    pieces.append((at, span.end))
    parts = []
    for start, end in pieces:
        while start < end and not text[start].isalpha():
            start += 1
        while end > start and not text[end - 1].isalpha():
            end -= 1
        if start < end:
            piece = text[start:end]
            parts.append(dataclasses.replace(span, start=start, end=end, data={**span.data, "text": piece}))
    return parts


def glossary_target(glossary: Glossary, word: str) -> str | None:
    found = glossary.lookup(word, "zh")
    return found[0][1].target if found else None


def dictionary_edits(plan: StrayTerms, glossary: Glossary) -> None:
    """CC-CEDICT renderings for the Chinese words the glossary left, moved from ``uncovered``
    to ``edits``; debris and what the dictionary cannot render stay uncovered.

    A span the glossary covered in part is split again with the dictionary and the glossary
    together, as a whole (the glossary's 董事 inside 董事會 left a lone 會); only when that fails
    are its leftover pieces tried one by one."""
    from normalize.translate import dictionary  # loads the dictionary only when a term needs it

    def lookup(word: str) -> str | None:
        return glossary_target(glossary, word)

    def edit(start: int, end: int, rendering: dictionary.Rendering) -> Edit:
        english = glue_replacement(plan.block.text, start, end, rendering.text)
        return Edit(
            start, end, english, "dictionary.zh-en", f"dictionary {dictionary.SOURCE}: {rendering.describe()}"
        )

    edits = sorted(plan.edits, key=lambda e: e.start)
    pieces = sorted(plan.uncovered, key=lambda p: p.start)
    edit_bounds = ([e.start for e in edits], [e.end for e in edits])
    piece_bounds = ([p.start for p in pieces], [p.end for p in pieces])
    amount_bounds = ([a for a, _ in plan.amounts], [b for _, b in plan.amounts])
    dropped: set[int] = set()  # glossary edits a whole-span rendering replaces
    rendered: set[int] = set()  # pieces rendered
    added: list[Edit] = []
    for span in plan.spans:
        mine = overlapping(*piece_bounds, span.start, span.end)
        if not mine or span.data.get("lang") != "zh" or overlapping(*amount_bounds, span.start, span.end):
            continue
        near = overlapping(*edit_bounds, span.start, span.end)
        straddles = any(edits[i].start < span.start or edits[i].end > span.end for i in near)
        whole = None if straddles else dictionary.render(plan.block.text[span.start : span.end], lookup)
        if whole is not None:
            dropped.update(near)
            rendered.update(mine)
            added.append(edit(span.start, span.end, whole))
            continue
        for i in mine:
            rendering = dictionary.render(plan.block.text[pieces[i].start : pieces[i].end], lookup)
            if rendering is not None:
                rendered.add(i)
                added.append(edit(pieces[i].start, pieces[i].end, rendering))
    plan.edits = [e for i, e in enumerate(edits) if i not in dropped] + added
    plan.uncovered = [p for i, p in enumerate(pieces) if i not in rendered]


def finish_stray_terms(
    plan: StrayTerms, translated: dict[int, machine.BlockJob], translator: Translator | None
) -> None:
    """Apply a block's glossary edits and the model's English for its other terms; a term
    neither covers is kept in place (removing it would break the sentence) and flagged."""
    block, edits = plan.block, list(plan.edits)
    for i, span in enumerate(plan.uncovered):
        job = translated.get(i)
        output = (job.sentences[0].output or "").strip() if job and job.sentences else ""
        if output:
            edits.append(
                Edit(
                    span.start,
                    span.end,
                    glue_replacement(block.text, span.start, span.end, output),
                    "mt.term",
                    f"machine translation {translator.describe(job.lang)} of a term with no glossary entry",
                )
            )
            continue
        plan.doc.add_finding(untranslated_term(block, span))
    apply_edits(plan.doc, block, edits, STAGE)


def untranslated_term(block: Block, span: Finding) -> Finding:
    """The finding for a stray term nothing rendered; debris is named as such."""
    text = block.text[span.start : span.end]
    lang = span.data.get("lang", "")
    data = {"lang": lang, "policy": "keep"}
    if lang == "zh" and looks_like_debris(text):
        message = (
            f"{text!r} looks like decoding debris (English punctuation read as GBK), "
            "not a Chinese term; kept as is"
        )
        return Finding(
            "untranslated", block.index, span.start, span.end, message, {**data, "cause": "encoding"}
        )
    message = (
        f"{language_name(lang)} term {text!r} has no glossary entry, no dictionary rendering "
        "and no model; kept as is"
    )
    return Finding("untranslated", block.index, span.start, span.end, message, data)


def stray_terms(doc: Document, glossary: Glossary) -> list[StrayTerms]:
    """Per English block with foreign spans: its glossary edits and the spans left over."""
    spans_by_block: dict[int, list[Finding]] = {}
    for f in doc.findings:
        if f.kind == "foreign_span" and not doc.blocks[f.block].removed:
            spans_by_block.setdefault(f.block, []).append(f)
    plans = []
    for index, spans in spans_by_block.items():
        block = doc.blocks[index]
        # Amounts such as 300亿美元 are the units stage's to convert, not stray terms.
        amounts = [(q.start, q.end) for q in find_quantities(block.text) if q.lang != "en"]
        spans = [s for s in spans if not _inside_any(amounts, s.start, s.end)]
        if spans:
            plan = glossary_edits(doc, block, spans, glossary)
            plan.amounts = amounts
            plans.append(plan)
    return plans
