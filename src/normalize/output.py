"""Writing results safely: a temporary file in the same folder, then an atomic rename.

A reader of the output path sees the old file or the new one, never half of one; an error or a
Ctrl-C removes the temporary file. The input is never overwritten unless asked (``--in-place``),
and then only after a backup of it has been written.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from normalize.errors import OutputError, OverwriteRefused


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def refuse_overwrite(target: Path, inputs: tuple[Path, ...]) -> None:
    for source in inputs:
        if same_file(target, source) or target.resolve() == source.resolve():
            raise OverwriteRefused(f"{target}: refusing to overwrite the input file (use --in-place)")


def write_atomic(path: str | Path, data: str | bytes, inputs: tuple[Path, ...] = ()) -> None:
    """Write ``data`` to ``path`` atomically; refuse to write over any of ``inputs``."""
    with atomic_stream(path, inputs) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def atomic_stream(path: str | Path, inputs: tuple[Path, ...] = ()) -> Iterator[BinaryIO]:
    """A binary file to stream into; it appears at ``path`` only when the block completes."""
    target = Path(path)
    if "\x00" in str(target):
        raise OutputError(f"{str(target)!r}: not a valid file name")
    refuse_overwrite(target, inputs)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{target}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write: {exc.strerror}") from exc
        raise


def backup_path(path: Path) -> Path:
    """``name.bak``, or ``name.bak.1``, ``.2``… when earlier backups exist (never overwritten)."""
    candidate = path.with_name(path.name + ".bak")
    n = 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.bak.{n}")
    return candidate


def write_in_place(path: Path, original: bytes, data: str) -> Path:
    """Back the input up, then replace it atomically; returns the backup's path."""
    backup = backup_path(path)
    write_atomic(backup, original)
    write_atomic(path, data)
    return backup
