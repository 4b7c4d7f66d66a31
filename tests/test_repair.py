from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import normalize
from normalize.repair import _ftfy_config, mojibake_match, run_ftfy


def test_mojibake_repaired_and_recorded():
    result = normalize.clean("The company donâ€™t agree with the cafÃ© owner.")
    assert result.text == "The company don’t agree with the café owner.\n"
    change = next(c for c in result.changes if c.stage == "repair")
    assert change.rule == "ftfy.mojibake" and "â€™" in change.before


def test_entities_and_invisible_characters():
    result = normalize.clean("Fish &amp; chips were\u200b served.")
    assert result.text == "Fish & chips were served.\n"
    assert {c.rule for c in result.changes} >= {"invisible.remove"}


def test_invisible_character_brought_back_by_mojibake_repair_is_removed():
    # "â€‹" is a zero-width space read as cp1252: ftfy's repair restores the character, which
    # must go like any other, or cleaning the output would change it again.
    result = normalize.clean("Shares rose on Monday.â€‹ Investors cheered the results.")
    assert result.text == "Shares rose on Monday. Investors cheered the results.\n"
    assert [c.rule for c in result.changes] == ["ftfy.mojibake", "invisible.remove"]
    assert normalize.clean(result.text).text == result.text


def test_curly_quotes_kept():
    text = "He said “hello” and it’s fine.\n"
    assert normalize.clean(text).text == text


def test_unrepairable_text_is_flagged_with_span():
    result = normalize.clean("The figure was \ufffd\ufffd\ufffd percent of the total revenue.")
    garbled = [f for f in result.findings if f.kind == "garbled"]
    assert len(garbled) == 1 and (garbled[0].start, garbled[0].end) == (15, 18)


def test_blank_line_runs_and_trailing_spaces_normalized():
    result = normalize.clean("One line.   \n\n\n\nTwo line.\r\nThree.")
    assert result.text == "One line.\n\nTwo line.\nThree.\n"
    assert all(c.rule.startswith("layout.") for c in result.changes)


_MOJIBAKE_MATERIAL = "aé Ãâ€™©Â\u00a0\u0080\ufb01&;#x\ufffd\u0301\x1b[m"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MOJIBAKE_MATERIAL), max_size=24) | st.text(max_size=24))
def test_ftfy_with_one_badness_search_is_ftfy(text):
    # The shortcut in run_ftfy must never change what ftfy does, nor hide leftover mojibake.
    import ftfy
    from ftfy.badness import BADNESS_RE

    fixed, steps, no_mojibake = run_ftfy(text)
    full = ftfy.fix_and_explain(text, config=_ftfy_config())
    assert (fixed, steps) == (full.text, list(full.explanation or []))
    if no_mojibake:
        assert fixed == text and BADNESS_RE.search(text) is None


def _badness_alphabet() -> list[str]:
    """Every character ftfy's badness pattern names, and some ASCII around them."""
    import re

    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    named = {c for c in BADNESS_RE.pattern if not c.isascii()}
    for chars in MOJIBAKE_CATEGORIES.values():
        named |= {c for c in map(chr, range(0x80, 0x2600)) if re.fullmatch(f"[{chars}]", c)}
    return sorted(named) + list("aZ .,!?-°\n")


_BADNESS_ALPHABET = _badness_alphabet()


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_BADNESS_ALPHABET), max_size=6))
@example("\u00c3 ")  # the patterns that need a single non-ASCII character
@example("a \u00c2 ")
@example("x\u00c3 ")
@example("\u0153.")
@example("\x85")
def test_mojibake_gate_never_hides_a_badness_match(text):
    from ftfy.badness import BADNESS_RE

    full = BADNESS_RE.search(text)
    found = mojibake_match(text)
    assert (found and (found.span(), found.group(0))) == (full and (full.span(), full.group(0)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *_BADNESS_ALPHABET,
                "\ufb01",
                "\x1b[1m",
                "&amp;",
                "R&D",
                "&#x41;",
                "&nbsp",
                "e\u0301",
                "\u212b",
                "\ud800",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_ftfy_shortcuts_give_ftfy_result_on_mojibake_material(text):
    import ftfy

    fixed, steps, no_mojibake = run_ftfy(text)
    full = ftfy.fix_and_explain(text, config=_ftfy_config())
    assert (fixed, steps) == (full.text, list(full.explanation or []))
    assert not no_mojibake or mojibake_match(fixed) is None


@settings(max_examples=1000, deadline=None)
@given(st.text(st.characters(max_codepoint=0x7F), max_size=60) | st.text(max_size=60))
@example("plain words")
@example("AT&T")
@example("line one\nline two\ttabbed\r\n")
@example("bell\x07")
@example("del\x7f")
@example("caf\u00e9")
def test_repair_gate_shortcut_is_the_character_class(text):
    from normalize.repair import _REPAIR_GATE, _mojibake_run, may_need_repair

    # the class, or a run of characters of a code page whose mojibake ftfy undoes
    expected = _REPAIR_GATE.search(text) is not None or _mojibake_run().search(text) is not None
    assert may_need_repair(text) == expected


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Mar\u00c3\u00ada", "María"),  # the soft hyphen is the second byte of "í" read as cp1252
        ("S\u00c3\u00b3 v\u00c3\u00ad", "Só ví"),
        ("Tip 2 \u0432\u0402\u201c Broadcast", "Tip 2 – Broadcast"),  # UTF-8 read as cp1251
        ("Le Vigne di Zam\u221a\u2264", "Le Vigne di Zamò"),  # UTF-8 read as MacRoman
        ("\u0149 Chloroplas is \u0149 organel", "\u02bcn Chloroplas is \u02bcn organel"),  # quotes kept curly
        ("pressure\u00e2\u0080\u00a6", "pressure…"),
        ("pressure\u00e2\u0080\u0099\u0085", "pressure’…"),  # U+0085 ends the line: not layout space
        ("NICIODAT\u0102\u00a0", "NICIODATĂ\u00a0"),  # a no-break space is text, not line-end space
    ],
)
def test_mojibake_of_any_code_page_is_repaired_and_text_whitespace_kept(broken, fixed):
    from normalize import Config, Normalizer

    result = Normalizer(Config(translate=False, on_untranslated="keep")).clean(broken)
    assert result.text == fixed + "\n"
    assert not [f for f in result.findings if f.kind == "garbled"]


@settings(max_examples=1000, deadline=None)
@given(
    st.text(st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000ab"), max_size=40) | st.text(max_size=40)
)
def test_line_ends_stripped_as_a_multiline_pattern_strips_them(text):
    import re

    from normalize.repair import strip_line_ends

    # layout space only: U+0085, U+00A0, U+2028 and U+3000 can be text (or mojibake) at a line end
    assert strip_line_ends(text) == re.sub(r"[ \t\f\v\r]+$", "", text, flags=re.MULTILINE)


def test_mojibake_beside_a_glossary_term_is_repaired_once_the_term_is_english():
    # ftfy judges a block whole: "€†" cannot be re-encoded beside "水分", and can once the
    # glossary has made it English. The first run repairs it, as the second would.
    first = normalize.clean("Revenue reached $17 水分 and costs reached $1€† 7B.")
    assert first.text == "Revenue reached $17 inflated figures and costs reached $1\u06e0 7B.\n"
    assert normalize.clean(first.text).text == first.text
    assert [c.stage for c in first.changes if c.field == "text"] == ["translate", "repair"]
