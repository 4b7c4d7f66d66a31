"""Site furniture for the wording-blind boilerplate evaluation (issue 22).

Each family of furniture (header metadata, notices, footer sections, widgets, inline teasers)
has several phrasings in English, Vietnamese and Chinese, split in two halves:

- half A: the rules may be written and tuned with these;
- half B: wording the rules never saw. Nothing here may be copied into ``rules/``;
  ``scripts/evaluate.py`` reports B's scores apart;
- half C: a second unseen half, written once B's misses had been read and shown;
- half D: a third, written once C's misses had been read;
- half E: a fourth, written once D's misses had been read;
- half F: a fifth, written once E's misses had been read;
- half G: a sixth, written once F's misses had been read;
- half H: a seventh, written once G had been scored, before its misses were read;
- half I: an eighth, written once H's misses had been read;
- half J: a ninth, written once I's misses had been read;
- half K: a tenth, written once J had been scored, before its misses were read;
- half L: an eleventh, written once K's misses had been read;
- half M: a twelfth, written once L's misses had been read;
- half N: a thirteenth, written once M's misses had been read.

D to I are in ``boilerplate_later.py``, J to N in ``boilerplate_more.py``; ``boilerplate_docs.HALVES``
gathers them.

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
