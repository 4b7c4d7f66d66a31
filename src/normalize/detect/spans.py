"""Foreign spans inside English blocks: runs of non-Latin script and runs of Vietnamese words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalize.detect.language import has_vietnamese_letter, is_vietnamese_word, looks_like_name
from normalize.detect.scripts import foreign_run_pattern, han_kana_lang, lang_of_script, script_profile
from normalize.letters import has_only_ascii_letters

_LATIN_WORD = re.compile(r"[^\W\d_]+")
# "Shenzhen (深圳)": a capitalised Latin name followed by its own name in another script, in
# brackets. English journalism writes names this way on purpose; the gloss is kept and not
# reported.
_NAME_BEFORE_GLOSS = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3}\s?[(（]$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    lang: str
    text: str


def script_spans(text: str) -> list[Span]:
    """Runs of non-Latin letters (``水分`` in ``revenue水分``)."""
    if text.isascii():
        return []
    spans = []
    for m in foreign_run_pattern().finditer(text):
        if is_name_gloss(text, m.start(), m.end()):
            continue
        profile = script_profile(m.group(0))
        name = profile.dominant_foreign()
        if name is None:
            continue
        if name in ("han", "kana", "hangul"):
            lang = han_kana_lang(m.group(0), profile)
        else:
            lang = lang_of_script(name, m.group(0))
        spans.append(Span(m.start(), m.end(), lang, m.group(0)))
    return spans


def is_name_gloss(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a name's native spelling in brackets right after the name."""
    closes = text[end : end + 1] in (")", "）")
    return closes and _NAME_BEFORE_GLOSS.search(text, max(0, start - 60), start) is not None


def vietnamese_spans(text: str) -> list[Span]:
    """Runs of two or more Vietnamese words; short capitalised runs are names and stay.

    A run continues over spaces and commas and over up to two unmarked words between marked
    ones (many Vietnamese syllables carry no diacritic), and always ends on a marked word.
    """
    if not has_vietnamese_letter(text):  # a run needs two marked words: none, no run
        return []
    words = list(_LATIN_WORD.finditer(text))
    marked = [is_vietnamese_word(w.group(0)) for w in words]
    spans: list[Span] = []
    i = 0
    while i < len(words):
        if not marked[i]:
            i += 1
            continue
        j = last = i
        while j + 1 < len(words) and not text[words[j].end() : words[j + 1].start()].strip(" ,"):
            j += 1
            if marked[j]:
                last = j
            elif j - last > 2:
                break
        # Syllables with shared accents (trí, là) lead into a run as well.
        while (
            i > 0
            and not words[i - 1].group(0).isascii()
            and not marked[i - 1]
            and not text[words[i - 1].end() : words[i].start()].strip(" ,")
        ):
            i -= 1
        run = [w.group(0) for w in words[i : last + 1]]
        if sum(marked[i : last + 1]) >= 2 and not looks_like_name(run):
            start, end = words[i].start(), words[last].end()
            spans.append(Span(start, end, "vi", text[start:end]))
        i = last + 1
    return spans


def foreign_spans(text: str) -> list[Span]:
    """All foreign spans of an English block, in order, without overlaps."""
    if has_only_ascii_letters(text):  # both kinds of span need letters outside ASCII
        return []
    spans = sorted(script_spans(text) + vietnamese_spans(text), key=lambda s: s.start)
    out: list[Span] = []
    for s in spans:
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out
