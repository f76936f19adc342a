from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.options import lang_option


@click.command("init")
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--instansi", required=True, help='Name of the instansi, e.g. "Pemerintah Kabupaten Musi Banyuasin".')
@click.option("--tahun", required=True, type=click.IntRange(2022, 2100), help="Year of the SKPs, e.g. 2025.")
@click.option("--tempat", help="Default signature place, e.g. Sekayu (left to fill as [ISI: ...] when omitted).")
@lang_option
def init_command(folder: Path, instansi: str, tahun: int, tempat: str | None, lang: str) -> int:
    """Create a ready workspace in FOLDER (default: the current folder).

    Writes skpdoc.yaml, the JSON Schemas (.skpdoc/schemas) and their VS Code
    mapping, .gitattributes and the git config line for `git diff`, a
    pre-commit hook running the installed skpdoc, and a README in Indonesian;
    runs `git init` when FOLDER is in no repository. Files that exist are
    never overwritten: running it twice changes nothing.
    """
    from skpdoc.scaffold import init

    report = init(folder, instansi=instansi, tahun=tahun, tempat=tempat)
    for note in report.lines():
        click.echo(note.format(lang), err=True)
    return 0
