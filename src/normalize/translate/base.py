"""The translator interface the translate stage calls; backends implement it."""

from __future__ import annotations

from typing import Protocol


class Translator(Protocol):
    """Translates sentences of one source language into English, many at a time."""

    def covers(self, lang: str) -> bool:
        """Whether a model (direct, or through a pivot language) takes ``lang`` to English."""
        ...

    def describe(self, lang: str) -> str:
        """The route for ``lang``, for the report: ``"vi->en (translate-vi_en-1_9)"``."""
        ...

    def translate(self, lang: str, sentences: list[str]) -> list[str]:
        """English for each sentence, in order; all of them go through the model in one batched call."""
        ...
