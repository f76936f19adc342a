"""One warm LibreOffice, driven over UNO, converting .docx to PDF for :mod:`skpdoc.convert.converter`.

This file is run as a script, not imported, by a Python that can ``import uno``
(on Debian ``/usr/bin/python3`` with ``python3-uno``), which need not be the
Python running skpdoc. It uses only the standard library and uno.

    python3 uno_worker.py SOFFICE WORKDIR PDFA(0|1) PARENT_PID [SAMPLE.docx]

It starts ``soffice`` under ``guard.py`` (in a process group of its own,
with its own profile and TMPDIR under WORKDIR), and connects to it over a
named pipe. Then it reads one
JSON request per line on stdin, ``{"src": docx, "out": pdf}`` (absolute
paths; ``"marks": true`` also exports the document's bookmarks as PDF named
destinations, which :mod:`skpdoc.convert.compose` splits a composed document by), and answers one line on stdout: first ``{"ready": true,
"office_pgid": n}`` (or ``"ready": false`` with the cause), then per
request ``{"ok": true}`` or ``{"ok": false, "code": "O025", "args": {...}, "restart": bool}``. A cause is
a code of skpdoc's message catalogue (:mod:`skpdoc.messages.office`) and its arguments, so that the
parent words it in the user's language; what LibreOffice itself said is passed on as it is.

It never leaves LibreOffice behind. On SIGTERM (the parent stops it), at end
of input and on SIGHUP (the parent died: PR_SET_PDEATHSIG), it kills LibreOffice's process group and
stops the guard, which reaps it and removes the pipes LibreOffice leaves in /tmp; it removes the PDF it
was writing; and if the parent died, WORKDIR and the converter's folder holding it. The signals are taken by a
thread in ``sigwait``, so this works even while the main thread is blocked in
a UNO call on a hung LibreOffice. If this worker is killed (SIGKILL), the guard
sees it die and kills LibreOffice itself, then removes WORKDIR.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

# Before any thread exists (uno starts some), so every thread inherits the mask
# and the stop signals are only ever received by the sigwait thread.
_STOP_SIGNALS = {signal.SIGTERM, signal.SIGHUP}
signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
# Answers go to a private copy of stdout; anything else printed lands on stderr (the log).
_answers = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)

import uno  # type: ignore[import-not-found, unused-ignore]  # noqa: E402

_PR_SET_PDEATHSIG = 1
_PR_SET_CHILD_SUBREAPER = 36
_CONNECT_TIMEOUT = 60.0

_lock = threading.Lock()
_office: subprocess.Popen[bytes] | None = None  # the guard (guard.py) running LibreOffice
_office_pgid = 0  # LibreOffice's process group, once the guard has said it
_workdir = Path()
_parent = 0
_pipe_name = ""
_writing: str | None = None  # the PDF being written, removed if we are stopped


class _Refused(Exception):
    """LibreOffice did not fail, but did not do what was asked either: a message code and its arguments."""

    def __init__(self, code: str, /, **args: Any) -> None:
        super().__init__(code, args)
        self.code, self.args_ = code, args


def _say(message: dict[str, Any]) -> None:
    _answers.write(json.dumps(message) + "\n")
    _answers.flush()


def _describe(exc: BaseException) -> dict[str, Any]:
    """The cause of a failure as the parent words it: a message code (O0xx) and its arguments."""
    if isinstance(exc, _Refused):
        return {"code": exc.code, "args": exc.args_}
    message = " ".join((getattr(exc, "Message", "") or str(exc)).split())
    kind = type(exc).__name__.rsplit(".", 1)[-1]
    return {"code": "O029", "args": {"kind": kind, "detail": f": {message}" if message else ""}}


def _props(**values: Any) -> tuple[Any, ...]:
    out = []
    for name, value in values.items():
        prop = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
        prop.Name, prop.Value = name, value
        out.append(prop)
    return tuple(out)


def _shutdown(code: int, orphaned: bool = False) -> None:
    """Kill LibreOffice, reap it, remove what it left behind (all of WORKDIR if orphaned), and exit."""
    with _lock:  # a second caller waits here until the process is gone
        if _office is not None:
            _stop_office(_office.pid)
        if _writing:
            Path(_writing).unlink(missing_ok=True)
        if orphaned:  # nobody else will remove the profile, nor the parent's folder (with its PDFs)
            shutil.rmtree(_workdir, ignore_errors=True)
            if _workdir.parent.name.startswith("skpdoc-office-"):
                shutil.rmtree(_workdir.parent, ignore_errors=True)
        os._exit(code)


def _stop_office(guard: int) -> None:
    """Kill LibreOffice now, and let the guard reap it and remove its pipes; SIGKILL the guard if it lingers.

    Then wait for every child: whatever the guard did not reap comes back to us (a child subreaper).
    """
    _send(_office_pgid, signal.SIGKILL, group=True)
    _send(guard, signal.SIGTERM)
    deadline = time.monotonic() + 3.0
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0 and time.monotonic() > deadline:
            _send(_office_pgid, signal.SIGKILL, group=True)
            _send(guard, signal.SIGKILL)
            deadline = float("inf")
        if pid == 0:
            time.sleep(0.01)


def _send(pid: int, signum: int, *, group: bool = False) -> None:
    with contextlib.suppress(ProcessLookupError):
        if pid:
            (os.killpg if group else os.kill)(pid, signum)


def _watch_signals() -> None:
    # SIGTERM: the parent stops us. SIGHUP: the parent died (PR_SET_PDEATHSIG); also sent when the parent's
    # thread that started us exits while the parent lives on, which is no reason to stop.
    while True:
        signum = signal.sigwait(_STOP_SIGNALS)
        orphaned = os.getppid() != _parent
        if signum != signal.SIGHUP or orphaned:
            _shutdown(0, orphaned=orphaned)


def _start(soffice: str) -> tuple[Any, subprocess.Popen[bytes]]:
    global _office, _office_pgid, _pipe_name
    (_workdir / "tmp").mkdir(parents=True, exist_ok=True)
    _pipe_name = f"skpdoc-{os.getpid()}-{_workdir.name}"
    args = [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck"]
    args += [f"-env:UserInstallation={(_workdir / 'profile').as_uri()}"]
    args += [f"--accept=pipe,name={_pipe_name};urp;StarOffice.ComponentContext"]
    env = {**os.environ, "TMPDIR": str(_workdir / "tmp")}
    # The guard stays in our process group (the parent kills that group as a last resort); LibreOffice gets its own.
    guard = [sys.executable, "-I", "-S", str(Path(__file__).with_name("guard.py")), str(os.getpid())]
    guard += ["--remove-if-orphaned", str(_workdir), "--", *args]
    with (_workdir / "soffice.log").open("wb") as log, _lock:
        _office = subprocess.Popen(guard, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log, env=env)
    assert _office.stdout is not None
    with _office.stdout:
        _office_pgid = int(_office.stdout.readline() or 0)  # at once: it only forks LibreOffice before answering
    if not _office_pgid:
        raise _Refused("O027", status=_office.wait())
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + _CONNECT_TIMEOUT
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={_pipe_name};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if _office.poll() is not None or time.monotonic() > deadline:
                raise _Refused("O028", status=_office.poll()) from None
            time.sleep(0.05)
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx), _office


def _convert(desktop: Any, src: str, out: str, store: tuple[Any, ...]) -> None:
    # Hidden saves ~30%; never run macros or update links in a user's document.
    load = _props(Hidden=True, ReadOnly=True, MacroExecutionMode=0, UpdateDocMode=0)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, load)
    if doc is None:
        raise _Refused("O025")
    try:
        if not doc.supportsService("com.sun.star.text.TextDocument"):
            raise _Refused("O026")
        doc.storeToURL(uno.systemPathToFileUrl(out), store)
    finally:
        doc.close(True)


def _warm_up(desktop: Any, store: tuple[Any, ...], sample: str | None) -> None:
    """Convert a sample .docx: the first conversion loads Writer, the Word import and the PDF export
    (~0.4 s), better spent here, while the parent is still rendering, than on its first document."""
    with contextlib.suppress(Exception):  # only an optimisation: a real failure shows on the first document
        url = uno.systemPathToFileUrl(sample) if sample else "private:factory/swriter"
        doc = desktop.loadComponentFromURL(url, "_blank", 0, _props(Hidden=True, ReadOnly=True, MacroExecutionMode=0))
        try:
            doc.storeToURL(uno.systemPathToFileUrl(str(_workdir / "warm-up.pdf")), store)
        finally:
            doc.close(True)


def main() -> None:
    global _workdir, _parent, _writing
    soffice, _workdir, pdfa, _parent = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "1", int(sys.argv[4])
    threading.Thread(target=_watch_signals, daemon=True).start()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGHUP, 0, 0, 0)
    if os.getppid() != _parent:  # the parent died before prctl took effect
        _shutdown(1, orphaned=True)
    try:
        desktop, office = _start(soffice)
    except Exception as exc:
        _say({"ready": False, **_describe(exc)})
        _shutdown(1)
    # PDF/A-2b if asked; otherwise LibreOffice's defaults, which embed (subsets of) all fonts.
    stores = {}
    for marks in (False, True):
        options = {"SelectPdfVersion": 2} if pdfa else {}
        if marks:
            options["ExportBookmarksToPDFDestination"] = True
        filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", _props(**options))
        stores[marks] = _props(FilterName="writer_pdf_Export", FilterData=filter_data, Overwrite=True)
    _warm_up(desktop, stores[False], sys.argv[5] if len(sys.argv) > 5 else None)
    _say({"ready": True, "office_pgid": _office_pgid})
    for line in sys.stdin:
        request = json.loads(line)
        _writing = request["out"]
        try:
            _convert(desktop, request["src"], request["out"], stores[bool(request.get("marks"))])
        except Exception as exc:
            try:
                desktop.getComponents()  # is the bridge still alive?
                restart = office.poll() is not None
            except Exception:
                restart = True
            if restart:
                _say({"ok": False, **_describe(exc), "restart": True})
                _shutdown(1)
            Path(request["out"]).unlink(missing_ok=True)
            _writing = None
            _say({"ok": False, **_describe(exc), "restart": False})
        else:
            _writing = None
            _say({"ok": True})
    _shutdown(0, orphaned=True)  # the parent closes our input only after we have exited, so it is gone


if __name__ == "__main__":
    try:
        main()
    except BaseException:  # such as a broken pipe once the parent is gone: log it, clean up all the same
        traceback.print_exc()
    _shutdown(1, orphaned=os.getppid() != _parent)
