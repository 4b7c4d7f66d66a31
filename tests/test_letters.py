"""The gate that sends text with only ASCII letters down the fast paths."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.detect.scripts import has_foreign_letter
from normalize.letters import has_only_ascii_letters
from normalize.resources import script_table

_PUNCTUATION = "".join(map(chr, range(0x2000, 0x2070)))


def test_dashes_and_curly_quotes_keep_text_plain():
    assert has_only_ascii_letters("Anthropic’s “quiet coup” — a year… on")
    assert has_only_ascii_letters("")
    for text in ("café", "revenue水分", "x²", "Đà Nẵng", "½ share", "µs", "€5"):
        assert not has_only_ascii_letters(text), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_PUNCTUATION) | st.characters(max_codepoint=0x250), max_size=40))
def test_plain_text_has_no_letter_digit_or_script_past_ascii(text):
    # What the fast paths skip must be absent: word characters past ASCII, non-Latin letters,
    # Vietnamese letters.
    if has_only_ascii_letters(text):
        assert all(c.isascii() or not re.match(r"\w", c) for c in text)
        assert not has_foreign_letter(text)
        assert script_table().vietnamese.search(text) is None
    else:
        assert any(not c.isascii() and c not in _PUNCTUATION for c in text)
