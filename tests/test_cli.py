"""The command line, run as a user runs it (subprocess), plus quick in-process checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import GOLDEN, seed

CLEAN_EN = "The company reported strong growth in its cloud business during the quarter.\n"


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "NORMALIZE_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "normalize", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_clean_file_to_stdout_matches_golden():
    proc = run_cli("clean", str(seed("001")))
    assert proc.returncode == 0
    assert proc.stdout.decode() == (GOLDEN / f"{seed('001').stem}.txt").read_text(encoding="utf-8")
    warnings = proc.stderr.decode().strip().splitlines()
    assert len(warnings) == 1 and "vi->en" in warnings[0] and "normalize models install" in warnings[0]


def test_stdin_to_stdout_pipeline():
    proc = run_cli("clean", "-", stdin=seed("004").read_bytes())
    assert proc.returncode == 0 and "inflated revenue" in proc.stdout.decode()


def test_output_report_and_formats(tmp_path):
    out, report = tmp_path / "a.md", tmp_path / "a.json"
    proc = run_cli("clean", str(seed("000")), "-o", str(out), "--format", "markdown", "--report", str(report))
    assert proc.returncode == 0 and proc.stdout == b""
    assert out.read_text(encoding="utf-8").startswith("# Anthropic's $400B Revenue Surge")
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["metadata"]["tags"] == ["Anthropic", "Claude"]
    proc = run_cli("clean", str(seed("002")), "--format", "json")
    assert json.loads(proc.stdout)["report"]["findings"] == []


def test_detect_exit_codes():
    assert run_cli("detect", str(seed("002"))).returncode == 0
    proc = run_cli("detect", str(seed("004")))
    assert proc.returncode == 1
    lines = proc.stdout.decode().splitlines()
    assert any(":8: unit_inconsistency:" in line for line in lines)
    assert any(":71: boilerplate:" in line for line in lines)
    payload = json.loads(run_cli("detect", str(seed("000")), "--json").stdout)
    assert {f["kind"] for f in payload["findings"]} == {"boilerplate", "metadata_line"}


def test_strict_exits_1_on_findings():
    assert run_cli("clean", str(seed("004")), "--strict").returncode == 1
    assert run_cli("clean", str(seed("003")), "--strict").returncode == 0


def test_help_explains():
    out = run_cli("clean", "--help").stdout.decode()
    for option in ("--output", "--format", "--report", "--glossary", "--on-untranslated", "--strict"):
        assert option in out
    assert "Usage: python -m normalize clean [OPTIONS] [SOURCE]" in out.replace(
        "normalize.__main__", "normalize"
    )
    assert run_cli("clean", "-h").stdout.decode() == out
    batch_help = " ".join(run_cli("batch", "-h").stdout.decode().split())
    assert "Worker processes [default: all cores]." in batch_help  # not eaten as a markup tag
    assert "[default: drop]" in batch_help and "--with-report" in batch_help


def test_version():
    from normalize import __version__

    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.decode() == f"normalize {__version__}\n"


def test_piped_text_is_read_without_a_source_argument():
    proc = run_cli("clean", stdin="Revenue水分 grew.\n".encode())
    assert proc.returncode == 0 and proc.stdout.decode() == "Inflated revenue grew.\n"
    proc = run_cli("detect", stdin=seed("004").read_bytes())
    assert proc.returncode == 1 and b"unit_inconsistency" in proc.stdout


def test_no_source_on_a_terminal_is_a_usage_error():
    import pty

    code = "import sys; sys.argv = ['normalize', 'clean']; from normalize.cli import main; main()"
    pid, fd = pty.fork()
    if pid == 0:  # the child: its stdin is the terminal
        os.execv(sys.executable, [sys.executable, "-c", code])
    out = b""
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 2
    assert b"missing SOURCE" in out and out.count(b"\n") == 1


def test_english_file_never_loads_heavy_modules(tmp_path):
    src = tmp_path / "small.txt"
    src.write_text(CLEAN_EN * 3, encoding="utf-8")
    code = (
        "import sys, runpy; sys.argv = ['normalize', 'clean', sys.argv[1]];\n"
        "try:\n    runpy.run_module('normalize', run_name='__main__')\nexcept SystemExit: pass\n"
        "from langdetect import detector_factory as d\n"
        "heavy = [m for m in ('torch', 'ctranslate2', 'sentencepiece', 'argostranslate', 'ray', 'trafilatura') if m in sys.modules]\n"
        "print(heavy, d._factory is None)"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(src)], capture_output=True, timeout=120)
    assert proc.stdout.decode().strip().endswith("[] True"), proc.stderr.decode()


def test_importtime_of_an_english_seed_shows_no_translation_stack():
    proc = run_cli_python("-X", "importtime", "-m", "normalize", "clean", str(seed("002")))
    assert proc.returncode == 0
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.decode().splitlines() if "|" in line}
    assert "normalize.pipeline" in imported  # the trace is really there
    assert not imported & {"torch", "ctranslate2", "argostranslate.translate", "argostranslate.package"}


def run_cli_python(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, *args], capture_output=True, timeout=120)
