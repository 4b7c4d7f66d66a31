"""The word lists the furniture shapes use (``rules/shapes.toml``), with a user's additions.

A ``--rules`` file may add words to any list under a ``[shapes.<table>]`` table, for example::

    [shapes.header]
    counts = ["aufrufe"]

The lists are one signal among several: the shapes (separators, counts, dates, copies of body
text) do most of the work. ``Words`` looks a list up in a line by its words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from normalize.errors import RulesError
from normalize.letters import HAN
from normalize.resources import alternation, package_toml

_WORD = re.compile(r"\w+")
_LATIN_RUN = re.compile(r"[a-z0-9]+")


class Vocabulary:
    """Word lists by table and key. One object per set of rules files (the shipped one, or one
    per cached rules set), hashed by identity, so that the patterns built from it are cached
    once each. Without lists it is the shipped one, read on first use: not at import, so that
    start-up does not read ``shapes.toml``."""

    def __init__(self, lists: dict[str, dict[str, list[str]]] | None = None) -> None:
        self._lists = lists

    def table(self, name: str) -> dict[str, list[str]]:
        return (self._lists if self._lists is not None else _shipped())[name]


@cache
def _shipped() -> dict[str, dict[str, list[str]]]:
    return {t: {k: list(v) for k, v in keys.items()} for t, keys in package_toml("shapes.toml").items()}


SHIPPED = Vocabulary()


def check_additions(label: str, data: Any) -> dict[str, dict[str, list[str]]]:
    """A rules file's ``[shapes]`` table, checked against the shipped tables and keys."""
    shipped = _shipped()
    if not isinstance(data, dict):
        raise RulesError(f"{label}: [shapes] must be a table of tables")
    for table, keys in data.items():
        if table not in shipped:
            raise RulesError(f"{label}: unknown table [shapes.{table}] (known: {', '.join(shipped)})")
        if not isinstance(keys, dict):
            raise RulesError(f"{label}: [shapes.{table}] must be a table of word lists")
        for key, words in keys.items():
            if key not in shipped[table]:
                known = ", ".join(shipped[table])
                raise RulesError(f"{label}: unknown list {key!r} in [shapes.{table}] (known: {known})")
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise RulesError(f"{label}: [shapes.{table}] {key} must be a list of words")
    return data


def with_additions(additions: list[dict[str, dict[str, list[str]]]]) -> Vocabulary:
    """The shipped vocabulary with each rules file's words added, in order."""
    if not additions:
        return SHIPPED
    lists = {t: {k: list(ws) for k, ws in keys.items()} for t, keys in _shipped().items()}  # a copy
    for data in additions:
        for table, keys in data.items():
            for key, words in keys.items():
                lists[table][key] = [*lists[table][key], *(w for w in words if w not in lists[table][key])]
    return Vocabulary(lists)


class Words:
    """A word list looked for in a line by its words: one-word entries by set lookup, phrases
    only where their first word is in the line, Han entries (no spaces between words there) by
    substring where the line has Han characters. A regular-expression alternation searched
    along every line cost several times more. Entries in letters match whole words ("you", not
    "your")."""

    def __init__(self, words: list[str]) -> None:
        entries = {w.strip().lower() for w in words if w.strip()}
        self.entries = tuple(sorted(entries))
        han = [w for w in entries if HAN.search(w)]
        self.single = frozenset(w for w in entries if w not in han and _WORD.fullmatch(w))
        self.phrases: dict[str, list[re.Pattern[str]]] = {}
        for phrase in entries - self.single - set(han):
            first = _WORD.search(phrase)
            key = first.group(0) if first else phrase
            self.phrases.setdefault(key, []).append(re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)"))
        self.han = re.compile(alternation(han)) if han else None

    def may_be_in(self, lowered: str) -> bool:
        """Whether an entry is in the lower-cased ``lowered`` at all, whole word or not: a
        screen cheaper than splitting the line into words (an entry in a line is in its text)."""
        for entry in self.entries:  # noqa: SIM110 (any() over a generator is twice as slow here)
            if entry in lowered:
                return True
        return False

    def count_in(self, line: LineWords) -> int:
        """How many of the entries the line holds (as ``in_line`` finds them)."""
        count = len(self.single & line.words)
        for first in self.phrases.keys() & line.words:
            count += sum(1 for p in self.phrases[first] if p.search(line.lowered))
        if self.han is not None and line.has_han:
            count += len(set(self.han.findall(line.lowered)))
        return count

    def in_line(self, line: LineWords) -> bool:
        if not self.single.isdisjoint(line.words):
            return True
        for first in self.phrases.keys() & line.words:
            if any(p.search(line.lowered) for p in self.phrases[first]):
                return True
        return self.han is not None and line.has_han and self.han.search(line.lowered) is not None


class LineWords:
    """A line lower-cased and split into words once, for the ``Words`` lists asked about it."""

    def __init__(self, text: str) -> None:
        self.lowered = text.lower()
        self.has_han = HAN.search(self.lowered) is not None
        words = _WORD.findall(self.lowered)
        if self.has_han:  # a Latin word glued to Han characters ("由ai翻译") is a word of its own
            words += _LATIN_RUN.findall(self.lowered)
        self.words = frozenset(words)
