"""Argos Translate packages as a translator: CTranslate2 and SentencePiece, in batches.

Installed packages are found with ``argostranslate.package`` (it honours
``ARGOS_PACKAGES_DIR``), imported only when a package folder holds something. Sentences are not
translated through ``argostranslate.translate``: that module imports torch, its sentence splitter
downloads a model on first use, and it sends one block at a time in 32-token batches. Here every
sentence that needs a package goes through one ``translate_batch`` call, which CTranslate2 cuts
into batches of ``Config.mt_batch_size``. Nothing is imported or loaded until a document needs a
model.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from normalize.config import Config
from normalize.errors import ModelError

TARGET = "en"
# OpenNMT's special tokens; a model may emit them, and they are not text.
SPECIAL_TOKENS = frozenset({"<blank>", "<unk>", "<s>", "</s>"})


@dataclass(frozen=True)
class PackageInfo:
    """What the translator needs to know of one installed Argos package."""

    name: str  # the package's folder name, which `normalize models remove` takes
    from_code: str
    to_code: str
    version: str
    path: Path
    target_prefix: str = ""


def installed_packages() -> list[PackageInfo]:
    """The installed Argos translation packages; empty when Argos Translate is not installed."""
    try:
        from argostranslate import settings
    except ImportError:
        return []
    # argostranslate.package imports urllib and email (60 ms, in every batch worker); where no
    # package folder holds a folder, it would find nothing.
    if not any(folder.is_dir() for folder in _package_folders(settings.package_dirs)):
        return []
    from argostranslate import package as argos_package

    found = []
    for pkg in argos_package.get_installed_packages():
        if getattr(pkg, "type", "translate") != "translate" or not pkg.from_code or not pkg.to_code:
            continue
        found.append(
            PackageInfo(
                pkg.package_path.name,
                pkg.from_code,
                pkg.to_code,
                pkg.package_version,
                Path(pkg.package_path),
                getattr(pkg, "target_prefix", "") or "",
            )
        )
    return sorted(found, key=lambda p: p.name)


def _package_folders(roots: list[Path]) -> Iterator[Path]:
    for root in roots:
        if root.is_dir():
            yield from root.iterdir()


def find_route(packages: list[PackageInfo], lang: str, target: str = TARGET) -> list[PackageInfo] | None:
    """Packages that take ``lang`` to ``target``: one direct package, else two through a pivot
    language (``xx->yy``, ``yy->en``), as Argos Translate itself does."""
    for pkg in packages:
        if (pkg.from_code, pkg.to_code) == (lang, target):
            return [pkg]
    for first in packages:
        if first.from_code != lang:
            continue
        for second in packages:
            if (second.from_code, second.to_code) == (first.to_code, target):
                return [first, second]
    return None


class LoadedModel:
    """One package's CTranslate2 translator and SentencePiece processor."""

    def __init__(self, info: PackageInfo, config: Config) -> None:
        import ctranslate2
        import sentencepiece

        self.info = info
        self.config = config
        try:
            self.tokenizer = sentencepiece.SentencePieceProcessor(
                model_file=str(info.path / "sentencepiece.model")
            )
            self.model = ctranslate2.Translator(
                str(info.path / "model"),
                device=config.device,
                compute_type="auto",
                intra_threads=config.mt_threads,
            )
        except (OSError, RuntimeError, ValueError) as exc:
            raise ModelError(f"{info.name}: cannot load the translation model: {exc}") from exc

    def run_batch(self, tokens: list[list[str]]) -> list[list[str]]:
        """The model's best hypothesis for each tokenized sentence: one call for all of them."""
        prefix = [[self.info.target_prefix]] * len(tokens) if self.info.target_prefix else None
        results = self.model.translate_batch(
            tokens,
            target_prefix=prefix,
            beam_size=self.config.beam_size,
            max_batch_size=self.config.mt_batch_size,
            max_decoding_length=self.config.max_decoding_length,
            replace_unknowns=True,
        )
        return [[t for t in r.hypotheses[0] if t not in SPECIAL_TOKENS] for r in results]

    def translate(self, sentences: list[str]) -> list[str]:
        if not sentences:
            return []
        tokens = self.tokenizer.encode(sentences, out_type=str)
        decoded = self.tokenizer.decode(self.run_batch(tokens))
        prefix = self.info.target_prefix
        return [d[len(prefix) :].strip() if prefix and d.startswith(prefix) else d.strip() for d in decoded]


class ArgosTranslator:
    """The :class:`~normalize.translate.base.Translator` on installed Argos packages."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._models: dict[str, LoadedModel] = {}

    @cached_property
    def packages(self) -> list[PackageInfo]:
        return installed_packages()

    def route(self, lang: str) -> list[PackageInfo] | None:
        return find_route(self.packages, lang)

    def covers(self, lang: str) -> bool:
        return self.route(lang) is not None

    def describe(self, lang: str) -> str:
        route = self.route(lang) or []
        steps = "->".join([lang] + [p.to_code for p in route])
        return f"{steps} ({', '.join(p.name for p in route)})"

    def model(self, info: PackageInfo) -> LoadedModel:
        if info.name not in self._models:
            self._models[info.name] = LoadedModel(info, self.config)
        return self._models[info.name]

    def translate(self, lang: str, sentences: list[str]) -> list[str]:
        route = self.route(lang)
        if route is None:
            raise ModelError(f"no translation package for {lang}->{TARGET}")
        for info in route:
            sentences = self.model(info).translate(sentences)
        return sentences

    def __getstate__(self) -> dict[str, Any]:  # worker processes load their own models
        return {"config": self.config, "_models": {}}
