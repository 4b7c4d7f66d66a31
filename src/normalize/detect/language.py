"""Block language: script evidence first, function words second, langdetect last.

Short lines (headings, dates, table rows, labels) are where statistical detectors guess wildly,
so they are settled by evidence that cannot misfire: a Latin-only line with no foreign evidence is
English or neutral, never foreign. ``langdetect`` is consulted only for long Latin blocks that
neither scripts nor function words settle, and is loaded only then.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

from normalize.detect.scripts import han_kana_lang, has_foreign_letter, lang_of_script, script_profile
from normalize.detect.words import (
    function_word_counts,
    latin_words,
    plain_word_counts,
    short_text_cache,
    summarise,
    words_of,
)
from normalize.letters import has_only_ascii_letters
from normalize.resources import FOLDED_ONTO_ASCII, function_words, loanword_pattern, loanwords, script_table

# Quotations inside a block are in another voice; a Chinese sentence quoting an English title is
# Chinese. Quoted parts are set aside when judging a block that mixes scripts.
_QUOTED = re.compile(r"“[^”\n]{0,400}”|「[^」\n]{0,400}」|『[^』\n]{0,400}』|\"[^\"\n]{0,400}\"")
# Non-ASCII characters other than punctuation, Latin-1 symbols and spaces: a cheap superset of the
# accented letters.
_MAYBE_ACCENTED = re.compile("[^\x00-\x7f\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f]")
_NAME_MAX_WORDS = 4
_SURE_FUNCTION_WORDS = 5  # this many foreign function words settle a language without langdetect


class LanguageGuess(NamedTuple):
    """A block's language, how sure, and why. A named tuple: one is built for every block."""

    lang: str | None  # None: neutral (numbers, symbols, names)
    confidence: float
    evidence: dict[str, Any]

    @property
    def foreign(self) -> bool:
        return self.lang is not None and self.lang != "en"


_WORD_RUN = re.compile(r"\w+")


@cache
def _loanword_starts() -> frozenset[str] | None:
    """The first run of word characters of each loanword, lowered; None when a loanword starts
    with something else, so that no shortcut applies."""
    starts = [_WORD_RUN.match(phrase.lower()) for phrase in loanwords()]
    return frozenset(m.group(0) for m in starts if m) if all(starts) else None


def may_hold_loanword(text: str) -> bool:
    """Cheap test before the loanword pattern: a match starts where a run of word characters
    starts, and that run is the loanword's own first run. Lowered runs are compared, as the
    pattern ignores case; text with a character whose folding str.lower() does not share
    always goes to the pattern."""
    starts = _loanword_starts()
    if starts is None or any(c in text for c in FOLDED_ONTO_ASCII):
        return True
    return not starts.isdisjoint(_WORD_RUN.findall(text.lower()))


def has_vietnamese_letter(text: str) -> bool:
    """Whether any letter only Vietnamese uses is in ``text`` (one regex search, no words)."""
    return not text.isascii() and script_table().vietnamese.search(text) is not None


def is_vietnamese_word(word: str) -> bool:
    # Vietnamese letters are all outside ASCII: most words need no regex at all.
    return not word.isascii() and script_table().vietnamese.search(word) is not None


def looks_like_name(words: list[str]) -> bool:
    """A few capitalised words (``Nguyễn Phú Trọng``, ``São Paulo``) are a name, not a passage."""
    return 0 < len(words) <= _NAME_MAX_WORDS and all(w[0].isupper() for w in words)


def classify_script(text: str) -> LanguageGuess | None:
    """Settle blocks dominated by a non-Latin script; None when Latin letters dominate."""
    if text.isascii():  # most English blocks stop here
        return None
    return _classify_script(text)


@short_text_cache
def _classify_script(text: str) -> LanguageGuess | None:
    if not has_foreign_letter(text):
        return None
    frame = _QUOTED.sub(" ", text)
    profile = script_profile(frame)
    foreign = profile.weighted_foreign()
    if not foreign or foreign <= profile.latin:
        return None
    name = profile.dominant_foreign()
    assert name is not None
    lang = han_kana_lang(frame, profile) if name in ("han", "kana", "hangul") else lang_of_script(name, frame)
    share = foreign / (foreign + profile.latin)
    evidence = {"script": name, "script_share": round(share, 3)}
    return LanguageGuess(lang, round(min(1.0, 0.5 + share / 2), 3), evidence)


def distinct_words(words: list[str]) -> int:
    """Different words among ``words``, case aside. langdetect weighs every n-gram of a text, so
    one word written again and again is as much evidence to it as as many different words, and
    it can be sure of a wrong language: "Company cloud company company company company company
    company." reads as Catalan with probability 1.0."""
    return len({w.lower() for w in words})


def _distinct(words: list[str], lang: str) -> int:
    """Different function words of ``lang`` among ``words``: "Y … Y" is one word twice, not Spanish."""
    return len({w.lower() for w in words} & function_words().get(lang, frozenset()))


def _foreign_by_function_words(
    text: str, lang: str, count: int, n_words: int, evidence: dict[str, Any]
) -> LanguageGuess:
    evidence[f"function_words_{lang}"] = count
    confidence = round(min(1.0, 0.5 + count / (2 * n_words) + 0.1 * count), 3)
    if count < _SURE_FUNCTION_WORDS:  # Romance languages share short words; let langdetect say which
        detected, prob = langdetect_top(text)
        if prob >= 0.9 and detected in function_words() and detected != "en":
            evidence["langdetect"] = {"lang": detected, "probability": round(prob, 3)}
            lang, confidence = detected, max(confidence, round(prob, 3))
    return LanguageGuess(lang, confidence, evidence)


# A short sentence in a Romance language, German or Dutch shares its few short words with English
# ("a", "no", "in", "so", "is"): "A casa fica no centro da cidade." counts two English function
# words and two Portuguese ones. Where the foreign evidence (the other language's function words
# and accented words) is at least the English, langdetect is asked; it must be sure, and name a
# language whose own function words or accented letters the sentence holds.
_SHORT_SENTENCE_WORDS = 5


def _short_foreign_sentence(
    text: str, accented: int, en: int, other: int, counts: dict[str, int], evidence: dict[str, Any]
) -> LanguageGuess | None:
    foreign = other + accented
    if foreign < 2 or en > foreign or not mostly_letters(text):
        return None
    lang, prob = langdetect_top(text)
    if prob < 0.95 or lang == "en" or lang not in function_words() or not (counts.get(lang) or accented):
        return None
    evidence.update(accented_words=accented, langdetect={"lang": lang, "probability": round(prob, 3)})
    return LanguageGuess(lang, round(prob, 3), evidence)


def classify_latin(text: str, min_words_for_langdetect: int, plain: bool | None = None) -> LanguageGuess:
    """Language of a Latin-script block from Vietnamese letters, function words, then langdetect.
    ``plain`` is ``has_only_ascii_letters(text)`` where the caller knows it."""
    if plain is None:
        plain = has_only_ascii_letters(text)
    words: list[str] = []  # for the plain path, found only where a rare branch asks for them
    if plain:
        # No accented letter: no loanword to set aside, no Vietnamese word, and the words need
        # only be counted.
        counted = plain_word_counts(text)
        vi_words = 0
    else:
        words, counted = latin_words(text)
        # Only accented words can be loanwords to set aside; curly quotes and dashes are not letters.
        if _MAYBE_ACCENTED.search(text) and any(not w.isascii() for w in words) and may_hold_loanword(text):
            text = loanword_pattern().sub(" ", text)  # "à la carte" is English
            words = words_of(text)
            counted = summarise(len(words), function_word_counts(words))
        vi_words = sum(1 for w in words if is_vietnamese_word(w)) if has_vietnamese_letter(text) else 0
    n_words, counts = counted.words, counted.counts
    if not n_words:
        return LanguageGuess(None, 1.0, {"reason": "no words"})
    # Names are a few capitalised words: the case of the words matters only then.
    name = n_words <= _NAME_MAX_WORDS and looks_like_name(words or words_of(text))
    en = counts["en"]  # counts are shared with the document-language measure: read, never changed
    vi_fw = counts.get("vi", 0)
    evidence: dict[str, Any] = {"words": n_words, "function_words_en": en}
    if vi_words and not name:
        share = (vi_words + vi_fw) / n_words
        if vi_words >= 2 and share >= 0.25 and vi_words + vi_fw > en:
            evidence.update(vietnamese_words=vi_words, function_words_vi=vi_fw)
            return LanguageGuess("vi", round(min(1.0, 0.6 + share / 2), 3), evidence)
    other_lang, other = counted.other, counted.other_count
    if other >= 2 and other > en * 2 and not name and _distinct(words or words_of(text), other_lang) >= 2:
        return _foreign_by_function_words(text, other_lang, other, n_words, evidence)
    if not en and n_words < min_words_for_langdetect and not name:
        # A short line with no English function word and several accented words ("Una startup
        # cuántica recauda 300 millones de dólares") is worth asking langdetect; it must be sure.
        accented = sum(1 for w in words or words_of(text) if not w.isascii())  # "’s" counts too
        if accented >= 2 and n_words >= 4:
            lang, prob = langdetect_top(text)
            evidence.update(accented_words=accented, langdetect={"lang": lang, "probability": round(prob, 3)})
            if prob >= 0.95 and lang in function_words() and lang != "en":
                return LanguageGuess(lang, round(prob, 3), evidence)
    # Accented letters bound the accented words from above, and cost one scan in C: most lines
    # are English by far, and are not asked about word by word.
    if not name and n_words >= _SHORT_SENTENCE_WORDS:
        maybe_accented = 0 if plain else len(_MAYBE_ACCENTED.findall(text))
        if other + maybe_accented >= max(2, en):
            accented = sum(1 for w in words if not w.replace("’", "'").isascii()) if maybe_accented else 0
            guess = _short_foreign_sentence(text, accented, en, other, counts, evidence)
            if guess is not None:
                return guess
    if en and en >= other:
        return LanguageGuess("en", round(min(1.0, 0.5 + en / n_words), 3), evidence)
    if n_words < min_words_for_langdetect:
        evidence["reason"] = "short Latin line without foreign evidence"
        return LanguageGuess(None, 1.0, evidence)
    if not mostly_letters(text):
        evidence["reason"] = "mostly symbols and digits: no language to detect"
        return LanguageGuess(None, 1.0, evidence)
    if distinct_words(words or words_of(text)) < min_words_for_langdetect:
        evidence["reason"] = "too few different words to detect a language"
        return LanguageGuess(None, 1.0, evidence)
    lang, prob = langdetect_top(text)
    evidence["langdetect"] = {"lang": lang, "probability": round(prob, 3)}
    if lang == "en" or prob < 0.9:
        return LanguageGuess("en" if lang == "en" else None, round(prob, 3), evidence)
    return LanguageGuess(lang, round(prob, 3), evidence)


def classify_block(text: str, min_words_for_langdetect: int = 8) -> LanguageGuess:
    """Language of one block."""
    if has_only_ascii_letters(text):  # most English blocks: no script to weigh
        return classify_latin(text, min_words_for_langdetect, plain=True)
    return classify_script(text) or classify_latin(text, min_words_for_langdetect, plain=False)


@cache
def _detector_factory():  # type: ignore[no-untyped-def]
    from normalize.detect.profiles import load_factory

    return load_factory()


# langdetect reads every ASCII digit as a space and a run of spaces as one, so texts that differ
# only in their figures ("Anthropic170 related articles" on one page, "Anthropic93 related
# articles" on the next) get the same answer. The answer is cached on the text with each digit
# run as one "0": repeated site furniture costs one detection, not one per page. Texts langdetect
# would cut (10,000 characters) are not cached, and a text with a URL keeps its digits (the URL
# pattern has a length limit), so the answer is always the one langdetect gives.
_LANGDETECT_CHARS = 10_000
_DIGIT_RUN = re.compile(r"[0-9]+")
# A letter written four or more times running ("soooo", "dddddddd") is emphasis or keyboard
# noise, not language, yet langdetect weighs its n-grams like any others and can be sure of a
# wrong language: a line of "dddd…" runs reads as Welsh (whose "dd" is a letter) with
# probability 1.0. No language writes a letter four times running (German "Brennnessel" has
# three), so such a run is shortened to one letter before langdetect sees the text.
_ELONGATED = re.compile(r"([^\W\d_])\1{3,}")


def mostly_letters(text: str) -> bool:
    """Whether letters are at least half of what langdetect reads (spaces aside, elongated letters
    shortened, a letter being a word character that is no digit). Prose in any language is mostly
    letters; a line of symbol runs with word fragments between them is not, and langdetect's
    answer for it swings from one language to another (French at 0.86, then Catalan at 1.0) with
    any small edit, such as a glossary term."""
    if _MAYBE_ELONGATED.search(text):  # a third the cost of the exact pattern, which rarely matches
        text = _ELONGATED.sub(r"\1", text)
    if text.isascii():  # counted by deleting bytes, in C
        raw = text.encode()
        letters = len(raw.translate(None, _ASCII_NOT_LETTERS))
        spaces = len(raw) - len(raw.translate(None, _ASCII_SPACES))
    else:
        spaces, letters = _spaces_and_letters(text)
    return 2 * letters >= len(text) - spaces


def letter_count(text: str) -> int:
    """Letters in ``text`` (word characters that are no digit), counted in C."""
    return _spaces_and_letters(text)[1]


def _spaces_and_letters(text: str) -> tuple[int, int]:
    spaces = text.count(" ") + len(_SPACE_BUT_BLANK.findall(text))  # a short list, not one per word
    return spaces, len(text) - spaces - len(_NOT_LETTER_NOR_SPACE.findall(text))


# mostly_letters is asked about every Latin block with function words when the document's
# language is measured; a loop over characters was a third of that time on trafilatura's pages.
_MAYBE_ELONGATED = re.compile(r"(\w)\1\1\1")
_ASCII_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_ASCII_SPACES = bytes(b for b in range(128) if chr(b).isspace())
_SPACE_BUT_BLANK = re.compile(r"[^\S ]")
# A letter is a word character that is no digit nor underscore (numerals such as "²" and "½" are
# word characters too: they count as letters here, as they do for langdetect's n-grams).
_NOT_LETTER_NOR_SPACE = re.compile(r"[^\w\s]|[\d_]")


def langdetect_top(text: str) -> tuple[str, float]:
    """Most probable language by langdetect (profiles loaded on first use), as ISO 639-1, with
    elongated letters shortened."""
    text = _ELONGATED.sub(r"\1", text)
    if len(text) > _LANGDETECT_CHARS:
        return _langdetect(text)
    return _langdetect_cached(text if "://" in text else _DIGIT_RUN.sub("0", text))


@lru_cache(maxsize=1024)
def _langdetect_cached(text: str) -> tuple[str, float]:
    return _langdetect(text)


def _langdetect(text: str) -> tuple[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _detector_factory()
    detector = factory.create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "", 0.0
    return best.lang.split("-")[0], float(best.prob)
