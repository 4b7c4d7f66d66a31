"""langdetect's language profiles, loaded in less than half the time langdetect's own loader takes.

langdetect's own loader builds, for each of its 87,000 n-grams, a list with one probability per
language (55 of them) before it detects anything: 0.3 s of every process start that needs it,
paid again by every batch worker. Here the profiles' counts are kept as read, and a row is built
the first time detection looks its n-gram up; a text meets a few hundred n-grams.
The rows are the same numbers langdetect computes, from the same files, in the same language
order, and the detector is langdetect's own.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from itertools import chain
from typing import Any


class NgramProbabilities(dict):  # type: ignore[type-arg]
    """n-gram -> its probability in each language, as langdetect's ``word_lang_prob_map``.

    Every n-gram is a key from the start (the detector asks ``in`` first, in C); its row is
    computed from the profiles' counts when the detector first reads it, and kept.
    """

    def __init__(self, ngrams: Iterable[str], profiles: list[dict[str, Any]]) -> None:
        super().__init__(dict.fromkeys(ngrams))
        self.counts = [(profile["freq"], profile["n_words"]) for profile in profiles]

    def __getitem__(self, ngram: str) -> list[float]:
        row = dict.__getitem__(self, ngram)
        if row is None:
            row = probability_row(ngram, self.counts)
            dict.__setitem__(self, ngram, row)
        return row


def probability_row(ngram: str, counts: list[tuple[dict[str, int], list[int]]]) -> list[float]:
    """The n-gram's probability in each language: its count over the count of n-grams of its
    length, computed as langdetect computes it (zero where no length fits: 1 to 3)."""
    length = len(ngram)
    if not 1 <= length <= 3:
        return [0.0] * len(counts)
    return [1.0 * freq[ngram] / n_words[length - 1] if ngram in freq else 0.0 for freq, n_words in counts]


def profile_files(directory: str) -> list[str]:
    """The profile files in the order langdetect loads them (directory order, no dot files)."""
    names = (name for name in os.listdir(directory) if not name.startswith("."))
    return [path for path in (os.path.join(directory, name) for name in names) if os.path.isfile(path)]


def load_factory(directory: str | None = None) -> Any:
    """A langdetect ``DetectorFactory`` holding the profiles of ``directory`` (langdetect's own
    by default), seeded so that its answers repeat."""
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    DetectorFactory.seed = 0  # langdetect is random unless seeded
    factory = DetectorFactory()
    profiles = []
    for path in profile_files(directory or PROFILES_DIRECTORY):
        with open(path, encoding="utf-8") as fh:
            profiles.append(json.load(fh))
    factory.langlist.extend(profile["name"] for profile in profiles)
    # Every n-gram of a profile is a key, as in langdetect (its row is zeros where no length fits).
    ngrams = chain.from_iterable(profile["freq"] for profile in profiles)
    factory.word_lang_prob_map = NgramProbabilities(ngrams, profiles)
    return factory
