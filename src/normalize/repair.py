"""Repair stage: layout whitespace, mojibake and entities (ftfy), invisible characters.

Each repair is an edit through the model's one writer, so it is recorded with its rule. Text
that is still broken after repair (U+FFFD runs, mojibake ftfy cannot undo) becomes a
``garbled`` finding with its span.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from normalize.config import Config
from normalize.model import Block, Document, Edit, Finding, apply_edits, replace_sep
from normalize.read import LAYOUT_SPACE

STAGE = "repair"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Characters with no visible form that break word matching; ZWJ/ZWNJ are left alone because
# emoji sequences and Persian text need them.
_INVISIBLE_CHARS = "\u200b\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")
_REPLACEMENT_RUN = re.compile("\ufffd+")


@cache
def _ftfy_config():  # type: ignore[no-untyped-def]
    import ftfy

    # As datatrove's formatter does: keep curly quotes and full-width forms; line breaks are
    # the reader's business, not ftfy's.
    return ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False)


@cache
def _ftfy_config_without_encoding():  # type: ignore[no-untyped-def]
    return _ftfy_config()._replace(fix_encoding=False)


# Every pattern of ftfy's badness check needs two adjacent non-ASCII characters, except three
# that need one: a C1 control, "Œ" or "œ", or "Â" or "Ã" before a space. Text with neither
# ("Zürich", "café", "Timothée") cannot match, and skips a search that costs about 250 ns a
# character. A property test holds this to ftfy's own pattern.
_MAY_BE_MOJIBAKE = re.compile("[\x80-\x9f\u0152\u0153\u00c2\u00c3]|[^\x00-\x7f]{2}")


def mojibake_match(text: str) -> re.Match[str] | None:
    """ftfy's badness match in ``text``: where it looks like mojibake."""
    if _MAY_BE_MOJIBAKE.search(text) is None:
        return None
    from ftfy.badness import BADNESS_RE

    return BADNESS_RE.search(text)


@cache
def _fixer_material() -> re.Pattern[str]:
    """What ftfy's fixers other than re-decoding act on, from ftfy's own tables: C1 controls,
    surrogates, control characters (terminal escapes among them), ligatures. Entities are
    looked for apart (``has_fixer_material``): a bare "&" ("R&D") gives them nothing to do."""
    from ftfy.chardata import CONTROL_CHARS, LIGATURES

    chars = "".join(re.escape(chr(c)) for c in sorted({*CONTROL_CHARS, *LIGATURES}))
    return re.compile(f"[\x1b\x80-\x9f\ud800-\udfff{chars}]")


def has_fixer_material(text: str) -> bool:
    """Whether any of ftfy's fixers other than re-decoding could change ``text``."""
    if _fixer_material().search(text) is not None:
        return True
    from ftfy.chardata import HTML_ENTITY_RE

    return "&" in text and HTML_ENTITY_RE.search(text) is not None


def run_ftfy(text: str) -> tuple[str, list[tuple[str, str]], bool]:
    """ftfy's fixed text and steps, and whether that text is known to hold no mojibake.

    Text without mojibake is what ftfy's re-decoding leaves alone. If it also holds nothing the
    other fixers act on and is already normalized, ftfy would return it as it is; otherwise
    those fixers run. Only when they change something, or the text looks like mojibake, does
    ftfy run in full, so the result is always ftfy's.
    """
    import ftfy

    if mojibake_match(text) is None:
        normalization = _ftfy_config().normalization
        if not has_fixer_material(text) and (
            normalization is None or unicodedata.is_normalized(normalization, text)
        ):
            return text, [], True
        fixed = ftfy.fix_and_explain(text, config=_ftfy_config_without_encoding())
        if fixed.text == text:
            return text, [], True
    fixed = ftfy.fix_and_explain(text, config=_ftfy_config())
    return fixed.text, list(fixed.explanation or []), False


# What ftfy can act on: Latin-1 and cp1252 characters (the raw material of mojibake), C0 and C1
# controls, decomposed accents, ligatures, surrogates. Curly quotes, dashes and CJK alone never
# need it, so clean text does not pay for importing ftfy.
_FTFY_SUSPECT_CHARS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u20ac\u2122\u0300-\u036f\ufb00-\ufb06\ud800-\udfff"
    "\u0132\u0133\u0149\u01c4-\u01cc\u01f1-\u01f3"  # Latin ligatures ftfy splits ("ŉ" is "'n")
)
_FTFY_SUSPECT = re.compile(f"[{_FTFY_SUSPECT_CHARS}]")


# Everything this stage acts on or reports, as one character class: invisible characters, ftfy's
# material, replacement characters and the "&" of an entity. Most blocks hold none of them and
# cost one search.
_REPAIR_GATE = re.compile(f"[&\ufffd{_INVISIBLE_CHARS}{_FTFY_SUSPECT_CHARS}]")
# The ASCII bytes outside the gate. In ASCII text (most blocks; ``str.isascii`` answers at once)
# the gate can only find "&" and control characters: deleting every other byte, in C, costs a
# fifth of the character-class search.
_ASCII_OUTSIDE_GATE = bytes(b for b in range(128) if not _REPAIR_GATE.match(chr(b)))


def may_need_repair(text: str) -> bool:
    """Whether ``text`` holds anything this stage acts on or reports (``_REPAIR_GATE``, or a run
    of mojibake material of any code page ftfy undoes)."""
    if text.isascii():
        return bool(text.encode().translate(None, _ASCII_OUTSIDE_GATE))
    return _REPAIR_GATE.search(text) is not None or _mojibake_run().search(text) is not None


# Mojibake is UTF-8 read in a single-byte code page, so it is a run of two or more characters of
# such a page: of any page ftfy can undo (its CHARMAP_ENCODINGS, here by Python's own tables, so
# that clean text need not import ftfy). CJK, Hangul, Kana or Vietnamese's own letters are in none
# of them; curly quotes and dashes are, but alone they are no run.
_FTFY_PAGES = (
    "latin-1",
    "cp1252",
    "cp1251",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "mac_roman",
    "cp437",
)


@cache
def _mojibake_run() -> re.Pattern[str]:
    chars = sorted({c for page in _FTFY_PAGES for c in bytes(range(0x80, 0x100)).decode(page, "ignore")})
    return re.compile(f"[{''.join(re.escape(c) for c in chars)}]{{2}}")


def may_need_ftfy(text: str) -> bool:
    """Cheap gate for ftfy: mojibake material of any code page ftfy undoes (cp1251's "вЂ“",
    MacRoman's "√≤", not only Latin-1's "Ã©"), ligatures, controls, decomposed accents or
    entities. ftfy's own badness check then decides (``run_ftfy``)."""
    if _FTFY_SUSPECT.search(text) is not None or ("&" in text and _ENTITY.search(text) is not None):
        return True
    return not text.isascii() and _mojibake_run().search(text) is not None


def minimal_edit(before: str, after: str, rule: str, reason: str) -> Edit | None:
    """One edit covering only the part of ``before`` that differs from ``after``."""
    if before == after:
        return None
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[len(before) - 1 - suffix] == after[len(after) - 1 - suffix]:
        suffix += 1
    return Edit(prefix, len(before) - suffix, after[prefix : len(after) - suffix], rule, reason)


def normalize_layout(doc: Document) -> None:
    """One newline between lines of a paragraph run, one blank line for any run of blank lines."""
    for block in doc.blocks:
        if block.index == 0:
            target = ""
        elif block.sep in ("\n", "\n\n"):  # the usual separators are already what they become
            target = block.sep
        else:
            target = "\n" if len(_LINE_BREAK.findall(block.sep)) <= 1 else "\n\n"
        replace_sep(doc, block, target, STAGE, "layout.separator", "blank-line runs and line-end whitespace")
        if "\n" in block.text or "\r" in block.text:
            fixed = strip_line_ends(_LINE_BREAK.sub("\n", block.text))
            edit = minimal_edit(block.text, fixed, "layout.line_ends", "line endings and line-end whitespace")
            if edit:
                apply_edits(doc, block, [edit], STAGE)


def strip_line_ends(text: str) -> str:
    """``text`` without whitespace at its line ends, newlines kept. Line by line with
    ``str.rstrip``: a multiline pattern for the same would try a match at every space."""
    return "\n".join(line.rstrip(LAYOUT_SPACE) for line in text.split("\n"))


def ftfy_rule(steps: list[tuple[str, str]]) -> str:
    """A stable rule id for what ftfy did: ``ftfy.mojibake`` for re-decoding, else the fixers."""
    if any(action in ("encode", "transcode") for action, _ in steps):
        return "ftfy.mojibake"
    applied = sorted({param for action, param in steps if action == "apply"})
    return "ftfy." + "+".join(applied) if applied else "ftfy.normalize"


def remove_invisible(doc: Document, block: Block) -> None:
    """Remove invisible formatting characters (``_INVISIBLE_CHARS``) from the block."""
    invisible = [
        Edit(m.start(), m.end(), "", "invisible.remove", "invisible formatting character")
        for m in _INVISIBLE.finditer(block.text)
    ]
    apply_edits(doc, block, invisible, STAGE)


def fix_block(doc: Document, block: Block) -> None:
    """ftfy and invisible-character removal on one block, recorded as changes."""
    if not may_need_repair(block.text):
        return
    no_mojibake = False
    if may_need_ftfy(block.text):
        # ftfy first: a soft hyphen (U+00AD) is the second byte of "í" and of many CJK
        # characters read as cp1252 ("MarÃ­a"), so removing invisible characters first would
        # destroy the mojibake ftfy can repair and leave a plausible wrong letter.
        fixed, steps, no_mojibake = run_ftfy(block.text)
        if fixed != block.text:
            rule = ftfy_rule(steps)
            reason = "ftfy: " + ", ".join(f"{action} {param}" for action, param in steps)
            edit = minimal_edit(block.text, fixed, rule, reason)
            if edit:
                apply_edits(doc, block, [edit], STAGE)
    # Also what ftfy's repair brought back: "â€‹" is a zero-width space read as cp1252.
    remove_invisible(doc, block)
    # Removing a character can leave whitespace at a line end, which the reader would strip on
    # the next pass: strip it now so cleaning stays idempotent.
    stripped = strip_line_ends(block.text)
    edit = minimal_edit(block.text, stripped, "layout.line_ends", "line-end whitespace")
    if edit:
        apply_edits(doc, block, [edit], STAGE)
    flag_garbled(doc, block, check_mojibake=not (no_mojibake and edit is None))


def fix_block_again(doc: Document, block: Block) -> None:
    """Repair a block that later stages rewrote, as cleaning the output will: ftfy judges a block
    as a whole, and mojibake beside a Chinese term that could not be re-encoded with it ("$1€†"
    beside "水分") can be once the term is English. Where ftfy now changes the block, its garbled
    findings are made anew, on the text they describe."""
    text = block.text
    if not (may_need_repair(text) and may_need_ftfy(text)) or run_ftfy(text)[0] == text:
        return  # what repair did stands, findings and all
    doc.findings = [f for f in doc.findings if not (f.kind == "garbled" and f.block == block.index)]
    fix_block(doc, block)


def flag_garbled(doc: Document, block: Block, check_mojibake: bool = True) -> None:
    """Report what repair could not fix: replacement-character runs and leftover mojibake."""
    for m in _REPLACEMENT_RUN.finditer(block.text):
        doc.add_finding(
            Finding(
                "garbled",
                block.index,
                m.start(),
                m.end(),
                f"{m.end() - m.start()} replacement character(s): the original text is lost",
                {"cause": "replacement_characters"},
            )
        )
    # ftfy's badness patterns all involve Latin-1, cp1252 or combining characters, which the
    # cheap suspect check finds; text without them (plain English, CJK) skips the big regex.
    if check_mojibake and not block.text.isascii() and may_need_ftfy(block.text):
        m = mojibake_match(block.text)
        if m and "\ufffd" not in m.group(0):
            doc.add_finding(
                Finding(
                    "garbled",
                    block.index,
                    m.start(),
                    m.end(),
                    f"mojibake that could not be repaired: {m.group(0)!r}",
                    {"cause": "mojibake"},
                )
            )


# Markup a page escaped twice, so that it shows as text: '<a href="…">www.example.com</a>' in a
# paragraph. Only inline tags in matched pairs (or a lone <br>) are taken for markup; an article
# about HTML writes its examples in code blocks, which repair leaves alone.
_ESCAPED_MARKUP = re.compile(
    r"<(a|b|i|em|strong|span|u|font|small)(?:\s[^<>]{0,300})?>([^<>]{0,300})</\1>|<br\s*/?>", re.I
)


def unescape_markup(doc: Document, block: Block) -> None:
    """Take twice-escaped inline markup out of a page's text, keeping the words it wraps."""
    if "<" not in block.text:
        return
    edits = [
        Edit(m.start(), m.end(), m.group(2) if m.group(1) else " ", "markup.escaped", "markup shown as text")
        for m in _ESCAPED_MARKUP.finditer(block.text)
    ]
    apply_edits(doc, block, edits, STAGE)


def run(doc: Document, config: Config) -> None:
    """Repair stage entry point."""
    normalize_layout(doc)
    for block in doc.blocks:
        if block.kind != "code":
            fix_block(doc, block)
            if doc.format == "html":
                unescape_markup(doc, block)
