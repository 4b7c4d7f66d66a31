"""Batches: files and JSONL, bad records reported with the rest written, order kept across jobs."""

from __future__ import annotations

import json

from conftest import SEEDS
from normalize import batch
from normalize.config import Config
from test_cli import CLEAN_EN, run_cli


def test_files_mode_mirrors_tree_and_lists_bad_records(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(CLEAN_EN, encoding="utf-8")
    (src / "sub" / "b.txt").write_bytes(SEEDS[4].read_bytes())
    (src / "sub" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    errors = tmp_path / "errors.jsonl"
    proc = run_cli("batch", str(src), "-o", str(tmp_path / "out"), "--errors", str(errors), "--report")
    assert proc.returncode == 11
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == CLEAN_EN
    assert "inflated revenue" in (tmp_path / "out" / "sub" / "b.txt").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "out" / "sub" / "b.report.json").read_text())["schema"]
    (failure,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failure["source"].endswith("photo.txt") and "PNG" in failure["error"] and failure["record"] == 3
    summary = proc.stderr.decode().strip().splitlines()[-1]
    assert summary.startswith("normalize: 3 documents") and "1 failed" in summary


def test_jsonl_mode_keeps_going_past_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Revenue水分 grew."}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": CLEAN_EN}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    proc = run_cli("batch", "--jsonl", str(src), "-o", str(out), "--errors", str(errors), "-q")
    assert proc.returncode == 11 and proc.stderr == b""
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "d"]
    assert rows[0]["text"] == "Inflated revenue grew.\n"
    failed = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(f["record"], f["source"]) for f in failed] == [(2, f"{src}:2"), (3, f"{src}:3")]
    assert "not valid JSON" in failed[0]["error"] and "'text' is missing" in failed[1]["error"]


def test_two_jobs_give_the_same_output_in_the_same_order():
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 10
    records = [batch.Record(n, f"<{n}>", t) for n, t in enumerate(texts, 1)]
    one = [o.text for o in batch.process(records, Config(), jobs=1)]
    two = [o.text for o in batch.process(records, Config(), jobs=2)]
    assert one == two and len(one) == len(texts)


def test_stdin_jsonl_to_stdout():
    proc = run_cli(
        "batch", "--jsonl", "-", "-q", stdin=b'{"id": 7, "text": "300\\u4ebf\\u7f8e\\u5143 was raised."}\n'
    )
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == {"id": 7, "text": "$30 billion was raised.\n"}


def test_jsonl_lines_are_decoded_and_encoded_by_the_workers():
    lines = [
        b'{"id": "a", "text": "Revenue\\u6c34\\u5206 grew."}\n',
        b"\n",
        b"{broken\n",
        b'{"id": 3, "text": "Caf\\u00e9."}\n',
    ]
    records = list(batch.jsonl_lines(lines, "in.jsonl"))
    assert [(r.number, r.source, r.data) for r in records] == [
        (1, "in.jsonl:1", None),
        (2, "in.jsonl:3", None),
        (3, "in.jsonl:4", None),
    ]
    for jobs in (1, 2):
        outcomes = list(batch.process(records, Config(), jobs=jobs, jsonl=("text", "id")))
        assert [o.record.data for o in outcomes] == [None, None, None]  # the input does not travel back
        assert [o.size for o in outcomes] == [len("Revenue水分 grew.".encode()), 0, len("Café.".encode())]
        assert json.loads(outcomes[0].output) == {"id": "a", "text": "Inflated revenue grew.\n"}
        assert outcomes[1].output is None and "not valid JSON" in outcomes[1].error
        assert json.loads(outcomes[2].output) == {"id": 3, "text": "Café.\n"}
