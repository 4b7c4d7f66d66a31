from __future__ import annotations

import pytest

from normalize.model import Block, Document, Edit, apply_edits, remove_block


def doc_of(text: str) -> tuple[Document, Block]:
    block = Block(0, text)
    return Document([block], original=[text]), block


def test_apply_edits_records_each_change_with_offsets_valid_in_order():
    doc, block = doc_of("a水分b百花c")
    apply_edits(doc, block, [Edit(1, 3, "X", "r1", "why"), Edit(4, 6, "YY", "r2", "why")], "test")
    assert block.text == "aXbYYc"
    text = "a水分b百花c"
    for change in doc.changes:  # replaying in recorded order gives the result
        assert text[change.start : change.end] == change.before
        text = text[: change.start] + change.after + text[change.end :]
    assert text == block.text


def test_overlapping_edits_refused():
    doc, block = doc_of("abcdef")
    with pytest.raises(ValueError, match="overlapping"):
        apply_edits(doc, block, [Edit(0, 3, "x", "r", ""), Edit(2, 4, "y", "r", "")], "test")
    assert block.text == "abcdef" and doc.changes == []


def test_removal_keeps_the_whole_text_in_the_change():
    doc, block = doc_of("Related topics")
    remove_block(doc, block, "clean", "footer.related_topics", "footer")
    (change,) = doc.changes
    assert (change.field, change.before, change.after) == ("block", "Related topics", "")
    assert block.removed and doc.live_blocks() == []
