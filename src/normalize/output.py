"""Writing results safely: temporary files in the same folder, then atomic renames.

A reader of an output path sees the old file or the new one, never half of one; an error or a
Ctrl-C removes the temporary files. Files written together (an output and its report) appear
together or not at all. The input is never overwritten unless asked (``--in-place``), and then
only after a backup of it has been written. New files get the mode the umask gives (as ``open``
would); an input replaced in place keeps its own mode.

Temporary files are named ``.NAME.normalize-PID-XXXX.tmp``, so one left behind by a process that
was killed (``kill -9`` runs no clean-up) is recognisable: ``remove_stale_temps`` removes those
whose process is gone, at the start of the next run into that folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO

from normalize.errors import OutputError, OverwriteRefused

_TEMP_NAME = re.compile(r"^\..+\.normalize-(\d+)-[^.]+\.tmp$")


class InputSet:
    """The files a run reads, identified once by device and inode, so that checking a write
    against all of them is one ``stat`` and one set lookup (a batch of N files writes N outputs:
    comparing each with every input was quadratic)."""

    def __init__(self, paths: Iterable[str | Path] = ()) -> None:
        self.ids: set[tuple[int, int]] = set()
        for path in paths:
            with contextlib.suppress(OSError, ValueError):
                st = os.stat(path)
                self.ids.add((st.st_dev, st.st_ino))

    def refuse_overwrite(self, target: Path) -> None:
        """Raise OverwriteRefused when ``target`` is one of the inputs (also through a link)."""
        if not self.ids:
            return
        try:
            st = os.stat(target)
        except (OSError, ValueError):
            return  # nothing there yet: nothing to overwrite
        if (st.st_dev, st.st_ino) in self.ids:
            raise OverwriteRefused(f"{target}: refusing to overwrite the input file (use --in-place)")


def _as_input_set(inputs: InputSet | Iterable[str | Path]) -> InputSet:
    return inputs if isinstance(inputs, InputSet) else InputSet(inputs)


@cache
def default_mode() -> int:
    """The mode ``open`` gives a new file under this process's umask (0o666 less the umask)."""
    mask = os.umask(0o022)  # the only way to read the umask is to set it; put it straight back
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(
    path: str | Path,
    data: str | bytes,
    inputs: InputSet | Iterable[str | Path] = (),
    mode: int | None = None,
    durable: bool = True,
) -> None:
    """Write ``data`` to ``path`` atomically; refuse to write over any of ``inputs``."""
    write_together([(path, data)], inputs, mode, durable)


def write_together(
    items: Sequence[tuple[str | Path, str | bytes]],
    inputs: InputSet | Iterable[str | Path] = (),
    mode: int | Sequence[int | None] | None = None,
    durable: bool = True,
) -> None:
    """Write several files so that all of them appear or none does (an output and its report).
    ``mode`` is one mode for all, or one per file (None: the umask's). ``durable=False`` skips
    the flush to disk before the rename: a batch flushes all its files once at the end instead
    (``os.sync``), as one flush per small file doubled its time."""
    with atomic_files([path for path, _ in items], inputs, mode, durable) as handles:
        for fh, (_, data) in zip(handles, items, strict=True):
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def atomic_stream(
    path: str | Path, inputs: InputSet | Iterable[str | Path] = (), mode: int | None = None
) -> Iterator[BinaryIO]:
    """A binary file to stream into; it appears at ``path`` only when the block completes."""
    with atomic_files([path], inputs, mode) as (fh,):
        yield fh


def _check_target(target: Path, inputs: InputSet) -> Path:
    """The folder the temporary file goes in, after the checks every output gets."""
    if "\x00" in str(target):
        raise OutputError(f"{str(target)!r}: not a valid file name")
    inputs.refuse_overwrite(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{target}: folder {folder} does not exist")
    return folder


@contextlib.contextmanager
def atomic_files(
    paths: Sequence[str | Path],
    inputs: InputSet | Iterable[str | Path] = (),
    mode: int | Sequence[int | None] | None = None,
    durable: bool = True,
) -> Iterator[list[BinaryIO]]:
    """Temporary files for ``paths``, with ``mode`` (one for all, or one per path; None: the
    umask's); all are written (and, when ``durable``, flushed to disk) first, then all renamed
    into place. On any error (or Ctrl-C) every temporary file is removed and no target changes."""
    guard = _as_input_set(inputs)
    targets = [Path(p) for p in paths]
    modes = list(mode) if isinstance(mode, Sequence) else [mode] * len(targets)
    temps: list[tuple[BinaryIO, str, Path]] = []
    current = targets[0] if targets else Path(".")
    try:
        for target, target_mode in zip(targets, modes, strict=True):
            current = target
            folder = _check_target(target, guard)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{target.name}.normalize-{os.getpid()}-", suffix=".tmp", dir=folder
            )
            temps.append((os.fdopen(fd, "wb"), tmp, target))
            os.fchmod(fd, default_mode() if target_mode is None else target_mode)
        yield [fh for fh, _, _ in temps]
        for fh, _, target in temps:
            current = target
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
            fh.close()
        while temps:
            _, tmp, current = temps[0]
            os.replace(tmp, current)
            temps.pop(0)
    except BaseException as exc:
        for fh, tmp, _ in temps:
            with contextlib.suppress(OSError):
                fh.close()
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(f"{current}: cannot write: {exc.strerror}") from exc
        raise


def remove_stale_temps(folder: Path, recursive: bool = False) -> list[Path]:
    """Remove temporary files that a killed normalize process left in ``folder``; returns them.
    A file whose process still runs is left alone (another run may be writing it)."""
    removed: list[Path] = []
    try:
        walk = os.walk(folder) if recursive else [(str(folder), [], os.listdir(folder))]
    except (OSError, ValueError):  # no such folder, or not readable: nothing to clear
        return removed
    for root, _dirs, files in walk:
        for name in files:
            match = _TEMP_NAME.match(name)
            if match and not _process_alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(Path(root) / name)
                    removed.append(Path(root) / name)
    return removed


def clear_stale_temps(folder: Path, recursive: bool = False) -> None:
    """``remove_stale_temps``, saying on stderr what it removed (a run writing into the folder
    calls it first)."""
    removed = remove_stale_temps(folder, recursive)
    if removed:
        sys.stderr.write(
            f"normalize: removed {len(removed)} temporary file(s) left by an earlier run that was "
            f"killed (first: {removed[0]})\n"
        )


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def backup_path(path: Path) -> Path:
    """``name.bak``, or ``name.bak.1``, ``.2``… when earlier backups exist (never overwritten)."""
    candidate = path.with_name(path.name + ".bak")
    n = 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.bak.{n}")
    return candidate


def write_in_place(path: Path, original: bytes, data: str, report: tuple[Path, str] | None = None) -> Path:
    """Back the input up, then replace it atomically, keeping its mode (and write ``report``
    together with it); returns the backup's path."""
    mode = os.stat(path).st_mode & 0o7777
    backup = backup_path(path)
    write_atomic(backup, original, mode=mode)
    if report is None:
        write_atomic(path, data, mode=mode)
    else:  # the report gets the umask's mode, the input keeps its own
        write_together([(path, data), report], mode=[mode, None])
    return backup
