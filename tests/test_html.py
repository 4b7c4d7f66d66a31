"""HTML pages in, clean English out (normalize/html.py and the read stage's HTML path)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import normalize
from conftest import assert_generator_reproduces
from normalize import html
from normalize.errors import InputTooLarge

HTML_DIR = Path(__file__).resolve().parent / "html"
PAGES = sorted((HTML_DIR / "pages").glob("*.html"))
FURNITURE = [  # every line of site furniture the test pages carry, in any of their templates
    "Sign in",
    "Technology",
    "Most popular",
    "All rights reserved",
    "Privacy policy",
    "Related articles",
    "Accept all",
    "We use cookies",
    "This website uses cookies",
    "Morning Briefing",
    "Enter your email",
    "Read more",
    "Share this article",
    "Share on Facebook",
    "Follow us",
    "Advertisement",
    "Comments",
    "Be the first",
    "jk_1987",
    "optimistic",
    "Write a comment",
    "Subscribe",
    "Top games",
    "Most read",
    "Archives",
    "Categories",
    "Front page",
    "Copyright",
    "Posted on",
    "By Maria",
    "Photo:",
    "Trang chủ",
    "Đọc thêm",
    "首页",
    "相关文章",
    "常见问题",
    "ホーム",
    "分享",
    "Городской",
]


def test_there_are_at_least_twenty_pages():
    assert len(PAGES) >= 20


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_gives_the_expected_article(page):
    expected = (HTML_DIR / "expected" / f"{page.stem}.txt").read_text(encoding="utf-8")
    result = normalize.clean(page.read_bytes())
    assert result.text == expected
    assert result.document.format == "html"
    for line in FURNITURE:
        assert line not in result.text, line


def test_pages_and_expected_files_are_what_the_generator_writes(tmp_path):
    assert_generator_reproduces(HTML_DIR, "make_pages", tmp_path)


def test_page_metadata_goes_to_the_report():
    report = normalize.clean((HTML_DIR / "pages" / "01_techwire_semantic.html").read_bytes()).report()
    meta = report["metadata"]
    assert meta["title"] == "Chip Export Rules Tighten as Cloud Demand Surges"
    assert (meta["date"], meta["author"], meta["site"], meta["language"]) == (
        "2026-03-12",
        "Maria Chen",
        "TechWire",
        "en",
    )
    assert meta["extractor"] == "trafilatura"


@pytest.mark.parametrize(
    ("page", "encoding"),
    [
        ("06_cp1252_declared", "cp1252"),
        ("07_declared_latin1_but_utf8", "utf-8"),  # declares iso-8859-1; the bytes are UTF-8
        ("08_gb18030_chinese_nav", "gb18030"),  # declares gb2312; read by its superset
        ("11_shift_jis_japanese_headline", "cp932"),
    ],
)
def test_declared_charset_decides_unless_the_bytes_contradict_it(page, encoding):
    doc = normalize.clean((HTML_DIR / "pages" / f"{page}.html").read_bytes()).document
    assert doc.encoding == encoding


def test_undeclared_legacy_page_is_sniffed():
    result = normalize.clean((HTML_DIR / "pages" / "09_cp1252_undeclared.html").read_bytes())
    # cp1250 and cp1252 agree on every byte this page uses; either reading is right
    assert result.document.encoding in ("cp1252", "cp1250") and "Sunday – a week earlier" in result.text


def test_foreign_headline_is_replaced_by_the_pages_english_title():
    result = normalize.clean((HTML_DIR / "pages" / "04_vietnamese_headline.html").read_bytes())
    assert result.text.startswith("Ride-Hailing Firm Turns Its First Annual Profit\n")
    assert [f.data["lang"] for f in result.findings if f.kind == "foreign_block"] == ["vi"]


def test_html_is_recognised_by_content_not_by_name(tmp_path):
    misnamed = tmp_path / "article.txt"
    misnamed.write_bytes((HTML_DIR / "pages" / "01_techwire_semantic.html").read_bytes())
    expected = (HTML_DIR / "expected" / "01_techwire_semantic.txt").read_text(encoding="utf-8")
    assert normalize.clean_file(misnamed).text == expected


def test_cli_markdown_and_text_outputs(tmp_path):
    page = HTML_DIR / "pages" / "01_techwire_semantic.html"
    for fmt, name in (("markdown", "page.md"), ("text", "page.txt")):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "normalize",
                "clean",
                str(page),
                "-o",
                str(tmp_path / name),
                "--format",
                fmt,
            ],
            capture_output=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
    md = (tmp_path / "page.md").read_text(encoding="utf-8")
    assert md.startswith("# Chip Export Rules Tighten as Cloud Demand Surges\n")
    assert "\n## What changes for buyers\n" in md and "\n- Licences are required" in md
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == (
        HTML_DIR / "expected" / "01_techwire_semantic.txt"
    ).read_text(encoding="utf-8")


def test_layout_tables_are_unwrapped_and_data_tables_kept():
    text = normalize.clean((HTML_DIR / "pages" / "18_table_layout.html").read_bytes()).text
    assert "|" not in text and text.startswith("Game Studio Cancels Sequel")
    data = normalize.clean((HTML_DIR / "pages" / "08_gb18030_chinese_nav.html").read_bytes()).text
    assert "| Hour | Demand (GW) | Solar (GW) |\n|---|---|---|\n| 12:00 | 61.4 | 20.3 |" in data


# --- hostile pages ------------------------------------------------------------------------------

ARTICLE = "<p>" + "The company reported strong growth in its cloud business during the quarter. " * 3 + "</p>"


def test_external_entities_are_not_expanded_and_scripts_not_kept():
    page = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><article>'
        f"<h1>A title</h1>{ARTICLE}<p>Entity: &xxe; here.</p>"
        "<script>document.write('INJECTED'); fetch('http://example.invalid/')</script></article></body></html>"
    )
    text = normalize.clean(page.encode()).text
    assert "root:" not in text and "INJECTED" not in text and "example.invalid" not in text
    assert "The company reported strong growth" in text


def test_ten_thousand_levels_of_nesting_complete_quickly():
    page = "<html><body>" + "<div>" * 10_000 + ARTICLE + "</div>" * 10_000 + "</body></html>"
    start = time.perf_counter()
    result = normalize.clean(page.encode())
    assert time.perf_counter() - start < 10
    assert "The company reported strong growth" in result.text


def five_mb_page() -> str:
    """A 5 MB page of the usual make-up: scripts, styles, inline images, navigation, an article."""
    script = "<script>" + "var track = function(a, b) { return a + b; };\n" * 4000 + "</script>"
    style = "<style>" + ".nav li a { color: #333; padding: 4px; }\n" * 3000 + "</style>"
    image = '<img src="data:image/png;base64,' + "iVBORw0KGgoAAAANSUhEUgAA" * 8000 + '">'
    nav = (
        "<nav><ul>"
        + "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(3000))
        + "</ul></nav>"
    )
    body = "".join(
        f"<p>Paragraph {i} says the company grew by {i} percent in the quarter, analysts said.</p>"
        for i in range(400)
    )
    page = f"<!DOCTYPE html><html><head><title>Big</title>{style}</head><body>{nav}<article><h1>Big page</h1>{body}</article>"
    while len(page) < 5_000_000:
        page += script + image
    return page + "</body></html>"


def test_five_mb_page_completes_quickly():
    page = five_mb_page().encode()
    assert len(page) >= 5_000_000
    start = time.perf_counter()
    result = normalize.clean(page)
    assert time.perf_counter() - start < 10
    assert "Paragraph 399 says the company grew by 399 percent" in result.text
    assert "Section 12" not in result.text and "track" not in result.text


def test_page_with_more_text_than_any_article_is_refused_quickly():
    body = "".join(
        f"<p>Paragraph {i} of a page that is far too long to be one article.</p>" for i in range(60_000)
    )
    page = f"<html><body><article>{body}</article></body></html>".encode()
    start = time.perf_counter()
    with pytest.raises(InputTooLarge, match="page too large"):
        normalize.clean(page)
    assert time.perf_counter() - start < 10


def test_page_with_too_much_markup_is_refused(monkeypatch):
    monkeypatch.setattr(html, "MAX_PAGE_CHARS", 10_000)
    with pytest.raises(InputTooLarge, match="million characters of HTML"):
        normalize.clean(("<html><body>" + "<div></div>" * 2000 + "</body></html>").encode())


def test_pipeline_is_never_worse_than_the_bare_extractor():
    sys.path.insert(0, str(HTML_DIR.parents[1] / "scripts"))
    try:
        import evaluate_html
    finally:
        sys.path.pop(0)
    rows = evaluate_html.evaluate()
    total = evaluate_html.summary(rows)
    assert total["pages"] == len(PAGES) and total["pipeline_worse_anywhere"] == 0
    assert total["pages_where_extractor_keeps_non_article_text"] >= 10
    assert total["pipeline_better_there"] == total["pages_where_extractor_keeps_non_article_text"]


CLOUD_ARTICLE = (
    "<article><h1>Cloud spending rises</h1>"
    "<p>Providers reported strong growth in the quarter, as customers moved workloads to "
    "managed services and signed longer contracts than in any year before.</p>"
    "<p>Analysts expect the trend to hold through the next year, with spending per customer "
    "rising again as companies train and run larger models.</p></article>"
)


@pytest.mark.parametrize(
    "lead",
    [
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>',
        "<!-- generated -->\n<!-- cached -->\n<html>",
        "<br />\n<b>Warning</b>: Undefined index in /var/www/x.php on line 3<br />\n<!DOCTYPE html>",
        "<script>var a = 1;</script>\n<html>",
        "<style>body { margin: 0 }</style>\n<html>",
        '<meta charset="utf-8">\n<html>',
    ],
)
def test_a_page_is_recognised_past_prologs_comments_junk_and_leading_tags(lead):
    # Browsers sniff past these; the raw markup and script were read as the article.
    page = f"{lead}<head><title>Cloud spending rises</title></head><body>{CLOUD_ARTICLE}</body></html>"
    result = normalize.clean(page.encode())
    assert result.document.format == "html"
    assert "<" not in result.text and "var a" not in result.text and "Warning" not in result.text
    assert "Providers reported strong growth" in result.text


def test_markdown_escapes_and_superscripts_do_not_leak_into_text():
    body = (
        "<p>Die Wähler*innen und 1. Cloud, @mr_mo56 sagen (*um) es, mit 40 m<sup>2</sup> "
        "und CO<sub>2</sub> in einem langen Absatz, der lang genug ist, um extrahiert zu werden.</p>"
    )
    page = f"<html><body><article>{body}{body}</article></body></html>"
    text = normalize.Normalizer(normalize.Config(translate=False, on_untranslated="keep")).clean(page).text
    assert "Wähler*innen" in text and "@mr_mo56" in text and "(*um)" in text
    assert "\\" not in text and "<sup>" not in text and "40 m²" in text and "CO₂" in text


def test_a_page_with_no_text_is_an_empty_output_with_a_finding():
    page = b"<!DOCTYPE html><html><head><script>document.write('built by script')</script></head><body></body></html>"
    result = normalize.clean(page)
    assert result.text == ""
    (finding,) = result.findings
    assert finding.kind == "empty_page" and "no text" in finding.message
    assert normalize.restore(result.text, result.report()) == ""


NOSCRIPT_POST = (
    "<div class='post-body'><h3>Cloud spending rises</h3>"
    + ARTICLE
    + "<p>Analysts expect the trend to hold through the next year, with spending per customer "
    "rising again as companies train and run larger models on managed services.</p></div>"
)


def test_noscript_that_holds_the_article_is_read_and_a_notice_is_not():
    # Blogger serves article bodies inside <noscript> for readers without scripts.
    page = f"<html><head><title>T</title></head><body><noscript>{NOSCRIPT_POST}</noscript><script>render()</script></body></html>"
    text = normalize.clean(page.encode()).text
    assert "The company reported strong growth" in text and "Analysts expect the trend" in text
    notice = f"<html><body><noscript>Please enable JavaScript to view this site.</noscript><article>{ARTICLE}{ARTICLE}</article></body></html>"
    assert "enable JavaScript" not in normalize.clean(notice.encode()).text


def test_unclosed_noscript_does_not_swallow_the_page():
    page = f"<html><body><noscript><img src='pixel.gif'>{ARTICLE}<p>A second paragraph of the article, long enough to be kept by the extractor as body text.</p></body></html>"
    result = normalize.clean(page.encode())
    assert "The company reported strong growth" in result.text


def test_a_data_table_with_paragraphs_in_its_cells_stays_a_table():
    cells = "".join(
        f"<tr><td><p>{name}</p></td><td><p>{notes}</p><p>{more}</p><p>{last}</p></td></tr>"
        for name, notes, more, last in [
            ("Sidamo", "Red berries", "Citrus notes", "Sweet"),
            ("Chiapas", "Milk chocolate", "Mild", "Low acidity"),
        ]
    )
    page = f"<html><body><article>{ARTICLE}<table><tr><th>Coffee</th><th>Notes</th></tr>{cells}</table>{ARTICLE}</article></body></html>"
    text = normalize.clean(page.encode()).text
    assert "| Coffee | Notes |" in text and "Sidamo" in text and "Red berries" in text


def test_the_page_title_is_metadata_and_the_markdown_heading_not_a_line_of_the_text():
    page = (
        "<html><head><title>Cloud spending rises | Example News</title>"
        '<meta property="og:title" content="Cloud spending rises"></head>'
        f"<body><article>{ARTICLE}{ARTICLE.replace('company', 'firm')}</article></body></html>"
    )
    result = normalize.clean(page.encode())
    assert result.metadata["title"] == "Cloud spending rises"
    assert result.text.startswith("The company reported")
    markdown = normalize.render.render(result.document, "markdown")
    assert markdown.startswith("# Cloud spending rises\n\nThe company reported")


_BODY = "<p>" + "The committee met again to weigh the proposal and its costs for the region. " * 6 + "</p>"


@pytest.mark.parametrize(
    ("declaration", "date"),
    [
        ('<meta property="article:published_time" content="2024-05-06T10:00:00Z">', "2024-05-06"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-02-01"}</script>',
            "2023-02-01",
        ),
        ('<time datetime="2022-11-30T08:00">30 November</time>', "2022-11-30"),
    ],
)
def test_the_date_is_read_where_the_page_declares_it(declaration, date):
    # Head declarations go in <head>; JSON-LD and <time> are found in the body too.
    head, body = (declaration, "") if declaration.startswith("<meta") else ("", declaration)
    page = f"<html><head><title>Committee</title>{head}</head><body><article>{body}{_BODY}</article></body></html>"
    assert normalize.clean(page).metadata.get("date") == date


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="sidebar-date">2019-03-12</div>',
        '<div class="comment"><span class="published">2019-03-12</span></div>',
    ],
)
def test_a_date_only_written_in_the_page_text_is_not_taken_for_its_date(furniture):
    # A date in a sidebar or a comment may be any event's: it is not declared, so not guessed
    # (htmldate's search of the whole page takes it).
    page = f"<html><head><title>Committee</title></head><body><article>{_BODY}</article>{furniture}</body></html>"
    assert "date" not in normalize.clean(page).metadata
