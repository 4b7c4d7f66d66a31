"""The versioned JSON report, and replaying it.

The report lists every change with its stage, rule, block, exact before and after, so replaying
the changes over the input reproduces the output (tested on every sample).
"""

from __future__ import annotations

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
    findings = [{**f.to_dict(), "line": finding_line(doc, f)} for f in doc.findings]
    return {
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
        },
        "findings": findings,
        "changes": [c.to_dict() for c in doc.changes],
    }


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
