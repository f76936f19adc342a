from __future__ import annotations

import sys
from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import color_option, format_option, lang_option, use_color


@click.command("rekap", cls=HelpCommand)
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--periode")
@click.option("--opd", "opds", multiple=True)
@click.option("--nip", "nips", multiple=True)
@format_option("text", "markdown", "csv", "json", "xlsx")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True)
@lang_option
@color_option
def rekap_command(
    path: Path | None,
    periode: str | None,
    opds: tuple[str, ...],
    nips: tuple[str, ...],
    fmt: str,
    output: Path | None,
    strict: bool,
    lang: str,
    color: bool | None,
) -> int:
    from skpdoc.api import rekap
    from skpdoc.errors import InvalidSpecs, UsageError
    from skpdoc.files import write_atomic
    from skpdoc.rekap import formats
    from skpdoc.textsafe import dumps

    if fmt == "xlsx" and output is None:
        raise UsageError(code="L028")
    try:
        ws, chosen, result = rekap(path or Path.cwd(), periode=periode, opds=opds, nips=nips)
    except InvalidSpecs as exc:
        for problem in exc.problems:
            click.echo(problem.format(lang), err=True)
        raise
    if fmt == "xlsx":
        from skpdoc.rekap.workbook import write_xlsx

        assert output is not None
        write_xlsx(ws, result, output, lang)
    else:
        colored = use_color(color) if fmt == "text" else None
        if fmt == "json":
            text = dumps(formats.as_json(ws, chosen, result, lang)) + "\n"
        elif fmt == "csv":
            text = formats.as_csv(result)
        elif fmt == "markdown":
            text = formats.as_markdown(ws, result, lang)
        else:
            from skpdoc.cli.status import terminal_width

            tty = sys.stdout.isatty() and output is None
            width = terminal_width(tty)  # the terminal's: a table wider than it wraps into an unreadable mess
            text = formats.as_text(ws, result, color=tty if colored is None else colored, width=width, lang=lang)
        if output is not None:
            write_atomic(output, text)
        else:
            click.echo(text, nl=False, color=colored)  # --color: keep rich's colours on a pipe too
    broken = any(r.pelanggaran for r in result)
    return 1 if strict and broken else 0
