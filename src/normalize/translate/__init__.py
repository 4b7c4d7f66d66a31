"""Translate stage: glossary terms first, then machine translation, then the untranslated policy.

Stray foreign terms inside English sentences are replaced in place from the glossary. A foreign
headline is replaced by the English title the page itself quotes (kept by the clean stage) when
there is one: the page's own words beat a model's. Other foreign blocks go to the translator
(``translate/machine.py``) when a model covers their language, batched across the documents of
a batch; anything left is handled by ``Config.on_untranslated``: ``drop`` (default), ``keep`` or
``mark``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from normalize import repair, units
from normalize.config import Config
from normalize.detect import classify_block, marked_language, record_guess, untranslated_mark
from normalize.glossary import Glossary
from normalize.model import CODE, HEADING, TABLE, Block, Document, Edit, Finding, apply_edits, remove_block
from normalize.translate.base import Translator
from normalize.translate.debris import looks_like_debris
from normalize.translate.terms import StrayTerms, dictionary_edits, finish_stray_terms, stray_terms

if TYPE_CHECKING:
    from normalize.translate import machine

STAGE = "translate"

__all__ = ["Translator", "run"]


def english_title(doc: Document) -> str | None:
    """The page's own English title: one it quotes (a FAQ block naming it), else the title an
    HTML page declares, when that reads as English."""
    quoted = doc.metadata.get("title_candidates")
    if quoted:
        return str(quoted[0])
    declared = doc.metadata.get("title") if doc.format == "html" else None
    if not declared:
        return None
    from normalize.detect.language import classify_block

    return str(declared) if classify_block(declared).lang == "en" else None


def recover_headline(doc: Document, block: Block) -> bool:
    """Replace a foreign headline with the page's own English title, when it has one."""
    title = english_title(doc)
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
    elif policy == "mark" and not marked_language(block.text):  # marked by an earlier run: once is enough
        marker = untranslated_mark(lang)
        apply_edits(doc, block, [Edit(0, 0, marker, "untranslated.mark", f"no {lang}->en model")], STAGE)


def run(
    docs: list[Document], config: Config, glossary: Glossary, translator: Translator | None = None
) -> None:
    """Translate stage entry point, for one document or a batch: every sentence and term that
    needs a model, across all the documents, goes through one batched call per language."""
    terms = [plan for doc in docs for plan in stray_terms(doc, glossary)]
    if config.dictionary:
        for plan in terms:
            if plan.uncovered:
                dictionary_edits(plan, glossary)
    foreign = [
        (doc, block, lang)
        for doc in docs
        for block, lang in foreign_blocks(doc)
        if foreign_document(doc) or not recover_headline(doc, block)  # the page's own title beats a model
    ]

    term_jobs: list[dict[int, machine.BlockJob]] = [{} for _ in terms]
    done: set[int] = set()
    if config.translate and translator is not None and (foreign or any(p.uncovered for p in terms)):
        term_jobs, done = translate_with_model(foreign, terms, glossary, translator)
    for plan, jobs in zip(terms, term_jobs, strict=True):
        finish_stray_terms(plan, jobs, translator)
    left: dict[int, list[Block]] = {}
    for doc, block, lang in foreign:
        if id(block) in done:
            continue
        if foreign_document(doc):
            left.setdefault(id(doc), []).append(block)
        else:
            apply_policy(doc, block, lang, config.on_untranslated)
    for doc in docs:
        if id(doc) in left:
            apply_document_policy(doc, left[id(doc)], config.on_untranslated)


def foreign_document(doc: Document) -> Finding | None:
    """The detector's finding that ``doc`` is in one foreign language, if it is."""
    return next((f for f in doc.findings if f.kind == "foreign_document"), None)


def apply_document_policy(doc: Document, blocks: list[Block], policy: str) -> None:
    """What happens to a foreign document nothing translated: the untranslated policy, once,
    for the whole of it. ``drop`` leaves an empty text, ``keep`` the document as it is, ``mark``
    one mark at its top. Never a fragment. The document's finding records the policy."""
    finding = foreign_document(doc)
    assert finding is not None
    lang = finding.data["lang"]
    settled = dataclasses.replace(
        finding,
        message=f"{finding.message}; no {lang}->en model: the whole document is handled by policy '{policy}'",
        data={**finding.data, "pair": f"{lang}-en", "policy": policy, "blocks": len(blocks)},
    )
    doc.findings[doc.findings.index(finding)] = settled
    reason = f"{lang} document with no {lang}->en model"
    if policy == "drop":
        for block in doc.live_blocks():
            remove_block(doc, block, STAGE, "untranslated.document", reason)
    elif policy == "mark" and blocks and not marked_language(blocks[0].text):
        edit = Edit(0, 0, untranslated_mark(lang), "untranslated.mark_document", reason)
        apply_edits(doc, blocks[0], [edit], STAGE)


def settle(
    docs: list[Document], config: Config, glossary: Glossary, translator: Translator | None = None
) -> None:
    """Read again the English and neutral blocks that this stage and the units stage rewrote, as
    cleaning the output will read them, and treat one that now reads as foreign as this stage
    treats a foreign block. A glossary term or a converted amount can tip langdetect on a block
    with no function words (word fragments, mostly): without this, a second run would drop or
    mark a block the first one kept. Such a block is repaired again first, as it will be then."""
    foreign = []
    for doc in docs:
        rewritten = {c.block for c in doc.changes if c.stage in (STAGE, units.STAGE) and c.field == "text"}
        for index in sorted(rewritten):
            block = doc.blocks[index]
            if block.removed or block.lang not in (None, "en") or block.kind in (CODE, TABLE):
                continue
            repair.fix_block_again(doc, block)
            guess = classify_block(block.text, config.langdetect_min_words)
            if guess.foreign and guess.lang:
                record_guess(doc, block, guess)
                foreign.append((doc, block, guess.lang))
    done: set[int] = set()
    if foreign and config.translate and translator is not None:
        _, done = translate_with_model(foreign, [], glossary, translator)
    for doc, block, lang in foreign:
        if id(block) not in done:
            apply_policy(doc, block, lang, config.on_untranslated)


def unmark(doc: Document, block: Block) -> None:
    """Take an earlier run's untranslated mark off a block a model is about to translate (the
    policy puts it back if the model gives nothing)."""
    lang = marked_language(block.text)
    if lang:
        mark = untranslated_mark(lang)
        edit = Edit(0, len(mark), "", "untranslated.unmark", "an earlier run's mark, before translation")
        apply_edits(doc, block, [edit], STAGE)


def translate_with_model(
    foreign: list[tuple[Document, Block, str]],
    terms: list[StrayTerms],
    glossary: Glossary,
    translator: Translator,
) -> tuple[list[dict[int, machine.BlockJob]], set[int]]:
    """Everything the translator covers, in one batched call per language: the foreign blocks
    (written into their blocks) and the stray terms (returned per block, by span number)."""
    from normalize.translate import machine  # sentence splitting and batching: only when needed

    covered = [(d, b, lang) for d, b, lang in foreign if translator.covers(lang)]
    for d, b, _ in covered:
        unmark(d, b)
    block_jobs = [machine.plan_block(d, b, lang, glossary) for d, b, lang in covered]
    term_jobs = [
        {
            i: machine.plan_span(plan.doc, plan.block, span.data.get("lang", ""), span.start, span.end)
            for i, span in enumerate(plan.uncovered)
            if translator.covers(span.data.get("lang", ""))
            and not (span.data.get("lang") == "zh" and looks_like_debris(span.data.get("text", "")))
        }
        for plan in terms
    ]
    machine.translate_jobs(block_jobs + [job for jobs in term_jobs for job in jobs.values()], translator)
    done = {id(job.block) for job in block_jobs if machine.apply_job(job, translator.describe(job.lang))}
    return term_jobs, done


def foreign_blocks(doc: Document) -> list[tuple[Block, str]]:
    """The live blocks the detector called foreign, with their language: in a foreign document,
    every block it gave a foreign language (headings, lists and tables too)."""
    if foreign_document(doc):
        return [(b, b.lang) for b in doc.live_blocks() if b.kind != CODE and b.lang not in (None, "en")]
    return [
        (doc.blocks[f.block], f.data["lang"])
        for f in doc.findings
        if f.kind == "foreign_block" and not doc.blocks[f.block].removed
    ]
