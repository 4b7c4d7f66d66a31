"""What the commands share: option types, reading the input, one-line errors, warnings."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from normalize.config import Config
from normalize.errors import INTERRUPTED, NormalizeError, UsageError


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


class Policy(StrEnum):
    drop = "drop"
    keep = "keep"
    mark = "mark"


InputArg = Annotated[
    str | None,
    typer.Argument(
        metavar="SOURCE",
        help="Input file, or - for standard input (the default when standard input is not a terminal).",
        show_default=False,
    ),
]
GlossaryOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--glossary",
        "-g",
        help="Extra glossary TSV (source<TAB>target); repeatable; wins over the shipped ones.",
    ),
]
PolicyOpt = Annotated[
    Policy,
    typer.Option(
        "--on-untranslated", help="Foreign blocks no model can translate: drop, keep, or mark them."
    ),
]
HarmonizeMoneyOpt = Annotated[
    bool,
    typer.Option(
        "--harmonize-money",
        help='Write money scales one way in prose, by the document\'s majority ("$4B" beside "$4 billion"). '
        "Off by default: a clean article comes back as it was.",
    ),
]
RulesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules",
        help="Extra boilerplate rules TOML ([[line]], [[section]], [[metadata]], and [shapes.<table>] word "
        "lists added to rules/shapes.toml); repeatable.",
    ),
]


def source_or_stdin(source: str | None) -> str:
    """``source``, or ``-`` when none is given and text is piped in (as ftfy and trafilatura do)."""
    if source is not None:
        return source
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("missing SOURCE: give a file, or - (or pipe text in) to read standard input")
    return "-"


def read_input(source: str) -> tuple[bytes, str]:
    from normalize.pipeline import read_input_file

    if source == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    return read_input_file(source), source


def fail(exc: NormalizeError) -> None:
    if os.environ.get("NORMALIZE_DEBUG"):
        raise exc
    typer.echo(f"normalize: error: {exc.message}", err=True)
    if exc.exit_code == INTERRUPTED:
        sys.exit(INTERRUPTED)  # past typer, which would add its generic "interrupted" line
    raise typer.Exit(exc.exit_code)


def untranslated_pairs(findings: list) -> dict[str, int]:  # type: ignore[type-arg]
    pairs: dict[str, int] = {}
    for f in findings:
        if f.kind in ("untranslated", "foreign_document") and f.data.get("pair"):
            pairs[f.data["pair"]] = pairs.get(f.data["pair"], 0) + f.data.get("blocks", 1)
    return pairs


def warn_untranslated(pairs: dict[str, int]) -> None:
    """One warning per language pair no model covered, for a document or a whole batch."""
    for pair, count in sorted(pairs.items()):
        src, _, dst = pair.partition("-")
        typer.echo(
            f"normalize: warning: no translation model for {src}->{dst}; {count} block(s) handled by "
            f"the untranslated policy. Install one with: normalize models install FILE.argosmodel",
            err=True,
        )


def build_config(
    glossary: list[Path] | None, rules: list[Path] | None, policy: Policy, harmonize_money: bool = False
) -> Config:
    return Config(
        glossaries=tuple(glossary or ()),
        rules=tuple(rules or ()),
        on_untranslated=policy.value,
        harmonize_money=harmonize_money,
    )


def build_normalizer(  # type: ignore[no-untyped-def]
    glossary: list[Path] | None, rules: list[Path] | None, policy: Policy, harmonize_money: bool = False
):
    from normalize.pipeline import Normalizer

    return Normalizer(build_config(glossary, rules, policy, harmonize_money))
