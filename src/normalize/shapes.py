"""Site furniture recognised by its shape, for the clean stage (header lines by their
composition are in ``headerlines.py``).

- **Notices**: a short line about the page's translation or display language, and a language
  switcher ("English | Tiếng Việt | 中文").
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


@cache
def _translation_phrases(vocab: Vocabulary) -> Words:
    return Words(vocab.table("notice")["translation"])


@cache
def _notice_concepts(vocab: Vocabulary) -> tuple[Words, ...]:
    n = vocab.table("notice")
    return tuple(Words(n[k]) for k in ("languages", "versions", "page", "made"))


@cache
def _machine_words(vocab: Vocabulary) -> Words:
    return Words(vocab.table("notice")["machine"])


def translation_notice(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """Which signal makes a short line a notice about the page's translation or display
    language: ``translation_words`` (a phrase of the ``translation`` list: "This article was
    machine translated"), ``notice_concepts`` (in 30 words or fewer, a language's name, a word
    of translation or version, and a word for the page or its reader or for how the version was
    made: "The article body is shown in English by default; the full version…", "Machine-generated
    English version"), ``machine_translation`` (the same, with a word for a machine in place of
    the language: "The content of this page was translated automatically"; "Google's AI
    translation now covers 200 languages" names no page; with a language's name a word for a
    machine needs no page: "English translation by machine"), or None."""
    text = text.strip()
    if len(text) > 240:
        return None
    # Each signal needs a translation phrase, a language's name or a word of translation in
    # the line: most lines have none, and substring tests find that out before the line is
    # split into words.
    lowered = text.lower()
    phrases, (languages, versions, page, made) = _translation_phrases(vocab), _notice_concepts(vocab)
    if not (phrases.may_be_in(lowered) or languages.may_be_in(lowered) or versions.may_be_in(lowered)):
        return None
    line = LineWords(text)
    if phrases.in_line(line):
        return "translation_words"
    if len(text.split()) > 30 or not versions.in_line(line):
        return None
    language, machine = languages.in_line(line), _machine_words(vocab).in_line(line)
    if not (page.in_line(line) or made.in_line(line)):
        # A language's name and a machine say whose version it is: "English translation by machine".
        return "machine_translation" if language and machine else None
    if language:
        return "notice_concepts"
    return "machine_translation" if machine else None


_LIST_SEPARATOR = re.compile(r"\s*[|·•/,]\s*")
_SHORT_LABEL = re.compile(r"^[^:：]{1,40}[:：]\s*")


# A name no list has, beside two that the lists know: one or two words.
_OTHER_NAME = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def language_switcher(text: str, vocab: Vocabulary = SHIPPED) -> bool:
    """A control that changes the page's language: two languages' names or codes or more (the
    ``languages``, ``endonyms`` and ``codes`` lists of ``[notice]``) joined by separators, after
    a label of up to five words or none ("Switch language: English | Tiếng Việt | 中文", "EN |
    VI"); beside two known names, a name no list has may be listed ("English | Svenska |
    Tiếng Việt")."""
    text = text.strip()
    if len(text) > 120 or _LIST_SEPARATOR.search(text) is None:
        return False
    label = _SHORT_LABEL.match(text)
    if label is not None and len(label.group(0).split()) > 5:
        return False
    names = [n.strip().lower() for n in _LIST_SEPARATOR.split(text[label.end() if label else 0 :])]
    known = _language_names(vocab)
    count = sum(n in known for n in names)
    return count >= 2 and all(n in known or _OTHER_NAME.fullmatch(n) for n in names)


@cache
def _language_names(vocab: Vocabulary) -> frozenset[str]:
    n = vocab.table("notice")
    return frozenset(w.strip().lower() for w in (*n["languages"], *n["endonyms"], *n["codes"]))


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
_CAPS_LABEL = re.compile(r"[A-Z][A-Z'’]+")


@cache
def _label_words(vocab: Vocabulary) -> Words:
    return Words(vocab.table("teaser")["label_words"])


def inline_teaser(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """Which signal makes a line a link to another article (a label, any dash or colon, a
    title): ``teaser_label`` (one of the ``labels`` phrases), ``teaser_label_word`` (a label of
    up to three words, or five Vietnamese syllables, holding one of the ``label_words``, a title
    in title case),
    ``teaser_caps_label`` (one word in capitals, whatever it says, a colon, and a title in
    title case, not in capitals: "MORE: …", "VIDEO: …"), or None. A dash after words in
    capitals is the article's more often than not: a kicker over a subtitle ("MIGRATION –
    Probleme …"), an entry of a list ("DIE SHOW – Early Night"), a dateline ("NEW YORK —
    Stocks fell"); and a word in capitals heads lists of prizes or names ("GOLD: Best
    Campaign"), so ``furniture.inline_teasers`` takes this signal only where a document has
    few such lines."""
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
def _action_row(vocab: Vocabulary) -> re.Pattern[str]:
    share = vocab.table("share")
    items = alternation([*share["networks"], *share["actions"]])
    return re.compile(rf"^(?:{items})(?:\s*[|·•/,]\s*(?:{items})){{2,}}$", re.IGNORECASE)


def widget_line(text: str, vocab: Vocabulary = SHIPPED) -> str | None:
    """Which widget a one-line block is, by shape: ``comment_counter``, ``copyright``,
    ``feedback``, ``share_row`` (two network names or more after a label of any wording, or
    three network names or page actions with no label: "Tweet | Share | Email") or
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
    if len(text) <= 80 and _action_row(vocab).match(text):
        return "share_row"
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
