"""Sentence splitting before translation: each case is (language, text, expected sentences)."""

from __future__ import annotations

import pytest

from normalize.translate.sentences import split_sentences

CASES = [
    (
        "vi",
        "Chỉ trong năm năm, Anthropic đã lớn. Phân tích của chúng tôi tiết lộ điều đó.",
        ["Chỉ trong năm năm, Anthropic đã lớn.", "Phân tích của chúng tôi tiết lộ điều đó."],
    ),
    (
        "vi",
        "Trụ sở ở TP. Hồ Chí Minh có 3.5 nghìn nhân viên. Xong!",
        ["Trụ sở ở TP. Hồ Chí Minh có 3.5 nghìn nhân viên.", "Xong!"],
    ),
    (
        "zh",
        "我们的分析揭示了。公司如何建立“依赖网络”！真的吗？是的",
        ["我们的分析揭示了。", "公司如何建立“依赖网络”！", "真的吗？", "是的"],
    ),
    ("ja", "これはペンです。あれは本です。", ["これはペンです。", "あれは本です。"]),
    ("ja", "「行こう。」と彼は言った。", ["「行こう。」", "と彼は言った。"]),
    (
        "de",
        "Dr. Müller sagte z.B. etwas. Dann ging er... nach Hause.",
        ["Dr. Müller sagte z.B. etwas.", "Dann ging er... nach Hause."],
    ),
    ("en", "J. K. Rowling wrote it. It sold well.", ["J. K. Rowling wrote it.", "It sold well."]),
    ("es", "¿Qué pasa? ¡Nada! Bien.", ["¿Qué pasa?", "¡Nada!", "Bien."]),
    ("fr", "M. Dupont est arrivé. Il pleut.", ["M. Dupont est arrivé.", "Il pleut."]),
    ("ru", "Это, т.е. всё. Потом «Да.» Конец.", ["Это, т.е. всё.", "Потом «Да.»", "Конец."]),
    ("en", "Version 2.5 shipped on Monday", ["Version 2.5 shipped on Monday"]),
    ("en", "   ", []),
    ("en", "", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:24] for c in CASES])
def test_split_sentences(lang, text, expected):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == expected


def test_spans_cover_every_word():
    text = "Một. Hai ba! Bốn năm sáu? Bảy"
    spans = split_sentences(text, "vi")
    covered = "".join(text[a:b] for a, b in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("block", "parts"),
    [
        ("## Was sich ändert", ["Was sich ändert"]),
        ("- Anträge werden online gestellt", ["Anträge werden online gestellt"]),
        ("12. Die Frist endet im Mai", ["Die Frist endet im Mai"]),
        ("> Ein Zitat", ["Ein Zitat"]),
        ("| Jahr | Anlagen |\n|---|:---:|\n| 2024 | 14 MW |", ["Jahr", "Anlagen", "14 MW"]),
        ("Ein ganzer Absatz. Mit zwei Sätzen.", ["Ein ganzer Absatz. Mit zwei Sätzen."]),
        ("| 2024 | 1200 |", []),
    ],
)
def test_prose_spans_leave_markdown_marks_and_numbers_out(block, parts):
    from normalize.translate.sentences import prose_spans

    assert [block[s:e] for s, e in prose_spans(block)] == parts
