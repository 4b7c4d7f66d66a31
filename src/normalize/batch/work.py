"""Batch work: records, the worker processes that clean them, and the ordered stream of outcomes.

A bad record (unreadable file, binary data, broken JSON line, missing field) is reported with
its number, source and reason, and the rest goes on. Memory stays bounded whatever the input
size: at most two chunks per worker are in flight at any time.
"""

from __future__ import annotations

import glob
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from normalize.batch.pool import WorkerPool
from normalize.config import Config
from normalize.errors import NormalizeError

CHUNK = 16  # records per chunk sent to a worker


@dataclass(frozen=True)
class Record:
    number: int  # 1-based position in the input
    source: str  # file path, or "FILE:LINE" for JSONL
    data: str | bytes | None  # None when the record could not even be read
    ident: Any = None  # the JSONL id field
    error: str | None = None  # why it could not be read
    line: bytes | None = None  # a JSONL line the worker decodes (the parent only reads lines)
    fields: dict[str, Any] | None = None  # a JSONL record's fields, in order, as read
    language: str | None = None  # a JSONL record's declared language ("lang" or "language")


@dataclass(frozen=True)
class Outcome:
    record: Record  # without its data: the input does not travel back from the worker
    text: str | None = None
    rendered: str | None = None
    report: dict[str, Any] | None = None
    error: str | None = None
    findings: tuple[str, ...] = ()
    size: int = 0  # bytes of input text
    output: bytes | None = None  # the JSONL output line, encoded by the worker
    untranslated: tuple[str, ...] = ()  # language pairs no model covered ("vi-en")
    foreign: tuple[str, float] | None = None  # a whole foreign document: (language, its share)
    page: str | None = None  # the review page (``--review``)
    entry: Any = None  # the document's line in the review index (``review.index.Entry``)


@dataclass
class Summary:
    documents: int = 0
    bytes: int = 0
    failures: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    untranslated: Counter[str] = field(default_factory=Counter)  # blocks by language pair
    foreign: Counter[str] = field(default_factory=Counter)  # whole foreign documents by language
    written: int = 0  # outputs written (files mode) or records emitted (JSONL)

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.bytes += outcome.size
        self.failures += outcome.error is not None
        self.findings.update(outcome.findings)
        self.untranslated.update(outcome.untranslated)
        if outcome.foreign:
            self.foreign[outcome.foreign[0]] += 1

    def line(self, seconds: float) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.findings.items())) or "none"
        foreign = ", ".join(f"{k} {n}" for k, n in sorted(self.foreign.items()))
        return (
            f"{self.documents} documents, {self.bytes / 1e6:.1f} MB, findings: {kinds}, "
            + (f"foreign documents: {foreign}, " if foreign else "")
            + f"{self.failures} failed, {seconds:.1f} s"
        )


# --- workers ---------------------------------------------------------------------------------

_worker: Any = None


def _init_worker(
    config: Config, fmt: str, with_report: bool, jsonl: tuple[str, str] | None = None, review: bool = False
) -> None:
    from normalize.pipeline import Normalizer

    global _worker
    _worker = (Normalizer(config), fmt, with_report, jsonl, review)


def _outcome(record: Record, result: Any) -> Outcome:
    """The outcome of one record from its Result, or from the error that stopped it."""
    from normalize.model import Result
    from normalize.render import render

    _normalizer, fmt, with_report, _jsonl, review = _worker
    if record.data is None:
        return Outcome(record, error=record.error or "unreadable")
    if isinstance(result, NormalizeError):
        return Outcome(record, error=result.message)
    if not isinstance(result, Result):
        return Outcome(record, error=f"internal error: {type(result).__name__}: {result}")
    report = result.report() if with_report or review else None
    page = entry = None
    if review and report is not None:
        from normalize.review.index import Entry
        from normalize.review.page import document_page

        page, entry = document_page(result.text, report), Entry.of(record.source, "", report)
    return Outcome(
        record,
        text=result.text,
        rendered=render(result.document, fmt) if fmt != "text" else result.text,
        report=report if with_report else None,
        page=page,
        entry=entry,
        findings=tuple(f.kind for f in result.findings),
        untranslated=tuple(
            f.data["pair"]
            for f in result.findings
            if f.kind in ("untranslated", "foreign_document") and f.data.get("pair")
            for _ in range(f.data.get("blocks", 1))
        ),
        foreign=next(
            ((f.data["lang"], f.data["share"]) for f in result.findings if f.kind == "foreign_document"), None
        ),
    )


def _shipped(outcome: Outcome) -> Outcome:
    """What goes back to the parent: the size instead of the input, and for JSONL the encoded
    output line instead of the parts, so that the parent only moves bytes."""
    record, data = outcome.record, outcome.record.data
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data or b"")
    slim = replace(record, data=None, line=None, fields=None)
    jsonl = _worker[3]
    if jsonl is None:
        return replace(outcome, record=slim, size=size)
    line = (json.dumps(output_row(outcome, jsonl[0]), ensure_ascii=False) + "\n").encode("utf-8")
    return replace(outcome, record=slim, size=size, output=line, text=None, rendered=None, report=None)


def output_row(outcome: Outcome, text_field: str) -> dict[str, Any]:
    """A JSONL output record: every field the input record had, in its order, with the cleaned
    text in the text field, then ``report`` when asked. A failed record keeps its fields (its
    text unchanged) and gets ``error``; a line that was not a JSON object keeps its raw text in
    ``line``, so nothing read is lost."""
    record = outcome.record
    if record.fields is None:
        raw = (record.line or b"").decode("utf-8", "backslashreplace").rstrip("\r\n")
        return {"line": raw, "error": outcome.error}
    row = dict(record.fields)
    if outcome.error is not None:
        row["error"] = outcome.error
        return row
    row[text_field] = outcome.rendered if outcome.rendered is not None else outcome.text
    if outcome.report is not None:
        row["report"] = outcome.report
    return row


def clean_record(record: Record) -> Outcome:
    """Clean one record with this process's Normalizer; any failure becomes the outcome's error."""
    if record.data is None:
        return _outcome(record, None)
    try:
        result: Any = _worker[0].clean(record.data, record.source, record.language)
    except Exception as exc:  # a bug must not stop the batch; it is reported with the record
        result = exc
    return _outcome(record, result)


def _clean_chunk(chunk: list[Record]) -> list[Outcome]:
    """Clean a chunk together (translation batched across its records); if that fails as a
    whole, clean its records one by one so that only the bad one is reported."""
    jsonl = _worker[3]
    if jsonl is not None:
        chunk = [decode_line(r, *jsonl) if r.line is not None else r for r in chunk]
    readable = [r for r in chunk if r.data is not None]
    try:
        results = _worker[0].clean_batch([(r.data, r.source, r.language) for r in readable])
    except Exception:
        return [_shipped(clean_record(r)) for r in chunk]
    by_number = {r.number: res for r, res in zip(readable, results, strict=True)}
    return [_shipped(_outcome(r, by_number.get(r.number))) for r in chunk]


def _chunks(records: Iterable[Record]) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process(
    records: Iterable[Record],
    config: Config,
    fmt: str = "text",
    with_report: bool = False,
    jobs: int = 1,
    jsonl: tuple[str, str] | None = None,
    review: bool = False,
) -> Iterator[Outcome]:
    """Clean ``records`` in input order, on ``jobs`` worker processes (1: in this process).
    ``jsonl`` names the (text, id) fields: records are then JSONL lines, decoded and encoded
    by the workers. ``review``: each outcome carries its review page and index entry."""
    setup = (config, fmt, with_report, jsonl, review)
    if jobs <= 1:
        _init_worker(*setup)
        for chunk in _chunks(records):
            yield from _clean_chunk(chunk)
        return
    pool = WorkerPool(jobs, _clean_chunk, _init_worker, setup)
    try:
        for outcomes in pool.map(_chunks(records)):
            yield from outcomes
    finally:  # also on Ctrl-C, a worker's death, or a consumer that stops early
        pool.close()


# --- inputs ----------------------------------------------------------------------------------


def expand_inputs(patterns: list[str]) -> Iterator[tuple[Path, Path]]:
    """Files named by paths, folders (recursively) and globs, with the relative path each output
    takes under the output folder (a folder's tree is mirrored)."""
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        full = Path(root) / name
                        yield full, full.relative_to(path)
        elif any(ch in pattern for ch in "*?["):
            for match in sorted(glob.glob(pattern, recursive=True)):
                if Path(match).is_file():
                    yield Path(match), Path(Path(match).name)
        else:
            yield path, Path(path.name)


def file_records(files: Iterable[tuple[Path, Path]]) -> Iterator[Record]:
    from normalize.pipeline import read_input_file

    for n, (path, _rel) in enumerate(files, 1):
        try:
            yield Record(n, str(path), read_input_file(path))
        except NormalizeError as exc:
            yield Record(n, str(path), None, error=exc.message)


def jsonl_lines(lines: Iterable[bytes], name: str) -> Iterator[Record]:
    """One record per non-blank JSONL line, not yet decoded (``decode_line`` does that)."""
    n = 0
    for lineno, raw in enumerate(lines, 1):
        if raw.strip():
            n += 1
            yield Record(n, f"{name}:{lineno}", None, line=raw)


def decode_line(record: Record, text_field: str, id_field: str) -> Record:
    """A JSONL line's text and id; a broken line is a record with an error."""
    n, source, raw = record.number, record.source, record.line or b""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Record(n, source, None, line=raw, error="not valid UTF-8")
    except json.JSONDecodeError as exc:
        return Record(n, source, None, line=raw, error=f"not valid JSON (column {exc.colno}): {exc.msg}")
    if not isinstance(obj, dict):
        return Record(n, source, None, line=raw, error=f"{_json_type(obj)}, not a JSON object")
    text = obj.get(text_field)
    if not isinstance(text, str):
        what = "missing" if text_field not in obj else f"{_json_type(text)}, not a string"
        return Record(
            n, source, None, ident=obj.get(id_field), fields=obj, error=f"field {text_field!r} is {what}"
        )
    return Record(n, source, text, ident=obj.get(id_field, n), fields=obj, language=_declared_language(obj))


# A record's declared language, by the names crawls use for it: a hint for the document-language
# measure (like <html lang>), never the answer.
LANGUAGE_FIELDS = ("lang", "language")


def _declared_language(obj: dict[str, Any]) -> str | None:
    return next((v for f in LANGUAGE_FIELDS if isinstance(v := obj.get(f), str) and v.strip()), None)


def _json_type(value: Any) -> str:
    """What a JSON value is, as JSON names it, with its article ("an array", "null")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return {dict: "an object", list: "an array", str: "a string"}.get(type(value), "a value")


def error_line(outcome: Outcome) -> str:
    r = outcome.record
    return json.dumps(
        {"record": r.number, "source": r.source, "id": r.ident, "error": outcome.error}, ensure_ascii=False
    )
