"""The one data model that flows through every stage, and the one function that edits it.

Stages never assign to ``Block.text`` themselves: they propose :class:`Edit` objects and call
:func:`apply_edits` (or :func:`remove_block`), which applies them and records a :class:`Change`
for each. That makes an unrecorded edit impossible, so the report alone explains the output.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from typing import Any

# Block kinds produced by the reader.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE = "table"
CODE = "code"


@dataclass
class Block:
    """One paragraph, heading, list item, table or code block of a document."""

    index: int
    text: str
    kind: str = PARAGRAPH
    line_start: int = 1  # 1-based source line range, inclusive
    line_end: int = 1
    sep: str = ""  # the whitespace before this block, as it will be rendered
    lang: str | None = None  # ISO 639-1 code; None for neutral blocks (numbers, short labels)
    lang_confidence: float = 0.0
    evidence: dict[str, Any] = field(default_factory=dict)
    removed_by: str | None = None  # rule id that removed the block, if any

    @property
    def removed(self) -> bool:
        return self.removed_by is not None


@dataclass(frozen=True)
class Finding:
    """Something a detector noticed: a location, a kind, a message and structured data."""

    kind: str
    block: int
    start: int
    end: int
    message: str
    data: dict[str, Any] = field(default_factory=dict)
    # How many changes the document had when the finding was made: its offsets refer to the
    # block's text after those changes (the review page places it with this).
    at_change: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "block": self.block,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "at_change": self.at_change,
        }
        if self.data:
            out["data"] = self.data
        return out


@dataclass(frozen=True)
class Change:
    """Something a stage did to a block: ``before`` at ``start`` became ``after``.

    ``field`` is ``"text"`` for an edit of the block's text, ``"sep"`` for the whitespace before
    it, and ``"block"`` for the removal of the whole block (``before`` is its text, ``after``
    is empty).
    """

    stage: str
    rule: str
    block: int
    start: int
    end: int
    before: str
    after: str
    reason: str
    field: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "rule": self.rule,
            "block": self.block,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Edit:
    """A proposed replacement of ``text[start:end]`` inside one block."""

    start: int
    end: int
    replacement: str
    rule: str
    reason: str


@dataclass
class Document:
    """The ordered blocks of one input, with what the stages learned and did."""

    blocks: list[Block]
    source: str = "<text>"
    encoding: str = "utf-8"
    format: str = "text"
    original: list[str] = field(default_factory=list)  # block texts as read, for replay
    tail: str = ""  # raw whitespace after the last block; output always ends with one newline
    metadata: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def live_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.removed_by is None]  # no property call per block: hot

    def first_live(self) -> Block | None:
        """The first block not removed (the headline, where there is one), without listing
        the others."""
        return next((b for b in self.blocks if b.removed_by is None), None)

    def add_finding(self, finding: Finding) -> None:
        self.findings.append(replace(finding, at_change=len(self.changes)))


@dataclass
class Result:
    """What callers get: the output text, and the document that explains it."""

    text: str
    document: Document

    @property
    def findings(self) -> list[Finding]:
        return self.document.findings

    @property
    def changes(self) -> list[Change]:
        return self.document.changes

    @property
    def metadata(self) -> dict[str, Any]:
        return self.document.metadata

    def report(self) -> dict[str, Any]:
        from normalize.report import build_report

        return build_report(self.document)


def apply_edits(doc: Document, block: Block, edits: list[Edit], stage: str) -> None:
    """Apply non-overlapping edits to one block and record a Change for each.

    Edits are applied right to left so that earlier offsets stay valid; each recorded change
    carries offsets into the text as it was just before that change, so replaying the changes in
    order reproduces the output exactly.
    """
    if not edits:
        return
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    for prev, nxt in itertools.pairwise(ordered):
        if nxt.start < prev.end:
            raise ValueError(f"overlapping edits in block {block.index}: {prev} / {nxt}")
    # Applied right to left, each change's offsets are its offsets in the original text; so the
    # new text is built in one pass (linear however many edits) and changes recorded in that order.
    text = block.text
    pieces: list[str] = []
    position = 0
    for edit in ordered:
        pieces.append(text[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position:])
    for edit in reversed(ordered):
        before = text[edit.start : edit.end]
        if before == edit.replacement:
            continue
        doc.changes.append(
            Change(
                stage=stage,
                rule=edit.rule,
                block=block.index,
                start=edit.start,
                end=edit.end,
                before=before,
                after=edit.replacement,
                reason=edit.reason,
            )
        )
    block.text = "".join(pieces)


def remove_block(doc: Document, block: Block, stage: str, rule: str, reason: str) -> None:
    """Remove a whole block, recording its full text as the change's ``before``."""
    if block.removed:
        return
    doc.changes.append(
        Change(
            stage=stage,
            rule=rule,
            block=block.index,
            start=0,
            end=len(block.text),
            before=block.text,
            after="",
            reason=reason,
            field="block",
        )
    )
    block.removed_by = rule


def replace_sep(doc: Document, block: Block, new_sep: str, stage: str, rule: str, reason: str) -> None:
    """Rewrite the whitespace before a block (layout), recording it like any other change."""
    if block.sep == new_sep:
        return
    doc.changes.append(
        Change(
            stage=stage,
            rule=rule,
            block=block.index,
            start=0,
            end=len(block.sep),
            before=block.sep,
            after=new_sep,
            reason=reason,
            field="sep",
        )
    )
    block.sep = new_sep
