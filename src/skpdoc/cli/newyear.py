from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.options import lang_option, quiet_option


@click.command("tahun-baru")
@click.argument("tahun", type=click.IntRange(2022, 2100))
@click.argument("workspace", required=False, type=click.Path(path_type=Path), default=Path("."))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder of the new workspace: new, or empty (e.g. ../skp-2025).",
)
@lang_option
@quiet_option
def newyear_command(tahun: int, workspace: Path, output: Path, lang: str, quiet: bool) -> int:
    """Write next year's workspace (TAHUN) from this one (WORKSPACE, default: the current folder).

    Identity, penilai, RHK and indicators carry over; every target and the
    penilai are listed in belum_dikonfirmasi to be reviewed; evaluations,
    the organisations' capaian, periode and penetapan are dropped (the
    penetapan date is left to fill as [ISI: ...]). Templates and the
    workspace's scaffolding are copied. Nothing is written unless all of it
    is: the folder appears complete, or not at all.
    """
    from skpdoc.newyear import UnreadableSpecs, new_year

    try:
        report = new_year(workspace, tahun, output)
    except UnreadableSpecs as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    for note in report.notes:
        click.echo(note.format(lang), err=True)
    if not quiet:
        click.echo(report.summary().format(lang), err=True)
    return 0
