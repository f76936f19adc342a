"""The worker of :mod:`skpdoc.render.isolate`: renders user templates under a timer (and a memory limit on Linux).

    python -m skpdoc.render._worker MEMORY_MIB PARENT_PID FEATURES

FEATURES is what its parent found on this platform (``isolate.features()``,
comma-separated): ``memory`` (``RLIMIT_AS``), ``deathsig`` (``PR_SET_PDEATHSIG``),
``cputime`` (``RLIMIT_CPU``), ``alarm`` (``SIGALRM``); nothing else is used.
Reads requests on stdin, each a header (``isolate.HEADER``: kind ``Q`` and a
length) and a pickle of ``(template path, context, timeout)``; answers on
stdout with ``D`` and the .docx bytes, ``E`` and JSON ``[problem, where]`` for
a template error (the problem as its code and arguments, ``isolate.problem_json``,
worded by the parent in its reader's language), or ``B`` and a traceback for a
bug in skpdoc. It says ``R`` once ready. It exits at end of input, when its
parent dies or stops reading, or when a document runs far past its time
(CPU-time limit, or its watchdog).
"""

from __future__ import annotations

import _thread
import contextlib
import json
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, BinaryIO, Protocol

from skpdoc.hints import Phrase
from skpdoc.render import engine, isolate, sandbox

_MIB = 1 << 20
_PR_SET_PDEATHSIG = 1
#: Seconds past the parent's deadline (``timeout + isolate.GRACE``) after which the watchdog ends this process:
#: the parent kills it before then, unless the parent is gone (no parent-death signal outside Linux).
LAST_RESORT = 5.0
_memory_mib = 0


class _Timer(Protocol):
    def arm(self, timeout: float) -> None: ...

    def disarm(self) -> None: ...


def main(argv: list[str]) -> int:
    global _memory_mib
    _memory_mib, parent = int(argv[0]), int(argv[1])
    uses = set(argv[2].split(",")) if len(argv) > 2 else set()
    timer: _Timer = _Alarm() if isolate.ALARM in uses else _Watchdog()
    if isolate.DEATHSIG in uses:
        _die_with(parent)
    requests = os.fdopen(os.dup(0), "rb", buffering=0)
    answers = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)  # nothing a library prints can corrupt the answers
    # What rendering imports lazily is imported now, before the memory limit is measured and set.
    import docxtpl  # noqa: F401
    import lxml.etree  # noqa: F401

    if isolate.MEMORY in uses:
        _limit_memory(_memory_mib)
    else:
        _memory_mib = 0
    try:
        _send(answers, isolate.READY, b"")
        while True:
            header = _read(requests, isolate.HEADER.size)
            if header is None:
                return 0  # the parent closed our input: it is done or gone
            kind, size = isolate.HEADER.unpack(header)
            body = _read(requests, size)
            if kind != isolate.REQUEST or body is None:
                return 1
            try:
                path, context, timeout = pickle.loads(body)  # from our parent, which is trusted
            except Exception:  # a class of the context this process cannot import: a bug of the caller
                _send(answers, isolate.BUG, traceback.format_exc().encode())
                continue
            if isolate.CPUTIME in uses:
                _limit_cpu(timeout)
            _send(answers, *_render(Path(path), context, timeout, timer))
    except BrokenPipeError:
        return 0  # the parent stopped reading: it is gone


def _render(path: Path, context: dict[str, Any], timeout: float, timer: _Timer) -> tuple[bytes, bytes]:
    try:
        timer.arm(timeout)
        try:
            return isolate.DOCUMENT, engine.load(path).render(context, isolate=False)
        finally:
            timer.disarm()
    except engine.RenderError as exc:
        return isolate.ERROR, _error(exc.problem, exc.where)
    except (sandbox.Deadline, MemoryError) as exc:  # outside the template's own code (loading, zipping)
        return isolate.ERROR, _error(engine.said(exc) if isinstance(exc, sandbox.Deadline) else _no_memory(), "")
    except Exception:
        return isolate.BUG, traceback.format_exc().encode()


def _error(problem: str, where: str) -> bytes:
    return json.dumps([isolate.problem_json(problem), where]).encode()


def _no_memory() -> Phrase:
    return Phrase("T043", limit=_memory_mib) if _memory_mib else Phrase("T044")


class _Alarm:
    """POSIX: ``SIGALRM`` from an interval timer raises :class:`sandbox.Deadline` inside the template."""

    def __init__(self) -> None:
        self.timeout = 0.0
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops this worker
        signal.signal(signal.SIGALRM, self._expired)

    def arm(self, timeout: float) -> None:
        self.timeout = timeout
        signal.setitimer(signal.ITIMER_REAL, timeout)

    def disarm(self) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        raise sandbox.Deadline(isolate.too_slow(self.timeout))


class _Watchdog:
    """Where there is no ``SIGALRM`` (Windows): a thread that interrupts the main one when the time is up
    (``_thread.interrupt_main``: SIGINT's handler runs at the next bytecode and raises :class:`sandbox.Deadline`),
    and ends the process ``last_resort`` seconds after the parent's own deadline, in case nobody kills it."""

    def __init__(self, exit: Callable[[int], object] = os._exit, last_resort: float = LAST_RESORT) -> None:
        self._exit, self._last_resort = exit, last_resort
        self._changed = threading.Condition()
        # (timeout, monotonic start, fired) of the current document, replaced whole so that the handler, which
        # runs between two bytecodes of the main thread, never sees half of a change
        self._current: tuple[float, float, bool] | None = None
        # A real Ctrl-C also arrives as SIGINT (Windows sends it to every process of the console): ignored.
        signal.signal(signal.SIGINT, self._interrupted)
        threading.Thread(target=self._watch, name="skpdoc-render-watchdog", daemon=True).start()

    def arm(self, timeout: float) -> None:
        with self._changed:
            self._current = (timeout, time.monotonic(), False)
            self._changed.notify()

    def disarm(self) -> None:
        with self._changed:
            self._current = None
            self._changed.notify()

    def _interrupted(self, signum: int, frame: FrameType | None) -> None:
        current = self._current
        if current is not None and current[2]:
            raise sandbox.Deadline(isolate.too_slow(current[0]))

    def _watch(self) -> None:
        with self._changed:
            while True:
                if self._current is None:
                    self._changed.wait()
                    continue
                timeout, start, fired = self._current
                due = start + timeout + (isolate.GRACE + self._last_resort if fired else 0)
                wait = due - time.monotonic()
                if wait > 0:
                    self._changed.wait(wait)
                elif not fired:
                    self._current = (timeout, start, True)
                    _thread.interrupt_main(signal.SIGINT)
                else:
                    self._exit(1)
                    return


def _send(out: BinaryIO, kind: bytes, payload: bytes) -> None:
    out.write(isolate.HEADER.pack(kind, len(payload)) + payload)


def _read(stream: BinaryIO, size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _die_with(parent: int) -> None:
    """Be killed when the parent dies, even by SIGKILL (Linux). Only here is the parent's pid our parent's: on
    Windows, a virtual environment's python.exe is a launcher that starts the real one as its child."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before prctl
        os._exit(1)


def _limit_memory(mib: int) -> None:
    """Address space: what the worker has now plus ``mib`` (measured from /proc: Linux)."""
    import resource

    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    limit = pages * os.sysconf("SC_PAGE_SIZE") + mib * _MIB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _limit_cpu(timeout: float) -> None:
    """A last resort if the parent is gone and cannot kill us: SIGXCPU a little past this document's time."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + timeout) + 2
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard == resource.RLIM_INFINITY or soft <= hard:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
