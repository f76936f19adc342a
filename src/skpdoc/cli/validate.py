from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import color_option, format_option, lang_option, quiet_option, use_color

#: The version of ``--format json``: new keys may be added, none removed or renamed.
JSON_VERSION = 1


@click.command("validate", cls=HelpCommand)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@format_option("text", "json", "json-list")
@lang_option
@click.option("--strict", is_flag=True)
@click.option("-j", "--jobs", type=click.IntRange(1), default=None)
@quiet_option
@color_option
def validate_command(
    paths: tuple[Path, ...], fmt: str, lang: str, strict: bool, jobs: int | None, quiet: bool, color: bool | None
) -> int:
    from skpdoc.api import validate
    from skpdoc.errors import Severity
    from skpdoc.textsafe import dumps

    report = validate(list(paths), jobs=jobs)
    color = use_color(color)
    if fmt in ("json", "json-list"):
        problems = [p.as_json(lang) for p in report.problems]
        click.echo(dumps({"version": JSON_VERSION, "problems": problems} if fmt == "json" else problems))
    else:
        for problem in report.problems:
            text = problem.format(lang)
            head, _, rest = text.partition("\n")
            style = "red" if problem.severity is Severity.ERROR else "yellow"
            click.echo(click.style(head, fg=style) + ("\n" + rest if rest else ""), color=color)
    if not quiet or report.errors:
        click.echo(_summary(len(report.errors), len(report.warnings), report.files, lang), err=True, color=color)
    if not quiet and report.files <= 1:  # a fresh `skpdoc init`: say what comes next
        from skpdoc.scaffold import empty_workspaces

        for note in empty_workspaces(paths or (Path.cwd(),)):
            click.echo(note.format(lang), err=True)
    return 0 if report.ok(strict=strict) else 1


def _summary(errors: int, warnings: int, files: int, lang: str) -> str:
    from skpdoc.messages import message

    code = "L021" if errors or warnings else "L020"
    return message(code, lang, "message", {"errors": errors, "warnings": warnings, "files": files})
