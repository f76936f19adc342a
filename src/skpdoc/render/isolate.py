"""Render a user's template in a worker process bounded in time (everywhere) and memory (Linux).

A template that is not built in is a program written by whoever wrote the
workspace's ``templates/`` folder. The sandbox (:mod:`skpdoc.render.sandbox`)
keeps it from Python's internals and refuses the obvious ways to build huge
values, but it cannot bound everything: nested loops that print little but run
for hours, big-integer arithmetic in C that no signal interrupts, a filter
nobody thought of. So such a template renders in one persistent worker
(``python -m skpdoc.render._worker``), started the first time one is needed
(built-in templates render in the calling process and never start it):

* after :data:`TIMEOUT` seconds its own timer interrupts the template, which is
  reported with the text around the tag (``SIGALRM`` where it exists, else a
  watchdog thread interrupting the main one);
* on every platform this process waits for each answer :data:`GRACE` second
  more at most, and then kills the worker (stuck in C, or not answering) and
  reports the same time-limit problem; the next document starts a new worker;
* on Linux its address space is limited to :data:`MEMORY_MIB` MiB above what it
  uses after start-up (``RLIMIT_AS``), so a runaway allocation is a
  ``MemoryError`` reported with the text around the tag; elsewhere memory is
  not bounded (macOS ignores ``RLIMIT_AS``, Windows has no rlimits);
* it dies with this process: end of input, killed at exit, and as a last resort
  ``PR_SET_PDEATHSIG`` (Linux), a CPU-time limit (POSIX) or its watchdog (elsewhere).

What the worker may use is decided here, from this process's platform, and given
on its command line (:func:`features`): the same Python on the same machine, and
a test can make this process look like Windows or macOS and get the worker that
runs there. Answers are read by a thread per worker (``select`` does not work on
pipes on Windows), so a deadline is a timed wait on a queue.

``SKPDOC_RENDER_TIMEOUT`` (seconds) and ``SKPDOC_RENDER_MEMORY`` (MiB) change
the limits. Requests are pickled (the view models are plain dataclasses);
answers are a kind byte and bytes, never unpickled from the worker: a template
error is JSON, its problem as a code of the catalogue and its arguments
(:func:`problem_json`), so that this process words it in its reader's language.
"""

from __future__ import annotations

import atexit
import json
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from skpdoc.hints import Phrase
from skpdoc.messages import MESSAGES
from skpdoc.render.engine import RenderError

#: Seconds one document may take: a form renders in about 5 ms, the Matriks of a large OPD in under a second.
TIMEOUT = 30.0
#: MiB the worker may grow by for one document, above its size after start-up (Linux only).
MEMORY_MIB = 512
#: Seconds the worker may take to start (import Jinja, docxtpl, lxml).
START_TIMEOUT = 60.0
#: Seconds past the worker's own timer before it is killed: its timer cannot interrupt C code.
GRACE = 1.0
#: The largest answer accepted: a rendered .docx is a few hundred KB.
MAX_ANSWER = 1 << 30
#: Seconds between two looks at Ctrl-C while waiting for an answer.
_SLICE = 0.25

HEADER = struct.Struct("<cQ")  # kind, length of what follows
READY, REQUEST, DOCUMENT, ERROR, BUG = b"R", b"Q", b"D", b"E", b"B"

#: The worker's platform-specific means, each used only where :func:`features` lists it.
MEMORY, DEATHSIG, CPUTIME, ALARM = "memory", "deathsig", "cputime", "alarm"


def too_slow(timeout: float) -> Phrase:
    """The time-limit problem, the same whoever stops the template (the worker's timer or this process)."""
    return Phrase("T040", seconds=f"{timeout:g}")


def problem_json(problem: Any) -> Any:
    """A problem as the worker sends it: a :class:`Phrase` as ``{"code", "args"}`` (an argument that is a phrase
    likewise), a number as it is, anything else as its text."""
    if isinstance(problem, Phrase):
        return {"code": problem.code, "args": {name: problem_json(value) for name, value in problem.args.items()}}
    if isinstance(problem, (int, float)) and not isinstance(problem, bool):
        return problem
    return str(problem)


def problem_from_json(data: Any) -> Any:
    """The problem (or argument) :func:`problem_json` sent. The worker runs untrusted templates: only a known
    code becomes a :class:`Phrase`, with arguments of the same kinds; anything else is text."""
    if isinstance(data, dict):
        code, args = data.get("code"), data.get("args")
        if isinstance(code, str) and code in MESSAGES and isinstance(args, dict):
            return Phrase(code, **{str(name): problem_from_json(value) for name, value in args.items()})
    if isinstance(data, (int, float, str)) and not isinstance(data, bool):
        return data
    return str(data)


def features() -> tuple[str, ...]:
    """What the worker may use on this platform: ``RLIMIT_AS`` measured from /proc and ``PR_SET_PDEATHSIG``
    (Linux), ``RLIMIT_CPU`` (POSIX), ``SIGALRM`` with ``setitimer`` (POSIX). Windows has none of them."""
    linux = sys.platform.startswith("linux")
    posix = sys.platform != "win32"
    alarm = hasattr(signal, "SIGALRM") and hasattr(signal, "setitimer")
    have = {MEMORY: linux, DEATHSIG: linux, CPUTIME: posix, ALARM: alarm}
    return tuple(name for name, present in have.items() if present)


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
    def __init__(self, memory_mib: int, uses: tuple[str, ...]) -> None:
        self.memory_mib, self.uses = memory_mib, uses
        # The worker imports what this process imports (the same skpdoc, even from a source tree that is not
        # installed; the modules of the context's classes, which unpickling imports).
        path = os.pathsep.join(entry or os.getcwd() for entry in sys.path)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "skpdoc.render._worker", str(memory_mib), str(os.getpid()), ",".join(uses)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,  # its stderr is ours: a crash of the worker itself is not silent
            env={**os.environ, "PYTHONPATH": path},
        )
        self._answers: queue.SimpleQueue[tuple[bytes, bytes] | None] = queue.SimpleQueue()
        assert self.proc.stdout is not None
        self._reader = threading.Thread(
            target=_read_answers, args=(self.proc.stdout, self._answers), name="skpdoc-render-answers", daemon=True
        )
        self._reader.start()
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
        while True:
            # in slices: on Windows a timed wait on a lock does not see Ctrl-C until it ends
            try:
                answer = self._answers.get(timeout=min(max(0.0, deadline - time.monotonic()), _SLICE))
                break
            except queue.Empty:
                if time.monotonic() >= deadline:
                    raise _Stopped(timed_out=True) from None
        if answer is None:  # its output ended: it died (or sent something that is not an answer)
            raise _Stopped(timed_out=False)
        return answer

    def kill(self) -> None:
        if self.alive:
            self.proc.kill()
        self.proc.wait()
        # Its end of the pipe is closed now, so the reader sees the end of input and stops before ours is closed.
        self._reader.join(timeout=5)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


def _read_answers(stream: IO[bytes], answers: queue.SimpleQueue[tuple[bytes, bytes] | None]) -> None:
    """Each answer of a worker onto ``answers``, in turn; ``None`` once its output ends or is not an answer."""
    try:
        while (header := _read_exactly(stream, HEADER.size)) is not None:
            kind, size = HEADER.unpack(header)
            if size > MAX_ANSWER or (payload := _read_exactly(stream, size)) is None:
                break
            answers.put((kind, payload))
    except (OSError, ValueError):  # ValueError: the pipe was closed under us
        pass
    answers.put(None)


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


_lock = threading.Lock()
_worker: _Worker | None = None


def render(path: Path, template: str, context: dict[str, Any]) -> bytes:
    """The .docx that ``CompiledTemplate(path).render(context)`` gives, rendered in the worker."""
    timeout, memory_mib = limits()
    uses = features()
    request = pickle.dumps((str(path), context, timeout), protocol=pickle.HIGHEST_PROTOCOL)
    with _lock:
        try:
            worker = _ready(memory_mib, uses)
            kind, payload = worker.ask(request, time.monotonic() + timeout + GRACE)
        except _Stopped as stopped:
            shutdown_locked()  # killed now; the next document starts a fresh worker
            if stopped.timed_out:
                raise RenderError(template, too_slow(timeout)) from None
            if MEMORY in uses:
                raise RenderError(template, Phrase("T041", limit=memory_mib)) from None
            raise RenderError(template, Phrase("T042")) from None
    if kind == DOCUMENT:
        return payload
    if kind == ERROR:
        problem, where = json.loads(payload)
        said = problem_from_json(problem)
        raise RenderError(
            template, said if isinstance(said, str) else str(said), where if isinstance(where, str) else ""
        )
    raise RuntimeError(f"render worker failed on {template}:\n{payload.decode('utf-8', 'replace')}")


def _ready(memory_mib: int, uses: tuple[str, ...]) -> _Worker:
    global _worker
    if _worker is not None and (not _worker.alive or (_worker.memory_mib, _worker.uses) != (memory_mib, uses)):
        shutdown_locked()
    if _worker is None:
        _worker = _Worker(memory_mib, uses)
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
