"""Unseen halves of the boilerplate wording pool written after ``boilerplate_later.py`` (J on),
each written before the rule changes it measures and scored once at their end."""

from __future__ import annotations

from boilerplate import (
    EN_MONTHS,
    Phrasing,
    _archive,
    _comments,
    _d,
    _faq,
    _m,
    _teaser_list,
    _teasers,
    _topics,
    _y,
)

# --- half J: written at the start of stop 35, before any rule change of that stop, once I had
# been scored and its misses read. I is no longer wholly unseen; J is.

HEADER_J: list[Phrasing] = [
    lambda s: [f"Published {_d(s)}.{_m(s)}.{_y(s)}, 14:05"],
    lambda s: [f"By {s.author} and Lena Park"],
    lambda s: [f"{_y(s)}年{_m(s)}月{_d(s)}日 08:30 来源：澎湃新闻"],
    lambda s: [f"Thứ Tư, {_d(s)}/{_m(s)}/{_y(s)}, 09:15 (GMT+7)"],
    lambda s: ["Reading time: about 6 minutes"],
    lambda s: [f"Updated {EN_MONTHS[_m(s) - 1][:3]}. {_d(s)}, {_y(s)} at 7:42 a.m. ET"],
    lambda s: [f"{s.author} — Business Correspondent"],
    lambda s: ["阅读 3.4万 · 评论 86"],
]

NOTICE_J: list[Phrasing] = [
    lambda s: ["This story was translated from Vietnamese with the help of machine translation."],
    lambda s: ["Bài viết được dịch sang tiếng Anh bằng công cụ dịch máy."],
    lambda s: ["本文由AI翻译，仅供参考。"],
    lambda s: ["Switch language: English | Tiếng Việt | 简体中文"],
    lambda s: ["You are reading the English edition of this page."],
]

FAQ_J: list[Phrasing] = [
    lambda s: _faq(s, "Những điều cần biết", "“{title}” có gì đáng chú ý?", "Tiếp theo sẽ ra sao?"),
    lambda s: _faq(s, "读者关心的问题", "为什么说“{title}”很重要？", "接下来会怎样？"),
    lambda s: _faq(s, "Quick answers", "So what does “{title}” actually mean?", "Who is affected?"),
]

FOOTER_J: list[Phrasing] = [
    lambda s: _topics(s, "Explore more topics", "posts"),
    lambda s: _topics(s, "Chủ đề liên quan", "tin"),
    lambda s: _archive(s, "From the archives", EN_MONTHS[_m(s) - 1], "reports"),
    lambda s: _archive(s, "Lưu trữ", f"Tháng {_m(s)}", "bài"),
    lambda s: _teasers(s, "Editors' picks"),
    lambda s: _teasers(s, "相关阅读"),
    lambda s: _teaser_list(s, "Read next"),
    lambda s: _teaser_list(s, "Có thể bạn quan tâm"),
    *FAQ_J,
    lambda s: _comments(s, "Join the discussion (7)"),
]

WIDGET_J: list[Phrasing] = [
    lambda s: ["Share on: Facebook, X, LinkedIn"],
    lambda s: ["Did you find this helpful? 👍 👎"],
    lambda s: [f"© {_y(s)} Example News Network. Reproduction without permission is prohibited."],
    lambda s: ["Keywords: chips, cloud, export rules"],
    lambda s: ["Subscribe to our daily briefing and never miss a story."],
    lambda s: ["Nhấn theo dõi để nhận tin mới nhất"],
    lambda s: ["扫码关注公众号，获取更多资讯"],
]

INLINE_J: list[Phrasing] = [
    lambda s: [f"Also read — {s.pick_others(1)[0][0]}"],
    lambda s: [f"Tin liên quan → {s.pick_others(1)[0][0]}"],
    lambda s: [f"延伸阅读 | {s.pick_others(1)[0][0]}"],
    lambda s: ["Story continues below the ad"],
]

# --- half K: written in stop 35 once J had been scored, before J's misses were read and before
# the changes made from them; scored once after them. J is no longer wholly unseen; K is.

HEADER_K: list[Phrasing] = [
    lambda s: [f"Last updated: {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)} 11:20 am"],
    lambda s: [f"Story by {s.author} • {_d(s)} {EN_MONTHS[_m(s) - 1][:3]} {_y(s)}"],
    lambda s: [f"{_d(s):02d}/{_m(s):02d}/{_y(s)} 16:45 | Thời sự"],
    lambda s: [f"发布日期：{_y(s)}-{_m(s):02d}-{_d(s):02d} 浏览次数：2381"],
    lambda s: ["6 min read · 312 shares"],
    lambda s: [f"Words: {s.author} | Pictures: Tom Hale"],
    lambda s: ["Nguồn: Báo Tuổi Trẻ"],
    lambda s: [f"{_y(s)}/{_m(s):02d}/{_d(s):02d} 来源：经济观察报"],
]

NOTICE_K: list[Phrasing] = [
    lambda s: ["Note: the English text below was produced automatically and may contain errors."],
    lambda s: ["Nội dung tiếng Anh do máy dịch, chỉ mang tính tham khảo."],
    lambda s: ["英文内容由翻译软件生成，请以中文原文为准。"],
    lambda s: ["Language: EN | VI | ZH"],
]

FAQ_K: list[Phrasing] = [
    lambda s: _faq(s, "Hỏi đáp", "Vì sao “{title}” được quan tâm?", "Người đọc nên làm gì?"),
    lambda s: _faq(s, "一问一答", "“{title}”说的是什么？", "这件事影响谁？"),
    lambda s: _faq(s, "Explainer: the key questions", "Why does “{title}” matter?", "What happens now?"),
]

FOOTER_K: list[Phrasing] = [
    lambda s: _topics(s, "Browse by topic", "items"),
    lambda s: _topics(s, "相关标签", "条"),
    lambda s: _archive(s, "Monthly archive", EN_MONTHS[_m(s) - 1], "posts"),
    lambda s: _archive(s, "Bài cũ hơn", f"Tháng {_m(s)}", "tin"),
    lambda s: _teasers(s, "Around the web"),
    lambda s: _teasers(s, "Tin mới nhất"),
    lambda s: _teaser_list(s, "Top stories"),
    lambda s: _teaser_list(s, "更多新闻"),
    *FAQ_K,
    lambda s: _comments(s, "Comments are closed"),
]

WIDGET_K: list[Phrasing] = [
    lambda s: ["Send this page to a friend: Email · WhatsApp · Messenger"],
    lambda s: ["Rate this article: ★★★★☆"],
    lambda s: [f"All content © {_y(s)} Example Daily Ltd."],
    lambda s: ["Filed under: Economy, Markets, Asia"],
    lambda s: ["Get our free newsletter — the best stories, every Friday."],
    lambda s: ["Bản quyền thuộc về Báo Example. Cấm sao chép dưới mọi hình thức."],
    lambda s: ["本文版权归原作者所有，转载请注明出处"],
]

INLINE_K: list[Phrasing] = [
    lambda s: [f"MORE FROM US: {s.pick_others(1)[0][0]}"],
    lambda s: [f"Xem tiếp: {s.pick_others(1)[0][0]}"],
    lambda s: [f"推荐阅读：{s.pick_others(1)[0][0]}"],
    lambda s: ["Continue reading below"],
]

# --- half L: written in stop 35 once K had been scored and its misses read, before the changes
# made from them; scored once after them. K is no longer wholly unseen; L is.

HEADER_L: list[Phrasing] = [
    lambda s: [f"Originally published {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)}; revised the next day"],
    lambda s: [f"Reporting by {s.author}; editing by Tom Hale"],
    lambda s: [f"{_y(s)}.{_m(s):02d}.{_d(s):02d} 星期三 09:12"],
    lambda s: [f"Ngày đăng: {_d(s)}-{_m(s)}-{_y(s)} | Lượt xem: 4.210"],
    lambda s: ["Est. reading time 7 minutes"],
    lambda s: [f"{s.author} in Singapore"],
    lambda s: [f"Section: Business — {_d(s)} {EN_MONTHS[_m(s) - 1]}"],
    lambda s: ["原创 2025-11-03 财新网"],
]

NOTICE_L: list[Phrasing] = [
    lambda s: [
        "This page has been automatically translated into English. Read the original Chinese article."
    ],
    lambda s: ["Bạn đang xem bản dịch tự động sang tiếng Anh."],
    lambda s: ["以下英文内容为自动翻译结果。"],
    lambda s: ["English (US) ▾"],
]

FAQ_L: list[Phrasing] = [
    lambda s: _faq(s, "Tóm tắt nhanh", "Điểm chính của “{title}” là gì?", "Ai bị ảnh hưởng?"),
    lambda s: _faq(s, "三个关键问题", "“{title}”讲了什么？", "为什么值得关注？"),
    lambda s: _faq(s, "The story in brief", "What's new in “{title}”?", "What should readers watch?"),
]

FOOTER_L: list[Phrasing] = [
    lambda s: _topics(s, "In this story", "updates"),
    lambda s: _topics(s, "Từ khóa", "kết quả"),
    lambda s: _archive(s, "Earlier coverage", EN_MONTHS[_m(s) - 1], "pieces"),
    lambda s: _archive(s, "历史文章", f"{_m(s)}月", "条"),
    lambda s: _teasers(s, "Partner content"),
    lambda s: _teasers(s, "Đọc tiếp"),
    lambda s: _teaser_list(s, "Most read"),
    lambda s: _teaser_list(s, "热门文章"),
    *FAQ_L,
    lambda s: _comments(s, "Show comments (11)"),
]

WIDGET_L: list[Phrasing] = [
    lambda s: ["Share: 𝕏 · Facebook · LinkedIn · Copy link"],
    lambda s: ["How would you rate this article? 1 2 3 4 5"],
    lambda s: [f"Copyright {_y(s)} Example Media Inc. Do not redistribute."],
    lambda s: ["Topics: Trade · Energy · Asia"],
    lambda s: ["Like this story? Get more in your inbox — subscribe free."],
    lambda s: ["Tải app Example News để đọc tin mọi lúc"],
    lambda s: ["点个“在看”，分享给更多人"],
]

INLINE_L: list[Phrasing] = [
    lambda s: [f"Related → {s.pick_others(1)[0][0]}"],
    lambda s: [f"Xem nhanh: {s.pick_others(1)[0][0]}"],
    lambda s: [f"你可能还想看：{s.pick_others(1)[0][0]}"],
    lambda s: ["Article continues below"],
]

# --- half M: written in stop 35 once L had been scored and its misses read, before the changes
# made from them; scored once after them. L is no longer wholly unseen; M is.

HEADER_M: list[Phrasing] = [
    lambda s: [f"By {s.author}, {EN_MONTHS[_m(s) - 1][:3]} {_d(s)}"],
    lambda s: [f"{_d(s)} {EN_MONTHS[_m(s) - 1]} {_y(s)} – 10:42 am BST – updated 2h ago"],
    lambda s: [f"Viết bởi {s.author} — {_d(s)}/{_m(s)}/{_y(s)}"],
    lambda s: [f"{_y(s)}年{_m(s)}月{_d(s)}日 | 作者：李明 | 阅读量 5,312"],
    lambda s: ["Approx. 5-min read"],
    lambda s: [f"Text and photos: {s.author}"],
    lambda s: ["Thời sự | Kinh tế"],
    lambda s: [f"Posted in Markets on {_d(s)}.{_m(s)}.{_y(s)}"],
]

NOTICE_M: list[Phrasing] = [
    lambda s: ["This is an AI-assisted English rendering of a Vietnamese report."],
    lambda s: ["Đây là bản dịch tiếng Anh, có thể chưa chính xác."],
    lambda s: ["本文英文版由系统翻译，内容以原文为准。"],
    lambda s: ["🌐 EN / VI"],
]

FAQ_M: list[Phrasing] = [
    lambda s: _faq(s, "Góc hỏi đáp", "Tin “{title}” đề cập điều gì?", "Có gì đáng lo ngại không?"),
    lambda s: _faq(s, "问与答", "如何理解“{title}”？", "还有哪些未知数？"),
    lambda s: _faq(s, "Need to know", "What's the story behind “{title}”?", "What comes next?"),
]

FOOTER_M: list[Phrasing] = [
    lambda s: _topics(s, "Follow these topics", "stories"),
    lambda s: _topics(s, "Chủ đề", "bài viết"),
    lambda s: _archive(s, "Past months", EN_MONTHS[_m(s) - 1], "items"),
    lambda s: _archive(s, "每月归档", f"{_m(s)}月", "篇"),
    lambda s: _teasers(s, "From our partners"),
    lambda s: _teasers(s, "Tin cùng chuyên mục"),
    lambda s: _teaser_list(s, "Popular now"),
    lambda s: _teaser_list(s, "相关推荐"),
    *FAQ_M,
    lambda s: _comments(s, "Leave a reply (0)"),
]

WIDGET_M: list[Phrasing] = [
    lambda s: ["Share this: Telegram / Reddit / Email"],
    lambda s: ["Was this article helpful? Yes No"],
    lambda s: [f"(c) {_y(s)} Example Wire. Unauthorised copying prohibited."],
    lambda s: ["Related tags: oil, OPEC, shipping"],
    lambda s: ["Don't miss a story — join 50,000 readers and subscribe today."],
    lambda s: ["Theo dõi Example trên Google News"],
    lambda s: ["关注我们，第一时间获取资讯"],
]

INLINE_M: list[Phrasing] = [
    lambda s: [f"WATCH NOW: {s.pick_others(1)[0][0]}"],
    lambda s: [f"Đọc thêm — {s.pick_others(1)[0][0]}"],
    lambda s: [f"相关新闻：{s.pick_others(1)[0][0]}"],
    lambda s: ["The article continues after this message"],
]

# --- half N: written in stop 35 once M had been scored and its misses read, before the changes
# made from them; scored once after them. M is no longer wholly unseen; N is.

HEADER_N: list[Phrasing] = [
    lambda s: [f"{EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)} · Updated 45 minutes ago"],
    lambda s: [f"Words by {s.author} · Photography by Tom Hale"],
    lambda s: [f"Cập nhật lúc 08:15 ngày {_d(s)}/{_m(s)}/{_y(s)}"],
    lambda s: [f"时间：{_y(s)}-{_m(s):02d}-{_d(s):02d} 14:30:05 | 字号：大 中 小"],
    lambda s: ["8 minute read"],
    lambda s: [f"{s.author} | Contributing Writer"],
    lambda s: ["Danh mục: Doanh nghiệp"],
    lambda s: [f"Filed {_d(s)} {EN_MONTHS[_m(s) - 1][:3]} {_y(s)}, 18:02 GMT"],
]

NOTICE_N: list[Phrasing] = [
    lambda s: ["Translated from the Chinese original by an automatic system."],
    lambda s: ["Bản tiếng Anh này được dịch bằng máy."],
    lambda s: ["此英文稿件为机器翻译，仅供参考。"],
    lambda s: ["Read in: English · Tiếng Việt"],
]

FAQ_N: list[Phrasing] = [
    lambda s: _faq(s, "Giải đáp nhanh", "“{title}” có ý nghĩa gì?", "Điều gì sẽ xảy ra tiếp?"),
    lambda s: _faq(s, "你关心的", "“{title}”意味着什么？", "下一步会发生什么？"),
    lambda s: _faq(s, "Key questions", "How did “{title}” come about?", "What is still unclear?"),
]

FOOTER_N: list[Phrasing] = [
    lambda s: _topics(s, "More on these topics", "articles"),
    lambda s: _topics(s, "话题", "篇"),
    lambda s: _archive(s, "Browse the archive", EN_MONTHS[_m(s) - 1], "articles"),
    lambda s: _archive(s, "Tin theo tháng", f"Tháng {_m(s)}", "tin"),
    lambda s: _teasers(s, "Recommended for you"),
    lambda s: _teasers(s, "Bài đọc nhiều"),
    lambda s: _teaser_list(s, "Latest"),
    lambda s: _teaser_list(s, "编辑推荐"),
    *FAQ_N,
    lambda s: _comments(s, "Reader comments (4)"),
]

WIDGET_N: list[Phrasing] = [
    lambda s: ["Share via WhatsApp · Telegram · Email"],
    lambda s: ["Did this answer your question? 👍 Yes 👎 No"],
    lambda s: [f"© Copyright {_y(s)}, Example Post"],
    lambda s: ["Tags: AI, chips, export controls"],
    lambda s: ["Sign up for The Morning Brief — free, every weekday."],
    lambda s: ["Tải ứng dụng Example để nhận thông báo"],
    lambda s: ["欢迎分享，转载请注明来源"],
]

INLINE_N: list[Phrasing] = [
    lambda s: [f"See also: {s.pick_others(1)[0][0]}"],
    lambda s: [f"Bài liên quan: {s.pick_others(1)[0][0]}"],
    lambda s: [f"延伸阅读 → {s.pick_others(1)[0][0]}"],
    lambda s: ["Scroll down to keep reading"],
]
