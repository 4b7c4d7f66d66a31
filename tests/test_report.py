from __future__ import annotations

import pytest

from conftest import SEEDS
from normalize.report import SCHEMA, replay


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_replay_reproduces_output(path, normalizer):
    data = path.read_bytes()
    result = normalizer.clean(data, str(path))
    assert replay(data, result.report()) == result.text


def test_report_fields(normalizer):
    from conftest import seed

    report = normalizer.clean_file(seed("001")).report()
    assert report["schema"] == SCHEMA
    assert report["encoding"] == "utf-8"
    assert set(report["metadata"]) >= {"title", "date", "tags"}
    change = report["changes"][0]
    assert set(change) >= {"stage", "rule", "block", "before", "after", "reason"}


def test_every_removed_character_is_in_a_change(normalizer):
    from conftest import seed

    result = normalizer.clean_file(seed("000"))
    removed = [c.before for c in result.changes if c.field == "block"]
    for block in result.document.blocks:
        if block.removed:
            assert block.text in removed
