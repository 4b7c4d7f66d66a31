"""The versioned JSON report; replaying it forward, and restoring the input from the output.

The report lists every change with its stage, rule, block, exact before and after, and the
layout of the output (where each block sits, the whitespace between blocks). So:

- ``replay(input, report)`` reproduces the output;
- ``restore(output, report)`` rebuilds the input text exactly, by undoing the changes in reverse
  order (tested on every sample, the corpus and generated documents).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from normalize.model import Change, Document, Finding

SCHEMA = "normalize.report/1"


def finding_line(doc: Document, finding: Finding) -> int:
    """1-based source line of a finding (a table's row, not just its first line)."""
    block = doc.blocks[finding.block]
    return block.line_start + block.text[: finding.start].count("\n")


def build_report(doc: Document) -> dict[str, Any]:
    """The JSON-ready report of one document."""
    from normalize.render import render_text_spans

    text, spans = render_text_spans(doc)  # once, for the layout and the hashes
    findings = [{**f.to_dict(), "line": finding_line(doc, f)} for f in doc.findings]
    report: dict[str, Any] = {
        "schema": SCHEMA,
        "source": doc.source,
        "encoding": doc.encoding,
        "format": doc.format,
        "metadata": {k: v for k, v in doc.metadata.items() if v},
        "summary": {
            "blocks": len(doc.blocks),
            "blocks_removed": sum(b.removed for b in doc.blocks),
            "findings": dict(Counter(f.kind for f in doc.findings)),
            "changes": dict(Counter(c.stage for c in doc.changes)),
            "languages": languages(doc),
        },
        "findings": findings,
        "changes": [c.to_dict() for c in doc.changes],
        "layout": layout(doc, spans),
    }
    report["hashes"] = hashes(doc, report, text)
    return report


def languages(doc: Document) -> dict[str, int]:
    """Characters of text per language detect gave the blocks (neutral blocks, such as
    numbers and short labels, have none), largest first."""
    counts: Counter[str] = Counter()
    for block in doc.blocks:
        if block.lang:
            counts[block.lang] += len(block.text)
    return dict(counts.most_common())


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def hashes(doc: Document, report: dict[str, Any], text: str) -> dict[str, str]:
    """SHA-256 of the input text (as read), of the text output ``text`` and of the Markdown
    output, so that ``restore`` can refuse a report that is not this output's. The input's hash
    is taken from the text the report restores: it proves the report restores that text
    exactly."""
    from normalize.render import render_markdown

    return {
        "input_text": sha256(restore(text, report)),
        "text": sha256(text),
        "markdown": sha256(render_markdown(doc)),
    }


def layout(doc: Document, spans: list[tuple[int, int, int]]) -> dict[str, Any]:
    """What restoring needs besides the changes: each shown block's span in the text output
    (``spans``, from ``render_text_spans``), the final text of blocks kept but not shown
    (emptied by repair), the whitespace before each block, and the whitespace after the last."""
    shown = {index for index, _, _ in spans}
    return {
        "spans": [list(s) for s in spans],
        "hidden": {str(b.index): b.text for b in doc.live_blocks() if b.index not in shown},
        "seps": [b.sep for b in doc.blocks],
        "tail": doc.tail,
    }


def _undo(current: str, change: Change) -> str:
    """``current`` with ``change`` undone; checks the change's ``after`` is where it says."""
    end = change.start + len(change.after)
    if current[change.start : end] != change.after:
        raise ValueError(
            f"output does not match the report at block {change.block} ({change.rule}): was it edited?"
        )
    return current[: change.start] + change.before + current[end:]


def restore(output: str, report: dict[str, Any]) -> str:
    """Rebuild the input text exactly from the text output and its report.

    Raises ValueError when the output is not the one the report describes (its hashes differ:
    another document's report, the Markdown output, an edited output), or was changed after it
    was written (a span or a recorded change no longer matches).
    """
    texts, seps, tail = restore_parts(output, report)
    original = "".join(sep + text for sep, text in zip(seps, texts, strict=True)) + tail
    expected = (report.get("hashes") or {}).get("input_text")
    if expected and sha256(original) != expected:
        raise ValueError("the restored text does not match the input's SHA-256 in the report")
    return original


def restore_parts(output: str, report: dict[str, Any]) -> tuple[list[str], list[str], str]:
    """Each block's text and the whitespace before it as read, and the whitespace after the last
    block: the input, in the pieces the changes refer to (``restore`` joins them; the review
    page replays the changes on them)."""
    _check_output_hash(output, report.get("hashes") or {})
    try:
        plan = report["layout"]
        seps: list[str] = list(plan["seps"])
        changes = [Change(**entry) for entry in report["changes"]]
    except (KeyError, TypeError) as exc:
        raise ValueError(f"not a normalize report with a layout (schema {SCHEMA}): {exc}") from exc
    texts: list[str | None] = [None] * len(seps)
    for index, start, end in plan["spans"]:
        texts[index] = output[start:end]
    for index, text in plan["hidden"].items():
        texts[int(index)] = text
    for change in reversed(changes):
        if change.field == "block":
            texts[change.block] = change.before
        elif change.field == "sep":
            seps[change.block] = _undo(seps[change.block], change)
        else:
            current = texts[change.block]
            if current is None:
                raise ValueError(f"report changes block {change.block} after removing it")
            texts[change.block] = _undo(current, change)
    if any(t is None for t in texts):
        raise ValueError("report does not account for every block")
    return [t or "" for t in texts], seps, plan["tail"]


def _check_output_hash(output: str, hashes: dict[str, str]) -> None:
    if not hashes.get("text"):
        return  # a report written before hashes were recorded: the span checks still run
    digest = sha256(output)
    if digest == hashes["text"]:
        return
    if digest == hashes.get("markdown"):
        raise ValueError(
            "this is the Markdown output; restore needs the text output (or the --format json output)"
        )
    raise ValueError(
        "this is not the output the report describes (its SHA-256 differs): another document's "
        "report, or an output edited since it was written"
    )


def apply_change(doc: Document, change: Change) -> None:
    """Re-apply one recorded change to a freshly read document; checks ``before`` matches."""
    block = doc.blocks[change.block]
    current = block.sep if change.field == "sep" else block.text
    if current[change.start : change.end] != change.before:
        raise ValueError(f"report does not match the input at block {change.block} ({change.rule})")
    if change.field == "block":
        block.removed_by = change.rule
    elif change.field == "sep":
        block.sep = change.after
    else:
        block.text = current[: change.start] + change.after + current[change.end :]


def replay(data: bytes | str, report: dict[str, Any]) -> str:
    """Rebuild the output text from the input and its report alone."""
    from normalize import read
    from normalize.render import render_text

    doc = read.run(data, report.get("source", "<text>"))
    for entry in report["changes"]:
        apply_change(doc, Change(**entry))
    return render_text(doc)
