"""Batch runs: files into a folder, or JSONL into JSONL, with progress, a summary and a
one-line account of what was written when a run stops early (Ctrl-C, a worker killed)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from normalize.batch.work import (
    Outcome,
    Summary,
    error_line,
    expand_inputs,
    file_records,
    jsonl_lines,
    process,
)
from normalize.config import Config
from normalize.errors import BatchInterrupted, OutputError, UsageError, WorkerDied

_SUFFIX = {"text": ".txt", "markdown": ".md", "json": ".json"}


@dataclass(frozen=True)
class Options:
    config: Config
    fmt: str = "text"
    with_report: bool = False
    jobs: int = 1
    errors: Path | None = None
    progress: bool = False  # a progress line on stderr
    summary: bool = True  # the summary line at the end
    review: Path | None = None  # a folder for review pages and their index
    skip_foreign: Path | None = None  # whole foreign documents: listed here (JSONL), not written


class Progress:
    """Documents/s and, when the total is known, an ETA, redrawn on stderr at most 5 times/s.
    Any other line written to stderr first ends the progress line (``break_line``), so that a
    message never lands on the same line as the progress text."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled, self.total, self.start, self.last = enabled, total, time.monotonic(), 0.0
        self.drawn = False  # the progress text is on the current line

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
        self.drawn = True

    def break_line(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")
            self.drawn = False


@contextlib.contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold a Ctrl-C back until the block ends: an output renamed into place is counted before
    the run stops, so the account of what was written matches the disk."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: pending.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pending:
        raise KeyboardInterrupt


def _drive(
    outcomes: Iterator[Outcome],
    options: Options,
    total: int | None,
    write: Callable[[Outcome], bool],
    written_note: Callable[[int], str],
) -> Summary:
    """Consume the outcomes: write each (``write`` says whether it wrote something), report the
    failed ones, show progress. A run stopped early raises with ``written_note``'s account of
    what is on disk; the errors file of such a run is not left half-written."""
    from normalize.output import atomic_stream

    summary, progress, start = Summary(), Progress(options.progress, total), time.monotonic()
    with contextlib.ExitStack() as stack:
        errors = stack.enter_context(atomic_stream(options.errors)) if options.errors else None
        skipped = stack.enter_context(atomic_stream(options.skip_foreign)) if options.skip_foreign else None
        try:
            for outcome in outcomes:
                summary.add(outcome)
                if outcome.error is not None:
                    _report_failure(outcome, errors, progress)
                if skipped is not None and outcome.foreign:
                    skipped.write((foreign_line(outcome) + "\n").encode("utf-8"))
                    continue
                with _ctrl_c_held():
                    summary.written += write(outcome)
                progress.update(summary.documents)
        except KeyboardInterrupt as exc:
            progress.break_line()
            raise BatchInterrupted(
                f"interrupted after {summary.documents} documents; {written_note(summary.written)}"
            ) from exc
        except WorkerDied as exc:
            progress.break_line()
            exc.message = (
                f"{exc.message} after {summary.documents} documents; {written_note(summary.written)}"
            )
            raise
        finally:
            progress.break_line()
    if options.summary:
        sys.stderr.write(f"normalize: {summary.line(time.monotonic() - start)}\n")
    return summary


def foreign_line(outcome: Outcome) -> str:
    """The ``--skip-foreign`` line of a whole foreign document: where it came from, its language."""
    assert outcome.foreign is not None
    r = outcome.record
    row = {"record": r.number, "source": r.source, "id": r.ident, "lang": outcome.foreign[0]}
    return json.dumps(row | {"share": outcome.foreign[1]}, ensure_ascii=False)


def _report_failure(outcome: Outcome, errors: Any, progress: Progress) -> None:
    """A failed record: one JSON line in the errors file, or one line on stderr."""
    if errors is not None:
        errors.write((error_line(outcome) + "\n").encode("utf-8"))
        return
    progress.break_line()
    r = outcome.record
    sys.stderr.write(f"normalize: record {r.number} ({r.source}): {outcome.error}\n")


def output_targets(
    files: list[tuple[Path, Path]], out_dir: Path, fmt: str, with_report: bool
) -> dict[str, Path]:
    """Each input's output path; refuses two inputs that would write the same file (``a/x.txt``
    and ``b/x.txt`` from two folders, ``y.html`` and ``y.txt``) before anything is written."""
    targets: dict[str, Path] = {}
    owner: dict[Path, Path] = {}
    for path, rel in files:
        target = out_dir / rel.with_suffix(_SUFFIX[fmt])
        written = [target, target.with_suffix(".report.json")] if with_report else [target]
        for out in written:
            if out in owner and owner[out] != path:
                raise UsageError(
                    f"{owner[out]} and {path} would both be written to {out}; "
                    "rename one, or run them into different output folders"
                )
            owner[out] = path
        targets[str(path)] = target
    return targets


class ReviewPages:
    """The review pages of a batch (``--review DIR``): one per document as it comes, then the
    index of them all at the end of the run."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.entries: list[Any] = []  # review.index.Entry, imported only when pages are written
        self.folders: set[Path] = set()
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(f"{folder}: cannot create the review folder: {exc.strerror}") from exc

    def add(self, outcome: Outcome, relative: Path, inputs: Any, name: str) -> None:
        from normalize.output import write_atomic

        if self.folder is None or outcome.page is None:
            return
        path = self.folder / relative
        if path.parent not in self.folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(path.parent)
        write_atomic(path, outcome.page, inputs, durable=False)
        outcome.entry.href, outcome.entry.name = relative.as_posix(), name
        self.entries.append(outcome.entry)

    def finish(self) -> None:
        from normalize.output import write_atomic
        from normalize.review.index import index_page

        if self.folder is not None:
            write_atomic(self.folder / "index.html", index_page(self.entries))


def run_files(patterns: list[str], out_dir: Path, options: Options) -> Summary:
    """Clean files into ``out_dir``, mirroring folder trees; ``name.txt`` (or .md/.json) each,
    and ``name.report.json`` beside it with the report; the two are written together."""
    from normalize.output import InputSet, clear_stale_temps, write_together

    files = list(expand_inputs(patterns))  # paths only: cheap, and gives the progress total
    targets = output_targets(files, out_dir, options.fmt, options.with_report)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the output folder: {exc.strerror}") from exc
    clear_stale_temps(out_dir, recursive=True)
    inputs = InputSet(path for path, _ in files)
    folders: set[Path] = set()
    pages = ReviewPages(options.review)
    relative = {str(path): rel for path, rel in files}

    def write(outcome: Outcome) -> bool:
        if outcome.error is not None:
            return False
        target = targets[outcome.record.source]
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        items: list[tuple[str | Path, str | bytes]] = [(target, outcome.rendered or "")]
        if outcome.report is not None:
            report = json.dumps(outcome.report, ensure_ascii=False, indent=2) + "\n"
            items.insert(0, (target.with_suffix(".report.json"), report))
        write_together(items, inputs, durable=False)  # flushed to disk once, at the end
        rel = relative[outcome.record.source]
        pages.add(outcome, rel.with_suffix(".html"), inputs, rel.as_posix())
        return True

    def note(written: int) -> str:
        return f"{written} of {len(files)} outputs were written to {out_dir} (each one whole)"

    outcomes = process(
        file_records(files),
        options.config,
        options.fmt,
        options.with_report,
        options.jobs,
        review=bool(options.review),
    )
    try:
        summary = _drive(outcomes, options, len(files), write, note)
        pages.finish()
        return summary
    finally:
        os.sync()  # every output written, also by a run that stops early, is on disk when it ends


def run_jsonl(source: str, output: Path | None, text_field: str, id_field: str, options: Options) -> Summary:
    """Clean a JSONL stream into JSONL: each record's fields in order, the cleaned text in the
    text field, ``report`` when asked, ``error`` on a record that failed."""
    from normalize.output import atomic_stream, clear_stale_temps

    if options.fmt == "json":
        raise UsageError("--format json does not apply to JSONL output (records are JSON); use --with-report")

    def lines() -> Iterator[bytes]:
        if source == "-":
            yield from sys.stdin.buffer
            return
        from normalize.pipeline import input_errors

        with input_errors(source), open(source, "rb") as fh:
            yield from fh

    records = jsonl_lines(lines(), "<stdin>" if source == "-" else source)
    fields = (text_field, id_field)
    outcomes = process(
        records, options.config, options.fmt, options.with_report, options.jobs, fields, bool(options.review)
    )
    pages = ReviewPages(options.review)

    def emit(fh: Any, note: Callable[[int], str]) -> Summary:
        def write(outcome: Outcome) -> bool:
            fh.write(outcome.output or b"")
            r = outcome.record
            name = f"record {r.number}" + (f" (id {r.ident})" if r.ident is not None else "")
            pages.add(outcome, Path(f"record-{r.number:06}.html"), (), name)
            return outcome.output is not None

        summary = _drive(outcomes, options, None, write, note)
        pages.finish()
        return summary

    if output is None or str(output) == "-":
        return emit(sys.stdout.buffer, lambda n: f"{n} records were written to standard output")
    clear_stale_temps(output.parent if str(output.parent) else Path("."))
    inputs = (Path(source),) if source != "-" else ()
    with atomic_stream(output, inputs) as fh:
        return emit(fh, lambda n: f"no output was written ({output} is as it was)")
