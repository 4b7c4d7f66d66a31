"""Choosing an encoding where the bytes do not say: Unicode without a byte-order mark, ISO-2022,
and legacy code pages (charset-normalizer, then the letters of a language).

Single-byte code pages often score alike in charset-normalizer (Hungarian text reads as cp1250
and as cp1252 with the same chaos), and its language guess can be wrong on short text. The right
code page turns the bytes into the letters of one language; a wrong one into a mixture
("megfelelõ" for "megfelelő", "ą" among Czech letters). So every plausible single-byte reading is
scored by the share of its letters outside ASCII that one language writes
(``rules/alphabets.toml``), and the best reading wins; the web's default, cp1252, wins ties.
When another reading scores close and gives other text, the choice is reported: no silent guess.
"""

from __future__ import annotations

import codecs
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# ISO-2022 escape sequences (7-bit text that switches character sets).
_ISO2022 = (
    (b"\x1b$)C", "iso2022_kr"),
    (b"\x1b$B", "iso2022_jp"),
    (b"\x1b$@", "iso2022_jp"),
    (b"\x1b$(D", "iso2022_jp_2"),
)
# Multi-byte code pages read as what browsers read them as (the superset).
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ascii": "utf-8",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
}
_PREFERRED_ON_TIE = ("cp1252", "gb18030", "big5", "cp932", "shift_jis", "euc_kr", "cp1251", "cp1250")
# Single-byte readings always tried besides charset-normalizer's: the web's legacy defaults.
_ALWAYS_TRIED = ("cp1252", "cp1250", "iso8859_2", "cp1254", "cp1251", "cp1257")
_CLOSE = 0.05  # readings whose scores differ by less than this are a close call


@dataclass(frozen=True)
class Reading:
    text: str
    encoding: str
    doubt: str | None = None  # why the choice is not sure, when it is not


@cache
def alphabets() -> dict[str, frozenset[str]]:
    data = tomllib.loads(resources.files("normalize.rules").joinpath("alphabets.toml").read_text("utf-8"))
    return {lang: frozenset(letters) for lang, letters in data["letters"].items()}


# Signs outside ASCII that text in any language uses: they neither confirm nor refute a reading.
_COMMON_SIGNS = frozenset(
    "\u00a0\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u00b7\u20ac\u00a3\u00a5\u00a9\u00ae\u2122\u00b0\u00d7\u00f7\u00ab\u00bb\u2039\u203a\u00a7\u00b6\u00bf\u00a1\u00bd\u00bc\u00be\u00b1\u2032\u2033\u00ad"
)

# Alphabets of scripts other than Latin: their letters never sit inside a Latin word, so one
# glued to an ASCII letter is the mark of a wrong code page ("megfelelж").
_OTHER_SCRIPTS = ("cyrillic", "greek", "hebrew", "arabic", "thai")


def letter_fit(text: str) -> float:
    """The largest share of the text's letters outside ASCII that one language writes (1.0 when
    it has none: nothing to judge by). A letter of another script next to an ASCII letter does
    not count as that script's."""
    lowered = text.lower()
    letters, glued = [], []
    for i, c in enumerate(lowered):
        if c > "\x7f" and not c.isalpha() and c not in _COMMON_SIGNS:
            letters.append("")  # a sign no text needs here ("M³ller"): fits no language
            glued.append(False)
        elif c > "\x7f" and c.isalpha():
            letters.append(c)
            before, after = lowered[i - 1 : i], lowered[i + 1 : i + 2]
            glued.append((before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()))
    if not letters:
        return 1.0
    best = 0
    for lang, alphabet in alphabets().items():
        other_script = lang in _OTHER_SCRIPTS
        fits = sum(c in alphabet and not (other_script and g) for c, g in zip(letters, glued, strict=True))
        best = max(best, fits)
    return best / len(letters)


def _printable(text: str) -> bool:
    bad = sum(1 for c in text if (c < " " and c not in "\t\n\r\f") or c == "\x00")
    return bad <= len(text) // 100


def latin_share(text: str) -> float:
    """The share of the letters outside ASCII that are Latin (1.0 when there are none)."""
    letters = [c for c in text if c > "\x7f" and c.isalpha()]
    if not letters:
        return 1.0
    return sum(c <= "\u024f" or "\u1e00" <= c <= "\u1eff" for c in letters) / len(letters)


def bomless_unicode(data: bytes) -> Reading | None:
    """UTF-32 or UTF-16 without a byte-order mark: many NUL bytes (the high bytes of ASCII-range
    characters), and the whole file decodes to printable text in the encoding their places point
    to. A few NUL bytes are binary junk, not text."""
    head = data[:4096]
    if head.count(0) * 4 < len(head) or len(data) % 2:
        return None
    nuls = [sum(1 for i in range(k, len(head), 4) if head[i] == 0) for k in range(4)]
    order = []
    if len(data) % 4 == 0 and min(nuls) < 0.5 * max(nuls):
        order += ["utf-32-le", "utf-32-be"] if nuls.index(min(nuls)) == 0 else ["utf-32-be", "utf-32-le"]
    odd, even = nuls[1] + nuls[3], nuls[0] + nuls[2]
    order += ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]
    for encoding in order:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _printable(text):
            return Reading(text, encoding)
    return None


def mostly_utf8(data: bytes) -> Reading | None:
    """UTF-8 with a few stray bytes: a cp1252 "’" (0x92) pasted into a UTF-8 file, a page that
    declares UTF-8 and holds a handful of bad bytes. Reading the whole file in a legacy code page
    for them turned every em dash into "鈥攎"; here the file stays UTF-8 when it holds UTF-8
    characters outside ASCII and nearly all of it is valid UTF-8 (stray bytes at most 2% of it,
    or fewer than its UTF-8 characters). The stray bytes are read as cp1252, and the reading
    says so."""
    text = data.decode("utf-8", "surrogateescape")
    stray = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    valid = sum(1 for c in text if c > "\x7f") - stray
    if not stray or not valid or (valid < stray and stray * 50 > len(data)):
        return None  # no UTF-8 character at all, or more stray bytes than 2% and than UTF-8
    fixed = _STRAY.sub(lambda m: _cp1252_byte(ord(m.group(0)) - 0xDC00), text)
    return Reading(fixed, "utf-8", f"{stray} byte(s) were not valid UTF-8 and were read as cp1252")


_STRAY = re.compile("[\udc80-\udcff]")


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return bytes([byte]).decode("latin-1")


def iso2022(data: bytes) -> Reading | None:
    """ISO-2022-JP or -KR: 7-bit bytes with the escape sequence that switches to their sets."""
    if not data.isascii() or b"\x1b" not in data:
        return None
    for escape, encoding in _ISO2022:
        if escape in data:
            try:
                return Reading(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    return None


def legacy(data: bytes) -> Reading | None:
    """charset-normalizer's reading, with single-byte code pages chosen by their letters."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    others = [m for m in matches if m.encoding != best.encoding]
    if not _is_single_byte(best.encoding):
        return _as_detected(data, best, [m.encoding for m in others])
    if latin_share(str(best)) < 0.5:
        # Cyrillic, Greek, Hebrew, Arabic, Thai: every code page of the script gives letters of
        # it, so letters cannot choose; charset-normalizer's language model can.
        tied = [m.encoding for m in others if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
        return _as_detected(data, best, tied)
    candidates: list[str] = []
    for m in matches:
        if m.chaos > best.chaos + _CLOSE:
            continue  # charset-normalizer finds it messy: not a reading to weigh
        for name in [m.encoding, *(m.could_be_from_charset or [])]:
            if name not in candidates and _is_single_byte(name):
                candidates.append(name)
    candidates += [e for e in _ALWAYS_TRIED if e not in candidates]
    return choose_by_letters(data, candidates)


def _as_detected(data: bytes, best: Any, others: list[str]) -> Reading:
    """charset-normalizer's reading, as browsers read its code page (GB2312 as GB18030,
    Shift_JIS variants as cp932); when one of ``others`` the bytes are also valid in gives other
    characters, the reading says so."""
    encoding = SUPERSETS.get(best.encoding, best.encoding)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding, text = best.encoding, str(best)
    rivals = []
    for other in dict.fromkeys([best.encoding, *others]):
        try:
            if other != encoding and data.decode(other) != text:
                rivals.append(other)
        except (UnicodeDecodeError, LookupError):
            continue
    doubt = (
        f"read as {encoding}; the bytes are also valid {', '.join(rivals)}, with other characters"
        if rivals
        else None
    )
    return Reading(text, encoding, doubt)


@cache
def _is_single_byte(encoding: str) -> bool:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return False
    return (
        info.name not in {"utf-8", "utf-16", "utf-32"}
        and len(bytes(range(256)).decode(info.name, "replace")) == 256
    )


def choose_by_letters(data: bytes, candidates: list[str]) -> Reading | None:
    """The reading whose letters fit one language best; ties go to the earlier candidate, the
    web's defaults first. A close runner-up that reads differently is the reading's doubt."""
    scored: list[tuple[float, int, str, str]] = []
    order: dict[str, int] = {}
    for encoding in (*_PREFERRED_ON_TIE, *candidates):
        order.setdefault(encoding, len(order))
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if latin_share(text) < 0.5:
            continue  # a reading in another script: not a Latin-script candidate
        scored.append((letter_fit(text), -order.get(encoding, len(order)), encoding, text))
    if not scored:
        return None
    # Readings within the close band of the best are tied: the web's defaults win among them.
    top = max(s[0] for s in scored)
    scored.sort(key=lambda s: (s[0] >= top - _CLOSE, s[1], s[0]), reverse=True)
    fit, _, encoding, text = scored[0]
    rival = next((s for s in scored[1:] if s[3] != text), None)
    doubt = None
    if rival is not None and abs(fit - rival[0]) < _CLOSE:
        doubt = f"read as {encoding}; {rival[2]} reads it as plausibly, with other letters"
    elif fit < 0.9:
        doubt = f"read as {encoding}, but its letters fit no language well"
    return Reading(text, encoding, doubt)
