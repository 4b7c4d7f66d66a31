"""The command line: ``normalize clean``, ``detect``, ``restore``, ``batch`` and ``models``.

stdout carries only results; warnings and errors go to stderr, one line each. The exit codes are
listed in ``normalize.errors`` and the README. ``NORMALIZE_DEBUG=1`` shows tracebacks.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer

from normalize.cli_common import (
    Format,
    GlossaryOpt,
    HarmonizeMoneyOpt,
    InputArg,
    Policy,
    PolicyOpt,
    RulesOpt,
    build_config,
    build_normalizer,
    fail,
    read_input,
    source_or_stdin,
    untranslated_pairs,
    warn_untranslated,
)
from normalize.errors import BATCH_PARTIAL, INTERRUPTED, NormalizeError, UsageError

app = typer.Typer(
    help="Turn scraped, half-translated articles into clean English, reporting every change.",
    epilog="Exit codes: 0 done (detect: nothing found), 1 findings (detect, clean --strict), 2 usage error, "
    "3 no such input, 4 input is a directory, 5 input unreadable, 6 binary input, 7 undecodable text, "
    "8 bad glossary or rules, 9 output cannot be written, 10 output would overwrite the input, "
    "11 some batch records failed, 12 bad translation package or model, 13 input too large, "
    "14 a batch worker died, 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help text is plain: "[default: …]" is text, not a markup tag
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from normalize import __version__

        typer.echo(f"normalize {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn scraped, half-translated articles into clean English, reporting every change."""


@app.command()
def clean(
    source: InputArg = None,
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
    harmonize_money: HarmonizeMoneyOpt = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when anything was found.")] = False,
    in_place: Annotated[
        bool, typer.Option("--in-place", help="Replace the input file, keeping a backup (INPUT.bak).")
    ] = False,
) -> None:
    """Clean one article: repair, remove boilerplate, replace stray terms, report every change."""
    from normalize import render as render_mod
    from normalize.output import clear_stale_temps, write_atomic, write_in_place, write_together
    from normalize.report import build_report

    try:
        source = source_or_stdin(source)
        if in_place and (source == "-" or output is not None):
            raise UsageError("--in-place needs an input file and no --output")
        normalizer = build_normalizer(glossary, rules, on_untranslated, harmonize_money)
        data, name = read_input(source)
        result = normalizer.clean(data, name)
        text = render_mod.render(result.document, fmt.value)
        inputs = (Path(source),) if source != "-" else ()
        report_item = None
        if report is not None:
            payload = json.dumps(build_report(result.document), ensure_ascii=False, indent=2) + "\n"
            report_item = (report, payload)
        to_file = output is not None and str(output) != "-"
        for path in (output if to_file else None, report):
            if path is not None:
                clear_stale_temps(path.parent if str(path.parent) else Path("."))
        if in_place:
            backup = write_in_place(Path(source), data, text, report_item)
            typer.echo(f"normalize: {source} cleaned in place; the original is in {backup}", err=True)
        elif to_file:
            assert output is not None
            write_together([(output, text), *([report_item] if report_item else [])], inputs)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
            if report_item is not None:  # after the text is out: a failed write leaves no report
                write_atomic(report_item[0], report_item[1], inputs)
    except NormalizeError as exc:
        fail(exc)
        return
    warn_untranslated(untranslated_pairs(result.findings))
    if any(f.kind == "foreign_document" and f.data.get("policy") == "drop" for f in result.findings):
        raise typer.Exit(EXIT_FOREIGN_DROPPED)  # the output is empty on purpose: say so
    if strict and result.findings:
        raise typer.Exit(1)


# A whole document in a language no model translates, dropped by the default policy: the empty
# output is the policy's doing, and a script must be able to tell it from success.
EXIT_FOREIGN_DROPPED = 15


@app.command()
def detect(
    source: InputArg = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print findings as JSON.")] = False,
    glossary: GlossaryOpt = None,
    rules: RulesOpt = None,
) -> None:
    """List what is wrong with an article, without changing it. Exit 0: nothing found, 1: findings."""
    from normalize.report import finding_line

    try:
        source = source_or_stdin(source)
        normalizer = build_normalizer(glossary, rules, Policy.drop)
        data, name = read_input(source)
        result = normalizer.clean(data, name)
    except NormalizeError as exc:
        fail(exc)
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


@app.command()
def restore(
    output: Annotated[
        str,
        typer.Argument(
            metavar="OUTPUT",
            help="A text output of `normalize clean`, or its --format json output; - for standard input.",
            show_default=False,
        ),
    ],
    report: Annotated[
        Path | None, typer.Argument(help="The JSON report written with it (not needed for --format json).")
    ] = None,
    to: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Rebuild the original input text exactly from an output and its report. A report that is
    not this output's (its hashes say so) is refused."""
    from normalize.output import write_atomic
    from normalize.report import restore as restore_text

    try:
        data, name = read_input(output)
        text, plan = _load_restore_inputs(data, report)
        try:
            original = restore_text(text, plan)
        except ValueError as exc:
            raise UsageError(f"{name}: {exc}") from exc
        if to is None:
            sys.stdout.write(original)
        else:
            inputs = ((Path(output),) if output != "-" else ()) + ((report,) if report else ())
            write_atomic(to, original, inputs)
    except NormalizeError as exc:
        fail(exc)


def _load_restore_inputs(data: bytes, report: Path | None) -> tuple[str, dict]:  # type: ignore[type-arg]
    from normalize.errors import UndecodableInput
    from normalize.pipeline import read_input_file

    try:
        text = data.decode("utf-8")
        if report is None:
            both = json.loads(text)
            return both["text"], both["report"]
        return text, json.loads(read_input_file(report))
    except UnicodeDecodeError as exc:
        raise UndecodableInput("the output is not UTF-8; restore reads what normalize wrote") from exc
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        what = "the report" if report else "the output (expected --format json, or give the report)"
        raise UsageError(f"{what} is not a normalize report: {exc}") from exc


@app.command()
def batch(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="[INPUT]...", help="Files, folders (recursive) or globs.", show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Output folder (files; mirrors the input tree) or file (JSONL; - stdout)."
        ),
    ] = None,
    jsonl: Annotated[
        str | None, typer.Option("--jsonl", help="Read records from a JSONL file, or - for stdin.")
    ] = None,
    text_field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field identifying a record.")] = "id",
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="Output format; for JSONL, the form of the cleaned text (text or markdown).",
        ),
    ] = Format.text,
    with_report: Annotated[
        bool,
        typer.Option(
            "--with-report",
            help="Also write each document's JSON report (NAME.report.json beside each output; "
            "a report field in JSONL).",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, show_default=False, help="Worker processes [default: all cores]."
        ),
    ] = None,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write failed records here (JSONL) instead of to stderr.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary line.")] = False,
    review: Annotated[
        Path | None,
        typer.Option(
            "--review",
            help="Also write a review page for each document into this folder, and index.html listing them.",
        ),
    ] = None,
    skip_foreign: Annotated[
        Path | None,
        typer.Option(
            "--skip-foreign",
            help="Do not write documents that are wholly in a language other than English; list "
            "them here instead (JSONL: record, source, id, language, share).",
        ),
    ] = None,
    glossary: GlossaryOpt = None,
    rules: RulesOpt = None,
    on_untranslated: PolicyOpt = Policy.drop,
    harmonize_money: HarmonizeMoneyOpt = False,
) -> None:
    """Clean many documents: files, folders and globs, or a JSONL stream. Bad records are reported
    (record number, source, reason) and the rest goes on; exit 11 when any failed."""
    from normalize import batch as batch_mod

    try:
        if bool(inputs) == bool(jsonl):
            raise UsageError("give input files/folders, or --jsonl FILE|-, not both")
        if inputs and output is None:
            raise UsageError("files mode needs --output FOLDER")
        config = build_config(glossary, rules, on_untranslated, harmonize_money)
        build_normalizer(glossary, rules, on_untranslated)  # bad glossary or rules: fail before any work
        options = batch_mod.Options(
            config,
            fmt.value,
            with_report,
            jobs or os.cpu_count() or 1,
            errors,
            progress=not quiet and sys.stderr.isatty(),
            summary=not quiet,
            review=review,
            skip_foreign=skip_foreign,
        )
        if jsonl:
            summary = batch_mod.run_jsonl(jsonl, output, text_field, id_field, options)
        else:
            summary = batch_mod.run_files(inputs or [], output or Path("."), options)
    except NormalizeError as exc:
        fail(exc)
        return
    warn_untranslated(dict(summary.untranslated))
    if summary.failures:
        raise typer.Exit(BATCH_PARTIAL)


from normalize.cli_models import models_app  # noqa: E402  (after app, which it joins)
from normalize.cli_review import review as review_command  # noqa: E402

app.command("review")(review_command)
app.add_typer(models_app, name="models")


def _terminated(signum: int, _frame: object) -> None:
    """SIGTERM ends a run as Ctrl-C does, so that temporary files are removed on the way out."""
    raise KeyboardInterrupt


def main() -> None:
    """Run the CLI; usage errors and Ctrl-C become one line on stderr and their exit codes."""
    signal.signal(signal.SIGTERM, _terminated)
    try:
        code = app(standalone_mode=False)
    except KeyboardInterrupt:
        typer.echo("normalize: interrupted; no partial output was written", err=True)
        sys.exit(INTERRUPTED)
    except Exception as exc:  # click's usage errors: one line instead of a usage block
        if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
            raise
        if type(exc).__name__ == "NoArgsIsHelpError":
            exc.show()  # type: ignore[attr-defined]
        else:
            typer.echo(f"normalize: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    if code == INTERRUPTED:
        typer.echo("normalize: interrupted; no partial output was written", err=True)
    sys.exit(code or 0)
