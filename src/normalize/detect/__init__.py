"""Detect stage: language of each block, foreign spans inside English blocks."""

from __future__ import annotations

import re

from normalize.config import Config
from normalize.detect.document import DocumentLanguage, document_language
from normalize.detect.language import LanguageGuess, classify_block, classify_script
from normalize.detect.spans import Span, foreign_spans
from normalize.model import CODE, TABLE, Block, Document, Finding

__all__ = [
    "DocumentLanguage",
    "LanguageGuess",
    "Span",
    "classify_block",
    "document_language",
    "foreign_spans",
    "marked_language",
    "record_guess",
    "run",
    "untranslated_mark",
]

_LANG_NAMES = {
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "vi": "Vietnamese",
    "ru": "Russian",
    "uk": "Ukrainian",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "el": "Greek",
    "ar": "Arabic",
    "he": "Hebrew",
    "th": "Thai",
    "hi": "Hindi",
}


# The untranslated policy "mark" starts a block with "[untranslated xx] ". Read again, the mark
# says the block's language: the words it adds must not make the block English, or a second run
# would treat its foreign text as stray terms in an English block.
_MARK = re.compile(r"\[untranslated ([^\]\s]+)\] ")


def untranslated_mark(lang: str) -> str:
    """The mark the policy "mark" puts before a block in ``lang``."""
    return f"[untranslated {lang}] "


def marked_language(text: str) -> str | None:
    """The language an earlier run's untranslated mark names at the start of ``text``, if any."""
    if not text.startswith("[untranslated "):  # every block is asked: most fail here
        return None
    m = _MARK.match(text)
    return m.group(1) if m else None


def language_name(code: str) -> str:
    return _LANG_NAMES.get(code, code)


def record_guess(doc: Document, block: Block, guess: LanguageGuess) -> None:
    """Give ``block`` the language ``guess`` names; a foreign block gets its finding."""
    block.lang, block.lang_confidence, block.evidence = guess.lang, guess.confidence, guess.evidence
    if guess.foreign:
        doc.add_finding(
            Finding(
                "foreign_block",
                block.index,
                0,
                len(block.text),
                f"{language_name(guess.lang or '')} {block.kind.replace('_', ' ')}",
                {"lang": guess.lang, "confidence": guess.confidence, "evidence": guess.evidence},
            )
        )


def detect_block(doc: Document, block: Block, config: Config) -> None:
    """Classify one block and record foreign-block or foreign-span findings."""
    if block.kind == CODE:
        return
    if block.kind != TABLE:
        marked = marked_language(block.text)
        guess = (
            LanguageGuess(marked, 1.0, {"reason": "marked untranslated by an earlier run"})
            if marked
            else classify_block(block.text, config.langdetect_min_words)
        )
        record_guess(doc, block, guess)
        if guess.foreign:
            return
    for span in foreign_spans(block.text):
        doc.add_finding(
            Finding(
                "foreign_span",
                block.index,
                span.start,
                span.end,
                f"{language_name(span.lang)} term {span.text!r} in an English sentence",
                {"lang": span.lang, "text": span.text},
            )
        )


# Where a document's declared language is kept: the page's <html lang> and og:locale, and the
# language field of the record it came in (JSONL).
DECLARED_LANGUAGE_KEYS = ("language", "locale", "record_language")


def _hints(doc: Document) -> dict[str, str]:
    """What the page or record declares about its language: evidence, never the answer."""
    return {k: str(doc.metadata[k]) for k in DECLARED_LANGUAGE_KEYS if doc.metadata.get(k)}


def mark_foreign_document(doc: Document, language: DocumentLanguage) -> None:
    """A document in one foreign language is one unit: every block takes the document's
    language (a block in another script keeps its own), and one finding says so."""
    main = language.main or ""
    share = language.shares.get(main, 0.0)
    for block in doc.live_blocks():
        if block.kind == CODE or not block.text.strip():
            continue
        own = classify_script(block.text)
        lang = own.lang if own is not None and own.lang else main
        block.lang, block.lang_confidence = lang, share
        block.evidence = {"reason": "document language", "document": main}
    first = next((b.index for b in doc.live_blocks()), 0)
    english = language.english_share
    message = f"{language_name(main)} document ({share:.0%} of its words; English {english:.0%})"
    data = {"lang": main, "share": share, "english_share": english, "languages": language.shares}
    doc.add_finding(Finding("foreign_document", first, 0, 0, message, data))


def run(doc: Document, config: Config) -> None:
    """Detect stage entry point: the document's language first; a foreign document is one
    unit, an English one is judged block by block."""
    language = document_language(doc.live_blocks(), _hints(doc))
    doc.metadata["document_language"] = language.as_dict()
    if language.foreign:
        mark_foreign_document(doc, language)
        return
    for block in doc.live_blocks():
        detect_block(doc, block, config)
