"""Site furniture for the wording-blind boilerplate evaluation (issue 22).

Each family of furniture (header metadata, notices, footer sections, widgets, inline teasers)
has several phrasings in English, Vietnamese and Chinese, split in two halves:

- half A: the rules may be written and tuned with these;
- half B: wording the rules never saw. Nothing here may be copied into ``rules/``;
  ``scripts/evaluate.py`` reports B's scores apart;
- half C: a second unseen half, written once B's misses had been read and shown;
- half D: a third, written once C's misses had been read;
- half E: a fourth, written once D's misses had been read;
- half F: a fifth, written once E's misses had been read.

A phrasing is a function of a ``Site`` (the article's title, a few body sentences, other
articles' titles and a random source) that returns the lines it adds, each line one block.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Site:
    title: str
    sentences: list[str]  # body sentences, for FAQ answers that copy them
    others: list[tuple[str, str]]  # (title, first sentence) of other articles, for teasers
    date: tuple[int, int, int]  # year, month, day
    author: str
    rng: random.Random

    def pick_others(self, n: int) -> list[tuple[str, str]]:
        return self.rng.sample(self.others, min(n, len(self.others)))

    def truncated(self, n: int = 2) -> list[str]:
        """Body sentences cut short with an ellipsis, as generated FAQ answers copy them."""
        picked = self.rng.sample(self.sentences, min(n, len(self.sentences)))
        return [s[: max(40, len(s) * 2 // 3)].rstrip() + "…" for s in picked]


Phrasing = Callable[[Site], list[str]]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _y(s: Site) -> int:
    return s.date[0]


def _m(s: Site) -> int:
    return s.date[1]


def _d(s: Site) -> int:
    return s.date[2]


# --- header metadata: lines under the headline ------------------------------------------------

HEADER_A: list[Phrasing] = [
    lambda s: [f"Posted {_d(s)} {EN_MONTHS[_m(s) - 1][:3]} {_y(s)} | 4-minute read"],
    lambda s: [f"Published {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)} · 5 min read"],
    lambda s: [f"By {s.author} · {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)} · 2.4K views"],
    lambda s: [f"Cập nhật: {_d(s):02d}/{_m(s):02d}/{_y(s)} 09:30"],
    lambda s: [f"发布时间：{_y(s)}年{_m(s)}月{_d(s)}日 09:30"],
    lambda s: ["Category: Technology"],
    lambda s: ["Chuyên mục: Kinh doanh"],
    lambda s: ["ChipsCloudExport RulesSemiconductors"],
]

HEADER_B: list[Phrasing] = [
    lambda s: [f"Last modified {_y(s)}-{_m(s):02d}-{_d(s):02d} 14:05 GMT"],
    lambda s: [f"{_d(s):02d}/{_m(s):02d}/{_y(s)} · 6 min read"],
    lambda s: [f"Markets / {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)} / 12 comments"],
    lambda s: [f"Thứ Năm, {_d(s)}/{_m(s)}/{_y(s)}, 08:15 (GMT+7)"],
    lambda s: [f"{_y(s)}-{_m(s):02d}-{_d(s):02d} 阅读 3.2万"],
    lambda s: ["Section: Business"],
    lambda s: [f"Updated {_d(s)} {EN_MONTHS[_m(s) - 1]} {_y(s)}, 10:42 am"],
    lambda s: ["Thẻ: chip, xuất khẩu, điện toán đám mây"],
]

# --- notices about translation or the display language ----------------------------------------

NOTICE_A: list[Phrasing] = [
    lambda s: ["This article was machine translated from Vietnamese and may contain errors."],
    lambda s: [
        "The article body is currently shown in English by default. You can generate the full version in this language on demand."
    ],
    lambda s: ["本文由机器翻译，仅供参考。"],
]

NOTICE_B: list[Phrasing] = [
    lambda s: ["Automatically translated from Chinese. Read the original version."],
    lambda s: ["Bài viết được dịch tự động từ tiếng Anh."],
    lambda s: ["You are reading the English edition; the original was published in Vietnamese."],
]

# --- footer sections: a heading and what it owns -----------------------------------------------


def _topics(s: Site, heading: str, unit: str) -> list[str]:
    names = ["Semiconductors", "Cloud computing", "Trade policy", "Energy", "Startups"]
    picked = s.rng.sample(names, 3)
    return [heading, "".join(f"{n}{s.rng.randint(3, 400)} {unit}" for n in picked)]


def _archive(s: Site, heading: str, month: str, unit: str) -> list[str]:
    return [heading, f"{month} {_y(s)}{s.rng.randint(100, 2000)} {unit}"]


def _teasers(s: Site, heading: str) -> list[str]:
    return [heading, "".join(f"{t}{first[:90]}" for t, first in s.pick_others(3))]


def _teaser_list(s: Site, heading: str) -> list[str]:
    return [heading, *(t for t, _ in s.pick_others(3))]


def _faq(s: Site, heading: str, question: str, follow: str) -> list[str]:
    answers = s.truncated(2)
    return [heading, question.format(title=s.title), answers[0], follow, answers[1]]


def _comments(s: Site, heading: str) -> list[str]:
    return [heading]


FAQ_A: list[Phrasing] = [
    lambda s: _faq(s, "常见问题", "这次公司发布“{title}”主要讲了什么?", "这件事为什么值得关注?"),
    lambda s: _faq(
        s, "Câu hỏi thường gặp", "Bài viết “{title}” nói về điều gì?", "Vì sao điều này quan trọng?"
    ),
]

FAQ_B: list[Phrasing] = [
    lambda s: _faq(s, "快速了解", "关于“{title}”，读者最关心什么？", "接下来会发生什么？"),
    lambda s: _faq(s, "Tóm tắt nhanh", "“{title}” có ý nghĩa gì?", "Điều gì sẽ xảy ra tiếp theo?"),
]

FOOTER_A: list[Phrasing] = [
    lambda s: _topics(s, "Related topics", "related articles"),
    lambda s: _topics(s, "Chủ đề liên quan", "bài viết"),
    lambda s: _archive(s, "Archive", EN_MONTHS[_m(s) - 1], "published articles"),
    lambda s: _archive(s, "Lưu trữ", f"Tháng {_m(s)}", "bài viết"),
    lambda s: _teasers(s, "Further Reading"),
    lambda s: _teasers(s, "Đọc thêm"),
    lambda s: _teaser_list(s, "More from the newsroom"),
    *FAQ_A,
    lambda s: _comments(s, "💬 Comments (0)"),
]

FOOTER_B: list[Phrasing] = [
    lambda s: _topics(s, "Explore subjects", "pieces"),
    lambda s: _topics(s, "相关标签", "篇"),
    lambda s: _archive(s, "Past issues", EN_MONTHS[_m(s) - 1], "entries"),
    lambda s: _archive(s, "往期回顾", f"{_m(s)}月", "篇文章"),
    lambda s: _teasers(s, "You may have missed"),
    lambda s: _teasers(s, "Tin cùng chuyên mục"),
    lambda s: _teaser_list(s, "Trending now"),
    *FAQ_B,
    lambda s: _comments(s, "Discussion (3)"),
]

# --- widgets: one line each, anywhere near the end ---------------------------------------------

WIDGET_A: list[Phrasing] = [
    lambda s: ["Share this article: Twitter · Facebook · LinkedIn"],
    lambda s: ["Was this article helpful? Yes | No"],
    lambda s: [f"© {_y(s)} Example News Group. All rights reserved."],
    lambda s: ["Tags: chips, export rules, cloud"],
    lambda s: ["Get our weekly newsletter. Sign up for the Morning Briefing today."],
    lambda s: ["Follow us on Twitter and LinkedIn."],
]

WIDGET_B: list[Phrasing] = [
    lambda s: ["Pass it on: Reddit / WhatsApp / Telegram"],
    lambda s: ["Did you find this story useful? 👍 👎"],
    lambda s: [f"Copyright {_y(s)} Example Media Ltd. Reproduction prohibited."],
    lambda s: ["Subjects: semiconductors, trade, cloud"],
    lambda s: ["Like what you read? Our Friday digest lands in your inbox every week. Subscribe"],
    lambda s: ["Bản quyền thuộc về Báo Ví Dụ. Cấm sao chép dưới mọi hình thức."],
]

# --- inline teasers between body paragraphs -----------------------------------------------------

INLINE_A: list[Phrasing] = [
    lambda s: [f"Read more: {s.pick_others(1)[0][0]}"],
    lambda s: [f"Xem thêm: {s.pick_others(1)[0][0]}"],
    lambda s: [f"相关阅读：{s.pick_others(1)[0][0]}"],
]

INLINE_B: list[Phrasing] = [
    lambda s: [f"ALSO READ — {s.pick_others(1)[0][0]}"],
    lambda s: [f"Đọc tiếp — {s.pick_others(1)[0][0]}"],
    lambda s: ["Scroll down for the full report."],
]

# --- half C: written after B's misses had been read (stop 32), before any rule change of that
# stop, and scored once at its end. B was scored after every change and its misses listed, so
# B is no longer wholly unseen; C is.

HEADER_C: list[Phrasing] = [
    lambda s: [f"Bởi {s.author} - {_d(s)}/{_m(s)}/{_y(s)} 07:45"],
    lambda s: [f"{EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)} at 3:20 p.m. ET"],
    lambda s: ["Reading time: 3 minutes"],
    lambda s: [f"{_y(s)}年{_m(s)}月{_d(s)}日 来源：新华网"],
    lambda s: ["Home › World › Asia"],
    lambda s: [f"Written by {s.author} | Edited by Lan Pham"],
    lambda s: [f"{_d(s)}.{_m(s):02d}.{_y(s)} | 847 lượt xem"],
    lambda s: ["Tin tức / Kinh tế"],
]

NOTICE_C: list[Phrasing] = [
    lambda s: ["This story has been translated with the help of AI; the Vietnamese text is authoritative."],
    lambda s: ["本页面内容由AI自动翻译生成。"],
    lambda s: ["Nội dung được chuyển ngữ bằng máy; xem bản tiếng Việt tại đây."],
    lambda s: ["Switch language: English | Tiếng Việt | 中文"],
]

FAQ_C: list[Phrasing] = [
    lambda s: _faq(s, "你可能想知道", "“{title}”是怎么回事？", "这对普通人有什么影响？"),
    lambda s: _faq(s, "Hỏi đáp", "Vì sao “{title}” được chú ý?", "Ai bị ảnh hưởng?"),
    lambda s: _faq(s, "Key questions", "What does “{title}” mean for readers?", "What happens next?"),
]

FOOTER_C: list[Phrasing] = [
    lambda s: _topics(s, "Browse by topic", "stories"),
    lambda s: _topics(s, "热门话题", "条"),
    lambda s: _archive(s, "From the archives", EN_MONTHS[_m(s) - 1], "posts"),
    lambda s: _archive(s, "Kho lưu trữ", f"Tháng {_m(s)}", "tin"),
    lambda s: _teasers(s, "Editor's picks"),
    lambda s: _teasers(s, "推荐阅读"),
    lambda s: _teaser_list(s, "Most read"),
    lambda s: _teaser_list(s, "Tin mới nhất"),
    *FAQ_C,
    lambda s: _comments(s, "Join the conversation (5)"),
]

WIDGET_C: list[Phrasing] = [
    lambda s: ["Share on X | Facebook | Email"],
    lambda s: ["Rate this article: ★★★★☆"],
    lambda s: [f"© {_y(s)} Ví Dụ Media JSC"],
    lambda s: ["Keywords: trade, chips, policy"],
    lambda s: ["Sign up for alerts and never miss a story."],
    lambda s: ["Print this page"],
    lambda s: ["分享到：微信 微博 QQ空间"],
]

INLINE_C: list[Phrasing] = [
    lambda s: [f"RELATED: {s.pick_others(1)[0][0]}"],
    lambda s: [f"推荐：{s.pick_others(1)[0][0]}"],
    lambda s: ["Story continues below advertisement"],
    lambda s: ["Advertisement"],
]

# --- half D: written at the start of stop 33, before any rule change of that stop, and scored
# once at its end. C's misses were read at the end of stop 32 (header lines, notices), so C is
# no longer wholly unseen; D is. Its wording is modelled on real sites' furniture, none of it
# taken from A, B or C.

HEADER_D: list[Phrasing] = [
    lambda s: [f"Chủ nhật, {_d(s)}/{_m(s)}/{_y(s)} - 06:00"],
    lambda s: [f"Tác giả: {s.author} | Ngày đăng: {_d(s):02d}-{_m(s):02d}-{_y(s)}"],
    lambda s: [f"来源：人民网 作者：李华 {_y(s)}-{_m(s):02d}-{_d(s):02d} 10:21"],
    lambda s: [f"{_d(s)} {EN_MONTHS[_m(s) - 1]} {_y(s)} • Updated 2 hours ago"],
    lambda s: ["Listen to this article · 4:12 min"],
    lambda s: [f"{s.author}, Staff Reporter"],
    lambda s: ["评论 12 | 点赞 340"],
    lambda s: ["Lượt đọc: 1.203"],
]

NOTICE_D: list[Phrasing] = [
    lambda s: ["Translated by our editors with machine translation tools. Original in Chinese."],
    lambda s: ["Bản dịch này được tạo tự động và chưa được biên tập."],
    lambda s: ["该文章为英文翻译版本，原文为越南语。"],
    lambda s: ["Read this article in: Tiếng Việt · 中文"],
]

FAQ_D: list[Phrasing] = [
    lambda s: _faq(s, "读者问答", "“{title}”说了什么？", "影响有多大？"),
    lambda s: _faq(s, "Những điều cần biết", "“{title}” đề cập vấn đề nào?", "Tác động ra sao?"),
    lambda s: _faq(s, "Quick answers", "Why does “{title}” matter?", "Who is affected?"),
]

FOOTER_D: list[Phrasing] = [
    lambda s: _topics(s, "Filed under", "items"),
    lambda s: _topics(s, "Từ khóa", "tin"),
    lambda s: _archive(s, "Monthly archive", EN_MONTHS[_m(s) - 1], "stories"),
    lambda s: _archive(s, "历史文章", f"{_m(s)}月", "篇"),
    lambda s: _teasers(s, "Don't miss"),
    lambda s: _teasers(s, "Có thể bạn quan tâm"),
    lambda s: _teaser_list(s, "Top stories"),
    lambda s: _teaser_list(s, "大家都在看"),
    *FAQ_D,
    lambda s: _comments(s, "Reader comments (2)"),
]

WIDGET_D: list[Phrasing] = [
    lambda s: ["Share: WhatsApp, Telegram, LinkedIn"],
    lambda s: ["How would you rate this story? 1 2 3 4 5"],
    lambda s: [f"Copyright © {_y(s)} Ví Dụ Online. Ghi rõ nguồn khi phát hành lại."],
    lambda s: ["Topics: markets, chips, Asia"],
    lambda s: ["Get breaking news alerts on your phone. Download the app"],
    lambda s: ["Report an error"],
    lambda s: ["版权声明：本文版权归原作者所有，转载请注明出处。"],
]

INLINE_D: list[Phrasing] = [
    lambda s: [f"See also → {s.pick_others(1)[0][0]}"],
    lambda s: [f"Xem nhiều: {s.pick_others(1)[0][0]}"],
    lambda s: [f"延伸阅读 | {s.pick_others(1)[0][0]}"],
    lambda s: ["Continue reading below"],
    lambda s: ["Click here to subscribe"],
]

# --- half E: written in stop 33 once D had been scored and its misses read, before the rule
# changes that followed, and scored once at the end of them. D is no longer wholly unseen; E is.

HEADER_E: list[Phrasing] = [
    lambda s: [f"Posted by {s.author} on {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)}"],
    lambda s: [f"Ngày {_d(s)} tháng {_m(s)} năm {_y(s)}"],
    lambda s: [f"{_y(s)}/{_m(s):02d}/{_d(s):02d} 16:05 星期三"],
    lambda s: ["Last updated: 5 minutes ago"],
    lambda s: [f"{s.author} | {EN_MONTHS[_m(s) - 1][:3]} {_d(s)}, {_y(s)} | 7 min read"],
    lambda s: ["Bài: Minh Anh - Ảnh: Hoàng Long"],
    lambda s: ["编辑：张伟 | 校对：李娜"],
    lambda s: [f"Reuters · {_d(s)} {EN_MONTHS[_m(s) - 1]} {_y(s)}"],
]

NOTICE_E: list[Phrasing] = [
    lambda s: ["This page was translated automatically. Some wording may be inaccurate."],
    lambda s: ["Nội dung này được dịch bằng công cụ tự động."],
    lambda s: ["本文内容由AI翻译，可能存在误差。"],
    lambda s: ["View in: EN | VI | ZH"],
]

FAQ_E: list[Phrasing] = [
    lambda s: _faq(s, "延伸问答", "“{title}”的重点是什么？", "未来走向如何？"),
    lambda s: _faq(s, "Góc hỏi đáp", "“{title}” cho thấy điều gì?", "Ai được lợi?"),
    lambda s: _faq(s, "Explainer", "What is “{title}” about?", "Why now?"),
]

FOOTER_E: list[Phrasing] = [
    lambda s: _topics(s, "More on these topics", "articles"),
    lambda s: _topics(s, "Chủ đề nổi bật", "bài"),
    lambda s: _archive(s, "Browse the archive", EN_MONTHS[_m(s) - 1], "articles"),
    lambda s: _archive(s, "Lịch sử bài đăng", f"Tháng {_m(s)}", "bài"),
    lambda s: _teasers(s, "Read these next"),
    lambda s: _teasers(s, "热点推荐"),
    lambda s: _teaser_list(s, "Popular this week"),
    lambda s: _teaser_list(s, "Tin liên quan khác"),
    *FAQ_E,
    lambda s: _comments(s, "Leave a reply (0)"),
]

WIDGET_E: list[Phrasing] = [
    lambda s: ["Share via Email | Copy link"],
    lambda s: ["Did this answer your question? Yes No"],
    lambda s: [f"All content © {_y(s)} Ví Dụ Press"],
    lambda s: ["Filed in: economy, energy, trade"],
    lambda s: ["Subscribe to our YouTube channel"],
    lambda s: ["Back to top"],
    lambda s: ["收藏 | 分享 | 打印"],
]

INLINE_E: list[Phrasing] = [
    lambda s: [f"READ: {s.pick_others(1)[0][0]}"],
    lambda s: [f"Tin liên quan >> {s.pick_others(1)[0][0]}"],
    lambda s: [f"相关新闻：{s.pick_others(1)[0][0]}"],
    lambda s: ["Article continues after this message"],
]

# --- half F: written in stop 33 once E had been scored and its misses read, before the rule
# changes that followed, and scored once at the end of them. E is no longer wholly unseen; F is.

HEADER_F: list[Phrasing] = [
    lambda s: [f"{EN_MONTHS[_m(s) - 1][:3].upper()} {_d(s)}, {_y(s)} / 11:48 AM EDT"],
    lambda s: [f"Cập nhật lúc {_d(s)}/{_m(s)}/{_y(s)} 21:10"],
    lambda s: [f"{_y(s)}.{_m(s):02d}.{_d(s):02d} | 浏览量 2,381"],
    lambda s: [f"Story by {s.author} • {_d(s)}h ago"],
    lambda s: ["Opinion | Markets"],
    lambda s: [f"Photo: {s.author} / Reuters"],
    lambda s: ["发布于 3天前 · 来自北京"],
    lambda s: ["Thứ Sáu, 12/06/2026"],
]

NOTICE_F: list[Phrasing] = [
    lambda s: ["Machine-generated English version. See the original for the authoritative text."],
    lambda s: ["Phiên bản tiếng Anh được tạo bằng AI."],
    lambda s: ["英文版由系统自动生成，以原文为准。"],
    lambda s: ["Also available in: Tiếng Việt, 中文"],
]

FAQ_F: list[Phrasing] = [
    lambda s: _faq(s, "你问我答", "如何看待“{title}”？", "后续会有哪些变化？"),
    lambda s: _faq(s, "Giải đáp nhanh", "“{title}” tác động thế nào?", "Bước tiếp theo là gì?"),
    lambda s: _faq(s, "Reader questions", "How should we read “{title}”?", "What comes next?"),
]

FOOTER_F: list[Phrasing] = [
    lambda s: _topics(s, "Tagged with", "posts"),
    lambda s: _topics(s, "标签云", "篇"),
    lambda s: _archive(s, "Older posts", EN_MONTHS[_m(s) - 1], "posts"),
    lambda s: _archive(s, "Bài cũ hơn", f"Tháng {_m(s)}", "bài"),
    lambda s: _teasers(s, "Around the web"),
    lambda s: _teasers(s, "Đừng bỏ lỡ"),
    lambda s: _teaser_list(s, "Latest headlines"),
    lambda s: _teaser_list(s, "编辑推荐"),
    *FAQ_F,
    lambda s: _comments(s, "Conversation (12)"),
]

WIDGET_F: list[Phrasing] = [
    lambda s: ["Send to a friend · Print · Save"],
    lambda s: ["Was this page useful? Yes / No"],
    lambda s: [f"© Copyright {_y(s)}, Example Daily. Terms apply."],
    lambda s: ["Related keywords: energy, grid, storage"],
    lambda s: ["Sign up to get the top stories in your inbox"],
    lambda s: ["Chia sẻ: Facebook | Zalo"],
    lambda s: ["Follow on Telegram for updates"],
]

INLINE_F: list[Phrasing] = [
    lambda s: [f"MORE: {s.pick_others(1)[0][0]}"],
    lambda s: [f"Xem tiếp: {s.pick_others(1)[0][0]}"],
    lambda s: [f"推荐阅读 → {s.pick_others(1)[0][0]}"],
    lambda s: ["The story continues after the advertisement"],
]

HALVES = {
    "A": {
        "header": HEADER_A,
        "notice": NOTICE_A,
        "footer": FOOTER_A,
        "faq": FAQ_A,
        "widget": WIDGET_A,
        "inline": INLINE_A,
    },
    "B": {
        "header": HEADER_B,
        "notice": NOTICE_B,
        "footer": FOOTER_B,
        "faq": FAQ_B,
        "widget": WIDGET_B,
        "inline": INLINE_B,
    },
    "C": {
        "header": HEADER_C,
        "notice": NOTICE_C,
        "footer": FOOTER_C,
        "faq": FAQ_C,
        "widget": WIDGET_C,
        "inline": INLINE_C,
    },
    "D": {
        "header": HEADER_D,
        "notice": NOTICE_D,
        "footer": FOOTER_D,
        "faq": FAQ_D,
        "widget": WIDGET_D,
        "inline": INLINE_D,
    },
    "E": {
        "header": HEADER_E,
        "notice": NOTICE_E,
        "footer": FOOTER_E,
        "faq": FAQ_E,
        "widget": WIDGET_E,
        "inline": INLINE_E,
    },
    "F": {
        "header": HEADER_F,
        "notice": NOTICE_F,
        "footer": FOOTER_F,
        "faq": FAQ_F,
        "widget": WIDGET_F,
        "inline": INLINE_F,
    },
}
