"""Decoding debris: Han characters that are English punctuation's bytes read as GBK.

UTF-8 or Windows-1252 text decoded as GBK somewhere upstream leaves runs such as ``鈥攎`` (an em
dash and an "m") or ``抯`` ("'s") glued to English words. They are not Chinese terms: neither
the dictionary nor a model may render them.
"""

from __future__ import annotations

_PUNCTUATION = frozenset("‘’“”–—…•")


def _latin_or_punctuation(text: str) -> bool:
    """Latin letters, ASCII and general punctuation only (what English text is made of)."""
    return all(ord(ch) < 0x250 or 0x2000 <= ord(ch) < 0x2070 for ch in text)


def looks_like_debris(run: str) -> bool:
    """Whether a Han run is bytes of English punctuation decoded as GBK: its GB18030 bytes read
    as UTF-8 without Han, or as Windows-1252 punctuation and ASCII letters only."""
    try:
        raw = run.encode("gb18030")
    except UnicodeEncodeError:
        return False
    try:
        decoded = raw.decode("utf-8")
        if _latin_or_punctuation(decoded):
            return True
    except UnicodeDecodeError:
        pass
    try:
        decoded = raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(ch.isascii() or ch in _PUNCTUATION for ch in decoded)
