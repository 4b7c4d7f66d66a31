"""The project's exceptions. The CLI turns each into one line on stderr and its own exit code.

Exit codes (also in the README and ``normalize --help``):

====  ===============================================================
0     done (``detect``: nothing found)
1     findings (``detect``, ``clean --strict``)
2     usage error: unknown option or ``--format``, bad argument
3     input file does not exist
4     input is a directory
5     input cannot be read (permissions, I/O error)
6     input is binary data (image, PDF, archive…): refused, not "repaired"
7     input is not valid text in any encoding
8     a glossary or rules file is malformed (file and line named)
9     output cannot be written (missing folder, read-only, disk full)
10    output would overwrite the input (use ``--in-place``)
11    batch: some records failed (they are listed in the errors file)
12    a translation package is not valid, or its model cannot be loaded
13    input too large to be an article (an HTML page over its markup or text limit)
14    batch: a worker process died (killed, out of memory); the message says what was written
130   interrupted (Ctrl-C, SIGTERM); no partial file is left behind, and a batch says how many
      whole outputs it wrote
====  ===============================================================
"""

from __future__ import annotations

FINDINGS = 1
BATCH_PARTIAL = 11
WORKER_DIED = 14
INTERRUPTED = 130


class NormalizeError(Exception):
    """Base class: a clear, one-line message and the exit code the CLI uses for it."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(NormalizeError):
    """Arguments that cannot work together, or an unknown format."""

    exit_code = 2


class InputError(NormalizeError):
    """The input cannot be used; the subclasses say why."""

    exit_code = 5


class InputMissing(InputError):
    exit_code = 3


class InputIsDirectory(InputError):
    exit_code = 4


class InputUnreadable(InputError):
    exit_code = 5


class BinaryInput(InputError):
    exit_code = 6


class UndecodableInput(InputError):
    exit_code = 7


class InputTooLarge(InputError):
    exit_code = 13


class RulesError(NormalizeError):
    """A rules file or glossary is malformed; the message names the file and line."""

    exit_code = 8


class OutputError(NormalizeError):
    """The output cannot be written (missing folder, read-only, disk full)."""

    exit_code = 9


class OverwriteRefused(OutputError):
    """The output path is the input, and ``--in-place`` was not given."""

    exit_code = 10


class ModelError(NormalizeError):
    """A translation package is not valid, is missing, or its model cannot be loaded."""

    exit_code = 12


class WorkerDied(NormalizeError):
    """A batch worker process died (killed, out of memory); the batch stops."""

    exit_code = WORKER_DIED


class BatchInterrupted(NormalizeError):
    """Ctrl-C (or SIGTERM) during a batch; the message counts the outputs already written."""

    exit_code = INTERRUPTED
