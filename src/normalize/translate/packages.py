"""`normalize models`: list, install and remove Argos packages, never over the network.

A package file is checked before anything is written: a zip archive whose entries all sit in
one folder (no absolute paths, no ``..``), whose CRCs match, with ``metadata.json`` naming the
language pair, a CTranslate2 ``model/`` and a ``sentencepiece.model``. It is then installed with
``argostranslate.package`` into the Argos package folder (``ARGOS_PACKAGES_DIR`` when set), and
its model is loaded once; if any of that fails, the folder is removed again, so the installed
set is what it was.
"""

from __future__ import annotations

import json
import shutil
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from normalize.errors import InputMissing, ModelError
from normalize.translate.argos import PackageInfo, installed_packages

REQUIRED = ("metadata.json", "model/model.bin", "model/config.json", "sentencepiece.model")


def _argos_package():  # type: ignore[no-untyped-def]
    try:
        from argostranslate import package
    except ImportError as exc:
        raise ModelError(
            "Argos Translate is not installed: pip install torch==2.13.0 'normalize[translate]'"
        ) from exc
    return package


def packages_dir() -> Path:
    """Where packages are installed: Argos Translate's setting (``ARGOS_PACKAGES_DIR``)."""
    _argos_package()
    from argostranslate import settings

    return Path(settings.package_data_dir)


def check_package_file(path: Path) -> tuple[str, dict[str, object]]:
    """The folder name and metadata of a valid ``.argosmodel`` file; ModelError says what is wrong."""
    if not path.is_file():
        raise InputMissing(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise ModelError(f"{path}: not an Argos package (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            names = [n for n in archive.namelist() if not n.endswith("/")]
            tops = {PurePosixPath(n).parts[0] for n in names}
            unsafe = [n for n in names if n.startswith("/") or ".." in PurePosixPath(n).parts]
            if bad is not None:
                raise ModelError(f"{path}: corrupt package ({bad} fails its checksum)")
            if unsafe or len(tops) != 1:
                raise ModelError(f"{path}: not an Argos package (entries must sit in one folder)")
            top = tops.pop()
            missing = [r for r in REQUIRED if f"{top}/{r}" not in names]
            if missing:
                raise ModelError(f"{path}: not an Argos package (missing {', '.join(missing)})")
            metadata = json.loads(archive.read(f"{top}/metadata.json"))
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise ModelError(f"{path}: corrupt package ({exc})") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: metadata.json is not valid JSON ({exc})") from exc
    if not isinstance(metadata, dict) or not metadata.get("from_code") or not metadata.get("to_code"):
        raise ModelError(f"{path}: metadata.json must name from_code and to_code")
    return top, metadata


def install(path: Path) -> PackageInfo:
    """Install one package file; the installed set is unchanged when anything fails."""
    from normalize.config import Config
    from normalize.translate.argos import LoadedModel

    argos = _argos_package()
    name, _metadata = check_package_file(path)
    target = packages_dir() / name
    if target.exists():
        raise ModelError(f"{name} is already installed; remove it first: normalize models remove {name}")
    try:
        argos.install_from_path(path)
        info = next(p for p in installed_packages() if p.name == name)
        LoadedModel(info, Config())  # a model that cannot load is not installed
    except BaseException as exc:
        shutil.rmtree(target, ignore_errors=True)
        if isinstance(exc, ModelError):
            raise
        if isinstance(exc, Exception):
            raise ModelError(f"{path}: cannot install: {exc}") from exc
        raise
    return info


def remove(name: str) -> PackageInfo:
    """Remove an installed package, named by its folder name or by its pair (``vi-en``)."""
    argos = _argos_package()
    packages = installed_packages()
    chosen = [p for p in packages if name in (p.name, f"{p.from_code}-{p.to_code}")]
    if not chosen:
        names = ", ".join(p.name for p in packages) or "none"
        raise ModelError(f"no installed package named {name!r} (installed: {names})")
    if len(chosen) > 1:
        raise ModelError(
            f"{name!r} names {len(chosen)} packages; use one of: {', '.join(p.name for p in chosen)}"
        )
    for pkg in argos.get_installed_packages():
        if Path(pkg.package_path).name == chosen[0].name:
            argos.uninstall(pkg)
    return chosen[0]
