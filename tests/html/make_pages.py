"""The HTML test pages and their expected output, both written from one article source.

    python tests/html/make_pages.py          # rewrites tests/html/pages/ and tests/html/expected/

Each page wraps one article of ``articles.py`` in the furniture of a kind of news site
(navigation, cookie banners, sidebars, related-article rails, newsletter boxes, comments,
share widgets, foreign-language headlines, legacy or lying charsets). The expected output is
rendered from the article itself (title, paragraphs, headings, list items, Markdown tables), not
from the pipeline, so the golden comparison checks the pipeline against what the page says.
``tests/html/test_pages.py`` checks the committed files are what this script writes.
"""

from __future__ import annotations

import html as H
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import ARTICLES, article_text

A = {a[0]: a for a in ARTICLES}
HERE = Path(__file__).resolve().parent
e = H.escape


def body(blocks, para_hook=None):
    out = []
    for n, (kind, val) in enumerate(blocks):
        if kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "h2":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = [f"<tr>{''.join(f'<th>{e(c)}</th>' for c in val[0])}</tr>"] + [
                f"<tr>{''.join(f'<td>{e(c)}</td>' for c in r)}</tr>" for r in val[1:]
            ]
            out.append("<table>" + "".join(rows) + "</table>")
        if para_hook and n == 1:
            out.append(para_hook)
    return "\n".join(out)


def head(title, date, author, site, lang="en", charset="utf-8", extra=""):
    cs = f'<meta charset="{charset}">' if charset else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head>{cs}<title>{e(title)} | {e(site)}</title>\n'
        f'<meta property="og:title" content="{e(title)}"><meta name="author" content="{e(author)}">\n'
        f'<meta property="article:published_time" content="{date}T08:00:00Z"><meta property="og:site_name" content="{e(site)}">\n'
        f'<link rel="stylesheet" href="/s.css"><script>window.dataLayer=[];function track(){{}}</script>{extra}</head>\n'
    )


NAV = '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/tech">Technology</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>'
FOOT = '<footer><p>© 2026 {site}. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul></footer>'
COOKIE = '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show you relevant advertising.</p><button>Accept all</button><button>Manage settings</button></div>'
RELATED = '<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Chipmakers brace for a slower year</a></li><li><a href="/b">Five things to know about the new rules</a></li><li><a href="/c">Inside the race for data-centre power</a></li></ul></aside>'
COMMENTS = '<section class="comments" id="comments"><h3>Comments (2)</h3><div class="comment"><span class="user">jk_1987</span><p>Great article, thanks for the clear summary of a complicated topic.</p></div><div class="comment"><span class="user">market_watcher</span><p>I think the analysts are far too optimistic about this.</p></div><form><textarea placeholder="Write a comment"></textarea><button>Post</button></form></section>'


def techwire(
    a,
    site="TechWire",
    extra_in="",
    extra_after="",
    cookie=True,
    comments=COMMENTS,
    lang="en",
    h1=None,
    charset="utf-8",
):
    _slug, title, date, author, blocks = a
    return (
        head(title, date, author, site, lang, charset)
        + "<body>\n"
        + NAV
        + "\n"
        + (COOKIE if cookie else "")
        + f'\n<main><article><h1>{e(h1 or title)}</h1>\n<p class="byline">By {e(author)} · {date}</p>\n'
        + body(blocks)
        + "\n"
        + extra_in
        + "</article>\n"
        + RELATED
        + "\n"
        + comments
        + "</main>\n"
        + extra_after
        + FOOT.format(site=site)
        + "\n</body></html>\n"
    )


def ledger(a, site="The Daily Ledger", box="", lang="en", charset="utf-8", pre_title=""):
    _slug, title, date, author, blocks = a
    side = '<div id="sidebar"><div class="widget"><h4>Most popular</h4><ol><li><a href="/1">Markets slide as oil jumps</a></li><li><a href="/2">Ten stocks to watch this week</a></li><li><a href="/3">Why the housing market is cooling</a></li></ol></div><div class="widget ad">Advertisement</div></div>'
    return (
        head(title, date, author, site, lang, charset)
        + '<body><div id="top"><div id="logo">The Daily Ledger</div>'
        '<div id="menu"><a href="/">Front page</a> | <a href="/world">World</a> | <a href="/money">Money</a> | <a href="/opinion">Opinion</a></div></div>\n'
        f'<div id="wrap"><div class="content"><div class="post">{pre_title}<div class="post-title"><h1>{e(title)}</h1></div><div class="meta">{date} | {e(author)}</div>'
        f'<div class="post-body">\n{body(blocks, box)}\n</div></div></div>{side}</div>\n'
        '<div id="bottom"><a href="/about">About us</a> · <a href="/ads">Advertise</a> · <a href="/jobs">Careers</a><br>Copyright 2026 The Daily Ledger</div></body></html>\n'
    )


def blog(a, site="Signal & Noise", tail="", inline="", lang="en", charset="utf-8"):
    _slug, title, date, author, blocks = a
    return (
        head(title, date, author, site, lang, charset)
        + '<body><div class="site"><div class="masthead"><a href="/">Signal &amp; Noise</a><span>Notes on technology and the economy</span></div>\n'
        f'<div class="entry"><h1 class="entry-title">{e(title)}</h1><div class="entry-meta">Posted on {date} by {e(author)}</div><div class="entry-content">\n'
        + body(blocks, inline)
        + "\n"
        + tail
        + '\n</div></div><div class="widget-area"><h2>Archives</h2><ul><li>June 2026</li><li>May 2026</li><li>April 2026</li></ul><h2>Categories</h2><ul><li>AI</li><li>Energy</li><li>Markets</li></ul></div></div></body></html>\n'
    )


NEWSLETTER = '<div class="newsletter"><p>Sign up for our Morning Briefing newsletter to get the top stories in your inbox.</p><input placeholder="Enter your email"><button>Subscribe</button></div>'
READ_MORE = '<p>Read more: <a href="/x">How cloud providers plan their capacity</a></p>'
SHARE = '<div class="share"><p>Share this article: Twitter Facebook LinkedIn</p></div>'
FOLLOW = "<p>Follow us on Twitter and LinkedIn.</p>"
TAIL_RELATED = '<h3>Related articles</h3><ul><li><a href="/p1">Open models close the gap</a></li><li><a href="/p2">The fight over training data</a></li></ul>'

pages = {}
pages["01_techwire_semantic"] = techwire(A["chip-export"])
pages["02_ledger_div_soup"] = ledger(A["battery-plant"], box=NEWSLETTER)
pages["03_blog_read_more_share"] = blog(A["open-model"], inline=READ_MORE, tail=SHARE + FOLLOW + TAIL_RELATED)
vi_nav = '<header><nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a> <a href="/cong-nghe">Công nghệ</a></nav></header>'
pages["04_vietnamese_headline"] = (
    head(A["ride-hailing"][1], A["ride-hailing"][2], A["ride-hailing"][3], "Saigon Business Daily", "vi")
    + "<body>"
    + vi_nav
    + "<article><h1>Hãng gọi xe công bố lợi nhuận năm đầu tiên</h1>\n"
    + body(A["ride-hailing"][4])
    + '\n<p>Đọc thêm: <a href="/z">Thị trường giao đồ ăn tăng trưởng mạnh</a></p></article>\n<footer>© 2026 Saigon Business Daily</footer></body></html>\n'
)
zh_nav = '<div class="nav"><a href="/">首页</a> <a href="/tech">科技</a> <a href="/finance">财经</a> <a href="/about">关于我们</a></div>'
faq = (
    "<h2>常见问题</h2><p>问：这篇文章的英文标题是什么？</p><p>答：“Quantum Startup Raises $300 Million”。</p>"
    "<p>问：公司总部在哪里？</p><p>答：苏黎世。</p>"
)
pages["05_chinese_site_faq"] = (
    head(A["quantum-funding"][1], A["quantum-funding"][2], A["quantum-funding"][3], "科技前沿", "zh-CN")
    + "<body>"
    + zh_nav
    + f'<div class="article"><h1>{e(A["quantum-funding"][1])}</h1>\n'
    + body(A["quantum-funding"][4])
    + "\n"
    + faq
    + '\n<h3>相关文章</h3><ul><li><a href="/q1">量子计算的下一步</a></li><li><a href="/q2">欧洲科技投资回暖</a></li></ul></div><div class="footer">版权所有 © 2026 科技前沿</div></body></html>\n'
)
rate = A["rate-decision"]
rate_curly = (
    rate[0],
    rate[1],
    rate[2],
    rate[3],
    [
        (k, v.replace("said it would", "said it would “wait and see” and") if k == "p" else v)
        for k, v in rate[4]
    ]
    + [
        (
            "p",
            "“We’re not there yet,” the governor said. Savings rates stay near 3% and the euro traded at €1.09 to the pound’s 85p.",
        )
    ],
)
pages["06_cp1252_declared"] = techwire(rate_curly, site="Finance Today", charset="windows-1252")
pages["07_declared_latin1_but_utf8"] = ledger(A["museum-reopens"], charset="iso-8859-1", box=NEWSLETTER)
heat = A["heat-wave"]
pages["08_gb18030_chinese_nav"] = (
    head(heat[1], heat[2], heat[3], "能源观察", "zh-CN", "gb2312")
    + "<body>"
    + zh_nav
    + f'<div class="article"><h1>{e(heat[1])}</h1>\n'
    + body(heat[4])
    + '\n<p class="share">分享到：</p></div><div class="footer">版权所有 © 2026 能源观察</div></body></html>\n'
)
port_dash = (
    A["port-strike"][0],
    A["port-strike"][1],
    A["port-strike"][2],
    A["port-strike"][3],
    [
        ("p", v.replace("Sunday", "Sunday – a week earlier than feared –"))
        if k == "p" and "Sunday" in v
        else (k, v)
        for k, v in A["port-strike"][4]
    ],
)
pages["09_cp1252_undeclared"] = blog(port_dash, charset=None, tail=SHARE)
sat = A["satellite-broadband"]
moj = [
    (k, v.replace("Teachers said", "Teachers said the ministry’s").replace("the connections", "connections"))
    if k == "p"
    else (k, v)
    for k, v in sat[4]
]
ministry = moj
moj = [(k, v.replace("’", "â€™")) if k == "p" else (k, v) for k, v in moj]
pages["10_mojibake_in_text"] = techwire((sat[0], sat[1], sat[2], sat[3], moj), site="EduNews", cookie=False)
game = A["game-studio"]
jp_nav = (
    '<div class="gnav"><a href="/">ホーム</a> <a href="/games">ゲーム</a> <a href="/news">ニュース</a></div>'
)
pages["11_shift_jis_japanese_headline"] = (
    head(game[1], game[2], game[3], "Game Wire Japan", "ja", "shift_jis")
    + "<body>"
    + jp_nav
    + "<article><h1>ゲームスタジオが続編を中止、人員を削減</h1>\n"
    + body(game[4])
    + '\n</article><div class="footer">Copyright 2026 Game Wire Japan</div></body></html>\n'
)
pages["12_techwire_comments_closed_ads"] = techwire(
    A["water-tech"],
    site="Infra Weekly",
    comments='<section class="comments"><h3>Comments</h3><p>Comments are closed.</p></section>',
    extra_in='<div class="ad">Advertisement</div>',
)
pages["13_blog_newsletter_tail"] = blog(A["rate-decision"], tail=NEWSLETTER + READ_MORE)
sat2 = A["satellite-broadband"]
pages["14_minimal_main"] = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
    + e(sat2[1])
    + "</title></head><body><main><h1>"
    + e(sat2[1])
    + "</h1>"
    + body(sat2[4])
    + "</main></body></html>\n"
)
pay = '<div class="paywall"><p>Subscribe to continue reading. Get unlimited access for $1 a week.</p></div>'
pages["15_cookie_dialog_top"] = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
    + e(A["quantum-funding"][1])
    + " - Alpine Tech</title></head><body>"
    '<div id="consent" role="dialog"><h2>Your privacy</h2><p>This website uses cookies and similar technologies to personalise content and ads. By continuing, you agree to our use of cookies.</p><button>OK</button></div>'
    + NAV
    + '<div class="story"><h1>'
    + e(A["quantum-funding"][1])
    + "</h1>"
    + body(A["quantum-funding"][4])
    + "</div>"
    + pay
    + FOOT.format(site="Alpine Tech")
    + "</body></html>\n"
)
port = A["port-strike"]
fig = '<figure><img src="/ships.jpg" alt="Ships waiting"><figcaption>Container ships wait offshore. Photo: Harbour Authority</figcaption></figure>'
pages["16_figure_caption_byline"] = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
    + e(port[1])
    + '</title><meta name="author" content="'
    + e(port[3])
    + '"></head><body>'
    + NAV
    + "<article><h1>"
    + e(port[1])
    + '</h1><p class="byline">By '
    + e(port[3])
    + "</p>"
    + fig
    + body(port[4])
    + "</article>"
    + RELATED
    + FOOT.format(site="Coastal Times")
    + "</body></html>\n"
)
mus = A["museum-reopens"]
pages["17_russian_headline"] = techwire(
    mus, site="Culture Daily", lang="ru", h1="Городской музей снова открыт после ремонта", comments=""
)
gs = A["game-studio"]
rows = "".join(f"<tr><td>{e(v) if k == 'p' else ''}</td></tr>" for k, v in gs[4] if k == "p")
pages["18_table_layout"] = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>'
    + e(gs[1])
    + '</title></head><body><table width="100%"><tr><td class="nav"><a href="/">Home</a><br><a href="/reviews">Reviews</a><br><a href="/news">News</a></td>'
    '<td class="main"><h1>'
    + e(gs[1])
    + "</h1>"
    + body(gs[4])
    + '</td><td class="side"><b>Top games</b><br>1. Star Forge<br>2. Ocean Drift</td></tr></table><div>© 2026 PixelPress</div></body></html>\n'
)
rail = '<aside class="most-read"><h4>Most read</h4><ol><li><a href="/m1">The chip shortage is back</a></li><li><a href="/m2">A guide to open models</a></li></ol></aside>'
pages["19_inline_rail"] = techwire(A["open-model"], site="AI Report", extra_in="", cookie=False).replace(
    "<h2>How it was built</h2>", rail + "<h2>How it was built</h2>"
)
wt = A["water-tech"]
ent_blocks = [(k, v) for k, v in wt[4]]
ent_html = (
    body(ent_blocks)
    .replace("pumps and adding", "pumps &amp; adding")
    .replace(" a day.", "&nbsp;a day.")
    .replace("next year.", "next year &mdash; pending approval.")
)
pages["20_entities_and_breaks"] = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
    + e(wt[1])
    + "</title></head><body>"
    + NAV
    + "<article><h1>"
    + e(wt[1])
    + "</h1>"
    + ent_html
    + "<p>Share on Facebook</p></article>"
    + FOOT.format(site="Coast Engineering")
    + "</body></html>\n"
)

# What each page's reader should get: (article shown, text edits from the page's markup).
SHOWN = {
    "01_techwire_semantic": A["chip-export"],
    "02_ledger_div_soup": A["battery-plant"],
    "03_blog_read_more_share": A["open-model"],
    "04_vietnamese_headline": A["ride-hailing"],
    "05_chinese_site_faq": A["quantum-funding"],
    "06_cp1252_declared": rate_curly,
    "07_declared_latin1_but_utf8": A["museum-reopens"],
    "08_gb18030_chinese_nav": A["heat-wave"],
    "09_cp1252_undeclared": port_dash,
    "10_mojibake_in_text": (sat[0], sat[1], sat[2], sat[3], ministry),
    "11_shift_jis_japanese_headline": A["game-studio"],
    "12_techwire_comments_closed_ads": A["water-tech"],
    "13_blog_newsletter_tail": A["rate-decision"],
    "14_minimal_main": A["satellite-broadband"],
    "15_cookie_dialog_top": A["quantum-funding"],
    "16_figure_caption_byline": A["port-strike"],
    "17_russian_headline": A["museum-reopens"],
    "18_table_layout": A["game-studio"],
    "19_inline_rail": A["open-model"],
    "20_entities_and_breaks": (
        wt[0],
        wt[1],
        wt[2],
        wt[3],
        [
            (
                k,
                v.replace("pumps and adding", "pumps & adding").replace(
                    "next year.", "next year — pending approval."
                ),
            )
            for k, v in wt[4]
        ],
    ),
}


expected_text = article_text


enc = {
    "06_cp1252_declared": "cp1252",
    "08_gb18030_chinese_nav": "gb18030",
    "09_cp1252_undeclared": "cp1252",
    "11_shift_jis_japanese_headline": "shift_jis",
}


def write(folder: Path = HERE) -> None:
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    (folder / "expected").mkdir(parents=True, exist_ok=True)
    for name, page in pages.items():
        (folder / "pages" / f"{name}.html").write_bytes(page.encode(enc.get(name, "utf-8")))
        (folder / "expected" / f"{name}.txt").write_text(expected_text(SHOWN[name]), encoding="utf-8")


if __name__ == "__main__":
    write()
    print(f"{len(pages)} pages written")
