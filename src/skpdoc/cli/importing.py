"""``skpdoc import ...``: bring data from other tools into a workspace."""

from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.excel import import_xlsx_command
from skpdoc.cli.options import lang_option


@click.group("import")
def import_group() -> None:
    """Import data into the workspace: the employee roster (``roster``), an OPD's workbook (``xlsx``)."""


@import_group.command("roster")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-w", "--workspace", type=click.Path(path_type=Path), default=Path("."), help="Workspace folder.")
@click.option("--opd", help="Import only this OPD (its folder name).")
@click.option(
    "--update", is_flag=True, help="Refresh nama, status, pangkat, golongan, jabatan, unit of existing specs."
)
@click.option("--dry-run", is_flag=True, help="Write nothing; print what would be done.")
@click.option(
    "--template",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a blank roster workbook in skpdoc's simple layout to this .xlsx, and nothing else.",
)
@lang_option
def roster_command(
    file: Path | None, workspace: Path, opd: str | None, update: bool, dry_run: bool, template: Path | None, lang: str
) -> int:
    """Write <opd>/opd.yaml and one spec per employee from a SIASN export or the simple layout (.xlsx, .csv).

    Existing specs are never overwritten (--update refreshes their identity only). Rows with mistakes are
    reported as FILE:ROW:COLUMN and left out; the others are imported; the exit status is then 1.
    """
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
