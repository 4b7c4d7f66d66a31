"""English titles a page quotes: harvested from foreign blocks and furniture, ranked by evidence."""

from __future__ import annotations

import importlib

import normalize
from normalize import titles
from normalize.read import run as read

detect_stage = importlib.import_module("normalize.detect")  # the package's ``detect`` is a function

TITLE = "Port Strike Ends After Nine Days"
BODY = [
    "Dockworkers at the country's largest container port returned to work on Monday after a nine-day strike over pay and automation ended with a new three-year contract.",
    "The deal raises wages by 12 percent over three years and sets rules for how new automated cranes will be introduced.",
    "Shipping lines said it would take about two weeks to clear the backlog of vessels waiting offshore, and the port strike cost exporters dearly.",
]
HEADLINE = "Cuộc đình công ở cảng kết thúc sau chín ngày"


def test_quotes_in_foreign_blocks_are_harvested_and_english_prose_quotes_are_not():
    text = "\n\n".join(
        [
            HEADLINE,
            BODY[0],
            f"Bài viết “{TITLE}” tóm tắt những diễn biến chính của cuộc đình công tại cảng.",
            'The union called it "A Fair Deal for Every Worker" in a statement.',
            *BODY[1:],
        ]
    )
    doc = read(text)
    detect_stage.run(doc, normalize.Config())
    harvestable = [b for b in doc.live_blocks()[1:] if titles.harvestable(b)]
    assert titles.quoted_titles(harvestable) == [TITLE]


def test_the_title_quoted_most_and_named_by_the_body_ranks_first():
    product = "Harbor Crane Automation Suite Pro"
    faq = [  # the footer is read from the end: the product is the first quote it meets
        "Hỏi nhanh",
        f"Vì sao “{TITLE}” quan trọng?",
        BODY[1][:60] + "…",
        f"Điều gì xảy ra sau “{TITLE}”?",
        BODY[2][:60] + "…",
        f"“{product}” là gì?",
        BODY[0][:70] + "…",
    ]
    result = normalize.clean("\n\n".join([HEADLINE, *BODY, *faq]) + "\n")
    assert result.metadata["title_candidates"][0] == TITLE
    assert result.text.splitlines()[0] == TITLE


def test_a_foreign_article_quoting_an_english_name_keeps_its_headline():
    body = [
        "Bộ phim mới ra mắt tuần trước đã thu hút hàng nghìn khán giả tại các rạp trên khắp cả nước.",
        "Nhiều khán giả cho rằng “The Long Night Over Saigon River” là bộ phim hay nhất của năm nay.",
        "Các nhà phê bình đánh giá cao diễn xuất của dàn diễn viên trẻ và phần âm nhạc của bộ phim.",
    ]
    text = "\n\n".join(["Phim mới gây sốt phòng vé", *body]) + "\n"
    result = normalize.clean(text, normalize.Config(on_untranslated="keep"))  # no model here
    assert result.metadata["title_candidates"] == []
    assert result.text.splitlines()[0] == "Phim mới gây sốt phòng vé"


def test_rank_orders_by_blocks_quoting_then_body_share_then_first_seen():
    doc = read("\n\n".join(["Tiêu đề", "Port workers strike ends", "Ports", "Nine days"]))
    ranked = titles.rank(["Unrelated Product Name Here", "Port Workers Strike Ends Soon"], [], doc)
    assert ranked == ["Port Workers Strike Ends Soon", "Unrelated Product Name Here"]
    assert titles.rank(["Only One Candidate Title"], [], doc) == ["Only One Candidate Title"]


def test_a_title_quoted_in_a_section_of_any_rule_is_kept():
    # A teaser section's rule owns everything below its heading; the FAQ block under a heading
    # no rule knows goes with it, and so would the title it quotes.
    footer = [
        "相关阅读",
        "Ride-Hailing Firm Turns Its First Annual Profit",
        "Quick answers",
        f"So what does “{TITLE}” actually mean?",
        BODY[1][:60] + "…",
    ]
    result = normalize.clean("\n\n".join([HEADLINE, *BODY, *footer]) + "\n")
    assert result.metadata["title_candidates"] == [TITLE]
    assert result.text.splitlines()[0] == TITLE
