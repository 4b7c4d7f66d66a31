"""The untranslated policy, when no model covers a foreign block."""

from __future__ import annotations

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
