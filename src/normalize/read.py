"""Read stage: bytes to text (encoding detection), then text to blocks.

Splitting is lossless: every block keeps the exact whitespace that stood before it (``sep``) and
its own raw text, and the document keeps what trails the last block, so joining them gives the
decoded input back character for character. Layout is normalised later, as recorded changes.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from normalize import decoding, html
from normalize.decoding import Reading
from normalize.errors import BinaryInput, UndecodableInput
from normalize.model import CODE, HEADING, LIST_ITEM, PARAGRAPH, TABLE, Block, Document, Finding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of binary formats that must be refused, not "repaired" into text.
_BINARY_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh[1-9]1AY&SY", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF....(?:WAVE|AVI |WEBP)", "a RIFF media file"),
)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# What a line may end with that is layout, not text. Python's whitespace is more: U+0085 and
# U+00A0 are the cp1252 "…" and the second byte of "à" read as Latin-1, the stuff of mojibake
# that ftfy repairs, and a no-break space can belong to the text.
LAYOUT_SPACE = " \t\f\v\r\n"
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_LINE = re.compile(r"^\s{0,3}\|")
_MD_HEADING = re.compile(r"^#{1,6}\s")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
_SENTENCE_END = re.compile(r"[.,;:!?。！？…]$")


_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KB: no text encoding produces those
    (UTF-16 is caught earlier by its byte-order mark)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(head) // 20)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name). See ``decode_reading``."""
    reading = decode_reading(data)
    return reading.text, reading.encoding


def decode_reading(data: bytes) -> Reading:
    """Decode bytes to text: a byte-order mark, Unicode without one, ISO-2022, a page's declared
    charset, strict UTF-8, else charset-normalizer with the code page chosen by its letters
    (``normalize.decoding``); the reading says when its choice is not sure. Binary files are
    refused."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Reading(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(
                    f"input starts with a {name} byte-order mark but is not valid {name}"
                ) from exc
    for magic, what in _BINARY_MAGIC:
        if re.match(magic, data[:64], re.DOTALL):
            raise BinaryInput(f"input looks like {what}, not text")
    if reading := decoding.bomless_unicode(data) or decoding.iso2022(data):
        return reading
    if looks_binary(data):
        raise BinaryInput("input looks like binary data (NUL or control bytes), not text")
    if html.looks_like_html(data) and (declared := html.decode_declared(data)):
        return Reading(*declared)
    try:
        return Reading(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    reading = decoding.mostly_utf8(data) or decoding.legacy(data)
    if reading is None:
        raise UndecodableInput("input is not valid text in any known encoding")
    return reading


_MARKDOWN = re.compile(r"(?m)^#{1,6}\s|^\s{0,3}```|^\s{0,3}\|.*\|\s*$")


def sniff_format(text: str) -> str:
    """``html`` for a page, ``markdown`` when Markdown structure is present, else ``text``."""
    head = text.lstrip()[:512].lower()
    if html.looks_like_html(text) or ("<body" in head and "</" in text[:4096]):
        return "html"
    start = text[:20000]
    # Each form needs a "#", "```" or "|": text with none (most plain articles) is not scanned.
    if ("#" in start or "```" in start or "|" in start) and _starts_a_markdown_line(start):
        return "markdown"
    return "text"


def _starts_a_markdown_line(text: str) -> bool:
    """``_MARKDOWN.search(text)``, tried at line starts only: every form starts a line, and the
    search would try every character."""
    at = 0
    while True:
        if _MARKDOWN.match(text, at):
            return True
        at = text.find("\n", at) + 1
        if at == 0:
            return False


_LIST_MARK_STARTS = frozenset("-*+•")  # or a digit: what ``_LIST_MARK`` can find first past the spaces


def classify_line(line: str, first: bool = False) -> str:
    """Kind of a one-line block: Markdown heading, list item, short title-like line, or paragraph.

    The first line of a document is its headline when it reads like one; headlines run longer
    than section headings, so it gets a looser length limit.
    """
    stripped = line.strip()
    # Both marks are known from the first character, which spares most lines the two matches.
    if stripped[:1] == "#" and _MD_HEADING.match(stripped):
        return HEADING
    if (stripped[:1] in _LIST_MARK_STARTS or stripped[:1].isdecimal()) and _LIST_MARK.match(line):
        return LIST_ITEM
    max_words, max_chars = (40, 300) if first else (12, 120)
    if (
        len(stripped) <= max_chars  # before the split: most lines are long paragraphs
        and len(stripped.split()) <= max_words
        and not _SENTENCE_END.search(stripped)
        and not stripped[0].islower()
    ):
        return HEADING
    return PARAGRAPH


def split_blocks(text: str) -> tuple[list[Block], str]:
    """Split text into blocks: one per line, a Markdown table or fenced code block stays one.

    Returns the blocks and the whitespace that trails the last one.
    """
    if "\r" in text:
        pieces = _LINE_BREAK.split(text)
        breaks = [*_LINE_BREAK.findall(text), ""]
    else:  # the common case, split in C
        pieces = text.split("\n")
        breaks = ["\n"] * (len(pieces) - 1) + [""]
    blocks: list[Block] = []
    pending = ""  # raw whitespace since the end of the previous block
    i = 0
    while i < len(pieces):
        line = pieces[i]
        stripped = line.strip()
        if not stripped:
            pending += line + breaks[i]
            i += 1
            continue
        start = i
        # Fences and tables start with "`", "~" or "|" after the indent: other lines skip both.
        marked = stripped[0] in "`~|"
        if marked and (fence_match := _FENCE.match(line)):
            fence = fence_match.group(1)
            i += 1
            while i < len(pieces) and not pieces[i].lstrip().startswith(fence):
                i += 1
            i = min(i, len(pieces) - 1)
            kind = CODE
        elif marked and _TABLE_LINE.match(line):
            while i + 1 < len(pieces) and _TABLE_LINE.match(pieces[i + 1]):
                i += 1
            kind = TABLE
        else:
            kind = classify_line(line, first=not blocks)
        raw = "".join(pieces[j] + breaks[j] for j in range(start, i)) + pieces[i] if i > start else line
        body = raw.rstrip(LAYOUT_SPACE)
        blocks.append(
            Block(
                index=len(blocks),
                text=body,
                kind=kind,
                line_start=start + 1,
                line_end=i + 1,
                sep=pending,
            )
        )
        pending = raw[len(body) :] + breaks[i]
        i += 1
    return blocks, pending


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one line per block element: what is read when main-content
    extraction finds nothing (BeautifulSoup on lxml: no network, no entities fetched, no
    scripts run).
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    lines = (line.strip() for line in soup.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)


def run(data: bytes | str, source: str = "<text>") -> Document:
    """Read stage entry point: bytes or text to a Document of blocks."""
    doubt = None
    if isinstance(data, bytes):
        reading = decode_reading(data)
        text, encoding, doubt = reading.text, reading.encoding, reading.doubt
    else:
        text, encoding = data, "unicode"
    fmt = sniff_format(text)
    metadata: dict[str, Any] = {}
    if fmt == "html":
        text, headings, page, extractor = html.extract_page(text)
        metadata = {k: v for k, v in page.items() if v} | {"extractor": extractor}
    blocks, tail = split_blocks(text)
    empty_page = fmt == "html" and not blocks
    if fmt == "html":
        for block in blocks:
            if block.line_start in headings:
                block.kind = HEADING
    if empty_page:  # an empty block, so that the finding below has a place
        blocks, tail = [Block(index=0, text="", sep=tail)], ""
    doc = Document(blocks=blocks, source=source, encoding=encoding, format=fmt, metadata=metadata)
    doc.original = [b.text for b in blocks]
    doc.tail = tail
    if empty_page:  # never an empty output in silence
        message = "the page has no text to extract (it may be built by scripts, or hold no article)"
        doc.add_finding(Finding("empty_page", 0, 0, 0, message, {"extractor": metadata.get("extractor")}))
    if doubt and blocks:  # the reading is a guess: say so, on the first block
        message = f"the encoding is a guess ({doubt}): letters may be wrong throughout"
        doc.add_finding(Finding("garbled", 0, 0, 0, message, {"cause": "encoding", "encoding": encoding}))
    return doc
