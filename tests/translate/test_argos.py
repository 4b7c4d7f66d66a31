"""The Argos backend on a real (tiny, random-weight) package the tests build and install.

The weights are random, so these tests check the plumbing: install, discovery, routes, what
reaches the model, in which batches, and where the model's output lands.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("ctranslate2")
pytest.importorskip("argostranslate.package")

import normalize
from normalize.config import Config
from normalize.errors import InputMissing, ModelError
from normalize.translate import packages
from normalize.translate.argos import ArgosTranslator, LoadedModel
from normalize.translate.synthetic import build_package

VI_LINES = [
    "Chỉ trong năm năm, Anthropic đã âm thầm trở thành hoàng đế vô hình của tầng cơ sở hạ tầng AI.",
    "Phân tích của chúng tôi tiết lộ cách công ty đã xây dựng một mạng lưới phụ thuộc.",
    "The company has simultaneously advanced safety research and commercial deployment.",
    "Cuộc đảo chính thầm lặng của một công ty khởi nghiệp năm tuổi.",
] * 8
FR_LINES = ["Le marché de l'intelligence artificielle est en pleine croissance.", "The market grows."] * 8
SMALL = Config(max_decoding_length=6, beam_size=2)  # random weights never stop on their own
EN_BODY = "Anthropic, founded in 2021, has executed a masterful infrastructure play. The company grew fast.\n"
HEADLINE = "Cuộc đảo chính thầm lặng của cơ sở hạ tầng"
LEAD = "Chỉ trong năm năm, Anthropic đã âm thầm lớn mạnh. Phân tích của chúng tôi tiết lộ điều đó."


@pytest.fixture(scope="session")
def package_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("argosmodels")
    return {
        "vi-en": build_package(folder / "vi_en.argosmodel", "vi", "en", VI_LINES, vocab_size=120),
        "vi-fr": build_package(folder / "vi_fr.argosmodel", "vi", "fr", VI_LINES, vocab_size=120, seed=1),
        "fr-en": build_package(folder / "fr_en.argosmodel", "fr", "en", FR_LINES, vocab_size=80, seed=2),
    }


@pytest.fixture
def argos_dir(tmp_path, monkeypatch):
    """An empty Argos package folder for this test (as ARGOS_PACKAGES_DIR would give)."""
    from argostranslate import settings

    folder = tmp_path / "packages"
    folder.mkdir()
    monkeypatch.setattr(settings, "package_data_dir", folder)
    monkeypatch.setattr(settings, "package_dirs", [folder])
    return folder


@pytest.fixture
def spy(monkeypatch):
    """Every batch that reaches a model: (package, decoded source sentences)."""
    calls: list[tuple[str, list[str]]] = []
    real = LoadedModel.run_batch

    def recording(self, tokens):
        calls.append((self.info.name, self.tokenizer.decode(tokens)))
        return real(self, tokens)

    monkeypatch.setattr(LoadedModel, "run_batch", recording)
    return calls


def reference_translation(package_dir: Path, sentences: list[str], config: Config) -> list[str]:
    """The model's own output for ``sentences``, straight from CTranslate2 and SentencePiece."""
    import ctranslate2
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_file=str(package_dir / "sentencepiece.model"))
    model = ctranslate2.Translator(str(package_dir / "model"), compute_type="auto")
    results = model.translate_batch(
        sp.encode(sentences, out_type=str),
        beam_size=config.beam_size,
        max_decoding_length=config.max_decoding_length,
    )
    special = {"<blank>", "<unk>", "<s>", "</s>"}
    return [sp.decode([t for t in r.hypotheses[0] if t not in special]).strip() for r in results]


def test_headline_and_lead_replaced_by_model_output_with_glossary_english(argos_dir, package_files, spy):
    info = packages.install(package_files["vi-en"])
    result = normalize.Normalizer(SMALL).clean(f"{HEADLINE}\n\n{LEAD}\n\n{EN_BODY}")
    lines = result.text.splitlines()
    lead_sentences = [
        "Chỉ trong năm năm, Anthropic đã âm thầm lớn mạnh.",
        "Phân tích của chúng tôi tiết lộ điều đó.",
    ]
    assert lines[2] == " ".join(reference_translation(info.path, lead_sentences, SMALL))
    # The headline holds a glossary term: its English is in the output whatever the model does
    # (random weights lose the placeholder, so the text around the term was translated alone).
    around = reference_translation(info.path, ["Cuộc đảo chính thầm lặng của"], SMALL)[0]
    assert lines[0] == f"{around[:1].upper()}{around[1:]} infrastructure"
    assert lines[4] == EN_BODY.strip()
    assert "thầm lặng" not in result.text and not [f for f in result.findings if f.kind == "untranslated"]
    assert {c.rule for c in result.changes if c.stage == "translate"} == {
        "mt.translate",
        "mt.glossary_fallback",
    }
    assert all("vi->en (translate-vi_en-1_0)" in c.reason for c in result.changes if c.stage == "translate")
    assert normalize.restore(result.text, result.report()) == f"{HEADLINE}\n\n{LEAD}\n\n{EN_BODY}"


def test_each_sentence_reaches_the_model_once_in_one_batch_across_documents(argos_dir, package_files, spy):
    packages.install(package_files["vi-en"])
    docs = [f"Bài số {n} hôm nay. Phần thứ hai của bài {n}.\n\n{EN_BODY}" for n in range(6)]
    results = list(normalize.Normalizer(SMALL).clean_many(docs))
    assert len(spy) == 1
    sent = spy[0][1]
    expected = [s for n in range(6) for s in (f"Bài số {n} hôm nay.", f"Phần thứ hai của bài {n}.")]
    assert sent == expected  # every sentence once, in document order
    assert all(r.text.endswith(EN_BODY) and "Bài số" not in r.text for r in results)


def test_batched_output_equals_one_by_one(argos_dir, package_files):
    packages.install(package_files["vi-en"])
    translator = ArgosTranslator(SMALL)
    sentences = [line for line in VI_LINES[:4]] + ["Ngắn.", "Một câu dài hơn một chút về đám mây."]
    together = translator.translate("vi", sentences)
    alone = [translator.translate("vi", [s])[0] for s in sentences]
    assert together == alone and all(together)
    assert together != sentences  # the model's output, not its input


def test_pivot_through_a_third_language(argos_dir, package_files, spy):
    packages.install(package_files["vi-fr"])
    packages.install(package_files["fr-en"])
    translator = ArgosTranslator(SMALL)
    assert (
        translator.covers("vi")
        and translator.describe("vi") == "vi->fr->en (translate-vi_fr-1_0, translate-fr_en-1_0)"
    )
    out = translator.translate("vi", ["Xin chào thế giới.", "Tạm biệt."])
    assert [name for name, _ in spy] == ["translate-vi_fr-1_0", "translate-fr_en-1_0"]
    assert len(out) == 2 and spy[1][1] != spy[0][1]


def test_no_package_means_the_policy(argos_dir):
    result = normalize.Normalizer(SMALL).clean(f"{HEADLINE}\n\n{LEAD}\n\n{EN_BODY}")
    assert result.text == EN_BODY
    assert [f.data["pair"] for f in result.findings if f.kind == "untranslated"] == ["vi-en", "vi-en"]


def test_translate_false_never_touches_packages(argos_dir, package_files, spy):
    packages.install(package_files["vi-en"])
    result = normalize.Normalizer(Config(translate=False)).clean(f"{HEADLINE}\n\n{LEAD}\n\n{EN_BODY}")
    assert result.text == EN_BODY and spy == []


# --- installing and removing ------------------------------------------------------------------


def test_list_install_remove(argos_dir, package_files):
    from normalize.translate.argos import installed_packages

    info = packages.install(package_files["vi-en"])
    assert (info.name, info.from_code, info.to_code) == ("translate-vi_en-1_0", "vi", "en")
    assert [p.name for p in installed_packages()] == ["translate-vi_en-1_0"]
    with pytest.raises(ModelError, match="already installed"):
        packages.install(package_files["vi-en"])
    with pytest.raises(ModelError, match="no installed package named 'xx-en'"):
        packages.remove("xx-en")
    assert packages.remove("vi-en").name == "translate-vi_en-1_0"
    assert installed_packages() == [] and list(argos_dir.iterdir()) == []


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_bad_package_files_are_refused_and_nothing_changes(argos_dir, package_files, tmp_path):
    packages.install(package_files["fr-en"])
    before = sorted(p.relative_to(argos_dir) for p in argos_dir.rglob("*"))
    good = zipfile.ZipFile(package_files["vi-en"])
    files = {n: good.read(n) for n in good.namelist()}
    model_bin = next(n for n in files if n.endswith("model/model.bin"))
    cases = {
        "not a zip": (tmp_path / "a.argosmodel", None, "not a zip archive"),
        "no metadata": (
            tmp_path / "b.argosmodel",
            {k: v for k, v in files.items() if not k.endswith("metadata.json")},
            "missing metadata.json",
        ),
        "zip slip": (tmp_path / "c.argosmodel", {"../evil/metadata.json": b"{}"}, "one folder"),
        "bad metadata": (
            tmp_path / "d.argosmodel",
            {**files, next(n for n in files if n.endswith("metadata.json")): b"{nope"},
            "not valid JSON",
        ),
        "garbage model": (
            tmp_path / "e.argosmodel",
            {**files, model_bin: b"\x00garbage" * 100},
            "cannot load the translation model",
        ),
    }
    for label, (path, entries, message) in cases.items():
        if entries is None:
            path.write_bytes(b"PK\x03\x04 this is not really a zip file")
        else:
            _zip(path, entries)
        with pytest.raises(ModelError, match=message):
            packages.install(path)
        assert sorted(p.relative_to(argos_dir) for p in argos_dir.rglob("*")) == before, label
    with pytest.raises(InputMissing):
        packages.install(tmp_path / "missing.argosmodel")


def test_corrupt_archive_is_refused(argos_dir, package_files, tmp_path):
    data = bytearray(package_files["vi-en"].read_bytes())
    at = data.find(b"sentencepiece.model") + 200  # inside the compressed data of an entry
    data[at : at + 8] = b"\xff" * 8
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="corrupt"):
        packages.install(broken)
    assert list(argos_dir.iterdir()) == []


def test_cli_models_commands_and_translation(tmp_path, package_files):
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(tmp_path / "pk")}
    env.pop("NORMALIZE_DEBUG", None)

    def cli(*args, stdin=None):
        return subprocess.run(
            [sys.executable, "-m", "normalize", *args], input=stdin, capture_output=True, env=env, timeout=300
        )

    assert cli("models", "list").stdout == b""
    installed = cli("models", "install", str(package_files["vi-en"]))
    assert installed.returncode == 0 and b"installed translate-vi_en-1_0" in installed.stdout
    assert cli("models", "list").stdout.decode() == "translate-vi_en-1_0\tvi->en\t1.0\n"
    bad = cli("models", "install", str(tmp_path / "nope.argosmodel"))
    assert bad.returncode == 3 and bad.stderr.decode().count("\n") == 1
    doc = f"{HEADLINE}\n\n{LEAD}\n\n{EN_BODY}".encode()
    report = tmp_path / "r.json"
    cleaned = cli("clean", "-", "--report", str(report), stdin=doc)
    assert cleaned.returncode == 0 and b"warning" not in cleaned.stderr
    assert cleaned.stdout.decode().endswith(EN_BODY) and "thầm lặng" not in cleaned.stdout.decode()
    assert "infrastructure" in cleaned.stdout.decode().splitlines()[0]
    assert any(c["rule"].startswith("mt.") for c in json.loads(report.read_text())["changes"])
    assert cli("models", "remove", "translate-vi_en-1_0").returncode == 0
    again = cli("clean", "-", stdin=doc)
    assert again.stdout.decode() == EN_BODY
    assert again.stderr.decode().count("warning: no translation model for vi->en") == 1


def test_no_package_folder_is_found_without_importing_argos_package(tmp_path):
    # argostranslate.package costs 60 ms to import in every batch worker; with nothing installed
    # the translator must not need it.
    script = (
        "import sys\n"
        "from normalize.translate.argos import installed_packages\n"
        "print(installed_packages(), 'argostranslate.package' in sys.modules)\n"
    )
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(tmp_path / "empty")}
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "stray.txt").write_text("not a package", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env, check=True, timeout=60)
    assert out.stdout.decode().split() == ["[]", "False"]


FR_DOCUMENT = """# Le marché de l'énergie solaire en France

Le gouvernement a annoncé lundi que les aides pour les panneaux solaires seront prolongées jusqu'à la fin de l'année. Le programme est très populaire dans les communes.

## Ce qui change

- Les demandes se font en ligne
- Les aides sont pour toutes les communes

| Année | Installations |
|---|---|
| 2024 | 1200 |
| 2025 | 1800 |
"""


def test_a_foreign_document_with_a_model_is_translated_whole_structure_kept(argos_dir, package_files, spy):
    packages.install(package_files["fr-en"])
    result = normalize.Normalizer(SMALL).clean(FR_DOCUMENT)
    sent = [s for _, batch in spy for s in batch]
    # Headings, list items and table cells reach the model as text, without their marks.
    assert "Ce qui change" in sent and "Les demandes se font en ligne" in sent and "Année" in sent
    assert not [s for s in sent if s[:1] in "#|-" or s.isdigit()]
    lines = result.text.splitlines()
    assert lines[0].startswith("# ") and lines[4].startswith("## ") and lines[6].startswith("- ")
    header, rule, *rows = lines[-4:]
    assert header.startswith("| ") and header.endswith(" |") and "Année" not in header  # cells translated
    assert (rule, rows) == ("|---|---|", ["| 2024 | 1200 |", "| 2025 | 1800 |"])  # numbers and rule stay
    assert "Ce qui change" not in result.text and "populaire" not in result.text
    finding = next(f for f in result.findings if f.kind == "foreign_document")
    assert finding.data["lang"] == "fr" and "policy" not in finding.data  # translated, no policy applied
    assert not [f for f in result.findings if f.kind == "untranslated"]
