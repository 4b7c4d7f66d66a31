"""Render stage: the document's live blocks as plain text, Markdown or JSON."""

from __future__ import annotations

import json

from normalize.letters import word_characters
from normalize.model import HEADING, LIST_ITEM, TABLE, Block, Document

FORMATS = ("text", "markdown", "json")


def _gap(doc: Document, prev: int, nxt: int) -> str:
    """The separator between two live blocks: the widest one among what stood between them,
    so removing a line under a headline does not glue the headline to the lead."""
    if nxt == prev + 1:  # most pairs: nothing removed between them
        return "\n\n" if doc.blocks[nxt].sep.count("\n") >= 2 else "\n"
    seps = [doc.blocks[i].sep for i in range(prev + 1, nxt + 1)]
    return "\n\n" if any(s.count("\n") >= 2 for s in seps) else "\n"


def visible_blocks(doc: Document) -> list[Block]:
    """Live blocks with something left to show (repair may have emptied one of zero-width junk)."""
    return [b for b in doc.live_blocks() if b.text.strip()]


def render_text_spans(doc: Document) -> tuple[str, list[tuple[int, int, int]]]:
    """Plain text, and where each shown block sits in it: (block index, start, end)."""
    out: list[str] = []
    spans: list[tuple[int, int, int]] = []
    length = 0
    prev = None
    for block in visible_blocks(doc):
        if prev is not None:
            gap = _gap(doc, prev, block.index)
            out.append(gap)
            length += len(gap)
        out.append(block.text)
        spans.append((block.index, length, length + len(block.text)))
        length += len(block.text)
        prev = block.index
    return ("".join(out) + "\n" if out else ""), spans


def render_text(doc: Document) -> str:
    """Plain text: the source layout (single or blank-line breaks) kept, tables as Markdown."""
    return render_text_spans(doc)[0]


def _page_title(doc: Document, blocks: list[Block]) -> str | None:
    """The title an HTML page declares, when its text does not start with it: the Markdown
    output's first heading, as extractors write it (the text output keeps the body as it is)."""
    title = doc.metadata.get("title") if doc.format == "html" else None
    if not title:
        return None
    first = word_characters(blocks[0].text) if blocks else ""
    return None if first and first in word_characters(str(title)) else str(title)


def render_markdown(doc: Document) -> str:
    """Markdown: headings marked (the first as the title), a blank line between blocks."""
    out: list[str] = []
    prev_kind = None
    blocks = visible_blocks(doc)
    title = _page_title(doc, blocks)
    if title:
        out.append("# " + " ".join(title.split()))
        prev_kind = HEADING
    for n, block in enumerate(blocks, bool(title)):
        text = block.text
        if block.kind == HEADING and not text.lstrip().startswith("#"):
            text = ("# " if n == 0 else "## ") + text.strip()
        if out:
            tight = block.kind == prev_kind == LIST_ITEM
            out.append("\n" if tight else "\n\n")
        out.append(text)
        prev_kind = block.kind if block.kind != TABLE else TABLE
    return "".join(out) + "\n" if out else ""


def render(doc: Document, fmt: str = "text") -> str:
    """Render ``doc`` in ``fmt`` (text, markdown or json)."""
    if fmt == "text":
        return render_text(doc)
    if fmt == "markdown":
        return render_markdown(doc)
    if fmt == "json":
        from normalize.report import build_report

        return (
            json.dumps({"text": render_text(doc), "report": build_report(doc)}, ensure_ascii=False, indent=2)
            + "\n"
        )
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
