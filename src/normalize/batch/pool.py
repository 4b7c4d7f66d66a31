"""Worker processes for batches, each with a pipe of its own.

``concurrent.futures.ProcessPoolExecutor`` shares one result queue, guarded by one lock, among
all workers: a worker killed while it holds the lock (``kill -9``, the OOM killer) leaves the
others blocked and the parent waiting forever, and its manager thread then keeps the parent
from exiting. Here each worker has its own pipe, so a death is seen at once (end of file on that
pipe) and touches nothing else, and a worker sees its parent die the same way.

Each worker runs ``initializer(*initargs)`` once, then applies ``fn`` to the tasks it is sent.
A reader thread in the worker keeps draining its pipe, so the parent can queue a second task
while the first runs without either side ever blocking the other.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from normalize.errors import WorkerDied

PER_WORKER = 2  # tasks in flight per worker: one running, one waiting in its queue


def _context() -> Any:
    """Fork where the platform has it (workers start in milliseconds and inherit the loaded
    modules); spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _serve(
    conn: Connection, others: list[Connection], fn: Callable[[Any], Any], init: Any, args: Any
) -> None:
    """A worker's life: Ctrl-C is the parent's to handle (the terminal sends it to the whole
    process group), the parent's end of file ends the worker, results go back tagged."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a handler the parent installed came with the fork
    for other in others:  # other workers' pipes came with the fork: holding them would hide EOFs
        other.close()
    init(*args)
    tasks: queue.Queue[Any] = queue.Queue()

    def read() -> None:
        try:
            while True:
                tasks.put(conn.recv())
        except (EOFError, OSError):
            os._exit(0)  # the parent is gone (or closed the pipe): nobody reads our results

    threading.Thread(target=read, name="normalize-task-reader", daemon=True).start()
    while True:
        number, task = tasks.get()
        try:
            result = fn(task)
        except Exception as exc:  # sent back and raised in the parent, not a silent death
            result = _Raised(f"{type(exc).__name__}: {exc}")
        try:
            conn.send((number, result))
        except OSError:
            os._exit(0)  # the parent is gone (Ctrl-C ended it first): no traceback on its stderr


class _Raised:
    """A task that raised in a worker; the parent raises it again."""

    def __init__(self, message: str) -> None:
        self.message = message


class WorkerPool:
    """``jobs`` processes that apply ``fn`` to tasks, results yielded in task order."""

    def __init__(self, jobs: int, fn: Callable[[Any], Any], initializer: Callable[..., None], initargs: Any):
        ctx = _context()
        self.procs: list[Any] = []
        self.conns: list[Connection] = []
        for _ in range(jobs):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(
                target=_serve, args=(theirs, [*self.conns, mine], fn, initializer, initargs), daemon=True
            )
            proc.start()
            theirs.close()
            self.procs.append(proc)
            self.conns.append(mine)

    def map(self, tasks: Iterable[Any]) -> Iterator[Any]:
        """Results of ``fn`` over ``tasks``, in order; at most ``PER_WORKER`` tasks per worker
        are in flight, so memory stays bounded whatever the input. Raises WorkerDied when a
        worker dies."""
        busy = [0] * len(self.conns)
        done: dict[int, Any] = {}
        sent = emitted = 0
        source = iter(tasks)
        exhausted = False
        while True:
            while not exhausted and sum(busy) < PER_WORKER * len(busy):
                task = next(source, _END)
                if task is _END:
                    exhausted = True
                    break
                w = busy.index(min(busy))
                try:
                    self.conns[w].send((sent, task))
                except OSError as exc:  # its pipe is broken: it died
                    raise self._died(w) from exc
                busy[w] += 1
                sent += 1
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
            if exhausted and emitted == sent:
                return
            for w, number, result in self._receive():
                busy[w] -= 1
                if isinstance(result, _Raised):
                    raise RuntimeError(f"a worker failed: {result.message}")
                done[number] = result

    def _receive(self) -> Iterator[tuple[int, int, Any]]:
        """The results ready now (waits for at least one)."""
        for conn in wait(self.conns):
            w = self.conns.index(conn)  # type: ignore[arg-type]
            try:
                number, result = conn.recv()  # type: ignore[union-attr]
            except (EOFError, OSError) as exc:
                raise self._died(w) from exc
            yield w, number, result

    def _died(self, w: int) -> WorkerDied:
        self.procs[w].join(timeout=1)  # reap it, to read how it ended
        code = self.procs[w].exitcode
        how = f"signal {-code}" if code is not None and code < 0 else "killed, or out of memory"
        return WorkerDied(f"a worker process died ({how})")

    def close(self) -> None:
        """End the workers now (queued tasks are dropped) and wait for them briefly."""
        for conn in self.conns:
            conn.close()
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self.procs:
            proc.join(timeout=5)


_END = object()
