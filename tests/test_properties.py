"""Hypothesis properties: never raises, idempotent, clean English untouched, replay holds."""

from __future__ import annotations

import contextlib
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import normalize
from normalize.config import Config
from normalize.report import replay

# Derandomized so CI is repeatable; run with HYPOTHESIS_PROFILE=explore to search further.
settings.register_profile(
    "ci", max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "explore", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
SETTINGS = settings()

WORDS = (  # noqa: SIM905 - a sentence reads better than a list of 29 strings
    "the company said that its revenue grew in the first quarter and analysts expect more "
    "growth from cloud services while investors watch the market for signs of a slowdown"
).split()
sentences = st.lists(st.sampled_from(WORDS), min_size=6, max_size=25).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(" ".join)
documents = st.lists(paragraphs, min_size=1, max_size=6).map("\n\n".join)
TOKENS = [
    *"abc XYZ.,\n\t|-#:&;",
    "水",
    "分",
    "ư",
    "ộ",
    "â€™",
    "\ufffd",
    "\u200b",
    "$",
    "3",
    "0",
    " billion",
    "亿",
    "Related topics",
    "Archive",
    "May 2026",
    "\n\n",
    "&amp;",
    "Comments (0)",
    "Die Regierung hat am Montag beschlossen, dass die neuen Regeln ab dem nächsten Jahr gelten.",
]
mixed_text = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)


@SETTINGS
@given(st.text(max_size=400))
def test_never_raises_on_any_text(text):
    normalize.clean(text)


@SETTINGS
@given(st.binary(max_size=400))
def test_never_crashes_on_bytes(data):
    with contextlib.suppress(normalize.InputError):  # refused with a clear error: binary
        normalize.clean(data)


@SETTINGS
@given(st.one_of(mixed_text, documents), st.sampled_from(["drop", "keep", "mark"]))
def test_idempotent(text, policy):
    config = Config(on_untranslated=policy)
    once = normalize.clean(text, config).text
    assert normalize.clean(once, config).text == once


@SETTINGS
@given(documents)
@example("Company cloud company company company company company company.")  # langdetect: Catalan
def test_plain_english_unchanged(text):
    result = normalize.clean(text)
    assert result.text == text + "\n"
    assert result.changes == [] and result.findings == []


@SETTINGS
@given(st.one_of(mixed_text, documents))
def test_replay_gives_output(text):
    result = normalize.clean(text)
    assert replay(text, result.report()) == result.text
