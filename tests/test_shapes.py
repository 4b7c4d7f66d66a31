"""Site furniture by shape: each predicate on lines it must and must not take."""

from __future__ import annotations

import pytest

from normalize import shapes


@pytest.mark.parametrize(
    "line, kinds",
    [
        ("Posted 3 Feb 2025 | 4-minute read", {"label", "date", "reading"}),
        ("By Maria Chen · March 12, 2026 · 2.4K views", {"byline", "date", "count"}),
        ("Cập nhật: 12/03/2026 09:30", {"label", "date", "time"}),
        ("发布时间：2026年3月12日 09:30", {"label", "date", "time"}),
        ("Markets / March 12, 2026 / 12 comments", {"date", "count"}),  # a section name beside them
    ],
)
def test_header_lines_made_of_metadata(line, kinds):
    assert set(shapes.header_metadata(line)) == kinds


@pytest.mark.parametrize(
    "line",
    [
        "On 12 March 2026 the firm said it would cut prices again",
        "The plant opened on March 12, 2026.",
        "Revenue rose 12 percent in 2026",
        "By Maria Chen",  # a byline alone: no date, time or count
        "Posted",
    ],
)
def test_sentences_and_bylines_alone_are_not_metadata(line):
    assert shapes.header_metadata(line) is None


def test_section_labels_and_tag_runs():
    assert shapes.section_label("Category: Technology") == "Technology"
    assert shapes.section_label("Category: The firm said prices would rise again soon") is None
    assert shapes.camel_case_tags("ChipsCloudExport RulesSemiconductors") == [
        "Chips",
        "Cloud",
        "Export Rules",
        "Semiconductors",
    ]
    assert shapes.camel_case_tags("OpenAI and PayPal signed a deal.") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Semiconductors12 related articlesCloud computing7 related articles", True),
        ("May 20261834 published articles", True),
        ("Tháng 3 2026412 bài viết", True),
        ("Revenue rose 30 percent in the quarter.", False),
        ("The firm hired 200 engineers.", False),
    ],
)
def test_counter_lists(text, expected):
    assert shapes.counter_list(text) is expected


def test_glued_teasers_need_two_glued_words_and_no_sentence_end():
    assert shapes.glued_teasers("Chip Rules TightenCloud providers are racingPort Strike EndsA strike at the")
    assert not shapes.glued_teasers("PayPal and YouTube shares rose on Monday.")


def test_a_truncated_copy_must_copy_the_body():
    body = "The team spent most of a year assembling the training set."
    assert shapes.truncated_copy("The team spent most of a year assembling…", body)
    assert not shapes.truncated_copy("A sentence that is nowhere in the body…", body)
    assert not shapes.truncated_copy("The team spent most of a year assembling", body)


@pytest.mark.parametrize(
    "line, kind",
    [
        ("💬 Comments (0)", "comment_counter"),
        ("Discussion (3)", "comment_counter"),
        ("© 2026 Example News Group. All rights reserved.", "copyright"),
        ("Was this article helpful? Yes | No", "feedback"),
        ("Tags: chips, export rules, cloud", "label_list"),
        ("The firm sells chips, boards, servers and software.", None),
        ("Prices (in dollars) rose.", None),
    ],
)
def test_widget_lines(line, kind):
    assert shapes.widget_line(line) == kind


def test_notices_and_inline_teasers():
    assert shapes.translation_notice(
        "This article was machine translated from Vietnamese and may contain errors."
    )
    assert not shapes.translation_notice("The company translated its manuals into six languages last year.")
    assert shapes.inline_teaser("Read more — Port Strike Ends After Nine Days")
    assert shapes.inline_teaser("相关阅读：全球数据中心用电量创新高")
    assert not shapes.inline_teaser("Read more about the plan in our report.")


def test_a_quoted_title_is_found():
    assert shapes.quoted_title(
        "这次公司发布“Port Strike Ends After Nine Days”主要讲了什么?", "Port Strike Ends After Nine Days"
    )
    assert not shapes.quoted_title("A line with no quote", "Port Strike Ends After Nine Days")


@pytest.mark.parametrize(
    "text",
    [
        "Streckenlänge: 14 km",  # a fact line of the body
        "Bauzeit: 2 Jahre",
        "R?lropic rc ’s Revenue $30 billion",  # an amount
        "Energy 343 articles",  # one item, not glued: too weak alone
    ],
)
def test_fact_lines_and_amounts_are_not_counter_lists(text):
    assert not shapes.counter_list(text)


@pytest.mark.parametrize(
    "line, question",
    [
        ("Why does the strike matter?", True),
        ("What happens to the backlog", True),  # no question mark
        ("这次发布主要讲了什么", True),
        ("Cảng sẽ hoạt động lại khi nào", True),
        ("The strike ended on Monday.", False),
        ("Shipping lines expect delays", False),
    ],
)
def test_question_lines(line, question):
    assert shapes.is_question(line) is question
