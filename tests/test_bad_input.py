"""Every bad input of the README's table: one line on stderr, its exit code, no partial output.

Run as a user runs the CLI (subprocess), except the faults a test cannot cause for real as root
(unreadable file, full disk, read-only folder), which are simulated in-process.
"""

from __future__ import annotations

import errno
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import seed
from test_cli import CLEAN_EN, run_cli

_RNG = random.Random(1)
RANDOM_HIGH_BYTES = bytes(_RNG.randrange(128, 256) for _ in range(300))

# name, file content (None: no file is made), extra args, exit code, message part
CASES = [
    ("missing", None, [], 3, "no such file"),
    ("directory", "DIR", [], 4, "is a directory"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [], 6, "PNG image"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", [], 6, "PDF document"),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00", [], 6, "ZIP archive"),
    ("gzip", b"\x1f\x8b\x08\x00\x00\x00", [], 6, "gzip archive"),
    ("nul-bytes", b"text\x00with\x00nuls", [], 6, "binary data"),
    ("bad-bom", b"\xef\xbb\xbf\xff\xfe\xfd", [], 7, "byte-order mark"),
    ("no-encoding", RANDOM_HIGH_BYTES, [], 7, "not valid text in any known encoding"),
    ("unknown-format", CLEAN_EN.encode(), ["--format", "pdf"], 2, "'pdf' is not one of"),
    ("unknown-option", CLEAN_EN.encode(), ["--colour"], 2, "No such option"),
]


@pytest.mark.parametrize(("name", "content", "args", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path, name, content, args, code, message):
    src = tmp_path / f"{name}.txt"
    if content == "DIR":
        src.mkdir()
    elif content is not None:
        src.write_bytes(content)
    out = tmp_path / "out" / "result.txt"
    out.parent.mkdir()
    proc = run_cli("clean", str(src), "-o", str(out), *args)
    err = proc.stderr.decode()
    assert proc.returncode == code, err
    assert message in err and err.count("\n") == 1 and err.startswith("normalize: error:")
    assert list(out.parent.iterdir()) == []  # no output, no temporary file


def test_empty_input_is_valid_and_gives_empty_output(tmp_path):
    src = tmp_path / "empty.txt"
    src.write_bytes(b"")
    proc = run_cli("clean", str(src))
    assert proc.returncode == 0 and proc.stdout == b"" and proc.stderr == b""


def test_broken_glossary_names_file_and_line(tmp_path):
    bad = tmp_path / "zh-en.tsv"
    bad.write_text("算力\tcomputing power\nbroken line\n", encoding="utf-8")
    proc = run_cli("clean", "-", "--glossary", str(bad), stdin=CLEAN_EN.encode())
    assert proc.returncode == 8 and f"{bad}:2" in proc.stderr.decode()
    assert proc.stderr.decode().count("\n") == 1


def test_output_in_missing_folder(tmp_path):
    proc = run_cli("clean", "-", "-o", str(tmp_path / "missing" / "out.txt"), stdin=CLEAN_EN.encode())
    assert proc.returncode == 9 and "does not exist" in proc.stderr.decode()
    assert not (tmp_path / "missing").exists()


def test_output_equal_to_input_refused_without_in_place(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(CLEAN_EN, encoding="utf-8")
    proc = run_cli("clean", str(src), "-o", str(src))
    assert proc.returncode == 10 and "--in-place" in proc.stderr.decode()
    assert src.read_text(encoding="utf-8") == CLEAN_EN


def test_in_place_keeps_a_backup_and_never_overwrites_one(tmp_path):
    src = tmp_path / "article.txt"
    original = seed("004").read_bytes()
    src.write_bytes(original)
    assert run_cli("clean", str(src), "--in-place").returncode == 0
    assert (tmp_path / "article.txt.bak").read_bytes() == original
    assert "inflated revenue" in src.read_text(encoding="utf-8")
    cleaned = src.read_bytes()
    assert run_cli("clean", str(src), "--in-place").returncode == 0
    assert (tmp_path / "article.txt.bak").read_bytes() == original  # first backup untouched
    assert (tmp_path / "article.txt.bak.1").read_bytes() == cleaned


def test_batch_with_a_bad_record_exits_11(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(CLEAN_EN, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"%PDF-1.7\n")
    proc = run_cli("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q")
    assert proc.returncode == 11 and "bad.txt" in proc.stderr.decode()
    assert (tmp_path / "out" / "good.txt").read_text(encoding="utf-8") == CLEAN_EN


# --- faults simulated in-process ------------------------------------------------------------


def invoke(*args: str):  # type: ignore[no-untyped-def]
    from normalize.cli import app

    return CliRunner().invoke(app, list(args))


def test_unreadable_input(tmp_path, monkeypatch):
    src = tmp_path / "secret.txt"
    src.write_text(CLEAN_EN, encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = invoke("clean", str(src))
    assert result.exit_code == 5 and "permission denied" in result.output


@pytest.mark.parametrize(("err", "text"), [(errno.ENOSPC, "No space left"), (errno.EROFS, "Read-only")])
def test_full_disk_or_read_only_output_leaves_nothing(tmp_path, monkeypatch, err, text):
    import os

    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, fh):  # type: ignore[no-untyped-def]
            self.fh = fh

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            self.fh.close()

        def close(self):  # type: ignore[no-untyped-def]
            self.fh.close()

        def write(self, data):  # type: ignore[no-untyped-def]
            raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Failing(real_fdopen(fd, *a, **k)))
    out = tmp_path / "out.txt"
    result = invoke("clean", str(seed("003")), "-o", str(out), "--report", str(tmp_path / "out.json"))
    assert result.exit_code == 9 and text in result.output
    assert list(tmp_path.iterdir()) == []  # no output, and no report without its output


def test_output_that_cannot_be_written_leaves_no_report(tmp_path):
    report = tmp_path / "a.json"
    result = invoke(
        "clean", str(seed("003")), "-o", str(tmp_path / "missing" / "a.txt"), "--report", str(report)
    )
    assert result.exit_code == 9 and "does not exist" in result.output
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_writing_leaves_no_partial_file(tmp_path, monkeypatch):
    import os

    from normalize.output import write_atomic

    def interrupted(src, dst):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "out.txt", "partial?")
    assert list(tmp_path.iterdir()) == []


def test_nul_in_a_path_is_a_clear_error(tmp_path):
    # Found by the CLI fuzz suite: a NUL byte in a file name raised ValueError. A shell cannot
    # pass one in argv, but a library caller can.
    from normalize.errors import InputMissing, OutputError
    from normalize.output import write_atomic
    from normalize.pipeline import read_input_file

    assert invoke("clean", "a\x00b.txt").exit_code == 3
    with pytest.raises(InputMissing):
        read_input_file("a\x00b.txt")
    with pytest.raises(OutputError):
        write_atomic(tmp_path / "a\x00b.txt", "text")
