from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import lang_option

if TYPE_CHECKING:  # the schema module loads jsonschema: only when the command runs
    from skpdoc.schema import Kind


@click.command("schema", cls=HelpCommand)
@click.argument("kind", required=False, type=click.Choice(["pegawai", "opd", "skpdoc"]))
@click.option(
    "-w",
    "--write",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
)
@lang_option
def schema_command(kind: str | None, folder: Path | None, lang: str) -> int:
    from skpdoc.files import write_atomic
    from skpdoc.schema import KINDS, load_schema

    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        for name in KINDS if kind is None else (kind,):
            target = folder / f"{name}.schema.json"
            write_atomic(target, json.dumps(load_schema(name), ensure_ascii=False, indent=2) + "\n")
            click.echo(str(target), err=True)
        return 0
    click.echo(json.dumps(load_schema(_kind(kind)), ensure_ascii=False, indent=2))
    return 0


def _kind(name: str | None) -> Kind:
    from skpdoc.schema import KINDS

    return next(k for k in KINDS if k == (name or "pegawai"))
