from __future__ import annotations

import sys
from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import color_option, format_option, lang_option, use_color

#: Width of the text tables when stdout is not a terminal (a file, a pipe): wide enough for every column.
PIPE_WIDTH = 160


def terminal_width(tty: bool) -> int:
    """The width text tables are laid out for: the terminal's (or ``COLUMNS``), else :data:`PIPE_WIDTH`."""
    import os
    import shutil

    if tty or os.environ.get("COLUMNS", "").isdigit():
        return max(40, shutil.get_terminal_size((PIPE_WIDTH, 24)).columns)
    return PIPE_WIDTH


@click.command("status", cls=HelpCommand)
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--periode")
@click.option("--opd", "opds", multiple=True)
@format_option("text", "markdown", "json")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True)
@lang_option
@color_option
def status_command(
    path: Path | None,
    periode: str | None,
    opds: tuple[str, ...],
    fmt: str,
    output: Path | None,
    strict: bool,
    lang: str,
    color: bool | None,
) -> int:
    from skpdoc.files import write_atomic
    from skpdoc.status import formats, status
    from skpdoc.textsafe import dumps

    result = status(path or Path.cwd(), periode=periode, opds=opds)
    colored = use_color(color) if fmt == "text" else None
    if fmt == "json":
        text = dumps(formats.as_json(result, lang)) + "\n"
    elif fmt == "markdown":
        text = formats.as_markdown(result, lang)
    else:
        tty = sys.stdout.isatty() and output is None
        width = terminal_width(tty)
        text = formats.as_text(result, color=tty if colored is None else colored, width=width, lang=lang)
    if output is not None:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False, color=colored)
    return 1 if strict and not result.lengkap else 0
