"""Site furniture removed by its shape (``shapes.py``), after the clean stage's wording rules.

- Header region (the first ``Config.header_blocks`` blocks after the headline): metadata lines
  by composition go to the document metadata; translation notices and inline teasers go.
- Body: inline teasers (a further-reading label, a dash or colon, a title) go anywhere.
- Footer region: scanned from the end, a block joins the footer when its shape says so (see
  ``footer_signal``); a heading joins when it owns footer blocks. A real paragraph ends the scan:
  body text never joins the footer.

Every removal is a change and a finding that names the signal that fired.
"""

from __future__ import annotations

import re

from normalize.config import Config
from normalize.headerlines import (
    ATTRIBUTION,
    camel_case_tags,
    header_metadata,
    key_value,
    key_value_row,
    may_be_attribution,
    section_label,
    section_path,
)
from normalize.model import HEADING, PARAGRAPH, Block, Document, Finding, remove_block
from normalize.notices import language_switcher, translation_notice
from normalize.shapes import (
    DIGIT,
    TEASER_MARKS,
    TITLE_CASE,
    call_to_act,
    capitalised_share,
    counter_list,
    ends_sentence,
    glued_teasers,
    has_quote_mark,
    inline_teaser,
    is_question,
    may_point_or_call,
    pointer_line,
    quoted_title,
    truncated_copy,
    widget_line,
)
from normalize.vocabulary import SHIPPED, Vocabulary

STAGE = "clean"
_MAX_HEADING_WORDS = 8
# Signals that make a block furniture on their own; a heading joins only above one of these.
STRONG = frozenset(
    {"quotes_title", "copy_of_body", "comment_counter", "copyright", "feedback", "label_list", "share_row"}
    | {"counter_list", "glued_teasers", "question"}
)
# A footer may hold a widget no signal knows: up to this many such short lines in a row are
# stepped over when furniture lies above them (one unknown line must not protect a footer).
_MAX_UNKNOWN = 2
_SHORT_WORDS = 20
# At most this many inline teasers with a label in capitals in one document (see inline_teasers).
_MOST_CAPS_TEASERS = 2


def _prose(text: str) -> bool:
    """A sentence of the article: eight words or more, ending as a sentence ends."""
    return len(text.split()) >= 8 and ends_sentence(text)


def _statement(block: Block, text: str) -> bool:
    """A paragraph ending as a statement ends (not "?" or an ellipsis) with no quote marks: of
    the footer shapes only a copyright line can be one (the others have no sentence end, quote
    the title or copy the body cut short)."""
    return (
        block.kind == PARAGRAPH
        and text[-1:] in ".!。！"
        and not text.endswith("...")
        and not has_quote_mark(text)
    )


def _long_sentence(block: Block) -> bool:
    """A statement no footer signal can take: over 200 characters and 20 words."""
    text = block.text.strip()
    return len(text) > 200 and _statement(block, text) and len(text.split()) > _SHORT_WORDS


def _short_line(block: Block) -> bool:
    """A one-line block too short to be a body paragraph."""
    text = block.text.strip()
    return block.kind in (HEADING, PARAGRAPH) and "\n" not in text and len(text.split()) <= _SHORT_WORDS


def _remove(doc: Document, block: Block, kind: str, rule: str, reason: str, data: dict[str, object]) -> None:
    doc.add_finding(
        Finding(kind, block.index, 0, len(block.text), f"{reason}: {block.text.strip()[:80]!r}", data)
    )
    remove_block(doc, block, STAGE, rule, reason)


def header_line(
    text: str, above_prose: bool = True, vocab: Vocabulary = SHIPPED
) -> tuple[str, dict[str, object]] | None:
    """What a line under the headline is, by shape: ``(rule, data)`` with the signals that
    fired and the metadata it holds, or None for a line of the article. Attribution alone, a
    "Label: Value" pair, a label list and a section path are taken only ``above_prose`` (no
    sentence of the article above them): below one, "Source: Reuters" and "Ingredients: flour,
    sugar, eggs" are the article's."""
    if _prose(text):
        # A sentence: of the header shapes only a notice ends as one.
        notice = translation_notice(text, vocab)
        return ("shape.translation_notice", {"signals": [notice]}) if notice else None
    if language_switcher(text, vocab):  # before section paths: its names are joined the same way
        return "shape.language_switcher", {"signals": ["language_switcher"]}
    found = _metadata_line(text, above_prose, vocab)
    if found is not None:
        return found
    tags = camel_case_tags(text)
    if tags:
        return "shape.tag_run", {"signals": ["camel_case"], "tags": tags}
    notice = translation_notice(text, vocab)
    if notice:
        return "shape.translation_notice", {"signals": [notice]}
    return None


def _metadata_line(text: str, above_prose: bool, vocab: Vocabulary) -> tuple[str, dict[str, object]] | None:
    # Cheap tests first: metadata holds a digit, a section label or a label list a colon.
    parts = header_metadata(text, vocab) if DIGIT.search(text) else None
    if parts is None and above_prose and may_be_attribution(text, vocab):
        parts = header_metadata(text, vocab, ATTRIBUTION)
    if parts:
        if "scaled" in parts:
            parts.setdefault("count", parts.pop("scaled"))
        return "shape.header_metadata", {"signals": sorted(parts), **parts}
    if ":" in text or "：" in text:
        section = section_label(text, vocab)
        if section:
            return "shape.section_label", {"signals": ["label"], "section": section}
        pair = key_value(text) if above_prose else None
        if pair:
            return "shape.section_label", {"signals": ["key_value"], "label": pair[0], "section": pair[1]}
        pairs = key_value_row(text) if above_prose else None
        if pairs:
            return "shape.label_pairs", {"signals": ["key_value_row"], "labels": dict(pairs)}
        if above_prose and widget_line(text, vocab) == "label_list":
            tags = [t.strip() for t in re.split(r"[,，、]", re.split(r"[:：]", text, maxsplit=1)[1])]
            return "shape.label_list", {"signals": ["label_list"], "tags": [t for t in tags if t]}
    path = section_path(text) if above_prose else None
    if path:
        return "shape.section_label", {"signals": ["section_path"], "section": text.strip(), "path": path}
    return None


_HEADER_REASONS = {
    "shape.header_metadata": ("metadata_line", "metadata line moved to the report"),
    "shape.section_label": ("metadata_line", "section label moved to the report"),
    "shape.label_list": ("metadata_line", "label list moved to the report"),
    "shape.label_pairs": ("metadata_line", "label pairs moved to the report"),
    "shape.tag_run": ("metadata_line", "glued tags moved to the report"),
    "shape.translation_notice": ("boilerplate", "site notice about translation"),
    "shape.language_switcher": ("boilerplate", "language switcher"),
}


# Where each part of a header line goes in the document's metadata.
_METADATA_FIELDS = (
    ("date", "date"),
    ("time", "time"),
    ("byline", "author"),
    ("source", "source"),
    ("section", "section"),
    ("labels", "labels"),  # a row of "Label: Value" pairs ("Words: … | Pictures: …")
)


def _keep_metadata(doc: Document, data: dict[str, object]) -> None:
    for key, field in _METADATA_FIELDS:
        if key in data:
            doc.metadata.setdefault(field, data[key])
    if "tags" in data:
        known = doc.metadata.setdefault("tags", [])
        known.extend(t for t in data["tags"] if t not in known)  # type: ignore[attr-defined]


def header_region(doc: Document, config: Config) -> list[Block]:
    """The first live block (the headline, where there is one) and the ``config.header_blocks``
    live blocks under it, up to the first table, list or long paragraph: there the article has
    begun, and no header line stands below it."""
    region: list[Block] = []
    for block in doc.blocks:
        if block.removed_by is not None:
            continue
        if region and (
            len(region) > config.header_blocks
            or block.kind not in (HEADING, PARAGRAPH)
            or len(block.text.strip()) > 240
        ):
            break
        region.append(block)
    return region


def header_furniture(doc: Document, config: Config, vocab: Vocabulary = SHIPPED) -> None:
    """Metadata lines by composition, section labels, label lists, glued tags and translation
    notices under the headline."""
    above_prose = True
    for block in header_region(doc, config)[1:]:
        text = block.text.strip()
        if "\n" in text:
            continue
        found = header_line(text, above_prose, vocab)
        if found is None:
            above_prose = above_prose and not _prose(text)
            continue
        rule, data = found
        _keep_metadata(doc, data)
        kind, reason = _HEADER_REASONS[rule]
        extra = {"blocks": [block.index]} if kind == "boilerplate" else {}
        _remove(doc, block, kind, rule, reason, {"rule": rule, **data, **extra})


def may_be_inline(block: Block, vocab: Vocabulary = SHIPPED) -> bool:
    """A screen for inline furniture: no inline teaser is longer than 220 characters or lacks
    its separator; no pointer line or call to act is longer than 100, and each has its word
    (most blocks are passed at once)."""
    text = block.text
    if len(text) > 220 or block.kind not in (HEADING, PARAGRAPH):
        return False
    return TEASER_MARKS.search(text) is not None or may_point_or_call(text, vocab)


def _inline_line(text: str, vocab: Vocabulary) -> tuple[str, str, str] | None:
    """``(rule, reason, signal)`` for an inline teaser or a pointer line, else None."""
    signal = inline_teaser(text, vocab) if TEASER_MARKS.search(text) else None
    if signal:
        return "shape.inline_teaser", "link teaser to another article", signal
    if pointer_line(text, vocab):
        return "shape.pointer_line", "line pointing onward on the page", "pointer"
    if call_to_act(text, vocab):
        return "shape.call_to_act", "prompt to subscribe or sign up", "call_to_act"
    return None


def inline_teasers(doc: Document, vocab: Vocabulary = SHIPPED, candidates: list[Block] | None = None) -> None:
    """Remove the inline teasers, pointer lines and calls to act under the headline: of ``candidates`` (the
    blocks a pass over the document found ``may_be_inline``), else of every live block."""
    first = doc.first_live()
    blocks = (
        [b for b in doc.live_blocks()[1:] if may_be_inline(b, vocab)] if candidates is None else candidates
    )
    found = [
        (b, f) for b in blocks if not b.removed and b is not first and (f := _inline_line(b.text, vocab))
    ]
    # A label in capitals is a site's teaser label where it comes once or twice; many lines of
    # that shape are a list of names in capitals (brands, prizes, speakers), the article's own.
    caps = sum(signal == "teaser_caps_label" for _, (_, _, signal) in found)
    for block, (rule, reason, signal) in found:
        if signal == "teaser_caps_label" and caps > _MOST_CAPS_TEASERS:
            continue
        data = {"rule": rule, "signals": [signal], "blocks": [block.index]}
        _remove(doc, block, "boilerplate", rule, reason, data)


def footer_signal(
    block: Block, before: list[Block], title: str | None, after: list[str], vocab: Vocabulary = SHIPPED
) -> str | None:
    """Why a block near the end is footer, or None. ``before``: the blocks above it (a copy
    must copy one of them); ``after``: the signals of the blocks after it that joined the
    footer, nearest first."""
    text = block.text.strip()
    if _statement(block, text):  # the test most blocks stop at
        return "copyright" if widget_line(text, vocab) == "copyright" else None
    if quoted_title(text, title):
        return "quotes_title"
    if text.endswith(("…", "...")) and truncated_copy(text, "\n".join(b.text for b in before)):
        return "copy_of_body"
    if block.kind in (HEADING, PARAGRAPH):
        widget = widget_line(text, vocab)
        if widget:
            return widget
        if counter_list(text):
            return "counter_list"
        if glued_teasers(text):
            return "glued_teasers"
    if after and after[0] in ("copy_of_body", "quotes_title") and is_question(text, vocab):
        return "question"
    if block.kind == HEADING and len(text.split()) <= _MAX_HEADING_WORDS and after and after[0] in STRONG:
        return "heading"  # it owns footer blocks; a heading above a heading is no evidence
    return None


def title_like(block: Block) -> bool:
    """A teaser title: one short line of four words or more, in title case, no colon."""
    text = block.text.strip()
    words = text.split()
    if block.kind != HEADING or not 4 <= len(words) <= 14 or ":" in text:
        return False
    return capitalised_share(words) >= TITLE_CASE


def teaser_list(live: list[Block], end: int) -> int | None:
    """Where a list of teaser titles under its heading starts, when ``live[end]`` is its last
    title: two titles or more, each a line of its own, and the heading line above them."""
    start = end
    while start > 1 and title_like(live[start - 1]):
        start -= 1
    heading = start - 1
    if end - start + 1 < 2 or heading < 1:
        return None
    head = live[heading]
    short = head.kind == HEADING and len(head.text.split()) <= _MAX_HEADING_WORDS
    return heading if short else None


def _heads_removed_blocks(doc: Document, live: list[Block], n: int) -> bool:
    """``live[n]`` is a short heading whose blocks were removed already (a line rule or a header
    shape took the list under it): a heading with nothing of its own left is furniture."""
    block = live[n]
    if block.kind != HEADING:
        return False
    text = block.text.strip()
    end = live[n + 1].index if n + 1 < len(live) else len(doc.blocks)
    return end > block.index + 1 and len(text.split()) <= _MAX_HEADING_WORDS and not ends_sentence(text)


def footer_furniture(doc: Document, vocab: Vocabulary = SHIPPED) -> list[Block]:
    """Scan from the end; remove the blocks whose shape says footer, up to the first body block.
    Returns the blocks removed."""
    live = doc.live_blocks()
    if len(live) < 3 or _long_sentence(live[-1]):
        return []  # most documents end on a paragraph of the article: nothing to read
    first = live[0]
    title = doc.metadata.get("title") or (
        first.text.strip().lstrip("#").strip() if first.kind == HEADING else None
    )
    candidates = [str(t) for t in doc.metadata.get("title_candidates", [])]
    taken: list[tuple[Block, str]] = []
    unknown = 0  # short blocks in a row that no signal names
    n = len(live) - 1
    while n > 0:
        block = live[n]
        if _long_sentence(block):
            break  # no footer signal fires on it (the cheap test most documents end on)
        signal = footer_signal(block, live[1:n], title, [s for _, s in reversed(taken)], vocab)
        if signal is None and any(quoted_title(block.text, c) for c in candidates):
            signal = "quotes_title"
        if signal is None and title_like(block):
            heading = teaser_list(live, n)
            if heading is not None:
                taken += [(b, "teaser_title") for b in reversed(live[heading + 1 : n + 1])]
                taken.append((live[heading], "heading"))
                n, unknown = heading - 1, 0
                continue
        if signal is None and _heads_removed_blocks(doc, live, n):
            signal = "heading_of_removed"
        if signal is None and unknown < _MAX_UNKNOWN and _short_line(block):
            signal = "between_furniture"  # kept only if furniture lies above it too
        if signal is None:
            break
        unknown = unknown + 1 if signal == "between_furniture" else 0
        taken.append((block, signal))
        n -= 1
    # The run must end, at its top, on furniture: short lines with no furniture above them are
    # body text.
    while taken and taken[-1][1] == "between_furniture":
        taken.pop()
    for block, signal in taken:
        rule = f"shape.footer.{signal}"
        data = {"rule": rule, "signals": [signal], "blocks": [block.index]}
        _remove(doc, block, "boilerplate", rule, "footer furniture", data)
    return [block for block, _ in taken]


def run(
    doc: Document, config: Config, vocab: Vocabulary = SHIPPED, teasers: list[Block] | None = None
) -> list[Block]:
    """Furniture by shape: header region, inline teasers (of ``teasers``, when a pass over the
    document screened them), footer region. Returns the footer blocks removed (their quoted
    titles are kept by the caller)."""
    header_furniture(doc, config, vocab)
    inline_teasers(doc, vocab, teasers)
    return footer_furniture(doc, vocab)
