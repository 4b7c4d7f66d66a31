"""Site furniture recognised by its shape, for the clean stage (header lines by their
composition are in ``headerlines.py``, notices about translation in ``notices.py``).

- **Inline lines**: a further-reading label, a dash or colon, a title ("Read more: …"); a line
  that only points onward ("Scroll down for the full report").
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

from normalize.letters import HAN
from normalize.resources import alternation, script_table
from normalize.vocabulary import SHIPPED, LineWords, Vocabulary, Words

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Two words glued where a lower-case letter meets the next one's capital ("SurgesCloud"),
# counted by the letter before them: no look-behind tried at every place.
_GLUED_AT = re.compile(r"[a-z](?=[A-Z](?:[a-z]|\s))")


_LIST_SEPARATOR = re.compile(r"\s*[|·•/,]\s*")
_SHORT_LABEL = re.compile(r"^[^:：]{1,40}[:：]\s*")
# A name no list has, beside two that the lists know: one or two words.
_OTHER_NAME = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def listed_names(text: str, known: frozenset[str], most_label_words: int, label_needed: bool = False) -> bool:
    """A list of names parted by separators, after a label of up to ``most_label_words`` words
    (or none, unless ``label_needed``): two names of ``known`` or more, and at most one name no
    list has ("English | Svenska | Tiếng Việt"; "Share: Email · WhatsApp · Messenger")."""
    if _LIST_SEPARATOR.search(text) is None:
        return False
    label = _SHORT_LABEL.match(text)
    if label is None and label_needed:
        return False
    if label is not None and len(label.group(0).split()) > most_label_words:
        return False
    names = [n.strip().lower() for n in _LIST_SEPARATOR.split(text[label.end() if label else 0 :])]
    count = sum(n in known for n in names)
    return count >= max(2, len(names) - 1) and all(n in known or _OTHER_NAME.fullmatch(n) for n in names)


@cache
def _pointer_words(vocab: Vocabulary) -> tuple[Words, ...]:
    """A pointer line's words: where it points (a direction, or what the text continues past),
    moving on, the page."""
    p = vocab.table("pointer")
    where = Words([*p["directions"], *p["interruptions"]])
    return where, Words(p["moves"]), Words(p["page"]), Words(p["interruptions"])


def _has_direction(lowered: str, vocab: Vocabulary) -> bool:
    """A direction word (or an interruption) in the lower-cased line, whole or not (substring
    tests: no split)."""
    return _pointer_words(vocab)[0].may_be_in(lowered)


def _opens_with_call(lowered: str, vocab: Vocabulary) -> bool:
    """The lower-cased line opens with one of the ``openings`` of ``[prompt]``."""
    return lowered.lstrip().startswith(_prompt_words(vocab)[0])


def may_point_or_call(text: str, vocab: Vocabulary = SHIPPED) -> bool:
    """A screen for ``pointer_line`` and ``call_to_act``, cheap enough for every short block:
    100 characters or fewer, lower-cased once, holding a direction word or opening with a
    call."""
    if len(text) > 100:
        return False
    lowered = text.lower()
    return _has_direction(lowered, vocab) or _opens_with_call(lowered, vocab)


def pointer_line(text: str, vocab: Vocabulary = SHIPPED) -> bool:
    """A line that only points onward to the rest of the page ("Scroll down for the full
    report", "The story continues after the advertisement"): ten words or fewer, holding a word
    for a direction or for what the text continues past, one for moving on and one for the page
    or its text (``[pointer]`` in ``shapes.toml``). "Prices continue to go down" names no
    page. In a line that is no sentence, what the text continues past stands for the page
    ("Advertisement - Scroll to continue")."""
    text = text.strip()
    if len(text) > 100 or len(text.split()) > 10:
        return False
    where, moves, page, interruptions = _pointer_words(vocab)
    if not _has_direction(text.lower(), vocab):  # most short lines stop here, unsplit
        return False
    line = LineWords(text)
    if not (where.in_line(line) and moves.in_line(line)):
        return False
    # "Sales continued down after the advertisement." is a sentence of the article.
    return page.in_line(line) or (interruptions.in_line(line) and not ends_sentence(text))


# A teaser's label and title are parted by a colon, any dash, a bar or an arrow (">>" too).
_MARKS = ":：»›|–—→"
TEASER_SEPARATOR = rf"(?:[{_MARKS}-]|>{{1,2}})"
# The characters a separator is made of, for a screen: one character class is searched several
# times faster than the separator's alternation.
TEASER_MARKS = re.compile(rf"[{_MARKS}>-]")


@cache
def _inline_teaser(vocab: Vocabulary) -> re.Pattern[str]:
    labels = alternation(vocab.table("teaser")["labels"])
    return re.compile(rf"^(?:{labels})\s*{TEASER_SEPARATOR}\s*\S.{{0,160}}$", re.IGNORECASE)


# "<label> <separator> <title>": a label of up to three words, five in Vietnamese, where a word
# is written as several syllables parted by spaces ("Tin cùng chủ đề", news on the same topic), or
# six Han characters.
_LABEL_WORDS, _LABEL_SYLLABLES = 3, 5
_LABELLED = re.compile(
    rf"^(?P<label>[^\W\d_][\w'’]*(?: [\w'’]+){{0,{_LABEL_SYLLABLES - 1}}}|{HAN.pattern}{{1,6}})"
    rf"\s*{TEASER_SEPARATOR}\s*(?P<title>\S.{{7,160}})$"
)


# A label set in capitals: one word of Latin capitals, two letters or more.
# A label in capitals: one word, or up to three with a word of four letters or more among them
# ("MORE FROM US:"); "MSM MIA:" is a pair of acronyms, names.
_CAPS_LABEL = re.compile(r"[A-Z][A-Z'’]+|(?=.*[A-Z'’]{4})[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){1,2}")


@cache
def _label_words(vocab: Vocabulary) -> Words:
    return Words(vocab.table("teaser")["label_words"])


def inline_teaser(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """Which signal makes a line a link to another article (a label, any dash or colon, a
    title): ``teaser_label`` (one of the ``labels`` phrases), ``teaser_label_word`` (a label of
    up to three words, or five Vietnamese syllables, holding one of the ``label_words``, a title
    in title case), ``teaser_caps_label`` (one to three words in capitals, whatever they say, a
    colon, and a title in title case, not in capitals: "MORE: …", "VIDEO: …", "MORE FROM US:
    …"), or None. A dash after words in capitals is the article's more often than not: a
    kicker over a subtitle ("MIGRATION – Probleme …"), an entry of a list ("DIE SHOW – Early
    Night"), a dateline ("NEW YORK — Stocks fell"); and a word in capitals heads lists of
    prizes or names ("GOLD: Best Campaign"), so ``furniture.inline_teasers`` takes this signal
    only where a document has few such lines."""
    text = text.strip()
    if _inline_teaser(vocab).match(text) is not None:
        return "teaser_label"
    m = _LABELLED.match(text)
    if m is None or not title_cased(m.group("title")):
        return None
    label = m.group("label")
    if label.count(" ") >= _LABEL_WORDS and script_table().vietnamese.search(label) is None:
        return None
    if _label_words(vocab).in_line(LineWords(label)):
        return "teaser_label_word"
    if not _CAPS_LABEL.fullmatch(label) or m.group("title").isupper():
        return None
    between = text[m.end("label") : m.start("title")]
    return "teaser_caps_label" if ":" in between else None


@cache
def _prompt_words(vocab: Vocabulary) -> tuple[tuple[str, ...], Words]:
    p = vocab.table("prompt")
    return tuple(w.lower() for w in p["openings"]), Words(p["actions"])


def call_to_act(text: str, vocab: Vocabulary = SHIPPED) -> bool:
    """A prompt to subscribe or sign up: ten words or fewer, opening with one of the
    ``openings`` of ``[prompt]`` ("Click here", "Subscribe") and holding one of its
    ``actions``. "How to subscribe to the service" does not open with one."""
    text = text.strip()
    if len(text) > 100 or len(text.split()) > 10 or not _opens_with_call(text.lower(), vocab):
        return False
    return _prompt_words(vocab)[1].in_line(LineWords(text))


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
    rf"(?:(?:{MONTH}|tháng \d{{1,2}}|\d{{1,2}}月)\s?|[^\d\n:：$€£¥%]{{2,80}}?)\s?\d{{1,12}}"
    r"\s?(?-i:[^\W\d_][^\W\d_A-Z]{0,19}(?: [^\W\d_][^\W\d_A-Z]{0,19}){0,2})",  # a capital: the next item
    re.IGNORECASE,
)
_COMMENT_COUNTER = re.compile(r"^\W{0,3}[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[(（\[]\s*\d{1,7}\s*[)）\]]$")
_FEEDBACK = re.compile(r"[?？]\s*(?:(?:yes|no)\s*[|/·]?\s*){2,}$", re.IGNORECASE)
# A copyright mark and a year, after up to three words ("All content © 2026 …", "Copyright 2026 …").
_COPYRIGHT = re.compile(r"(?:[^\W\d_]+ ){0,3}(?:©|\(c\)|copyright)\s*(?:19|20)\d\d(?!\d)")
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


@cache
def _network_names(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.table("share")["networks"])


@cache
def _action_row(vocab: Vocabulary) -> re.Pattern[str]:
    share = vocab.table("share")
    items = alternation([*share["networks"], *share["actions"]])
    return re.compile(rf"^(?:{items})(?:\s*[|·•/,]\s*(?:{items})){{2,}}$", re.IGNORECASE)


def widget_line(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """Which widget a one-line block is, by shape: ``comment_counter``, ``copyright``,
    ``feedback``, ``share_row`` (two network names or more after a label of any wording, one
    name no list has among them, or three network names or page actions with no label: "Tweet
    | Share | Email") or ``label_list``."""
    text = text.strip()
    if len(text) > 200:
        return None
    # Each shape has a mark a cheap test finds first: a closing bracket, "©", "?", a colon.
    if text.endswith((")", "）", "]")) and _COMMENT_COUNTER.match(text):
        return "comment_counter"
    lowered = text.lower()
    if lowered.startswith(("©", "(c)")) or "all rights reserved" in lowered or _COPYRIGHT.match(lowered):
        return "copyright"
    if ("?" in text or "？" in text) and _FEEDBACK.search(text):
        return "feedback"
    if len(text) <= 80 and _action_row(vocab).match(text):
        return "share_row"
    if ":" in text or "：" in text:
        if _share_row(vocab).match(text) or listed_names(text, _network_names(vocab), 6, label_needed=True):
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
