"""The track of changes: every change replayed on the text as read gives the text as cleaned,
and the text as read comes back when the inserted text is left out."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from docgen import documents
from normalize.report import restore_parts
from normalize.review.trail import Del, Ins, Text, apply_change, build, current_text, mark, original_text


def test_a_change_becomes_a_del_and_an_ins_in_place():
    nodes = apply_change([Text("Revenue水分 grew.")], 0, 7, 9, " inflated")
    assert nodes == [Text("Revenue"), Del(0, [Text("水分")]), Ins(0, [Text(" inflated")]), Text(" grew.")]
    # a later change over inserted text: the insertion is removed too, and both stay visible
    nodes = apply_change(nodes, 1, 0, 16, "Inflated revenue")
    assert current_text(nodes) == "Inflated revenue grew."
    assert original_text(nodes) == "Revenue水分 grew."
    (removed,) = [n for n in nodes if isinstance(n, Del) and n.change == 1]
    assert any(isinstance(n, Ins) and n.change == 0 for n in removed.parts)


def test_a_pure_insertion_and_a_mark_over_inserted_text():
    nodes = apply_change([Text("ab")], 0, 1, 1, "X")
    assert nodes == [Text("a"), Ins(0, [Text("X")]), Text("b")]
    nodes = mark(nodes, 7, 0, 2)
    assert [n.marks for n in nodes if isinstance(n, Text)] == [(7,), ()]
    assert nodes[1].parts[0].marks == (7,)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [p.read_text(encoding="utf-8") for p in SEEDS] + documents(300, seed=21))
def test_replaying_the_report_gives_both_texts(text, normalizer):
    result = normalizer.clean(text)
    report = result.report()
    trail = build(result.text, report)
    as_read, seps, _tail = restore_parts(result.text, report)
    for block, nodes in zip(result.document.blocks, trail.blocks, strict=True):
        assert original_text(nodes) == as_read[block.index]
        assert current_text(nodes) == block.text
    assert [current_text(n) for n in trail.seps] == [b.sep for b in result.document.blocks]
    assert [original_text(n) for n in trail.seps] == seps


def test_a_finding_is_placed_on_the_text_it_was_made_on(normalizer):
    # 004's inconsistencies were found after the glossary and units rewrote text in their blocks
    result = normalizer.clean_file(SEEDS[4])
    report = result.report()
    trail = build(result.text, report)

    def marked(block: int, number: int) -> str:
        def walk(nodes):  # type: ignore[no-untyped-def]
            for n in nodes:
                if isinstance(n, Text) and number in n.marks:
                    yield n.text
                elif isinstance(n, Ins):
                    yield from walk(n.parts)

        return "".join(walk(trail.blocks[block]))

    checked = 0
    for n, f in enumerate(report["findings"]):
        other = (f.get("data") or {}).get("other")
        if f["kind"] == "unit_inconsistency" and isinstance(other, dict):
            assert marked(other["block"], -1 - n) == other["text"]
            assert f"'{marked(f['block'], n)}'".lower() in f["message"].lower()
            checked += 1
    assert checked == 3
