"""Domain glossaries: TSV files, longest-match lookup, placeholder protection.

Format (DeepL-compatible): ``source<TAB>target``, one entry a line; extra columns are ignored,
``#`` starts a comment line, and a first line ``source<TAB>target`` is taken as a header. A file
named ``xx-yy.tsv`` applies to source language ``xx``; any other name applies to every language.
Later files override earlier ones entry by entry, so user glossaries win over the shipped ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from normalize.errors import RulesError
from normalize.resources import alternation

ANY_LANG = "*"
_PAIR_NAME = re.compile(r"^([a-z]{2,3})-([a-z]{2,3})$")


@dataclass(frozen=True)
class Entry:
    source: str
    target: str
    origin: str  # "file:line", for the report


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: Entry


@dataclass
class Glossary:
    """Entries by source language, with a longest-match matcher per language."""

    entries: dict[str, dict[str, Entry]] = field(default_factory=dict)
    _matchers: dict[str, re.Pattern[str] | None] = field(default_factory=dict, repr=False)

    def add(self, lang: str, entry: Entry) -> None:
        self.entries.setdefault(lang, {})[entry.source.casefold()] = entry
        self._matchers.clear()

    def _entries_for(self, lang: str) -> dict[str, Entry]:
        merged = dict(self.entries.get(ANY_LANG, {}))
        merged.update(self.entries.get(lang, {}))
        return merged

    def _matcher(self, lang: str) -> re.Pattern[str] | None:
        if lang not in self._matchers:
            sources = list(self._entries_for(lang))
            # Alternatives longest first: at each position the regex engine takes the first
            # alternative that matches, which is then the longest one.
            self._matchers[lang] = re.compile(alternation(sources), re.IGNORECASE) if sources else None
        return self._matchers[lang]

    def find(self, text: str, lang: str, near: list[tuple[int, int]] | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping glossary matches in ``text``; with ``near``, only
        the matches that overlap one of those (start, end) intervals, found by searching just
        around them (a block with a few foreign terms is not scanned whole by a pattern of
        hundreds of alternatives)."""
        matcher = self._matcher(lang)
        if matcher is None:
            return []
        table = self._entries_for(lang)
        if near is None:
            found = list(matcher.finditer(text))
        else:
            reach = max(map(len, table))
            found, pos = [], 0
            for start, end in sorted(near):
                lo, hi = max(pos, start - reach + 1), min(len(text), end + reach - 1)
                for m in matcher.finditer(text, lo, hi):
                    if m.end() > start and m.start() < end:
                        found.append(m)
                        pos = m.end()
        return [Match(m.start(), m.end(), table[m.group(0).casefold()]) for m in found]

    def lookup(self, term: str, lang: str | None = None) -> list[tuple[str, Entry]]:
        """Entries whose source is ``term`` (case-insensitive), as (language, entry)."""
        key = term.casefold()
        langs = [lang] if lang else sorted(self.entries)
        return [(lg, self.entries[lg][key]) for lg in langs if key in self.entries.get(lg, {})]

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())


def lang_of_file(path: Path) -> str:
    m = _PAIR_NAME.match(path.stem)
    return m.group(1) if m else ANY_LANG


def parse_tsv(text: str, label: str) -> list[Entry]:
    """Entries of one glossary file; a malformed line raises with ``file:line``."""
    entries = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise RulesError(f"{label}:{lineno}: expected 'source<TAB>target', got {line[:60]!r}")
        source, target = cols[0].strip(), cols[1].strip()
        if lineno == 1 and (source.lower(), target.lower()) == ("source", "target"):
            continue
        entries.append(Entry(source, target, f"{label}:{lineno}"))
    return entries


def shipped_glossary_files() -> list[tuple[str, str, str]]:
    """(language, label, text) for each glossary shipped with the package.

    A built wheel carries them in ``normalize/glossaries``; an editable checkout reads the
    repository's ``glossaries/`` folder.
    """
    packaged = Path(__file__).parent / "glossaries"
    if packaged.is_dir():
        files = [(p.name, p.read_text(encoding="utf-8")) for p in packaged.glob("*.tsv")]
    else:
        repo = Path(__file__).resolve().parents[2] / "glossaries"
        files = [(p.name, p.read_text(encoding="utf-8")) for p in repo.glob("*.tsv")] if repo.is_dir() else []
    return [(lang_of_file(Path(name)), f"glossaries/{name}", text) for name, text in sorted(files)]


@cache
def load_glossary(user_files: tuple[Path, ...] = ()) -> Glossary:
    """Shipped glossaries, then user files (later entries override earlier ones)."""
    glossary = Glossary()
    for lang, label, text in shipped_glossary_files():
        for entry in parse_tsv(text, label):
            glossary.add(lang, entry)
    for path in user_files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesError(f"{path}: cannot read glossary: {exc}") from exc
        for entry in parse_tsv(text, str(path)):
            glossary.add(lang_of_file(Path(path)), entry)
    return glossary


def glue_replacement(text: str, start: int, end: int, target: str) -> str:
    """``target`` with a space added where it would otherwise touch a word (``a百花齐放``)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    out = target
    if before.isalnum() and out[:1] and not out[0].isspace() and out[0] not in ",.;:!?)":
        out = " " + out
    if after.isalnum() and out[-1:] and not out[-1].isspace() and out[-1] not in "($":
        out = out + " "
    return out


# --- placeholders: glossary terms through machine translation ---------------------------------

# Placeholders are plain ASCII a translation model copies like a name ("XTERM0"); the pattern
# that finds them again tolerates the spaces and case changes detokenizers introduce.
_PLACEHOLDER = "XTERM{}"
_PLACEHOLDER_FOUND = re.compile(r"X\s*TERM\s*(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class Protected:
    """A sentence with its glossary terms swapped for placeholders, and how to put them back."""

    text: str  # the sentence as the model sees it
    targets: tuple[str, ...]  # English target of placeholder 0, 1, …
    parts: tuple[str, ...]  # the source text between the terms (len(targets) + 1 pieces)


def protect_terms(text: str, lang: str, glossary: Glossary) -> Protected:
    """Swap the glossary terms of ``text`` for numbered placeholders."""
    matches = glossary.find(text, lang)
    pieces: list[str] = []
    parts: list[str] = []
    position = 0
    for n, match in enumerate(matches):
        parts.append(text[position : match.start])
        pieces.append(text[position : match.start])
        pieces.append(glue_replacement(text, match.start, match.end, _PLACEHOLDER.format(n)))
        position = match.end
    parts.append(text[position:])
    pieces.append(text[position:])
    return Protected("".join(pieces), tuple(m.entry.target for m in matches), tuple(parts))


def restore_terms(translation: str, protected: Protected) -> str | None:
    """``translation`` with each placeholder replaced by its target; None when the model lost,
    repeated or invented one (the caller then falls back)."""
    if not protected.targets:
        return translation
    found = [int(m.group(1)) for m in _PLACEHOLDER_FOUND.finditer(translation)]
    if sorted(found) != list(range(len(protected.targets))):
        return None
    restored = _PLACEHOLDER_FOUND.sub(lambda m: protected.targets[int(m.group(1))], translation)
    return restored[:1].upper() + restored[1:] if translation[:1].isupper() else restored
