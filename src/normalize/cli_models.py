"""``normalize models``: the Argos Translate packages used for machine translation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from normalize.cli_common import fail as _fail
from normalize.errors import NormalizeError

models_app = typer.Typer(
    help="Manage the Argos Translate packages used for machine translation. Nothing is downloaded: "
    "packages are installed from .argosmodel files, into ARGOS_PACKAGES_DIR when it is set.",
    no_args_is_help=True,
)


@models_app.command("list")
def models_list() -> None:
    """List the installed translation packages: name, language pair, version."""
    from normalize.translate.argos import installed_packages
    from normalize.translate.packages import packages_dir

    try:
        folder = packages_dir()
    except NormalizeError as exc:
        _fail(exc)
        return
    packages = installed_packages()
    for p in packages:
        sys.stdout.write(f"{p.name}\t{p.from_code}->{p.to_code}\t{p.version}\n")
    if not packages:
        typer.echo(f"normalize: no translation packages in {folder}", err=True)


@models_app.command("install")
def models_install(
    path: Annotated[Path, typer.Argument(help="An Argos package file (.argosmodel).", show_default=False)],
) -> None:
    """Install a package file; a corrupt or foreign file is refused and nothing changes."""
    from normalize.translate import packages

    try:
        info = packages.install(path)
    except NormalizeError as exc:
        _fail(exc)
        return
    typer.echo(
        f"installed {info.name} ({info.from_code}->{info.to_code} {info.version}) in {info.path.parent}"
    )


@models_app.command("remove")
def models_remove(
    name: Annotated[str, typer.Argument(help="Package name (see `models list`) or pair, e.g. vi-en.")],
) -> None:
    """Remove an installed package."""
    from normalize.translate import packages

    try:
        info = packages.remove(name)
    except NormalizeError as exc:
        _fail(exc)
        return
    typer.echo(f"removed {info.name} ({info.from_code}->{info.to_code})")
