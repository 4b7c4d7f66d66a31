from __future__ import annotations

import pytest

from conftest import SEEDS
from normalize.report import SCHEMA, replay, restore


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


# --- restore: the input rebuilt from the output and the report --------------------------------


def _decoded(data: bytes) -> str:
    from normalize.read import decode

    return decode(data)[0]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_restore_rebuilds_each_sample_exactly(path, normalizer):
    data = path.read_bytes()
    result = normalizer.clean(data, str(path))
    assert restore(result.text, result.report()) == _decoded(data)


def test_restore_on_ten_thousand_generated_documents(normalizer):
    from docgen import documents

    failures = [
        text for text in documents(10_000) if restore((r := normalizer.clean(text)).text, r.report()) != text
    ]
    assert failures == []


def test_restore_refuses_an_edited_output(normalizer):
    from conftest import seed

    result = normalizer.clean_file(seed("004"))
    edited = result.text.replace("inflated revenue", "inflated revenues", 1)
    with pytest.raises(ValueError, match="edited"):
        restore(edited, result.report())


def test_restore_command_round_trip(tmp_path):
    from conftest import seed
    from test_cli import run_cli

    out, report, back = tmp_path / "out.txt", tmp_path / "report.json", tmp_path / "back.txt"
    assert run_cli("clean", str(seed("001")), "-o", str(out), "--report", str(report)).returncode == 0
    assert run_cli("restore", str(out), str(report), "-o", str(back)).returncode == 0
    assert back.read_text(encoding="utf-8") == seed("001").read_text(encoding="utf-8")
    both = tmp_path / "both.json"
    assert run_cli("clean", str(seed("004")), "--format", "json", "-o", str(both)).returncode == 0
    proc = run_cli("restore", str(both))
    assert proc.returncode == 0 and proc.stdout.decode() == seed("004").read_text(encoding="utf-8")
    proc = run_cli("restore", str(out), str(seed("003")))  # not a report
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1
    proc = run_cli("restore", "-", str(report), stdin=out.read_bytes())  # the output on stdin
    assert proc.returncode == 0 and proc.stdout.decode() == seed("001").read_text(encoding="utf-8")


def test_restore_refuses_another_documents_report_and_names_a_markdown_output(tmp_path):
    from conftest import seed
    from test_cli import run_cli

    def cleaned(name: str, fmt: str = "text") -> tuple:  # type: ignore[type-arg]
        out, report = tmp_path / f"{name}.{fmt}", tmp_path / f"{name}.{fmt}.json"
        args = ("clean", str(seed(name)), "-o", str(out), "--report", str(report), "-f", fmt)
        assert run_cli(*args).returncode == 0
        return out, report

    out_000, _ = cleaned("000")
    out_003, report_003 = cleaned("003")
    proc = run_cli("restore", str(out_000), str(report_003))
    assert proc.returncode == 2 and proc.stdout == b""
    assert "not the output the report describes" in proc.stderr.decode()
    md, md_report = cleaned("000", "markdown")
    proc = run_cli("restore", str(md), str(md_report))
    assert proc.returncode == 2 and "Markdown output" in proc.stderr.decode()
    assert run_cli("restore", str(out_003), str(report_003)).returncode == 0


def test_report_hashes_name_the_input_and_both_outputs(normalizer):
    import hashlib

    from conftest import seed
    from normalize.render import render_markdown

    result = normalizer.clean_file(seed("001"))
    hashes = result.report()["hashes"]

    def sha(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    assert hashes == {
        "input_text": sha(seed("001").read_text(encoding="utf-8")),
        "text": sha(result.text),
        "markdown": sha(render_markdown(result.document)),
    }


CORPUS = sorted((SEEDS[0].parents[1] / "tests" / "corpus").glob("**/*.txt"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_restore_rebuilds_each_corpus_document(path, normalizer):
    data = path.read_bytes()
    result = normalizer.clean(data, str(path))
    assert restore(result.text, result.report()) == _decoded(data)
