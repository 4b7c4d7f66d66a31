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
    langdetect_min_words: Latin blocks shorter than this, or with fewer different words, are
        never sent to langdetect; short labels and repeated words are where it guesses wildly.
    translate: machine-translate foreign blocks with the installed Argos packages (when there
        are any; without one, ``on_untranslated`` applies).
    beam_size: beams per sentence; 2 is close to Argos Translate's 4 in quality at about half
        the cost, 1 is greedy decoding.
    mt_batch_size: sentences per model batch; the batch is cut by CTranslate2, so every sentence
        of a language pair still goes through one call.
    max_decoding_length: the longest translation, in tokens, of one sentence.
    device: ``cpu``, ``cuda`` or ``auto`` for CTranslate2.
    mt_threads: CPU threads per model; 0 lets CTranslate2 choose.
    harmonize_money: write money scales one way in a document's prose, by its majority ("$4B"
        beside "$4 billion"). Off by default: an editor's choice, not a repair; a clean
        article comes back as it was.
    dictionary: render a stray Chinese term the glossaries have no entry for from CC-CEDICT
        (loaded on first use); off, such a term goes to the model or stays as a finding.
    """

    glossaries: tuple[Path, ...] = ()
    rules: tuple[Path, ...] = ()
    on_untranslated: str = "drop"
    langdetect_min_words: int = 8
    header_blocks: int = 6
    translate: bool = True
    beam_size: int = 2
    mt_batch_size: int = 32
    max_decoding_length: int = 256
    device: str = "cpu"
    mt_threads: int = 0
    harmonize_money: bool = False
    dictionary: bool = True

    def __post_init__(self) -> None:
        if self.on_untranslated not in UNTRANSLATED_POLICIES:
            raise ValueError(
                f"on_untranslated must be one of {', '.join(UNTRANSLATED_POLICIES)}, "
                f"not {self.on_untranslated!r}"
            )
        for name in ("beam_size", "mt_batch_size", "max_decoding_length"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise ValueError(f"{name} must be a whole number >= 1, not {getattr(self, name)!r}")
        object.__setattr__(self, "glossaries", tuple(Path(p) for p in self.glossaries))
        object.__setattr__(self, "rules", tuple(Path(p) for p in self.rules))
