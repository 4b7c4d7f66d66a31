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
    proc = run_cli("batch", str(src), "-o", str(tmp_path / "out"), "--errors", str(errors), "--with-report")
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
    # every record is in the output, in order; a failed one keeps what it had and says why
    assert rows[0] == {"id": "a", "text": "Inflated revenue grew.\n"}
    assert (
        rows[1] == {"line": "{not json", "error": rows[1]["error"]} and "not valid JSON" in rows[1]["error"]
    )
    assert rows[2] == {"id": "c", "error": "field 'text' is missing"}
    assert rows[3] == {"id": "d", "text": CLEAN_EN}
    failed = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(f["record"], f["source"]) for f in failed] == [(2, f"{src}:2"), (3, f"{src}:3")]
    assert "not valid JSON" in failed[0]["error"] and "'text' is missing" in failed[1]["error"]


def test_jsonl_records_keep_every_field_in_order(tmp_path):
    record = {
        "url": "https://example.com/a",
        "id": 7,
        "text": "Revenue水分 grew.",
        "meta": {"lang": "en"},
        "n": 1,
    }
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = run_cli("batch", "--jsonl", str(src), "-o", "-", "-q", "--with-report")
    assert proc.returncode == 0
    row = json.loads(proc.stdout)
    assert list(row) == ["url", "id", "text", "meta", "n", "report"]
    assert row["url"] == record["url"] and row["meta"] == {"lang": "en"} and row["n"] == 1
    assert row["text"] == "Inflated revenue grew.\n" and row["report"]["schema"] == "normalize.report/1"


def test_jsonl_messages_read_as_json_names_things():
    def error(line: bytes) -> str | None:
        return batch.decode_line(batch.Record(1, "x:1", None, line=line), "text", "id").error

    assert error(b'{"text": 5}') == "field 'text' is a number, not a string"
    assert error(b'{"text": ["a"]}') == "field 'text' is an array, not a string"
    assert error(b'{"text": null}') == "field 'text' is null, not a string"
    assert error(b"[1]") == "an array, not a JSON object"
    message = error(b'{"text": "unterminated}')
    assert message is not None and " at at " not in message and message.startswith("not valid JSON (column ")


def test_jsonl_markdown_format_is_applied_and_json_refused(tmp_path):
    text = SEEDS[0].read_text(encoding="utf-8")
    stdin = (json.dumps({"id": 1, "text": text}) + "\n").encode()
    proc = run_cli("batch", "--jsonl", "-", "-q", "-f", "markdown", stdin=stdin)
    assert proc.returncode == 0 and json.loads(proc.stdout)["text"].startswith("# Anthropic's $400B")
    plain = run_cli("batch", "--jsonl", "-", "-q", stdin=stdin)
    assert json.loads(plain.stdout)["text"].startswith("Anthropic's $400B")
    proc = run_cli("batch", "--jsonl", "-", "-q", "-f", "json", stdin=stdin)
    assert proc.returncode == 2 and b"--with-report" in proc.stderr


def test_foreign_records_are_warned_about_once_per_language_pair(tmp_path):
    vi = "Thị trường chứng khoán Việt Nam tăng mạnh trong phiên giao dịch hôm nay.\n\n" + CLEAN_EN
    stdin = "".join(json.dumps({"id": n, "text": vi}, ensure_ascii=False) + "\n" for n in range(3)).encode()
    proc = run_cli("batch", "--jsonl", "-", "-q", stdin=stdin)
    assert proc.returncode == 0
    warnings = [line for line in proc.stderr.decode().splitlines() if "warning" in line]
    assert len(warnings) == 1 and "vi->en" in warnings[0] and "3 block(s)" in warnings[0]
    assert all(json.loads(line)["text"] == CLEAN_EN for line in proc.stdout.decode().splitlines())


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
        assert [o.record.fields for o in outcomes] == [None, None, None]
        assert [o.size for o in outcomes] == [len("Revenue水分 grew.".encode()), 0, len("Café.".encode())]
        assert json.loads(outcomes[0].output) == {"id": "a", "text": "Inflated revenue grew.\n"}
        assert "not valid JSON" in outcomes[1].error
        assert json.loads(outcomes[1].output) == {"line": "{broken", "error": outcomes[1].error}
        assert json.loads(outcomes[2].output) == {"id": 3, "text": "Café.\n"}
