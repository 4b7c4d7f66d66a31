"""Furniture by shape in whole documents: the footer region, the header region, the evidence."""

from __future__ import annotations

import normalize

TITLE = "Port Strike Ends After Nine Days"
BODY = [
    "Dockworkers at the country's largest container port returned to work on Monday after a nine-day strike over pay and automation ended with a new three-year contract.",
    "The deal raises wages by 12 percent over three years and sets rules for how new automated cranes will be introduced.",
    "Shipping lines said it would take about two weeks to clear the backlog of vessels waiting offshore.",
]
TEXT = "\n\n".join([TITLE, *BODY])


def clean(extra_footer: list[str], header: list[str] = ()) -> normalize.Result:
    return normalize.clean("\n\n".join([TITLE, *header, *BODY, *extra_footer]) + "\n")


def test_a_footer_under_headings_no_rule_lists_goes_by_its_shape():
    result = clean(
        [
            "Explore further",  # no rule lists this heading: it owns a counter list
            "Shipping41 storiesLabour12 stories",
            "Keep reading",
            "Chip Export Rules Tighten as Cloud Demand SurgesCloud providers are racing to secure accelerators"
            "Heat Wave Pushes Power Demand to a RecordElectricity demand hit a record as",
            "Discussion (3)",
        ]
    )
    assert result.text == TEXT + "\n"
    signals = {
        f.data["signals"][0] for f in result.findings if f.data.get("rule", "").startswith("shape.footer")
    }
    assert {"counter_list", "glued_teasers", "comment_counter", "heading"} <= signals


def test_one_unknown_widget_line_does_not_protect_the_footer_above_it():
    result = clean(["Related coverage", "Shipping41 storiesLabour12 stories", "Liked it? Tell a friend"])
    assert result.text == TEXT + "\n"


def test_a_short_last_line_of_the_body_stays():
    # no furniture above it: a short closing line is body text
    result = normalize.clean(
        TEXT + "\n\nThe union declined to comment.\n\n© 2026 Example News Group. All rights reserved.\n"
    )
    assert result.text == TEXT + "\n\nThe union declined to comment.\n"


def test_title_lines_at_the_end_need_a_heading_above_them():
    ending = "\n\nWhat Comes Next for the Port\n\nThe Union's Demands"
    assert normalize.clean(TEXT + ending).text == TEXT + ending + "\n"


def test_a_faq_under_an_unknown_heading_goes_and_its_quoted_title_is_kept():
    faq = [
        "速览",
        f"关于“{TITLE}”，读者最想知道什么？",
        BODY[1][:70] + "…",
        "后续会怎样？",
        BODY[2][:60] + "…",
    ]
    text = "\n\n".join(["Cuộc đình công ở cảng kết thúc sau chín ngày", *BODY, *faq]) + "\n"
    result = normalize.clean(text)
    assert result.text == TEXT + "\n"
    assert result.metadata["title"] == TITLE


def test_header_lines_go_to_the_metadata_with_their_signals():
    result = clean([], header=["By Ana Souza · May 18, 2026 · 3 min read", "Category: Business"])
    assert result.text == TEXT + "\n"
    assert result.metadata["date"] == "May 18, 2026" and result.metadata["section"] == "Business"
    (line,) = [f for f in result.findings if f.data.get("rule") == "shape.header_metadata"]
    assert line.data["signals"] == ["byline", "date", "reading"]


def test_faq_questions_without_question_marks_go_before_copies_of_the_body():
    faq = [
        "Quick answers",
        "What did the deal change",
        BODY[1][:70] + "…",
        "Why it matters",
        BODY[2][:60] + "…",
    ]
    assert clean(faq).text == TEXT + "\n"


def test_header_pairs_label_lists_and_scaled_counts_go_to_the_metadata():
    header = ["Desk: World News", "Keywords: ports, shipping, labour", "2026-05-18 · 12.5K"]
    result = clean([], header=header)
    assert result.text == TEXT + "\n"
    assert result.metadata["section"] == "World News"
    assert result.metadata["tags"] == ["ports", "shipping", "labour"]
    signals = {f.data["rule"]: f.data["signals"] for f in result.findings if f.kind == "metadata_line"}
    assert signals == {
        "shape.section_label": ["key_value"],
        "shape.label_list": ["label_list"],
        "shape.header_metadata": ["count", "date"],
    }


def test_the_header_ends_at_the_first_paragraph_of_the_article():
    # The same lines below a paragraph of the article are the article's.
    text = "\n\n".join([TITLE, BODY[0], "Desk: World News", "Keywords: ports, shipping, labour", *BODY[1:]])
    assert normalize.clean(text + "\n").text == text + "\n"


def test_a_notice_in_other_words_and_a_teaser_with_a_label_word_go():
    header = ["You can read this article in its original Vietnamese version."]
    result = clean([], header=header)
    assert result.text == TEXT + "\n"
    (notice,) = [f for f in result.findings if f.data.get("rule") == "shape.translation_notice"]
    assert notice.data["signals"] == ["notice_concepts"]  # the finding names what fired
    text = "\n\n".join([TITLE, BODY[0], "Đọc ngay — Central Bank Holds Rates Steady", *BODY[1:]])
    result = normalize.clean(text + "\n")
    assert result.text == TEXT + "\n"
    (teaser,) = [f for f in result.findings if f.data.get("rule") == "shape.inline_teaser"]
    assert teaser.data["signals"] == ["teaser_label_word"]


def test_attribution_and_a_section_path_above_the_article_go_to_the_metadata():
    header = ["World › Asia", "Written by Ana Souza | Photos by Lee Min", "来源：新华网"]
    result = clean([], header=header)
    assert result.text == TEXT + "\n"
    assert result.metadata["section"] == "World › Asia"
    assert result.metadata["author"] == "Ana Souza"
    assert result.metadata["source"] == "新华网"
    signals = sorted(s for f in result.findings if f.kind == "metadata_line" for s in f.data["signals"])
    assert signals == ["byline", "section_path", "source"]


def test_attribution_and_paths_below_the_first_sentence_are_the_articles():
    text = "\n\n".join([TITLE, BODY[0], "By Ana Souza", "Ports / Labour", *BODY[1:]])
    assert normalize.clean(text + "\n").text == text + "\n"


def test_a_language_switcher_and_a_pointer_line_go():
    text = "\n\n".join(
        [TITLE, "English | Tiếng Việt | 中文", BODY[0], "Scroll down for the full story", *BODY[1:]]
    )
    result = normalize.clean(text + "\n")
    assert result.text == TEXT + "\n"
    rules = sorted(f.data["rule"] for f in result.findings if f.kind == "boilerplate")
    assert rules == ["shape.language_switcher", "shape.pointer_line"]


def test_one_teaser_with_a_label_in_capitals_goes_but_a_list_of_such_lines_stays():
    text = "\n\n".join([TITLE, BODY[0], "VIDEO: How the Cranes Are Being Automated", *BODY[1:]])
    result = normalize.clean(text + "\n")
    assert result.text == TEXT + "\n"
    (teaser,) = [f for f in result.findings if f.data.get("rule") == "shape.inline_teaser"]
    assert teaser.data["signals"] == ["teaser_caps_label"]
    prizes = [
        "GOLD: Best Promotional Campaign",
        "SILVER: Holiday Program Spots",
        "BRONZE: General Brand Campaign",
    ]
    text = "\n\n".join([TITLE, BODY[0], *prizes, *BODY[1:]])
    assert normalize.clean(text + "\n").text == text + "\n"


def test_a_heading_whose_blocks_were_removed_goes_too():
    text = "\n\n".join([TITLE, *BODY, "Before you go", "Share on X | Facebook | Email"])
    result = normalize.clean(text + "\n")
    assert result.text == TEXT + "\n"
    (heading,) = [f for f in result.findings if f.data.get("rule") == "shape.footer.heading_of_removed"]
    assert heading.data["signals"] == ["heading_of_removed"]
    # A heading over the article's own last paragraph keeps it, and stays.
    text = "\n\n".join([TITLE, *BODY[:2], "What comes next", BODY[2]])
    assert normalize.clean(text + "\n").text == text + "\n"


def test_a_row_of_label_pairs_goes_to_the_report_with_its_pairs():
    result = clean([], header=["Words: Ana Souza | Pictures: Tom Hale"])
    assert result.text == TEXT + "\n"
    (line,) = [f for f in result.findings if f.kind == "metadata_line"]
    assert line.data["rule"] == "shape.label_pairs"
    assert line.data["labels"] == {"Words": "Ana Souza", "Pictures": "Tom Hale"}
    assert result.metadata["labels"] == {"Words": "Ana Souza", "Pictures": "Tom Hale"}
