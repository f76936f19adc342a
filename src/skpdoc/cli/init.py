from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import lang_option


@click.command("init", cls=HelpCommand)
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--instansi", required=True)
@click.option("--tahun", required=True, type=click.IntRange(2022, 2100))
@click.option("--tempat")
@lang_option
def init_command(folder: Path, instansi: str, tahun: int, tempat: str | None, lang: str) -> int:
    from skpdoc.scaffold import init

    report = init(folder, instansi=instansi, tahun=tahun, tempat=tempat)
    for note in report.lines():
        click.echo(note.format(lang), err=True)
    return 0
