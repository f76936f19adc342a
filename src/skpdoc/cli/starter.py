from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import lang_option


@click.command("new", cls=HelpCommand)
@click.option("--nip", required=True)
@click.option("--nama", required=True)
@click.option("--jabatan", required=True)
@click.option(
    "--jenis",
    "jenis_jabatan",
    required=True,
    type=click.Choice(
        ["jpt-utama", "jpt-madya", "jpt-pratama", "administrator", "pengawas", "pelaksana", "fungsional"]
    ),
)
@click.option("--golongan", required=True)
@click.option("--pppk", is_flag=True)
@click.option("--jenjang")
@click.option("--opd", required=True)
@click.option("--unit")
@click.option("--penilai")
@click.option("--kualitatif", is_flag=True)
@click.option("-w", "--workspace", type=click.Path(path_type=Path), default=Path("."))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True)
@lang_option
def new_command(
    nip: str,
    nama: str,
    jabatan: str,
    jenis_jabatan: str,
    golongan: str,
    pppk: bool,
    jenjang: str | None,
    opd: str,
    unit: str | None,
    penilai: str | None,
    kualitatif: bool,
    workspace: Path,
    output: Path | None,
    force: bool,
    lang: str,
) -> int:
    from skpdoc.api import starter_for

    path, text = starter_for(
        workspace,
        nip=nip,
        nama=nama,
        jabatan=jabatan,
        jenis_jabatan=jenis_jabatan,
        golongan=golongan,
        status="pppk" if pppk else "pns",
        jenjang=jenjang,
        opd=opd,
        unit=unit,
        penilai=penilai,
        pendekatan="kualitatif" if kualitatif else "kuantitatif",
    )
    if output is not None and str(output) == "-":
        click.echo(text, nl=False)
        return 0
    from skpdoc.errors import UsageError
    from skpdoc.files import write_atomic

    target = output or path
    if target.is_dir():  # a folder named <nip>.yaml: --force must not try to replace it
        from skpdoc.paths import FileKind

        raise UsageError(code="F004", subject=str(target), kind=FileKind("folder"))
    if target.exists() and not force:
        raise UsageError(code="F003", subject=str(target))
    write_atomic(target, text)
    click.echo(f"{target}", err=True)
    return 0
