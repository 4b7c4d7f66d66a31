"""Which characters a text holds, cheaply: the gate that lets most English text skip the work
that only letters outside ASCII need (scripts, accents, Vietnamese, non-ASCII digits)."""

from __future__ import annotations

import re
from functools import lru_cache

# U+2000 to U+206F (General Punctuation: dashes, curly quotes, ellipsis, invisible spaces) holds
# no letter, no digit and nothing of any script; English prose uses it all the time.
_PAST_ASCII_AND_PUNCTUATION = re.compile(r"[^\x00-\x7f\u2000-\u206f]")

# A Han character (CJK Extension A and the Unified Ideographs): Chinese text, amounts in 亿 and 万.
HAN = re.compile(r"[\u3400-\u9fff]")

# Icons a page sets beside its controls and metadata ("⏱ 3 min", "🌐 EN", "English ▾"): arrows,
# technical and other symbols, dingbats, emoji and the emoji variation selector, as the ranges of
# a character class.
ICON_RANGES = "\u2190-\u2bff\U0001f300-\U0001faff\ufe0f"


# Texts up to this length have their answer cached: detection and the amount parser ask about
# the same block, and the cache stays a few megabytes.
_CACHED_TEXT_CHARS = 4096


def has_only_ascii_letters(text: str) -> bool:
    """Whether every letter and digit of ``text`` is ASCII: any other character is ASCII or
    general punctuation ("—", "’", "“", "…")."""
    if text.isascii():  # known to the string itself: no scan
        return True
    if len(text) > _CACHED_TEXT_CHARS:
        return _PAST_ASCII_AND_PUNCTUATION.search(text) is None
    return _punctuation_only_past_ascii(text)


@lru_cache(maxsize=2048)
def _punctuation_only_past_ascii(text: str) -> bool:
    return _PAST_ASCII_AND_PUNCTUATION.search(text) is None


_NOT_WORD = re.compile(r"\W+")


def word_characters(text: str) -> str:
    """The word characters of ``text``, case folded: a title and a line compare so, whatever
    their punctuation, spacing and case ("Chip Rules Tighten – TechWire" holds "Chip rules tighten")."""
    return _NOT_WORD.sub("", text).casefold()
