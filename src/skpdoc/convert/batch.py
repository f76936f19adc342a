"""Conversion without python3-uno: ``soffice --convert-to pdf`` over slices of the files, nothing warm.

The fallback of :class:`skpdoc.convert.Converter`. One process per job, each
with its own profile; its exit code says nothing, so each PDF is checked, a
process that stops producing PDFs for ``timeout`` seconds is killed, and the
documents it never started go back to the queue.

Each process runs under :mod:`skpdoc.convert.guard` with TMPDIR in the
converter's own temporary folder: killed with the program (even by
SIGKILL), it takes LibreOffice with it and removes that folder.

The guard is Linux machinery (:func:`skpdoc.convert.guard.available`). On
Windows and macOS LibreOffice runs unguarded: stopped, it is killed with its
children (``taskkill /T`` on Windows, where ``soffice.exe`` starts
``soffice.bin``; its process group elsewhere), and the converter removes the
temporary folder when it closes. The documents are copied into the chunk
rather than linked (a symbolic link needs a privilege on Windows).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from skpdoc.convert import guard as office_guard
from skpdoc.convert.guard import kill_marked, start_guarded
from skpdoc.convert.tasks import Pending, Task
from skpdoc.hints import Phrase

START_TIMEOUT = 60.0  # seconds for LibreOffice to start (usually about 1 s)
#: LibreOffice 7.4 converts the first 246 files named on its command line and silently ignores the rest
#: (exit code 0); stay well below.
MOST_FILES = 200


def run_batch(soffice: str, root: Path, pending: Pending, *, jobs: int, most: int, timeout: float, pdfa: bool) -> None:
    """Convert everything in ``pending.queue``, at most ``most`` documents per process."""
    size = max(1, min(most, MOST_FILES, -(-len(pending.queue) // jobs)))
    target = "pdf:writer_pdf_Export" + (':{"SelectPdfVersion":{"type":"long","value":"2"}}' if pdfa else "")
    running: dict[int, tuple[subprocess.Popen[bytes], list[Task], Path]] = {}
    guarded = office_guard.available()
    clock: dict[int, tuple[int, float]] = {}  # slot → (PDFs seen, deadline)
    try:
        while pending.queue or running:
            for slot in set(range(jobs)) - set(running):
                tasks = [pending.queue.popleft() for _ in range(min(size, len(pending.queue)))]
                if not tasks:
                    break
                chunk = root / f"chunk{slot}"
                shutil.rmtree(chunk, ignore_errors=True)
                (chunk / "out").mkdir(parents=True)
                for k, task in enumerate(tasks):  # numbered links: names in a chunk must not collide
                    if guarded:
                        (chunk / f"{k}.docx").symlink_to(task.src.resolve())
                    else:
                        shutil.copyfile(task.src, chunk / f"{k}.docx")
                profile = f"-env:UserInstallation={(root / f'profile{slot}').as_uri()}"
                args = [soffice, "--headless", "--norestore", profile, "--convert-to", target]
                args += ["--outdir", str(chunk / "out"), *(str(chunk / f"{k}.docx") for k in range(len(tasks)))]
                (root / "tmp").mkdir(exist_ok=True)
                env = {**os.environ, "TMPDIR": str(root / "tmp")}
                proc = start_guarded(root, args, stderr=subprocess.DEVNULL, env=env) if guarded else _start(args, env)
                running[slot] = (proc, tasks, chunk / "out")
                clock[slot] = (0, time.monotonic() + START_TIMEOUT + timeout)
            time.sleep(0.05)
            for slot, (proc, tasks, out) in list(running.items()):
                hung = proc.poll() is None  # asked before looking at the outputs, so that none is missed
                seen = [k for k in range(len(tasks)) if (out / f"{k}.pdf").exists()]
                if len(seen) > clock[slot][0]:  # a document is done: the clock starts again
                    clock[slot] = (len(seen), time.monotonic() + timeout)
                if hung and time.monotonic() < clock[slot][1]:
                    continue
                kill_batch(proc)
                del running[slot]
                stuck = (max(seen, default=-1) + 1) if hung else len(tasks)
                pending.queue.extendleft(reversed(tasks[stuck + 1 :]))  # never started: not their fault
                for k, task in enumerate(tasks[: stuck + 1]):
                    if k == stuck:
                        pending.retry(task, Phrase("O023", seconds=f"{timeout:g}"))
                    elif k in seen:
                        task.out = out / f"{k}.pdf"
                        pending.accept(task)
                    else:
                        pending.retry(task, Phrase("O024"))
    finally:
        for proc, _, _ in running.values():
            kill_batch(proc)


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    """``soffice --convert-to`` without the guard (Windows, macOS), out of the terminal's reach of Ctrl-C."""
    windows = sys.platform == "win32"
    flags = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) | getattr(subprocess, "CREATE_NO_WINDOW", 0)
    devnull = subprocess.DEVNULL
    return subprocess.Popen(
        args,
        stdin=devnull,
        stdout=devnull,
        stderr=devnull,
        env=env,
        creationflags=flags if windows else 0,
        start_new_session=not windows,
    )


def kill_batch(proc: subprocess.Popen[bytes]) -> None:
    """Stop a ``soffice --convert-to``: a guarded one through its guard, which kills and reaps LibreOffice's
    process group; an unguarded one (not Linux) by killing it with its children."""
    if proc.poll() is not None:
        return
    if not _is_guard(proc):
        _kill_tree(proc)
        return
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:  # the guard itself is stuck: kill it, then LibreOffice by its profile
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        for arg in proc.args if isinstance(proc.args, list) else []:
            if str(arg).startswith("-env:UserInstallation="):  # unique to this process: never kills another
                kill_marked(str(arg))


def _is_guard(proc: subprocess.Popen[bytes]) -> bool:
    args = proc.args if isinstance(proc.args, list) else []
    return len(args) > 3 and str(args[3]) == office_guard.__file__


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    """Kill an unguarded LibreOffice and what it started, and reap it."""
    if sys.platform == "win32":
        # soffice.exe is a launcher: soffice.bin, its child, does the work and would outlive a plain kill.
        subprocess.run(
            ["taskkill", "/T", "/F", "/PID", str(proc.pid)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
    elif hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # its own session (start_new_session): the group is its
    with contextlib.suppress(ProcessLookupError):
        proc.kill()
    proc.wait()
