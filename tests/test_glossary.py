from __future__ import annotations

import pytest

import normalize
from normalize.config import Config
from normalize.errors import RulesError
from normalize.glossary import Entry, Glossary, load_glossary, parse_tsv


def test_longest_match_wins():
    g = Glossary()
    g.add("zh", Entry("水分", "inflated figures", "t:1"))
    g.add("zh", Entry("revenue水分", "inflated revenue", "t:2"))
    matches = g.find("the revenue水分 and 水分", "zh")
    assert [(m.start, m.entry.target) for m in matches] == [(4, "inflated revenue"), (18, "inflated figures")]


def test_header_comments_and_extra_columns():
    entries = parse_tsv("source\ttarget\n# note\n算力\tcomputing power\tnote col\n", "x.tsv")
    assert [(e.source, e.target, e.origin) for e in entries] == [("算力", "computing power", "x.tsv:3")]


def test_broken_line_names_file_and_line():
    with pytest.raises(RulesError, match=r"bad\.tsv:2"):
        parse_tsv("算力\tcomputing power\nno tab here\n", "bad.tsv")


def test_shipped_glossaries_load():
    g = load_glossary()
    assert g.lookup("百花齐放", "zh")[0][1].target == "hundred-flowers-blooming"
    assert g.lookup("trí tuệ nhân tạo", "vi")


def test_user_glossary_overrides_shipped(tmp_path):
    user = tmp_path / "zh-en.tsv"
    user.write_text("水分\tpadding\nrevenue水分\tpadded revenue\n", encoding="utf-8")
    result = normalize.clean(
        "Investors must remove revenue水分 and other 水分 before judging.", Config(glossaries=(user,))
    )
    assert result.text == "Investors must remove padded revenue and other padding before judging.\n"


def test_unknown_stray_term_is_flagged_and_kept():
    result = normalize.clean("The founders described the mood with the word 龘靐 in the interview.")
    assert "龘靐" in result.text
    assert [f.kind for f in result.findings].count("untranslated") == 1


# --- placeholders through translation ---------------------------------------------------------


def _vi_glossary():
    from normalize.glossary import Entry, Glossary

    g = Glossary()
    g.add("vi", Entry("cơ sở hạ tầng", "infrastructure", "t:1"))
    g.add("vi", Entry("khởi nghiệp", "startup", "t:2"))
    return g


def test_protect_swaps_terms_for_numbered_placeholders():
    from normalize.glossary import protect_terms

    p = protect_terms("Công ty khởi nghiệp xây cơ sở hạ tầng mới.", "vi", _vi_glossary())
    assert p.text == "Công ty XTERM0 xây XTERM1 mới."
    assert p.targets == ("startup", "infrastructure")
    assert p.parts == ("Công ty ", " xây ", " mới.")


def test_restore_puts_the_glossary_english_back():
    from normalize.glossary import protect_terms, restore_terms

    p = protect_terms("Công ty khởi nghiệp xây cơ sở hạ tầng mới.", "vi", _vi_glossary())
    assert restore_terms("The XTERM0 builds new XTERM1.", p) == "The startup builds new infrastructure."
    # Detokenizers add spaces and change case; the placeholder is still found.
    assert restore_terms("The x term 0 builds new XTERM 1.", p) == "The startup builds new infrastructure."
    assert restore_terms("XTERM1 by the XTERM0.", p) == "Infrastructure by the startup."


@pytest.mark.parametrize("mangled", ["The startup builds.", "XTERM0 XTERM0 XTERM1", "XTERM0 XTERM1 XTERM2"])
def test_restore_refuses_lost_repeated_or_invented_placeholders(mangled):
    from normalize.glossary import protect_terms, restore_terms

    p = protect_terms("Công ty khởi nghiệp xây cơ sở hạ tầng mới.", "vi", _vi_glossary())
    assert restore_terms(mangled, p) is None


def test_sentence_without_terms_passes_through_unprotected():
    from normalize.glossary import protect_terms, restore_terms

    p = protect_terms("Xin chào.", "vi", _vi_glossary())
    assert (p.text, p.targets) == ("Xin chào.", ())
    assert restore_terms("Hello.", p) == "Hello."


def test_matches_near_spans_are_the_whole_text_matches_that_overlap_them():
    from normalize.glossary import load_glossary

    g = load_glossary()
    text = "Its revenue水分 and 估值 rose; 内卷 hurt margins, while the 护城河效应 held and 芯片 sold."
    spans = [(m.start, m.end) for m in g.find(text, "zh")]
    assert len(spans) == 5
    for chosen in ([spans[0]], spans[1:3], spans, [(spans[4][0], spans[4][0] + 1)]):
        whole = [m for m in g.find(text, "zh") if any(m.end > a and m.start < b for a, b in chosen)]
        assert g.find(text, "zh", chosen) == whole
