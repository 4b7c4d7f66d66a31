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
import contextlib
import re
from functools import cache
from typing import Any

from normalize.errors import InputTooLarge
from normalize.letters import word_characters

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
def _extractor() -> Any:
    """trafilatura's options, as its own evaluation runs it (``fast=False``: its fallback
    extractors on; tables in; comments out; plain text, no formatting marks), so that what the
    page yields is what trafilatura alone yields: its own F1 on its evaluation set is the floor."""
    from trafilatura.settings import Extractor, use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its timeout uses signals: not in threads
    return Extractor(
        config=config, output_format="txt", fast=False, comments=False, tables=True, formatting=False
    )


def _metadata(tree: Any) -> dict[str, Any]:
    """Title, date, author, site, language and URL of a page, from what it declares.

    trafilatura's own ``extract_metadata`` also scans the whole page for author bylines, tags,
    categories and licences, which costs more than the extraction itself on a typical page (2.2 s
    against 5.5 s for 200 pages of its evaluation set). Only the declared sources are read here:
    meta tags, JSON-LD, the title element or headline, and the date the page declares.
    """
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    found = examine_meta(tree)
    with contextlib.suppress(Exception):  # malformed JSON-LD is the page's, never a reason to fail
        found = extract_meta_json(tree, found)
    title = found.title or extract_title(tree)
    url = found.url or extract_url(tree, None)
    author = found.author if found.author and " " in found.author.strip() else None  # as trafilatura
    site = found.sitename or extract_sitename(tree)
    date = declared_date(tree, url)
    lang = tree.get("lang")
    locale = tree.find('.//head/meta[@property="og:locale"]')
    return {
        "title": (title or "").strip() or None,
        "date": date,
        "author": (author or "").strip() or None,
        "site": (site or "").strip().lstrip("@") or None,
        "language": (lang or "").strip() or None,
        "locale": ((locale.get("content") if locale is not None else None) or "").strip() or None,
        "url": url,
    }


# Where a page declares its date: meta tags and the title (in <head>), JSON-LD, <time> and <abbr>.
_DATE_CARRIERS = ("script", "time", "abbr")


def declared_date(tree: Any, url: str | None) -> str | None:
    """The publication date the page declares, by htmldate, read from the URL, the head, JSON-LD,
    ``<time>`` and ``<abbr>`` only. On a whole page htmldate goes on to guess from the text (a
    date in a sidebar or a comment): that guess found 156 of the 877 dates on trafilatura's
    evaluation set, and cost two thirds of the time (1.5 s against 0.5 s for its 990 pages)."""
    from copy import deepcopy

    from htmldate import find_date
    from lxml import html as lxml_html

    declared = lxml_html.Element("html")
    head = tree.find("head")
    if head is not None:
        declared.append(deepcopy(head))
    body = lxml_html.Element("body")
    declared.append(body)
    for element in tree.iter(_DATE_CARRIERS):
        if element.tag == "script" and "ld+json" not in (element.get("type") or ""):
            continue
        if head is not None and any(parent is head for parent in element.iterancestors("head")):
            continue  # already there with the head
        carrier = deepcopy(element)
        carrier.tail = None
        body.append(carrier)
    return find_date(declared, extensive_search=False, original_date=True, url=url)


def drop_scripts(tree: Any) -> None:
    """Scripts, styles and the like are never text (JSON-LD stays: it carries dates and authors).
    The text after each dropped element stays where it was."""
    from lxml import etree

    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            script.tag = "normalize-dropped"
    etree.strip_elements(tree, "normalize-dropped", "style", "template", "svg", with_tail=False)


# A <noscript> that holds this much text is the page's content for readers without scripts
# (Blogger serves its article bodies so; an unclosed <noscript> swallows the rest of the page),
# not a "please enable JavaScript" notice: it is read like any other container.
_NOSCRIPT_CONTENT_CHARS = 200


def open_noscript(tree: Any) -> None:
    """Keep the content of ``<noscript>`` elements that hold an article's worth of text; the
    extractor drops the others (notices, tracking pixels)."""
    for element in tree.iter("noscript"):
        if len(element.text_content().strip()) >= _NOSCRIPT_CONTENT_CHARS:
            element.tag = "div"


# What a cell of a table that lays out a page holds: regions of a page. A data table may hold
# paragraphs, lists or a small heading in a cell (a recipe's "For the dough:"); it does not hold
# the page's headline, a nested table or a page region.
_LAYOUT_TAGS = ("h1", "h2", "table", "article", "section", "main", "nav")


def lays_out_page(table: Any) -> bool:
    """Whether a table lays a page out: a cell holds a headline, a nested table or a page
    region. Paragraphs and lists in cells do not make a table a layout (data tables have them)."""
    # One walk over the table's descendants (not one search per cell and tag): the check runs on
    # every table of every page.
    for element in table.iterdescendants(_LAYOUT_TAGS):
        for parent in element.iterancestors():
            if parent is table:
                break
            if parent.tag in ("td", "th"):
                return True
    return False


def unwrap_layout_tables(tree: Any) -> None:
    """Tables that lay the page out become plain containers, so the extractor sees the article
    in them instead of one giant table row; data tables stay tables."""
    for table in reversed(list(tree.iter("table"))):
        if not lays_out_page(table):
            continue
        table.tag = "div"
        for element in table.iter("tbody", "thead", "tfoot", "tr", "td", "th", "caption"):
            element.tag = "div"


_SUPERSCRIPT = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def raise_and_lower(tree: Any) -> None:
    """``<sup>`` and ``<sub>`` as the Unicode characters they stand for where all exist ("m²",
    "CO₂"); the extractor would write "m2" and "CO2"."""
    for element in tree.iter("sup", "sub"):
        inner = element.text
        if len(element) or not inner:
            continue
        mapped = inner.translate(_SUPERSCRIPT if element.tag == "sup" else _SUBSCRIPT)
        if all(c != o or not c.isascii() for c, o in zip(mapped, inner, strict=True)):
            element.text = mapped


def _tight(prev: str, line: str) -> bool:
    """Lines that stay together: items of one list, rows of one table."""
    return any(prev.startswith(mark) and line.startswith(mark) for mark in ("- ", "|"))


def _lines_and_headings(body: Any) -> tuple[str, set[int]]:
    """The extractor's text, a blank line between blocks (lists as "- " items and tables as
    Markdown rows kept together), and the 1-based lines that are its headings."""
    from trafilatura.utils import normalize_unicode
    from trafilatura.xml import xmltotxt

    heads = [normalize_unicode("".join(h.itertext())).strip() for h in body.iter("head")]
    out: list[str] = []
    headings, want = set(), 0
    for line in normalize_unicode(xmltotxt(body, False)).split("\n"):  # NFC, as the extractor's output
        if not line.strip():
            continue
        if out and not _tight(out[-1], line):
            out.append("")
        out.append(line.rstrip())
        if want < len(heads) and line.strip() == heads[want]:
            headings.add(len(out))
            want += 1
    return "\n".join(out), headings


def extract_page(html: str) -> tuple[str, set[int], dict[str, Any], str]:
    """Main content of a page as text (one block a line, tables in Markdown), the lines that
    are headings, the page metadata, and which extractor produced it.

    The page is parsed once; metadata is read from that tree, which is then prepared (scripts
    out, content-holding ``<noscript>`` in, layout tables unwrapped, superscripts raised) and
    handed to the extractor. The page title is metadata: the text starts with it only where the
    page's own body does.
    """
    _check_markup_size(html)
    import trafilatura

    tree = trafilatura.load_html(html)
    metadata: dict[str, Any] = {}
    body = None
    if tree is not None:
        metadata = _metadata(tree)
        drop_scripts(tree)
        _check_text_size(tree)
        open_noscript(tree)
        unwrap_layout_tables(tree)
        raise_and_lower(tree)
        headline = _headline(tree, metadata.get("title"))
        found = trafilatura.bare_extraction(tree, options=_extractor())
        body = found.body if found is not None else None
    if body is not None:
        text, headings = _lines_and_headings(body)
        if headline and not _names_title(text, headline):
            # The extractor often leaves the page's headline out of the article it returns.
            text, headings = f"{headline}\n\n{text}", {1} | {n + 2 for n in headings}
        if text.strip():
            return text, headings, metadata, "trafilatura"
    from normalize.read import html_to_text

    return html_to_text(html), set(), metadata, "visible-text"


def _headline(tree: Any, title: str | None) -> str | None:
    """The page's own headline: its first ``<h1>``, when that names the declared title (a site
    logo in an ``<h1>`` does not)."""
    h1 = tree.find(".//h1")
    if h1 is None or not title:
        return None
    text = " ".join(h1.text_content().split())
    have, want = word_characters(text), word_characters(title)
    return text if have and (have in want or want in have) else None


def _names_title(text: str, title: str) -> bool:
    """Whether one of the first lines of the extracted text is the headline (or holds it)."""
    want = word_characters(title)
    for line in [ln for ln in text.splitlines() if ln.strip()][:3]:
        have = word_characters(line)
        if have and (want in have or have in want):
            return True
    return False
