"""Site furniture recognised by its shape, for the clean stage.

- **Header metadata by composition**: a line under the headline made only of dates, times,
  reading times, view and comment counts, a byline, date labels and separators is metadata,
  whatever its wording ("Posted 3 Feb 2025 | 4-minute read"); so is a one-word section label
  ("Category: Technology") and a run of glued CamelCase tags.
- **Footer evidence**: what makes a block near the end furniture rather than body text: a
  counter list ("Semiconductors12 pieces"), glued title-and-snippet teasers, a truncated copy of
  a body sentence ("…"), a comment counter ("Discussion (3)"), a copyright, feedback or label-list
  line, a question quoting the title.

Vocabulary lives in ``rules/shapes.toml`` (``vocabulary.py``; a ``--rules`` file can add to it);
the shapes do most of the work. Each predicate takes the vocabulary, the shipped one by default.
"""

from __future__ import annotations

import re
from functools import cache

from normalize.resources import alternation
from normalize.vocabulary import SHIPPED, LineWords, Vocabulary, Words

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{_MONTH} \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{4}}|\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?"
    r"|tháng \d{1,2},? \d{4}"
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_NUMBER = r"\d[\d.,]*\s?[kmb万千]?"
# A count written with its scale and nothing after it ("2.4K", "3.2万"): a view or share count.
_SCALED_COUNT = r"\d[\d.,]*(?:[km](?!\w)|[万千])"
_SEPARATORS = r"[\s|·•/,–—:：-]*"
_SEPARATOR_RUN = re.compile(_SEPARATORS)
_NAME = r"[A-ZÀ-Ỹ][\w'’.-]*(?: [A-ZÀ-Ỹ][\w'’.-]*){0,3}"


@cache
def _header_part(vocab: Vocabulary) -> re.Pattern[str]:
    h = vocab.table("header")
    return re.compile(
        rf"(?P<date>{_DATE})|(?P<time>{_TIME})"
        rf"|(?P<reading>\d{{1,3}}[- ]?(?:{alternation(h['reading_time'])}))"
        rf"|(?P<count>{_NUMBER}\s?(?:{alternation(h['counts'])}))"
        rf"|(?P<scaled>{_SCALED_COUNT})"
        rf"|(?P<label>(?:{alternation(h['date_labels'])})(?![\w]))"
        rf"|(?P<byline>(?:{alternation(h['bylines'])})[:：]?\s{_NAME})",
        re.IGNORECASE,
    )


_EVIDENCE_PARTS = ("date", "time", "reading", "count", "scaled")


_WORD_GROUP = re.compile(r"\(?[^\W\d_][\w'’+-]*\)?(?: \(?[^\W\d_][\w'’+-]*\)?){0,2}")


def header_metadata(text: str, vocab: Vocabulary = SHIPPED) -> dict[str, str] | None:
    """The parts of a header line made only of metadata (``date``, ``time``, ``reading``,
    ``count``, ``byline``, ``label``), or None.

    A date, time, reading time or count must be among them. Besides the parts named in
    ``shapes.toml``, a line may hold short groups of other words (a section name, a weekday, a
    label in other words: "Markets / March 12, 2026 / 12 comments"), one to three words each,
    no more of them than it has dates, times, reading times and counts.
    """
    text = text.strip()
    if not text or len(text) > 160 or ends_sentence(text):
        return None
    parts: dict[str, str] = {}
    others = 0
    part, separators = _header_part(vocab), _SEPARATOR_RUN
    at = separators.match(text).end()  # type: ignore[union-attr]
    while at < len(text):
        m = part.match(text, at)
        if m is not None and m.end() > at:
            parts.setdefault(m.lastgroup or "", m.group(0).strip())
        else:
            m = _WORD_GROUP.match(text, at)
            others += 1
            if m is None or others > len(_EVIDENCE_PARTS):
                return None  # more word groups than a line can hold evidence for: a sentence
        at = separators.match(text, m.end()).end()  # type: ignore[union-attr]
    evidence = sum(1 for k in _EVIDENCE_PARTS if k in parts)
    return parts if evidence and others <= evidence else None


@cache
def _section_line(vocab: Vocabulary) -> re.Pattern[str]:
    labels = alternation(vocab.table("header")["sections"])
    return re.compile(rf"^(?:{labels})\s*[:：]\s*(?P<section>[^\d.!?:：]{{2,40}})$", re.IGNORECASE)


def section_label(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """The section a "Category: Technology" line names."""
    m = _section_line(vocab).match(text.strip())
    return m.group("section").strip() if m and len(m.group("section").split()) <= 4 else None


# "<label>: <Value>", one or two words before the colon, one to three after (the first a
# capital: a name), no digit and no punctuation: a key and its value, the shape of "Category:
# Technology" whatever the label says. "Source: company filings" is a sentence of the article.
_KEY_VALUE = re.compile(
    r"^(?P<key>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)\s*[:：]\s*"
    r"(?P<value>(?-i:[A-ZÀ-Ỹ])[\w'’&-]*(?: [^\W\d_][\w'’&-]*){0,2})$"
)


def key_value(text: str) -> tuple[str, str] | None:
    """The key and value of a one-line "Label: Value" pair ("Section: Markets"), or None."""
    m = _KEY_VALUE.match(text.strip())
    if m is None or any(c.isdigit() for c in m.group(0)):
        return None
    return m.group("key"), m.group("value")


# A word glued to the next one's capital ("SurgesCloud", "QuarterA desalination plant").
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z](?:[a-z]|\s))")
# The same boundaries, counted by the letter before them: no look-behind tried at every place.
_GLUED_AT = re.compile(r"[a-z](?=[A-Z](?:[a-z]|\s))")


_PUNCTUATION = re.compile(r"[.!?,:;。！？，：]")


def camel_case_tags(text: str) -> list[str] | None:
    """The tags of a line of tags glued together ("ChipsCloudExport Rules"), or None."""
    text = text.strip()
    if len(text) > 200 or _PUNCTUATION.search(text) or len(text.split()) > 12:
        return None
    tags = [t.strip() for t in _GLUED.split(text) if t.strip()]
    return tags if len(tags) >= 3 else None


@cache
def _translation_phrases(vocab: Vocabulary) -> Words:
    return Words(vocab.table("notice")["translation"])


@cache
def _notice_concepts(vocab: Vocabulary) -> tuple[Words, ...]:
    n = vocab.table("notice")
    return tuple(Words(n[k]) for k in ("languages", "versions", "page"))


def translation_notice(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """Which signal makes a short line a notice about the page's translation or display
    language: ``translation_words`` (a phrase of the ``translation`` list: "This article was
    machine translated"), ``notice_concepts`` (in 30 words or fewer, a language's name, a word
    of translation or version, and a word for the page or its reader: "The article body is
    shown in English by default; the full version…"), or None."""
    text = text.strip()
    if len(text) > 240:
        return None
    # Either signal needs a translation phrase or a language's name in the line: most lines
    # have neither, and a substring test finds that out before the line is split into words.
    lowered = text.lower()
    phrases, (languages, *_) = _translation_phrases(vocab), _notice_concepts(vocab)
    if not (phrases.may_be_in(lowered) or languages.may_be_in(lowered)):
        return None
    line = LineWords(text)
    if phrases.in_line(line):
        return "translation_words"
    if len(text.split()) <= 30 and all(words.in_line(line) for words in _notice_concepts(vocab)):
        return "notice_concepts"
    return None


@cache
def _inline_teaser(vocab: Vocabulary) -> re.Pattern[str]:
    labels = alternation(vocab.table("teaser")["labels"])
    return re.compile(rf"^(?:{labels})\s*[:：»›|–—-]\s*\S.{{0,160}}$", re.IGNORECASE)


# "<label> <separator> <title>": a label of up to three words (or six Han characters).
_LABELLED = re.compile(
    r"^(?P<label>[^\W\d_][\w'’]*(?: [\w'’]+){0,2}|[\u3400-\u9fff]{1,6})"
    r"\s*[:：»›|–—-]\s*(?P<title>\S.{7,160})$"
)


@cache
def _label_words(vocab: Vocabulary) -> Words:
    return Words(vocab.table("teaser")["label_words"])


def inline_teaser(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """Which signal makes a line a link to another article (a label, any dash or colon, a
    title): ``teaser_label`` (one of the ``labels`` phrases), ``teaser_label_word`` (a label of
    up to three words holding one of the ``label_words``, a title in title case), or None."""
    text = text.strip()
    if _inline_teaser(vocab).match(text) is not None:
        return "teaser_label"
    m = _LABELLED.match(text)
    if m and _label_words(vocab).in_line(LineWords(m.group("label"))) and title_cased(m.group("title")):
        return "teaser_label_word"
    return None


def capitalised_share(words: list[str]) -> float:
    """The share of the words longer than three letters that start with a capital (0 when none
    is): titles are written in title case, sentences and search phrases are not."""
    long_words = [w for w in words if len(w) > 3]
    return sum(w[0].isupper() for w in long_words) / len(long_words) if long_words else 0.0


TITLE_CASE = 0.6  # three in five of the longer words capitalised


def title_cased(text: str) -> bool:
    """A headline in title case: three words or more, no sentence end, and three in five of the
    words longer than three letters capitalised."""
    words = text.split()
    return len(words) >= 3 and not ends_sentence(text) and capitalised_share(words) >= TITLE_CASE


# --- footer evidence ----------------------------------------------------------------------------

# "<name><count> <unit>", the name a month where the count is a year and a count glued
# ("May 20261834 published articles").
_COUNTER_ITEM = re.compile(
    rf"(?:(?:{_MONTH}|tháng \d{{1,2}}|\d{{1,2}}月)\s?|[^\d\n:：$€£¥%]{{2,80}}?)\s?\d{{1,12}}"
    r"\s?(?-i:[^\W\d_][^\W\d_A-Z]{0,19}(?: [^\W\d_][^\W\d_A-Z]{0,19}){0,2})",  # a capital: the next item
    re.IGNORECASE,
)
_COMMENT_COUNTER = re.compile(r"^\W{0,3}[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[(（\[]\s*\d{1,7}\s*[)）\]]$")
_FEEDBACK = re.compile(r"[?？]\s*(?:(?:yes|no)\s*[|/·]?\s*){2,}$", re.IGNORECASE)
_LABEL_LIST = re.compile(r"^[^\W\d_][\w ]{0,20}[:：]\s*[^,.;:!?]{1,40}(?:,\s*[^,.;:!?]{1,40}){2,}$")
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence ends (a suffix test: a ``$`` search scans the line)."""
    return text.endswith(_SENTENCE_ENDS)


_ELLIPSIS = ("…", "...")
QUOTE_MARKS = '“「『"'


def has_quote_mark(text: str) -> bool:
    """Whether ``text`` holds an opening quote mark. One substring test per mark: ten times
    faster than ``frozenset.isdisjoint``, which hashes every character of the text."""
    for mark in QUOTE_MARKS:  # noqa: SIM110 (any() over a generator is twice as slow here)
        if mark in text:
            return True
    return False


QUOTED = re.compile(r"[“「『\"]([^”」』\"\n]{8,300})[”」』\"]")


_GLUED_COUNT = re.compile(r"[^\W\d_]\d|\d{6}")
DIGIT = re.compile(r"\d")


def counter_list(text: str) -> bool:
    """A block made of "<name><count> <unit>" items ("Semiconductors12 pieces"), with no
    sentence end: two items or more, or one whose count is glued to its name or to a year
    ("May 20261834 published articles"). A fact line ("Length: 14 km") is not one."""
    text = text.strip()
    # The first item's count comes within its name's 80 characters: no digit there, no list.
    if not text or len(text) > 1000 or ends_sentence(text) or not DIGIT.search(text, 0, 100):
        return False
    pos, items = 0, 0
    while pos < len(text):  # item after item from the start: one attempt each, no search
        m = _COUNTER_ITEM.match(text, pos)
        if m is None or m.end() == pos:
            return False
        pos, items = m.end(), items + 1
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return items >= 2 or _GLUED_COUNT.search(text) is not None


def glued_teasers(text: str) -> bool:
    """Titles and snippets run together with no space ("…Cloud Demand SurgesCloud providers…"):
    two glued word boundaries or more, and no sentence end (a snippet is cut mid-sentence)."""
    return not ends_sentence(text.strip()) and len(_GLUED_AT.findall(text)) >= 2


def truncated_copy(text: str, body: str) -> bool:
    """A body sentence copied and cut short with an ellipsis (a generated FAQ answer)."""
    text = text.strip()
    if not text.endswith(_ELLIPSIS):
        return False
    head = text.rstrip(".…").strip()
    return len(head) >= 20 and head in body


@cache
def _share_row(vocab: Vocabulary) -> re.Pattern[str]:
    names = alternation(vocab.table("share")["networks"])
    return re.compile(
        rf"^[^\W\d_]+(?: [^\W\d_]+){{0,3}}\s*[:：]\s*(?:{names})(?:\s*[,|·•/]?\s*(?:{names}))+$",
        re.IGNORECASE,
    )


def widget_line(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """Which widget a one-line block is, by shape: ``comment_counter``, ``copyright``,
    ``feedback``, ``share_row`` (two network names or more after a label of any wording) or
    ``label_list``."""
    text = text.strip()
    if len(text) > 200:
        return None
    # Each shape has a mark a cheap test finds first: a closing bracket, "©", "?", a colon.
    if text.endswith((")", "）", "]")) and _COMMENT_COUNTER.match(text):
        return "comment_counter"
    lowered = text.lower()
    if lowered.startswith(("©", "(c)")) or "all rights reserved" in lowered:
        return "copyright"
    if ("?" in text or "？" in text) and _FEEDBACK.search(text):
        return "feedback"
    if ":" in text or "：" in text:
        if _share_row(vocab).match(text):
            return "share_row"
        if _LABEL_LIST.match(text):
            return "label_list"
    return None


def quoted_title(text: str, title: str | None) -> bool:
    """Whether a block quotes the document's title."""
    if not title or not has_quote_mark(text):
        return False
    folded = title.casefold()
    return any(m.group(1).strip().casefold() == folded for m in QUOTED.finditer(text))


@cache
def _question_words(vocab: Vocabulary) -> tuple[re.Pattern[str], Words]:
    q = vocab.table("question")
    opening = re.compile(rf"^(?:{alternation(q['opening'])})\b", re.IGNORECASE)
    return opening, Words(q["inside"])


def is_question(text: str, vocab: Vocabulary = SHIPPED) -> bool:
    """A question line: a question mark at the end, or, in a short line with no sentence end,
    an English question word first or a Chinese or Vietnamese question word inside."""
    text = text.strip()
    if text.endswith(("?", "？")):
        return True
    if len(text) > 200 or ends_sentence(text) or len(text.split()) > 30:
        return False
    opening, inside = _question_words(vocab)
    return opening.match(text) is not None or inside.in_line(LineWords(text))
