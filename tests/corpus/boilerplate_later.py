"""Later unseen halves of the boilerplate wording pool (see ``boilerplate.py``): D to I,
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

# --- half G: written at the start of stop 34, before any rule change of that stop, and scored
# once at its end. F's misses were read at the end of stop 33, so F is no longer wholly unseen;
# G is. Modelled on real sites' furniture; none of it taken from A to F.

HEADER_G: list[Phrasing] = [
    lambda s: [f"{EN_MONTHS[_m(s) - 1][:3]}. {_d(s)}, {_y(s)}, 4:02 p.m. ET"],
    lambda s: [f"By {s.author} and Mai Tran | Published {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)}"],
    lambda s: [f"{_d(s)} {EN_MONTHS[_m(s) - 1]} {_y(s)} 08:41 CET"],
    lambda s: [f"Ngày đăng: {_d(s)}/{_m(s)}/{_y(s)} | Lượt xem: 5.120"],
    lambda s: [f"{_y(s)}年{_m(s)}月{_d(s)}日 10:05 · 阅读 1.2万 · 来源：澎湃新闻"],
    lambda s: ["Updated yesterday at 6:15 PM"],
    lambda s: [f"Words by {s.author}"],
    lambda s: ["Business · Technology · Asia"],
]

NOTICE_G: list[Phrasing] = [
    lambda s: [
        "Translation provided by an automated service. In case of discrepancy, the original language version prevails."
    ],
    lambda s: ["Bài viết này là bản dịch máy từ tiếng Trung."],
    lambda s: ["此译文由翻译软件生成，内容以原文为准。"],
    lambda s: ["Select language: English | Español | Tiếng Việt"],
]

FAQ_G: list[Phrasing] = [
    lambda s: _faq(s, "知识问答", "“{title}”背后的原因是什么？", "市场会如何反应？"),
    lambda s: _faq(s, "Bạn đọc hỏi", "Tại sao “{title}” lại quan trọng?", "Người dân cần làm gì?"),
    lambda s: _faq(s, "FAQs", "What should I know about “{title}”?", "Where can I learn more?"),
]

FOOTER_G: list[Phrasing] = [
    lambda s: _topics(s, "Topics in this story", "stories"),
    lambda s: _topics(s, "Nhãn", "bài"),
    lambda s: _archive(s, "Back issues", EN_MONTHS[_m(s) - 1], "stories"),
    lambda s: _archive(s, "文章归档", f"{_m(s)}月", "篇"),
    lambda s: _teasers(s, "Recommended for you"),
    lambda s: _teasers(s, "Bài viết khác"),
    lambda s: _teaser_list(s, "What to read next"),
    lambda s: _teaser_list(s, "热门文章"),
    *FAQ_G,
    lambda s: _comments(s, "Bình luận (4)"),
]

WIDGET_G: list[Phrasing] = [
    lambda s: ["Share this story · X · Facebook · Email"],
    lambda s: ["Did you like this article? 👍 Yes 👎 No"],
    lambda s: [
        f"© {_y(s)} Example Wire Services Inc. This material may not be published, broadcast, rewritten or redistributed."
    ],
    lambda s: ["Categories: Business, Tech"],
    lambda s: ["Never miss a story — subscribe to our free newsletter."],
    lambda s: ["Lưu bài viết | In bài"],
    lambda s: ["扫码关注我们的公众号"],
]

INLINE_G: list[Phrasing] = [
    lambda s: [f"READ MORE | {s.pick_others(1)[0][0]}"],
    lambda s: [f"Tin cùng chủ đề: {s.pick_others(1)[0][0]}"],
    lambda s: [f"▶ 相关报道：{s.pick_others(1)[0][0]}"],
    lambda s: ["Article continues below"],
]

# --- half H: written in stop 34 once G had been scored and before its misses were read or any
# rule change made from them; scored once after those changes. G is no longer wholly unseen; H is.

HEADER_H: list[Phrasing] = [
    lambda s: [
        f"Published: {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)} 7:30 a.m. PT | "
        f"Updated: {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)} 9:12 a.m. PT"
    ],
    lambda s: [f"Đăng lúc 07:15 ngày {_d(s)}/{_m(s)}/{_y(s)}"],
    lambda s: [f"{_y(s)}-{_m(s):02d}-{_d(s):02d} 08:30:12 来源：中国新闻网 编辑：陈静"],
    lambda s: ["6 min read · 1.4K claps"],
    lambda s: [f"By {s.author}, Associated Press"],
    lambda s: ["Góc nhìn · Kinh tế"],
    lambda s: [f"Sat {_d(s)} {EN_MONTHS[_m(s) - 1][:3]} {_y(s)} 06.00 BST"],
    lambda s: [f"最后更新：{_y(s)}-{_m(s)}-{_d(s)}"],
]

NOTICE_H: list[Phrasing] = [
    lambda s: ["This article has been automatically translated into English from its original language."],
    lambda s: ["Bạn đang đọc bản dịch tiếng Anh của bài viết gốc."],
    lambda s: ["以下内容为人工智能翻译，仅供参考。"],
    lambda s: ["Language: English / Tiếng Việt"],
]

FAQ_H: list[Phrasing] = [
    lambda s: _faq(s, "相关问答", "“{title}”意味着什么？", "有哪些风险？"),
    lambda s: _faq(s, "Thắc mắc thường gặp", "“{title}” là gì?", "Khi nào có kết quả?"),
    lambda s: _faq(s, "People also ask", "Why is “{title}” in the news?", "What are the risks?"),
]

FOOTER_H: list[Phrasing] = [
    lambda s: _topics(s, "More about", "stories"),
    lambda s: _topics(s, "Chủ đề", "tin"),
    lambda s: _archive(s, "Previously", EN_MONTHS[_m(s) - 1], "posts"),
    lambda s: _archive(s, "本月文章", f"{_m(s)}月", "篇"),
    lambda s: _teasers(s, "From our partners"),
    lambda s: _teasers(s, "Tin nổi bật"),
    lambda s: _teaser_list(s, "In case you missed it"),
    lambda s: _teaser_list(s, "相关推荐"),
    *FAQ_H,
    lambda s: _comments(s, "Responses (7)"),
]

WIDGET_H: list[Phrasing] = [
    lambda s: ["Tweet | Share | Email"],
    lambda s: ["Give feedback on this article"],
    lambda s: [f"© {_y(s)} Example Broadcasting Corporation"],
    lambda s: ["More topics: inflation, rates, housing"],
    lambda s: ["Get the news that matters — delivered to your inbox every morning. Sign up"],
    lambda s: ["Tải ứng dụng để đọc tin nhanh hơn"],
    lambda s: ["本文来源：网络，如有侵权请联系删除"],
]

INLINE_H: list[Phrasing] = [
    lambda s: [f"Recommended: {s.pick_others(1)[0][0]}"],
    lambda s: [f"Đọc nhiều: {s.pick_others(1)[0][0]}"],
    lambda s: [f"【相关】{s.pick_others(1)[0][0]}"],
    lambda s: ["Keep scrolling to continue reading"],
]

# --- half I: written in stop 34 once H had been scored and its misses read, before the rule
# changes that followed, and scored once after them. H is no longer wholly unseen; I is.

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

HEADER_I: list[Phrasing] = [
    lambda s: [f"First published on {_d(s)} {EN_MONTHS[_m(s) - 1]} {_y(s)}"],
    lambda s: [f"{s.author} | Reuters"],
    lambda s: ["Cập nhật 3 giờ trước"],
    lambda s: ["编辑：王磊 责任编辑：刘洋"],
    lambda s: ["⏱ 3 phút đọc"],
    lambda s: [f"Photograph: {s.author}/Getty Images"],
    lambda s: [f"{WEEKDAYS[_d(s) % 7]}, {EN_MONTHS[_m(s) - 1]} {_d(s)}, {_y(s)}"],
    lambda s: ["Mục: Thế giới"],
]

NOTICE_I: list[Phrasing] = [
    lambda s: ["English translation by machine; please refer to the Vietnamese original."],
    lambda s: ["Tin được dịch từ tiếng Trung bởi hệ thống AI."],
    lambda s: ["本页面提供机器翻译版本。"],
    lambda s: ["EN · VI · 中文"],
]

FAQ_I: list[Phrasing] = [
    lambda s: _faq(s, "热点问答", "“{title}”会带来什么变化？", "普通读者需要注意什么？"),
    lambda s: _faq(s, "Hỏi nhanh đáp gọn", "“{title}” nghĩa là gì?", "Điều này ảnh hưởng đến ai?"),
    lambda s: _faq(s, "Your questions answered", "What is behind “{title}”?", "When will we know more?"),
]

FOOTER_I: list[Phrasing] = [
    lambda s: _topics(s, "Related coverage", "articles"),
    lambda s: _topics(s, "Thẻ bài viết", "bài"),
    lambda s: _archive(s, "Archive by month", EN_MONTHS[_m(s) - 1], "stories"),
    lambda s: _archive(s, "往期文章", f"{_m(s)}月", "篇"),
    lambda s: _teasers(s, "Sponsored stories"),
    lambda s: _teasers(s, "Tin khác"),
    lambda s: _teaser_list(s, "More stories"),
    lambda s: _teaser_list(s, "猜你喜欢"),
    *FAQ_I,
    lambda s: _comments(s, "Thảo luận (2)"),
]

WIDGET_I: list[Phrasing] = [
    lambda s: ["Share article · Copy link · Email"],
    lambda s: ["Is this article useful? Yes (12) No (3)"],
    lambda s: [f"Copyright © 2000–{_y(s)} Example Times. All rights reserved."],
    lambda s: ["Tagged: rates, inflation, housing"],
    lambda s: ["Want more stories like this? Sign up for our newsletter."],
    lambda s: ["Theo dõi chúng tôi trên Facebook"],
    lambda s: ["责任编辑：张明"],
]

INLINE_I: list[Phrasing] = [
    lambda s: [f"Trending: {s.pick_others(1)[0][0]}"],
    lambda s: [f"Đáng chú ý: {s.pick_others(1)[0][0]}"],
    lambda s: [f"▶ 点击阅读：{s.pick_others(1)[0][0]}"],
    lambda s: ["Advertisement - Scroll to continue"],
]
