"""The regex helpers of the data loaders."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from normalize.errors import RulesError
from normalize.resources import (
    alternation,
    bounded_alternation,
    case_forms,
    caseless_alternation,
    metric_terms,
)

# Letters with folds of their own (Kelvin sign, long s, dotted and dotless i), a non-ASCII letter
# and characters that have no case.
_CHARS = "sSkKiIbnu\u212a\u017f\u0130\u0131đĐé$ -."
_WORDS = st.lists(st.text(alphabet=_CHARS, min_size=1, max_size=4), min_size=1, max_size=6)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_WORDS, st.text(alphabet=_CHARS, max_size=12))
@example(["usd", "us dollars", "u"], "US DOLLARS")
@example(["bn", "billion", "b"], "Billion bn B")
@example(["k", "kwh"], "\u212aWH")
@example(["s"], "\u017f")
@example(["đồng"], "ĐỒNG")
def test_caseless_alternation_matches_what_the_ignore_case_flag_does(words, text):
    flagged = re.compile(f"(?i:{alternation(words)})")
    written = re.compile(caseless_alternation(words))
    for start in range(len(text) + 1):
        a, b = flagged.match(text, start), written.match(text, start)
        assert (a and a.group()) == (b and b.group()), (words, text, start)


@pytest.mark.parametrize("char", ["s", "k", "i", "S", "x", "$", " ", "đ"])
def test_case_forms_are_what_an_ignore_case_match_accepts(char):
    one = re.compile(re.escape(char), re.IGNORECASE)
    expected = [chr(n) for n in range(0x2200) if one.fullmatch(chr(n))]
    assert list(case_forms(char)) == expected


def test_case_forms_of_letters_with_folds_beyond_their_two_cases():
    assert case_forms("k") == "Kk\u212a"
    assert case_forms("s") == "Ss\u017f"


def test_a_currency_word_ending_in_a_digit_is_refused(monkeypatch):
    import normalize.resources as resources

    real = resources._package_text

    def with_bad_word(name: str) -> tuple[str, str]:
        label, text = real(name)
        return label, text.replace("[currency_words]\n", '[currency_words]\n"usd2" = "USD"\n')

    monkeypatch.setattr(resources, "_package_text", with_bad_word)
    metric_terms.cache_clear()
    try:
        with pytest.raises(RulesError, match="may not end in a digit"):
            metric_terms()
    finally:
        metric_terms.cache_clear()


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(st.text(alphabet="abcr_1 -", min_size=1, max_size=5), min_size=1, max_size=6),
    st.text(alphabet="abcr_1 -.\n", max_size=16),
)
@example(["run rate", "run-rate", "round", "r"], "a run-rate, around run rates")
@example(["-x", "ab"], "a -x ab")
def test_bounded_alternation_finds_what_the_word_bounded_one_does(words, text):
    plain = re.compile(r"\b(?:" + alternation(words) + r")\b")
    written = re.compile(bounded_alternation(words))
    assert [m.span() for m in written.finditer(text)] == [m.span() for m in plain.finditer(text)]
