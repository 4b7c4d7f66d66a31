"""One frozen configuration object; the CLI and the library build the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

UNTRANSLATED_POLICIES = ("drop", "keep", "mark")


@dataclass(frozen=True)
class Config:
    """Settings for one :class:`normalize.Normalizer`. The defaults suit most users.

    glossaries: user glossary TSV files; they override the shipped ones, later files winning.
    rules: extra boilerplate TOML files, added to the shipped rules.
    on_untranslated: what to do with a foreign block no model can translate:
        ``drop`` (remove it), ``keep`` (leave it), ``mark`` (prefix it with ``[untranslated xx]``).
    langdetect_min_words: Latin blocks shorter than this are never sent to langdetect; short
        labels are where it guesses wildly.
    """

    glossaries: tuple[Path, ...] = ()
    rules: tuple[Path, ...] = ()
    on_untranslated: str = "drop"
    langdetect_min_words: int = 8
    header_blocks: int = 6

    def __post_init__(self) -> None:
        if self.on_untranslated not in UNTRANSLATED_POLICIES:
            raise ValueError(
                f"on_untranslated must be one of {', '.join(UNTRANSLATED_POLICIES)}, "
                f"not {self.on_untranslated!r}"
            )
        object.__setattr__(self, "glossaries", tuple(Path(p) for p in self.glossaries))
        object.__setattr__(self, "rules", tuple(Path(p) for p in self.rules))
