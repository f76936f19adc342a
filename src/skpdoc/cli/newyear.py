from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import lang_option, quiet_option


@click.command("tahun-baru", cls=HelpCommand)
@click.argument("tahun", type=click.IntRange(2022, 2100))
@click.argument("workspace", required=False, type=click.Path(path_type=Path), default=Path("."))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
)
@lang_option
@quiet_option
def newyear_command(tahun: int, workspace: Path, output: Path, lang: str, quiet: bool) -> int:
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
