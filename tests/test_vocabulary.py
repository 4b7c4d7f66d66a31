"""The furniture shapes' word lists: the shipped ones, a rules file's additions, word lookup."""

from __future__ import annotations

import pytest

import normalize
from normalize import shapes
from normalize.errors import RulesError
from normalize.resources import parse_boilerplate
from normalize.vocabulary import SHIPPED, LineWords, Words, check_additions, with_additions

TITLE = "Port Strike Ends"
BODY = "Dockworkers went back to work on Monday after a nine-day strike over pay and automation."


def test_words_match_whole_words_phrases_and_han_anywhere():
    words = Words(["you", "tiếng anh", "翻译"])
    assert words.in_line(LineWords("Are YOU there"))
    assert not words.in_line(LineWords("your page"))  # a whole word, not a prefix
    assert words.in_line(LineWords("Dịch từ Tiếng Anh."))
    assert not words.in_line(LineWords("tiếng anhxyz"))
    assert words.in_line(LineWords("本文由机器翻译"))  # no spaces between Han words


def test_a_rules_file_adds_words_to_the_shipped_lists():
    rules = parse_boilerplate("site.toml", '[shapes.teaser]\nlabels = ["lesetipp"]\n')
    vocab = rules.vocabulary
    assert "lesetipp" in vocab.table("teaser")["labels"]
    assert vocab.table("teaser")["label_words"] == SHIPPED.table("teaser")["label_words"]
    assert shapes.inline_teaser("Lesetipp: Shipping Rates Fall Again Across Asia", vocab)
    assert not shapes.inline_teaser("Lesetipp: Shipping Rates Fall Again Across Asia")


def test_the_additions_reach_the_pipeline_through_config_rules(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[shapes.header]\ncounts = ["aufrufe"]\n', encoding="utf-8")
    # "847 Aufrufe" (German: views) and a time: without the count word, a bare number.
    text = f"{TITLE}\n\n08:15 · 847 Aufrufe · Ressort Wirtschaft\n\n{BODY}\n"
    # No model here: foreign lines stay unless a rule takes them.
    keep = normalize.Config(on_untranslated="keep")
    assert "Aufrufe" in normalize.clean(text, keep).text
    result = normalize.clean(text, normalize.Config(on_untranslated="keep", rules=(site,)))
    assert result.text == f"{TITLE}\n\n{BODY}\n"
    (line,) = [f for f in result.findings if f.kind == "metadata_line"]
    assert line.data["signals"] == ["count", "time"]


def test_a_latin_word_glued_to_han_characters_is_a_word():
    line = LineWords("本页由AI翻译")
    assert Words(["ai"]).in_line(line)
    assert not Words(["ai"]).in_line(LineWords("The maid left"))  # not inside a Latin word


def test_additions_are_merged_in_order_without_repeats():
    merged = with_additions([{"share": {"networks": ["vk", "x"]}}, {"share": {"networks": ["line"]}}])
    networks = merged.table("share")["networks"]
    assert networks[-2:] == ["vk", "line"] and networks.count("x") == 1
    assert with_additions([]) is SHIPPED


@pytest.mark.parametrize(
    "data, message",
    [
        ({"footer": {"labels": ["x"]}}, "unknown table [shapes.footer]"),
        ({"teaser": {"words": ["x"]}}, "unknown list 'words' in [shapes.teaser]"),
        ({"teaser": {"labels": "lesetipp"}}, "must be a list of words"),
        ({"teaser": {"labels": [""]}}, "must be a list of words"),
        ({"teaser": ["lesetipp"]}, "must be a table of word lists"),
        (["teaser"], "must be a table of tables"),
    ],
)
def test_bad_additions_are_refused_with_the_file_and_the_list(data, message):
    with pytest.raises(RulesError, match="site.toml: .*" + message.replace("[", r"\[").replace("]", r"\]")):
        check_additions("site.toml", data)


def test_words_count_the_entries_a_line_holds():
    languages = Words(["english", "vietnamese", "tiếng anh", "中文"])
    assert languages.count_in(LineWords("An English rendering of a Vietnamese report")) == 2
    assert languages.count_in(LineWords("Bản tiếng Anh của bài 中文")) == 2  # a phrase and a Han entry
    assert languages.count_in(LineWords("Englishness, not English")) == 1  # whole words only
