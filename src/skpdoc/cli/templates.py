from __future__ import annotations

import os
from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpGroup
from skpdoc.cli.options import lang_option


@click.group("templates", cls=HelpGroup)
def templates_group() -> None:
    pass  # only groups its subcommands


@templates_group.command("check")
@click.argument("target", required=False, type=click.Path(path_type=Path))  # a dangling link is reported, not "missing"
@lang_option
def check_command(target: Path | None, lang: str) -> int:
    from skpdoc.messages import message
    from skpdoc.render.lint import check, check_workspace
    from skpdoc.resources import data_dir
    from skpdoc.textsafe import visible

    root = _workspace(target)
    if root is not None:
        count, findings = check_workspace(root)
    else:
        count, findings = check(target or data_dir("templates/docx"))
    for finding in findings:
        click.echo(visible(finding.format(lang)))  # quotes the template's own text
    errors = sum(1 for f in findings if f.severity == "error")
    args = {"count": count, "errors": errors, "warnings": len(findings) - errors}
    click.echo(message("L009", lang, "message", args), err=True)
    return 1 if errors else 0


def _workspace(target: Path | None) -> Path | None:
    """The workspace whose templates to check: TARGET when it is a workspace folder, else the one around us."""
    from skpdoc.errors import UsageError
    from skpdoc.workspace import CONFIG_NAME, find_root

    if target is not None:
        config = target / CONFIG_NAME
        return target if target.is_dir() and os.path.lexists(config) and not config.is_dir() else None
    try:
        return find_root(Path.cwd())
    except UsageError:  # not inside a workspace: the built-in templates
        return None


@templates_group.command("list")
@lang_option
def list_command(lang: str) -> int:
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
    default=None,
)
@click.option("-f", "--force", is_flag=True)
@lang_option
def copy_command(names: tuple[str, ...], folder: Path | None, force: bool, lang: str) -> int:
    from skpdoc.errors import UsageError
    from skpdoc.files import copy_atomic
    from skpdoc.hints import Suggest
    from skpdoc.resources import data_dir
    from skpdoc.workspace import TEMPLATES_NAME, find_root

    builtin = data_dir("templates/docx")
    available = sorted(p.name for p in builtin.glob("*.docx"))
    for name in names:
        if name not in available:
            raise UsageError(code="S004", subject=name, value=name, suggestion=Suggest.among(name, available))
    if folder is None:
        try:  # run anywhere inside a workspace, the copy lands where a build looks for it
            folder = find_root(Path.cwd()) / TEMPLATES_NAME
        except UsageError:
            folder = Path(TEMPLATES_NAME)
    present = [folder / name for name in names if os.path.lexists(folder / name)]
    if present and not force:  # checked for all first: nothing is copied when one would be overwritten
        raise UsageError(code="T010", subject=str(present[0]), folder=str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        copy_atomic(builtin / name, folder / name)
        click.echo(str(folder / name), err=True)
    return 0
