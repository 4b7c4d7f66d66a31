"""The command line: ``normalize clean``, ``normalize detect``.

stdout carries only results; warnings go to stderr. Exit codes: 0 clean, 1 findings (``detect``,
or ``clean --strict``), 2 usage errors, 3 unreadable input, 4 bad rules or glossary, 5 output
cannot be written. ``NORMALIZE_DEBUG=1`` shows tracebacks.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from normalize.config import Config
from normalize.errors import NormalizeError

app = typer.Typer(
    help="Turn scraped, half-translated articles into clean English, reporting every change.",
    epilog="Exit codes: 0 done (detect: nothing found), 1 findings (detect, clean --strict), 2 usage error, "
    "3 unreadable input, 4 bad rules or glossary, 5 output cannot be written.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


class Policy(StrEnum):
    drop = "drop"
    keep = "keep"
    mark = "mark"


InputArg = Annotated[str, typer.Argument(help="Input file, or - for standard input.", show_default=False)]
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
RulesOpt = Annotated[
    list[Path] | None, typer.Option("--rules", help="Extra boilerplate rules TOML; repeatable.")
]


def _read_input(source: str) -> tuple[bytes, str]:
    from normalize.pipeline import read_input_file

    if source == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    return read_input_file(source), source


def _fail(exc: NormalizeError) -> None:
    if os.environ.get("NORMALIZE_DEBUG"):
        raise exc
    typer.echo(f"normalize: error: {exc.message}", err=True)
    raise typer.Exit(exc.exit_code)


def _warn_untranslated(findings: list) -> None:  # type: ignore[type-arg]
    pairs: dict[str, int] = {}
    for f in findings:
        if f.kind == "untranslated" and f.data.get("pair"):
            pairs[f.data["pair"]] = pairs.get(f.data["pair"], 0) + 1
    for pair, count in sorted(pairs.items()):
        src, _, dst = pair.partition("-")
        typer.echo(
            f"normalize: warning: no translation model for {src}->{dst}; {count} block(s) handled by "
            f"the untranslated policy. Install one with: normalize models install FILE.argosmodel",
            err=True,
        )


def _normalizer(glossary: list[Path] | None, rules: list[Path] | None, policy: Policy):  # type: ignore[no-untyped-def]
    from normalize.pipeline import Normalizer

    return Normalizer(
        Config(glossaries=tuple(glossary or ()), rules=tuple(rules or ()), on_untranslated=policy.value)
    )


@app.command()
def clean(
    source: InputArg,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout (atomically).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write the JSON report (findings and changes) here.")
    ] = None,
    glossary: GlossaryOpt = None,
    rules: RulesOpt = None,
    on_untranslated: PolicyOpt = Policy.drop,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when anything was found.")] = False,
) -> None:
    """Clean one article: repair, remove boilerplate, replace stray terms, report every change."""
    from normalize import render as render_mod
    from normalize.output import write_atomic
    from normalize.report import build_report

    try:
        normalizer = _normalizer(glossary, rules, on_untranslated)
        data, name = _read_input(source)
        result = normalizer.clean(data, name)
        text = render_mod.render(result.document, fmt.value)
        inputs = (Path(source),) if source != "-" else ()
        if report is not None:
            write_atomic(
                report, json.dumps(build_report(result.document), ensure_ascii=False, indent=2) + "\n", inputs
            )
        if output is None or str(output) == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            write_atomic(output, text, inputs)
    except NormalizeError as exc:
        _fail(exc)
        return
    _warn_untranslated(result.findings)
    if strict and result.findings:
        raise typer.Exit(1)


@app.command()
def detect(
    source: InputArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print findings as JSON.")] = False,
    glossary: GlossaryOpt = None,
    rules: RulesOpt = None,
) -> None:
    """List what is wrong with an article, without changing it. Exit 0: nothing found, 1: findings."""
    from normalize.report import finding_line

    try:
        normalizer = _normalizer(glossary, rules, Policy.drop)
        data, name = _read_input(source)
        result = normalizer.clean(data, name)
    except NormalizeError as exc:
        _fail(exc)
        return
    doc = result.document
    if as_json:
        payload = [{**f.to_dict(), "line": finding_line(doc, f)} for f in doc.findings]
        sys.stdout.write(
            json.dumps({"source": name, "findings": payload}, ensure_ascii=False, indent=2) + "\n"
        )
    else:
        for f in doc.findings:
            sys.stdout.write(f"{name}:{finding_line(doc, f)}: {f.kind}: {f.message}\n")
    raise typer.Exit(1 if doc.findings else 0)


def main() -> None:
    app()
