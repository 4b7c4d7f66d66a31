"""The translator interface the translate stage calls; backends implement it."""

from __future__ import annotations

from typing import Protocol

from normalize.glossary import Glossary
from normalize.model import Block, Document


class Translator(Protocol):
    """Translates whole foreign blocks of a document into English."""

    def translate_blocks(
        self, doc: Document, blocks: list[tuple[Block, str]], glossary: Glossary
    ) -> list[tuple[Block, str]]:
        """Translate what it can (recording changes); return the blocks it could not."""
        ...
