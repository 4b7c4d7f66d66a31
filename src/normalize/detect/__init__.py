"""Detect stage: language of each block, foreign spans inside English blocks."""

from __future__ import annotations

from normalize.config import Config
from normalize.detect.language import LanguageGuess, classify_block
from normalize.detect.spans import Span, foreign_spans
from normalize.model import CODE, TABLE, Block, Document, Finding

__all__ = ["LanguageGuess", "Span", "classify_block", "foreign_spans", "run"]

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


def language_name(code: str) -> str:
    return _LANG_NAMES.get(code, code)


def detect_block(doc: Document, block: Block, config: Config) -> None:
    """Classify one block and record foreign-block or foreign-span findings."""
    if block.kind == CODE:
        return
    if block.kind != TABLE:
        guess = classify_block(block.text, config.langdetect_min_words)
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


def run(doc: Document, config: Config) -> None:
    """Detect stage entry point."""
    for block in doc.live_blocks():
        detect_block(doc, block, config)
