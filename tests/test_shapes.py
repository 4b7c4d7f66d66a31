"""Site furniture by shape: each predicate on lines it must and must not take (header lines by
composition: tests/test_headerlines.py)."""

from __future__ import annotations

import pytest

from normalize import notices, shapes


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
    assert notices.translation_notice(
        "This article was machine translated from Vietnamese and may contain errors."
    )
    assert not notices.translation_notice("The company translated its manuals into six languages last year.")
    # By concept: a language, a word of translation or version, and the page or its reader.
    assert notices.translation_notice("You can switch this article to its original Chinese text.")
    assert notices.translation_notice("Bài viết này có bản gốc tiếng Anh.")
    assert not notices.translation_notice("The English version of the contract was signed on Tuesday.")
    assert not notices.translation_notice("Google said its translate tool now covers Vietnamese.")
    assert not notices.translation_notice(
        "You may recall that the article, in its original English version, ran to forty pages "
        "and was read by more people than any report the agency had published in the decade before."
    )  # over 30 words: a paragraph, not a notice
    assert shapes.inline_teaser("Read more — Port Strike Ends After Nine Days")
    assert shapes.inline_teaser("相关阅读：全球数据中心用电量创新高")
    assert not shapes.inline_teaser("Read more about the plan in our report.")
    # A label holding a label word, then a title in title case.
    assert shapes.inline_teaser("Đọc ngay — Central Bank Holds Rates Steady")
    assert shapes.inline_teaser("Must read | Battery Maker Opens Its Largest Plant")
    assert not shapes.inline_teaser("Read — the statement in full.")
    assert not shapes.inline_teaser("Analysts read it as a warning — Prices Rise Again")
    assert not shapes.inline_teaser("Note — Prices Rise Again in March")  # no label word


def test_title_case():
    assert shapes.title_cased("Battery Maker Opens Its Largest Plant in Europe")
    assert not shapes.title_cased("Battery maker opens its largest plant in Europe")
    assert not shapes.title_cased("Prices Rise.")


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


@pytest.mark.parametrize(
    "line, expected",
    [
        ("English | Tiếng Việt", True),
        ("Language: English · 中文", True),
        ("Read in: EN | VI", True),  # codes
        ("English and Vietnamese", False),
        ("Markets | Tech", False),  # names, but not of languages
        ("Choose how you would like to read this page today: English | 中文", False),  # a long label
    ],
)
def test_language_switchers(line, expected):
    assert notices.language_switcher(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Scroll down for the full story", True),
        ("The article continues below", True),
        ("Tiếp tục cuộn xuống để đọc toàn bộ bài viết", True),
        ("Prices continue to go down", False),  # no page or text named
        ("Scroll down the page to see the chart in full detail for each of the months", False),
    ],
)
def test_pointer_lines(line, expected):
    assert shapes.pointer_line(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Click here to sign up for alerts", True),
        ("Subscribe to the morning briefing", True),
        ("Đăng ký nhận bản tin", True),
        ("How to subscribe to the service", False),  # it does not open with the call
        ("Subscribers rose 12 percent", False),  # "subscribers" is not "subscribe"
        ("Subscribe now and you will never again miss any of the stories we publish daily", False),
    ],
)
def test_calls_to_act(line, expected):
    assert shapes.call_to_act(line) is expected


def test_a_notice_naming_a_machine_a_translation_and_the_page():
    assert notices.translation_notice("Nội dung bài viết được dịch tự động.") == "machine_translation"
    assert (
        notices.translation_notice("The content of this page was translated by AI.") == "machine_translation"
    )
    # An article's sentences about machines and translation name no page.
    assert notices.translation_notice("The machine shop translated the drawings into metric units.") is None
    assert notices.translation_notice("Google's AI translation now covers 200 languages.") is None


def test_teasers_parted_by_an_arrow():
    assert shapes.inline_teaser("See also → Central Bank Holds Rates Steady Again")
    assert shapes.inline_teaser("Read more >> Central Bank Holds Rates Steady Again")
    assert shapes.inline_teaser("Bài liên quan → Central Bank Holds Rates Steady Again")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("WATCH: Engineers Test the New Bridge Design", "teaser_caps_label"),
        ("PHOTOS: Inside the Reopened Station Hall", "teaser_caps_label"),
        ("NEW YORK — Stocks fell on Monday as investors weighed the data.", None),  # a dateline
        ("MIGRATION – Probleme Zwischen Einheimischen Und Flüchtlingen", None),  # a kicker: a dash
        ("EU-Pakt mit Nato Beendet Neutralität Österreichs", None),  # one hyphenated word
        ("JANET BARBOZA: ME CAYÓ RICO CON UNA CHANCLETA", None),  # a title in capitals
        ("MORE FROM US: Heat Wave Pushes Power Demand", "teaser_caps_label"),  # up to three words
        ("MSM MIA: The Ukrainian Oligarch and His Son", None),  # acronyms, names: no word of four letters
        ("NOTE: the figures are provisional and may change", None),  # no title after it
    ],
)
def test_a_label_in_capitals_and_a_colon_before_a_title(line, expected):
    assert shapes.inline_teaser(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Article continues after this advertisement", True),
        ("Bài viết tiếp tục sau quảng cáo", True),
        ("Talks continue after the report", False),  # "after" alone points nowhere
        ("The advertisement story continues to draw criticism from regulators and parents alike", False),
        # What the text continues past stands for the page in a line that is no sentence.
        ("Advertisement - Scroll to continue", True),
        ("Sales continued down after the advertisement.", False),
        ("Scroll to continue", False),  # no page and nothing it continues past
    ],
)
def test_a_pointer_may_name_what_the_text_continues_past(line, expected):
    assert shapes.pointer_line(line) is expected


def test_a_notice_may_say_how_its_version_was_made():
    assert (
        notices.translation_notice("AI-generated Chinese version; the original prevails.")
        == "notice_concepts"
    )
    assert notices.translation_notice("Bản tiếng Việt này được tạo tự động, phiên bản gốc ở đây.")
    assert notices.translation_notice("中文版由机器自动生成。") == "notice_concepts"
    # Made in the active voice, by someone the article is about: a sentence of the article.
    assert (
        notices.translation_notice("The startup created an English version of its chatbot last year.") is None
    )


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Select language: English | Español | Tiếng Việt", True),  # a language by its own name
        ("English | Svenska | Tiếng Việt", True),  # beside two known names, one no list has
        ("English | Politics | Sports", False),  # one known name: a row of sections
        ("Français · Deutsch", True),
    ],
)
def test_language_switchers_by_own_names(line, expected):
    assert notices.language_switcher(line) is expected


def test_a_notice_from_an_automated_service_or_software():
    assert notices.translation_notice("Translation provided by an automated service; the original prevails.")
    assert notices.translation_notice("本译文由翻译软件生成，以原文为准。") == "machine_translation"
    assert notices.translation_notice("Translation provided by the ministry.") is None  # no machine
    assert notices.translation_notice("The company's software translated the manual.") is None


def test_a_vietnamese_label_may_run_to_five_syllables():
    assert shapes.inline_teaser("Tin cùng chuyên mục: Central Bank Holds Rates Steady")
    assert shapes.inline_teaser("Bài viết liên quan — Battery Maker Opens Its Largest Plant")
    # Four English words before the dash: a sentence's start, not a label.
    assert shapes.inline_teaser("Analysts read it as — Prices Rise Again") is None


def test_rows_of_page_actions_pointers_by_scrolling_and_recommendations():
    assert shapes.widget_line("Like | Share | Print") == "share_row"
    assert shapes.widget_line("Share | Save") is None  # two items: no row
    assert shapes.widget_line("Facebook | Politics | Email") is None  # a section among them
    assert shapes.pointer_line("Keep scrolling to continue the story")  # scrolling: the direction
    assert shapes.pointer_line("Scroll for the full story")
    assert not shapes.pointer_line("Scrolling through the report, analysts found errors")
    assert shapes.inline_teaser("Suggested: Battery Maker Opens Its Largest Plant") == "teaser_label_word"
    assert shapes.inline_teaser("Trending: Port Strike Ends After Nine Days") == "teaser_label_word"
    assert shapes.inline_teaser("Đáng chú ý: Port Strike Ends After Nine Days") == "teaser_label_word"
    assert notices.translation_notice("本文由人工智能翻译，仅供参考。") == "machine_translation"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("English translation by machine; please refer to the Vietnamese original.", "machine_translation"),
        ("Tin được dịch từ tiếng Trung bởi hệ thống AI.", "machine_translation"),
        ("Vietnamese AI start-up raises new funds", None),  # no word of translation or version
        ("The original English recipe calls for butter", None),  # no machine, no page
        ("You are reading the English edition of this page.", "notice_concepts"),  # an edition is a version
    ],
)
def test_a_language_and_a_machine_name_a_versions_maker_without_a_page(line, expected):
    assert notices.translation_notice(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("All content © 2026 Example Daily Ltd.", "copyright"),  # the mark and a year after words
        ("Copyright 2026 Example Media Inc. Do not redistribute.", "copyright"),
        ("The band lost the copyright to its 1998 album.", None),  # no year right after the mark
        ("Send this page to a friend: Email · WhatsApp · Messenger", "share_row"),  # one name no list has
        ("Topics: Facebook · Politics · Economy", None),  # one network among other names
        ("Share: Email · Signal · Messenger", None),  # two names no list has
    ],
)
def test_copyrights_after_words_and_share_rows_with_one_unknown_name(line, expected):
    assert shapes.widget_line(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Note: the English text below was produced automatically and may contain errors.",
            "machine_translation",
        ),
        ("The English text was written by hand.", None),  # made, but by no machine
        ("The English text was produced by Reuters.", None),
    ],
)
def test_a_text_made_by_a_machine_needs_no_word_of_a_version(line, expected):
    assert notices.translation_notice(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("English (US) ▾", True),  # a menu's mark after the language it shows
        ("🌐 EN / VI", True),  # icons about a switcher's names
        ("Chapter (US) ▾", False),  # no language's name
        ("Tom Hale ▾", False),
    ],
)
def test_language_menus_and_switchers_with_icons(line, expected):
    assert notices.language_switcher(line) is expected


def test_a_chinese_label_of_what_to_see_next():
    line = "你可能还想看：City Museum Reopens After Four-Year Renovation"
    assert shapes.inline_teaser(line) == "teaser_label_word"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("This is an AI-assisted English rendering of a Vietnamese report.", "machine_translation"),
        ("Vietnamese AI start-up hires English teachers", None),  # one language, no version
        ("Đây là bản dịch tiếng Anh, có thể chưa chính xác.", "notice_concepts"),  # "this is": the page
    ],
)
def test_two_languages_and_a_machine_or_the_page_itself(line, expected):
    assert notices.translation_notice(line) == expected
