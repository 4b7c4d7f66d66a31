"""Header lines by their composition: what a line under the headline is made of.

- **Metadata by composition**: a line made only of dates (or times counted back from now:
  "2 hours ago"), times, reading and listening times, view and comment counts, bylines,
  sources, date labels and separators is metadata, whatever its wording ("Posted 3 Feb 2025 |
  4-minute read", "3:20 p.m. ET", "评论 12"); a date, time, reading time or count must be among
  its parts.
- **Attribution**: above the article's first sentence, a line made only of bylines and sources
  ("By Maria Chen", "作者：李华", "Priya Nair, Staff Reporter", "Nguồn: VnExpress").
- **Section labels and paths**: "Category: Technology", "Label: Value" pairs, and a path of
  section names joined by one separator ("World › Asia").
- **Glued tag runs**: "ChipsCloudExport Rules".

Vocabulary lives in ``rules/shapes.toml`` under ``[header]`` (``vocabulary.py``; a ``--rules``
file can add to it), in English, Vietnamese and Chinese. The shapes do most of the work.
"""

from __future__ import annotations

import re
from functools import cache

from normalize.letters import HAN, ICON_RANGES
from normalize.resources import alternation
from normalize.shapes import MONTH, ends_sentence
from normalize.vocabulary import SHIPPED, Vocabulary, Words

# Dates: year first or last, with dashes, slashes or dots; with a month's name; in Chinese; in
# Vietnamese ("12 tháng 3, 2026", "Ngày 12 tháng 3 năm 2026").
_DATE = (
    rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|{MONTH} \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}} {MONTH},? \d{{4}}|{MONTH} \d{{4}}|\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?"
    r"|(?:ngày )?(?:\d{1,2} )?tháng \d{1,2},? (?:năm )?\d{4}"
    # A day and a month with no year ("20 January", "Jan 20"), tried after the forms with one.
    rf"|\d{{1,2}} {MONTH}(?!\w)|{MONTH} \d{{1,2}}(?!\d)"
)
# A clock time, with a half of the day ("3:20 p.m.") and a zone ("ET", "GMT", "(GMT+7)").
_OFFSET = r"\s?\(?(?:gmt|utc)\s?[+-]\s?\d{1,2}\)?"
_ZONE = rf"{_OFFSET}|\s?(?-i:[A-Z]{{2,4}})(?!\w)"
_ZONE_T = rf"{_OFFSET}|\s?(?-i:[A-Z]{{0,3}}T)(?!\w)"
_TIME = (
    rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?[ap]\.?m\.?(?!\w))?(?:{_ZONE})?"
    # Written with a dot ("06.00 BST", "6.30pm"), a time needs its half of the day or a zone
    # that reads as one (ending in T: "BST", "CET", "ET"): "12.50" alone and "12.50 USD" are
    # amounts.
    rf"|\d{{1,2}}\.\d{{2}}(?:\s?[ap]\.?m\.?(?!\w)(?:{_ZONE})?|{_ZONE_T})"
)
_NUMBER = r"\d[\d.,]*\s?[kmb万千]?"
# A count written with its scale and nothing after it ("2.4K", "3.2万"): a view or share count.
_SCALED_COUNT = r"\d[\d.,]*(?:[km](?!\w)|[万千])"
# Icons stand between a header line's parts as separators do ("⏱ 3 phút đọc", "📅 12/03 👁 1.2K"),
# and so does a semicolon ("Reporting by Ana Ruiz; editing by Tom Hale").
_SEPARATORS = rf"[\s|·•/,;–—:：{ICON_RANGES}-]*"
_SEPARATOR_RUN = re.compile(_SEPARATORS)
# Up to four capitalised words (case matters even where the line's pattern ignores it), and a
# person's full name: two to four.
_CAPITAL_WORD = r"[A-ZÀ-Ỹ][\w'’.-]*"
_CAPITALISED = rf"(?-i:{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{0,3}})"
_FULL_NAME = rf"(?-i:{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{1,3}})"
# A name: capitalised words, or two to four Han characters.
_NAME = rf"{_CAPITALISED}|{HAN.pattern}{{2,4}}"
# A source: the same, or a Han name of up to eight characters ("新华网").
_SOURCE = rf"{_CAPITALISED}|{HAN.pattern}{{2,8}}"


def _attribution(h: dict[str, list[str]], named: bool) -> str:
    """A byline: a label and a name or full names joined ("By Maria Chen", "记者：王明", "By Ana
    Ruiz and Tom Hale"), or, where ``named``, a name, a comma or dash and a role of up to two more
    words ("Priya Nair, Staff Reporter") or a label, a full name, a comma and an organisation
    ("By Ana Ruiz, Associated Press"); and a source."""
    # A role is a label only before a colon ("Editor: Jane Doe"): "Photo Gallery" is a heading.
    bylines, roles = alternation(h["bylines"]), alternation(h["roles"])
    joins = alternation(h["name_joins"])
    # A Chinese role may be a compound of a known one ("责任编辑", "特约记者"); roles may be
    # plural and joined ("Text and photos: …").
    role = rf"(?:{roles})s?"
    role_label = rf"(?:{HAN.pattern}{{0,2}}){role}(?:(?:\s*,\s*|\s+(?:{joins})\s+){role})*\s*[:：]\s*"
    # Names joined are full names: "By Land and Sea" is a subtitle.
    joined = rf"{_FULL_NAME}(?:\s+(?:{joins})\s+{_FULL_NAME})+"
    byline = rf"(?:(?:{bylines})(?:\s*[:：]\s*|\s+)|{role_label})(?P<author>{joined}|{_NAME})"
    if named:
        # First (the first branch that matches is taken): a full name, a comma and the agency or
        # paper ("By Ana Ruiz, Associated Press"), or a credit's slash ("Photo: Ana Ruiz/Reuters");
        # a one-word name is no person's ("By Tuesday, Prices Had Doubled").
        label = rf"(?:{bylines})\s+|{role_label}"
        credited = rf"(?:{label})(?P<credited>{_FULL_NAME})(?:,\s*|\s?/\s?){_CAPITALISED}"
        # The role ends the byline: "Rome — Travel Writer Awards" goes on with a word.
        role_after = rf"(?:,\s*|\s+[-–—]\s+)(?:[^\W\d_]+ ){{0,2}}(?:{roles})(?!\w)(?!\s+[^\W\d_])"
        byline = rf"{credited}|{byline}|(?P<named>{_NAME}){role_after}"
    source = rf"(?:{alternation(h['sources'])})\s*[:：]\s*(?P<source_name>{_SOURCE})"
    return rf"(?P<byline>{byline})|(?P<source>{source})"


@cache
def _header_part(vocab: Vocabulary) -> re.Pattern[str]:
    h = vocab.table("header")
    # A count word, with a suffix for "amount" where it has one ("浏览量").
    counts = rf"(?:{alternation(h['counts'])})(?:{alternation(h['count_suffixes'])})?"
    units = alternation(h["relative_units"])
    # A time counted back from now: "2 hours ago", "3 giờ trước", "5分钟前".
    relative = rf"\d{{1,3}}\s?(?:{units})\s?(?:{alternation(h['ago'])})(?!\w)"
    # A reading time may be given roughly ("about 6 minutes", "khoảng 5 phút", "约3分钟").
    approximately = rf"(?:(?:{alternation(h['approximately'])})\s*)?"
    return re.compile(
        rf"(?P<date>{_DATE}|{relative})|(?P<time>{_TIME})"
        rf"|(?P<reading>{approximately}\d{{1,3}}[- ]?(?:{alternation(h['reading_time'])})"
        rf"|(?:{alternation(h['reading_labels'])})\s*[:：]?\s*{approximately}\d{{1,3}}\s?(?:{units})(?!\w)"
        # An audio player's label and its length ("Listen to this article · 4:12 min").
        rf"|(?:{alternation(h['listen_labels'])})\s*[:：·•|-]?\s*"
        rf"(?:\d{{1,2}}:\d{{2}}(?:\s?(?:{units}))?|\d{{1,3}}\s?(?:{units}))(?!\w))"
        rf"|(?P<count>{_NUMBER}\s?(?:{counts})|(?:{counts})\s*[:：]?\s*{_NUMBER})"
        rf"|(?P<scaled>{_SCALED_COUNT})"
        # A date's label, or a section's before its name ("Section: Business — 20 January").
        rf"|(?P<label>(?:{alternation([*h['date_labels'], *h['sections']])})(?![\w]))"
        rf"|{_attribution(h, named=False)}",
        re.IGNORECASE,
    )


@cache
def _attribution_part(vocab: Vocabulary) -> re.Pattern[str]:
    """The parts of a line of attribution alone. Only here may a byline be a name before its
    role: tried at every word of every header line, that form cost more than the rest."""
    return re.compile(_attribution(vocab.table("header"), named=True), re.IGNORECASE)


EVIDENCE = ("date", "time", "reading", "count", "scaled")
ATTRIBUTION = ("byline", "source")
_MOST_WORD_GROUPS = 5

# A word of another group: in brackets or not, with an abbreviation's dot or not ("Est.").
_ONE_WORD = re.compile(r"\(?[^\W\d_][\w'’+-]*\.?\)?")


@cache
def _attribution_words(vocab: Vocabulary) -> Words:
    h = vocab.table("header")
    return Words([*h["bylines"], *h["roles"], *h["sources"]])


def may_be_attribution(text: str, vocab: Vocabulary = SHIPPED) -> bool:
    """A screen: a line of attribution holds a byline, role or source word (most lines hold none,
    and a substring test says so before the line's parts are matched)."""
    return _attribution_words(vocab).may_be_in(text.lower())


def header_metadata(
    text: str, vocab: Vocabulary = SHIPPED, evidence: tuple[str, ...] = EVIDENCE
) -> dict[str, str] | None:
    """The parts of a header line made only of metadata (``date``, ``time``, ``reading``,
    ``count``, ``scaled``, ``byline``, ``source``, ``label``), or None.

    One of the ``evidence`` parts must be among them. Besides the parts named in
    ``shapes.toml``, a line may hold short groups of other words (a section name, a weekday, a
    label in other words: "Markets / March 12, 2026 / 12 comments"), one to three words each,
    parted by single spaces, no more of them than it has parts of evidence, and five at most.
    A part may start at any word ("Posted by Lukas Brandt on February 2, 2026": "on" is a group
    of one word). With ``evidence=ATTRIBUTION`` (a line of bylines and sources alone), each
    group is one word ("Written by …"): "By Land and Sea" is a subtitle.
    """
    text = text.strip()
    if not text or len(text) > 160 or ends_sentence(text):
        return None
    parts: dict[str, str] = {}
    found = others = 0
    run = 0  # words so far in the current group of other words
    attribution = evidence == ATTRIBUTION
    part = _attribution_part(vocab) if attribution else _header_part(vocab)
    group_words = 1 if attribution else 3
    separators = _SEPARATOR_RUN
    at = separators.match(text).end()  # type: ignore[union-attr]
    while at < len(text):
        m = part.match(text, at)
        if m is not None and m.end() > at:
            kind = m.lastgroup or ""
            # A byline or a source keeps its name, not its label ("By Maria Chen": Maria Chen).
            names = {"byline": ("author", "named", "credited"), "source": ("source_name",)}.get(kind, (kind,))
            value = next(v for v in (m.group(n) for n in names) if v)
            parts.setdefault(kind, value.strip())
            found += kind in evidence
            run = 0
        else:
            m = _ONE_WORD.match(text, at)
            if m is None:
                return None
            others += run == 0  # a word opens a group, or adds to the one before it
            if others > _MOST_WORD_GROUPS:
                return None  # more word groups than a line can hold evidence for: a sentence
            run += 1
        after = separators.match(text, m.end()).end()  # type: ignore[union-attr]
        if run and (text[m.end() : after] != " " or run == group_words):
            run = 0  # the group ends at a separator other than one space, or at its last word
        at = after
    return parts if found and others <= found else None


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


# Pairs in a row are parted by a spaced bar, dot or semicolon ("Words: Ana Ruiz | Pictures: Tom Hale").
_PAIR_SEPARATOR = re.compile(r"\s+[|·•;]\s+")


def key_value_row(text: str) -> list[tuple[str, str]] | None:
    """The pairs of a row of two "Label: Value" pairs or more, each as ``key_value`` reads it
    ("Words: Ana Ruiz | Pictures: Tom Hale"), or None."""
    parts = _PAIR_SEPARATOR.split(text.strip())
    if len(parts) < 2:
        return None
    pairs = [pair for part in parts if (pair := key_value(part)) is not None]
    return pairs if len(pairs) == len(parts) else None


# A section path: names joined by one separator, spaced ("Markets / Asia", "World › Asia") or,
# for the arrow-like ones, not ("World›Asia").
_PATH_SEPARATOR = re.compile(r"\s+[/|>·•›»]\s+|\s*[›»]\s*")
# One section name: up to three words, the first a capital, or up to six Han characters.
_PATH_NAME = re.compile(rf"(?-i:[A-ZÀ-Ỹ])[^\W\d_]*(?: [^\W\d_]+){{0,2}}|{HAN.pattern}{{1,6}}")


def section_path(text: str) -> list[str] | None:
    """The names of a path of sections ("Home › World › Asia", "Tin tức / Kinh tế"): two or
    more names joined by the same separator, each a name of up to three words, no digit and no
    sentence end. None for anything else."""
    text = text.strip()
    if len(text) > 120 or ends_sentence(text) or _PATH_SEPARATOR.search(text) is None:
        return None
    separators = {m.group(0).strip() for m in _PATH_SEPARATOR.finditer(text)}
    if len(separators) != 1:
        return None
    names = [n.strip() for n in _PATH_SEPARATOR.split(text)]
    if len(names) < 2 or not all(_PATH_NAME.fullmatch(n) for n in names):
        return None
    return names


# A word glued to the next one's capital ("SurgesCloud", "QuarterA desalination plant").
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z](?:[a-z]|\s))")
_PUNCTUATION = re.compile(r"[.!?,:;。！？，：]")


def camel_case_tags(text: str) -> list[str] | None:
    """The tags of a line of tags glued together ("ChipsCloudExport Rules"), or None."""
    text = text.strip()
    if len(text) > 200 or _PUNCTUATION.search(text) or len(text.split()) > 12:
        return None
    tags = [t.strip() for t in _GLUED.split(text) if t.strip()]
    return tags if len(tags) >= 3 else None
