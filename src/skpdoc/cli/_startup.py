"""Imported first by the ``skpdoc`` command: Ctrl-C while it loads ends as an interrupted run.

Python turns SIGINT into ``KeyboardInterrupt`` wherever it lands; before
:func:`skpdoc.cli.main` runs (which reports it as "dibatalkan", exit 130) it
would land in an import and print a traceback of Python's module loader. So
this module, the first thing the command imports, makes Ctrl-C exit at once
with the same message and code while the command's modules load, and
:func:`done` hands SIGINT back to Python once they have (``main`` catches
``KeyboardInterrupt`` from then on). Nothing is written during the imports, so
there is nothing to clean up. A handler set by a host program (a test runner,
an embedding application) is left alone, and importing ``skpdoc.cli`` from a
thread other than the main one changes nothing. What stays uncovered is
Python's own start-up before this module (some 30 ms).
"""

from __future__ import annotations

import os
import signal
import sys

TYPE_CHECKING = False  # as in skpdoc/__init__.py: nothing but os and signal is loaded this early
if TYPE_CHECKING:
    from types import FrameType

EXIT_INTERRUPTED = 130


def _interrupted(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"skpdoc: interrupted\n" if _english() else b"skpdoc: dibatalkan\n")
    os._exit(EXIT_INTERRUPTED)  # no finally blocks to run: only modules were being loaded


def _english() -> bool:
    """English asked for by the command line or SKPDOC_LANG (the workspace's setting cannot be read this early)."""
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg in ("--lang=en", "--lang=id"):
            return arg == "--lang=en"
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1] == "en"
    return os.environ.get("SKPDOC_LANG", "").strip().lower() == "en"


def _install() -> None:
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        try:
            signal.signal(signal.SIGINT, _interrupted)
        except ValueError:  # not the main thread: signals are not ours to handle
            return


def done() -> None:
    """SIGINT raises ``KeyboardInterrupt`` again (the CLI's modules are loaded)."""
    if signal.getsignal(signal.SIGINT) is _interrupted:
        signal.signal(signal.SIGINT, signal.default_int_handler)


_install()
