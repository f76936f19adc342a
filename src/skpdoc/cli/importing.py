"""``skpdoc import ...``: bring data from other tools into a workspace."""

from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.excel import import_xlsx_command
from skpdoc.cli.helpformat import HelpGroup
from skpdoc.cli.options import lang_option


@click.group("import", cls=HelpGroup)
def import_group() -> None:
    pass  # only groups its subcommands


@import_group.command("roster")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-w", "--workspace", type=click.Path(path_type=Path), default=Path("."))
@click.option("--opd")
@click.option("--update", is_flag=True)
@click.option("--dry-run", is_flag=True)
@click.option(
    "--template",
    type=click.Path(dir_okay=False, path_type=Path),
)
@lang_option
def roster_command(
    file: Path | None, workspace: Path, opd: str | None, update: bool, dry_run: bool, template: Path | None, lang: str
) -> int:
    from skpdoc.errors import UsageError
    from skpdoc.messages import message
    from skpdoc.textsafe import visible

    if template is not None:
        from skpdoc.roster import write_template

        write_template(template)
        click.echo(message("M035", lang, "message", {"file": template}), err=True)
        return 0
    if file is None:
        raise UsageError(code="M025")
    from skpdoc.api import import_roster

    result = import_roster(file, workspace, opd=opd, update=update, dry_run=dry_run)
    for problem in result.problems:
        click.echo(problem.format(lang), err=True)
    for change in result.changes:
        old = change.old or "-"
        click.echo(visible(f"{change.file}: {change.field}: {old} → {change.new or '-'}"))
    for nip, path, opd_slug in result.moved:
        note = {"nip": nip, "file": path, "opd": opd_slug}
        text = f"{message('M033', lang, 'message', note)}\n    {message('M033', lang, 'hint', note)}"
        click.echo(visible(text), err=True)
    for report in result.opds:
        args = {**report.__dict__, "kepala_nama": f"({report.kepala_nama})" if report.kepala_nama else ""}
        click.echo(visible(message("M030", lang, "message", args).rstrip()))
    proposed = sum(r.proposed for r in result.opds)
    if proposed:
        args = {"count": proposed}
        click.echo(f"{message('M034', lang, 'message', args)}\n    {message('M034', lang, 'hint', args)}", err=True)
    rows = len({p.line for p in result.problems})
    counts = {"written": len(result.written), "changes": len(result.changes), "bad": rows}
    click.echo(message("M032" if dry_run else "M031", lang, "message", counts), err=True)
    return 0 if result.ok else 1


import_group.add_command(import_xlsx_command)
