"""The language of a whole document, decided before its blocks are judged one by one.

A crawl holds whole articles in other languages. Judged block by block, such an article loses
its long paragraphs (foreign) and keeps its headings, list items and table rows (too short to be
anything but "neutral"): a fragment that is neither the article nor English. The document is
measured first, by the evidence that does not misfire on short lines:

- the letters of each non-Latin script, per block (Han, kana, Hangul, Cyrillic…);
- Vietnamese letters, and the function words of each Latin-script language, per block;
- one langdetect call on a sample of the longest Latin blocks, which names the Latin language
  when function words alone cannot (Romance languages share many of theirs).

The page's own declarations (``<html lang>``, ``og:locale``, a JSONL language field) are kept
as hints in the evidence and never decide: pages declare the template's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from normalize.detect.language import (
    classify_script,
    has_vietnamese_letter,
    is_vietnamese_word,
    langdetect_top,
    letter_count,
    mostly_letters,
)
from normalize.detect.words import latin_words, plain_word_counts, words_of
from normalize.letters import has_only_ascii_letters
from normalize.model import CODE, Block
from normalize.resources import function_words

# A document is foreign when one other language holds at least this share of its words (words
# of no known language count too: word fragments and names do not make a document foreign), and
# English at most ENGLISH_AT_MOST: an English article with a foreign headline, lead and quotes
# stays English, and is handled block by block.
FOREIGN_MAIN_SHARE = 0.6
ENGLISH_AT_MOST = 0.25
NO_ENGLISH = 0.05
# Too little text to decide a whole document on: one foreign line is one foreign block.
MIN_WORDS = 12
# Dense scripts hold a word in about one character; Latin words average five letters and a space.
_DENSE_WORD = {"han": 1.0, "kana": 1.0, "hangul": 0.5, "thai": 0.25}
_SAMPLE_CHARS = 1500
_SAMPLE_BLOCKS = 4


@dataclass(frozen=True)
class DocumentLanguage:
    """Main language, the share of English, and the share of each language seen (by words)."""

    main: str | None
    english_share: float
    shares: dict[str, float]
    words: int
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def foreign(self) -> bool:
        """Whether the document as a whole is in one language other than English."""
        if self.main in (None, "en") or self.words < MIN_WORDS or self.english_share > ENGLISH_AT_MOST:
            return False
        # One main language; or several, holding most of the words, and next to no English (song
        # lyrics beside their pinyin). Words of no known language (fragments, names) count against.
        if self.shares.get(self.main, 0.0) >= FOREIGN_MAIN_SHARE:
            return True
        return self.english_share <= NO_ENGLISH and sum(self.shares.values()) >= FOREIGN_MAIN_SHARE

    def as_dict(self) -> dict[str, Any]:
        out = {
            "main": self.main,
            "english_share": self.english_share,
            "languages": self.shares,
            "foreign_document": self.foreign,
        }
        if self.evidence.get("declared"):  # what the page or record said, beside what was measured
            out["declared"] = self.evidence["declared"]
        return out


def _script_vote(text: str) -> tuple[str | None, float] | None:
    """(language, words) of a block a non-Latin script dominates; None for Latin blocks."""
    guess = classify_script(text)
    if guess is None:
        return None
    script = guess.evidence.get("script", "")
    return guess.lang, letter_count(text) * _DENSE_WORD.get(script, 0.2)


def _latin_vote(text: str) -> tuple[str | None, int, dict[str, int]]:
    """(language by its own evidence or None, words, function words per language) of a Latin
    block. Vietnamese letters decide Vietnamese; otherwise the function words the block holds."""
    if has_only_ascii_letters(text):
        counted = plain_word_counts(text)
        words: list[str] = []
    else:
        words, counted = latin_words(text)
        if has_vietnamese_letter(text):
            vi = sum(1 for w in words if is_vietnamese_word(w)) + counted.counts.get("vi", 0)
            if vi * 4 >= counted.words and vi >= 2:
                return "vi", counted.words, counted.counts
    n_words, counts, best = counted.words, counted.counts, counted.best
    if best == "en":
        # The checks below keep symbol runs and one word said again and again from making a
        # language; a wrong English vote only keeps a document English (judged block by block,
        # as before the measure), and most blocks of most documents are English: not asked.
        return best, n_words, counts
    if best is None or not mostly_letters(text):
        return None, n_words, counts
    # One function word written again and again ("en" in a run of symbols) is not a language.
    # (Text with only ASCII letters is lowered whole: its words are the same, found in C.)
    seen = {w.lower() for w in words} if words else set(words_of(text.lower()))
    if len(seen & function_words()[best]) < 2:
        return None, n_words, counts
    return best, n_words, counts


def _sample(blocks: list[Block]) -> str:
    """The longest Latin blocks, up to a langdetect-sized sample."""
    latin = sorted((b.text for b in blocks if classify_script(b.text) is None), key=len, reverse=True)
    sample, size = [], 0
    for text in latin[:_SAMPLE_BLOCKS]:
        if size >= _SAMPLE_CHARS:
            break
        sample.append(text[: _SAMPLE_CHARS - size])
        size += len(sample[-1])
    return "\n".join(sample)


_UNDECIDED = "?"  # Latin words with no function word of any language
# English prose is a quarter to a half English function words (by this project's list; 0.23 to
# 0.5 on its English test articles and samples); foreign prose has a few that other languages
# share ("a", "as", "do" in Portuguese): 0 to 0.12 on the foreign test articles. Below this
# share the Latin text is not English, whatever a block's own count says.
_ENGLISH_FUNCTION_SHARE = 0.18


def document_language(blocks: list[Block], hints: dict[str, Any] | None = None) -> DocumentLanguage:
    """Measure the languages of a document's live text blocks (code aside)."""
    blocks = [b for b in blocks if b.kind != CODE and b.text and not b.text.isspace()]
    scripts: dict[str, float] = {}  # words per language, from non-Latin scripts
    latin: dict[str, float] = {}  # words per language, from Latin blocks
    per_block: list[dict[str, int]] = []  # function words per language, of each Latin block
    for block in blocks:
        text = block.text
        if has_only_ascii_letters(text):  # no other script: no script vote to take
            counted = plain_word_counts(text)
            if counted.best == "en":  # most blocks of most documents: settled here (see _latin_vote)
                per_block.append(counted.counts)
                latin["en"] = latin.get("en", 0.0) + counted.words
                continue
        else:
            vote = _script_vote(text)
            if vote is not None:
                lang, weight = vote
                if lang:
                    scripts[lang] = scripts.get(lang, 0.0) + weight
                continue
        lang, n, block_counts = _latin_vote(text)
        per_block.append(block_counts)
        key = lang or _UNDECIDED
        latin[key] = latin.get(key, 0.0) + n
    evidence: dict[str, Any] = {"declared": hints} if hints else {}
    total = sum(scripts.values()) + sum(latin.values())
    _name_latin_language(blocks, latin, per_block, evidence)
    latin.pop(_UNDECIDED, None)  # still counted in the total: a share is of all the words
    weights = dict(scripts)
    for lang, weight in latin.items():
        weights[lang] = weights.get(lang, 0.0) + weight
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    shares = {k: round(v / total, 3) for k, v in ranked if v} if total else {}
    main = next(iter(shares), None)
    return DocumentLanguage(main, shares.get("en", 0.0), shares, round(total), evidence)


def _name_latin_language(
    blocks: list[Block], latin: dict[str, float], per_block: list[dict[str, int]], evidence: dict[str, Any]
) -> None:
    """Where the Latin text is not English by its function words, one langdetect call on a
    sample of the longest Latin blocks names its language: Spanish, Portuguese and Italian share
    many short words, so a block's own count can name the wrong one, and many languages have no
    function-word list here. When langdetect is sure, the Latin words not counted Vietnamese go
    to the language it names: a block that counted English by a shared word or two is part of
    a text that is not English."""
    words = sum(latin.values())
    # English first: most documents stop here, and the other languages' totals are not needed.
    if words < MIN_WORDS or sum(c.get("en", 0) for c in per_block) >= _ENGLISH_FUNCTION_SHARE * words:
        return
    counts = {lang: sum(c.get(lang, 0) for c in per_block) for lang in function_words()}
    evidence["function_words"] = {k: v for k, v in counts.items() if v}
    clear = _clear_winner(counts)
    if clear:  # German, Dutch or Indonesian by a wide margin: no need to ask
        evidence["function_words_decide"] = clear
        _move_to(latin, clear)
        return
    sample = _sample(blocks)
    if not sample or not mostly_letters(sample):
        return
    lang, prob = langdetect_top(sample)
    evidence["langdetect"] = {"lang": lang, "probability": round(prob, 3)}
    if prob < 0.9 or lang in ("en", "vi", ""):
        return
    _move_to(latin, lang)


# Languages whose function words overlap so much that a count cannot name one of them.
_CLOSE = frozenset({"es", "pt", "it", "fr"})
_CLEAR_MARGIN = 4
_CLEAR_AT_LEAST = 12


def _clear_winner(counts: dict[str, int]) -> str | None:
    """The language whose function words outnumber every other's several times over, outside
    the Romance languages (which share too many to be told apart by count)."""
    ranked = sorted(((n, lang) for lang, n in counts.items() if lang != "vi"), reverse=True)
    if not ranked:
        return None
    (top, lang), runner_up = ranked[0], (ranked[1][0] if len(ranked) > 1 else 0)
    if lang in _CLOSE or lang == "en" or top < _CLEAR_AT_LEAST or top < _CLEAR_MARGIN * runner_up:
        return None
    return lang


def _move_to(latin: dict[str, float], lang: str) -> None:
    """The Latin words not counted Vietnamese go to ``lang``."""
    movable = [k for k in latin if k not in ("vi", lang)]
    latin[lang] = latin.get(lang, 0.0) + sum(latin.pop(k) for k in movable)
