"""A block's track of changes: its text as read, with every change of the report replayed on it.

Each block (and the whitespace before it) becomes a list of nodes. ``Text`` is text that is
still there, ``Ins`` text a change put in, ``Del`` text a change took out (it holds the nodes it
removed, so text that one change inserted and a later one removed shows as both). A change's
offsets refer to the block's current text (``Del`` nodes count for nothing there), so replaying
the changes in their order places each one exactly, and a finding is placed on the text as it
was when it was made (``at_change``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from normalize.report import restore_parts


@dataclass
class Text:
    text: str
    marks: tuple[int, ...] = ()  # findings over this text (their numbers in the report)


@dataclass
class Ins:
    change: int
    parts: list[Text]


@dataclass
class Del:
    change: int
    parts: list[Node]


Node = Text | Ins | Del


@dataclass
class Trail:
    """A document's track of changes: nodes for each block and for the whitespace before it."""

    blocks: list[list[Node]]
    seps: list[list[Node]]
    tail: str
    removed: dict[int, int] = field(default_factory=dict)  # block -> the change that removed it


def _length(node: Node) -> int:
    if isinstance(node, Text):
        return len(node.text)
    if isinstance(node, Ins):
        return sum(len(p.text) for p in node.parts)
    return 0


def _split(nodes: list[Node], at: int) -> list[Node]:
    """``nodes`` with a node boundary at current offset ``at`` (a Text or Ins cut in two)."""
    out: list[Node] = []
    pos = 0
    for node in nodes:
        size = _length(node)
        if pos < at < pos + size:
            cut = at - pos
            if isinstance(node, Text):
                out += [Text(node.text[:cut], node.marks), Text(node.text[cut:], node.marks)]
            elif isinstance(node, Ins):
                left, right = _split_texts(node.parts, cut)
                out += [Ins(node.change, left), Ins(node.change, right)]
        else:
            out.append(node)
        pos += size
    return out


def _covered(nodes: list[Node], start: int, end: int) -> tuple[int, int]:
    """Indexes [i, j) of the nodes at current offsets [start, end), boundaries split first. An
    empty range is the place after any Del at ``start`` and before the text there."""
    positions, pos = [], 0
    for node in nodes:
        positions.append(pos)
        pos += _length(node)
    if start == end:
        at = (
            n
            for n, node in enumerate(nodes)
            if positions[n] > start or (positions[n] == start and _length(node))
        )
        first = next(at, len(nodes))
        return first, first
    inside = [
        n
        for n, node in enumerate(nodes)
        if start <= positions[n]
        and positions[n] + _length(node) <= end
        and (_length(node) or start < positions[n] < end)
    ]
    if not inside:
        raise ValueError(f"no text at {start}:{end}")
    return inside[0], inside[-1] + 1


def apply_change(nodes: list[Node], number: int, start: int, end: int, after: str) -> list[Node]:
    """Replay one change: current [start, end) becomes a Del, followed by an Ins of ``after``."""
    nodes = _split(_split(nodes, start), end)
    i, j = _covered(nodes, start, end)
    replaced: list[Node] = [Del(number, nodes[i:j])] if j > i else []
    if after:
        replaced.append(Ins(number, [Text(after)]))
    return nodes[:i] + replaced + nodes[j:]


def _split_texts(parts: list[Text], at: int) -> tuple[list[Text], list[Text]]:
    """The text pieces of an insertion, cut at offset ``at`` into those before and after it."""
    before: list[Text] = []
    after: list[Text] = []
    pos = 0
    for part in parts:
        if pos + len(part.text) <= at:
            before.append(part)
        elif pos >= at:
            after.append(part)
        else:
            before.append(Text(part.text[: at - pos], part.marks))
            after.append(Text(part.text[at - pos :], part.marks))
        pos += len(part.text)
    return before, after


def _texts(node: Node) -> list[Text]:
    """The pieces of text a node shows now (a Del shows none)."""
    return [node] if isinstance(node, Text) else node.parts if isinstance(node, Ins) else []


def mark(nodes: list[Node], finding: int, start: int, end: int) -> list[Node]:
    """Put ``finding`` on the text at current offsets [start, end) (inserted text included)."""
    if start >= end:
        return nodes
    nodes = _split(_split(nodes, start), end)
    pos = 0
    for node in nodes:
        size = _length(node)
        if start <= pos and pos + size <= end and size:
            for part in _texts(node):
                part.marks = (*part.marks, finding)
        pos += size
    return nodes


def build(output: str, report: dict[str, Any]) -> Trail:
    """The track of changes of a document, from its text output and its report."""
    texts, seps, tail = restore_parts(output, report)
    trail = Trail([[Text(t)] if t else [] for t in texts], [[Text(s)] if s else [] for s in seps], tail)
    findings = report.get("findings", [])
    pending = sorted(range(len(findings)), key=lambda n: findings[n].get("at_change", 0))
    changes = report.get("changes", [])
    for number, change in enumerate([*changes, None]):
        while pending and findings[pending[0]].get("at_change", 0) <= number:
            _place_finding(trail, pending.pop(0), findings)
        if change is None:
            break
        _replay(trail, number, change)
    return trail


def _replay(trail: Trail, number: int, change: dict[str, Any]) -> None:
    block = change["block"]
    if change["field"] == "block":
        trail.removed[block] = number
    elif change["field"] == "sep":
        trail.seps[block] = apply_change(
            trail.seps[block], number, change["start"], change["end"], change["after"]
        )
    else:
        trail.blocks[block] = apply_change(
            trail.blocks[block], number, change["start"], change["end"], change["after"]
        )


def _place_finding(trail: Trail, number: int, findings: list[dict[str, Any]]) -> None:
    """A finding's span, and for a figure checked against another, that other figure's span
    (a mark numbered -1 - number, so the page can link the two)."""
    f = findings[number]
    trail.blocks[f["block"]] = mark(trail.blocks[f["block"]], number, f["start"], f["end"])
    other = (f.get("data") or {}).get("other")
    if isinstance(other, dict) and {"block", "start", "end"} <= other.keys():
        blk = other["block"]
        trail.blocks[blk] = mark(trail.blocks[blk], -1 - number, other["start"], other["end"])


def original_text(nodes: list[Node]) -> str:
    """The text as read: kept and removed text, not what changes put in."""
    out = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Del):
            out.append(original_text(node.parts))
    return "".join(out)


def current_text(nodes: list[Node]) -> str:
    """The text after every change: kept and inserted text."""
    return "".join(
        node.text
        if isinstance(node, Text)
        else "".join(p.text for p in node.parts)
        if isinstance(node, Ins)
        else ""
        for node in nodes
    )
