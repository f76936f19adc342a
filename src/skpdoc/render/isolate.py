"""Render a user's template in a worker process bounded in memory and time.

A template that is not built in is a program written by whoever wrote the
workspace's ``templates/`` folder. The sandbox (:mod:`skpdoc.render.sandbox`)
keeps it from Python's internals and refuses the obvious ways to build huge
values, but it cannot bound everything: nested loops that print little but run
for hours, big-integer arithmetic in C that no signal interrupts, a filter
nobody thought of. So such a template renders in one persistent worker
(``python -m skpdoc.render._worker``), started the first time one is needed
(built-in templates render in the calling process and never start it):

* its address space is limited to :data:`MEMORY_MIB` MiB above what it uses
  after start-up (``RLIMIT_AS``; Linux), so a runaway allocation is a
  ``MemoryError`` reported with the text around the tag;
* after :data:`TIMEOUT` seconds its own timer interrupts the template (again
  reported with the text around the tag); one second later, if it is stuck in
  C, this process kills it and starts a new one for the next document;
* it dies with this process (``PR_SET_PDEATHSIG``, end of input, a CPU-time
  limit as a last resort) and is killed at exit, so nothing is left running.

The worker needs POSIX: its timer is ``SIGALRM``, its limits are rlimits, and
this process waits on its pipe with ``select``. Where those are missing
(Windows: :func:`bounded` is False) a user template renders in this process,
under the sandbox alone, without the time and memory bound (the README says so).

``SKPDOC_RENDER_TIMEOUT`` (seconds) and ``SKPDOC_RENDER_MEMORY`` (MiB) change
the limits. Requests are pickled (the view models are plain dataclasses);
answers are a kind byte and bytes, never unpickled from the worker.
"""

from __future__ import annotations

import atexit
import json
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from skpdoc.render.engine import RenderError

#: Seconds one document may take: a form renders in about 5 ms, the Matriks of a large OPD in under a second.
TIMEOUT = 30.0
#: MiB the worker may grow by for one document, above its size after start-up.
MEMORY_MIB = 512
#: Seconds the worker may take to start (import Jinja, docxtpl, lxml).
START_TIMEOUT = 60.0
#: Seconds past the worker's own timer before it is killed: its timer cannot interrupt C code.
GRACE = 1.0
#: The largest answer accepted: a rendered .docx is a few hundred KB.
MAX_ANSWER = 1 << 30

HEADER = struct.Struct("<cQ")  # kind, length of what follows
READY, REQUEST, DOCUMENT, ERROR, BUG = b"R", b"Q", b"D", b"E", b"B"


class _Stopped(Exception):
    """The worker did not answer in time, or died."""

    def __init__(self, timed_out: bool) -> None:
        super().__init__()
        self.timed_out = timed_out


def limits() -> tuple[float, int]:
    """(seconds per document, MiB) from ``SKPDOC_RENDER_TIMEOUT``/``SKPDOC_RENDER_MEMORY``, else the defaults."""
    return _setting("SKPDOC_RENDER_TIMEOUT", TIMEOUT, float), int(_setting("SKPDOC_RENDER_MEMORY", MEMORY_MIB, int))


def _setting(name: str, default: float, kind: type[float] | type[int]) -> float:
    try:
        value = kind(os.environ[name])
    except (KeyError, ValueError):
        return default  # unset, or not a number: the default (a tuning knob, not user data)
    return value if value > 0 else default


class _Worker:
    def __init__(self, memory_mib: int) -> None:
        self.memory_mib = memory_mib
        # The worker imports what this process imports (the same skpdoc, even from a source tree that is not
        # installed; the modules of the context's classes, which unpickling imports).
        path = os.pathsep.join(entry or os.getcwd() for entry in sys.path)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "skpdoc.render._worker", str(memory_mib), str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,  # its stderr is ours: a crash of the worker itself is not silent
            env={**os.environ, "PYTHONPATH": path},
        )
        try:
            kind, _ = self._answer(time.monotonic() + START_TIMEOUT)
        except _Stopped:
            kind = b""
        if kind != READY:
            self.kill()
            raise RuntimeError(f"the render worker did not start ({sys.executable} -m skpdoc.render._worker)")

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def ask(self, request: bytes, deadline: float) -> tuple[bytes, bytes]:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(HEADER.pack(REQUEST, len(request)) + request)
        except OSError as exc:  # BrokenPipeError: it died since the last document
            raise _Stopped(timed_out=False) from exc
        return self._answer(deadline)

    def _answer(self, deadline: float) -> tuple[bytes, bytes]:
        kind, size = HEADER.unpack(self._read(HEADER.size, deadline))
        if size > MAX_ANSWER:
            raise _Stopped(timed_out=False)
        return kind, self._read(size, deadline)

    def _read(self, size: int, deadline: float) -> bytes:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        chunks: list[bytes] = []
        while size:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise _Stopped(timed_out=True)
            chunk = os.read(fd, min(size, 1 << 20))
            if not chunk:
                raise _Stopped(timed_out=False)
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def kill(self) -> None:
        if self.alive:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


_lock = threading.Lock()
_worker: _Worker | None = None


def bounded() -> bool:
    """Whether the worker can run here (POSIX: ``SIGALRM``, rlimits, ``select`` on a pipe); not on Windows."""
    return sys.platform != "win32" and hasattr(signal, "SIGALRM") and hasattr(signal, "setitimer")


def render(path: Path, template: str, context: dict[str, Any]) -> bytes:
    """The .docx that ``CompiledTemplate(path).render(context)`` gives, rendered in the worker (where
    :func:`bounded`; else in this process, under the sandbox only)."""
    if not bounded():
        from skpdoc.render import engine

        return engine.load(path).render(context, isolate=False)
    timeout, memory_mib = limits()
    request = pickle.dumps((str(path), context, timeout), protocol=pickle.HIGHEST_PROTOCOL)
    with _lock:
        try:
            worker = _ready(memory_mib)
            kind, payload = worker.ask(request, time.monotonic() + timeout + GRACE)
        except _Stopped as stopped:
            shutdown_locked()  # killed now; the next document starts a fresh worker
            if stopped.timed_out:
                raise RenderError(
                    template, f"render melebihi batas waktu {timeout:g} detik (perulangan terlalu besar?)"
                ) from None
            raise RenderError(
                template, f"proses render berhenti tiba-tiba (melebihi batas memori {memory_mib} MiB?)"
            ) from None
    if kind == DOCUMENT:
        return payload
    if kind == ERROR:
        problem, where = json.loads(payload)
        raise RenderError(template, problem, where)
    raise RuntimeError(f"render worker failed on {template}:\n{payload.decode('utf-8', 'replace')}")


def _ready(memory_mib: int) -> _Worker:
    global _worker
    if _worker is not None and (not _worker.alive or _worker.memory_mib != memory_mib):
        shutdown_locked()
    if _worker is None:
        _worker = _Worker(memory_mib)
    return _worker


def shutdown_locked() -> None:
    global _worker
    if _worker is not None:
        _worker.kill()
        _worker = None


def shutdown() -> None:
    """Stop the worker, if one is running (it is started again when needed)."""
    with _lock:
        shutdown_locked()


def pid() -> int | None:
    """The worker's process id, if one is running."""
    worker = _worker
    return worker.proc.pid if worker is not None and worker.alive else None


atexit.register(shutdown)
