"""Header lines by composition: metadata, attribution, section labels and paths, tag runs."""

from __future__ import annotations

import pytest

from normalize import headerlines
from normalize.headerlines import ATTRIBUTION


@pytest.mark.parametrize(
    "line, kinds",
    [
        ("Posted 3 Feb 2025 | 4-minute read", {"label", "date", "reading"}),
        ("By Maria Chen · March 12, 2026 · 2.4K views", {"byline", "date", "count"}),
        ("Cập nhật: 12/03/2026 09:30", {"label", "date", "time"}),
        ("发布时间：2026年3月12日 09:30", {"label", "date", "time"}),
        ("Markets / March 12, 2026 / 12 comments", {"date", "count"}),  # a section name beside them
        ("2026-03-12 · 1.5K", {"date", "scaled"}),  # a count written with its scale stands alone
        ("12/03/2026 浏览 4.5万", {"date", "count"}),  # the count word before the number
    ],
)
def test_header_lines_made_of_metadata(line, kinds):
    assert set(headerlines.header_metadata(line)) == kinds


@pytest.mark.parametrize(
    "line",
    [
        "On 12 March 2026 the firm said it would cut prices again",
        "The plant opened on March 12, 2026.",
        "Revenue rose 12 percent in 2026",
        "By Maria Chen",  # a byline alone: no date, time or count
        "Posted",
        "Listen: 3 things to know",  # a number with no unit of time is no recording's length
        "Price 12.50 USD",  # a number with a dot and a currency is no time
    ],
)
def test_sentences_and_bylines_alone_are_not_metadata(line):
    assert headerlines.header_metadata(line) is None


@pytest.mark.parametrize(
    "line, pair",
    [
        ("Desk: World News", ("Desk", "World News")),
        ("Ressort: Wirtschaft", ("Ressort", "Wirtschaft")),
        ("Source: company filings", None),  # no capital: a phrase of the article
        ("Desk: 2026", None),
        ("Note: The firm said prices rose.", None),
        ("Update: Shares Fell Sharply After the Report", None),  # more than three words
    ],
)
def test_key_value_lines(line, pair):
    assert headerlines.key_value(line) == pair


def test_section_labels_and_tag_runs():
    assert headerlines.section_label("Category: Technology") == "Technology"
    assert headerlines.section_label("Category: The firm said prices would rise again soon") is None
    assert headerlines.camel_case_tags("ChipsCloudExport RulesSemiconductors") == [
        "Chips",
        "Cloud",
        "Export Rules",
        "Semiconductors",
    ]
    assert headerlines.camel_case_tags("OpenAI and PayPal signed a deal.") is None


@pytest.mark.parametrize(
    "line, kinds",
    [
        ("Updated 14:05 GMT", {"time"}),
        ("9:05 a.m. PT · 12 Feb 2026", {"time", "date"}),
        ("2026-02-12 16:40 (UTC+8)", {"date", "time"}),
        ("12-02-2026 | 3 phút đọc", {"date", "reading"}),
        ("Bình luận: 45", {"count"}),  # the count word before the number
        ("阅读 1203 · 评论 8", {"count"}),
        ("来源：人民日报 2026-02-12", {"source", "date"}),
        ("Edited 40 minutes ago", {"date"}),  # a time counted back from now
        ("3 ngày trước · 12 bình luận", {"date", "count"}),
        ("2小时前", {"date"}),
        ("Read time: 6 min", {"reading"}),  # a label before the number
        ("Published by Ana Ruiz on May 3, 2026", {"label", "byline", "date"}),  # a part at any word
        ("2026.05.03 08:00 Sunday", {"date", "time"}),  # year first, with dots
        ("Ngày 3 tháng 5 năm 2026", {"date"}),
        ("阅读数 1203 · 评论数 8", {"count"}),  # a count word with its suffix
        ("Edited 5h ago", {"date"}),  # a unit abbreviated
        ("Listen to this story · 6:05 min", {"reading"}),  # an audio player's length
        ("Nghe bài viết 3 phút", {"reading"}),
        ("Mon 4 Mar 2026 18.30 GMT", {"date", "time"}),  # a time written with a dot, and its zone
        ("Edited 6.30pm", {"time"}),
    ],
)
def test_times_with_their_zone_counts_label_first_and_sources(line, kinds):
    assert set(headerlines.header_metadata(line)) == kinds


@pytest.mark.parametrize(
    "line, kinds",
    [
        ("By Maria Chen", {"byline"}),
        ("作者：王芳", {"byline"}),
        ("Tác giả: Nguyễn Lan", {"byline"}),
        ("Nguồn: Reuters", {"source"}),
        ("Written by Maria Chen | Photos by Tom Hale", {"byline"}),
        ("Lena Ortiz, Senior Correspondent", {"byline"}),  # a name, a comma, a role
        ("记者：赵强", {"byline"}),  # a role as the label
        ("Photo: Tom Hale | Editor: Ana Ruiz", {"byline"}),
        ("Text: Ana Ruiz | Photo: Tom Hale", {"byline"}),  # credits for the text and the photos
        ("文：张伟", {"byline"}),
        ("By Ana Ruiz, The New York Times", {"byline"}),  # a full name, a comma, the paper
        ("Bài: Lan Anh - Ảnh: Minh Tú", {"byline"}),
        ("编辑：王磊 责任编辑：刘洋", {"byline"}),  # a compound of a known role ("responsible editor")
        ("Photograph: Ana Souza/Getty Images", {"byline"}),  # a full name, a credit's slash, the agency
        ("By Ana Ruiz and Tom Hale", {"byline"}),  # full names joined
        ("Text and photos: Tom Okafor", {"byline"}),  # roles joined, and plural
        ("Tom Okafor — Business Correspondent", {"byline"}),  # a name, a dash, a role
    ],
)
def test_lines_of_attribution_alone(line, kinds):
    assert set(headerlines.header_metadata(line, evidence=ATTRIBUTION)) == kinds


@pytest.mark.parametrize(
    "line",
    [
        "By Land and Sea",  # a subtitle: a byline's name is followed by no group of words
        "By then, prices had doubled",
        "Source: company filings",  # no name
        "By Maria Chen.",  # a sentence end
        "Paris, France",  # a name and a comma, but no role
        "Photo Gallery Opens",  # a role labels a name only before a colon
        "Text Messages Rise",  # so does "text"
        "By Tuesday, Prices Had Doubled",  # one capitalised word is no full name
        "Bài Học Kinh Nghiệm",  # and the Vietnamese "bài" (a lesson learnt)
        "Image: Tuesday/Wednesday Schedule",  # one capitalised word is no full name before the slash
        "责任重大",  # a Han compound is a role only before a colon
        "By Land and Sea Forces",  # one capitalised word before "and" is no full name
        "Rome — Travel Writer Awards",  # a role, then more words: no byline of one line
    ],
)
def test_subtitles_and_sentences_are_not_attribution(line):
    assert headerlines.header_metadata(line, evidence=ATTRIBUTION) is None


@pytest.mark.parametrize(
    "line, names",
    [
        ("World › Asia", ["World", "Asia"]),
        ("Thể thao / Bóng đá", ["Thể thao", "Bóng đá"]),
        ("新闻 > 国际 > 亚洲", ["新闻", "国际", "亚洲"]),
        ("Rise and fall / a history", None),  # a name starts with a capital
        ("2026 / 2027", None),
        ("Apples / Oranges.", None),
        ("World › Asia / Europe", None),  # one separator throughout
        ("Markets", None),  # one name is no path
    ],
)
def test_section_paths(line, names):
    assert headerlines.section_path(line) == names


def test_a_byline_keeps_the_name_not_its_label():
    assert headerlines.header_metadata("By Maria Chen", evidence=ATTRIBUTION) == {"byline": "Maria Chen"}
    parts = headerlines.header_metadata("Lena Ortiz, Senior Correspondent", evidence=ATTRIBUTION)
    assert parts == {"byline": "Lena Ortiz"}


@pytest.mark.parametrize(
    "line, kinds",
    [
        ("⏱ 3 phút đọc", {"reading"}),  # an icon before a part stands as a separator does
        ("📅 12/03/2026 👁 1.2K", {"date", "scaled"}),
        ("🕒 09:30 | 💬 14 comments", {"time", "count"}),
    ],
)
def test_icons_separate_a_header_lines_parts(line, kinds):
    assert set(headerlines.header_metadata(line)) == kinds


@pytest.mark.parametrize(
    "line", ["Reading time: about 6 minutes", "khoảng 5 phút đọc", "阅读时间：约3分钟", "~4 min read"]
)
def test_a_reading_time_may_be_rough(line):
    assert set(headerlines.header_metadata(line)) >= {"reading"}


def test_joined_names_are_all_kept():
    parts = headerlines.header_metadata("By Ana Ruiz and Tom Hale", evidence=ATTRIBUTION)
    assert parts == {"byline": "Ana Ruiz and Tom Hale"}


def test_an_icon_is_no_evidence_of_its_own():
    assert headerlines.header_metadata("⏱ Slow Food Comes to Town") is None


def test_rows_of_label_value_pairs():
    row = headerlines.key_value_row("Words: Ana Ruiz | Pictures: Tom Hale")
    assert row == [("Words", "Ana Ruiz"), ("Pictures", "Tom Hale")]
    assert headerlines.key_value_row("Words: Ana Ruiz") is None  # one pair is key_value's
    assert headerlines.key_value_row("Note: prices rose | Source: Reuters") is None  # a value is a name


@pytest.mark.parametrize(
    "line, kinds",
    [
        ("Est. reading time 7 minutes", {"reading"}),  # a word may end in an abbreviation's dot
        ("Business — 20 January", {"date"}),  # a day and a month with no year
        ("Updated Jan 20 · 4 min read", {"date", "reading"}),  # "Updated": a word of its own
        ("Section: Business — 20 January", {"label", "date"}),  # a section's label before its name
    ],
)
def test_abbreviations_dates_without_a_year_and_section_labels(line, kinds):
    assert set(headerlines.header_metadata(line)) == kinds


def test_a_semicolon_parts_credits():
    parts = headerlines.header_metadata("Reporting by Ana Ruiz; editing by Tom Hale", evidence=ATTRIBUTION)
    assert parts == {"byline": "Ana Ruiz"}


@pytest.mark.parametrize(
    "line",
    [
        "March 8 Is International Women's Day",  # a date before a sentence's words
        "Prices may rise in 2026",  # "may" before no day is no month
    ],
)
def test_a_day_and_month_do_not_make_a_sentence_metadata(line):
    assert headerlines.header_metadata(line) is None
