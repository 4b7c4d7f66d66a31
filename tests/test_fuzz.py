"""Fuzzing within a fixed budget: hypothesis over bytes, Unicode and CLI arguments, and a bounded
atheris run of the text pipeline (``fuzz/fuzz_pipeline.py``)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import normalize
from normalize.read import decode
from normalize.report import restore
from test_properties import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
ATHERIS_RUNS = 400

COMBINING = st.characters(min_codepoint=0x300, max_codepoint=0x36F)
BIDI = st.sampled_from(
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u200f"]
)
EMOJI = st.sampled_from(["💬", "👩\u200d💻", "🇻🇳", "👍🏽", "1\ufe0f\u20e3", "🏳️\u200d🌈"])
pieces = st.one_of(
    st.text(max_size=20), COMBINING, BIDI, EMOJI, st.sampled_from(["\n", "\n\n", "亿", "$3 billion"])
)
hostile_text = st.lists(pieces, max_size=40).map("".join)
# Strings as Python makes them from undecodable bytes: lone surrogates U+DC80..U+DCFF.
escaped_text = st.binary(max_size=200).map(lambda b: b.decode("utf-8", "surrogateescape"))


@SETTINGS
@given(st.one_of(hostile_text, escaped_text))
def test_any_unicode_never_crashes_and_restores(text):
    result = normalize.clean(text)
    assert restore(result.text, result.report()) == text


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_refused_clearly_or_restored(data):
    try:
        result = normalize.clean(data)
    except normalize.InputError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert restore(result.text, result.report()) == decode(data)[0]


OPTIONS = [
    "--format",
    "text",
    "markdown",
    "json",
    "pdf",
    "-o",
    "--report",
    "--strict",
    "--in-place",
    "--jsonl",
    "--on-untranslated",
    "drop",
    "maybe",
    "--glossary",
    "--jobs",
    "0",
    "-",
    "--",
    "--help",
    "clean",
    "detect",
    "restore",
    "batch",
    "models",
    "",
]
KNOWN_EXITS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}


# argv can never hold a NUL byte (the OS passes C strings), so the fuzzed arguments have none.
ARG_TEXT = st.text(st.characters(blacklist_characters="\x00"), max_size=8)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(OPTIONS), ARG_TEXT), max_size=6))
def test_cli_arguments_never_crash(args):
    from typer.testing import CliRunner

    from normalize.cli import app

    # The arguments can name output files ("-o markdown", "--report clean"): they are written in
    # a fresh folder, not in the checkout.
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        result = CliRunner().invoke(app, ["clean", *args], input="Hello there, world.\n")
    # a usage error or a refusal is fine; an uncaught exception is not
    assert result.exit_code in KNOWN_EXITS, result.exception
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)


@pytest.mark.skipif(sys.platform != "linux" or sys.version_info >= (3, 13), reason="atheris wheels: Linux")
def test_atheris_bounded_run(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "corpus", corpus)
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "fuzz" / "fuzz_pipeline.py"),
            str(corpus),
            f"-runs={ATHERIS_RUNS}",
            "-seed=1",
            f"-artifact_prefix={tmp_path}/",  # a crashing input is kept here, not in the checkout
        ],
        capture_output=True,
        timeout=300,
    )
    log = proc.stderr.decode(errors="replace")
    assert proc.returncode == 0, log[-3000:]
    assert f"Done {ATHERIS_RUNS} runs" in log
