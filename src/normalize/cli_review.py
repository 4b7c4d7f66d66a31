"""``normalize review``: a self-contained HTML page showing every change a cleaning made."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from normalize.cli_common import (
    GlossaryOpt,
    HarmonizeMoneyOpt,
    InputArg,
    Policy,
    PolicyOpt,
    RulesOpt,
    build_normalizer,
    fail,
    read_input,
    source_or_stdin,
)
from normalize.errors import NormalizeError, UsageError


def review(
    source: InputArg = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the page here instead of stdout (atomically)."),
    ] = None,
    from_report: Annotated[
        Path | None,
        typer.Option(
            "--from-report",
            help="Build the page from a saved report instead of cleaning: SOURCE is then the text output "
            "it was written with (not needed for a --format json output, which holds both).",
        ),
    ] = None,
    glossary: GlossaryOpt = None,
    rules: RulesOpt = None,
    on_untranslated: PolicyOpt = Policy.drop,
    harmonize_money: HarmonizeMoneyOpt = False,
) -> None:
    """Write a review page: the input with every removal, replacement and finding in place,
    counts by stage and rule, and filters. It loads nothing and runs no document content."""
    from normalize.output import write_atomic
    from normalize.review.page import document_page

    try:
        if from_report is not None:
            text, report = _saved(from_report, source)
        else:
            data, name = read_input(source_or_stdin(source))
            result = build_normalizer(glossary, rules, on_untranslated, harmonize_money).clean(data, name)
            text, report = result.text, result.report()
        try:
            page = document_page(text, report)
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"the report does not describe this output: {exc}") from exc
        if output is None or str(output) == "-":
            sys.stdout.write(page)
        else:
            inputs = [p for p in (source, from_report) if p not in (None, "-")]
            write_atomic(output, page, [Path(str(p)) for p in inputs])
    except NormalizeError as exc:
        fail(exc)


def _saved(report_path: Path, output: str | None) -> tuple[str, dict[str, Any]]:
    """The text output and report a page is rebuilt from: a ``--format json`` output alone, or a
    report and the text output written with it."""
    from normalize.pipeline import read_input_file

    try:
        saved = json.loads(read_input_file(report_path))
        if output is None:
            return saved["text"], saved["report"]
        report = saved if "layout" in saved else saved["report"]  # a report, or a json output
        return read_input(output)[0].decode("utf-8"), report
    except UnicodeDecodeError as exc:
        raise UsageError("the output is not UTF-8; review reads what normalize wrote") from exc
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        what = "the report" if output else "the report (a --format json output, or give the text output too)"
        raise UsageError(f"{what} is not a normalize report: {exc}") from exc
