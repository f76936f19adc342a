"""``skpdoc export xlsx`` and ``skpdoc import xlsx``: the Excel round trip for OPD operators."""

from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand, HelpGroup
from skpdoc.cli.options import lang_option, quiet_option


@click.group("export", cls=HelpGroup)
def export_group() -> None:
    pass  # only groups its subcommands


@export_group.command("xlsx")
@click.argument("workspace", required=False, type=click.Path(path_type=Path))
@click.option("--opd", required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--periode", multiple=True)
@click.option("--force", is_flag=True)
@lang_option
@quiet_option
def export_xlsx_command(
    workspace: Path | None, opd: str, output: Path, periode: tuple[str, ...], force: bool, lang: str, quiet: bool
) -> int:
    from skpdoc.api import export_xlsx
    from skpdoc.errors import InvalidSpecs
    from skpdoc.messages import message

    try:
        result = export_xlsx(workspace or Path.cwd(), opd, output, periode=periode, force=force)
    except InvalidSpecs as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    if not quiet:
        args = {"file": result.output, "opd": result.opd, "count": result.pegawai}
        click.echo(message("X040", lang, "message", args), err=True)
    return 0


@click.command("xlsx", cls=HelpCommand)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("workspace", required=False, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True)
@lang_option
@quiet_option
def import_xlsx_command(file: Path, workspace: Path | None, dry_run: bool, lang: str, quiet: bool) -> int:
    from skpdoc.api import import_xlsx
    from skpdoc.excel import ImportRefused
    from skpdoc.messages import message

    try:
        result = import_xlsx(file, workspace or Path.cwd(), dry_run=dry_run)
    except ImportRefused as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    for problem in result.warnings:
        if not quiet:
            click.echo(problem.format(lang), err=True)
    from skpdoc.workspace import display

    for path in result.written:
        click.echo(str(display(path)))
    if not quiet:
        code = "X042" if not result.written else ("X043" if dry_run else "X041")
        click.echo(message(code, lang, "message", {"count": len(result.written), "file": file}), err=True)
    return 0
