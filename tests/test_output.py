"""Writing outputs: one check per write whatever the number of inputs, modes as the umask says,
files written together or not at all, temporary files of killed runs recognised and removed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from normalize import batch
from normalize.config import Config
from normalize.errors import OutputError, OverwriteRefused
from normalize.output import InputSet, remove_stale_temps, write_atomic, write_in_place, write_together

CLEAN_EN = "The company reported strong growth in its cloud business during the quarter.\n"


def _stat_calls_for_a_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int) -> int:
    src = tmp_path / f"in{files}"
    src.mkdir()
    for n in range(files):
        (src / f"f{n}.txt").write_text(CLEAN_EN, encoding="utf-8")
    calls = 0
    real_stat = os.stat

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real_stat(*args, **kwargs)

    monkeypatch.setattr(os, "stat", counting)
    try:
        options = batch.Options(Config(), jobs=1, summary=False)
        batch.run_files([str(src)], tmp_path / f"out{files}", options)
    finally:
        monkeypatch.setattr(os, "stat", real_stat)
    return calls


def test_checking_writes_against_inputs_is_linear_in_the_number_of_files(tmp_path, monkeypatch):
    # Each write was compared with every input (two stats and two path resolutions each): 4x the
    # files made 16x the calls. Now each write is one stat and one set lookup.
    small = _stat_calls_for_a_batch(tmp_path, monkeypatch, 25)
    large = _stat_calls_for_a_batch(tmp_path, monkeypatch, 100)
    assert large <= 5 * small, (small, large)


def test_an_input_reached_through_a_link_is_never_overwritten(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("input", encoding="utf-8")
    (tmp_path / "hard.txt").hardlink_to(src)
    (tmp_path / "soft.txt").symlink_to(src)
    guard = InputSet([src])
    for target in ("a.txt", "hard.txt", "soft.txt"):
        with pytest.raises(OverwriteRefused):
            write_atomic(tmp_path / target, "output", guard)
    assert src.read_text(encoding="utf-8") == "input"
    write_atomic(tmp_path / "other.txt", "output", guard)  # anything else is written


def _mode_of_new_file(tmp_path: Path, umask: int) -> int:
    target = tmp_path / f"out-{umask:o}.txt"
    code = (
        f"import os; os.umask(0o{umask:o}); from normalize.output import write_atomic; "
        f"write_atomic({str(target)!r}, 'x')"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    return stat.S_IMODE(target.stat().st_mode)


def test_outputs_get_the_mode_the_umask_gives(tmp_path):
    assert _mode_of_new_file(tmp_path, 0o022) == 0o644
    assert _mode_of_new_file(tmp_path, 0o002) == 0o664
    assert _mode_of_new_file(tmp_path, 0o077) == 0o600


@pytest.mark.parametrize("mode", [0o664, 0o640, 0o600])
def test_in_place_keeps_the_input_mode(tmp_path, mode):
    src = tmp_path / "a.txt"
    src.write_text("Revenue水分 grew.\n", encoding="utf-8")
    src.chmod(mode)
    backup = write_in_place(src, src.read_bytes(), "Inflated revenue grew.\n")
    assert stat.S_IMODE(src.stat().st_mode) == mode
    assert stat.S_IMODE(backup.stat().st_mode) == mode
    assert src.read_text(encoding="utf-8") == "Inflated revenue grew.\n"


def test_files_written_together_appear_together_or_not_at_all(tmp_path):
    report, output = tmp_path / "a.json", tmp_path / "missing" / "a.txt"
    with pytest.raises(OutputError):
        write_together([(output, "text"), (report, "{}")])
    assert list(tmp_path.iterdir()) == []
    write_together([(tmp_path / "a.txt", "text"), (report, "{}")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.txt"]


def test_temporary_files_of_dead_processes_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    dead_pid = int(dead.stdout)
    (tmp_path / "sub").mkdir()
    stale = tmp_path / "sub" / f".a.txt.normalize-{dead_pid}-x1y2.tmp"
    live = tmp_path / f".b.txt.normalize-{os.getppid()}-x1y2.tmp"  # a process that runs
    unrelated = tmp_path / ".c.txt.tmp"
    for path in (stale, live, unrelated):
        path.write_text("partial", encoding="utf-8")
    assert remove_stale_temps(tmp_path) == []  # not recursive: the stale file is in sub/
    assert remove_stale_temps(tmp_path, recursive=True) == [stale]
    assert live.exists() and unrelated.exists() and not stale.exists()


def test_clean_in_place_keeps_a_group_writable_mode(tmp_path):
    from test_cli import run_cli

    src = tmp_path / "a.txt"
    src.write_text("Revenue水分 grew.\n", encoding="utf-8")
    src.chmod(0o664)
    proc = run_cli("clean", str(src), "--in-place")
    assert proc.returncode == 0
    assert stat.S_IMODE(src.stat().st_mode) == 0o664
    assert src.read_text(encoding="utf-8") == "Inflated revenue grew.\n"
