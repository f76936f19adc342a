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
import logging
import sys
import traceback
from collections.abc import Sequence

import click

from skpdoc import __version__
from skpdoc.cli import localize
from skpdoc.cli.build import build_command
from skpdoc.cli.diff import diff_command
from skpdoc.cli.evaluasi import evaluasi_group
from skpdoc.cli.excel import export_group
from skpdoc.cli.helpformat import RootGroup
from skpdoc.cli.importing import import_group
from skpdoc.cli.init import init_command
from skpdoc.cli.newyear import newyear_command
from skpdoc.cli.rekap import rekap_command
from skpdoc.cli.render import render_command
from skpdoc.cli.schema import schema_command
from skpdoc.cli.serve import serve_command
from skpdoc.cli.starter import new_command
from skpdoc.cli.status import status_command
from skpdoc.cli.templates import templates_group
from skpdoc.cli.users import users_group
from skpdoc.cli.validate import validate_command
from skpdoc.errors import SkpdocError, UsageError
from skpdoc.messages import message
from skpdoc.textsafe import visible

EXIT_BUG = 3
_VERBOSE = logging.StreamHandler()  # the -v handler, one for the process
EXIT_INTERRUPTED = 130


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="skpdoc", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True)
@click.option("-v", "--verbose", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, debug: bool, verbose: bool) -> None:
    ctx.obj = {"debug": debug}
    if verbose:
        _show_debug_log()


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
cli.add_command(serve_command)
cli.add_command(users_group)

_startup.done()  # loaded: from here Ctrl-C is a KeyboardInterrupt that main() reports


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code (never a traceback for user errors)."""
    args = list(argv) if argv is not None else sys.argv[1:]
    debug = "--debug" in args
    from skpdoc import lang

    lang.chosen.set(None)  # main() may run several times in one process (tests, other programs)
    _hide_debug_log()
    try:
        code = cli.main(args=args, prog_name="skpdoc", standalone_mode=False)
        return int(code or 0)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo(f"skpdoc: {message('L010', _lang(args, workspace=False), 'message', {})}", err=True)
        return EXIT_INTERRUPTED
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        shown = io.StringIO()  # the message quotes the arguments, e.g. a file name with an escape in it
        exc.show(file=shown)
        click.echo(visible(shown.getvalue()), err=True, nl=False)
        return exc.exit_code
    except SkpdocError as exc:
        click.echo(f"skpdoc: {exc.format(_lang(args))}", err=True)
        return exc.exit_code
    except Exception:
        if debug:
            traceback.print_exc()
        else:
            error = UsageError(code="L011", error=repr(sys.exc_info()[1]))
            click.echo(f"skpdoc: {error.format(_lang(args))}", err=True)
        return EXIT_BUG


def _show_debug_log() -> None:
    """skpdoc's debug log on stderr: what it decided and why (which documents were stale, a copy given up)."""
    _VERBOSE.setFormatter(logging.Formatter("skpdoc: debug: %(name)s: %(message)s"))
    _VERBOSE.setStream(sys.stderr)
    logger = logging.getLogger("skpdoc")
    logger.addHandler(_VERBOSE)
    logger.setLevel(logging.DEBUG)


def _hide_debug_log() -> None:
    """As before ``-v``: main() may run again in the same process (tests, other programs)."""
    logger = logging.getLogger("skpdoc")
    if _VERBOSE in logger.handlers:
        logger.removeHandler(_VERBOSE)
        logger.setLevel(logging.NOTSET)


def _lang(args: list[str], *, workspace: bool = True) -> str:
    """The language of the command that failed, else the one its command line asks for."""
    from skpdoc import lang

    return lang.chosen.get() or localize.language_of(args, workspace=workspace)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
