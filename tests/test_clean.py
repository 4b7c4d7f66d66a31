"""Boilerplate rules: general (any topic, count, month), and conservative in the body."""

from __future__ import annotations

import pytest

import normalize
from normalize.clean import split_glued_tags

BODY = (
    "Quantum computing firms raised record sums this year, and investors are asking whether the "
    "hardware will arrive in time to justify the valuations now being paid for it."
)


def test_other_sites_topics_counts_and_months():
    text = (
        "Quantum Bets Pay Off\n\nSeptember 2025\nIBMquantum computingArchive: September 2025\n"
        f"{BODY}\n\nRelated Topics\n\nIBM12 related articlesquantum computing7 related articles\n\n"
        "Archive\n\nSeptember 2025402 published articles\n\nFurther Reading\n\nSome teaser textMore teaser\n\n"
        "💬 Comments (12)"
    )
    result = normalize.clean(text)
    assert result.text == f"Quantum Bets Pay Off\n\n{BODY}\n"
    assert result.metadata["date"] == "September 2025"
    assert result.metadata["tags"] == ["IBM", "quantum computing"]
    assert all(c.after == "" for c in result.changes if c.stage == "clean")


def test_body_heading_named_archive_survives():
    text = f"Archive\n\n{BODY}\n\nThe archive holds letters from 1920 to 1950 and more."
    assert normalize.clean(text).text == text + "\n"


def test_footer_section_must_fit_its_rule():
    # "Related topics" followed by prose is not the site's topic list: it stays.
    text = f"{BODY}\n\nRelated topics\n\n{BODY}"
    assert normalize.clean(text).text == text + "\n"


def test_date_line_only_in_header_region():
    lines = [BODY] * 8 + ["May 2026", BODY]
    text = "\n\n".join(lines)
    assert "May 2026" in normalize.clean(text).text


def test_glued_tags_split_by_known_tags_then_case():
    assert split_glued_tags(
        "AnthropicAI infrastructureconstitutional AI", ["Anthropic", "AI infrastructure", "constitutional AI"]
    ) == ["Anthropic", "AI infrastructure", "constitutional AI"]
    assert split_glued_tags("AnthropicClaude", []) == ["Anthropic", "Claude"]


def test_faq_title_recovered_for_foreign_headline():
    text = (
        "Cuộc Đảo Chính Thầm Lặng Của Một Công Ty Khởi Nghiệp Năm Tuổi\n\n"
        f"{BODY}\n\n常见问题\n\n这次公司发布“The Quiet Coup of a Five-Year-Old Startup”主要讲了什么?\n\n答案。"
    )
    result = normalize.clean(text)
    assert result.text.splitlines()[0] == "The Quiet Coup of a Five-Year-Old Startup"
    assert result.metadata["title"] == "The Quiet Coup of a Five-Year-Old Startup"
    assert any(c.rule == "headline.quoted_title" for c in result.changes)


def test_ui_notice_any_language_name():
    text = f"{BODY}\nThe article body is currently shown in German by default. You can switch."
    assert normalize.clean(text).text == BODY + "\n"


def test_sentence_that_reads_like_a_footer_heading_stays():
    text = f"{BODY}\n\nMore from the archive is expected next year."
    assert normalize.clean(text).text == text + "\n"


def test_list_heading_whose_list_goes_later_is_stable():
    # The foreign line is dropped by the untranslated policy after clean ran; the heading alone
    # must not turn into a footer on a second pass.
    once = normalize.clean("Related topics\n水").text
    assert normalize.clean(once).text == once


def test_metadata_rule_requires_screens_and_keeps_every_match():
    from normalize.clean import extract_header_metadata
    from normalize.config import Config
    from normalize.read import run as read_run
    from normalize.resources import parse_boilerplate

    rules = parse_boilerplate(
        "test.toml",
        '[[metadata]]\nid = "m.archive"\nrequires = "Archive:"\n'
        "pattern = '^(?P<tags>.{1,60}?)archive:\\s*(?P<date>\\d{4})$'\nreason = \"tags line\"\n",
    )
    assert rules.metadata[0].requires == "archive:"
    # Any case, and the dotted capital I the regex engine folds onto "i" (str.lower() does not).
    for line in ("IBM quantumArchive: 2025", "IBM quantumARCHIVE: 2025", "IBM quantumARCH\u0130VE: 2025"):
        doc = read_run(f"Headline\n\n{line}\n\n{BODY}", "x")
        extract_header_metadata(doc, rules, Config())
        assert doc.metadata.get("date") == "2025", line


def test_metadata_rule_requires_must_be_ascii():
    import pytest

    from normalize.errors import RulesError
    from normalize.resources import parse_boilerplate

    with pytest.raises(RulesError, match="requires must be ASCII"):
        parse_boilerplate(
            "test.toml",
            "[[metadata]]\nid = 'm'\nrequires = 'lưu trữ'\npattern = '(?P<date>x)'\nreason = 'r'\n",
        )


def test_a_widget_line_inside_the_footer_does_not_protect_the_sections_above_it():
    # Line rules run before the footer chain, and the chain steps over what they removed: a
    # share row between two sections, or after the last one, used to end the chain there.
    text = (
        f"Quantum Bets Pay Off\n\n{BODY}\n\nRelated Topics\n\nIBM12 related articlesquantum computing7 related articles\n\n"
        "Share this article: Twitter · Facebook · LinkedIn\n\n"
        "Further Reading\n\nSome teaser textMore teaser\n\n"
        "Follow us on Twitter and LinkedIn."
    )
    result = normalize.clean(text)
    assert result.text == f"Quantum Bets Pay Off\n\n{BODY}\n"
    assert result.metadata["tags"] == ["IBM", "quantum computing"]


def test_titles_quoted_on_faq_lines_are_kept_before_the_lines_go():
    text = (
        "Cuộc Đảo Chính Thầm Lặng Của Một Công Ty Khởi Nghiệp Năm Tuổi\n\n"
        f"{BODY}\n\n问：这次公司发布“The Quiet Coup of a Five-Year-Old Startup”主要讲了什么?\n\n答：答案。"
    )
    result = normalize.clean(text)
    assert result.text.splitlines()[0] == "The Quiet Coup of a Five-Year-Old Startup"


@pytest.mark.parametrize(
    "line, widget",
    [
        ("Share this article: Twitter · Facebook · LinkedIn", True),
        ("Twitter · Facebook · LinkedIn", True),  # no label
        ("RedditWhatsAppTelegram", True),  # glued
        ("Pass it on: Reddit / WhatsApp / Telegram", True),  # a label no rule lists
        ("Chia sẻ qua Facebook, Zalo", True),
        ("Facebook and Twitter both fell sharply on Monday after the ruling.", False),
        ("Twitter", False),  # one name alone may be a heading
    ],
)
def test_share_rows_by_their_shape(line, widget):
    # Under a label of any wording, a share row is footer furniture (shapes.share_row); with a
    # share label or none, a line rule takes it anywhere.
    result = normalize.clean(f"Quantum Bets Pay Off\n\n{BODY}\n\n{line}")
    assert (line not in result.text) is widget
