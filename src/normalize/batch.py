"""Batches: many files or a JSONL stream through one Normalizer per worker, in input order.

A bad record (unreadable file, binary data, broken JSON line, missing field) is reported with
its number, source and reason, and the rest goes on. Memory stays bounded whatever the input
size: at most ``jobs * WINDOW`` records are in flight at any time.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from normalize.config import Config
from normalize.errors import (
    NormalizeError,
    OutputError,
)

WINDOW = 8  # chunks in flight per worker
CHUNK = 16  # records per chunk sent to a worker


@dataclass(frozen=True)
class Record:
    number: int  # 1-based position in the input
    source: str  # file path, or "FILE:LINE" for JSONL
    data: str | bytes | None  # None when the record could not even be read
    ident: Any = None  # the JSONL id field
    error: str | None = None  # why it could not be read
    line: bytes | None = None  # a JSONL line the worker decodes (the parent only reads lines)


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


@dataclass
class Summary:
    documents: int = 0
    bytes: int = 0
    failures: int = 0
    findings: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.bytes += outcome.size
        self.failures += outcome.error is not None
        self.findings.update(outcome.findings)

    def line(self, seconds: float) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.findings.items())) or "none"
        return (
            f"{self.documents} documents, {self.bytes / 1e6:.1f} MB, findings: {kinds}, "
            f"{self.failures} failed, {seconds:.1f} s"
        )


# --- workers ---------------------------------------------------------------------------------

_worker: Any = None


def _init_worker(config: Config, fmt: str, with_report: bool, jsonl: tuple[str, str] | None = None) -> None:
    from normalize.pipeline import Normalizer

    global _worker
    _worker = (Normalizer(config), fmt, with_report, jsonl)


def _outcome(record: Record, result: Any) -> Outcome:
    """The outcome of one record from its Result, or from the error that stopped it."""
    from normalize.model import Result
    from normalize.render import render

    _normalizer, fmt, with_report, _jsonl = _worker
    if record.data is None:
        return Outcome(record, error=record.error or "unreadable")
    if isinstance(result, NormalizeError):
        return Outcome(record, error=result.message)
    if not isinstance(result, Result):
        return Outcome(record, error=f"internal error: {type(result).__name__}: {result}")
    return Outcome(
        record,
        text=result.text,
        rendered=render(result.document, fmt) if fmt != "text" else result.text,
        report=result.report() if with_report else None,
        findings=tuple(f.kind for f in result.findings),
    )


def _shipped(outcome: Outcome) -> Outcome:
    """What goes back to the parent: the size instead of the input, and for JSONL the encoded
    output line instead of the parts, so that the parent only moves bytes."""
    record, data = outcome.record, outcome.record.data
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data or b"")
    record = replace(record, data=None, line=None)
    jsonl = _worker[3]
    if jsonl is None or outcome.error is not None:
        return replace(outcome, record=record, size=size)
    text_field, id_field = jsonl
    row = {id_field: record.ident, text_field: outcome.text}
    if outcome.report is not None:
        row["report"] = outcome.report
    line = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
    return Outcome(record, error=None, findings=outcome.findings, size=size, output=line)


def clean_record(record: Record) -> Outcome:
    """Clean one record with this process's Normalizer; any failure becomes the outcome's error."""
    if record.data is None:
        return _outcome(record, None)
    try:
        result: Any = _worker[0].clean(record.data, record.source)
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
        results = _worker[0].clean_batch([(r.data, r.source) for r in readable])
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
) -> Iterator[Outcome]:
    """Clean ``records`` in input order, on ``jobs`` worker processes (1: in this process).
    ``jsonl`` names the (text, id) fields: records are then JSONL lines, decoded and encoded
    by the workers."""
    setup = (config, fmt, with_report, jsonl)
    if jobs <= 1:
        _init_worker(*setup)
        for chunk in _chunks(records):
            yield from _clean_chunk(chunk)
        return
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=setup) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in _chunks(records):
            pending.append(pool.submit(_clean_chunk, chunk))
            if len(pending) >= jobs * WINDOW:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


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
        return Record(n, source, None, error="not valid UTF-8")
    except json.JSONDecodeError as exc:
        return Record(n, source, None, error=f"not valid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(obj, dict):
        return Record(n, source, None, error="not a JSON object")
    text = obj.get(text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return Record(n, source, None, ident=obj.get(id_field), error=f"field {text_field!r} is {what}")
    return Record(n, source, text, ident=obj.get(id_field, n))


def error_line(outcome: Outcome) -> str:
    r = outcome.record
    return json.dumps(
        {"record": r.number, "source": r.source, "id": r.ident, "error": outcome.error}, ensure_ascii=False
    )


# --- runs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    config: Config
    fmt: str = "text"
    with_report: bool = False
    jobs: int = 1
    errors: Path | None = None
    progress: bool = False  # a progress line on stderr
    summary: bool = True  # the summary line at the end


class Progress:
    """Documents/s and, when the total is known, an ETA, redrawn on stderr at most 5 times/s."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled, self.total, self.start, self.last = enabled, total, time.monotonic(), 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        eta = f", ETA {(self.total - done) / rate:.0f} s" if self.total and rate else ""
        of = f"/{self.total}" if self.total else ""
        sys.stderr.write(f"\r{done}{of} documents, {rate:.0f} docs/s{eta}   ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _report_failures(outcomes: Iterator[Outcome], errors: Path | None, sink: list[int]) -> Iterator[Outcome]:
    """Pass outcomes through; failed ones go to the errors file (or stderr), counted in ``sink``."""
    from normalize.output import atomic_stream

    def failed(outcome: Outcome, fh: Any) -> None:
        sink.append(outcome.record.number)
        if fh is None:
            r = outcome.record
            sys.stderr.write(f"normalize: record {r.number} ({r.source}): {outcome.error}\n")
        else:
            fh.write((error_line(outcome) + "\n").encode("utf-8"))

    if errors is None:
        for outcome in outcomes:
            if outcome.error is not None:
                failed(outcome, None)
            yield outcome
        return
    with atomic_stream(errors) as fh:
        for outcome in outcomes:
            if outcome.error is not None:
                failed(outcome, fh)
            yield outcome


def _drive(outcomes: Iterator[Outcome], options: Options, total: int | None, write: Any) -> Summary:
    summary, progress, start, failed = Summary(), Progress(options.progress, total), time.monotonic(), []
    for outcome in _report_failures(outcomes, options.errors, failed):
        summary.add(outcome)
        if outcome.error is None:
            write(outcome)
        progress.update(summary.documents)
    progress.close()
    if options.summary:
        sys.stderr.write(f"normalize: {summary.line(time.monotonic() - start)}\n")
    return summary


_SUFFIX = {"text": ".txt", "markdown": ".md", "json": ".json"}


def run_files(patterns: list[str], out_dir: Path, options: Options) -> Summary:
    """Clean files into ``out_dir``, mirroring folder trees; ``name.txt`` (or .md/.json) each."""
    from normalize.output import write_atomic

    files = list(expand_inputs(patterns))  # paths only: cheap, and gives the progress total
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the output folder: {exc.strerror}") from exc
    targets = {str(path): out_dir / rel.with_suffix(_SUFFIX[options.fmt]) for path, rel in files}
    sources = tuple(path for path, _ in files)

    def write(outcome: Outcome) -> None:
        target = targets[outcome.record.source]
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, outcome.rendered or "", sources)
        if outcome.report is not None:
            report_path = target.with_suffix(".report.json")
            write_atomic(
                report_path, json.dumps(outcome.report, ensure_ascii=False, indent=2) + "\n", sources
            )

    outcomes = process(file_records(files), options.config, options.fmt, options.with_report, options.jobs)
    return _drive(outcomes, options, len(files), write)


def run_jsonl(source: str, output: Path | None, text_field: str, id_field: str, options: Options) -> Summary:
    """Clean a JSONL stream into JSONL: the id, the cleaned text and (``--report``) the report."""
    from normalize.output import atomic_stream

    def lines() -> Iterator[bytes]:
        if source == "-":
            yield from sys.stdin.buffer
            return
        from normalize.pipeline import input_errors

        with input_errors(source), open(source, "rb") as fh:
            yield from fh

    records = jsonl_lines(lines(), "<stdin>" if source == "-" else source)
    fields = (text_field, id_field)
    outcomes = process(records, options.config, "text", options.with_report, options.jobs, fields)

    def emit(fh: Any) -> Summary:
        def write(outcome: Outcome) -> None:
            fh.write(outcome.output or b"")

        return _drive(outcomes, options, None, write)

    if output is None or str(output) == "-":
        return emit(sys.stdout.buffer)
    inputs = (Path(source),) if source != "-" else ()
    with atomic_stream(output, inputs) as fh:
        return emit(fh)
