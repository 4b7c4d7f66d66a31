"""Site furniture recognised by its shape, for the clean stage.

- **Header metadata by composition**: a line under the headline made only of dates, times,
  reading times, view and comment counts, a byline, date labels and separators is metadata,
  whatever its wording ("Posted 3 Feb 2025 | 4-minute read"); so is a one-word section label
  ("Category: Technology") and a run of glued CamelCase tags.
- **Footer evidence**: what makes a block near the end furniture rather than body text: a
  counter list ("Semiconductors12 pieces"), glued title-and-snippet teasers, a truncated copy of
  a body sentence ("…"), a comment counter ("Discussion (3)"), a copyright, feedback or label-list
  line, a question quoting the title.

Vocabulary lives in ``rules/shapes.toml``; the shapes do most of the work.
"""

from __future__ import annotations

import re
from functools import cache

from normalize.resources import alternation, package_toml

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
_SEPARATORS = r"[\s|·•/,–—:：-]*"
_NAME = r"[A-ZÀ-Ỹ][\w'’.-]*(?: [A-ZÀ-Ỹ][\w'’.-]*){0,3}"


@cache
def _vocabulary() -> dict[str, dict[str, list[str]]]:
    return package_toml("shapes.toml")


@cache
def _header_part() -> re.Pattern[str]:
    h = _vocabulary()["header"]
    return re.compile(
        rf"(?P<date>{_DATE})|(?P<time>{_TIME})"
        rf"|(?P<reading>\d{{1,3}}[- ]?(?:{alternation(h['reading_time'])}))"
        rf"|(?P<count>{_NUMBER}\s?(?:{alternation(h['counts'])}))"
        rf"|(?P<label>(?:{alternation(h['date_labels'])})(?![\w]))"
        rf"|(?P<byline>(?:{alternation(h['bylines'])})[:：]?\s{_NAME})",
        re.IGNORECASE,
    )


_EVIDENCE_PARTS = ("date", "time", "reading", "count")


_WORD_GROUP = re.compile(r"\(?[^\W\d_][\w'’+-]*\)?(?: \(?[^\W\d_][\w'’+-]*\)?){0,2}")


def header_metadata(text: str) -> dict[str, str] | None:
    """The parts of a header line made only of metadata (``date``, ``time``, ``reading``,
    ``count``, ``byline``, ``label``), or None.

    A date, time, reading time or count must be among them. Besides the parts named in
    ``shapes.toml``, a line may hold short groups of other words (a section name, a weekday, a
    label in other words: "Markets / March 12, 2026 / 12 comments"), one to three words each,
    no more of them than it has dates, times, reading times and counts.
    """
    text = text.strip()
    if not text or len(text) > 160 or text[-1] in ".!?。！？":
        return None
    parts: dict[str, str] = {}
    others = 0
    part, separators = _header_part(), re.compile(_SEPARATORS)
    at = separators.match(text).end()  # type: ignore[union-attr]
    while at < len(text):
        m = part.match(text, at)
        if m is not None and m.end() > at:
            parts.setdefault(m.lastgroup or "", m.group(0).strip())
        else:
            m = _WORD_GROUP.match(text, at)
            if m is None:
                return None
            others += 1
        at = separators.match(text, m.end()).end()  # type: ignore[union-attr]
    evidence = sum(1 for k in _EVIDENCE_PARTS if k in parts)
    return parts if evidence and others <= evidence else None


@cache
def _section_line() -> re.Pattern[str]:
    labels = alternation(_vocabulary()["header"]["sections"])
    return re.compile(rf"^(?:{labels})\s*[:：]\s*(?P<section>[^\d.!?:：]{{2,40}})$", re.IGNORECASE)


def section_label(text: str) -> str | None:
    """The section a "Category: Technology" line names."""
    m = _section_line().match(text.strip())
    return m.group("section").strip() if m and len(m.group("section").split()) <= 4 else None


# A word glued to the next one's capital ("SurgesCloud", "QuarterA desalination plant").
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z](?:[a-z]|\s))")


def camel_case_tags(text: str) -> list[str] | None:
    """The tags of a line of tags glued together ("ChipsCloudExport Rules"), or None."""
    text = text.strip()
    if len(text) > 200 or re.search(r"[.!?,:;。！？，：]", text) or len(text.split()) > 12:
        return None
    tags = [t.strip() for t in _GLUED.split(text) if t.strip()]
    return tags if len(tags) >= 3 else None


@cache
def _translationalternation() -> re.Pattern[str]:
    return re.compile(alternation(_vocabulary()["notice"]["translation"]), re.IGNORECASE)


def translation_notice(text: str) -> bool:
    """A short line about the page's translation ("This article was machine translated")."""
    text = text.strip()
    return len(text) <= 240 and _translationalternation().search(text) is not None


@cache
def _inline_teaser() -> re.Pattern[str]:
    labels = alternation(_vocabulary()["teaser"]["labels"])
    return re.compile(rf"^(?:{labels})\s*[:：»›|–—-]\s*\S.{{0,160}}$", re.IGNORECASE)


def inline_teaser(text: str) -> bool:
    """A link to another article: a label, any dash or colon, a title."""
    return _inline_teaser().match(text.strip()) is not None


# --- footer evidence ----------------------------------------------------------------------------

# "<name><count> <unit>", the name a month where the count is a year and a count glued
# ("May 20261834 published articles").
_COUNTER_ITEM = re.compile(
    rf"(?:(?:{_MONTH}|tháng \d{{1,2}}|\d{{1,2}}月)\s?|[^\d\n:：$€£¥%]{{2,80}}?)\s?\d{{1,12}}"
    r"\s?(?-i:[^\W\d_][^\W\d_A-Z]{0,19}(?: [^\W\d_][^\W\d_A-Z]{0,19}){0,2})",  # a capital: the next item
    re.IGNORECASE,
)
_COMMENT_COUNTER = re.compile(r"^\W{0,3}[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[(（\[]\s*\d{1,7}\s*[)）\]]$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\))|all rights reserved", re.IGNORECASE)
_FEEDBACK = re.compile(r"[?？]\s*(?:(?:yes|no)\s*[|/·]?\s*){2,}$", re.IGNORECASE)
_LABEL_LIST = re.compile(r"^[^\W\d_][\w ]{0,20}[:：]\s*[^,.;:!?]{1,40}(?:,\s*[^,.;:!?]{1,40}){2,}$")
_SENTENCE_END = re.compile(r"[.!?。！？]$")
_ELLIPSIS = ("…", "...")
_QUOTE_MARKS = frozenset('“「『"')
QUOTED = re.compile(r"[“「『\"]([^”」』\"\n]{8,300})[”」』\"]")


_GLUED_COUNT = re.compile(r"[^\W\d_]\d|\d{6}")


def counter_list(text: str) -> bool:
    """A block made of "<name><count> <unit>" items ("Semiconductors12 pieces"), with no
    sentence end: two items or more, or one whose count is glued to its name or to a year
    ("May 20261834 published articles"). A fact line ("Length: 14 km") is not one."""
    text = text.strip()
    if not text or len(text) > 1000 or _SENTENCE_END.search(text):
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
    return not _SENTENCE_END.search(text.strip()) and len(_GLUED.findall(text)) >= 2


def truncated_copy(text: str, body: str) -> bool:
    """A body sentence copied and cut short with an ellipsis (a generated FAQ answer)."""
    text = text.strip()
    if not text.endswith(_ELLIPSIS):
        return False
    head = text.rstrip(".…").strip()
    return len(head) >= 20 and head in body


def widget_line(text: str) -> str | None:
    """Which widget a one-line block is, by shape: ``comment_counter``, ``copyright``,
    ``feedback`` or ``label_list``."""
    text = text.strip()
    if len(text) > 200:
        return None
    if _COMMENT_COUNTER.match(text):
        return "comment_counter"
    if _COPYRIGHT.search(text):
        return "copyright"
    if _FEEDBACK.search(text):
        return "feedback"
    if _LABEL_LIST.match(text):
        return "label_list"
    return None


def quoted_title(text: str, title: str | None) -> bool:
    """Whether a block quotes the document's title."""
    if not title or not _QUOTE_MARKS.intersection(text):
        return False
    folded = title.casefold()
    return any(m.group(1).strip().casefold() == folded for m in QUOTED.finditer(text))


@cache
def _questionalternation() -> tuple[re.Pattern[str], re.Pattern[str]]:
    q = _vocabulary()["question"]
    opening = re.compile(rf"^(?:{alternation(q['opening'])})\b", re.IGNORECASE)
    return opening, re.compile(alternation(q["inside"]), re.IGNORECASE)


def is_question(text: str) -> bool:
    """A question line: a question mark at the end, or, in a short line with no sentence end,
    an English question word first or a Chinese or Vietnamese question word inside."""
    text = text.strip()
    if text.endswith(("?", "？")):
        return True
    if len(text.split()) > 30 or len(text) > 200 or _SENTENCE_END.search(text):
        return False
    opening, inside = _questionalternation()
    return opening.match(text) is not None or inside.search(text) is not None
