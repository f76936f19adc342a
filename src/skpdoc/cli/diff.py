from __future__ import annotations

from pathlib import Path

import click

from skpdoc.cli.helpformat import HelpCommand
from skpdoc.cli.options import color_option, format_option, lang_option, quiet_option, use_color

EXIT_SAME, EXIT_CHANGED, EXIT_ERROR = 0, 1, 2


@click.command("diff", cls=HelpCommand)
@click.argument("args", nargs=-1, type=click.Path(path_type=Path), metavar="[OLD NEW | PATH...]")
@click.option(
    "--rev",
    metavar="A..B",
)
@click.option(
    "--textconv",
    "textconv_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="FILE",
)
@format_option("text", "markdown", "json")
@lang_option
@quiet_option
@color_option
def diff_command(
    args: tuple[Path, ...],
    rev: str | None,
    textconv_file: Path | None,
    fmt: str,
    lang: str,
    quiet: bool,
    color: bool | None,
) -> int:
    from skpdoc import api
    from skpdoc.diff import UnreadableSpecs
    from skpdoc.errors import Severity, SkpdocError
    from skpdoc.messages import message
    from skpdoc.textsafe import visible

    color = use_color(color)
    if textconv_file is not None:
        if args or rev:
            raise click.UsageError(message("L029", lang, "message", {}))
        text, found = api.diff_textconv(textconv_file)
        for problem in found:  # git shows the raw text then; the diff itself must not fail
            click.echo(problem.format(lang), err=True)
        click.echo(visible(text), nl=False)  # git prints it as it is: a spec's escapes must not reach the terminal
        return EXIT_SAME
    unreadable: UnreadableSpecs | None = None
    try:
        if rev is None and len(args) == 2:
            result = api.diff(args[0], args[1])
        else:
            result = api.diff_revisions(rev or "HEAD", args)
    except UnreadableSpecs as exc:
        # The other files are still compared: their changes on stdout, the broken files on stderr.
        assert exc.result is not None
        result, unreadable = exc.result, exc
    except SkpdocError as exc:
        click.echo(f"skpdoc: {exc.format(lang)}", err=True)
        return EXIT_ERROR
    if fmt in ("json", "markdown"):
        click.echo(api.diff_report(result, fmt, lang), nl=False)
    elif result.changed:
        click.echo(api.diff_report(result, "text", lang, style=click.style), nl=False, color=color)
    if unreadable is not None:
        for problem in unreadable.problems:
            head, _, rest = problem.format(lang).partition("\n")
            style = "red" if problem.severity is Severity.ERROR else "yellow"
            click.echo(click.style(head, fg=style) + ("\n" + rest if rest else ""), err=True, color=color)
        click.echo(f"skpdoc: {unreadable.format(lang)}", err=True)
        return EXIT_ERROR
    if not quiet:
        click.echo(api.diff_report(result, "summary", lang), err=True)
    return EXIT_CHANGED if result.changed else EXIT_SAME
