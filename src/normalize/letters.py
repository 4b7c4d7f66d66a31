"""Which characters a text holds, cheaply: the gate that lets most English text skip the work
that only letters outside ASCII need (scripts, accents, Vietnamese, non-ASCII digits)."""

from __future__ import annotations

import re

# U+2000 to U+206F (General Punctuation: dashes, curly quotes, ellipsis, invisible spaces) holds
# no letter, no digit and nothing of any script; English prose uses it all the time.
_PAST_ASCII_AND_PUNCTUATION = re.compile(r"[^\x00-\x7f\u2000-\u206f]")


def has_only_ascii_letters(text: str) -> bool:
    """Whether every letter and digit of ``text`` is ASCII: any other character is ASCII or
    general punctuation ("—", "’", "“", "…")."""
    return text.isascii() or _PAST_ASCII_AND_PUNCTUATION.search(text) is None
