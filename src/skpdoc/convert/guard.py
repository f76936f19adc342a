"""Run LibreOffice so that it never outlives the process that started it, even one killed by SIGKILL.

Run as a script (standard library only, so any Python 3 can run it: skpdoc's,
or Debian's for ``uno_worker.py``)::

    python3 -I -S guard.py PARENT_PID [--remove-if-orphaned PATH]... [-- COMMAND...]

Why a process of its own: ``soffice`` is a shell script that execs
``oosplash``, which forks ``soffice.bin`` (and restarts it: a fresh profile
makes soffice.bin exit with code 81 once, so it cannot be run without
oosplash). A parent-death signal (``PR_SET_PDEATHSIG``) set on oosplash is
not inherited by soffice.bin, and soffice.bin keeps running, re-parented to
PID 1, when oosplash dies. So the guard

* is a child subreaper: soffice.bin comes back to it when oosplash dies;
* asks for SIGHUP when its parent dies (``PR_SET_PDEATHSIG``), and checks
  that the parent is still there once that is set;
* starts COMMAND in a process group of its own and writes that group's id on
  stdout (one line, ``0`` without a command: the guard then only watches);
* when COMMAND ends, or on SIGTERM, SIGINT or SIGHUP, kills the whole group,
  reaps it, removes the single-instance pipes LibreOffice leaves in /tmp when
  killed, and exits with COMMAND's exit code (or 128 + the signal);
* if its parent died, also removes each ``--remove-if-orphaned`` PATH (the
  profile, the converter's temporary folder: nobody else will).

It can still be killed itself by SIGKILL; its parent then sees LibreOffice's
group end or kills it (:mod:`skpdoc.convert.converter`), and failing that
:func:`kill_marked` finds LibreOffice by its profile path.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

_PR_SET_PDEATHSIG = 1
_PR_SET_CHILD_SUBREAPER = 36
# Windows has neither SIGHUP nor SIGCHLD: the names are looked up only where the guard runs (Linux),
# but this module is imported everywhere.
_STOP = {signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", signal.SIGTERM)}
_WATCHED = _STOP | {getattr(signal, "SIGCHLD", signal.SIGTERM)}
PIPE_FOLDER = "/tmp"  # LibreOffice's OSL pipes always go there, whatever TMPDIR says


def available() -> bool:
    """Whether this guard can run here: it needs Linux (``prctl``, ``/proc``, process groups, ``sigtimedwait``).

    Elsewhere (Windows, macOS) :mod:`skpdoc.convert.batch` runs LibreOffice unguarded and kills it itself.
    """
    return sys.platform.startswith("linux")


def office_pipes(command: list[str]) -> list[Path]:
    """The socket files a LibreOffice started with ``command`` creates in /tmp and leaves there when killed."""
    names = []
    for arg in command:
        if arg.startswith("-env:UserInstallation="):
            # The single-instance pipe is named after the MD5 of the profile URL in UTF-16, bytes unpadded.
            url = arg.split("=", 1)[1].encode("utf-16-le")
            names.append("SingleOfficeIPC_" + "".join(f"{b:x}" for b in hashlib.md5(url).digest()))
        elif found := re.match(r"--accept=pipe,name=([^;,]+)", arg):
            names.append(found.group(1))
    return [Path(PIPE_FOLDER) / f"OSL_PIPE_{os.getuid()}_{name}" for name in names]


def kill_marked(marker: str) -> list[int]:
    """SIGKILL every process (but this one) whose command line contains ``marker``; their pids.

    The last resort when the processes that should have stopped LibreOffice
    are gone: a profile path is unique to one LibreOffice, unlike a pid or a
    process group id, which the system may have given to someone else since.
    """
    killed = []
    needle = marker.encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle in (entry / "cmdline").read_bytes():
                os.kill(int(entry.name), signal.SIGKILL)
                killed.append(int(entry.name))
        except (OSError, ValueError):  # gone meanwhile, or not ours to kill
            continue
    return killed


def start_guarded(root: Path, command: list[str], **popen: Any) -> subprocess.Popen[bytes]:
    """Run ``command`` under this guard (without one, only watch this process) in a session of its own
    (Ctrl-C in a terminal must not reach LibreOffice mid-document); ``root`` is removed if this process dies.

    The guard's exit code is the command's. Stop it with SIGTERM: it kills the command's process group, reaps
    it and exits.
    """
    args = [sys.executable, "-I", "-S", __file__, str(os.getpid()), "--remove-if-orphaned", str(root)]
    args += ["--", *command] if command else []
    popen.setdefault("stdout", subprocess.DEVNULL)
    return subprocess.Popen(args, stdin=subprocess.DEVNULL, start_new_session=True, **popen)


def _children() -> list[int]:
    kids: list[int] = []
    for listing in Path(f"/proc/{os.getpid()}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            kids += [int(pid) for pid in listing.read_text().split()]
    return kids


def _finish(group: int, orphaned: bool, removals: list[str], pipes: list[Path]) -> int | None:
    """Kill the group and every other child, reap them all; the exit code of the group's leader, if seen."""
    if group:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)  # safe: its leader is our child, not reaped yet, so the id is still its
    code = None
    while True:
        for pid in _children():  # anything re-parented to us from outside the group
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            time.sleep(0.01)
        elif pid == group:
            code = os.waitstatus_to_exitcode(status)
    for pipe in pipes:
        pipe.unlink(missing_ok=True)
    if orphaned:
        for path in removals:
            shutil.rmtree(path, ignore_errors=True)
    return code


def _unblock() -> None:
    """In the child, before exec: LibreOffice gets an empty signal mask, not the guard's."""
    signal.pthread_sigmask(signal.SIG_SETMASK, set())


def main(argv: list[str]) -> int:
    """Run the guard; see the module docstring."""
    signal.pthread_sigmask(signal.SIG_BLOCK, _WATCHED)  # taken by sigtimedwait below, never by a handler
    parent, removals, command = int(argv[0]), [], []
    rest = argv[1:]
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            command = rest
            break
        if arg == "--remove-if-orphaned":
            removals.append(rest.pop(0))
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGHUP, 0, 0, 0)
    pipes = office_pipes(command)
    if os.getppid() != parent:  # the parent died before the death signal was set
        _finish(0, True, removals, pipes)
        return 1
    group = 0
    if command:
        office = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=2, stderr=2, process_group=0, preexec_fn=_unblock
        )
        group = office.pid
    os.write(1, f"{group}\n".encode())
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # our reader sees the end of our output now
    while True:
        info = signal.sigtimedwait(_WATCHED, 1.0)  # a timeout, in case a SIGCHLD came while we were not waiting
        if info is not None and info.si_signo in _STOP:
            # A SIGHUP also comes when the thread that started us exits while its process lives on: not orphaned.
            orphaned = os.getppid() != parent
            if info.si_signo == signal.SIGHUP and not orphaned:
                continue
            _finish(group, orphaned, removals, pipes)
            return 128 + info.si_signo
        if os.getppid() != parent:  # a death signal lost: cannot happen, but cheap to check
            _finish(group, True, removals, pipes)
            return 128 + signal.SIGHUP
        for pid in _children():  # helpers LibreOffice left to us (gpgconf ...): reap them, but not its leader yet
            if pid != group:
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(pid, os.WNOHANG)
        if group and os.waitid(os.P_PID, group, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            code = _finish(group, False, removals, pipes)  # the leader ended: whatever it left goes too
            return 1 if code is None else (128 - code if code < 0 else code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
