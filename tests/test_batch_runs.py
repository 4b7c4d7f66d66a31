"""Batch runs that stop early or cannot start: Ctrl-C, a killed worker, a killed parent, two
inputs with one output name. Each ends with one line on stderr, an accurate count of what was
written and its own exit code; no worker outlives the run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from test_cli import CLEAN_EN, run_cli

linux_only = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="reads /proc to find the workers"
)


def _many_files(folder: Path, count: int) -> Path:
    folder.mkdir()
    texts = [p.read_bytes() for p in SEEDS]
    for n in range(count):
        (folder / f"f{n:05}.txt").write_bytes(texts[n % len(texts)])
    return folder


def _start(*args: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "NORMALIZE_DEBUG"}
    return subprocess.Popen(
        [sys.executable, "-m", "normalize", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # its own process group, as a terminal gives a command
    )


def _wait_for(condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _outputs(out: Path) -> int:
    return len(list(out.glob("*.txt"))) if out.is_dir() else 0


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@linux_only
def test_ctrl_c_says_how_many_outputs_were_written(tmp_path):
    src, out = _many_files(tmp_path / "in", 3000), tmp_path / "out"
    proc = _start("batch", str(src), "-o", str(out), "--jobs", "2")
    _wait_for(lambda: _outputs(out) >= 20)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
    _stdout, stderr = proc.communicate(timeout=60)
    lines = stderr.decode().strip().splitlines()
    assert proc.returncode == 130
    assert len(lines) == 1 and "Traceback" not in stderr.decode(), lines
    written = _outputs(out)
    assert 0 < written < 3000
    assert f"{written} of 3000 outputs were written" in lines[0]
    assert not list(out.glob(".*.tmp"))  # no partial file


@linux_only
def test_a_killed_worker_ends_the_run_with_its_own_exit_code(tmp_path):
    src, out = _many_files(tmp_path / "in", 3000), tmp_path / "out"
    proc = _start("batch", str(src), "-o", str(out), "--jobs", "2")
    _wait_for(lambda: _outputs(out) >= 20)
    workers = _children(proc.pid)
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    _stdout, stderr = proc.communicate(timeout=60)
    lines = stderr.decode().strip().splitlines()
    assert proc.returncode == 14, stderr
    assert len(lines) == 1 and "a worker process died (signal 9)" in lines[0], lines
    assert f"{_outputs(out)} of 3000 outputs were written" in lines[0]
    _wait_for(lambda: not _alive(workers[1]), 10)


@linux_only
def test_workers_end_when_the_parent_is_killed_and_the_next_run_removes_its_temp_file(tmp_path):
    record = json.dumps({"id": 1, "text": SEEDS[4].read_text(encoding="utf-8")})
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text((record + "\n") * 4000, encoding="utf-8")
    proc = _start("batch", "--jsonl", str(src), "-o", str(out), "--jobs", "2")
    _wait_for(lambda: any(p.stat().st_size > 100_000 for p in tmp_path.glob(".out.jsonl.normalize-*.tmp")))
    workers = _children(proc.pid)
    assert len(workers) == 2
    proc.kill()
    proc.wait(timeout=10)
    _wait_for(lambda: not any(_alive(w) for w in workers), 10)
    assert not out.exists() and len(list(tmp_path.glob(".out.jsonl.normalize-*.tmp"))) == 1
    src.write_text(json.dumps({"id": 1, "text": CLEAN_EN}) + "\n", encoding="utf-8")
    again = run_cli("batch", "--jsonl", str(src), "-o", str(out))
    assert again.returncode == 0
    assert "removed 1 temporary file(s) left by an earlier run" in again.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


@pytest.mark.parametrize(
    ("names", "why"),
    [(["a/x.txt", "b/x.txt"], "two folders"), (["y.html", "y.txt"], "two suffixes")],
)
def test_two_inputs_with_one_output_name_are_refused_before_anything_is_written(tmp_path, names, why):
    inputs = []
    for name in names:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(CLEAN_EN, encoding="utf-8")
        inputs.append(str(path))
    out = tmp_path / "out"
    proc = run_cli("batch", *inputs, "-o", str(out))
    assert proc.returncode == 2, why
    message = proc.stderr.decode()
    assert "would both be written to" in message and message.count("\n") == 1
    assert not out.exists() or not list(out.iterdir())


def test_progress_line_is_ended_before_an_error_line(monkeypatch, capsys):
    from normalize.batch import Outcome, Progress, Record
    from normalize.batch.runs import _report_failure

    progress = Progress(enabled=True, total=10)
    progress.last = -1.0
    progress.update(3)
    _report_failure(
        Outcome(Record(4, "in/x.txt", None), error="input looks like a PNG image"), None, progress
    )
    err = capsys.readouterr().err
    assert err.startswith("\r3/10 documents")
    assert "\nnormalize: record 4 (in/x.txt): input looks like a PNG image\n" in err


def test_foreign_documents_are_counted_by_language_and_listed_apart_with_skip_foreign(tmp_path):
    english = (
        "Rents rose fastest last year in mid-sized cities, not in the capitals, according to a report "
        "by a property research firm. Remote work let many people move away from expensive places."
    )
    german = (
        "Die Stadtwerke haben angekündigt, die Preise für Fernwärme zum ersten Januar um elf Prozent zu "
        "erhöhen. Als Grund nennt das Unternehmen die gestiegenen Kosten für Gas und die Wartung des Netzes."
    )
    russian = (
        "Мэрия сообщила, что новая линия метро начнёт работать в декабре. На ней будет семь станций, а "
        "поездка от центра до аэропорта займёт двадцать минут. Жители новых районов давно ждали этого."
    )
    source = tmp_path / "in.jsonl"
    rows = [{"id": "en1", "text": english}, {"id": "de1", "text": german}, {"id": "ru1", "text": russian}]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out, skipped = tmp_path / "out.jsonl", tmp_path / "foreign.jsonl"
    command = [sys.executable, "-m", "normalize", "batch", "--jsonl", str(source), "-o", str(out)]
    run = subprocess.run(
        [*command, "-j", "1", "--skip-foreign", str(skipped)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "foreign documents: de 1, ru 1" in run.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["en1"]
    listed = [json.loads(line) for line in skipped.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["lang"]) for r in listed] == [("de1", "de"), ("ru1", "ru")]


def test_a_jsonl_language_field_is_a_hint_in_the_report_never_the_answer(tmp_path):
    # A German record that says it is English, and an English one that says it is German.
    german = (
        "Die Stadtwerke haben angekündigt, die Preise für Fernwärme zum ersten Januar um elf Prozent zu "
        "erhöhen. Als Grund nennt das Unternehmen die gestiegenen Kosten für Gas und die Wartung des Netzes."
    )
    english = (
        "Rents rose fastest last year in mid-sized cities, not in the capitals, according to a report "
        "by a property research firm. Remote work let many people move away from expensive places."
    )
    rows = [{"id": 1, "lang": "en", "text": german}, {"id": 2, "language": "de", "text": english}]
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    command = [sys.executable, "-m", "normalize", "batch", "--jsonl", str(source), "-o", str(out), "-j", "1"]
    run = subprocess.run([*command, "--with-report"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    measured = [
        json.loads(line)["report"]["metadata"]["document_language"] for line in out.read_text().splitlines()
    ]
    assert [(m["main"], m["declared"]) for m in measured] == [
        ("de", {"record_language": "en"}),
        ("en", {"record_language": "de"}),
    ]
    assert "foreign documents: de 1" in run.stderr
