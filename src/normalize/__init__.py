"""normalize: scraped, half-translated articles in, clean English out, every change reported.

>>> import normalize
>>> normalize.clean("Hello world.").text
'Hello world.\\n'
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from normalize.config import Config
from normalize.errors import InputError, NormalizeError, OutputError, RulesError
from normalize.model import Block, Change, Document, Finding, Result
from normalize.pipeline import Normalizer
from normalize.report import restore

__all__ = [
    "Block",
    "Change",
    "Config",
    "Document",
    "Finding",
    "InputError",
    "NormalizeError",
    "Normalizer",
    "OutputError",
    "Result",
    "RulesError",
    "clean",
    "clean_file",
    "detect",
    "restore",
]
__version__ = "0.1.0"


@cache
def _default(config: Config) -> Normalizer:
    return Normalizer(config)


def clean(text: str | bytes, config: Config | None = None) -> Result:
    """Clean one document: ``normalize.clean(text).text`` is the English output."""
    return _default(config or Config()).clean(text)


def clean_file(path: str | Path, config: Config | None = None) -> Result:
    """Read (any encoding), clean and report one file."""
    return _default(config or Config()).clean_file(path)


def detect(text: str | bytes, config: Config | None = None) -> list[Finding]:
    """What is wrong with a document, without changing it."""
    return _default(config or Config()).detect(text)
