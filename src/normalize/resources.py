"""Cached, validated loaders for the data files: rules, word lists, script tables.

Everything here is read once per process (``functools.cache``) and validated when loaded, with
the file (and rule or line) named in the error, so a broken data file fails loudly at start.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from normalize.errors import RulesError
from normalize.firstchars import FirstCharacterIndex

if TYPE_CHECKING:
    from normalize.vocabulary import Vocabulary


def _package_text(name: str) -> tuple[str, str]:
    """Read a file shipped in ``normalize/rules``; returns (label for errors, text)."""
    # The package is always installed as files (wheel or editable), so a path beside this module
    # is enough; importlib.resources would cost a noticeable share of the start-up time.
    return f"normalize/rules/{name}", (Path(__file__).parent / "rules" / name).read_text(encoding="utf-8")


def _compile(pattern: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise RulesError(f"{where}: bad regular expression: {exc}") from exc


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _by_first_character(words: list[str] | set[str], spell: Callable[[str], str]) -> dict[str, list[str]]:
    """``words`` longest first, grouped by their first character; each word's rest as ``spell``
    writes it, under its first character as ``spell`` writes that. Words with different first
    characters never match at the same place, so grouping keeps the longest-first order that
    matters."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(spell(w[0]), []).append(spell(w[1:]))
    return groups


def bounded_alternation(words: list[str] | set[str]) -> str:
    """``\\b(?:alternation(words))\\b``, written so that the regex engine scans for the words'
    first letters instead of trying every alternative at every word start: the words are grouped
    by first letter, and the boundary before that letter is a look-behind after it (before a
    word character, a boundary is "no word character before"). Words that do not all start
    with a word character get the plain form."""
    if not all(re.match(r"\w", w) for w in words):
        return r"\b(?:" + alternation(words) + r")\b"
    groups = _by_first_character(words, re.escape)
    alternatives = [f"{first}(?<!\\w{first})(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "(?:" + "|".join(alternatives) + r")\b"


# The non-ASCII letters Python's re folds onto ASCII ones when it ignores case (for "i", "k" and
# "s"; a search of all of Unicode finds no others).
FOLDED_ONTO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDED = re.compile(f"[{FOLDED_ONTO_ASCII}]")


@cache
def case_forms(char: str) -> str:
    """The characters an ignore-case match of ``char`` accepts, in code point order."""
    if char.lower() == char.upper():
        return char
    candidates: Iterable[str] = (
        (char.lower(), char.upper(), *FOLDED_ONTO_ASCII)
        if char.isascii()
        else (chr(n) for n in range(0x110000) if not 0xD800 <= n < 0xE000)  # no shipped word needs this
    )
    one = re.compile(re.escape(char), re.IGNORECASE)
    return "".join(sorted({c for c in candidates if one.fullmatch(c)}))


def may_hold_ignoring_case(text: str, lowered_ascii: str) -> bool:
    """Whether an ignore-case pattern could find ``lowered_ascii`` in ``text``: a cheap screen.
    A text with a letter that only the regex engine folds onto ASCII always passes."""
    return lowered_ascii in text.lower() or _FOLDED.search(text) is not None


def _caseless_char(char: str) -> str:
    forms = case_forms(char)
    return re.escape(forms) if len(forms) == 1 else "[" + re.escape(forms) + "]"


def caseless_alternation(words: list[str] | set[str]) -> str:
    """``(?i:alternation(words))``, written with a class of case forms for each ASCII letter
    instead of the flag, and the words grouped by their first letter. It matches the same text
    (words with different first letters never match at the same place, and each group keeps
    the longest first). The regex engine skips an alternative whose first class misses at
    once, where it must enter every ignore-case alternative to fail it: the amount patterns
    try some thirty currency and scale words after every figure."""
    groups = _by_first_character(words, lambda text: "".join(map(_caseless_char, text)))
    return "|".join(
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    )


def _parse_toml(label: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{label}: {exc}") from exc


@cache
def package_toml(name: str) -> dict[str, Any]:
    """A TOML data file shipped in ``normalize/rules``, parsed once."""
    return _parse_toml(*_package_text(name))


# --- boilerplate rules ------------------------------------------------------------------------


@dataclass(frozen=True)
class LineRule:
    id: str
    pattern: re.Pattern[str]
    reason: str
    quoted_titles: bool = False  # keep English titles quoted in the line before it goes


@dataclass(frozen=True)
class MetadataRule:
    id: str
    pattern: re.Pattern[str]
    reason: str
    requires: str = ""  # lowered ASCII text a block must hold, in any case, for the pattern to be tried


@dataclass(frozen=True)
class SectionRule:
    id: str
    heading: re.Pattern[str]
    item: re.Pattern[str] | None
    max_blocks: int
    tags: bool
    reason: str


@dataclass(frozen=True)
class Boilerplate:
    lines: tuple[LineRule, ...]
    metadata: tuple[MetadataRule, ...]
    sections: tuple[SectionRule, ...]
    shape_words: tuple[dict[str, dict[str, list[str]]], ...] = ()  # each file's [shapes], checked

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The furniture shapes' word lists (``vocabulary.Vocabulary``) with the rules files'
        ``[shapes]`` additions."""
        from normalize.vocabulary import with_additions

        return with_additions(list(self.shape_words))

    @cached_property
    def line_index(self) -> FirstCharacterIndex:
        """The line rules looked up by a block's first character: every block of every
        document is screened with it."""
        return FirstCharacterIndex([r.pattern for r in self.lines])

    @cached_property
    def heading_index(self) -> FirstCharacterIndex:
        """The section rules' headings looked up by a heading's first character."""
        return FirstCharacterIndex([r.heading for r in self.sections])


def _rule_fields(entry: dict[str, Any], where: str, required: tuple[str, ...]) -> None:
    missing = [k for k in required if not isinstance(entry.get(k), str) or not entry.get(k)]
    if missing:
        raise RulesError(f"{where}: missing or empty field(s): {', '.join(missing)}")


def parse_boilerplate(label: str, text: str) -> Boilerplate:
    """Parse and validate one boilerplate TOML file."""
    data = _parse_toml(label, text)
    unknown = set(data) - {"line", "metadata", "section", "shapes"}
    if unknown:
        raise RulesError(f"{label}: unknown table(s): {', '.join(sorted(unknown))}")
    shape_words: tuple[dict[str, dict[str, list[str]]], ...] = ()
    if "shapes" in data:
        from normalize.vocabulary import check_additions

        shape_words = (check_additions(label, data["shapes"]),)
    lines, metas, sections = [], [], []
    for i, entry in enumerate(data.get("line", []), 1):
        where = f"{label}: [[line]] #{i} {entry.get('id', '?')!r}"
        _rule_fields(entry, where, ("id", "pattern", "reason"))
        rule = LineRule(entry["id"], _compile(entry["pattern"], where), entry["reason"])
        lines.append(dataclasses.replace(rule, quoted_titles=bool(entry.get("quoted_titles", False))))
    for i, entry in enumerate(data.get("metadata", []), 1):
        where = f"{label}: [[metadata]] #{i} {entry.get('id', '?')!r}"
        _rule_fields(entry, where, ("id", "pattern", "reason"))
        pattern = _compile(entry["pattern"], where)
        if not set(pattern.groupindex) & {"date", "tags"}:
            raise RulesError(f"{where}: pattern needs a named group 'date' or 'tags'")
        requires = entry.get("requires", "")
        if not isinstance(requires, str) or not requires.isascii():
            raise RulesError(f"{where}: requires must be ASCII text")
        metas.append(MetadataRule(entry["id"], pattern, entry["reason"], requires.lower()))
    for i, entry in enumerate(data.get("section", []), 1):
        where = f"{label}: [[section]] #{i} {entry.get('id', '?')!r}"
        _rule_fields(entry, where, ("id", "heading", "reason"))
        item = _compile(entry["item"], where) if entry.get("item") else None
        if entry.get("tags") and (item is None or "tag" not in item.groupindex):
            raise RulesError(f"{where}: tags = true needs an item pattern with a 'tag' group")
        max_blocks = entry.get("max_blocks", 20)
        if not isinstance(max_blocks, int) or max_blocks < 0:
            raise RulesError(f"{where}: max_blocks must be a whole number >= 0")
        sections.append(
            SectionRule(
                id=entry["id"],
                heading=_compile(entry["heading"], where),
                item=item,
                max_blocks=max_blocks,
                tags=bool(entry.get("tags", False)),
                reason=entry["reason"],
            )
        )
    return Boilerplate(tuple(lines), tuple(metas), tuple(sections), shape_words)


@cache
def boilerplate_rules(extra: tuple[Path, ...] = ()) -> Boilerplate:
    """The shipped boilerplate rules plus any user files, in that order."""
    parts = [parse_boilerplate(*_package_text("boilerplate.toml"))]
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise RulesError(f"{path}: cannot read rules file: {exc.strerror}") from exc
        parts.append(parse_boilerplate(str(path), text))
    return Boilerplate(
        lines=tuple(r for p in parts for r in p.lines),
        metadata=tuple(r for p in parts for r in p.metadata),
        sections=tuple(r for p in parts for r in p.sections),
        shape_words=tuple(w for p in parts for w in p.shape_words),
    )


# --- language evidence ------------------------------------------------------------------------


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Function words per language, from ``rules/function_words.tsv``."""
    label, text = _package_text("function_words.tsv")
    words: dict[str, frozenset[str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        lang, sep, rest = line.partition("\t")
        if not sep or not rest.strip():
            raise RulesError(f"{label}:{lineno}: expected 'language<TAB>words'")
        words[lang.strip()] = frozenset(rest.split())
    if "en" not in words:
        raise RulesError(f"{label}: no English ('en') line")
    return words


@cache
def loanwords() -> tuple[str, ...]:
    """Foreign words and phrases English uses as its own, from ``rules/loanwords.txt``."""
    _label, text = _package_text("loanwords.txt")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def loanword_pattern() -> re.Pattern[str]:
    """Any loanword, in any case, as a whole word or phrase."""
    return re.compile(rf"(?<!\w)(?:{alternation(list(loanwords()))})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class ScriptTable:
    """Character classes for script profiles."""

    scripts: dict[str, tuple[str, re.Pattern[str]]]  # name -> (lang, char class regex)
    vietnamese: re.Pattern[str]  # letters only Vietnamese uses
    ukrainian: frozenset[str]
    foreign_class: str  # one character class source covering every non-Latin script


@cache
def script_table() -> ScriptTable:
    label, text = _package_text("scripts.toml")
    data = _parse_toml(label, text)
    scripts: dict[str, tuple[str, re.Pattern[str]]] = {}
    all_ranges: list[str] = []
    for name, entry in data.get("scripts", {}).items():
        ranges = entry.get("ranges")
        if not isinstance(entry.get("lang"), str) or not ranges:
            raise RulesError(f"{label}: [scripts.{name}] needs 'lang' and 'ranges'")
        cls = "[" + "".join(ranges) + "]"
        # No ignore-case: the ranges hold both cases, and case folding would let "µ" (micro) count
        # as Greek (it also makes compiling the CJK classes slow).
        scripts[name] = (entry["lang"], _compile(cls, f"{label}: [scripts.{name}]", flags=0))
        all_ranges.extend(ranges)
    vi = data.get("vietnamese", {})
    vi_cls = "[" + re.escape(vi.get("letters", "")) + "".join(vi.get("ranges", [])) + "]"
    return ScriptTable(
        scripts=scripts,
        vietnamese=re.compile(vi_cls),
        ukrainian=frozenset(vi.get("ukrainian", "")),
        foreign_class="[" + "".join(all_ranges) + "]",
    )


@cache
def metric_terms() -> dict[str, Any]:
    """Metric keywords and money words for the units stage, from ``rules/units.toml``."""
    label, text = _package_text("units.toml")
    data = _parse_toml(label, text)
    metrics = data.get("metrics")
    if not isinstance(metrics, dict) or not metrics:
        raise RulesError(f"{label}: needs a [metrics] table")
    for key, entry in metrics.items():
        if not isinstance(entry.get("terms"), list) or not entry["terms"]:
            raise RulesError(f"{label}: [metrics.{key}] needs a non-empty 'terms' list")
    for table in ("currency_symbols", "currency_words"):
        # The amount scan reads a figure's currency back from its digits (amounts.english).
        bad = [w for w in data.get(table, {}) if not w or w[-1] in "0123456789.," or w[-1].isspace()]
        if bad:
            raise RulesError(f"{label}: [{table}] entries may not end in a digit, '.', ',' or a space: {bad}")
    return data
