"""HTML pages: the declared charset, main-content extraction, page metadata.

The extractor is trafilatura: it is the reference of the field (the best F1 in the public
ScrapingHub and Bevendorff et al. benchmarks among open extractors), it is maintained, it works on
an lxml tree without any network, and it gives headings, lists and tables as Markdown with links
reduced to their text. Its output becomes the same blocks as a text input, so every later stage,
the footer rules included, runs unchanged; the extractor keeps some site furniture ("Read more",
newsletter prompts) on purpose, and those are the boilerplate rules' to remove.

Hostile pages: lxml's HTML parser fetches nothing and expands no external entity; scripts are
never run (their text is dropped); a page over ``MAX_PAGE_CHARS`` of markup or ``MAX_PAGE_TEXT``
of visible text is refused with a clear error; nesting deeper than libxml2's limit is cut by the
parser, and when nothing is left to extract the page's visible text is read instead.
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from typing import Any

from normalize.errors import InputTooLarge

# Extraction time grows with a page's text, not its markup: scripts, styles and navigation
# cost little. A 5 MB page of the usual make-up cleans in well under a second; a page whose
# visible text alone runs past MAX_PAGE_TEXT is no article, and is refused before extraction.
MAX_PAGE_CHARS = 50_000_000
MAX_PAGE_TEXT = 2_000_000

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{2,40})""", re.I)
# HTML sniffing as browsers do it (WHATWG MIME Sniffing): past whitespace, an XML prolog,
# processing instructions and comments, the first tag is one that only HTML starts with.
_SNIFF_HTML = re.compile(
    r"^\s*(?:(?:<\?.*?\?>|<!--.*?-->)\s*)*"
    r"<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|link)[\s/>]",
    re.I | re.S,
)
# Leading junk before the page itself (a PHP warning, a stray line): the page starts further on.
_PAGE_START = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.I)
# What browsers actually use for a declared label (WHATWG Encoding): the legacy names are
# supersets in practice, and reading by the subset turns their extra characters into errors.
_WHATWG = {
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    "iso8859-9": "cp1254",
}
_HEADING_LINE = re.compile(r"^(#{1,6})\s+(.*)$")
_INLINE_TAGS = ("b", "strong", "i", "em", "u", "mark", "small", "abbr", "cite", "span", "font")


def looks_like_html(data: bytes | str) -> bool:
    """Whether bytes or text start like an HTML page, as a browser sniffs it: past whitespace, an
    XML prolog and comments, an HTML tag; or a doctype or ``<html>`` within the first 1,024
    characters, after leading junk such as a PHP warning."""
    head = data[:4096].decode("latin-1") if isinstance(data, bytes) else data[:4096]
    return bool(_SNIFF_HTML.match(head)) or _PAGE_START.search(head[:1024]) is not None


def declared_encoding(data: bytes) -> str | None:
    """The Python codec for a page's ``<meta charset>`` or http-equiv declaration, if any."""
    m = _META_CHARSET.search(data[:4096])
    if m is None:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _WHATWG.get(name, name)


def decode_declared(data: bytes) -> tuple[str, str] | None:
    """Decode a page by its declared charset; None when it has none or the bytes contradict it.

    A page that declares a legacy charset but is valid UTF-8 with non-ASCII characters is UTF-8
    (a CMS re-encoded it and kept the old header): such bytes are almost never meaningful text in
    a single-byte charset.
    """
    declared = declared_encoding(data)
    if declared is None:
        return None
    if declared not in ("utf-8", "utf-8-sig") and not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(declared), declared
    except UnicodeDecodeError:
        return None


def _check_markup_size(html: str) -> None:
    if len(html) > MAX_PAGE_CHARS:
        raise InputTooLarge(
            f"page too large: {len(html) / 1e6:.1f} million characters of HTML "
            f"(the limit is {MAX_PAGE_CHARS / 1e6:.0f} million)"
        )


def _check_text_size(tree: Any) -> None:
    size = len(tree.text_content())
    if size > MAX_PAGE_TEXT:
        raise InputTooLarge(
            f"page too large: {size / 1e6:.1f} million characters of text, more than any article "
            f"(the limit is {MAX_PAGE_TEXT / 1e6:.0f} million); convert it to text and clean that instead"
        )


@cache
def _extraction_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its timeout uses signals: not in threads
    return config


def _metadata(tree: Any) -> dict[str, Any]:
    """Title, date, author, site and language of a page (what it declares)."""
    from trafilatura import extract_metadata

    # The cheap date search: the extensive one scans all of a page's text with regexes (seconds
    # on a large page) for dates the page's own metadata and headers nearly always give.
    found = extract_metadata(tree, extensive=False) if tree is not None else None
    meta = found.as_dict() if found is not None else {}
    lang = tree.get("lang") if tree is not None else None
    return {
        "title": meta.get("title"),
        "date": meta.get("date"),
        "author": meta.get("author"),
        "site": meta.get("sitename"),
        "language": (lang or "").strip() or None,
        "url": meta.get("url"),
    }


_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "div", "table", "article", "section")


def drop_scripts(tree: Any) -> None:
    """Scripts, styles and the like are never text (JSON-LD stays: it carries dates and authors).
    The text after each dropped element stays where it was."""
    from lxml import etree

    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            script.tag = "normalize-dropped"
    etree.strip_elements(tree, "normalize-dropped", "style", "noscript", "template", "svg", with_tail=False)


def unwrap_layout_tables(tree: Any) -> None:
    """Tables that hold headings, paragraphs or other tables lay the page out; they are not
    data. Their rows and cells become plain containers, so the extractor sees the article in
    them instead of one giant table row."""
    for table in reversed(list(tree.iter("table"))):
        cells = [c for c in table.iter("td", "th")]
        if not any(c.find(f".//{tag}") is not None for c in cells for tag in _BLOCK_TAGS):
            continue
        table.tag = "div"
        for element in table.iter("tbody", "thead", "tfoot", "tr", "td", "th"):
            element.tag = "div"


# The extractor's Markdown escapes ("Wähler\\*innen", "1\\. Cloud", "@mr\\_mo56") and the
# superscript and subscript tags it keeps ("m<sup>2</sup>"): not text.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~|])")
_SCRIPT_TAG = re.compile(r"<(sup|sub)>(.*?)</\1>", re.S)
_SUPERSCRIPT = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def _plain(line: str) -> str:
    """A line of the extractor's Markdown as text: escapes undone (a table keeps its escaped
    "|", which would split a cell), superscripts and subscripts as their Unicode forms where
    those exist ("m²", "CO₂"), else as plain text."""
    table = line.lstrip().startswith("|")
    line = _ESCAPED.sub(lambda m: m.group(0) if table and m.group(1) == "|" else m.group(1), line)
    return _SCRIPT_TAG.sub(_script_text, line)


def _script_text(m: re.Match[str]) -> str:
    inner = m.group(2)
    table = _SUPERSCRIPT if m.group(1) == "sup" else _SUBSCRIPT
    mapped = inner.translate(table)
    return mapped if all(c != o or not c.isascii() for c, o in zip(mapped, inner, strict=True)) else inner


def _markdown_to_lines(markdown: str) -> tuple[str, set[int]]:
    """The extractor's Markdown as text lines, heading marks taken off, and the 1-based heading
    lines."""
    lines, headings = [], set()
    for n, line in enumerate(markdown.splitlines(), 1):
        m = _HEADING_LINE.match(line)
        if m:
            headings.add(n)
            line = m.group(2).strip()
        lines.append(_plain(line).rstrip())
    return "\n".join(lines), headings


def extract_page(html: str) -> tuple[str, set[int], dict[str, Any], str]:
    """Main content of a page as text (one block a line, tables in Markdown), the lines that
    are headings, the page metadata, and which extractor produced it."""
    _check_markup_size(html)
    import trafilatura
    from lxml import etree

    tree = trafilatura.load_html(html)
    if tree is not None:
        drop_scripts(tree)
        _check_text_size(tree)
    metadata = _metadata(tree)
    body = None
    if tree is not None:
        etree.strip_tags(tree, *_INLINE_TAGS)  # emphasis is not text; keeps the words together
        unwrap_layout_tables(tree)
        body = trafilatura.extract(
            tree,
            output_format="markdown",
            include_formatting=True,  # headings and lists keep their Markdown marks
            include_tables=True,
            include_links=False,
            include_images=False,
            include_comments=False,
            config=_extraction_config(),
        )
    if not body or not body.strip():
        from normalize.read import html_to_text

        return html_to_text(html), set(), metadata, "visible-text"
    text, headings = _markdown_to_lines(body)
    title = metadata.get("title")
    if title and not _names_title(text, title):
        text, headings = f"{title}\n\n{text}", {1} | {n + 2 for n in headings}
    return text, headings, metadata, "trafilatura"


def _names_title(text: str, title: str) -> bool:
    """Whether one of the first lines of the extracted text is the page title (or holds it)."""
    want = _squash(title)
    for line in [ln for ln in text.splitlines() if ln.strip()][:3]:
        have = _squash(line)
        if have and (want in have or have in want):
            return True
    return False


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()
