"""English titles a page quotes, for a foreign headline to be replaced by (clean stage).

A page with a foreign headline often quotes its own English title: in a FAQ block ("这次公司
发布“Port Strike Ends After Nine Days”主要讲了什么?"), in a foreign teaser or summary line. The
clean stage harvests the quotes of every foreign block before anything is removed, and those of
the furniture it removes, then ranks them:

- more of its words capitalised (a title is in title case; a search phrase quoted beside it,
  "Anthropic Long-Term Benefit Trust governance structure", only in part),
- quoted by more blocks (a FAQ quotes the title in several questions; a product name once),
- and more of its words found in the English body's opening (a title names what the article
  is about, and so does its lead): the score is the number of blocks quoting it plus twice
  that share;
- the first quoted wins a tie.

A quote in English prose is a quotation, not a title: English blocks are not harvested unless
they are removed as furniture.
"""

from __future__ import annotations

from dataclasses import dataclass

from normalize.detect.language import classify_block
from normalize.detect.words import words_of
from normalize.model import HEADING, Block, Document
from normalize.shapes import QUOTED, TITLE_CASE, capitalised_share, has_quote_mark

_MIN_WORDS = 4


def title_cased(text: str) -> bool:
    """Titles are written in title case; search phrases quoted beside them are not. (Words are
    letters only here: a quote's first word may carry its opening mark.)"""
    return capitalised_share(words_of(text)) >= TITLE_CASE


def quoted_titles(blocks: list[Block]) -> list[str]:
    """English titles quoted inside ``blocks`` (of four words or more), each once, in order of
    first appearance: the title-cased ones where there are any."""
    titles: list[str] = []
    seen: set[str] = set()  # each quote judged once: a FAQ quotes the title question after question
    for block in blocks:
        if not has_quote_mark(block.text):
            continue
        for m in QUOTED.finditer(block.text):
            quote = m.group(1).strip()
            if quote in seen:
                continue
            seen.add(quote)
            if len(words_of(quote)) >= _MIN_WORDS and classify_block(quote).lang in ("en", None):
                titles.append(quote)
    cased = [t for t in titles if title_cased(t)]
    return cased or titles


def foreign_headline(doc: Document) -> bool:
    """Whether the document opens on a heading in another language than English."""
    first = doc.first_live()
    return first is not None and first.kind == HEADING and first.lang not in (None, "en")


def harvestable(block: Block) -> bool:
    """A foreign block with a quote mark: its quotes may be the page's English title. (The
    clean stage finds these blocks in its one pass over the document, ``clean.screen``, before
    anything is removed, and harvests their quotes with ``quoted_titles``.)"""
    return block.lang not in (None, "en") and has_quote_mark(block.text)


@dataclass
class _Evidence:
    title: str
    blocks: int  # how many blocks quote it
    body_share: float  # share of its words of four letters or more found in the English lead
    first: int  # its order of first appearance

    @property
    def score(self) -> float:
        return self.blocks + 2 * self.body_share


# A title quoted only in a foreign block that stays (no furniture around it) must name what
# the English body is about: half its longer words found there. A Vietnamese article quoting an
# English film title keeps its own headline.
_MIN_BODY_SHARE = 0.5


def rank(from_furniture: list[str], from_foreign: list[str], doc: Document) -> list[str]:
    """The candidates best first: more words capitalised first, then by score (the blocks
    quoting it, plus twice the share of its words found in the English body), then first
    quoted first. Titles harvested from foreign blocks need half their words in the body;
    those quoted in removed furniture do not. ``doc`` is read after the clean stage removed
    its furniture."""
    candidates = list(dict.fromkeys([*from_furniture, *from_foreign]))
    if not from_foreign and len(candidates) < 2:
        return candidates
    texts = [b.text for b in doc.blocks]
    body = _english_lead(doc)
    evidence = []
    for order, title in enumerate(candidates):
        words = [w.casefold() for w in words_of(title) if len(w) > 3]
        share = sum(_has_word(body, w) for w in words) / len(words) if words else 0.0
        if title not in from_furniture and share < _MIN_BODY_SHARE:
            continue
        evidence.append(_Evidence(title, sum(1 for t in texts if title in t), share, order))
    evidence.sort(key=lambda e: (-round(capitalised_share(words_of(e.title)), 1), -e.score, e.first))
    return [e.title for e in evidence]


# A title names what the article is about, and so does its opening: the words of a title are
# looked for in the first few thousand characters of the English body. Lower-casing a whole
# body (16 KB in the bench's documents) cost more than the rest of the ranking together.
_LEAD_CHARS = 4000


def _english_lead(doc: Document) -> str:
    """The English body's first ``_LEAD_CHARS`` characters (whole blocks, the last one cut),
    lower-cased: the text a title's words are looked for in."""
    lead: list[str] = []
    size = 0
    for block in doc.live_blocks():
        if (block.lang or "en") == "en":
            lead.append(block.text)
            size += len(block.text) + 1
            if size >= _LEAD_CHARS:
                break
    return "\n".join(lead)[:_LEAD_CHARS].casefold()


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word ("port", not "important")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False
