"""The words of a Latin block and the function words among them, counted once per block.

The document-language measure and each block's own detection ask the same of every block: how
many words, how many function words of each language, which language leads. The answers are
cached (``short_text_cache``), so the second asker reads the first one's.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from functools import cache, lru_cache, wraps
from typing import NamedTuple, TypeVar

from normalize.letters import has_only_ascii_letters
from normalize.resources import function_words

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# The same words where every letter is A-Z or a-z (``has_only_ascii_letters``): a third faster.
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def words_of(text: str) -> list[str]:
    return (_ASCII_WORD if has_only_ascii_letters(text) else _WORD).findall(text)


@cache
def _languages_of_word() -> tuple[dict[str, int], list[tuple[str, ...]], dict[bytes, int]]:
    """(function word -> the number of its set of languages, the sets, the same index keyed by
    the word's bytes): one lookup per word instead of one per list. Numbers start at 1, so that
    ``filter(None, ...)`` drops the words that are no function word before they are counted."""
    index: dict[str, list[str]] = {}
    for lang, vocab in function_words().items():
        for word in vocab:
            index.setdefault(word, []).append(lang)
    sets = [(), *sorted({tuple(langs) for langs in index.values()})]
    number = {langs: n for n, langs in enumerate(sets)}
    by_word = {word: number[tuple(langs)] for word, langs in index.items()}
    return by_word, sets, {word.encode(): n for word, n in by_word.items()}


def _per_language(numbers: array[int]) -> dict[str, int]:
    """Function words per language, from the set numbers of the words that are function words."""
    _, sets, _ = _languages_of_word()
    counts = dict.fromkeys(function_words(), 0)
    for number in set(numbers):
        n = numbers.count(number)
        for lang in sets[number]:
            counts[lang] += n
    return counts


def function_word_counts(words: list[str]) -> dict[str, int]:
    """How many of ``words`` are function words of each language."""
    # Numbering each word's set of languages in C (an array over map) and then counting the few
    # distinct numbers (array.count, in C) is several times faster than a Python loop over the
    # words, and a quarter faster than a Counter.
    index, _, _ = _languages_of_word()
    return _per_language(array("L", filter(None, map(index.get, map(str.lower, words)))))


# Text with only ASCII letters is split into words by a byte table and bytes.split, a third the
# cost of a pattern's matches: A-Z lowered, a-z and the apostrophe kept ("’" is written "'"
# first), every other byte a space (the UTF-8 bytes of "—" and the like are all >= 0x80).
_WORD_BYTES = bytes.maketrans(
    bytes(range(256)),
    bytes(b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 or b == 39 else 32 for b in range(256)),
)
_BYTES_WORD = re.compile(rb"[a-z]+(?:'[a-z]+)?")


# The document-language measure and each block's own detection ask the same questions of every
# block (its words, its script): the second answer is the first one's, from a cache. Texts up to
# this length are cached, so that the cache stays a few megabytes.
_CACHED_TEXT_CHARS = 4096
_T = TypeVar("_T")


def short_text_cache(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """``function`` with its answers for texts up to ``_CACHED_TEXT_CHARS`` kept (4,096 of
    them); ``cache_clear`` empties the cache, as ``lru_cache``'s does."""
    cached = lru_cache(maxsize=4096)(function)

    @wraps(function)
    def answer(text: str) -> _T:
        return cached(text) if len(text) <= _CACHED_TEXT_CHARS else function(text)

    answer.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return answer


class WordCounts(NamedTuple):
    """A Latin block's words and function words, and the languages they point to most."""

    words: int
    counts: dict[str, int]  # function words per language, English included (read, never changed)
    best: str | None  # the most counted language; None when no function word is there
    other: str  # the most counted language other than English ("" when none)
    other_count: int


def summarise(words: int, counts: dict[str, int]) -> WordCounts:
    """The counts with the leading languages; on ties, the first in the list's order (``max``
    keeps the first of equals; the keys are in the list's order)."""
    get = counts.__getitem__
    other = max(_languages_but_english(), key=get, default="")
    other_count = counts[other] if other else 0
    best = "en" if counts["en"] >= other_count else other
    return WordCounts(words, counts, best if counts[best] else None, other, other_count)


@cache
def _languages_but_english() -> tuple[str, ...]:
    return tuple(lang for lang in function_words() if lang != "en")


@short_text_cache
def plain_word_counts(text: str) -> WordCounts:
    """Words and function words of text with only ASCII letters (see ``_plain_word_counts``)."""
    return summarise(*_plain_word_counts(text))


@short_text_cache
def latin_words(text: str) -> tuple[list[str], WordCounts]:
    """The words of a Latin block with other letters than ASCII ones, and their counts (the
    list is shared through the cache: read, never changed)."""
    words = _WORD.findall(text)
    return words, summarise(len(words), function_word_counts(words))


def _plain_word_counts(text: str) -> tuple[int, dict[str, int]]:
    """(the number of words, function words per language) of text with only ASCII letters,
    the words being those ``words_of`` finds. They are what ``split`` gives after the byte
    table, except where an apostrophe stands: "it's" is one word, "'quoted'" is "quoted" and
    "rock'n'roll" two, as the pattern says. No function word holds an apostrophe (a test keeps
    it so): such a token counts as no function word, and the pattern's words in it are added."""
    _, _, index = _languages_of_word()
    kept = text.replace("’", "'").encode().translate(_WORD_BYTES)
    tokens = kept.split()
    total, numbers = len(tokens), array("L", filter(None, map(index.get, tokens)))
    at = kept.find(b"'")
    while at >= 0:
        start = kept.rfind(b" ", 0, at) + 1
        end = kept.find(b" ", at)
        end = len(kept) if end < 0 else end
        if kept.count(b"'", start, end) > 1 or kept[start] == 39 or kept[end - 1] == 39:
            # Not one word with an apostrophe inside ("it's", "OpenAI's": one word, which is
            # no function word, as the token was): the pattern says which words it holds.
            total -= 1
            for word in _BYTES_WORD.findall(kept, start, end):  # one or two words
                total += 1
                if word in index:
                    numbers.append(index[word])
        at = kept.find(b"'", end)
    return total, _per_language(numbers)
