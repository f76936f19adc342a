from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.options import lang_option


@click.command("new")
@click.option("--nip", required=True, help="NIP or NI PPPK (18 digits).")
@click.option("--nama", required=True, help="Full name with titles, as printed.")
@click.option("--jabatan", required=True, help="Jabatan, as printed.")
@click.option(
    "--jenis",
    "jenis_jabatan",
    required=True,
    type=click.Choice(
        ["jpt-utama", "jpt-madya", "jpt-pratama", "administrator", "pengawas", "pelaksana", "fungsional"]
    ),
)
@click.option("--golongan", required=True, help="PNS: I/a ... IV/e; PPPK: I ... XVII.")
@click.option("--pppk", is_flag=True, help="The employee is a PPPK (NI PPPK, no pangkat).")
@click.option("--jenjang", help="Jenjang of a jabatan fungsional, e.g. ahli-pertama (left to fill when not given).")
@click.option("--opd", required=True, help="OPD folder (slug) of the workspace, with its opd.yaml.")
@click.option("--unit", help="Unit id from opd.yaml.")
@click.option("--penilai", help="NIP of the pejabat penilai, whose spec is in the workspace.")
@click.option("--kualitatif", is_flag=True, help="Use the kualitatif approach.")
@click.option("-w", "--workspace", type=click.Path(path_type=Path), default=Path("."), help="Workspace folder.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write ('-' = stdout).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
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
    """Write a starter spec for a new employee (default: <workspace>/<opd>/<nip>.yaml).

    It validates at once; what only the employee and the penilai can decide (RHK,
    indicators, targets, dates) is written "[ISI: ...]" for them to fill, and the
    forms are titled KONSEP until it is. An unknown --opd, --unit, --penilai or
    --jenjang is refused (exit 2) with the nearest known one.
    """
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
