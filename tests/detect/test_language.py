"""Table-driven language decisions: short English lines are never foreign."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.detect import classify_block, foreign_spans
from normalize.detect.language import classify_latin, may_hold_loanword
from normalize.detect.spans import script_spans, vietnamese_spans
from normalize.detect.words import _WORD, function_word_counts, plain_word_counts, words_of
from normalize.letters import has_only_ascii_letters
from normalize.resources import function_words, loanword_pattern, loanwords

ENGLISH_OR_NEUTRAL = [
    "Risks, Limitations & Open Questions",
    "May 2026",
    "DECISION",
    "PREDICT",
    "Technical Deep Dive",
    "Key Players & Case Studies",
    "1 year (High confidence)",
    "AINews Verdict & Predictions",
    "| Claude 3.5 Sonnet | ~200B | 88.3 | 92.1 | 200K | $3.00 |",
    "|---|---|---|---|",
    "Timothée Lacroix, Guillaume Lample",
    "Nguyễn Phú Trọng",
    "São Paulo",
    "Data Takeaway: The technical divide is fundamental.",
]

FOREIGN = [
    ("Cuộc Đảo Chính Thầm Lặng Của Anthropic: Một Startup Năm Tuổi Đã Trở Thành Ông Trùm", "vi"),
    ("Chỉ trong năm năm, Anthropic đã âm thầm trở thành hoàng đế vô hình của tầng cơ sở hạ tầng AI.", "vi"),
    (
        "这次公司发布“Anthropic's Quiet Coup: How a Five-Year-Old Startup Became AI's Hidden Overlord”主要讲了什么?",
        "zh",
    ),
    ("後續通常要繼續觀察用戶增長和產品滲透率。", "zh"),
    ("人工知能の市場は急速に拡大している。", "ja"),
    ("인공지능 시장이 빠르게 성장하고 있다", "ko"),
    ("Рынок искусственного интеллекта быстро растёт", "ru"),
    ("La economía de China creció un 5 % en el primer trimestre del año", "es"),
    ("Le gouvernement a annoncé une nouvelle loi sur les données personnelles", "fr"),
    ("Die Regierung hat ein neues Gesetz über den Datenschutz angekündigt", "de"),
]


@pytest.mark.parametrize("line", ENGLISH_OR_NEUTRAL)
def test_short_english_lines_are_not_foreign(line):
    assert classify_block(line).lang in ("en", None)


@pytest.mark.parametrize(("line", "lang"), FOREIGN)
def test_foreign_blocks(line, lang):
    guess = classify_block(line)
    assert guess.lang == lang
    assert 0.5 <= guess.confidence <= 1.0
    assert guess.evidence


def test_stray_terms_found_inside_english():
    spans = foreign_spans("removing revenue水分 from a百花齐放 exploration period")
    assert [(s.text, s.lang) for s in spans] == [("水分", "zh"), ("百花齐放", "zh")]


def test_vietnamese_run_in_english_but_not_names():
    text = "The minister Nguyễn Phú Trọng said the phrase trí tuệ nhân tạo means AI."
    assert [s.text for s in foreign_spans(text)] == ["trí tuệ nhân tạo"]


def test_one_foreign_function_word_repeated_is_not_a_language():
    # Found by hypothesis: "Y ... Y" made a short line Spanish, and cleaning it twice differed.
    assert classify_block("Y inflated figures Y billion").lang != "es"
    assert classify_block("Y el mercado de la nube").lang == "es"


def test_one_word_written_again_and_again_is_no_language():
    # Found by hypothesis: langdetect read this as Catalan with probability 1.0, and the block
    # was dropped as untranslatable.
    guess = classify_block("Company cloud company company company company company company.")
    assert guess.lang is None
    assert guess.evidence["reason"] == "too few different words to detect a language"
    # Eight different words with no function word are still langdetect's to judge.
    assert classify_block("Unternehmen Wolke Umsatz Wachstum Markt Anleger Quartal Dienste.").lang == "de"


def test_name_glossed_in_its_own_script_is_not_a_stray_term():
    from normalize.detect.spans import foreign_spans

    assert foreign_spans("Factories in Shenzhen (深圳) and Ho Chi Minh City (胡志明市) grew.") == []
    # a foreign term glossed in English, or a bare foreign word, is still reported
    assert [s.text for s in foreign_spans("The word 改善 (kaizen) matters.")] == ["改善"]
    assert [s.text for s in foreign_spans("The district 深圳 (Shenzhen) grew.")] == ["深圳"]


@pytest.mark.parametrize(
    "line",
    [
        "One outlet sells piñatas; another offers crème brûlée à la carte.",
        "The café chain’s résumé of openings reads like a who’s who of cities.",
        "A Café Culture Boom",
    ],
)
def test_loanwords_do_not_make_english_foreign(line):
    assert classify_block(line).lang in ("en", None)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Una startup cuántica recauda 300 millones de dólares", "es"),
        ("Les règles d'exportation des puces se durcissent", "fr"),
        ("Das Stadtmuseum öffnet nach vier Jahren Renovierung wieder", "de"),
    ],
)
def test_short_accented_headlines_are_settled_by_langdetect(line, lang):
    guess = classify_block(line)
    assert guess.lang == lang and guess.evidence["langdetect"]["lang"] == lang


def test_langdetect_answers_are_shared_by_texts_that_differ_only_in_digits():
    from normalize.detect import language

    lines = [
        "Anthropic170 related articlesAI infrastructure241 related articlesconstitutional AI46 related articles",
        "Anthropic93 related articlesAI infrastructure7 related articlesconstitutional AI1205 related articles",
        "La empresa ganó 300 millones en 2025 y 41 millones en el cuarto trimestre del año pasado",
        "La empresa ganó 7 millones en 1999 y 8 millones en el cuarto trimestre del año pasado",
    ]
    language._langdetect_cached.cache_clear()
    for line in lines:
        assert language.langdetect_top(line) == language._langdetect(line)  # the uncached answer
    info = language._langdetect_cached.cache_info()
    assert (info.misses, info.hits) == (2, 2)
    # URLs keep their digits, and long texts are not cached: both still get langdetect's answer.
    url = "Voir https://example.com/2025/06/article-12345 pour la suite de cette histoire sur le marché"
    assert language.langdetect_top(url) == language._langdetect(url)
    assert language._langdetect_cached.cache_info().currsize == 3
    long_text = "The company said revenue grew in every region of the world. " * 200
    assert language.langdetect_top(long_text) == ("en", language._langdetect(long_text)[1])
    assert language._langdetect_cached.cache_info().currsize == 3


def test_elongated_letters_are_no_language_evidence():
    from normalize.detect import language

    # Runs of one letter ("dddd…" is read as Welsh, whose "dd" is a letter, with probability 1.0)
    # are shortened before langdetect: it answers as for the shortened text.
    mashed = (
        "Anthropic ’s revmnue inflated figures 22" + "d" * 30 + "^" * 40 + "en" + "^" * 20 + "d" * 40 + " $0"
    )
    assert language._langdetect(mashed)[0] == "cy"  # what langdetect itself makes of the runs
    short = "Anthropic ’s revmnue inflated figures 22d" + "^" * 40 + "en" + "^" * 20 + "d $0"
    assert language.langdetect_top(mashed) == language._langdetect(short)
    assert classify_block(mashed).lang != "cy"
    # Three letters running are words ("Brennnessel", "Schifffahrt"), left as they are.
    german = "Die Schifffahrt auf dem Fluss wurde wegen der Brennnessel am Ufer eingestellt"
    assert language.langdetect_top(german) == language._langdetect(german)


@pytest.mark.parametrize(
    "text",
    [
        "The company said that its revenue grew in the first quarter, and analysts expect more.",
        "Die Regierung hat am Montag beschlossen, dass die neuen Regeln gelten (ab 2026).",
        "Chỉ trong năm năm, công ty đã âm thầm trở thành hoàng đế vô hình.",
        "Revenue rose to $30.5 billion in 2025, up 12% from $27.1 billion in 2024.",
    ],
)
def test_prose_is_mostly_letters(text):
    from normalize.detect.language import mostly_letters

    assert mostly_letters(text)


def test_symbol_runs_with_word_fragments_are_no_language():
    from normalize.detect.language import mostly_letters

    line = "revmnue inflated figures 22ddd^^^^^^^^Ã^^^^^^^^Ñ^^^^,,,,,,,,^^^^^^en^^^^^^dddduuuuuu›¡¡¡^^^^^^^^,,,,^^^^en^^^^^ dud^^^^en^^pics"
    assert not mostly_letters(line)
    guess = classify_block(line)
    assert guess.lang is None and "symbols" in guess.evidence["reason"]


@pytest.mark.parametrize("name", ["elongated_letters_read_as_welsh.txt", "symbol_runs_read_as_catalan.txt"])
def test_mashed_line_with_a_glossary_term_cleans_the_same_twice(name):
    # Found by fuzzing: a line of 7 words is too short for langdetect; the glossary's English for
    # "revmnue水分" makes it 8, so the second pass asked langdetect, which said Welsh from the
    # letter runs, and the untranslated policy dropped the line. In the second file, langdetect
    # said French at 0.86 (not sure enough) before the glossary edit and Catalan at 1.0 after it.
    import normalize

    data = (Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / name).read_bytes()
    once = normalize.clean(data).text
    assert "revmnue inflated figures" in once
    assert normalize.clean(once).text == once


_PLAIN = st.characters(max_codepoint=127) | st.sampled_from("—–’‘“”…\u200b\u2060")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_PLAIN, max_size=60) | st.text(max_size=60))
def test_words_of_ascii_text_are_the_unicode_pattern_words(text):
    # Text whose letters are all ASCII takes a faster pattern; it must split as the general one.
    assert words_of(text) == _WORD.findall(text)


_PROSE_PIECES = [
    *["the", "of", "and", "in", "to", "is", "that", "for", "with", "revenue", "company", "grew"],
    *[
        "el",
        "la",
        "de",
        "que",
        "los",
        "las",
        "en",
        "por",
        "una",
        "und",
        "der",
        "die",
        "das",
        "le",
        "les",
        "des",
        "est",
    ],
    *["Anthropic", "Amazon", "Google", "Core", "OpenAI", "The", "El"],
    *(" ", " ", " ", ", ", ". ", "’s", "’", "'", "—", " – ", "“", "”", "…", "5", "$30 billion"),
]


_APOSTROPHE_PIECES = ["it's", "'", "''", "rock'n'roll", "'quoted'", "l'", "’", "d’", "’’", "x'y'z"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PROSE_PIECES + _APOSTROPHE_PIECES), max_size=30).map("".join))
def test_plain_path_decides_as_the_general_one(text):
    # Text with only ASCII letters skips accents, loanwords and Vietnamese and counts words in
    # lower case; the answer must be the general path's, evidence included.
    assert has_only_ascii_letters(text)
    assert classify_latin(text, 8, plain=True) == classify_latin(text, 8, plain=False)
    assert classify_block(text) == classify_latin(text, 8, plain=False)
    assert foreign_spans(text) == [] == script_spans(text) + vietnamese_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PROSE_PIECES), max_size=40))
def test_function_words_counted_per_language(words):
    expected = {lang: sum(w.lower() in vocab for w in words) for lang, vocab in function_words().items()}
    assert function_word_counts(words) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PROSE_PIECES + _APOSTROPHE_PIECES), max_size=30).map("".join))
def test_plain_words_counted_as_the_pattern_finds_them(text):
    # The byte table must count the words words_of finds, and their function words.
    words = words_of(text)
    assert plain_word_counts(text)[:2] == (len(words), function_word_counts(words))


def test_no_function_word_holds_an_apostrophe():
    # The byte-table count relies on it: a token with an apostrophe is no function word.
    assert not [w for vocab in function_words().values() for w in vocab if "'" in w or "’" in w]


_LOANWORD_PIECES = [
    *loanwords()[:20],
    *(w.upper() for w in loanwords()[20:30]),
    *(w.title() for w in loanwords()[30:40]),
    "l'",
    "x",
    "5",
    " ",
    "-",
    "\u0130",
    "\u017f",
    "\u212a",
    "É",
    "ü",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LOANWORD_PIECES), max_size=6).map("".join))
def test_loanword_gate_never_hides_a_loanword(text):
    if loanword_pattern().search(text):
        assert may_hold_loanword(text)


def test_loanword_gate_passes_plain_accented_names():
    assert not may_hold_loanword("Regulators in Zürich and São Paulo asked for more.")
    assert may_hold_loanword("They ordered À LA CARTE.")


@pytest.mark.parametrize(
    "text",
    [
        "The company said that its revenue grew in the first quarter, and analysts expect more.",
        "Die Regierung hat am Montag beschlossen, dass die neuen Regeln gelten.",
        "A casa fica no centro da cidade.",
    ],
)
def test_counts_shared_with_the_document_measure_are_never_changed(text):
    # The document-language measure and the block's detection share one count per block (a
    # cache): detecting the block must leave the shared count as it found it.
    from normalize.detect.document import document_language
    from normalize.detect.words import latin_words, plain_word_counts
    from normalize.read import split_blocks

    def count():
        found = plain_word_counts(text) if has_only_ascii_letters(text) else latin_words(text)[1]
        return found.words, dict(found.counts), found.best, found.other, found.other_count

    before = count()
    document_language(split_blocks(text)[0])
    classify_block(text)
    assert count() == before
