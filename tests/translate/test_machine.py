"""How foreign blocks reach a translator and where its output lands (translate/machine.py).

The translator here is a test double that records every call and "translates" by tagging each
sentence, so the tests can see batching, order, placeholders and fallbacks exactly. The real
model path is tested in test_argos.py.
"""

from __future__ import annotations

import normalize
from conftest import seed
from normalize.config import Config

EN_BODY = (
    "Anthropic, founded in 2021, has executed a masterful infrastructure play that transcends mere "
    "technological achievement. The company has simultaneously advanced safety research.\n"
)


class RecordingTranslator:
    """Covers the given languages; answers 'EN(<sentence>)', keeping placeholders unless told not to."""

    def __init__(self, langs=("vi",), keep_placeholders=True, empty=False):
        self.langs = set(langs)
        self.keep_placeholders = keep_placeholders
        self.empty = empty
        self.calls: list[tuple[str, list[str]]] = []

    def covers(self, lang):
        return lang in self.langs

    def describe(self, lang):
        return f"{lang}->en (recording)"

    def translate(self, lang, sentences):
        self.calls.append((lang, list(sentences)))
        if self.empty:
            return ["" for _ in sentences]
        out = [f"EN({s})" for s in sentences]
        return out if self.keep_placeholders else [o.replace("XTERM", "term") for o in out]


def vi_doc(
    headline="Cuộc đua khởi nghiệp về cơ sở hạ tầng",
    lead="Chỉ trong năm năm, nhóm đã lớn mạnh. Phân tích của chúng tôi tiết lộ điều đó.",
):
    return f"{headline}\n\n{lead}\n\n{EN_BODY}"


def test_headline_and_lead_replaced_with_glossary_terms_in_english():
    t = RecordingTranslator()
    result = normalize.Normalizer(Config(), translator=t).clean(vi_doc())
    lines = result.text.splitlines()
    assert lines[0] == "EN(Cuộc đua startup về infrastructure)"
    assert lines[2] == "EN(Chỉ trong năm năm, nhóm đã lớn mạnh.) EN(Phân tích của chúng tôi tiết lộ điều đó.)"
    assert lines[4] == EN_BODY.strip()
    # the model saw placeholders, not the terms
    assert t.calls == [
        (
            "vi",
            [
                "Cuộc đua XTERM0 về XTERM1",
                "Chỉ trong năm năm, nhóm đã lớn mạnh.",
                "Phân tích của chúng tôi tiết lộ điều đó.",
            ],
        )
    ]
    rules = [c.rule for c in result.changes if c.stage == "translate"]
    assert rules == ["mt.translate"] * 3
    assert not [f for f in result.findings if f.kind == "untranslated"]


def test_one_call_per_language_across_documents_in_input_order():
    t = RecordingTranslator(langs=("vi", "zh"))
    docs = [vi_doc(lead=f"Bài số {n} nói về nhóm. Nó rất dài.") for n in range(5)]
    docs.insert(2, "这是一个标题\n\n" + EN_BODY)
    results = list(normalize.Normalizer(Config(), translator=t).clean_many(docs, batch_docs=10))
    assert sorted(lang for lang, _ in t.calls) == ["vi", "zh"]
    vi_sentences = next(s for lang, s in t.calls if lang == "vi")
    # each distinct sentence once: the shared headline, five first sentences, one shared second
    assert len(vi_sentences) == len(set(vi_sentences)) == 1 + 5 + 1
    for n, result in enumerate(r for i, r in enumerate(results) if i != 2):
        assert f"EN(Bài số {n} nói về nhóm.) EN(Nó rất dài.)" in result.text
    assert results[2].text.startswith("EN(这是一个标题)")


def test_each_sentence_reaches_the_translator_once():
    t = RecordingTranslator()
    normalize.Normalizer(Config(), translator=t).clean(vi_doc(headline="Tiêu đề của bài viết hôm nay"))
    sent = [s for _, batch in t.calls for s in batch]
    assert len(t.calls) == 1 and len(sent) == len(set(sent)) == 3


def test_lost_placeholder_falls_back_to_translating_between_terms():
    t = RecordingTranslator(keep_placeholders=False)
    result = normalize.Normalizer(Config(), translator=t).clean(vi_doc())
    assert result.text.splitlines()[0] == "EN(Cuộc đua) startup EN(về) infrastructure"
    assert t.calls[1] == ("vi", ["Cuộc đua", "về"])  # the fallback: a second batched call
    fallback = [c for c in result.changes if c.rule == "mt.glossary_fallback"]
    assert len(fallback) == 1 and "lost a glossary placeholder" in fallback[0].reason


def test_chinese_sentences_get_english_spacing():
    t = RecordingTranslator(langs=("zh",))
    result = normalize.Normalizer(Config(), translator=t).clean(
        "他们发布了新东西。观众反应热烈！\n\n" + EN_BODY
    )
    assert result.text.splitlines()[0] == "EN(他们发布了新东西。) EN(观众反应热烈！)"


def test_empty_model_output_leaves_the_block_to_the_policy():
    t = RecordingTranslator(empty=True)
    result = normalize.Normalizer(Config(on_untranslated="mark"), translator=t).clean(vi_doc())
    assert result.text.startswith("[untranslated vi] Cuộc đua khởi nghiệp")
    assert [f.data["policy"] for f in result.findings if f.kind == "untranslated"] == ["mark", "mark"]


def test_marked_block_is_translated_without_its_mark_once_a_model_covers_it():
    marked = normalize.Normalizer(Config(on_untranslated="mark")).clean(vi_doc()).text
    assert marked.startswith("[untranslated vi] Cuộc đua khởi nghiệp")
    t = RecordingTranslator()
    result = normalize.Normalizer(Config(on_untranslated="mark"), translator=t).clean(marked)
    direct = normalize.Normalizer(Config(on_untranslated="mark"), translator=RecordingTranslator()).clean(
        vi_doc()
    )
    assert result.text == direct.text  # as if the model had been there the first time
    assert "[untranslated" not in result.text
    assert [c.rule for c in result.changes].count("untranslated.unmark") == 2


def test_uncovered_language_goes_to_the_policy_without_a_call():
    t = RecordingTranslator(langs=("zh",))
    result = normalize.Normalizer(Config(), translator=t).clean(vi_doc())
    assert t.calls == []
    assert result.text == EN_BODY


def test_quoted_english_title_beats_the_model_for_the_headline():
    t = RecordingTranslator()
    result = normalize.Normalizer(Config(), translator=t).clean(seed("001").read_bytes())
    lines = result.text.splitlines()
    assert lines[0].startswith("Anthropic's Quiet Coup: How a Five-Year-Old Startup")
    assert lines[2].startswith("EN(Chỉ trong năm năm, Anthropic đã âm thầm trở thành")
    assert [c[0] for c in t.calls] == ["vi"]


def test_translation_is_recorded_so_restore_gives_the_input_back():
    t = RecordingTranslator(keep_placeholders=False)
    text = vi_doc()
    result = normalize.Normalizer(Config(), translator=t).clean(text)
    assert normalize.restore(result.text, result.report()) == text


def test_stray_term_without_glossary_entry_goes_through_the_same_batch():
    t = RecordingTranslator(langs=("zh",))
    text = (
        "这是一个标题\n\nAnalysts called the slowdown a 新常态 for revenue水分 in the industry this year.\n"
    )
    result = normalize.Normalizer(Config(), translator=t).clean(text)
    assert result.text.splitlines()[2] == (
        "Analysts called the slowdown a EN(新常态) for inflated revenue in the industry this year."
    )
    assert t.calls == [("zh", ["这是一个标题", "新常态"])]  # one call: the block and the term
    term = next(c for c in result.changes if c.rule == "mt.term")
    assert (term.before, term.after) == ("新常态", "EN(新常态)")
    assert not [f for f in result.findings if f.kind == "untranslated"]


def test_stray_term_without_model_is_kept_and_flagged():
    t = RecordingTranslator(langs=("vi",))
    text = "Analysts called the slowdown a 新常态 for the industry this year, and said so again.\n"
    result = normalize.Normalizer(Config(), translator=t).clean(text)
    assert result.text == text and t.calls == []
    assert [f.data["policy"] for f in result.findings if f.kind == "untranslated"] == ["keep"]
