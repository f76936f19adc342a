from __future__ import annotations

import shutil
from pathlib import Path

import click


@click.group("templates")
def templates_group() -> None:
    """Inspect, copy and check the Word templates of the forms."""


@templates_group.command("check")
@click.argument("target", required=False, type=click.Path(path_type=Path))  # a dangling link is reported, not "missing"
def check_command(target: Path | None) -> int:
    """Lint templates (default: the built-in ones): Jinja syntax, tags split by Word, unknown names.

    TARGET is a folder of templates or one .docx. Every finding names the template and the text of the
    paragraph or table cell it is in; an entry that is not a regular file, is too large or (in a
    workspace's templates/) links out of the workspace is reported and never opened.
    """
    from skpdoc.render.lint import check
    from skpdoc.resources import data_dir
    from skpdoc.textsafe import visible

    count, findings = check(target or data_dir("templates/docx"))
    for finding in findings:
        click.echo(visible(finding.format()))  # quotes the template's own text
    errors = sum(1 for f in findings if f.severity == "error")
    click.echo(f"{count} templat diperiksa: {errors} kesalahan, {len(findings) - errors} peringatan", err=True)
    return 1 if errors else 0


@templates_group.command("list")
def list_command() -> int:
    """List the built-in templates (one per form variant)."""
    from skpdoc.resources import data_dir

    for path in sorted(data_dir("templates/docx").glob("*.docx")):
        click.echo(path.name)
    return 0


@templates_group.command("copy")
@click.argument("names", nargs=-1, required=True)
@click.option(
    "-t",
    "--to",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("templates"),
    show_default=True,
    help="Folder to copy into (a workspace's templates/ replaces built-ins by name).",
)
def copy_command(names: tuple[str, ...], folder: Path) -> int:
    """Copy built-in templates into FOLDER to customise them (letterhead, logo)."""
    from skpdoc.errors import UsageError
    from skpdoc.hints import Suggest
    from skpdoc.resources import data_dir

    builtin = data_dir("templates/docx")
    available = sorted(p.name for p in builtin.glob("*.docx"))
    for name in names:
        if name not in available:
            raise UsageError(code="S004", subject=name, value=name, suggestion=Suggest.among(name, available))
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(builtin / name, folder / name)
        click.echo(str(folder / name), err=True)
    return 0
