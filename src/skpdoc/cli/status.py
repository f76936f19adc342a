from __future__ import annotations

import sys
from pathlib import Path

import click

from skpdoc.cli.options import color_option, lang_option, use_color

#: Width of the text tables when stdout is not a terminal (a file, a pipe): wide enough for every column.
PIPE_WIDTH = 160


def terminal_width(tty: bool) -> int:
    """The width text tables are laid out for: the terminal's (or ``COLUMNS``), else :data:`PIPE_WIDTH`."""
    import os
    import shutil

    if tty or os.environ.get("COLUMNS", "").isdigit():
        return max(40, shutil.get_terminal_size((PIPE_WIDTH, 24)).columns)
    return PIPE_WIDTH


@click.command("status")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--periode", help="triwulan-1 ... triwulan-4, akhir (default: the latest with an evaluation block).")
@click.option("--opd", "opds", multiple=True, help="Only this OPD (slug; repeatable).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="json is a stable contract (see the README).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
@click.option("--strict", is_flag=True, help="Exit 1 unless everything is complete, rated and valid.")
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
    """Where the workspace stands: per OPD, the plans complete, the penilai proposals
    not yet confirmed, the evaluations of the periode opened, filled and rated,
    and whether the pola distribusi holds so far; then who is missing what.

    Works on a workspace still full of [ISI] placeholders and invalid specs
    (they are counted as errors). Exit status: 0 (it is a report); with
    --strict, 1 while anything is missing.
    """
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
