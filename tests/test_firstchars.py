"""Patterns looked up by a text's first character: a screen that never drops a match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.firstchars import FirstCharacterIndex, first_characters, joined
from normalize.resources import boilerplate_rules


def _starts(pattern: str, flags: int = 0) -> str | None:
    first = first_characters(re.compile(pattern, flags))
    return None if first is None else "".join(c for c in "aAbBtTxX0 ,💬" if first.match(c))


def test_first_characters_are_read_through_anchors_groups_and_optional_parts():
    assert _starts(r"^the article", re.IGNORECASE) == "tT"
    assert _starts(r"^(?:💬\s*)?(?:\d+ comments|be first)") == "b0💬"
    assert _starts(r"^(?:a|b)?x") == "abx"
    assert _starts(r"(?=x)\bx") == "x"  # look-arounds and word boundaries consume nothing
    assert _starts(r"[a-b,]+t") == "ab,"
    assert _starts(r"\s*x") == "x "


def test_a_pattern_that_may_start_anywhere_has_no_first_characters():
    for pattern in (r".x", r"[^a]x", r"a?", r"(?:x|)", r"(x)?(?(1)a|b)", r"(?i:a)b"):
        assert _starts(pattern) is None, pattern


def test_ignoring_case_folds_as_the_pattern_does():
    # The class is compiled with the pattern's flags: the Kelvin sign and the long s match.
    assert first_characters(re.compile("^k", re.IGNORECASE)).match("\u212a")  # type: ignore[union-attr]
    assert first_characters(re.compile("^s", re.IGNORECASE)).match("\u017f")  # type: ignore[union-attr]


def test_the_index_keeps_each_characters_answer_and_tries_everything_on_an_empty_text():
    index = FirstCharacterIndex([re.compile("^a"), re.compile(".b"), re.compile("^c")])
    assert index.candidates("apple") == (0, 1)
    assert index.candidates("cat") == (1, 2)
    assert index.candidates("") == (0, 1, 2)
    assert set(index.by_character) == {"a", "c"}


_PIECES = [
    "💬 ",
    "Comments",
    "comments",
    " (0)",
    "(12)",
    "Share on ",
    "Twitter",
    "Read more",
    ": ",
    "the story",
    "This article was machine-translated",
    ".",
    " ",
    "Advertisement",
    "广告",
    "问",
    "：",
    "Follow us on ",
    "X",
    "We use cookies",
    "Sign up for our free newsletter",
    "ı",
    "K",
    "Related topics",
    "Further Reading",
    "常见问题",
    "Archive",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join))
def test_no_shipped_rule_that_matches_is_screened_out(text):
    rules = boilerplate_rules()
    for patterns, index in (
        ([r.pattern for r in rules.lines], rules.line_index),
        ([r.heading for r in rules.sections], rules.heading_index),
    ):
        matching = {i for i, p in enumerate(patterns) if p.match(text)}
        assert matching <= set(index.candidates(text)), text
        # The candidates' joined screen lets through every text one of them matches.
        assert index.first_match(text) == min(matching, default=None), text


def test_every_shipped_rule_has_first_characters():
    # A rule with none is tried on every block: a new rule that loses its screen shows here.
    rules = boilerplate_rules()
    assert all(f is not None for f in rules.line_index.firsts)
    assert all(f is not None for f in rules.heading_index.firsts)


def test_patterns_are_joined_with_their_group_names_dropped_or_not_at_all():
    one = re.compile(r"^(?P<n>\d+) comments$", re.IGNORECASE)
    two = re.compile(r"^share (?P<n>\w+)$", re.IGNORECASE)
    both = joined([one, two])
    assert both is not None and both.flags & re.IGNORECASE
    assert both.match("12 Comments") and both.match("SHARE this") and not both.match("12 shares")
    assert joined([one, re.compile(r"^(a)\1$", re.IGNORECASE)]) is None  # a back-reference
    assert joined([one, re.compile(r"^(?P<x>a)(?P=x)$", re.IGNORECASE)]) is None
    assert joined([one, re.compile(r"^share$")]) is None  # flags differ
    assert joined([one]) is None  # one pattern is its own screen


def test_the_first_match_is_the_first_candidate_that_matches_behind_the_screen():
    index = FirstCharacterIndex([re.compile("^ab", re.I), re.compile("^a.", re.I), re.compile("^c", re.I)])
    assert index.first_match("ax") == 1
    assert index.first_match("AB") == 0
    assert index.first_match("az") == 1 and index.first_match("b") is None and index.first_match("") is None
