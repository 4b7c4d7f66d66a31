"""Site notices about the page's translation or display language, and language switchers, by
the words they hold (``[notice]`` in ``rules/shapes.toml``): the clean stage reads them in the
header region (``furniture.header_line``).

- A notice: a short line with a translation phrase ("This article was machine translated"), or
  a language's name, a word of translation or version and a word for the page or for how the
  version was made ("The article body is shown in English by default; the full version…"), or
  a machine in place of the language ("The content of this page was translated automatically").
- A switcher: two languages' names or codes or more joined by separators ("EN | VI | 中文").
"""

from __future__ import annotations

import re
from functools import cache

from normalize.letters import ICON_RANGES
from normalize.shapes import listed_names
from normalize.vocabulary import SHIPPED, LineWords, Vocabulary, Words

# A participle and a machine as its maker ("produced automatically", "written by AI").
_MADE_BY_MACHINE = re.compile(
    r"\b[a-z]+(?:ed|en|wn) (?:automatically|by (?:a )?machine|by ai)\b|\bautomatically [a-z]+ed\b"
)


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
    machine needs no page: "English translation by machine"; with no word of a version, a
    language's name, the page itself and a machine as its maker in the passive or a second
    language's name: "The English text below was produced automatically", "This is an
    AI-assisted English rendering of a Vietnamese report"), or None."""
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
    if len(text.split()) > 30:
        return None
    language, machine = languages.in_line(line), _machine_words(vocab).in_line(line)
    if not versions.in_line(line):
        # Or no word of a version, but the page itself ("the English text below", "this is")
        # made by a machine in the passive ("… was produced automatically"), or a machine and two
        # languages, the text's and its source's ("This is an AI-assisted English rendering of a
        # Vietnamese report"; "Vietnamese AI start-up hires English teachers" names no page).
        made_by_machine = _MADE_BY_MACHINE.search(line.lowered) is not None
        two_languages = machine and languages.count_in(line) >= 2
        itself = language and page.in_line(line)
        return "machine_translation" if itself and (made_by_machine or two_languages) else None
    if not (page.in_line(line) or made.in_line(line)):
        # A language's name and a machine say whose version it is: "English translation by machine".
        return "machine_translation" if language and machine else None
    if language:
        return "notice_concepts"
    return "machine_translation" if machine else None


# The icons about a control ("🌐 EN / VI"), and a menu's mark after the language it shows
# ("English (US) ▾"), with the region in brackets.
_ICONS = re.compile(rf"[{ICON_RANGES}]+")
_MENU = re.compile(r"(?P<name>[^\W\d_][^()▾▼⌄⏷]*?)\s*(?:\([^()]{1,20}\))?\s*[▾▼⌄⏷]")


def language_switcher(text: str, vocab: Vocabulary = SHIPPED) -> bool:
    """A control that changes the page's language: two languages' names or codes or more (the
    ``languages``, ``endonyms`` and ``codes`` lists of ``[notice]``) joined by separators, after
    a label of up to five words or none ("Switch language: English | Tiếng Việt | 中文", "EN |
    VI"); beside two known names, a name no list has may be listed ("English | Svenska |
    Tiếng Việt"). Or a menu: one language's name and the menu's mark ("English (US) ▾")."""
    text = text.strip()
    if len(text) > 120:
        return False
    menu = _MENU.fullmatch(text)
    if menu is not None:
        return menu.group("name").strip().lower() in _language_names(vocab)
    return listed_names(_ICONS.sub(" ", text).strip(), _language_names(vocab), 5)


@cache
def _language_names(vocab: Vocabulary) -> frozenset[str]:
    n = vocab.table("notice")
    return frozenset(w.strip().lower() for w in (*n["languages"], *n["endonyms"], *n["codes"]))
