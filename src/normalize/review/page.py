"""The review page of one document: the input in reading order with every change in place.

Removed text is a ``<del>``, inserted text an ``<ins>`` (both with ``data-stage``,
``data-rule``, ``data-change`` and the reason as their title), a whole removed block is folded
in a ``<details>``, and findings are ``<mark data-kind>`` over their spans; the two figures of a
``unit_inconsistency`` link to each other. Every piece of document text is escaped; the page
loads nothing (its style and script are inline and allowed by hash in its content policy).
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from functools import cache
from html import escape
from importlib import resources
from typing import Any

from normalize.review.trail import Del, Ins, Node, Text, Trail, build


@cache
def asset(name: str) -> str:
    return resources.files("normalize.review").joinpath(name).read_text(encoding="utf-8")


def _sha(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def shell(title: str, body: str) -> str:
    """A whole page: the content policy allows this page's own style and script and nothing
    else, so even markup that got into the body could neither load nor run anything."""
    css, js = asset("review.css"), asset("review.js")
    policy = (
        f"default-src 'none'; style-src 'sha256-{_sha(css)}'; script-src 'sha256-{_sha(js)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n"
        f"<script>{js}</script>\n</body>\n</html>\n"
    )


def _attrs(change: dict[str, Any], number: int) -> str:
    title = f"{change['stage']} · {change['rule']}: {change['reason']}"
    return (
        f'data-stage="{escape(change["stage"])}" data-rule="{escape(change["rule"])}" '
        f'data-change="{number}" title="{escape(title)}"'
    )


class _Writer:
    """Renders nodes; remembers which marks already have their element id (a mark cut in
    pieces by changes gets it on its first piece) and where the links between figures go."""

    def __init__(self, report: dict[str, Any]) -> None:
        self.changes = report.get("changes", [])
        self.findings = report.get("findings", [])
        self.placed: set[int] = set()

    def nodes(self, nodes: list[Node]) -> str:
        out = []
        for node in nodes:
            if isinstance(node, Text):
                out.append(self.text(node))
            elif isinstance(node, Ins):
                inner = "".join(self.text(part) for part in node.parts)
                out.append(f"<ins {_attrs(self.changes[node.change], node.change)}>{inner}</ins>")
            elif isinstance(node, Del):
                out.append(
                    f"<del {_attrs(self.changes[node.change], node.change)}>{self.nodes(node.parts)}</del>"
                )
        return "".join(out)

    def text(self, node: Text) -> str:
        """Escaped text inside its marks; the links of linked figures go after the outermost
        mark, so that a mark holds only the text it marks."""
        html, links = escape(node.text, quote=False), []
        for number in node.marks:
            html, link = self.mark(number, html)
            links.append(link)
        return html + "".join(links)

    def mark(self, number: int, inner: str) -> tuple[str, str]:
        """A finding's mark (``number`` >= 0), or the other figure of finding ``-1 - number``,
        and the link to its partner (on the first piece of a mark cut in pieces by changes)."""
        first = number not in self.placed
        self.placed.add(number)
        if number >= 0:
            f = self.findings[number]
            attrs = f'data-kind="{escape(f["kind"])}" data-finding="{number}" title="{escape(f["message"])}"'
            ident, partner = f"f{number}", f"f{number}-other"
            linked = isinstance((f.get("data") or {}).get("other"), dict)
        else:
            attrs = (
                f'data-kind="figure" data-other-of="{-1 - number}" title="the figure it is checked against"'
            )
            ident, partner, linked = f"f{-1 - number}-other", f"f{-1 - number}", True
        if not first:
            return f"<mark {attrs}>{inner}</mark>", ""
        link = (
            f'<a class="link" href="#{partner}" data-for="{ident}" aria-label="the other figure">↔</a>'
            if linked
            else ""
        )
        return f'<mark id="{ident}" {attrs}>{inner}</mark>', link


def _document_text(trail: Trail, writer: _Writer, report: dict[str, Any]) -> str:
    out = []
    for index, nodes in enumerate(trail.blocks):
        out.append(writer.nodes(trail.seps[index]))
        inner = writer.nodes(nodes)
        if index in trail.removed:
            number = trail.removed[index]
            change = report["changes"][number]
            summary = (
                f'removed: {escape(change["rule"])} <span class="reason">({escape(change["reason"])})</span>'
            )
            folded = _attrs(change, number).replace("data-change", "data-block-change")
            out.append(
                f'<details class="removed" {folded}><summary>{summary}</summary>'
                f"<del {_attrs(change, number)}>{inner}</del></details>"
            )
        else:
            out.append(f'<span class="block" data-block="{index}">{inner}</span>')
    out.append(escape(trail.tail, quote=False))
    return "".join(out)


def _counts_table(report: dict[str, Any]) -> str:
    by_rule = Counter((c["stage"], c["rule"]) for c in report.get("changes", []))
    rows = "".join(
        f'<tr><td>{escape(stage)}</td><td><code>{escape(rule)}</code></td><td class="n">{n}</td></tr>'
        for (stage, rule), n in sorted(by_rule.items())
    )
    kinds = Counter(f["kind"] for f in report.get("findings", []))
    rows += "".join(
        f'<tr><td>finding</td><td><code>{escape(kind)}</code></td><td class="n">{n}</td></tr>'
        for kind, n in sorted(kinds.items())
    )
    head = '<thead><tr><th>stage</th><th>rule or kind</th><th class="n">count</th></tr></thead>'
    return f'<div class="scroll"><table class="counts">{head}<tbody>{rows}</tbody></table></div>'


def _filters(report: dict[str, Any]) -> str:
    changes = report.get("changes", [])
    stages = sorted({c["stage"] for c in changes})
    rules = sorted({c["rule"] for c in changes})
    boxes = "".join(
        f'<label><input type="checkbox" checked data-stage="{escape(s)}"> {escape(s)}</label>' for s in stages
    )
    rule_boxes = "".join(
        f'<label><input type="checkbox" checked data-rule="{escape(r)}"> <code>{escape(r)}</code></label>'
        for r in rules
    )
    only = '<label><input type="checkbox" name="findings-only"> findings only</label>'
    return (
        f'<form id="filters"><fieldset><legend>stages</legend>{boxes}</fieldset>'
        f"<fieldset><legend>rules</legend>{rule_boxes}</fieldset><fieldset>{only}</fieldset></form>"
    )


def _languages(report: dict[str, Any]) -> str:
    counts = (report.get("summary") or {}).get("languages") or {}
    total = sum(counts.values())
    if not total:
        return "none detected"
    return ", ".join(f"{escape(lang)} {100 * n / total:.0f}%" for lang, n in counts.items())


def _findings_list(report: dict[str, Any]) -> str:
    items = "".join(
        f'<li><a href="#f{n}">{escape(f["kind"])}</a>: {escape(f["message"])}</li>'
        if f["end"] > f["start"]
        else f"<li>{escape(f['kind'])}: {escape(f['message'])}</li>"
        for n, f in enumerate(report.get("findings", []))
    )
    return f'<ol class="findings">{items}</ol>' if items else "<p>No findings.</p>"


def document_page(output: str, report: dict[str, Any]) -> str:
    """The review page of one document, from its text output and its report."""
    trail = build(output, report)
    writer = _Writer(report)
    text = _document_text(trail, writer, report)
    source = str(report.get("source", "<text>"))
    summary = report.get("summary") or {}
    facts = (
        f"<dt>source</dt><dd>{escape(source)}</dd><dt>encoding</dt><dd>{escape(str(report.get('encoding')))}</dd>"
        f"<dt>format</dt><dd>{escape(str(report.get('format')))}</dd>"
        f"<dt>languages</dt><dd>{_languages(report)}</dd>"
        f"<dt>blocks</dt><dd>{summary.get('blocks', 0)}, {summary.get('blocks_removed', 0)} removed</dd>"
        f"<dt>changes</dt><dd>{len(report.get('changes', []))}</dd>"
        f"<dt>findings</dt><dd>{len(report.get('findings', []))}</dd>"
    )
    body = (
        f'<header><h1>Review: {escape(source)}</h1><dl class="facts">{facts}</dl>'
        f"<h2>Changes and findings</h2>{_counts_table(report)}{_filters(report)}"
        f"<h2>Findings</h2>{_findings_list(report)}</header>"
        f'<main><h2>The text, with every change</h2><article class="doc">{text}</article></main>'
    )
    return shell(f"Review: {source}", body)
