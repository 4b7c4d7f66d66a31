"""The project's exceptions. The CLI turns each into one line on stderr and its exit code."""

from __future__ import annotations


class NormalizeError(Exception):
    """Base class: a clear, one-line message and the exit code the CLI uses for it."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(NormalizeError):
    """The input cannot be read: missing, a directory, binary, or undecodable."""

    exit_code = 3


class RulesError(NormalizeError):
    """A rules file or glossary is malformed; the message names the file and line."""

    exit_code = 4


class OutputError(NormalizeError):
    """The output cannot be written (missing folder, read-only, same path as the input)."""

    exit_code = 5
