"""The untranslated policy, when no model covers a foreign block."""

from __future__ import annotations

from pathlib import Path

import pytest

import normalize
from normalize.config import Config

BODY = "The company reported strong growth in its cloud business during the quarter."
VI = "Chỉ trong năm năm, công ty đã âm thầm trở thành hoàng đế vô hình của tầng cơ sở hạ tầng."


@pytest.mark.parametrize(
    ("policy", "expected"),
    [("drop", f"{BODY}\n"), ("keep", f"{BODY}\n{VI}\n"), ("mark", f"{BODY}\n[untranslated vi] {VI}\n")],
)
def test_policy(policy, expected):
    result = normalize.clean(f"{BODY}\n{VI}", Config(on_untranslated=policy))
    assert result.text == expected
    untranslated = [f for f in result.findings if f.kind == "untranslated"]
    assert [(f.data["pair"], f.data["policy"]) for f in untranslated] == [("vi-en", policy)]


@pytest.mark.parametrize("policy", ["drop", "keep", "mark"])
def test_policy_output_cleans_the_same_again(policy):
    # A marked block is still foreign and still reported, but is not marked a second time.
    config = Config(on_untranslated=policy)
    once = normalize.clean(f"{BODY}\n{VI}", config)
    twice = normalize.clean(once.text, config)
    assert twice.text == once.text
    assert [f.data["policy"] for f in twice.findings if f.kind == "untranslated"] == (
        [] if policy == "drop" else [policy]
    )


def test_bad_policy_rejected():
    with pytest.raises(ValueError, match="on_untranslated"):
        Config(on_untranslated="burn")


FUZZ_CORPUS = Path(__file__).resolve().parents[1] / "fuzz" / "corpus"


@pytest.mark.parametrize("policy", ["drop", "keep", "mark"])
def test_a_block_that_conversion_makes_foreign_is_handled_in_the_same_run(policy):
    # Found by fuzzing: a line of word fragments read as Catalan at 0.57 (not sure enough) with
    # "300亿美元" in it, and at 1.0 once that became "$30 billion"; a second run dropped it.
    # Rewritten blocks are read again at the end of the run, as the second run reads them.
    config = Config(on_untranslated=policy)
    once = normalize.clean((FUZZ_CORPUS / "conversion_tips_langdetect.txt").read_bytes(), config)
    settled = [f for f in once.findings if f.kind == "untranslated" and f.data["lang"] == "ca"]
    assert len(settled) == 1
    assert normalize.clean(once.text, config).text == once.text


def test_marked_block_is_read_in_its_marked_language():
    # "[untranslated zh] " adds words that could make a block of Chinese fragments read as English
    # with stray terms; the mark says what it is.
    config = Config(on_untranslated="mark")
    once = normalize.clean(f"{BODY}\n收入水分 300亿美元 的问题", config)
    assert once.text == f"{BODY}\n[untranslated zh] 收入水分 300亿美元 的问题\n"
    again = normalize.clean(once.text, config)
    assert again.text == once.text
    (block,) = [b for b in again.document.blocks if b.text.startswith("[untranslated")]
    assert (block.lang, block.evidence["reason"]) == ("zh", "marked untranslated by an earlier run")
