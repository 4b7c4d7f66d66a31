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


def test_bad_policy_rejected():
    with pytest.raises(ValueError, match="on_untranslated"):
        Config(on_untranslated="burn")
