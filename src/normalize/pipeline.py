"""The stage order, and the Normalizer that runs it with rules and glossaries loaded once."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from normalize import clean as clean_stage
from normalize import detect as detect_stage
from normalize import read, render, repair, translate, units
from normalize.config import Config
from normalize.errors import InputIsDirectory, InputMissing, InputUnreadable, NormalizeError
from normalize.glossary import load_glossary
from normalize.model import Document, Finding, Result
from normalize.resources import boilerplate_rules


@contextlib.contextmanager
def input_errors(path: str | Path) -> Iterator[None]:
    """Turn the usual ways reading ``path`` fails into the project's one-line input errors."""
    p = Path(path)
    try:
        yield
    except FileNotFoundError as exc:
        raise InputMissing(f"{p}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputIsDirectory(f"{p}: is a directory, not a file") from exc
    except PermissionError as exc:
        raise InputUnreadable(f"{p}: permission denied") from exc
    except OSError as exc:
        raise InputUnreadable(f"{p}: cannot read: {exc.strerror}") from exc
    except ValueError as exc:  # a NUL byte in the path: no file can have that name
        raise InputMissing(f"{str(path)!r}: not a valid file name") from exc


def read_input_file(path: str | Path) -> bytes:
    """Bytes of an input file, with one-line errors for the usual ways that fails."""
    with input_errors(path):
        data = Path(path).read_bytes()
    return data


def _read(data: str | bytes, source: str, language: str | None) -> Document:
    """The read stage, with the record's declared language kept beside the page's own."""
    doc = read.run(data, source)
    if language and language.strip():
        doc.metadata["record_language"] = language.strip()
    return doc


class Normalizer:
    """Build once (rules, glossaries, models), then clean any number of documents."""

    def __init__(self, config: Config | None = None, translator: translate.Translator | None = None) -> None:
        self.config = config or Config()
        self.rules = boilerplate_rules(self.config.rules)  # validated now, not on first document
        self.glossary = load_glossary(self.config.glossaries)
        if translator is None and self.config.translate:
            from normalize.translate.argos import ArgosTranslator  # finds packages on first need

            translator = ArgosTranslator(self.config)
        self.translator = translator

    def process_many(self, docs: list[Document]) -> list[Result]:
        """Run every stage after reading on ``docs``; translation goes through one batch for all."""
        for doc in docs:
            repair.run(doc, self.config)
            detect_stage.run(doc, self.config)
            clean_stage.run(doc, self.config)
        translate.run(docs, self.config, self.glossary, self.translator)
        for doc in docs:
            units.run(doc, self.config)
        translate.settle(docs, self.config, self.glossary, self.translator)  # as a second run reads them
        results = []
        for doc in docs:
            doc.findings.sort(key=lambda f: (f.block, f.start))
            results.append(Result(render.render_text(doc), doc))
        return results

    def process(self, doc: Document) -> Result:
        """Run every stage after reading on ``doc``."""
        return self.process_many([doc])[0]

    def clean(self, data: str | bytes, source: str = "<text>", language: str | None = None) -> Result:
        """Clean one document given as text or bytes. ``language`` is what the record declares
        (a JSONL language field): a hint the document-language measure records, never the answer."""
        return self.process(_read(data, source, language))

    def clean_batch(
        self, items: Sequence[tuple[str | bytes, str] | tuple[str | bytes, str, str | None]]
    ) -> list[Result | NormalizeError]:
        """Clean (data, source) pairs, or (data, source, declared language) triples, together,
        translation batched across them. A record that cannot be read gets its error in its
        place; the others are cleaned."""
        docs: dict[int, Document] = {}
        failed: dict[int, NormalizeError] = {}
        for n, (data, source, *language) in enumerate(items):
            try:
                docs[n] = _read(data, source, language[0] if language else None)
            except NormalizeError as exc:
                failed[n] = exc
        results = dict(zip(docs, self.process_many(list(docs.values())), strict=True))
        return [results[n] if n in results else failed[n] for n in range(len(items))]

    def clean_file(self, path: str | Path) -> Result:
        """Read, decode and clean one file."""
        return self.clean(read_input_file(path), str(path))

    def detect(self, data: str | bytes, source: str = "<text>") -> list[Finding]:
        """Findings only; the input is not changed."""
        return self.clean(data, source).findings

    def clean_many(self, records: Iterable[str | bytes], batch_docs: int = 32) -> Iterator[Result]:
        """Clean documents in order, streaming, ``batch_docs`` at a time so that translation is
        batched across them. A record that cannot be read raises when its turn comes."""
        numbered = ((record, f"<record {n}>") for n, record in enumerate(records))
        while chunk := list(itertools.islice(numbered, batch_docs)):
            for item in self.clean_batch(chunk):
                if isinstance(item, NormalizeError):
                    raise item
                yield item
