"""The ``skpdoc`` command: a thin layer of click over :mod:`skpdoc.api`.

Each subcommand lives in its own module and only parses options and prints.
One handler here turns errors into exit codes: 0 ok, 1 data error, 2 usage,
3 bug, 130 interrupted.
"""

from __future__ import annotations

# First of all, before click and the subcommands load: Ctrl-C meanwhile exits quietly with 130.
from skpdoc.cli import _startup

# isort: split
import io
import sys
import traceback
from collections.abc import Sequence

import click

from skpdoc import __version__
from skpdoc.cli.build import build_command
from skpdoc.cli.diff import diff_command
from skpdoc.cli.evaluasi import evaluasi_group
from skpdoc.cli.excel import export_group
from skpdoc.cli.helpformat import FullSummaryGroup
from skpdoc.cli.importing import import_group
from skpdoc.cli.init import init_command
from skpdoc.cli.newyear import newyear_command
from skpdoc.cli.rekap import rekap_command
from skpdoc.cli.render import render_command
from skpdoc.cli.schema import schema_command
from skpdoc.cli.starter import new_command
from skpdoc.cli.status import status_command
from skpdoc.cli.templates import templates_group
from skpdoc.cli.validate import validate_command
from skpdoc.errors import SkpdocError
from skpdoc.textsafe import visible

EXIT_BUG = 3
EXIT_INTERRUPTED = 130


@click.group(cls=FullSummaryGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="skpdoc")
@click.option("--debug", is_flag=True, help="Show the full traceback when skpdoc itself fails.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """skpdoc: SKP pegawai ASN sebagai YAML di git (PermenPANRB 6/2022).

    Validate specs, print the official forms, bundle them per OPD, and
    review changes between revisions.
    """
    ctx.obj = {"debug": debug}


cli.add_command(validate_command)
cli.add_command(build_command)
cli.add_command(schema_command)
cli.add_command(new_command)
cli.add_command(render_command)
cli.add_command(rekap_command)
cli.add_command(templates_group)
cli.add_command(diff_command)
cli.add_command(import_group)
cli.add_command(export_group)
cli.add_command(evaluasi_group)
cli.add_command(status_command)
cli.add_command(init_command)
cli.add_command(newyear_command)

_startup.done()  # loaded: from here Ctrl-C is a KeyboardInterrupt that main() reports


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code (never a traceback for user errors)."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    from skpdoc import lang

    lang.chosen.set(None)  # main() may run several times in one process (tests, other programs)
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="skpdoc", standalone_mode=False)
        return int(code or 0)
    except click.exceptions.Abort:
        click.echo("dibatalkan (interrupted)", err=True)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        click.echo("dibatalkan (interrupted)", err=True)
        return EXIT_INTERRUPTED
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        shown = io.StringIO()  # the message quotes the arguments, e.g. a file name with an escape in it
        exc.show(file=shown)
        click.echo(visible(shown.getvalue()), err=True, nl=False)
        return exc.exit_code
    except SkpdocError as exc:
        click.echo(f"skpdoc: {exc.format(_lang(argv))}", err=True)
        return exc.exit_code
    except Exception:
        if debug:
            traceback.print_exc()
        else:
            click.echo(
                f"skpdoc: internal error: {visible(repr(sys.exc_info()[1]))}\n"
                "    this is a bug in skpdoc; rerun with --debug and report it",
                err=True,
            )
        return EXIT_BUG


def _lang(argv: Sequence[str] | None) -> str:
    """The language of the command that failed, else what --lang, SKPDOC_LANG or the current workspace say."""
    from skpdoc import lang

    if (chosen := lang.chosen.get()) is not None:
        return chosen
    option: str | None = None
    args = list(argv if argv is not None else sys.argv[1:])
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            option = args[i + 1]
        elif arg.startswith("--lang="):
            option = arg.split("=", 1)[1]
    try:
        return lang.resolve(option if option in lang.LANGS else None, lang.workspace_of(()))
    except SkpdocError:  # SKPDOC_LANG itself is wrong: say so in the default language
        return lang.DEFAULT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
