"""Unicode script profiles: how many letters of each script a text holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from normalize.resources import script_table

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# Letters are worth different amounts of text: one Han, Kana or Hangul character carries about as
# much as two and a half Latin letters, so a profile weighs them before comparing scripts.
_DENSE_SCRIPTS = {"han", "kana", "hangul"}
DENSE_WEIGHT = 2.5


@dataclass(frozen=True)
class ScriptProfile:
    latin: int
    vietnamese: int  # Latin letters only Vietnamese uses
    other: dict[str, int]  # script name -> letter count, non-zero only

    def weighted_foreign(self) -> float:
        return sum(n * (DENSE_WEIGHT if s in _DENSE_SCRIPTS else 1.0) for s, n in self.other.items())

    def dominant_foreign(self) -> str | None:
        return max(self.other, key=self.other.__getitem__) if self.other else None


def script_profile(text: str) -> ScriptProfile:
    """Count the letters of each script in ``text``."""
    if text.isascii():
        return ScriptProfile(sum(map(str.isalpha, text)), 0, {})
    table = script_table()
    other = {}
    if not has_foreign_letter(text):  # curly quotes and dashes: no per-script counting
        return ScriptProfile(len(_LATIN.findall(text)), len(table.vietnamese.findall(text)), {})
    for name, (_lang, pattern) in table.scripts.items():
        n = len(pattern.findall(text))
        if n:
            other[name] = n
    return ScriptProfile(len(_LATIN.findall(text)), len(table.vietnamese.findall(text)), other)


@cache
def _any_foreign() -> re.Pattern[str]:
    return re.compile(script_table().foreign_class)


def has_foreign_letter(text: str) -> bool:
    """Whether ``text`` holds any letter of a non-Latin script (one regex search)."""
    return _any_foreign().search(text) is not None


def lang_of_script(name: str, text: str) -> str:
    """ISO 639-1 code for a text dominated by script ``name``."""
    table = script_table()
    if name == "cyrillic" and any(c in table.ukrainian for c in text):
        return "uk"
    return table.scripts[name][0]


@cache
def foreign_run_pattern() -> re.Pattern[str]:
    """A run of non-Latin letters, allowing spaces and CJK punctuation inside the run."""
    cls = script_table().foreign_class
    # Disjoint classes on each side of the repetition keep this linear.
    return re.compile(f"{cls}+(?:[ \u3000\u30fb\u3001\uff0c,·-]+{cls}+)*")


def han_kana_lang(text: str, profile: ScriptProfile) -> str:
    """Japanese when kana are present in number, Chinese otherwise."""
    kana = profile.other.get("kana", 0)
    han = profile.other.get("han", 0)
    if kana and kana * 10 >= han + kana:
        return "ja"
    if profile.other.get("hangul", 0) > kana:
        return "ko"
    return "zh"
