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
