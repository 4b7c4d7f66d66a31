"""Sentence splitting for machine translation, for every script the detector knows.

Translation models are trained on single sentences, so a paragraph is cut into sentences before
it reaches the model. The rules are the project's own (Argos Translate's default splitter needs a
model downloaded on first use): Chinese and Japanese full stops end a sentence where they stand;
Latin, Cyrillic and Vietnamese ones need a space after them and must not follow an abbreviation
(``rules/sentences.toml``) or an initial. Decimal points and ellipses inside a sentence stay.
"""

from __future__ import annotations

import re
from functools import cache

from normalize.resources import package_toml

_CLOSERS = "\"'”’»」』）)\\]】》"
# A run of stops (with the closing quotes and brackets that belong to the sentence) that may
# end it: the wide stops anywhere, the narrow ones only before a space.
_BOUNDARY = re.compile(
    rf"[。！？｡]+[{_CLOSERS}]*\s*"
    rf"|(?P<narrow>[.!?…]+)[{_CLOSERS}]*\s+"
)
_WORD_BEFORE = re.compile(r"(\S+)$")


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations (lower case, without the final stop) for ``lang`` and for every language."""
    table = package_toml("sentences.toml").get("abbreviations", {})
    words = list(table.get("all", [])) + list(table.get(lang, []))
    return frozenset(w.casefold() for w in words)


def _ends_after_abbreviation(text: str, stop_at: int, lang: str) -> bool:
    """Whether the full stop at ``stop_at`` closes an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE.search(text, 0, stop_at)
    if m is None:
        return False
    word = m.group(1).lstrip("(\"'“‘«")
    if len(word) == 1 and word.isupper():
        return True
    return word.casefold() in abbreviations(lang)


def _starts_like_sentence(text: str, at: int) -> bool:
    """A following sentence starts with a capital, a digit, an opening mark or a non-cased letter."""
    if at >= len(text):
        return True
    ch = text[at]
    return not ch.islower()


def split_sentences(text: str, lang: str = "") -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, without the whitespace between sentences."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group("narrow"):
            stops = m.group("narrow")
            if stops == "." and _ends_after_abbreviation(text, m.start(), lang):
                continue
            if not _starts_like_sentence(text, end):
                continue
        sentence_end = len(text[:end].rstrip())
        if sentence_end > start:
            spans.append((start, sentence_end))
        start = end
    tail_end = len(text.rstrip())
    if tail_end > start:
        spans.append((start, tail_end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]


# Markdown structure that is no part of the text to translate: a line's heading, list or quote
# mark, a table's pipes and its rule row. A model given "| Jahr | Anlagen |" or "## Was sich
# ändert" translates the marks too, or drops them; the structure must come out as it went in.
_LINE_MARK = re.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]+|[-*+•][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)")
_TABLE_RULE = re.compile(r"\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$")
_CELL = re.compile(r"[^|]+")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) without the spaces at either side; None when what is left has no letter."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return (start, end) if any(c.isalpha() for c in text[start:end]) else None


def prose_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a block that are text to translate: each line past its
    Markdown mark, each table cell; rule rows and cells without a letter ("2024") are left out."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.lstrip().startswith("|"):
            if not _TABLE_RULE.match(body):
                cells = (_trimmed(text, offset + m.start(), offset + m.end()) for m in _CELL.finditer(body))
                spans.extend(cell for cell in cells if cell)
        else:
            mark = _LINE_MARK.match(body)
            span = _trimmed(text, offset + (mark.end() if mark else 0), offset + len(body))
            if span:
                spans.append(span)
        offset += len(line)
    return spans
