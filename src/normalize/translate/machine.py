"""Whole foreign blocks through a translator, batched across blocks and documents.

Every sentence of every block that needs one language pair goes to the translator in one call.
Glossary terms are swapped for placeholders first and restored as the glossary's English after.
When the model loses a placeholder, that sentence falls back to translating the text between
its terms on its own (a second batched call) and putting the glossary's English in between, so
the glossary still wins and the sentence keeps all its words; the change records the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from normalize.glossary import Glossary, Protected, protect_terms, restore_terms
from normalize.model import Block, Document, Edit, apply_edits
from normalize.translate.base import Translator
from normalize.translate.sentences import prose_spans, split_sentences

STAGE = "translate"
RULE = "mt.translate"
RULE_FALLBACK = "mt.glossary_fallback"


@dataclass
class Sentence:
    """One sentence of a block on its way through the model."""

    start: int
    end: int
    protected: Protected
    output: str | None = None
    fallback: bool = False


@dataclass
class BlockJob:
    """A foreign block to translate, with its sentences."""

    doc: Document
    block: Block
    lang: str
    sentences: list[Sentence] = field(default_factory=list)


def plan_block(doc: Document, block: Block, lang: str, glossary: Glossary) -> BlockJob:
    """Cut a block into sentences and protect each sentence's glossary terms. A heading's, list
    item's or quote's mark and a table's pipes stay as they are: only the text between them is
    translated, a table cell by cell."""
    job = BlockJob(doc, block, lang)
    for at, until in prose_spans(block.text):
        for start, end in split_sentences(block.text[at:until], lang):
            text = block.text[at + start : at + end]
            job.sentences.append(Sentence(at + start, at + end, protect_terms(text, lang, glossary)))
    return job


def plan_span(doc: Document, block: Block, lang: str, start: int, end: int) -> BlockJob:
    """A stray term (a span of an English block) as a one-sentence job, with nothing protected."""
    text = block.text[start:end]
    return BlockJob(doc, block, lang, [Sentence(start, end, Protected(text, (), (text,)))])


def _fallback_segments(protected: Protected) -> list[str]:
    """The source text between a sentence's glossary terms, the pieces that still need the model."""
    return [part.strip() for part in protected.parts if part.strip()]


def _join_fallback(protected: Protected, translated: list[str]) -> str:
    """Translated pieces and glossary targets, in source order, one space apart; empty when the
    model gave nothing for a piece (the block then goes to the untranslated policy)."""
    if any(not t.strip() for t in translated):
        return ""
    out: list[str] = []
    pieces = iter(translated)
    for n, part in enumerate(protected.parts):
        if part.strip():
            out.append(next(pieces).strip())
        if n < len(protected.targets):
            out.append(protected.targets[n])
    text = " ".join(p for p in out if p)
    return text[:1].upper() + text[1:]


def _translate_unique(translator: Translator, lang: str, texts: list[str]) -> list[str]:
    """One batched call with each distinct text once (a site's repeated lines cost one sentence)."""
    if not texts:
        return []
    unique = list(dict.fromkeys(texts))
    translated = dict(zip(unique, translator.translate(lang, unique), strict=True))
    return [translated[t] for t in texts]


def translate_jobs(jobs: list[BlockJob], translator: Translator) -> None:
    """Fill in every sentence's output: one batched call per language, plus one for fallbacks."""
    if not jobs:
        return
    by_lang: dict[str, list[Sentence]] = {}
    for job in jobs:
        by_lang.setdefault(job.lang, []).extend(job.sentences)
    for lang, sentences in by_lang.items():
        outputs = _translate_unique(translator, lang, [s.protected.text for s in sentences])
        lost: list[Sentence] = []
        for sentence, output in zip(sentences, outputs, strict=True):
            sentence.output = restore_terms(output.strip(), sentence.protected)
            if sentence.output is None:
                lost.append(sentence)
        if not lost:
            continue
        segments = [_fallback_segments(s.protected) for s in lost]
        flat = _translate_unique(translator, lang, [seg for segs in segments for seg in segs])
        position = 0
        for sentence, segs in zip(lost, segments, strict=True):
            sentence.output = _join_fallback(sentence.protected, flat[position : position + len(segs)])
            sentence.fallback = True
            position += len(segs)


def apply_job(job: BlockJob, route: str) -> bool:
    """Write a job's translations into its block; False (nothing written) when a sentence came
    back empty, so the block is handled by the untranslated policy instead."""
    if not job.sentences or any(not (s.output or "").strip() for s in job.sentences):
        return False
    edits: list[Edit] = []
    for n, s in enumerate(job.sentences):
        output = s.output or ""
        following = job.sentences[n + 1].start if n + 1 < len(job.sentences) else None
        if following == s.end:  # 。-joined sentences: English needs the space
            output += " "
        terms = ", ".join(f"{t!r}" for t in s.protected.targets)
        reason = f"machine translation {route}" + (f"; glossary: {terms}" if terms else "")
        if s.fallback:
            reason += (
                "; the model lost a glossary placeholder, so the text between the terms was translated alone"
            )
        edits.append(Edit(s.start, s.end, output, RULE_FALLBACK if s.fallback else RULE, reason))
    apply_edits(job.doc, job.block, edits, STAGE)
    return True
