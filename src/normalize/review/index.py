"""The review index of a batch: every document with its counts, a chart of changes and findings
by rule across the batch, and the documents each rule touched most (to spot one that misfires)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape
from typing import Any

from normalize.review.page import shell

TOP = 3  # documents listed under each rule


@dataclass
class Entry:
    """One document of the batch, as the index shows it."""

    name: str
    href: str  # its page, relative to the index
    removals: int = 0
    replacements: int = 0
    findings: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)  # changes by rule, findings by kind

    @classmethod
    def of(cls, name: str, href: str, report: dict[str, Any]) -> Entry:
        changes, findings = report.get("changes", []), report.get("findings", [])
        by_rule: Counter[str] = Counter(c["rule"] for c in changes)
        by_rule.update(f"finding: {f['kind']}" for f in findings)
        return cls(
            name,
            href,
            removals=sum(1 for c in changes if not c["after"]),
            replacements=sum(1 for c in changes if c["after"]),
            findings=len(findings),
            by_rule=by_rule,
        )


def _table(entries: list[Entry]) -> str:
    def sort(label: str, numeric: bool = True) -> str:
        cls = ' class="n"' if numeric else ""
        return f'<th{cls}><button class="sort" type="button">{label}</button></th>'

    head = f"<tr>{sort('document', False)}{sort('removals')}{sort('replacements')}{sort('findings')}</tr>"
    rows = "".join(
        f'<tr><td data-value="{escape(e.name)}"><a href="{escape(e.href)}">{escape(e.name)}</a></td>'
        + "".join(f'<td class="n">{n}</td>' for n in (e.removals, e.replacements, e.findings))
        + "</tr>"
        for e in entries
    )
    table = f'<table class="sortable documents"><thead>{head}</thead><tbody>{rows}</tbody></table>'
    return f'<div class="scroll">{table}</div>'


def chart(totals: Counter[str], width: int = 640) -> str:
    """A horizontal bar chart, drawn as inline SVG: one bar per rule or finding kind."""
    items = totals.most_common()
    if not items:
        return "<p>No changes and no findings.</p>"
    bar, gap, label_w = 18, 6, 260
    height = len(items) * (bar + gap) + gap
    most = items[0][1]
    parts = []
    for n, (name, count) in enumerate(items):
        y = gap + n * (bar + gap)
        w = max(1, round((width - label_w - 60) * count / most))
        colour = "#c77c02" if name.startswith("finding: ") else "#3a6ea5"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{escape(name)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar}" fill="{colour}">'
            f"<title>{escape(name)}: {count}</title></rect>"
            f'<text x="{label_w + w + 4}" y="{y + 13}">{count}</text>'
        )
    return (
        '<svg class="chart" role="img" aria-label="changes and findings by rule" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet">'
        f"{''.join(parts)}</svg>"
    )


def _most_touched(entries: list[Entry], totals: Counter[str]) -> str:
    rows = []
    for name, _ in totals.most_common():
        top = sorted((e for e in entries if e.by_rule[name]), key=lambda e: (-e.by_rule[name], e.name))[:TOP]
        docs = ", ".join(f'<a href="{escape(e.href)}">{escape(e.name)}</a> ({e.by_rule[name]})' for e in top)
        rows.append(f"<tr><td><code>{escape(name)}</code></td><td>{docs}</td></tr>")
    head = "<thead><tr><th>rule or finding</th><th>documents it touched most</th></tr></thead>"
    return f'<div class="scroll"><table class="most">{head}<tbody>{"".join(rows)}</tbody></table></div>'


def index_page(entries: list[Entry], title: str = "Review of a batch") -> str:
    totals: Counter[str] = Counter()
    for e in entries:
        totals.update(e.by_rule)
    body = (
        f"<header><h1>{escape(title)}</h1><p>{len(entries)} documents, "
        f"{sum(e.removals for e in entries)} removals, {sum(e.replacements for e in entries)} replacements, "
        f"{sum(e.findings for e in entries)} findings.</p></header><main>"
        f"<h2>Documents</h2>{_table(entries)}"
        f"<h2>Changes and findings by rule</h2>{chart(totals)}"
        f"<h2>Documents each rule touched most</h2>{_most_touched(entries, totals)}</main>"
    )
    return shell(title, body)
