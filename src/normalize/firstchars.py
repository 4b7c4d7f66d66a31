"""Which patterns may match a text, told by the text's first character.

The clean stage tries its line rules on every block of every document, and its section
headings on every heading. Each rule fails at the first character on almost every block, but
Python's regular-expression engine, ignoring case, tries every branch of every rule to find
that out (one joined pattern: 6 ms of the stage's 45 on the bench's defect corpus). A rule's
match can start only with some characters ("the article body…": t or T); the patterns say
which, and this module reads them from the parsed pattern, so that a block is tried only on the
rules that may start with its first character.

The reading is conservative: where a pattern may start with any character (``.``, a negated
class, an empty match, a group with flags of its own, a construct not read here), it has no
first characters and every text is tried on it.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's opcodes: Python's own, stable since 3.11
from re import _parser

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """A construct whose first characters are not read here."""


def _class_items(items: list[tuple[object, object]]) -> set[str]:
    parts = set()
    for op, av in items:
        if op is sre.LITERAL:
            parts.add(re.escape(chr(av)))  # type: ignore[arg-type]
        elif op is sre.RANGE:
            lo, hi = av  # type: ignore[misc]
            parts.add(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.add(_CATEGORIES[av])
        else:  # a negated class, a category of another kind
            raise _Unknown
    return parts


def _first(items: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """The class items a match of the sequence ``items`` may start with, and whether the
    sequence may match the empty string (then what follows it may start the match too)."""
    parts: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # an anchor or a look-around consumes nothing: the next item starts
        if op is sre.LITERAL:
            return parts | {re.escape(chr(av))}, False  # type: ignore[arg-type]
        if op is sre.IN:
            return parts | _class_items(av), False  # type: ignore[arg-type]
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = av  # type: ignore[misc]
            if add_flags or del_flags:
                raise _Unknown  # the class below is compiled with the pattern's own flags
            sub, empty = _first(inner)
        elif op is sre.ATOMIC_GROUP:
            sub, empty = _first(av)  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _high, inner = av  # type: ignore[misc]
            sub, empty = _first(inner)
            empty = empty or low == 0
        elif op is sre.BRANCH:
            firsts = [_first(branch) for branch in av[1]]  # type: ignore[index]
            sub = set().union(*(f for f, _ in firsts))
            empty = any(e for _, e in firsts)
        else:  # any character, a back-reference, a conditional group
            raise _Unknown
        parts |= sub
        if not empty:
            return parts, False
    return parts, True


def first_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character pattern (with ``pattern``'s flags, so that case is ignored the same
    way) that matches every character a match of ``pattern`` may start with; None where that
    cannot be told, and any text must be tried."""
    try:
        parts, empty = _first(list(_parser.parse(pattern.pattern, pattern.flags)))
    except (_Unknown, re.error, RecursionError):
        return None
    if empty or not parts:
        return None
    return re.compile("[" + "".join(sorted(parts)) + "]", pattern.flags)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_BACK_REFERENCE = re.compile(r"\(\?P=|\\[1-9]")


def joined(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern that matches where any of ``patterns`` matches (a screen: which one does is
    found by trying them in turn), their group names dropped so that two may share one; None
    where they cannot be joined (flags differ, a back-reference, a pattern with flags of its
    own)."""
    if len(patterns) < 2 or len({p.flags for p in patterns}) != 1:
        return None
    if any(_BACK_REFERENCE.search(p.pattern) for p in patterns):
        return None
    sources = [_NAMED_GROUP.sub("(?:", p.pattern) for p in patterns]
    try:
        return re.compile("|".join(f"(?:{source})" for source in sources), patterns[0].flags)
    except re.error:
        return None


class FirstCharacterIndex:
    """Patterns looked up by the first character of a text: ``candidates(text)`` are the
    positions of the patterns that may match at its start, in order; ``first_match(text)`` the
    position of the first that does. The answer for each character is worked out once and
    kept, with the candidates joined into one pattern: a text most often matches none, and one
    try of the joined pattern says so where three or four tries of the candidates did (the
    line rules' lookup over the bench's 4,473 short blocks: 4.8 -> 3.4 ms)."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.firsts = [first_characters(p) for p in patterns]
        self.everything = tuple(range(len(patterns)))
        self.by_character: dict[str, tuple[tuple[int, ...], re.Pattern[str] | None]] = {}
        self.joined_everything = joined(patterns)

    def _lookup(self, text: str) -> tuple[tuple[int, ...], re.Pattern[str] | None]:
        if not text:
            return self.everything, self.joined_everything
        char = text[0]
        found = self.by_character.get(char)
        if found is None:
            ids = tuple(i for i, first in enumerate(self.firsts) if first is None or first.match(char))
            found = ids, joined([self.patterns[i] for i in ids])
            self.by_character[char] = found
        return found

    def candidates(self, text: str) -> tuple[int, ...]:
        return self._lookup(text)[0]

    def first_match(self, text: str) -> int | None:
        """The position of the first pattern that matches at the start of ``text``, trying only
        the candidates; None where none does."""
        ids, screen = self._lookup(text)
        if screen is not None and screen.match(text) is None:
            return None
        for i in ids:  # a loop: next() over a generator cost a tenth of the screen
            if self.patterns[i].match(text):
                return i
        return None
